// @generated operations of the `analytics` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Analytics
///
/// Project run and usage metrics over a window or a bounded time range.
impl crate::Client {
    /// Count currently active runs
    ///
    /// Returns how many of the project's runs are active right now (not yet in a terminal state). A
    /// point-in-time count, so it takes no window.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Sends `GET /v1/analytics/live-runs`; `send()` returns a
    /// [`AnalyticsLiveRuns`](types::AnalyticsLiveRuns).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_analytics_live_runs().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_analytics_live_runs(&self) -> GetAnalyticsLiveRuns<'_> {
        GetAnalyticsLiveRuns::new(self)
    }

    /// Get the run success rate
    ///
    /// Returns the percentage of terminal runs in the window that completed successfully. `value`
    /// is null when the window has no terminal runs.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `from`: Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of
    ///   `window`.
    /// - `to`: End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of
    ///   `window`.
    /// - `window`: Relative window ending now: the last `week`, the last `month`, or `all` time.
    ///   Use either `window` or `from`/`to`, not both.
    ///
    /// Sends `GET /v1/analytics/success-rate`; `send()` returns a
    /// [`AnalyticsSuccessRate`](types::AnalyticsSuccessRate).
    ///
    /// Optional parameters are setters of [`GetAnalyticsSuccessRate`]:
    /// [`from`](GetAnalyticsSuccessRate::from), [`to`](GetAnalyticsSuccessRate::to),
    /// [`window`](GetAnalyticsSuccessRate::window).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_analytics_success_rate().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_analytics_success_rate(&self) -> GetAnalyticsSuccessRate<'_> {
        GetAnalyticsSuccessRate::new(self)
    }

    /// Get wall-clock execution totals
    ///
    /// Returns the total and average wall-clock duration of the runs that finished in the window.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `from`: Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of
    ///   `window`.
    /// - `to`: End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of
    ///   `window`.
    /// - `window`: Relative window ending now: the last `week`, the last `month`, or `all` time.
    ///   Use either `window` or `from`/`to`, not both.
    ///
    /// Sends `GET /v1/analytics/execution-duration`; `send()` returns a
    /// [`AnalyticsExecutionDuration`](types::AnalyticsExecutionDuration).
    ///
    /// Optional parameters are setters of [`GetAnalyticsExecutionDuration`]:
    /// [`from`](GetAnalyticsExecutionDuration::from), [`to`](GetAnalyticsExecutionDuration::to),
    /// [`window`](GetAnalyticsExecutionDuration::window).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_analytics_execution_duration().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_analytics_execution_duration(&self) -> GetAnalyticsExecutionDuration<'_> {
        GetAnalyticsExecutionDuration::new(self)
    }

    /// Count runs in a window
    ///
    /// Returns the number of runs started in the window.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `from`: Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of
    ///   `window`.
    /// - `to`: End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of
    ///   `window`.
    /// - `window`: Relative window ending now: the last `week`, the last `month`, or `all` time.
    ///   Use either `window` or `from`/`to`, not both.
    ///
    /// Sends `GET /v1/analytics/runs-count`; `send()` returns a
    /// [`AnalyticsCount`](types::AnalyticsCount).
    ///
    /// Optional parameters are setters of [`GetAnalyticsRunsCount`]:
    /// [`from`](GetAnalyticsRunsCount::from), [`to`](GetAnalyticsRunsCount::to),
    /// [`window`](GetAnalyticsRunsCount::window).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_analytics_runs_count().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_analytics_runs_count(&self) -> GetAnalyticsRunsCount<'_> {
        GetAnalyticsRunsCount::new(self)
    }

    /// Count metered steps executed
    ///
    /// Returns the metered step quantity (billed as `workflow.step.execute`) in the window.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `from`: Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of
    ///   `window`.
    /// - `to`: End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of
    ///   `window`.
    /// - `window`: Relative window ending now: the last `week`, the last `month`, or `all` time.
    ///   Use either `window` or `from`/`to`, not both.
    ///
    /// Sends `GET /v1/analytics/steps-executed`; `send()` returns a
    /// [`AnalyticsCount`](types::AnalyticsCount).
    ///
    /// Optional parameters are setters of [`GetAnalyticsStepsExecuted`]:
    /// [`from`](GetAnalyticsStepsExecuted::from), [`to`](GetAnalyticsStepsExecuted::to),
    /// [`window`](GetAnalyticsStepsExecuted::window).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_analytics_steps_executed().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_analytics_steps_executed(&self) -> GetAnalyticsStepsExecuted<'_> {
        GetAnalyticsStepsExecuted::new(self)
    }

    /// Get credits consumed
    ///
    /// Returns the microcredits debited for the project in the window.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `from`: Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of
    ///   `window`.
    /// - `to`: End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of
    ///   `window`.
    /// - `window`: Relative window ending now: the last `week`, the last `month`, or `all` time.
    ///   Use either `window` or `from`/`to`, not both.
    ///
    /// Sends `GET /v1/analytics/credits-consumed`; `send()` returns a
    /// [`AnalyticsCreditsConsumed`](types::AnalyticsCreditsConsumed).
    ///
    /// Optional parameters are setters of [`GetAnalyticsCreditsConsumed`]:
    /// [`from`](GetAnalyticsCreditsConsumed::from), [`to`](GetAnalyticsCreditsConsumed::to),
    /// [`window`](GetAnalyticsCreditsConsumed::window).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_analytics_credits_consumed().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_analytics_credits_consumed(&self) -> GetAnalyticsCreditsConsumed<'_> {
        GetAnalyticsCreditsConsumed::new(self)
    }

    /// Get the step-type breakdown and latency
    ///
    /// Returns, per step type, how many steps ran and failed in the window and their latency.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `from`: Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of
    ///   `window`.
    /// - `to`: End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of
    ///   `window`.
    /// - `window`: Relative window ending now: the last `week`, the last `month`, or `all` time.
    ///   Use either `window` or `from`/`to`, not both.
    ///
    /// Sends `GET /v1/analytics/steps-summary`; `send()` returns a
    /// [`AnalyticsStepsSummary`](types::AnalyticsStepsSummary).
    ///
    /// Optional parameters are setters of [`GetAnalyticsStepsSummary`]:
    /// [`from`](GetAnalyticsStepsSummary::from), [`to`](GetAnalyticsStepsSummary::to),
    /// [`window`](GetAnalyticsStepsSummary::window).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_analytics_steps_summary().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_analytics_steps_summary(&self) -> GetAnalyticsStepsSummary<'_> {
        GetAnalyticsStepsSummary::new(self)
    }

    /// Get the run volume timeseries
    ///
    /// Returns the number of runs started per time bucket in the window.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `from`: Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of
    ///   `window`.
    /// - `granularity`: Width of each timeseries bucket; defaults to `day`.
    /// - `to`: End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of
    ///   `window`.
    /// - `window`: Relative window ending now: the last `week`, the last `month`, or `all` time.
    ///   Use either `window` or `from`/`to`, not both.
    ///
    /// Sends `GET /v1/analytics/runs-timeseries`; `send()` returns a
    /// [`AnalyticsRunsTimeseries`](types::AnalyticsRunsTimeseries).
    ///
    /// Optional parameters are setters of [`GetAnalyticsRunsTimeseries`]:
    /// [`from`](GetAnalyticsRunsTimeseries::from),
    /// [`granularity`](GetAnalyticsRunsTimeseries::granularity),
    /// [`to`](GetAnalyticsRunsTimeseries::to), [`window`](GetAnalyticsRunsTimeseries::window).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_analytics_runs_timeseries().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_analytics_runs_timeseries(&self) -> GetAnalyticsRunsTimeseries<'_> {
        GetAnalyticsRunsTimeseries::new(self)
    }

    /// Get the usage timeseries
    ///
    /// Returns the metered steps and the microcredits consumed per time bucket in the window.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `from`: Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of
    ///   `window`.
    /// - `granularity`: Width of each timeseries bucket; defaults to `day`.
    /// - `to`: End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of
    ///   `window`.
    /// - `window`: Relative window ending now: the last `week`, the last `month`, or `all` time.
    ///   Use either `window` or `from`/`to`, not both.
    ///
    /// Sends `GET /v1/analytics/usage-timeseries`; `send()` returns a
    /// [`AnalyticsUsageTimeseries`](types::AnalyticsUsageTimeseries).
    ///
    /// Optional parameters are setters of [`GetAnalyticsUsageTimeseries`]:
    /// [`from`](GetAnalyticsUsageTimeseries::from),
    /// [`granularity`](GetAnalyticsUsageTimeseries::granularity),
    /// [`to`](GetAnalyticsUsageTimeseries::to), [`window`](GetAnalyticsUsageTimeseries::window).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_analytics_usage_timeseries().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_analytics_usage_timeseries(&self) -> GetAnalyticsUsageTimeseries<'_> {
        GetAnalyticsUsageTimeseries::new(self)
    }
}

