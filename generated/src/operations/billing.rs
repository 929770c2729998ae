// @generated operations of the `billing` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Billing
///
/// Plans, subscriptions and trials, credit balances in microcredits, usage and payment history, and
/// PAYG top-ups.
impl crate::Client {
    /// Get the publishable Stripe configuration
    ///
    /// Returns the publishable Stripe configuration a checkout page needs to collect a payment
    /// method with Stripe.js. It holds no secret and needs no credentials.
    ///
    /// Requires role `public`. Sends no context headers. Idempotent: retried on transient failures.
    ///
    /// Sends `GET /v1/config/stripe`; `send()` returns a
    /// [`BillingStripeConfig`](types::BillingStripeConfig).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_stripe_config().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_stripe_config(&self) -> GetStripeConfig<'_> {
        GetStripeConfig::new(self)
    }

    /// Get the billing summary
    ///
    /// Summarises the workspace's billing: plan and subscription status, credit balances, the
    /// current period's consumption and its split by project.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Sends `GET /v1/billing/summary`; `send()` returns a
    /// [`BillingSummary`](types::BillingSummary).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_billing_summary().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_billing_summary(&self) -> GetBillingSummary<'_> {
        GetBillingSummary::new(self)
    }

    /// List the plan catalog
    ///
    /// Lists the plans of this deployment's product (the `product_code` is implied by the host, for
    /// example `agentruntime`). Use a plan's `stripe_price_id` to start a trial or a subscription.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Sends `GET /v1/billing/plans`; `send()` returns a
    /// [`BillingPlanList`](types::BillingPlanList).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_billing_plans().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_billing_plans(&self) -> ListBillingPlans<'_> {
        ListBillingPlans::new(self)
    }

    /// Get subscription and trial status
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Sends `GET /v1/billing/status`; `send()` returns a [`BillingStatus`](types::BillingStatus).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_billing_status().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_billing_status(&self) -> GetBillingStatus<'_> {
        GetBillingStatus::new(self)
    }

    /// Get credit balances
    ///
    /// Returns the remaining credits per bucket, in microcredits. Credits are drawn in the order
    /// trial, included, then PAYG; the PAYG balance persists across plan changes.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Sends `GET /v1/billing/usage`; `send()` returns a [`BillingUsage`](types::BillingUsage).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_billing_usage().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_billing_usage(&self) -> GetBillingUsage<'_> {
        GetBillingUsage::new(self)
    }

    /// List usage breakdown dimensions
    ///
    /// Lists the metered dimensions usage is broken down by (the billed action codes and their
    /// units). It carries no usage figures, which is why viewers may read it.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Sends `GET /v1/billing/usage-dimensions`; `send()` returns a
    /// [`BillingUsageDimensionList`](types::BillingUsageDimensionList).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_billing_usage_dimensions().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_billing_usage_dimensions(&self) -> ListBillingUsageDimensions<'_> {
        ListBillingUsageDimensions::new(self)
    }

    /// List the metered usage ledger
    ///
    /// Lists metered usage ledger entries, newest first. Each entry records the microcredits
    /// debited for one billed action (`workflow.step.execute`, `memory_extract_interactive`,
    /// `memory_extract_bulk`, `memory_index_file_mb`).
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures. Paginated by `page_token`: `.stream()` yields every item,
    /// keeping all filters on every page.
    ///
    /// Arguments:
    /// - `from`: Only entries at or after this instant (RFC 3339, UTC).
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    /// - `to`: Only entries before this instant (RFC 3339, UTC).
    ///
    /// Sends `GET /v1/billing/usage-history`; `send()` returns a
    /// [`BillingUsageEntryPage`](types::BillingUsageEntryPage).
    ///
    /// Optional parameters are setters of [`ListBillingUsageHistory`]:
    /// [`from`](ListBillingUsageHistory::from), [`limit`](ListBillingUsageHistory::limit),
    /// [`page_token`](ListBillingUsageHistory::page_token), [`to`](ListBillingUsageHistory::to).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_billing_usage_history().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_billing_usage_history(&self) -> ListBillingUsageHistory<'_> {
        ListBillingUsageHistory::new(self)
    }

    /// List payments and top-ups
    ///
    /// Lists subscription payments and PAYG top-ups, newest first.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures. Paginated by `page_token`: `.stream()` yields every item,
    /// keeping all filters on every page.
    ///
    /// Arguments:
    /// - `from`: Only entries at or after this instant (RFC 3339, UTC).
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    /// - `to`: Only entries before this instant (RFC 3339, UTC).
    ///
    /// Sends `GET /v1/billing/payment-history`; `send()` returns a
    /// [`BillingPaymentPage`](types::BillingPaymentPage).
    ///
    /// Optional parameters are setters of [`ListBillingPaymentHistory`]:
    /// [`from`](ListBillingPaymentHistory::from), [`limit`](ListBillingPaymentHistory::limit),
    /// [`page_token`](ListBillingPaymentHistory::page_token),
    /// [`to`](ListBillingPaymentHistory::to).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_billing_payment_history().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_billing_payment_history(&self) -> ListBillingPaymentHistory<'_> {
        ListBillingPaymentHistory::new(self)
    }

    /// Get resolved per-action prices
    ///
    /// Returns the price of each billed action as resolved for this workspace.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Sends `GET /v1/billing/action-pricing`; `send()` returns a
    /// [`BillingActionPricing`](types::BillingActionPricing).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_billing_action_pricing().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_billing_action_pricing(&self) -> GetBillingActionPricing<'_> {
        GetBillingActionPricing::new(self)
    }

    /// Create a PAYG top-up payment intent
    ///
    /// Creates a Stripe payment intent that, once confirmed with Stripe.js, adds `microcredits` to
    /// the PAYG bucket. Repeating a request with the same `idempotency_key` returns the same intent
    /// instead of creating a second one.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Not
    /// idempotent: re-sent only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/billing/topups/payg/intent` with a
    /// [`BillingPaygTopupIntentCreate`](types::BillingPaygTopupIntentCreate) body; `send()` returns
    /// a [`BillingPaygTopupIntent`](types::BillingPaygTopupIntent).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::BillingPaygTopupIntentCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_payg_topup_intent(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_payg_topup_intent(
        &self,
        body: impl ::std::convert::Into<types::BillingPaygTopupIntentCreate>,
    ) -> CreatePaygTopupIntent<'_> {
        CreatePaygTopupIntent::new(self, body.into())
    }

    /// Start a trial
    ///
    /// Starts the trial of the plan behind `stripe_price_id` (for example the 14-day pro trial with
    /// 5 credits). Refused with 409 when the workspace already had a trial or has an active
    /// subscription.
    ///
    /// Requires role `tenant_admin`. Sends the client's tenant as `X-Tenant-Id`. Not idempotent:
    /// re-sent only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/billing/trial` with a [`BillingTrialStart`](types::BillingTrialStart) body;
    /// `send()` returns a [`BillingStatus`](types::BillingStatus).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::BillingTrialStart) -> Result<(), agentruntime::Error> {
    /// let response = client.start_billing_trial(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn start_billing_trial(
        &self,
        body: impl ::std::convert::Into<types::BillingTrialStart>,
    ) -> StartBillingTrial<'_> {
        StartBillingTrial::new(self, body.into())
    }

    /// Activate a paid subscription
    ///
    /// Subscribes the workspace to the plan behind `stripe_price_id`, charging the payment method
    /// collected with Stripe.js. Refused with 409 when a subscription is already active (use
    /// change-plan instead).
    ///
    /// Requires role `tenant_admin`. Sends the client's tenant as `X-Tenant-Id`. Not idempotent:
    /// re-sent only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/billing/subscription` with a
    /// [`BillingSubscriptionCreate`](types::BillingSubscriptionCreate) body; `send()` returns a
    /// [`BillingStatus`](types::BillingStatus).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::BillingSubscriptionCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_billing_subscription(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_billing_subscription(
        &self,
        body: impl ::std::convert::Into<types::BillingSubscriptionCreate>,
    ) -> CreateBillingSubscription<'_> {
        CreateBillingSubscription::new(self, body.into())
    }

    /// Change the subscription's plan
    ///
    /// Moves the active subscription to the plan behind `stripe_price_id`. Upgrades apply
    /// immediately; downgrades apply at the end of the period and show as `pending_plan_code` until
    /// then. Refused with 409 when there is no active subscription.
    ///
    /// Requires role `tenant_admin`. Sends the client's tenant as `X-Tenant-Id`. Not idempotent:
    /// re-sent only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/billing/subscription/change-plan` with a
    /// [`BillingPlanChange`](types::BillingPlanChange) body; `send()` returns a
    /// [`BillingStatus`](types::BillingStatus).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::BillingPlanChange) -> Result<(), agentruntime::Error> {
    /// let response = client.change_billing_plan(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn change_billing_plan(
        &self,
        body: impl ::std::convert::Into<types::BillingPlanChange>,
    ) -> ChangeBillingPlan<'_> {
        ChangeBillingPlan::new(self, body.into())
    }

    /// Cancel the subscription
    ///
    /// Cancels the subscription at the end of the current period (the default) or immediately with
    /// `at_period_end: false`. The PAYG balance is kept. Refused with 409 when there is no
    /// subscription to cancel.
    ///
    /// Requires role `tenant_admin`. Sends the client's tenant as `X-Tenant-Id`. Not idempotent:
    /// re-sent only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/billing/subscription/cancel` with a
    /// [`BillingSubscriptionCancel`](types::BillingSubscriptionCancel) body; `send()` returns a
    /// [`BillingStatus`](types::BillingStatus).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::BillingSubscriptionCancel) -> Result<(), agentruntime::Error> {
    /// let response = client.cancel_billing_subscription(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn cancel_billing_subscription(
        &self,
        body: impl ::std::convert::Into<types::BillingSubscriptionCancel>,
    ) -> CancelBillingSubscription<'_> {
        CancelBillingSubscription::new(self, body.into())
    }

    /// End the trial early and convert to paid
    ///
    /// Ends the running trial now and starts the paid subscription of the same plan, charging the
    /// payment method on file. Refused with 409 when no trial is running or no payment method is on
    /// file.
    ///
    /// Requires role `tenant_admin`. Sends the client's tenant as `X-Tenant-Id`. Not idempotent:
    /// re-sent only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/billing/subscription/convert-trial-now`; `send()` returns a
    /// [`BillingStatus`](types::BillingStatus).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.convert_billing_trial_now().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn convert_billing_trial_now(&self) -> ConvertBillingTrialNow<'_> {
        ConvertBillingTrialNow::new(self)
    }

    /// Apply a billing code
    ///
    /// Redeems a billing code (for example a promotional credit grant) for the workspace. Refused
    /// with 409 when the code was already applied and with 422 when it is unknown or expired.
    ///
    /// Requires role `tenant_admin`. Sends the client's tenant as `X-Tenant-Id`. Not idempotent:
    /// re-sent only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/billing/codes/apply` with a [`BillingCodeApply`](types::BillingCodeApply)
    /// body; `send()` returns a [`BillingCodeApplied`](types::BillingCodeApplied).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::BillingCodeApply) -> Result<(), agentruntime::Error> {
    /// let response = client.apply_billing_code(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn apply_billing_code(
        &self,
        body: impl ::std::convert::Into<types::BillingCodeApply>,
    ) -> ApplyBillingCode<'_> {
        ApplyBillingCode::new(self, body.into())
    }

    /// Validate a discount code
    ///
    /// Checks a discount code, optionally against the plan it would apply to, without applying it.
    /// An unknown or inapplicable code is a normal response with `valid: false`.
    ///
    /// Requires role `tenant_admin`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Sends `POST /v1/billing/discounts/validate` with a
    /// [`BillingDiscountValidate`](types::BillingDiscountValidate) body; `send()` returns a
    /// [`BillingDiscountValidation`](types::BillingDiscountValidation).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::BillingDiscountValidate) -> Result<(), agentruntime::Error> {
    /// let response = client.validate_billing_discount(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn validate_billing_discount(
        &self,
        body: impl ::std::convert::Into<types::BillingDiscountValidate>,
    ) -> ValidateBillingDiscount<'_> {
        ValidateBillingDiscount::new(self, body.into())
    }
}

