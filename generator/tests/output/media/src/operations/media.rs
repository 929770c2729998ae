// @generated operations of the `media` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/media/openapi.yaml (sha256 b3891f4b4204dd3d8c65100af7ae9aa3a01107f1a87d1964bdf8f90fd4abf5da), OpenAPI 3.1.0, API version 1.0.
// Regenerate: cargo xtask regen --spec fixtures/media/openapi.yaml --out DIR

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use crate::types;

#[allow(unused_imports)]
use progenitor_client::{
    ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
    ResponseValue,
};

/// # Media
///
/// Uploads and downloads.
impl crate::Client {
    /// Upload a photo with its details
    ///
    /// Required role: not stated by the spec. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Sends `PUT /v1/albums/{album_id}/photos` with a [`UploadPhotoBody`](types::UploadPhotoBody)
    /// body as `multipart/form-data`; `send()` returns a [`Photo`](types::Photo).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, album_id: &str, body: agentruntime::types::UploadPhotoBody) -> Result<(), agentruntime::Error> {
    /// let response = client.upload_photo(album_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn upload_photo(
        &self,
        album_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::UploadPhotoBody>,
    ) -> UploadPhoto<'_> {
        UploadPhoto::new(self, body.into()).album_id(album_id)
    }

    /// Upload an original file as it is
    ///
    /// Required role: not stated by the spec. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Sends `PUT /v1/albums/{album_id}/raw` with a `reqwest::Body` body as
    /// `application/octet-stream`; `send()` returns no body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, album_id: &str, body: reqwest::Body) -> Result<(), agentruntime::Error> {
    /// let response = client.upload_raw(album_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn upload_raw(
        &self,
        album_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<reqwest::Body>,
    ) -> UploadRaw<'_> {
        UploadRaw::new(self, body.into()).album_id(album_id)
    }

    /// Add a plain-text note
    ///
    /// Required role: not stated by the spec. Sends no context headers. Not idempotent: re-sent
    /// only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/notes` with a `String` body as `text/plain; charset=utf-8`; `send()` returns
    /// a `String`.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.add_note(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn add_note(
        &self,
        body: impl ::std::convert::Into<::std::string::String>,
    ) -> AddNote<'_> {
        AddNote::new(
            self,
            ::reqwest::Body::from(
                ::std::convert::Into::<::std::string::String>::into(body),
            ),
        )
    }

    /// Exchange a signed JWT for a session token
    ///
    /// Required role: not stated by the spec. Sends no context headers. Not idempotent: re-sent
    /// only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/sessions` with a `String` body as `application/jwt`; `send()` returns a
    /// `String`.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.exchange_token(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn exchange_token(
        &self,
        body: impl ::std::convert::Into<::std::string::String>,
    ) -> ExchangeToken<'_> {
        ExchangeToken::new(
            self,
            ::reqwest::Body::from(
                ::std::convert::Into::<::std::string::String>::into(body),
            ),
        )
    }

    /// Submit a CBOR-encoded transaction
    ///
    /// Required role: not stated by the spec. Sends no context headers. Not idempotent: re-sent
    /// only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/transactions` with a `reqwest::Body` body as `application/cbor`; `send()`
    /// returns a `String`.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: reqwest::Body) -> Result<(), agentruntime::Error> {
    /// let response = client.submit_transaction(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn submit_transaction(
        &self,
        body: impl ::std::convert::Into<reqwest::Body>,
    ) -> SubmitTransaction<'_> {
        SubmitTransaction::new(self, body.into())
    }

    /// Search photos with a form
    ///
    /// Required role: not stated by the spec. Sends no context headers. Not idempotent: re-sent
    /// only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/search` with a [`SearchPhotosBody`](types::SearchPhotosBody) body as
    /// `application/x-www-form-urlencoded`; `send()` returns a `Vec<types::Photo>`.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::SearchPhotosBody) -> Result<(), agentruntime::Error> {
    /// let response = client.search_photos(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn search_photos(
        &self,
        body: impl ::std::convert::Into<types::SearchPhotosBody>,
    ) -> SearchPhotos<'_> {
        SearchPhotos::new(self, body.into())
    }

    /// Change a photo with a JSON:API document
    ///
    /// Required role: not stated by the spec. Sends no context headers. Not idempotent: re-sent
    /// only when the server provably did not receive it.
    ///
    /// Sends `PATCH /v1/photos/{photo_id}` with a [`PatchPhotoBody`](types::PatchPhotoBody) body as
    /// `application/vnd.api+json`; `send()` returns a [`Photo`](types::Photo).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, photo_id: &str, body: agentruntime::types::PatchPhotoBody) -> Result<(), agentruntime::Error> {
    /// let response = client.patch_photo(photo_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn patch_photo(
        &self,
        photo_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::PatchPhotoBody>,
    ) -> PatchPhoto<'_> {
        PatchPhoto::new(self, body.into()).photo_id(photo_id)
    }

    /// Download a photo's image
    ///
    /// Required role: not stated by the spec. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Sends `GET /v1/photos/{photo_id}/image`; `send()` returns a `ByteStream`.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, photo_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.download_photo(photo_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn download_photo(
        &self,
        photo_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> DownloadPhoto<'_> {
        DownloadPhoto::new(self).photo_id(photo_id)
    }
}

