// @generated operations of the `surfaces` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 30c1d38da430abece64bd45a9713968d56e678002e3b03f8517556d4a56e28d3), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use crate::types;
#[allow(unused_imports)]
use progenitor_client::{
    ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
    ResponseValue,
};
impl crate::Client {
    /// Execute a Surfaces app action
    ///
    /// Runs the action behind a Surfaces button: `workflow.run` starts a run of a workflow, `workflow.operation` sends a named operation to a running run (for example `pause` or `resume`), and `workflow.cancel` stops a run.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id` and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive it.
    ///
    /// Sends a `POST` request to `/v1/surfaces/action`
    ///
    /// ```ignore
    /// let response = client.execute_surface_action()
    ///     .body(body)
    ///     .send()
    ///     .await?;
    /// ```
    pub fn execute_surface_action(&self) -> ExecuteSurfaceAction<'_> {
        ExecuteSurfaceAction::new(self)
    }
}
/// Builder for [`Client::execute_surface_action`]
///
/// [`Client::execute_surface_action`]: crate::Client::execute_surface_action
#[derive(Debug, Clone)]
pub struct ExecuteSurfaceAction<'a> {
    client: &'a crate::Client,
    body: Result<crate::types::SurfaceAction, String>,
}
impl<'a> ExecuteSurfaceAction<'a> {
    /// A builder with no arguments set; the `Client` method that returns it is the usual way in.
    pub fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            body: Err("body was not initialized".to_string()),
        }
    }
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<crate::types::SurfaceAction>,
    {
        self.body = value
            .try_into()
            .map_err(|_| {
                "conversion to `crate :: types :: SurfaceAction` for body failed"
                    .to_string()
            });
        self
    }
    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::SurfaceActionResult>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/surfaces/action", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "execute_surface_action",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /// Sends `POST /v1/surfaces/action` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::SurfaceActionResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::EXECUTE_SURFACE_ACTION,
                self.send_raw(),
            )
            .await
    }
}