/// Builder for [`Client::get_stripe_config`]
///
/// [`Client::get_stripe_config`]: crate::Client::get_stripe_config
#[derive(Debug, Clone)]
pub struct GetStripeConfig<'a> {
    client: &'a crate::Client,
}

impl<'a> GetStripeConfig<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingStripeConfig>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/config/stripe", client.baseurl,);
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
            operation_id: "get_stripe_config",
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

    /// Sends `GET /v1/config/stripe` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::BillingStripeConfig>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_STRIPE_CONFIG,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/config/stripe` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::BillingStripeConfig>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_STRIPE_CONFIG,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_billing_summary`]
///
/// [`Client::get_billing_summary`]: crate::Client::get_billing_summary
#[derive(Debug, Clone)]
pub struct GetBillingSummary<'a> {
    client: &'a crate::Client,
}

impl<'a> GetBillingSummary<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingSummary>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/billing/summary", client.baseurl,);
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
            operation_id: "get_billing_summary",
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

    /// Sends `GET /v1/billing/summary` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::BillingSummary>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_BILLING_SUMMARY,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/billing/summary` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::BillingSummary>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_BILLING_SUMMARY,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_billing_plans`]
///
/// [`Client::list_billing_plans`]: crate::Client::list_billing_plans
#[derive(Debug, Clone)]
pub struct ListBillingPlans<'a> {
    client: &'a crate::Client,
}