/// Builder for [`Client::get_analytics_live_runs`]
///
/// [`Client::get_analytics_live_runs`]: crate::Client::get_analytics_live_runs
#[derive(Debug, Clone)]
pub struct GetAnalyticsLiveRuns<'a> {
    client: &'a crate::Client,
}

impl<'a> GetAnalyticsLiveRuns<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AnalyticsLiveRuns>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/analytics/live-runs", client.baseurl,);
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
            operation_id: "get_analytics_live_runs",
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

    /// Sends `GET /v1/analytics/live-runs` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::AnalyticsLiveRuns>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_ANALYTICS_LIVE_RUNS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/analytics/live-runs` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::AnalyticsLiveRuns>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_ANALYTICS_LIVE_RUNS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_analytics_success_rate`]
///
/// [`Client::get_analytics_success_rate`]: crate::Client::get_analytics_success_rate
#[derive(Debug, Clone)]
pub struct GetAnalyticsSuccessRate<'a> {
    client: &'a crate::Client,
    from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    window: Result<Option<types::AnalyticsWindow>, String>,
}

impl<'a> GetAnalyticsSuccessRate<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            from: Ok(None),
            to: Ok(None),
            window: Ok(None),
        }
    }

    /// Sets the optional query parameter `from`.
    ///
    /// Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of `window`.
    pub fn from<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.from = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `to`.
    ///
    /// End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of `window`.
    pub fn to<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.to = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `window`.
    ///
    /// Relative window ending now: the last `week`, the last `month`, or `all` time. Use either
    /// `window` or `from`/`to`, not both.
    pub fn window<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::AnalyticsWindow>,
    {
        self.window = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `AnalyticsWindow` for window failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AnalyticsSuccessRate>, Error<ByteStream>> {
        let Self { client, from, to, window } = self;
        let from = from.map_err(Error::InvalidRequest)?;
        let to = to.map_err(Error::InvalidRequest)?;
        let window = window.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/analytics/success-rate", client.baseurl,);
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
        query.push("from", &from, crate::params::QueryStyle::Form, true, false)?;
        query.push("to", &to, crate::params::QueryStyle::Form, true, false)?;
        query.push("window", &window, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "get_analytics_success_rate",
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

    /// Sends `GET /v1/analytics/success-rate` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::AnalyticsSuccessRate>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_ANALYTICS_SUCCESS_RATE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/analytics/success-rate` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::AnalyticsSuccessRate>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_ANALYTICS_SUCCESS_RATE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_analytics_execution_duration`]
///
/// [`Client::get_analytics_execution_duration`]: crate::Client::get_analytics_execution_duration
#[derive(Debug, Clone)]
pub struct GetAnalyticsExecutionDuration<'a> {
    client: &'a crate::Client,
    from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    window: Result<Option<types::AnalyticsWindow>, String>,
}

impl<'a> GetAnalyticsExecutionDuration<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            from: Ok(None),
            to: Ok(None),
            window: Ok(None),
        }
    }

    /// Sets the optional query parameter `from`.
    ///
    /// Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of `window`.
    pub fn from<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.from = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `to`.
    ///
    /// End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of `window`.
    pub fn to<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.to = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `window`.
    ///
    /// Relative window ending now: the last `week`, the last `month`, or `all` time. Use either
    /// `window` or `from`/`to`, not both.
    pub fn window<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::AnalyticsWindow>,
    {
        self.window = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `AnalyticsWindow` for window failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AnalyticsExecutionDuration>, Error<ByteStream>> {
        let Self { client, from, to, window } = self;
        let from = from.map_err(Error::InvalidRequest)?;
        let to = to.map_err(Error::InvalidRequest)?;
        let window = window.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/analytics/execution-duration", client.baseurl,);
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
        query.push("from", &from, crate::params::QueryStyle::Form, true, false)?;
        query.push("to", &to, crate::params::QueryStyle::Form, true, false)?;
        query.push("window", &window, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "get_analytics_execution_duration",
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

    /// Sends `GET /v1/analytics/execution-duration` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::AnalyticsExecutionDuration>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_ANALYTICS_EXECUTION_DURATION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/analytics/execution-duration` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::AnalyticsExecutionDuration>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_ANALYTICS_EXECUTION_DURATION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_analytics_runs_count`]
///
/// [`Client::get_analytics_runs_count`]: crate::Client::get_analytics_runs_count
#[derive(Debug, Clone)]
pub struct GetAnalyticsRunsCount<'a> {
    client: &'a crate::Client,
    from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    window: Result<Option<types::AnalyticsWindow>, String>,
}

impl<'a> GetAnalyticsRunsCount<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            from: Ok(None),
            to: Ok(None),
            window: Ok(None),
        }
    }

    /// Sets the optional query parameter `from`.
    ///
    /// Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of `window`.
    pub fn from<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.from = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `to`.
    ///
    /// End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of `window`.
    pub fn to<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.to = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `window`.
    ///
    /// Relative window ending now: the last `week`, the last `month`, or `all` time. Use either
    /// `window` or `from`/`to`, not both.
    pub fn window<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::AnalyticsWindow>,
    {
        self.window = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `AnalyticsWindow` for window failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AnalyticsCount>, Error<ByteStream>> {
        let Self { client, from, to, window } = self;
        let from = from.map_err(Error::InvalidRequest)?;
        let to = to.map_err(Error::InvalidRequest)?;
        let window = window.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/analytics/runs-count", client.baseurl,);
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
        query.push("from", &from, crate::params::QueryStyle::Form, true, false)?;
        query.push("to", &to, crate::params::QueryStyle::Form, true, false)?;
        query.push("window", &window, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "get_analytics_runs_count",
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

    /// Sends `GET /v1/analytics/runs-count` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::AnalyticsCount>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_ANALYTICS_RUNS_COUNT,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/analytics/runs-count` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::AnalyticsCount>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_ANALYTICS_RUNS_COUNT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_analytics_steps_executed`]
///
/// [`Client::get_analytics_steps_executed`]: crate::Client::get_analytics_steps_executed
#[derive(Debug, Clone)]
pub struct GetAnalyticsStepsExecuted<'a> {
    client: &'a crate::Client,
    from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    window: Result<Option<types::AnalyticsWindow>, String>,
}

impl<'a> GetAnalyticsStepsExecuted<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            from: Ok(None),
            to: Ok(None),
            window: Ok(None),
        }
    }

    /// Sets the optional query parameter `from`.
    ///
    /// Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of `window`.
    pub fn from<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.from = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `to`.
    ///
    /// End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of `window`.
    pub fn to<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.to = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `window`.
    ///
    /// Relative window ending now: the last `week`, the last `month`, or `all` time. Use either
    /// `window` or `from`/`to`, not both.
    pub fn window<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::AnalyticsWindow>,
    {
        self.window = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `AnalyticsWindow` for window failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AnalyticsCount>, Error<ByteStream>> {
        let Self { client, from, to, window } = self;
        let from = from.map_err(Error::InvalidRequest)?;
        let to = to.map_err(Error::InvalidRequest)?;
        let window = window.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/analytics/steps-executed", client.baseurl,);
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
        query.push("from", &from, crate::params::QueryStyle::Form, true, false)?;
        query.push("to", &to, crate::params::QueryStyle::Form, true, false)?;
        query.push("window", &window, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "get_analytics_steps_executed",
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

    /// Sends `GET /v1/analytics/steps-executed` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::AnalyticsCount>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_ANALYTICS_STEPS_EXECUTED,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/analytics/steps-executed` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::AnalyticsCount>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_ANALYTICS_STEPS_EXECUTED,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_analytics_credits_consumed`]
///
/// [`Client::get_analytics_credits_consumed`]: crate::Client::get_analytics_credits_consumed
#[derive(Debug, Clone)]
pub struct GetAnalyticsCreditsConsumed<'a> {
    client: &'a crate::Client,
    from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    window: Result<Option<types::AnalyticsWindow>, String>,
}

impl<'a> GetAnalyticsCreditsConsumed<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            from: Ok(None),
            to: Ok(None),
            window: Ok(None),
        }
    }

    /// Sets the optional query parameter `from`.
    ///
    /// Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of `window`.
    pub fn from<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.from = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `to`.
    ///
    /// End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of `window`.
    pub fn to<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.to = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `window`.
    ///
    /// Relative window ending now: the last `week`, the last `month`, or `all` time. Use either
    /// `window` or `from`/`to`, not both.
    pub fn window<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::AnalyticsWindow>,
    {
        self.window = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `AnalyticsWindow` for window failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AnalyticsCreditsConsumed>, Error<ByteStream>> {
        let Self { client, from, to, window } = self;
        let from = from.map_err(Error::InvalidRequest)?;
        let to = to.map_err(Error::InvalidRequest)?;
        let window = window.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/analytics/credits-consumed", client.baseurl,);
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
        query.push("from", &from, crate::params::QueryStyle::Form, true, false)?;
        query.push("to", &to, crate::params::QueryStyle::Form, true, false)?;
        query.push("window", &window, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "get_analytics_credits_consumed",
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

    /// Sends `GET /v1/analytics/credits-consumed` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::AnalyticsCreditsConsumed>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_ANALYTICS_CREDITS_CONSUMED,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/analytics/credits-consumed` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::AnalyticsCreditsConsumed>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_ANALYTICS_CREDITS_CONSUMED,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_analytics_steps_summary`]
///
/// [`Client::get_analytics_steps_summary`]: crate::Client::get_analytics_steps_summary
#[derive(Debug, Clone)]
pub struct GetAnalyticsStepsSummary<'a> {
    client: &'a crate::Client,
    from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    window: Result<Option<types::AnalyticsWindow>, String>,
}

impl<'a> GetAnalyticsStepsSummary<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            from: Ok(None),
            to: Ok(None),
            window: Ok(None),
        }
    }

    /// Sets the optional query parameter `from`.
    ///
    /// Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of `window`.
    pub fn from<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.from = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `to`.
    ///
    /// End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of `window`.
    pub fn to<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.to = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `window`.
    ///
    /// Relative window ending now: the last `week`, the last `month`, or `all` time. Use either
    /// `window` or `from`/`to`, not both.
    pub fn window<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::AnalyticsWindow>,
    {
        self.window = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `AnalyticsWindow` for window failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AnalyticsStepsSummary>, Error<ByteStream>> {
        let Self { client, from, to, window } = self;
        let from = from.map_err(Error::InvalidRequest)?;
        let to = to.map_err(Error::InvalidRequest)?;
        let window = window.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/analytics/steps-summary", client.baseurl,);
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
        query.push("from", &from, crate::params::QueryStyle::Form, true, false)?;
        query.push("to", &to, crate::params::QueryStyle::Form, true, false)?;
        query.push("window", &window, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "get_analytics_steps_summary",
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

    /// Sends `GET /v1/analytics/steps-summary` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::AnalyticsStepsSummary>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_ANALYTICS_STEPS_SUMMARY,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/analytics/steps-summary` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::AnalyticsStepsSummary>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_ANALYTICS_STEPS_SUMMARY,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_analytics_runs_timeseries`]
///
/// [`Client::get_analytics_runs_timeseries`]: crate::Client::get_analytics_runs_timeseries
#[derive(Debug, Clone)]
pub struct GetAnalyticsRunsTimeseries<'a> {
    client: &'a crate::Client,
    from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    granularity: Result<Option<types::AnalyticsGranularity>, String>,
    to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    window: Result<Option<types::AnalyticsWindow>, String>,
}

impl<'a> GetAnalyticsRunsTimeseries<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            from: Ok(None),
            granularity: Ok(None),
            to: Ok(None),
            window: Ok(None),
        }
    }

    /// Sets the optional query parameter `from`.
    ///
    /// Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of `window`.
    pub fn from<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.from = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `granularity`.
    ///
    /// Width of each timeseries bucket; defaults to `day`.
    pub fn granularity<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::AnalyticsGranularity>,
    {
        self.granularity = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `AnalyticsGranularity` for granularity failed".to_string()
            });
        self
    }

    /// Sets the optional query parameter `to`.
    ///
    /// End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of `window`.
    pub fn to<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.to = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `window`.
    ///
    /// Relative window ending now: the last `week`, the last `month`, or `all` time. Use either
    /// `window` or `from`/`to`, not both.
    pub fn window<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::AnalyticsWindow>,
    {
        self.window = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `AnalyticsWindow` for window failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AnalyticsRunsTimeseries>, Error<ByteStream>> {
        let Self { client, from, granularity, to, window } = self;
        let from = from.map_err(Error::InvalidRequest)?;
        let granularity = granularity.map_err(Error::InvalidRequest)?;
        let to = to.map_err(Error::InvalidRequest)?;
        let window = window.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/analytics/runs-timeseries", client.baseurl,);
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
        query.push("from", &from, crate::params::QueryStyle::Form, true, false)?;
        query
            .push(
                "granularity",
                &granularity,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.push("to", &to, crate::params::QueryStyle::Form, true, false)?;
        query.push("window", &window, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "get_analytics_runs_timeseries",
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

    /// Sends `GET /v1/analytics/runs-timeseries` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::AnalyticsRunsTimeseries>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_ANALYTICS_RUNS_TIMESERIES,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/analytics/runs-timeseries` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::AnalyticsRunsTimeseries>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_ANALYTICS_RUNS_TIMESERIES,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_analytics_usage_timeseries`]
///
/// [`Client::get_analytics_usage_timeseries`]: crate::Client::get_analytics_usage_timeseries
#[derive(Debug, Clone)]
pub struct GetAnalyticsUsageTimeseries<'a> {
    client: &'a crate::Client,
    from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    granularity: Result<Option<types::AnalyticsGranularity>, String>,
    to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    window: Result<Option<types::AnalyticsWindow>, String>,
}

impl<'a> GetAnalyticsUsageTimeseries<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            from: Ok(None),
            granularity: Ok(None),
            to: Ok(None),
            window: Ok(None),
        }
    }

    /// Sets the optional query parameter `from`.
    ///
    /// Start of a bounded range (RFC 3339, UTC, inclusive); use with `to` instead of `window`.
    pub fn from<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.from = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `granularity`.
    ///
    /// Width of each timeseries bucket; defaults to `day`.
    pub fn granularity<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::AnalyticsGranularity>,
    {
        self.granularity = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `AnalyticsGranularity` for granularity failed".to_string()
            });
        self
    }

    /// Sets the optional query parameter `to`.
    ///
    /// End of a bounded range (RFC 3339, UTC, exclusive); use with `from` instead of `window`.
    pub fn to<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.to = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `window`.
    ///
    /// Relative window ending now: the last `week`, the last `month`, or `all` time. Use either
    /// `window` or `from`/`to`, not both.
    pub fn window<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::AnalyticsWindow>,
    {
        self.window = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `AnalyticsWindow` for window failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AnalyticsUsageTimeseries>, Error<ByteStream>> {
        let Self { client, from, granularity, to, window } = self;
        let from = from.map_err(Error::InvalidRequest)?;
        let granularity = granularity.map_err(Error::InvalidRequest)?;
        let to = to.map_err(Error::InvalidRequest)?;
        let window = window.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/analytics/usage-timeseries", client.baseurl,);
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
        query.push("from", &from, crate::params::QueryStyle::Form, true, false)?;
        query
            .push(
                "granularity",
                &granularity,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.push("to", &to, crate::params::QueryStyle::Form, true, false)?;
        query.push("window", &window, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "get_analytics_usage_timeseries",
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

    /// Sends `GET /v1/analytics/usage-timeseries` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::AnalyticsUsageTimeseries>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_ANALYTICS_USAGE_TIMESERIES,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/analytics/usage-timeseries` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::AnalyticsUsageTimeseries>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_ANALYTICS_USAGE_TIMESERIES,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}
