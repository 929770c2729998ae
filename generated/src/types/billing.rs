// @generated types of the `billing` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// The resolved price of one billed action.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BillingActionPrice {
    /// Billed action (for example `workflow.step.execute`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub action_code: ::std::option::Option<::std::string::String>,
    /// Price of one unit, in microcredits.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub price_microcredits: ::std::option::Option<i64>,
    /// Unit the price applies to (for example `step`, `MB`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub unit: ::std::option::Option<::std::string::String>,
}

/// The workspace's resolved per-action prices.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BillingActionPricing {
    /// `prices`: [`BillingActionPrice`]. The resolved price of one billed action.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub prices: ::std::vec::Vec<BillingActionPrice>,
}

/// The effect of an applied billing code.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BillingCodeApplied {
    /// `code` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// Credits added, in microcredits, when the code grants credits.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub credits_granted_microcredits: ::std::option::Option<i64>,
    /// Human-readable description of the benefit.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// What the code granted (for example `credit_grant` or `discount`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kind: ::std::option::Option<::std::string::String>,
}

/// Request body to apply a billing code.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BillingCodeApply {
    /// The billing code to redeem.
    pub code: ::std::string::String,
}

#[cfg(feature = "billing")]
impl BillingCodeApply {
    /// A `BillingCodeApply` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `code`: The billing code to redeem.
    pub fn new(code: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { code: code.into() }
    }
}

/// Request body to validate a discount code.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BillingDiscountValidate {
    /// The discount code to check.
    pub code: ::std::string::String,
    /// Plan the code would apply to; omit to check the code alone.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub stripe_price_id: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "billing")]
impl BillingDiscountValidate {
    /// A `BillingDiscountValidate` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `code`: The discount code to check.
    pub fn new(code: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            code: code.into(),
            stripe_price_id: ::std::option::Option::None,
        }
    }

    /// Sets `stripe_price_id`: Plan the code would apply to; omit to check the code alone.
    pub fn stripe_price_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stripe_price_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Whether a discount code is valid and, if so, its terms.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BillingDiscountValidation {
    /// Fixed discount in cents, for amount codes.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount_off_cents: ::std::option::Option<i64>,
    /// `code` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// How long the discount lasts (`once`, `repeating`, `forever`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub duration: ::std::option::Option<::std::string::String>,
    /// Number of months, for `repeating` discounts.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub duration_in_months: ::std::option::Option<i32>,
    /// Percentage discount (0–100), for percentage codes.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub percent_off: ::std::option::Option<f64>,
    /// Why the code is not valid, when `valid` is false.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    /// `valid` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub valid: ::std::option::Option<bool>,
}

/// A Stripe payment intent for a PAYG top-up.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BillingPaygTopupIntent {
    /// Amount to charge, in cents.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount_cents: ::std::option::Option<i64>,
    /// `client_secret` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub client_secret: ::std::option::Option<crate::Secret>,
    /// ISO 4217 currency code, lowercase.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub currency: ::std::option::Option<::std::string::String>,
    /// Credits the top-up adds once paid, in microcredits.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub microcredits: ::std::option::Option<i64>,
    /// Stripe payment intent id (`pi_…`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_intent_id: ::std::option::Option<::std::string::String>,
    /// Stripe payment intent status (for example `requires_payment_method`, `succeeded`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// Request body to create a PAYG top-up payment intent.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BillingPaygTopupIntentCreate {
    /// Amount to charge, in cents.
    pub amount_cents: i64,
    /// ISO 4217 currency code, lowercase (`usd`).
    pub currency: ::std::string::String,
    /// Client-chosen key; a repeated request with the same key returns the same intent.
    pub idempotency_key: ::std::string::String,
    /// Credits to add to the PAYG bucket, in microcredits.
    pub microcredits: i64,
}