impl<'a> ListBillingPlans<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingPlanList>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/billing/plans", client.baseurl,);
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
            operation_id: "list_billing_plans",
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

    /// Sends `GET /v1/billing/plans` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::BillingPlanList>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_BILLING_PLANS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/billing/plans` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::BillingPlanList>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_BILLING_PLANS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_billing_status`]
///
/// [`Client::get_billing_status`]: crate::Client::get_billing_status
#[derive(Debug, Clone)]
pub struct GetBillingStatus<'a> {
    client: &'a crate::Client,
}

impl<'a> GetBillingStatus<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingStatus>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/billing/status", client.baseurl,);
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
            operation_id: "get_billing_status",
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

    /// Sends `GET /v1/billing/status` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::BillingStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_BILLING_STATUS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/billing/status` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::BillingStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_BILLING_STATUS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_billing_usage`]
///
/// [`Client::get_billing_usage`]: crate::Client::get_billing_usage
#[derive(Debug, Clone)]
pub struct GetBillingUsage<'a> {
    client: &'a crate::Client,
}

impl<'a> GetBillingUsage<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingUsage>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/billing/usage", client.baseurl,);
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
            operation_id: "get_billing_usage",
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

    /// Sends `GET /v1/billing/usage` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::BillingUsage>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_BILLING_USAGE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/billing/usage` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::BillingUsage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_BILLING_USAGE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_billing_usage_dimensions`]
