// @generated operations of the `audits` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v31/openapi.yaml (sha256 b69c2022c2653af0f660ebe1c5e7c8c62701d8c07d5567eefb4914e0cf957b77), OpenAPI 3.1.0, API version 3.1.0.
// Regenerate: cargo xtask regen --spec fixtures/v31/openapi.yaml --out DIR

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use crate::types;

#[allow(unused_imports)]
use progenitor_client::{
    ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
    ResponseValue,
};

/// # Audits
impl crate::Client {
    /// List audits (offset paging, a named array and a total)
    ///
    /// Required role: not stated by the spec. Sends no context headers. Idempotent: retried on
    /// transient failures. Paginated by `offset`: `.stream()` yields every item, keeping all
    /// filters on every page.
    ///
    /// Sends `GET /v1/audits`; `send()` returns a
    /// [`ListAuditsResponse`](types::ListAuditsResponse).
    ///
    /// Optional parameters are setters of [`ListAudits`]: [`actor`](ListAudits::actor),
    /// [`limit`](ListAudits::limit), [`offset`](ListAudits::offset).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_audits().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_audits(&self) -> ListAudits<'_> {
        ListAudits::new(self)
    }
}

/// Builder for [`Client::list_audits`]
///
/// [`Client::list_audits`]: crate::Client::list_audits
#[derive(Debug, Clone)]
pub struct ListAudits<'a> {
    client: &'a crate::Client,
    actor: Result<Option<::std::string::String>, String>,
    limit: Result<Option<u64>, String>,
    offset: Result<Option<u64>, String>,
}

impl<'a> ListAudits<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            actor: Ok(None),
            limit: Ok(None),
            offset: Ok(None),
        }
    }

    /// Sets the optional query parameter `actor`.
    pub fn actor<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.actor = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for actor failed".to_string()
            });
        self
    }

    /// Sets the optional query parameter `limit`.
    pub fn limit<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<u64>,
    {
        self.limit = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `u64` for limit failed".to_string());
        self
    }

    /// Sets the optional query parameter `offset`.
    pub fn offset<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<u64>,
    {
        self.offset = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `u64` for offset failed".to_string());
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::ListAuditsResponse>, Error<ByteStream>> {
        let Self { client, actor, limit, offset } = self;
        let actor = actor.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let offset = offset.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/audits", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let mut query = crate::params::Query::new();
        query.push("actor", &actor, crate::params::QueryStyle::Form, true, false)?;
        query.push("limit", &limit, crate::params::QueryStyle::Form, true, false)?;
        query.push("offset", &offset, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "list_audits",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => crate::transport::decode(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `GET /v1/audits` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::ListAuditsResponse>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::LIST_AUDITS, self.send_raw())
            .await
    }

    /// Sends `GET /v1/audits` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::ListAuditsResponse>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_AUDITS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/audits`, in order. Each page is requested with
    /// this builder's filters and the next `offset`; the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::ListAuditsResponse as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/audits` (see
    /// [`ListAuditsResponse`](crate::types::ListAuditsResponse)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::ListAuditsResponse>,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        let start = self
            .offset
            .as_ref()
            .ok()
            .and_then(|v| v.as_ref())
            .and_then(|v| u64::try_from(*v).ok())
            .unwrap_or(0);
        let limit = self
            .limit
            .as_ref()
            .ok()
            .and_then(|v| v.as_ref())
            .and_then(|v| u64::try_from(*v).ok());
        crate::pagination::by_offset(
            self,
            Self::send,
            |builder, offset| builder.offset(offset),
            start,
            limit,
        )
    }
}