#[cfg(feature = "billing")]
impl BillingPaygTopupIntentCreate {
    /// A `BillingPaygTopupIntentCreate` with its required fields; the optional ones are set with
    /// the chained setters.
    ///
    /// - `amount_cents`: Amount to charge, in cents.
    /// - `microcredits`: Credits to add to the PAYG bucket, in microcredits.
    /// - `currency`: ISO 4217 currency code, lowercase (`usd`).
    /// - `idempotency_key`: Client-chosen key; a repeated request with the same key returns the
    ///   same intent.
    pub fn new(
        amount_cents: impl ::std::convert::Into<i64>,
        microcredits: impl ::std::convert::Into<i64>,
        currency: impl ::std::convert::Into<::std::string::String>,
        idempotency_key: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            amount_cents: amount_cents.into(),
            microcredits: microcredits.into(),
            currency: currency.into(),
            idempotency_key: idempotency_key.into(),
        }
    }
}

/// One payment (a subscription charge or a PAYG top-up); `amount_cents` is in cents.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BillingPayment {
    /// Amount charged, in cents.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount_cents: ::std::option::Option<i64>,
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// ISO 4217 currency code, lowercase.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub currency: ::std::option::Option<::std::string::String>,
    /// `id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// What was paid for (`subscription` or `payg_topup`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kind: ::std::option::Option<::std::string::String>,
    /// Credits added to the PAYG bucket by a top-up, in microcredits.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub microcredits: ::std::option::Option<i64>,
    /// Link to the Stripe receipt, when one exists.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub receipt_url: ::std::option::Option<::std::string::String>,
    /// Payment state (`pending`, `succeeded`, `failed`, `refunded`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// One page of payments.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BillingPaymentPage {
    /// `items`: [`BillingPayment`]. One payment (a subscription charge or a PAYG top-up);
    /// `amount_cents` is in cents.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<BillingPayment>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// One plan of the product's catalog. `amount` is in cents; credits in microcredits.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BillingPlan {
    /// Price per interval in the currency's minor unit (cents).
    pub amount: i64,
    /// ISO 4217 currency code, lowercase (`usd`).
    pub currency: ::std::string::String,
    /// Billing interval unit (`month` or `year`).
    pub interval: ::std::string::String,
    /// Number of intervals per billing period.
    pub interval_count: i32,
    /// Whether onboarding preselects this plan.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub onboarding_default: ::std::option::Option<bool>,
    /// Plan code (`free`, `pro`, `plus`, `max`, `enterprise`, or an `*_annual` variant).
    pub plan_code: ::std::string::String,
    /// Display name of the plan's product.
    pub product_name: ::std::string::String,
    /// Whether the plan can be chosen during self-serve onboarding.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub self_serve_onboarding: ::std::option::Option<bool>,
    /// Stripe price id; pass it to start a trial or a subscription. Absent on plans that are not
    /// sold through Stripe (for example `free`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub stripe_price_id: ::std::option::Option<::std::string::String>,
    /// Credits granted for the trial, in microcredits.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trial_credits_granted: ::std::option::Option<i64>,
    /// Trial length in days.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trial_days: ::std::option::Option<i32>,
    /// Whether the plan offers a trial.
    pub trial_enabled: bool,
    /// Whether starting the trial needs a payment method.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trial_requires_card: ::std::option::Option<bool>,
}

/// Request body to change the subscription's plan.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BillingPlanChange {
    /// Stripe price id of the new plan (from the plan catalog).
    pub stripe_price_id: ::std::string::String,
}

#[cfg(feature = "billing")]
impl BillingPlanChange {
    /// A `BillingPlanChange` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `stripe_price_id`: Stripe price id of the new plan (from the plan catalog).
    pub fn new(
        stripe_price_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            stripe_price_id: stripe_price_id.into(),
        }
    }
}

/// The plan catalog of this deployment's product.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BillingPlanList {
    /// `plans`: [`BillingPlan`]. One plan of the product's catalog.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub plans: ::std::vec::Vec<BillingPlan>,
}