///
/// [`Client::list_billing_usage_dimensions`]: crate::Client::list_billing_usage_dimensions
#[derive(Debug, Clone)]
pub struct ListBillingUsageDimensions<'a> {
    client: &'a crate::Client,
}

impl<'a> ListBillingUsageDimensions<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingUsageDimensionList>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/billing/usage-dimensions", client.baseurl,);
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
            operation_id: "list_billing_usage_dimensions",
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

    /// Sends `GET /v1/billing/usage-dimensions` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::BillingUsageDimensionList>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_BILLING_USAGE_DIMENSIONS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/billing/usage-dimensions` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::BillingUsageDimensionList>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_BILLING_USAGE_DIMENSIONS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_billing_usage_history`]
///
/// [`Client::list_billing_usage_history`]: crate::Client::list_billing_usage_history
#[derive(Debug, Clone)]
pub struct ListBillingUsageHistory<'a> {
    client: &'a crate::Client,
    from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
    to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
}

impl<'a> ListBillingUsageHistory<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            from: Ok(None),
            limit: Ok(None),
            page_token: Ok(None),
            to: Ok(None),
        }
    }

    /// Sets the optional query parameter `from`.
    ///
    /// Only entries at or after this instant (RFC 3339, UTC).
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

    /// Sets the optional query parameter `limit`.
    ///
    /// Maximum number of items in one page.
    pub fn limit<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<i32>,
    {
        self.limit = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i32` for limit failed".to_string());
        self
    }

    /// Sets the optional query parameter `page_token`.
    ///
    /// Opaque cursor from the previous page's `next_page`. Every other filter of the first request
    /// must be sent again unchanged with it.
    pub fn page_token<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.page_token = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for page_token failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `to`.
    ///
    /// Only entries before this instant (RFC 3339, UTC).
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

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingUsageEntryPage>, Error<ByteStream>> {
        let Self { client, from, limit, page_token, to } = self;
        let from = from.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let to = to.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/billing/usage-history", client.baseurl,);
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
        query.push("limit", &limit, crate::params::QueryStyle::Form, true, false)?;
        query
            .push(
                "page_token",
                &page_token,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.push("to", &to, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "list_billing_usage_history",
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

    /// Sends `GET /v1/billing/usage-history` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::BillingUsageEntryPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_BILLING_USAGE_HISTORY,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/billing/usage-history` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::BillingUsageEntryPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_BILLING_USAGE_HISTORY,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/billing/usage-history`, in order. Each page is
    /// requested with this builder's filters and the previous page's `next_page` as `page_token`;
    /// the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::BillingUsageEntryPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/billing/usage-history` (see
    /// [`BillingUsageEntryPage`](crate::types::BillingUsageEntryPage)), each with its response
    /// metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::BillingUsageEntryPage>,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.page_token(cursor),
        )
    }
}

