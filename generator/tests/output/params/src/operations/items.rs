// @generated operations of the `items` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/params/openapi.yaml (sha256 286eeb2e529e703bc355b01bd9be0e5bc6b6ccf1771e6e69f730e24645a3beaf), OpenAPI 3.1.0, API version 0.1.0.
// Regenerate: cargo xtask regen --spec fixtures/params/openapi.yaml --out DIR

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use crate::types;

#[allow(unused_imports)]
use progenitor_client::{
    ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
    ResponseValue,
};

/// # Items
///
/// One search that sends every kind of parameter.
impl crate::Client {
    /// Search items
    ///
    /// Required role: not stated by the spec. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Arguments:
    /// - `codes`: Pipe-separated codes.
    /// - `color`: form, exploded object: its properties are parameters of their own.
    /// - `filter`: Nested filter, Stripe's way.
    /// - `ids`: form, exploded (the default): `ids=1&ids=2`.
    /// - `next`: A path sent with its reserved characters.
    /// - `q`: What to look for.
    /// - `region`: A region code.
    /// - `rgb`: form, object not exploded: `rgb=R,1,G,2,B,3`.
    /// - `selector`: A JSON selector, described by `content` rather than a schema.
    /// - `tags`: form, not exploded: `tags=a,b`.
    /// - `words`: Space-separated words.
    /// - `x_color`: An object header, `R=1,G=2,B=3`.
    /// - `x_meta`: JSON metadata, described by `content`.
    /// - `x_tags`: Tags, comma-separated.
    /// - `x_trace`: The caller's trace id.
    /// - `consent`: Whether the caller consented.
    /// - `recent`: Recently viewed ids.
    /// - `theme`: The display theme.
    ///
    /// Sends `GET /v1/items`; `send()` returns a [`ItemList`](types::ItemList).
    ///
    /// Optional parameters are setters of [`SearchItems`]: [`codes`](SearchItems::codes),
    /// [`color`](SearchItems::color), [`filter`](SearchItems::filter), [`ids`](SearchItems::ids),
    /// [`next`](SearchItems::next), [`region`](SearchItems::region), [`rgb`](SearchItems::rgb),
    /// [`selector`](SearchItems::selector), [`tags`](SearchItems::tags),
    /// [`words`](SearchItems::words), [`x_color`](SearchItems::x_color),
    /// [`x_meta`](SearchItems::x_meta), [`x_tags`](SearchItems::x_tags),
    /// [`recent`](SearchItems::recent), [`theme`](SearchItems::theme).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, x_trace: &str, q: &str, consent: bool) -> Result<(), agentruntime::Error> {
    /// let response = client.search_items(x_trace, q, consent).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn search_items(
        &self,
        x_trace: impl ::std::convert::TryInto<::std::string::String>,
        q: impl ::std::convert::TryInto<::std::string::String>,
        consent: impl ::std::convert::TryInto<bool>,
    ) -> SearchItems<'_> {
        SearchItems::new(self).x_trace(x_trace).q(q).consent(consent)
    }

    /// Get a shape
    ///
    /// Path parameters in each style.
    ///
    /// Required role: not stated by the spec. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Arguments:
    /// - `ids`: simple list: `a,b`.
    /// - `tags`: label, exploded: `.a.b`.
    /// - `point`: matrix, exploded object: `;B=3;G=2;R=1`.
    ///
    /// Sends `GET /v1/shapes/{ids}/{tags}{point}`; `send()` returns a
    /// [`ItemList`](types::ItemList).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, ids: ::std::vec::Vec<::std::string::String>, tags: ::std::vec::Vec<::std::string::String>, point: agentruntime::types::Rgb) -> Result<(), agentruntime::Error> {
    /// let response = client.get_shape(ids, tags, point).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_shape(
        &self,
        ids: impl ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        tags: impl ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        point: impl ::std::convert::TryInto<types::Rgb>,
    ) -> GetShape<'_> {
        GetShape::new(self).ids(ids).tags(tags).point(point)
    }
}

/// Builder for [`Client::search_items`]
///
/// [`Client::search_items`]: crate::Client::search_items
#[derive(Debug, Clone)]
pub struct SearchItems<'a> {
    client: &'a crate::Client,
    codes: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
    color: Result<Option<types::Rgb>, String>,
    filter: Result<Option<types::Filter>, String>,
    ids: Result<Option<::std::vec::Vec<i64>>, String>,
    next: Result<Option<::std::string::String>, String>,
    q: Result<::std::string::String, String>,
    region: Result<Option<types::Region>, String>,
    rgb: Result<Option<types::Rgb>, String>,
    selector: Result<Option<types::SearchItemsSelector>, String>,
    tags: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
    words: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
    x_color: Result<Option<types::Rgb>, String>,
    x_meta: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
    x_tags: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
    x_trace: Result<::std::string::String, String>,
    consent: Result<bool, String>,
    recent: Result<Option<::std::vec::Vec<i64>>, String>,
    theme: Result<Option<::std::string::String>, String>,
}