/// Builder for [`Client::upload_photo`]
///
/// [`Client::upload_photo`]: crate::Client::upload_photo
#[derive(Debug, Clone)]
pub struct UploadPhoto<'a> {
    client: &'a crate::Client,
    album_id: Result<::std::string::String, String>,
    body: Result<types::UploadPhotoBody, String>,
}

impl<'a> UploadPhoto<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::UploadPhotoBody) -> Self {
        Self {
            client: client,
            album_id: Err("album_id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `album_id`.
    fn album_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.album_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for album_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(self) -> Result<ResponseValue<types::Photo>, Error<ByteStream>> {
        let Self { client, album_id, body } = self;
        let album_id = album_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| types::UploadPhotoBody::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/albums/{}/photos", client.baseurl, crate ::params::path("album_id",
            crate ::params::PathStyle::Simple, false, & album_id) ?,
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = crate::multipart::attach(
                client
                    .client
                    .put(url)
                    .header(
                        ::reqwest::header::ACCEPT,
                        ::reqwest::header::HeaderValue::from_static("application/json"),
                    ),
                body.into_multipart(),
            )?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "upload_photo",
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

    /// Sends `PUT /v1/albums/{album_id}/photos` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Photo>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::UPLOAD_PHOTO, self.send_raw())
            .await
    }

    /// Sends `PUT /v1/albums/{album_id}/photos` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Photo>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::UPLOAD_PHOTO,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::upload_raw`]
///
/// [`Client::upload_raw`]: crate::Client::upload_raw
#[derive(Debug)]
pub struct UploadRaw<'a> {
    client: &'a crate::Client,
    album_id: Result<::std::string::String, String>,
    body: Result<reqwest::Body, String>,
}

impl<'a> UploadRaw<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: reqwest::Body) -> Self {
        Self {
            client: client,
            album_id: Err("album_id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `album_id`.
    fn album_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.album_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for album_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
        let Self { client, album_id, body } = self;
        let album_id = album_id.map_err(Error::InvalidRequest)?;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/albums/{}/raw", client.baseurl, crate ::params::path("album_id", crate
            ::params::PathStyle::Simple, false, & album_id) ?,
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .put(url)
            .header(
                ::reqwest::header::CONTENT_TYPE,
                ::reqwest::header::HeaderValue::from_static("application/octet-stream"),
            )
            .body(body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "upload_raw",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => Ok(ResponseValue::empty(response)),
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `PUT /v1/albums/{album_id}/raw` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::UPLOAD_RAW, self.send_raw())
            .await
    }

    /// Sends `PUT /v1/albums/{album_id}/raw` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::UPLOAD_RAW,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::add_note`]
///
/// [`Client::add_note`]: crate::Client::add_note
#[derive(Debug)]
pub struct AddNote<'a> {
    client: &'a crate::Client,
    body: Result<reqwest::Body, String>,
}

impl<'a> AddNote<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: reqwest::Body) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<::std::string::String>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body.map_err(Error::InvalidRequest)?;
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
            .post(url)
            .header(
                ::reqwest::header::CONTENT_TYPE,
                ::reqwest::header::HeaderValue::from_static("text/plain; charset=utf-8"),
            )
            .body(body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "add_note",
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

    /// Sends `POST /v1/notes` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<::std::string::String>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::ADD_NOTE, self.send_raw()).await
    }

    /// Sends `POST /v1/notes` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<::std::string::String>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::ADD_NOTE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::exchange_token`]