/// One project's consumption in the current billing period.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BillingProjectUsage {
    /// Microcredits debited for the project in the current period.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub consumed_microcredits: ::std::option::Option<i64>,
    /// `project_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub project_id: ::std::option::Option<::std::string::String>,
}

/// The workspace's subscription and trial status.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BillingStatus {
    /// Whether the subscription ends at `current_period_end`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cancel_at_period_end: ::std::option::Option<bool>,
    /// End of the current billing period (or of the trial).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_period_end: ::std::option::Option<
        ::chrono::DateTime<::chrono::offset::Utc>,
    >,
    /// Plan a scheduled downgrade moves to at the end of the period.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pending_plan_code: ::std::option::Option<::std::string::String>,
    /// Current plan; null without a plan.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub plan_code: ::std::option::Option<::std::string::String>,
    /// Subscription state. Known values: `none` (no subscription or trial), `trialing`, `active`,
    /// `past_due`, `canceled`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// Stripe price id of the current plan.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub stripe_price_id: ::std::option::Option<::std::string::String>,
    /// When the running trial ends; null without a trial.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trial_ends_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}

/// Publishable Stripe configuration for the checkout page. Holds no secret.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BillingStripeConfig {
    /// Stripe publishable key (`pk_…`) to initialise Stripe.js with.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub publishable_key: ::std::option::Option<::std::string::String>,
}

/// Request body to cancel the subscription; `{}` cancels at period end.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BillingSubscriptionCancel {
    /// Cancel at the end of the current period (true) or immediately (false).
    #[serde(default = "defaults::default_bool::<true>")]
    pub at_period_end: bool,
}

#[cfg(feature = "billing")]
impl BillingSubscriptionCancel {
    /// A `BillingSubscriptionCancel` with its required fields; the optional ones are set with the
    /// chained setters.
    pub fn new() -> Self {
        Self {
            at_period_end: defaults::default_bool::<true>(),
        }
    }

    /// Sets `at_period_end`: Cancel at the end of the current period (true) or immediately (false).
    pub fn at_period_end(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.at_period_end = value.into();
        self
    }
}

#[cfg(feature = "billing")]
impl ::std::default::Default for BillingSubscriptionCancel {
    fn default() -> Self {
        Self {
            at_period_end: defaults::default_bool::<true>(),
        }
    }
}

/// Request body to activate a paid subscription.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BillingSubscriptionCreate {
    /// Discount code to apply to the subscription.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub discount_code: ::std::option::Option<::std::string::String>,
    /// Stripe payment method (`pm_…`) collected with Stripe.js; omit to use the method on file.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_method_id: ::std::option::Option<::std::string::String>,
    /// Stripe price id of the plan (from the plan catalog).
    pub stripe_price_id: ::std::string::String,
}

#[cfg(feature = "billing")]
impl BillingSubscriptionCreate {
    /// A `BillingSubscriptionCreate` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `stripe_price_id`: Stripe price id of the plan (from the plan catalog).
    pub fn new(
        stripe_price_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            stripe_price_id: stripe_price_id.into(),
            discount_code: ::std::option::Option::None,
            payment_method_id: ::std::option::Option::None,
        }
    }

    /// Sets `discount_code`: Discount code to apply to the subscription.
    pub fn discount_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.discount_code = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `payment_method_id`: Stripe payment method (`pm_…`) collected with Stripe.js; omit to
    /// use the method on file.
    pub fn payment_method_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_method_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// The workspace's billing at a glance: plan, subscription status, balances and the current
/// period's consumption, in total and per project.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BillingSummary {
    /// `balances`: [`BillingUsage`]. Remaining credits per bucket, in microcredits (1 credit =
    /// 1,000,000 microcredits).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub balances: ::std::option::Option<BillingUsage>,
    /// Microcredits debited in the current period.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub period_consumed_microcredits: ::std::option::Option<i64>,
    /// End of the current billing period.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub period_end: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Start of the current billing period.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub period_start: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Current plan (`free`, `pro`, `plus`, `max`, `enterprise`, `*_annual`); null without a plan.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub plan_code: ::std::option::Option<::std::string::String>,
    /// Current-period consumption per project.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub projects: ::std::vec::Vec<BillingProjectUsage>,
    /// Same values as `BillingStatus.status`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription_status: ::std::option::Option<::std::string::String>,
}