/// Builder for [`Client::list_billing_payment_history`]
///
/// [`Client::list_billing_payment_history`]: crate::Client::list_billing_payment_history
#[derive(Debug, Clone)]
pub struct ListBillingPaymentHistory<'a> {
    client: &'a crate::Client,
    from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
    to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
}

impl<'a> ListBillingPaymentHistory<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            from: Ok(None),
            limit: Ok(None),
            page_token: Ok(None),
            to: Ok(None),
        }
    }

    /// Sets the optional query parameter `from`.
    ///
    /// Only entries at or after this instant (RFC 3339, UTC).
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

    /// Sets the optional query parameter `limit`.
    ///
    /// Maximum number of items in one page.
    pub fn limit<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<i32>,
    {
        self.limit = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i32` for limit failed".to_string());
        self
    }

    /// Sets the optional query parameter `page_token`.
    ///
    /// Opaque cursor from the previous page's `next_page`. Every other filter of the first request
    /// must be sent again unchanged with it.
    pub fn page_token<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.page_token = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for page_token failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `to`.
    ///
    /// Only entries before this instant (RFC 3339, UTC).
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

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingPaymentPage>, Error<ByteStream>> {
        let Self { client, from, limit, page_token, to } = self;
        let from = from.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let to = to.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/billing/payment-history", client.baseurl,);
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
        query.push("limit", &limit, crate::params::QueryStyle::Form, true, false)?;
        query
            .push(
                "page_token",
                &page_token,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.push("to", &to, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "list_billing_payment_history",
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

    /// Sends `GET /v1/billing/payment-history` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::BillingPaymentPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_BILLING_PAYMENT_HISTORY,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/billing/payment-history` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::BillingPaymentPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_BILLING_PAYMENT_HISTORY,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/billing/payment-history`, in order. Each page
    /// is requested with this builder's filters and the previous page's `next_page` as
    /// `page_token`; the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::BillingPaymentPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/billing/payment-history` (see
    /// [`BillingPaymentPage`](crate::types::BillingPaymentPage)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::BillingPaymentPage>,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.page_token(cursor),
        )
    }
}

/// Builder for [`Client::get_billing_action_pricing`]
///
/// [`Client::get_billing_action_pricing`]: crate::Client::get_billing_action_pricing
#[derive(Debug, Clone)]
pub struct GetBillingActionPricing<'a> {
    client: &'a crate::Client,
}

impl<'a> GetBillingActionPricing<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingActionPricing>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/billing/action-pricing", client.baseurl,);
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
            operation_id: "get_billing_action_pricing",
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

    /// Sends `GET /v1/billing/action-pricing` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::BillingActionPricing>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_BILLING_ACTION_PRICING,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/billing/action-pricing` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::BillingActionPricing>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_BILLING_ACTION_PRICING,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::create_payg_topup_intent`]
///
/// [`Client::create_payg_topup_intent`]: crate::Client::create_payg_topup_intent
#[derive(Debug, Clone)]
pub struct CreatePaygTopupIntent<'a> {
    client: &'a crate::Client,
    body: Result<types::BillingPaygTopupIntentCreate, String>,
}

impl<'a> CreatePaygTopupIntent<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::BillingPaygTopupIntentCreate,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingPaygTopupIntent>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::BillingPaygTopupIntentCreate::try_from(v)
                    .map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/billing/topups/payg/intent", client.baseurl,);
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
            operation_id: "create_payg_topup_intent",
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

    /// Sends `POST /v1/billing/topups/payg/intent` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::BillingPaygTopupIntent>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_PAYG_TOPUP_INTENT,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/billing/topups/payg/intent` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::BillingPaygTopupIntent>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_PAYG_TOPUP_INTENT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::start_billing_trial`]
///
/// [`Client::start_billing_trial`]: crate::Client::start_billing_trial
#[derive(Debug, Clone)]
pub struct StartBillingTrial<'a> {
    client: &'a crate::Client,
    body: Result<types::BillingTrialStart, String>,
}

impl<'a> StartBillingTrial<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::BillingTrialStart,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingStatus>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::BillingTrialStart::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/billing/trial", client.baseurl,);
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
            operation_id: "start_billing_trial",
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

    /// Sends `POST /v1/billing/trial` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::BillingStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::START_BILLING_TRIAL,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/billing/trial` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::BillingStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::START_BILLING_TRIAL,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::create_billing_subscription`]