///
/// [`Client::exchange_token`]: crate::Client::exchange_token
#[derive(Debug)]
pub struct ExchangeToken<'a> {
    client: &'a crate::Client,
    body: Result<reqwest::Body, String>,
}

impl<'a> ExchangeToken<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: reqwest::Body) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<::std::string::String>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/sessions", client.baseurl,);
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
                ::reqwest::header::CONTENT_TYPE,
                ::reqwest::header::HeaderValue::from_static("application/jwt"),
            )
            .body(body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "exchange_token",
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

    /// Sends `POST /v1/sessions` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<::std::string::String>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::EXCHANGE_TOKEN, self.send_raw())
            .await
    }

    /// Sends `POST /v1/sessions` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<::std::string::String>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::EXCHANGE_TOKEN,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::submit_transaction`]
///
/// [`Client::submit_transaction`]: crate::Client::submit_transaction
#[derive(Debug)]
pub struct SubmitTransaction<'a> {
    client: &'a crate::Client,
    body: Result<reqwest::Body, String>,
}

impl<'a> SubmitTransaction<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: reqwest::Body) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<::std::string::String>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/transactions", client.baseurl,);
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
                ::reqwest::header::CONTENT_TYPE,
                ::reqwest::header::HeaderValue::from_static("application/cbor"),
            )
            .body(body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "submit_transaction",
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

    /// Sends `POST /v1/transactions` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<::std::string::String>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::SUBMIT_TRANSACTION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/transactions` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<::std::string::String>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::SUBMIT_TRANSACTION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::search_photos`]
///
/// [`Client::search_photos`]: crate::Client::search_photos
#[derive(Debug, Clone)]
pub struct SearchPhotos<'a> {
    client: &'a crate::Client,
    body: Result<types::SearchPhotosBody, String>,
}

impl<'a> SearchPhotos<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::SearchPhotosBody) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<::std::vec::Vec<types::Photo>>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::SearchPhotosBody::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/search", client.baseurl,);
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
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "search_photos",
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

    /// Sends `POST /v1/search` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<::std::vec::Vec<types::Photo>>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::SEARCH_PHOTOS, self.send_raw())
            .await
    }

    /// Sends `POST /v1/search` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<::std::vec::Vec<types::Photo>>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::SEARCH_PHOTOS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::patch_photo`]
///
/// [`Client::patch_photo`]: crate::Client::patch_photo
#[derive(Debug, Clone)]
pub struct PatchPhoto<'a> {
    client: &'a crate::Client,
    photo_id: Result<::std::string::String, String>,
    body: Result<types::PatchPhotoBody, String>,
}

impl<'a> PatchPhoto<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::PatchPhotoBody) -> Self {
        Self {
            client: client,
            photo_id: Err("photo_id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `photo_id`.
    fn photo_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.photo_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for photo_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(self) -> Result<ResponseValue<types::Photo>, Error<ByteStream>> {
        let Self { client, photo_id, body } = self;
        let photo_id = photo_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| types::PatchPhotoBody::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/photos/{}", client.baseurl, crate ::params::path("photo_id", crate
            ::params::PathStyle::Simple, false, & photo_id) ?,
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(crate::transport::content_type("application/vnd.api+json"))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "patch_photo",
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

    /// Sends `PATCH /v1/photos/{photo_id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Photo>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::PATCH_PHOTO, self.send_raw())
            .await
    }

    /// Sends `PATCH /v1/photos/{photo_id}` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Photo>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::PATCH_PHOTO,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::download_photo`]
///
/// [`Client::download_photo`]: crate::Client::download_photo
#[derive(Debug, Clone)]
pub struct DownloadPhoto<'a> {
    client: &'a crate::Client,
    photo_id: Result<::std::string::String, String>,
}

impl<'a> DownloadPhoto<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            photo_id: Err("photo_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `photo_id`.
    fn photo_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.photo_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for photo_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
        let Self { client, photo_id } = self;
        let photo_id = photo_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/photos/{}/image", client.baseurl, crate ::params::path("photo_id",
            crate ::params::PathStyle::Simple, false, & photo_id) ?,
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.get(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "download_photo",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => Ok(ResponseValue::stream(response)),
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `GET /v1/photos/{photo_id}/image` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::DOWNLOAD_PHOTO, self.send_raw())
            .await
    }

    /// Sends `GET /v1/photos/{photo_id}/image` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::DOWNLOAD_PHOTO,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}
