// @generated operations of the `api` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v30/openapi.json (sha256 76802303fef5ea9341473990ae5e531df637c83522ad3341588262dac14ea0c8), OpenAPI 3.0.3, API version 0.3.0.
// Regenerate: cargo xtask regen --spec fixtures/v30/openapi.json --out DIR

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use crate::types;

#[allow(unused_imports)]
use progenitor_client::{
    ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
    ResponseValue,
};

/// # Api
impl crate::Client {
    /// Health check
    ///
    /// Requires role `public`. Sends no context headers. Idempotent: retried on transient failures.
    ///
    /// Sends `GET /health`; `send()` returns a `String`.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.health().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn health(&self) -> Health<'_> {
        Health::new(self)
    }
}

/// Builder for [`Client::health`]
///
/// [`Client::health`]: crate::Client::health
#[derive(Debug, Clone)]
pub struct Health<'a> {
    client: &'a crate::Client,
}

impl<'a> Health<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<::std::string::String>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/health", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.get(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "health",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => crate::transport::decode_text(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `GET /health` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<::std::string::String>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::HEALTH, self.send_raw()).await
    }

    /// Sends `GET /health` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<::std::string::String>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::HEALTH,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}
