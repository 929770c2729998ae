// @generated types of the `analytics` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// A count over the window (runs started, or metered steps executed).
#[cfg(feature = "analytics")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AnalyticsCount {
    /// Resolved start of the range; null for `window=all`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Resolved end of the range.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// The count.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<i64>,
    /// `window`: [`AnalyticsWindow`]. A relative analytics window ending now (UTC).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub window: ::std::option::Option<AnalyticsWindow>,
}

/// Credits debited for the project in the window.
#[cfg(feature = "analytics")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AnalyticsCreditsConsumed {
    /// Resolved start of the range; null for `window=all`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Resolved end of the range.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Microcredits debited (1 credit = 1,000,000 microcredits).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<i64>,
    /// `window`: [`AnalyticsWindow`]. A relative analytics window ending now (UTC).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub window: ::std::option::Option<AnalyticsWindow>,
}

/// Wall-clock execution totals of the runs that finished in the window.
#[cfg(feature = "analytics")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AnalyticsExecutionDuration {
    /// Average wall-clock duration per run, in milliseconds; null without runs.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub average_duration_ms: ::std::option::Option<f64>,
    /// Resolved start of the range; null for `window=all`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Runs included in the totals.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_count: ::std::option::Option<i64>,
    /// Resolved end of the range.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Sum of the runs' wall-clock durations, in milliseconds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_duration_ms: ::std::option::Option<i64>,
    /// `window`: [`AnalyticsWindow`]. A relative analytics window ending now (UTC).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub window: ::std::option::Option<AnalyticsWindow>,
}

/// Width of one timeseries bucket.
#[cfg(feature = "analytics")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum AnalyticsGranularity {
    /// `hour`
    Hour,
    /// `day`
    Day,
    /// `week`
    Week,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "analytics")]
impl ::std::fmt::Display for AnalyticsGranularity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Hour => f.write_str("hour"),
            Self::Day => f.write_str("day"),
            Self::Week => f.write_str("week"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "analytics")]
impl ::std::str::FromStr for AnalyticsGranularity {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "hour" => Ok(Self::Hour),
            "day" => Ok(Self::Day),
            "week" => Ok(Self::Week),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "analytics")]
impl ::std::convert::TryFrom<&str> for AnalyticsGranularity {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "analytics")]
impl ::std::convert::TryFrom<::std::string::String> for AnalyticsGranularity {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "analytics")]
impl ::std::default::Default for AnalyticsGranularity {
    fn default() -> Self {
        AnalyticsGranularity::Day
    }
}

/// The number of the project's runs active right now.
#[cfg(feature = "analytics")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AnalyticsLiveRuns {
    /// When the count was taken.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub as_of: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Runs not yet in a terminal state (`completed`, `failed`, `stopped`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<i64>,
}

/// Runs started per time bucket, oldest bucket first.
#[cfg(feature = "analytics")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AnalyticsRunsTimeseries {
    /// `granularity`: [`AnalyticsGranularity`]. Width of one timeseries bucket.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub granularity: ::std::option::Option<AnalyticsGranularity>,
    /// `points`: [`AnalyticsTimeseriesPoint`]. One bucket of a timeseries.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub points: ::std::vec::Vec<AnalyticsTimeseriesPoint>,
}

/// Execution counts and latency of one step type.
#[cfg(feature = "analytics")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AnalyticsStepTypeStats {
    /// Average step duration, in milliseconds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub average_latency_ms: ::std::option::Option<f64>,
    /// Steps of this type that ran in the window.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub executed: ::std::option::Option<i64>,
    /// Steps of this type that failed in the window.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failed: ::std::option::Option<i64>,
    /// 95th percentile step duration, in milliseconds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub p95_latency_ms: ::std::option::Option<f64>,
    /// Step type (`mcp_call`, `llm_call`, `human_task`, `lua_script`, ...).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub step_type: ::std::option::Option<::std::string::String>,
}