///
/// [`Client::create_billing_subscription`]: crate::Client::create_billing_subscription
#[derive(Debug, Clone)]
pub struct CreateBillingSubscription<'a> {
    client: &'a crate::Client,
    body: Result<types::BillingSubscriptionCreate, String>,
}

impl<'a> CreateBillingSubscription<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::BillingSubscriptionCreate,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingStatus>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::BillingSubscriptionCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/billing/subscription", client.baseurl,);
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
            operation_id: "create_billing_subscription",
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

    /// Sends `POST /v1/billing/subscription` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::BillingStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_BILLING_SUBSCRIPTION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/billing/subscription` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::BillingStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_BILLING_SUBSCRIPTION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::change_billing_plan`]
///
/// [`Client::change_billing_plan`]: crate::Client::change_billing_plan
#[derive(Debug, Clone)]
pub struct ChangeBillingPlan<'a> {
    client: &'a crate::Client,
    body: Result<types::BillingPlanChange, String>,
}

impl<'a> ChangeBillingPlan<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::BillingPlanChange,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingStatus>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::BillingPlanChange::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/billing/subscription/change-plan", client.baseurl,);
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
            operation_id: "change_billing_plan",
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

    /// Sends `POST /v1/billing/subscription/change-plan` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::BillingStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CHANGE_BILLING_PLAN,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/billing/subscription/change-plan` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::BillingStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CHANGE_BILLING_PLAN,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::cancel_billing_subscription`]
///
/// [`Client::cancel_billing_subscription`]: crate::Client::cancel_billing_subscription
#[derive(Debug, Clone)]
pub struct CancelBillingSubscription<'a> {
    client: &'a crate::Client,
    body: Result<types::BillingSubscriptionCancel, String>,
}

impl<'a> CancelBillingSubscription<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::BillingSubscriptionCancel,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingStatus>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::BillingSubscriptionCancel::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/billing/subscription/cancel", client.baseurl,);
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
            operation_id: "cancel_billing_subscription",
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

    /// Sends `POST /v1/billing/subscription/cancel` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::BillingStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CANCEL_BILLING_SUBSCRIPTION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/billing/subscription/cancel` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::BillingStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CANCEL_BILLING_SUBSCRIPTION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::convert_billing_trial_now`]
///
/// [`Client::convert_billing_trial_now`]: crate::Client::convert_billing_trial_now
#[derive(Debug, Clone)]
pub struct ConvertBillingTrialNow<'a> {
    client: &'a crate::Client,
}

impl<'a> ConvertBillingTrialNow<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingStatus>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!(
            "{}/v1/billing/subscription/convert-trial-now", client.baseurl,
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
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "convert_billing_trial_now",
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

    /// Sends `POST /v1/billing/subscription/convert-trial-now` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::BillingStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CONVERT_BILLING_TRIAL_NOW,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/billing/subscription/convert-trial-now` with these options for this call
    /// (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::BillingStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CONVERT_BILLING_TRIAL_NOW,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::apply_billing_code`]
///
/// [`Client::apply_billing_code`]: crate::Client::apply_billing_code
#[derive(Debug, Clone)]
pub struct ApplyBillingCode<'a> {
    client: &'a crate::Client,
    body: Result<types::BillingCodeApply, String>,
}

impl<'a> ApplyBillingCode<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::BillingCodeApply) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingCodeApplied>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::BillingCodeApply::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/billing/codes/apply", client.baseurl,);
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
            operation_id: "apply_billing_code",
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

    /// Sends `POST /v1/billing/codes/apply` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::BillingCodeApplied>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::APPLY_BILLING_CODE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/billing/codes/apply` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::BillingCodeApplied>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::APPLY_BILLING_CODE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::validate_billing_discount`]
///
/// [`Client::validate_billing_discount`]: crate::Client::validate_billing_discount
#[derive(Debug, Clone)]
pub struct ValidateBillingDiscount<'a> {
    client: &'a crate::Client,
    body: Result<types::BillingDiscountValidate, String>,
}

impl<'a> ValidateBillingDiscount<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::BillingDiscountValidate,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::BillingDiscountValidation>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::BillingDiscountValidate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/billing/discounts/validate", client.baseurl,);
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
            operation_id: "validate_billing_discount",
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

    /// Sends `POST /v1/billing/discounts/validate` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::BillingDiscountValidation>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::VALIDATE_BILLING_DISCOUNT,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/billing/discounts/validate` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::BillingDiscountValidation>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::VALIDATE_BILLING_DISCOUNT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}