impl<'a> SearchItems<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            codes: Ok(None),
            color: Ok(None),
            filter: Ok(None),
            ids: Ok(None),
            next: Ok(None),
            q: Err("q was not initialized".to_string()),
            region: Ok(None),
            rgb: Ok(None),
            selector: Ok(None),
            tags: Ok(None),
            words: Ok(None),
            x_color: Ok(None),
            x_meta: Ok(None),
            x_tags: Ok(None),
            x_trace: Err("x_trace was not initialized".to_string()),
            consent: Err("consent was not initialized".to_string()),
            recent: Ok(None),
            theme: Ok(None),
        }
    }

    /// Sets the optional query parameter `codes`.
    ///
    /// Pipe-separated codes.
    pub fn codes<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
    {
        self.codes = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for codes failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `color`.
    ///
    /// form, exploded object: its properties are parameters of their own.
    pub fn color<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::Rgb>,
    {
        self.color = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `Rgb` for color failed".to_string());
        self
    }

    /// Sets the optional query parameter `filter`.
    ///
    /// Nested filter, Stripe's way.
    pub fn filter<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::Filter>,
    {
        self.filter = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `Filter` for filter failed".to_string());
        self
    }

    /// Sets the optional query parameter `ids`.
    ///
    /// form, exploded (the default): `ids=1&ids=2`.
    pub fn ids<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::vec::Vec<i64>>,
    {
        self.ids = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: vec :: Vec < i64 >` for ids failed".to_string()
            });
        self
    }

    /// Sets the optional query parameter `next`.
    ///
    /// A path sent with its reserved characters.
    pub fn next<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.next = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for next failed".to_string()
            });
        self
    }

    /// Sets the required query parameter `q`.
    ///
    /// What to look for.
    fn q<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.q = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for q failed".to_string()
            });
        self
    }

    /// Sets the optional query parameter `region`.
    ///
    /// A region code.
    pub fn region<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::Region>,
    {
        self.region = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `Region` for region failed".to_string());
        self
    }

    /// Sets the optional query parameter `rgb`.
    ///
    /// form, object not exploded: `rgb=R,1,G,2,B,3`.
    pub fn rgb<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::Rgb>,
    {
        self.rgb = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `Rgb` for rgb failed".to_string());
        self
    }

    /// Sets the optional query parameter `selector`.
    ///
    /// A JSON selector, described by `content` rather than a schema.
    pub fn selector<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SearchItemsSelector>,
    {
        self.selector = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `SearchItemsSelector` for selector failed".to_string()
            });
        self
    }

    /// Sets the optional query parameter `tags`.
    ///
    /// form, not exploded: `tags=a,b`.
    pub fn tags<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
    {
        self.tags = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for tags failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `words`.
    ///
    /// Space-separated words.
    pub fn words<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
    {
        self.words = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for words failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional header parameter `X-Color`.
    ///
    /// An object header, `R=1,G=2,B=3`.
    pub fn x_color<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::Rgb>,
    {
        self.x_color = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `Rgb` for x_color failed".to_string());
        self
    }

    /// Sets the optional header parameter `X-Meta`.
    ///
    /// JSON metadata, described by `content`.
    pub fn x_meta<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
    {
        self.x_meta = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for x_meta failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional header parameter `X-Tags`.
    ///
    /// Tags, comma-separated.
    pub fn x_tags<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
    {
        self.x_tags = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for x_tags failed"
                    .to_string()
            });
        self
    }

    /// Sets the required header parameter `X-Trace`.
    ///
    /// The caller's trace id.
    fn x_trace<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.x_trace = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for x_trace failed"
                    .to_string()
            });
        self
    }

    /// Sets the required cookie parameter `consent`.
    ///
    /// Whether the caller consented.
    fn consent<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.consent = value
            .try_into()
            .map_err(|_| "conversion to `bool` for consent failed".to_string());
        self
    }

    /// Sets the optional cookie parameter `recent`.
    ///
    /// Recently viewed ids.
    pub fn recent<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::vec::Vec<i64>>,
    {
        self.recent = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: vec :: Vec < i64 >` for recent failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional cookie parameter `theme`.
    ///
    /// The display theme.
    pub fn theme<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.theme = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for theme failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::ItemList>, Error<ByteStream>> {
        let Self {
            client,
            codes,
            color,
            filter,
            ids,
            next,
            q,
            region,
            rgb,
            selector,
            tags,
            words,
            x_color,
            x_meta,
            x_tags,
            x_trace,
            consent,
            recent,
            theme,
        } = self;
        let codes = codes.map_err(Error::InvalidRequest)?;
        let color = color.map_err(Error::InvalidRequest)?;
        let filter = filter.map_err(Error::InvalidRequest)?;
        let ids = ids.map_err(Error::InvalidRequest)?;
        let next = next.map_err(Error::InvalidRequest)?;
        let q = q.map_err(Error::InvalidRequest)?;
        let region = region.map_err(Error::InvalidRequest)?;
        let rgb = rgb.map_err(Error::InvalidRequest)?;
        let selector = selector.map_err(Error::InvalidRequest)?;
        let tags = tags.map_err(Error::InvalidRequest)?;
        let words = words.map_err(Error::InvalidRequest)?;
        let x_color = x_color.map_err(Error::InvalidRequest)?;
        let x_meta = x_meta.map_err(Error::InvalidRequest)?;
        let x_tags = x_tags.map_err(Error::InvalidRequest)?;
        let x_trace = x_trace.map_err(Error::InvalidRequest)?;
        let consent = consent.map_err(Error::InvalidRequest)?;
        let recent = recent.map_err(Error::InvalidRequest)?;
        let theme = theme.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/items", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(8usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        crate::params::header(&mut header_map, "X-Color", &x_color, true)?;
        crate::params::header_json(&mut header_map, "X-Meta", &x_meta)?;
        crate::params::header(&mut header_map, "X-Tags", &x_tags, false)?;
        crate::params::header(&mut header_map, "X-Trace", &x_trace, false)?;
        let mut cookies = crate::params::Cookies::new();
        cookies.push("consent", &consent, true)?;
        cookies.push("recent", &recent, false)?;
        cookies.push("theme", &theme, true)?;
        cookies.apply(&mut header_map)?;
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
        query
            .push(
                "codes",
                &codes,
                crate::params::QueryStyle::PipeDelimited,
                false,
                false,
            )?;
        query.push("color", &color, crate::params::QueryStyle::Form, true, false)?;
        query
            .push(
                "filter",
                &filter,
                crate::params::QueryStyle::DeepObject,
                true,
                false,
            )?;
        query.push("ids", &ids, crate::params::QueryStyle::Form, true, false)?;
        query.push("next", &next, crate::params::QueryStyle::Form, true, true)?;
        query.push("q", &q, crate::params::QueryStyle::Form, true, false)?;
        query.push("region", &region, crate::params::QueryStyle::Form, true, false)?;
        query.push("rgb", &rgb, crate::params::QueryStyle::Form, false, false)?;
        query
            .push("selector", &selector, crate::params::QueryStyle::Json, false, false)?;
        query.push("tags", &tags, crate::params::QueryStyle::Form, false, false)?;
        query
            .push(
                "words",
                &words,
                crate::params::QueryStyle::SpaceDelimited,
                false,
                false,
            )?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "search_items",
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

    /// Sends `GET /v1/items` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ItemList>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::SEARCH_ITEMS, self.send_raw())
            .await
    }

    /// Sends `GET /v1/items` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ItemList>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::SEARCH_ITEMS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_shape`]
///
/// [`Client::get_shape`]: crate::Client::get_shape
#[derive(Debug, Clone)]
pub struct GetShape<'a> {
    client: &'a crate::Client,
    ids: Result<::std::vec::Vec<::std::string::String>, String>,
    tags: Result<::std::vec::Vec<::std::string::String>, String>,
    point: Result<types::Rgb, String>,
}

impl<'a> GetShape<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            ids: Err("ids was not initialized".to_string()),
            tags: Err("tags was not initialized".to_string()),
            point: Err("point was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `ids`.
    ///
    /// simple list: `a,b`.
    fn ids<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
    {
        self.ids = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for ids failed"
                    .to_string()
            });
        self
    }

    /// Sets the required path parameter `tags`.
    ///
    /// label, exploded: `.a.b`.
    fn tags<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
    {
        self.tags = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for tags failed"
                    .to_string()
            });
        self
    }

    /// Sets the required path parameter `point`.
    ///
    /// matrix, exploded object: `;B=3;G=2;R=1`.
    fn point<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::Rgb>,
    {
        self.point = value
            .try_into()
            .map_err(|_| "conversion to `Rgb` for point failed".to_string());
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::ItemList>, Error<ByteStream>> {
        let Self { client, ids, tags, point } = self;
        let ids = ids.map_err(Error::InvalidRequest)?;
        let tags = tags.map_err(Error::InvalidRequest)?;
        let point = point.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/shapes/{}/{}{}", client.baseurl, crate ::params::path("ids", crate
            ::params::PathStyle::Simple, false, & ids) ?, crate ::params::path("tags",
            crate ::params::PathStyle::Label, true, & tags) ?, crate
            ::params::path("point", crate ::params::PathStyle::Matrix, true, & point) ?,
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
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_shape",
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

    /// Sends `GET /v1/shapes/{ids}/{tags}{point}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ItemList>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::GET_SHAPE, self.send_raw())
            .await
    }

    /// Sends `GET /v1/shapes/{ids}/{tags}{point}` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ItemList>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_SHAPE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}