/// Request body to start a trial.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BillingTrialStart {
    /// Stripe price id of the plan to trial (from the plan catalog).
    pub stripe_price_id: ::std::string::String,
}

#[cfg(feature = "billing")]
impl BillingTrialStart {
    /// A `BillingTrialStart` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `stripe_price_id`: Stripe price id of the plan to trial (from the plan catalog).
    pub fn new(
        stripe_price_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            stripe_price_id: stripe_price_id.into(),
        }
    }
}

/// Remaining credits per bucket, in microcredits (1 credit = 1,000,000 microcredits). Credits are
/// drawn trial first, then included, then PAYG.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BillingUsage {
    /// Credits included in the plan for this period, in microcredits.
    pub included_remaining: i64,
    /// Pay-as-you-go credits left, in microcredits; kept across plan changes.
    pub payg_remaining: i64,
    /// Sum of the three buckets, in microcredits. Not present in every response.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_remaining_microcredits: ::std::option::Option<i64>,
    /// Trial credits left, in microcredits.
    pub trial_remaining: i64,
}

/// One metered dimension usage is broken down by.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BillingUsageDimension {
    /// Billed action code (for example `workflow.step.execute`, `memory_index_file_mb`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// Human-readable name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// Unit one quantity of the dimension counts (for example `step`, `MB`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub unit: ::std::option::Option<::std::string::String>,
}

/// The metered dimensions usage is broken down by.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BillingUsageDimensionList {
    /// `dimensions`: [`BillingUsageDimension`]. One metered dimension usage is broken down by.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub dimensions: ::std::vec::Vec<BillingUsageDimension>,
}

/// One metered usage ledger entry.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BillingUsageEntry {
    /// Billed action (`workflow.step.execute`, `memory_extract_interactive`, `memory_extract_bulk`,
    /// `memory_index_file_mb`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub action_code: ::std::option::Option<::std::string::String>,
    /// Credit bucket debited (`trial`, `included` or `payg`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bucket: ::std::option::Option<::std::string::String>,
    /// Balance change in microcredits; negative for a debit.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub delta_microcredits: ::std::option::Option<i64>,
    /// `id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// When the action was metered.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub occurred_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `project_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub project_id: ::std::option::Option<::std::string::String>,
    /// Metered quantity in the action's unit (steps, extractions, MB).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub quantity: ::std::option::Option<f64>,
    /// `run_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
    /// `workflow_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_id: ::std::option::Option<::std::string::String>,
}

/// One page of usage ledger entries.
#[cfg(feature = "billing")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BillingUsageEntryPage {
    /// `items`: [`BillingUsageEntry`]. One metered usage ledger entry.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<BillingUsageEntry>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "billing")]
impl crate::pagination::Page for BillingPaymentPage {
    type Item = BillingPayment;

    fn next_cursor(&self) -> ::std::option::Option<::std::string::String> {
        self.next_page.as_ref().map(::std::string::ToString::to_string)
    }

    fn total(&self) -> ::std::option::Option<u64> {
        ::std::option::Option::None
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn into_items(self) -> ::std::vec::Vec<Self::Item> {
        self.items
    }
}

#[cfg(feature = "billing")]
impl crate::pagination::Page for BillingUsageEntryPage {
    type Item = BillingUsageEntry;

    fn next_cursor(&self) -> ::std::option::Option<::std::string::String> {
        self.next_page.as_ref().map(::std::string::ToString::to_string)
    }

    fn total(&self) -> ::std::option::Option<u64> {
        ::std::option::Option::None
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn into_items(self) -> ::std::vec::Vec<Self::Item> {
        self.items
    }
}
