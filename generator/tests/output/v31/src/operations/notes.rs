// @generated operations of the `notes` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Notes
impl crate::Client {
    /// List notes (cursor paging under other names)
    ///
    /// Required role: not stated by the spec. Sends no context headers. Idempotent: retried on
    /// transient failures. Paginated by `cursor`: `.stream()` yields every item, keeping all
    /// filters on every page.
    ///
    /// Sends `GET /v1/notes`; `send()` returns a [`ListNotesResponse`](types::ListNotesResponse).
    ///
    /// Optional parameters are setters of [`ListNotes`]: [`cursor`](ListNotes::cursor).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_notes().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_notes(&self) -> ListNotes<'_> {
        ListNotes::new(self)
    }
}

/// Builder for [`Client::list_notes`]
///
/// [`Client::list_notes`]: crate::Client::list_notes
#[derive(Debug, Clone)]
pub struct ListNotes<'a> {
    client: &'a crate::Client,
    cursor: Result<Option<::std::string::String>, String>,
}

impl<'a> ListNotes<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            cursor: Ok(None),
        }
    }

    /// Sets the optional query parameter `cursor`.
    pub fn cursor<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.cursor = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for cursor failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::ListNotesResponse>, Error<ByteStream>> {
        let Self { client, cursor } = self;
        let cursor = cursor.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/notes", client.baseurl,);
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
        query.push("cursor", &cursor, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "list_notes",
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

    /// Sends `GET /v1/notes` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ListNotesResponse>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::LIST_NOTES, self.send_raw())
            .await
    }

    /// Sends `GET /v1/notes` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ListNotesResponse>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_NOTES,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/notes`, in order. Each page is requested with
    /// this builder's filters and the previous page's `next_cursor` as `cursor`; the stream ends
    /// after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::ListNotesResponse as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/notes` (see
    /// [`ListNotesResponse`](crate::types::ListNotesResponse)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::ListNotesResponse>,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.cursor(cursor),
        )
    }
}
