// @generated operations of the `surfaces` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use crate::types;

#[allow(unused_imports)]
use progenitor_client::{
    ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
    ResponseValue,
};

/// # Surfaces
///
/// Actions fired by Surfaces app components: start a workflow run, approve, reject or trigger a
/// human-task gate, and cancel a run.
impl crate::Client {
    /// Execute a Surfaces app action
    ///
    /// Runs the action bound to an event of a view component, as the Surfaces runtime does when a
    /// user clicks a button: `workflow.run` starts a run of a published workflow (start params from
    /// the action's `params`, from the view's `workflow_input` fields with
    /// `collect_workflow_inputs`, and from `draft`), `workflow.operation` approves, rejects or
    /// triggers the `human_task` gate `node_id` of the run in `context.run_id`, and
    /// `workflow.cancel` cancels a run. `app_instance_id` is the platform-assigned app instance
    /// uuid (the `app_id` from app creation, not the `id` of app.json). There is no Platform MCP
    /// wrapper for this route.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/surfaces/action` with a
    /// [`SurfaceActionRequest`](types::SurfaceActionRequest) body; `send()` returns a
    /// [`SurfaceActionResult`](types::SurfaceActionResult).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::SurfaceActionRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.execute_surface_action(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn execute_surface_action(
        &self,
        body: impl ::std::convert::Into<types::SurfaceActionRequest>,
    ) -> ExecuteSurfaceAction<'_> {
        ExecuteSurfaceAction::new(self, body.into())
    }
}

/// Builder for [`Client::execute_surface_action`]
///
/// [`Client::execute_surface_action`]: crate::Client::execute_surface_action
#[derive(Debug, Clone)]
pub struct ExecuteSurfaceAction<'a> {
    client: &'a crate::Client,
    body: Result<types::SurfaceActionRequest, String>,
}

impl<'a> ExecuteSurfaceAction<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::SurfaceActionRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::SurfaceActionResult>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::SurfaceActionRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
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
            200u16..=299u16 => crate::transport::decode(response).await,
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

    /// Sends `POST /v1/surfaces/action` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::SurfaceActionResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::EXECUTE_SURFACE_ACTION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}