/// Per-step-type breakdown of the steps executed in the window.
#[cfg(feature = "analytics")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AnalyticsStepsSummary {
    /// Resolved start of the range; null for `window=all`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `step_types`: [`AnalyticsStepTypeStats`]. Execution counts and latency of one step type.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub step_types: ::std::vec::Vec<AnalyticsStepTypeStats>,
    /// Resolved end of the range.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `window`: [`AnalyticsWindow`]. A relative analytics window ending now (UTC).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub window: ::std::option::Option<AnalyticsWindow>,
}

/// Share of terminal runs in the window that completed successfully.
#[cfg(feature = "analytics")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AnalyticsSuccessRate {
    /// Resolved start of the range; null for `window=all`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Runs that reached `completed` in the window.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub succeeded_runs: ::std::option::Option<i64>,
    /// Runs that reached `completed`, `failed` or `stopped` in the window.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub terminal_runs: ::std::option::Option<i64>,
    /// Resolved end of the range.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Success percentage (0–100); null when the window has no terminal runs.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<f64>,
    /// `window`: [`AnalyticsWindow`]. A relative analytics window ending now (UTC).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub window: ::std::option::Option<AnalyticsWindow>,
}

/// One bucket of a timeseries.
#[cfg(feature = "analytics")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AnalyticsTimeseriesPoint {
    /// Start of the bucket (UTC).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bucket_start: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Runs started in the bucket.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<i64>,
}

/// One bucket of the usage timeseries.
#[cfg(feature = "analytics")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AnalyticsUsagePoint {
    /// Start of the bucket (UTC).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bucket_start: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Microcredits debited in the bucket.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub credits_microcredits: ::std::option::Option<i64>,
    /// Metered steps executed in the bucket.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub steps: ::std::option::Option<i64>,
}

/// Metered steps and credits per time bucket, oldest bucket first.
#[cfg(feature = "analytics")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AnalyticsUsageTimeseries {
    /// `granularity`: [`AnalyticsGranularity`]. Width of one timeseries bucket.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub granularity: ::std::option::Option<AnalyticsGranularity>,
    /// `points`: [`AnalyticsUsagePoint`]. One bucket of the usage timeseries.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub points: ::std::vec::Vec<AnalyticsUsagePoint>,
}

/// A relative analytics window ending now (UTC).
#[cfg(feature = "analytics")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum AnalyticsWindow {
    /// `month`
    Month,
    /// `week`
    Week,
    /// `all`
    All,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "analytics")]
impl ::std::fmt::Display for AnalyticsWindow {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Month => f.write_str("month"),
            Self::Week => f.write_str("week"),
            Self::All => f.write_str("all"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "analytics")]
impl ::std::str::FromStr for AnalyticsWindow {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "month" => Ok(Self::Month),
            "week" => Ok(Self::Week),
            "all" => Ok(Self::All),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "analytics")]
impl ::std::convert::TryFrom<&str> for AnalyticsWindow {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "analytics")]
impl ::std::convert::TryFrom<::std::string::String> for AnalyticsWindow {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "analytics")]
impl AnalyticsGranularity {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hour => "hour",
            Self::Day => "day",
            Self::Week => "week",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "analytics")]
impl ::serde::Serialize for AnalyticsGranularity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "analytics")]
impl<'de> ::serde::Deserialize<'de> for AnalyticsGranularity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "hour" => Self::Hour,
                "day" => Self::Day,
                "week" => Self::Week,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "analytics")]
impl AnalyticsWindow {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Month => "month",
            Self::Week => "week",
            Self::All => "all",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "analytics")]
impl ::serde::Serialize for AnalyticsWindow {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "analytics")]
impl<'de> ::serde::Deserialize<'de> for AnalyticsWindow {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "month" => Self::Month,
                "week" => Self::Week,
                "all" => Self::All,
                _ => Self::Unknown(value),
            },
        )
    }
}
