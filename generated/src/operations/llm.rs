// @generated operations of the `llm` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Llm
///
/// The LLM model catalog and model-reference resolution used by `llm_call` steps.
impl crate::Client {
    /// Get the LLM model catalog
    ///
    /// Lists the models `llm_call` steps and agents can use in this workspace, with the `model_ref`
    /// to reference each one and whether a tenant or a system key would serve it.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Sends `GET /v1/llm-provider-keys/catalog`; `send()` returns a
    /// [`LlmCatalog`](types::LlmCatalog).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_llm_catalog().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_llm_catalog(&self) -> GetLlmCatalog<'_> {
        GetLlmCatalog::new(self)
    }

    /// Resolve a model reference
    ///
    /// Resolves a `model_ref` (for example `direct.openai.gpt-4o`) the way an `llm_call` step
    /// would: to a provider, a wire model name and the key that would be used (the tenant key, else
    /// the system key). Answers 422 when the reference is unknown or no key can serve it. Only
    /// reads; safe to retry.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Sends `POST /v1/llm/resolve` with a [`LlmResolveRequest`](types::LlmResolveRequest) body;
    /// `send()` returns a [`LlmResolution`](types::LlmResolution).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::LlmResolveRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.resolve_llm_model(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn resolve_llm_model(
        &self,
        body: impl ::std::convert::Into<types::LlmResolveRequest>,
    ) -> ResolveLlmModel<'_> {
        ResolveLlmModel::new(self, body.into())
    }
}

/// Builder for [`Client::get_llm_catalog`]
///
/// [`Client::get_llm_catalog`]: crate::Client::get_llm_catalog
#[derive(Debug, Clone)]
pub struct GetLlmCatalog<'a> {
    client: &'a crate::Client,
}

impl<'a> GetLlmCatalog<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::LlmCatalog>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/llm-provider-keys/catalog", client.baseurl,);
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
        let info = OperationInfo {
            operation_id: "get_llm_catalog",
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

    /// Sends `GET /v1/llm-provider-keys/catalog` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::LlmCatalog>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_LLM_CATALOG,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/llm-provider-keys/catalog` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::LlmCatalog>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_LLM_CATALOG,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::resolve_llm_model`]
///
/// [`Client::resolve_llm_model`]: crate::Client::resolve_llm_model
#[derive(Debug, Clone)]
pub struct ResolveLlmModel<'a> {
    client: &'a crate::Client,
    body: Result<types::LlmResolveRequest, String>,
}

impl<'a> ResolveLlmModel<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::LlmResolveRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::LlmResolution>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::LlmResolveRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/llm/resolve", client.baseurl,);
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
            operation_id: "resolve_llm_model",
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

    /// Sends `POST /v1/llm/resolve` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::LlmResolution>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::RESOLVE_LLM_MODEL,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/llm/resolve` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::LlmResolution>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::RESOLVE_LLM_MODEL,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}
