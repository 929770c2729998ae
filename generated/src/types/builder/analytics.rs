// @generated struct builders of the `analytics` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct AnalyticsCount {
    from: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    to: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    value: ::std::result::Result<i64, ::std::string::String>,
    window: ::std::result::Result<
        ::std::option::Option<crate::types::AnalyticsWindow>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AnalyticsCount {
    fn default() -> Self {
        Self {
            from: Ok(Default::default()),
            to: Ok(Default::default()),
            value: Err("no value supplied for value".to_string()),
            window: Ok(Default::default()),
        }
    }
}
impl AnalyticsCount {
    pub fn from<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.from = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for from: {e}"));
        self
    }
    pub fn to<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.to = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for to: {e}"));
        self
    }
    pub fn value<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.value = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for value: {e}"));
        self
    }
    pub fn window<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::AnalyticsWindow>>,
        T::Error: ::std::fmt::Display,
    {
        self.window = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for window: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AnalyticsCount> for crate::types::AnalyticsCount {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AnalyticsCount,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            from: value.from?,
            to: value.to?,
            value: value.value?,
            window: value.window?,
        })
    }
}
impl ::std::convert::From<crate::types::AnalyticsCount> for AnalyticsCount {
    fn from(value: crate::types::AnalyticsCount) -> Self {
        Self {
            from: Ok(value.from),
            to: Ok(value.to),
            value: Ok(value.value),
            window: Ok(value.window),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AnalyticsCreditsConsumed {
    from: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    to: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    value: ::std::result::Result<i64, ::std::string::String>,
    window: ::std::result::Result<
        ::std::option::Option<crate::types::AnalyticsWindow>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AnalyticsCreditsConsumed {
    fn default() -> Self {
        Self {
            from: Ok(Default::default()),
            to: Ok(Default::default()),
            value: Err("no value supplied for value".to_string()),
            window: Ok(Default::default()),
        }
    }
}
impl AnalyticsCreditsConsumed {
    pub fn from<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.from = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for from: {e}"));
        self
    }
    pub fn to<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.to = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for to: {e}"));
        self
    }
    pub fn value<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.value = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for value: {e}"));
        self
    }
    pub fn window<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::AnalyticsWindow>>,
        T::Error: ::std::fmt::Display,
    {
        self.window = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for window: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AnalyticsCreditsConsumed>
for crate::types::AnalyticsCreditsConsumed {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AnalyticsCreditsConsumed,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            from: value.from?,
            to: value.to?,
            value: value.value?,
            window: value.window?,
        })
    }
}
impl ::std::convert::From<crate::types::AnalyticsCreditsConsumed>
for AnalyticsCreditsConsumed {
    fn from(value: crate::types::AnalyticsCreditsConsumed) -> Self {
        Self {
            from: Ok(value.from),
            to: Ok(value.to),
            value: Ok(value.value),
            window: Ok(value.window),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AnalyticsExecutionDuration {
    average_duration_ms: ::std::result::Result<
        ::std::option::Option<f64>,
        ::std::string::String,
    >,
    from: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    run_count: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    to: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    total_duration_ms: ::std::result::Result<i64, ::std::string::String>,
    window: ::std::result::Result<
        ::std::option::Option<crate::types::AnalyticsWindow>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AnalyticsExecutionDuration {
    fn default() -> Self {
        Self {
            average_duration_ms: Ok(Default::default()),
            from: Ok(Default::default()),
            run_count: Ok(Default::default()),
            to: Ok(Default::default()),
            total_duration_ms: Err(
                "no value supplied for total_duration_ms".to_string(),
            ),
            window: Ok(Default::default()),
        }
    }
}
impl AnalyticsExecutionDuration {
    pub fn average_duration_ms<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<f64>>,
        T::Error: ::std::fmt::Display,
    {
        self.average_duration_ms = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for average_duration_ms: {e}")
            });
        self
    }
    pub fn from<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.from = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for from: {e}"));
        self
    }
    pub fn run_count<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.run_count = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_count: {e}"));
        self
    }
    pub fn to<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.to = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for to: {e}"));
        self
    }
    pub fn total_duration_ms<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.total_duration_ms = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for total_duration_ms: {e}")
            });
        self
    }
    pub fn window<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::AnalyticsWindow>>,
        T::Error: ::std::fmt::Display,
    {
        self.window = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for window: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AnalyticsExecutionDuration>
for crate::types::AnalyticsExecutionDuration {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AnalyticsExecutionDuration,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            average_duration_ms: value.average_duration_ms?,
            from: value.from?,
            run_count: value.run_count?,
            to: value.to?,
            total_duration_ms: value.total_duration_ms?,
            window: value.window?,
        })
    }
}
impl ::std::convert::From<crate::types::AnalyticsExecutionDuration>
for AnalyticsExecutionDuration {
    fn from(value: crate::types::AnalyticsExecutionDuration) -> Self {
        Self {
            average_duration_ms: Ok(value.average_duration_ms),
            from: Ok(value.from),
            run_count: Ok(value.run_count),
            to: Ok(value.to),
            total_duration_ms: Ok(value.total_duration_ms),
            window: Ok(value.window),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AnalyticsLiveRuns {
    as_of: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    value: ::std::result::Result<i64, ::std::string::String>,
}
impl ::std::default::Default for AnalyticsLiveRuns {
    fn default() -> Self {
        Self {
            as_of: Ok(Default::default()),
            value: Err("no value supplied for value".to_string()),
        }
    }
}
impl AnalyticsLiveRuns {
    pub fn as_of<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.as_of = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for as_of: {e}"));
        self
    }
    pub fn value<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.value = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for value: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AnalyticsLiveRuns> for crate::types::AnalyticsLiveRuns {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AnalyticsLiveRuns,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            as_of: value.as_of?,
            value: value.value?,
        })
    }
}
impl ::std::convert::From<crate::types::AnalyticsLiveRuns> for AnalyticsLiveRuns {
    fn from(value: crate::types::AnalyticsLiveRuns) -> Self {
        Self {
            as_of: Ok(value.as_of),
            value: Ok(value.value),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AnalyticsRunsTimeseries {
    granularity: ::std::result::Result<
        ::std::option::Option<crate::types::AnalyticsGranularity>,
        ::std::string::String,
    >,
    points: ::std::result::Result<
        ::std::vec::Vec<crate::types::AnalyticsTimeseriesPoint>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AnalyticsRunsTimeseries {
    fn default() -> Self {
        Self {
            granularity: Ok(Default::default()),
            points: Err("no value supplied for points".to_string()),
        }
    }
}
impl AnalyticsRunsTimeseries {
    pub fn granularity<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::AnalyticsGranularity>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.granularity = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for granularity: {e}")
            });
        self
    }
    pub fn points<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<crate::types::AnalyticsTimeseriesPoint>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.points = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for points: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AnalyticsRunsTimeseries>
for crate::types::AnalyticsRunsTimeseries {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AnalyticsRunsTimeseries,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            granularity: value.granularity?,
            points: value.points?,
        })
    }
}
impl ::std::convert::From<crate::types::AnalyticsRunsTimeseries>
for AnalyticsRunsTimeseries {
    fn from(value: crate::types::AnalyticsRunsTimeseries) -> Self {
        Self {
            granularity: Ok(value.granularity),
            points: Ok(value.points),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AnalyticsStepTypeStats {
    average_latency_ms: ::std::result::Result<
        ::std::option::Option<f64>,
        ::std::string::String,
    >,
    executed: ::std::result::Result<i64, ::std::string::String>,
    failed: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    p95_latency_ms: ::std::result::Result<
        ::std::option::Option<f64>,
        ::std::string::String,
    >,
    step_type: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for AnalyticsStepTypeStats {
    fn default() -> Self {
        Self {
            average_latency_ms: Ok(Default::default()),
            executed: Err("no value supplied for executed".to_string()),
            failed: Ok(Default::default()),
            p95_latency_ms: Ok(Default::default()),
            step_type: Err("no value supplied for step_type".to_string()),
        }
    }
}
impl AnalyticsStepTypeStats {
    pub fn average_latency_ms<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<f64>>,
        T::Error: ::std::fmt::Display,
    {
        self.average_latency_ms = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for average_latency_ms: {e}")
            });
        self
    }
    pub fn executed<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.executed = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for executed: {e}"));
        self
    }
    pub fn failed<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.failed = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for failed: {e}"));
        self
    }
    pub fn p95_latency_ms<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<f64>>,
        T::Error: ::std::fmt::Display,
    {
        self.p95_latency_ms = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for p95_latency_ms: {e}")
            });
        self
    }
    pub fn step_type<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.step_type = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for step_type: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AnalyticsStepTypeStats>
for crate::types::AnalyticsStepTypeStats {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AnalyticsStepTypeStats,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            average_latency_ms: value.average_latency_ms?,
            executed: value.executed?,
            failed: value.failed?,
            p95_latency_ms: value.p95_latency_ms?,
            step_type: value.step_type?,
        })
    }
}
impl ::std::convert::From<crate::types::AnalyticsStepTypeStats>
for AnalyticsStepTypeStats {
    fn from(value: crate::types::AnalyticsStepTypeStats) -> Self {
        Self {
            average_latency_ms: Ok(value.average_latency_ms),
            executed: Ok(value.executed),
            failed: Ok(value.failed),
            p95_latency_ms: Ok(value.p95_latency_ms),
            step_type: Ok(value.step_type),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AnalyticsStepsSummary {
    from: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    step_types: ::std::result::Result<
        ::std::vec::Vec<crate::types::AnalyticsStepTypeStats>,
        ::std::string::String,
    >,
    to: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    window: ::std::result::Result<
        ::std::option::Option<crate::types::AnalyticsWindow>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AnalyticsStepsSummary {
    fn default() -> Self {
        Self {
            from: Ok(Default::default()),
            step_types: Err("no value supplied for step_types".to_string()),
            to: Ok(Default::default()),
            window: Ok(Default::default()),
        }
    }
}
impl AnalyticsStepsSummary {
    pub fn from<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.from = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for from: {e}"));
        self
    }
    pub fn step_types<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<crate::types::AnalyticsStepTypeStats>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.step_types = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for step_types: {e}"));
        self
    }
    pub fn to<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.to = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for to: {e}"));
        self
    }
    pub fn window<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::AnalyticsWindow>>,
        T::Error: ::std::fmt::Display,
    {
        self.window = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for window: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AnalyticsStepsSummary>
for crate::types::AnalyticsStepsSummary {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AnalyticsStepsSummary,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            from: value.from?,
            step_types: value.step_types?,
            to: value.to?,
            window: value.window?,
        })
    }
}
impl ::std::convert::From<crate::types::AnalyticsStepsSummary>
for AnalyticsStepsSummary {
    fn from(value: crate::types::AnalyticsStepsSummary) -> Self {
        Self {
            from: Ok(value.from),
            step_types: Ok(value.step_types),
            to: Ok(value.to),
            window: Ok(value.window),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AnalyticsSuccessRate {
    from: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    succeeded_runs: ::std::result::Result<
        ::std::option::Option<i64>,
        ::std::string::String,
    >,
    terminal_runs: ::std::result::Result<
        ::std::option::Option<i64>,
        ::std::string::String,
    >,
    to: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    value: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
    window: ::std::result::Result<
        ::std::option::Option<crate::types::AnalyticsWindow>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AnalyticsSuccessRate {
    fn default() -> Self {
        Self {
            from: Ok(Default::default()),
            succeeded_runs: Ok(Default::default()),
            terminal_runs: Ok(Default::default()),
            to: Ok(Default::default()),
            value: Err("no value supplied for value".to_string()),
            window: Ok(Default::default()),
        }
    }
}
impl AnalyticsSuccessRate {
    pub fn from<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.from = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for from: {e}"));
        self
    }
    pub fn succeeded_runs<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.succeeded_runs = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for succeeded_runs: {e}")
            });
        self
    }
    pub fn terminal_runs<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.terminal_runs = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for terminal_runs: {e}")
            });
        self
    }
    pub fn to<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.to = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for to: {e}"));
        self
    }
    pub fn value<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<f64>>,
        T::Error: ::std::fmt::Display,
    {
        self.value = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for value: {e}"));
        self
    }
    pub fn window<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::AnalyticsWindow>>,
        T::Error: ::std::fmt::Display,
    {
        self.window = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for window: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AnalyticsSuccessRate>
for crate::types::AnalyticsSuccessRate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AnalyticsSuccessRate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            from: value.from?,
            succeeded_runs: value.succeeded_runs?,
            terminal_runs: value.terminal_runs?,
            to: value.to?,
            value: value.value?,
            window: value.window?,
        })
    }
}
impl ::std::convert::From<crate::types::AnalyticsSuccessRate> for AnalyticsSuccessRate {
    fn from(value: crate::types::AnalyticsSuccessRate) -> Self {
        Self {
            from: Ok(value.from),
            succeeded_runs: Ok(value.succeeded_runs),
            terminal_runs: Ok(value.terminal_runs),
            to: Ok(value.to),
            value: Ok(value.value),
            window: Ok(value.window),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AnalyticsTimeseriesPoint {
    bucket_start: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    value: ::std::result::Result<i64, ::std::string::String>,
}
impl ::std::default::Default for AnalyticsTimeseriesPoint {
    fn default() -> Self {
        Self {
            bucket_start: Err("no value supplied for bucket_start".to_string()),
            value: Err("no value supplied for value".to_string()),
        }
    }
}
impl AnalyticsTimeseriesPoint {
    pub fn bucket_start<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        T::Error: ::std::fmt::Display,
    {
        self.bucket_start = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for bucket_start: {e}")
            });
        self
    }
    pub fn value<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.value = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for value: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AnalyticsTimeseriesPoint>
for crate::types::AnalyticsTimeseriesPoint {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AnalyticsTimeseriesPoint,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            bucket_start: value.bucket_start?,
            value: value.value?,
        })
    }
}
impl ::std::convert::From<crate::types::AnalyticsTimeseriesPoint>
for AnalyticsTimeseriesPoint {
    fn from(value: crate::types::AnalyticsTimeseriesPoint) -> Self {
        Self {
            bucket_start: Ok(value.bucket_start),
            value: Ok(value.value),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AnalyticsUsagePoint {
    bucket_start: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    credits_microcredits: ::std::result::Result<i64, ::std::string::String>,
    steps: ::std::result::Result<i64, ::std::string::String>,
}
impl ::std::default::Default for AnalyticsUsagePoint {
    fn default() -> Self {
        Self {
            bucket_start: Err("no value supplied for bucket_start".to_string()),
            credits_microcredits: Err(
                "no value supplied for credits_microcredits".to_string(),
            ),
            steps: Err("no value supplied for steps".to_string()),
        }
    }
}
impl AnalyticsUsagePoint {
    pub fn bucket_start<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        T::Error: ::std::fmt::Display,
    {
        self.bucket_start = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for bucket_start: {e}")
            });
        self
    }
    pub fn credits_microcredits<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.credits_microcredits = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for credits_microcredits: {e}")
            });
        self
    }
    pub fn steps<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.steps = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for steps: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AnalyticsUsagePoint> for crate::types::AnalyticsUsagePoint {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AnalyticsUsagePoint,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            bucket_start: value.bucket_start?,
            credits_microcredits: value.credits_microcredits?,
            steps: value.steps?,
        })
    }
}
impl ::std::convert::From<crate::types::AnalyticsUsagePoint> for AnalyticsUsagePoint {
    fn from(value: crate::types::AnalyticsUsagePoint) -> Self {
        Self {
            bucket_start: Ok(value.bucket_start),
            credits_microcredits: Ok(value.credits_microcredits),
            steps: Ok(value.steps),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AnalyticsUsageTimeseries {
    granularity: ::std::result::Result<
        ::std::option::Option<crate::types::AnalyticsGranularity>,
        ::std::string::String,
    >,
    points: ::std::result::Result<
        ::std::vec::Vec<crate::types::AnalyticsUsagePoint>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AnalyticsUsageTimeseries {
    fn default() -> Self {
        Self {
            granularity: Ok(Default::default()),
            points: Err("no value supplied for points".to_string()),
        }
    }
}
impl AnalyticsUsageTimeseries {
    pub fn granularity<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::AnalyticsGranularity>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.granularity = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for granularity: {e}")
            });
        self
    }
    pub fn points<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::AnalyticsUsagePoint>>,
        T::Error: ::std::fmt::Display,
    {
        self.points = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for points: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AnalyticsUsageTimeseries>
for crate::types::AnalyticsUsageTimeseries {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AnalyticsUsageTimeseries,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            granularity: value.granularity?,
            points: value.points?,
        })
    }
}
impl ::std::convert::From<crate::types::AnalyticsUsageTimeseries>
for AnalyticsUsageTimeseries {
    fn from(value: crate::types::AnalyticsUsageTimeseries) -> Self {
        Self {
            granularity: Ok(value.granularity),
            points: Ok(value.points),
        }
    }
}
