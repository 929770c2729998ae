// @generated struct builders of the `billing` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct BillingActionPrice {
    action_code: ::std::result::Result<::std::string::String, ::std::string::String>,
    price_microcredits: ::std::result::Result<i64, ::std::string::String>,
    unit: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BillingActionPrice {
    fn default() -> Self {
        Self {
            action_code: Err("no value supplied for action_code".to_string()),
            price_microcredits: Err(
                "no value supplied for price_microcredits".to_string(),
            ),
            unit: Ok(Default::default()),
        }
    }
}
impl BillingActionPrice {
    pub fn action_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.action_code = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for action_code: {e}")
            });
        self
    }
    pub fn price_microcredits<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.price_microcredits = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for price_microcredits: {e}")
            });
        self
    }
    pub fn unit<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.unit = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for unit: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BillingActionPrice> for crate::types::BillingActionPrice {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingActionPrice,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            action_code: value.action_code?,
            price_microcredits: value.price_microcredits?,
            unit: value.unit?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingActionPrice> for BillingActionPrice {
    fn from(value: crate::types::BillingActionPrice) -> Self {
        Self {
            action_code: Ok(value.action_code),
            price_microcredits: Ok(value.price_microcredits),
            unit: Ok(value.unit),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingActionPricing {
    prices: ::std::result::Result<
        ::std::vec::Vec<crate::types::BillingActionPrice>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BillingActionPricing {
    fn default() -> Self {
        Self {
            prices: Err("no value supplied for prices".to_string()),
        }
    }
}
impl BillingActionPricing {
    pub fn prices<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::BillingActionPrice>>,
        T::Error: ::std::fmt::Display,
    {
        self.prices = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for prices: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BillingActionPricing>
for crate::types::BillingActionPricing {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingActionPricing,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { prices: value.prices? })
    }
}
impl ::std::convert::From<crate::types::BillingActionPricing> for BillingActionPricing {
    fn from(value: crate::types::BillingActionPricing) -> Self {
        Self { prices: Ok(value.prices) }
    }
}
#[derive(Clone, Debug)]
pub struct BillingCodeApplied {
    code: ::std::result::Result<::std::string::String, ::std::string::String>,
    credits_granted_microcredits: ::std::result::Result<
        ::std::option::Option<i64>,
        ::std::string::String,
    >,
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    kind: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for BillingCodeApplied {
    fn default() -> Self {
        Self {
            code: Err("no value supplied for code".to_string()),
            credits_granted_microcredits: Ok(Default::default()),
            description: Ok(Default::default()),
            kind: Err("no value supplied for kind".to_string()),
        }
    }
}
impl BillingCodeApplied {
    pub fn code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for code: {e}"));
        self
    }
    pub fn credits_granted_microcredits<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.credits_granted_microcredits = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for credits_granted_microcredits: {e}"
                )
            });
        self
    }
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn kind<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.kind = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for kind: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BillingCodeApplied> for crate::types::BillingCodeApplied {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingCodeApplied,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            code: value.code?,
            credits_granted_microcredits: value.credits_granted_microcredits?,
            description: value.description?,
            kind: value.kind?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingCodeApplied> for BillingCodeApplied {
    fn from(value: crate::types::BillingCodeApplied) -> Self {
        Self {
            code: Ok(value.code),
            credits_granted_microcredits: Ok(value.credits_granted_microcredits),
            description: Ok(value.description),
            kind: Ok(value.kind),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingCodeApply {
    code: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for BillingCodeApply {
    fn default() -> Self {
        Self {
            code: Err("no value supplied for code".to_string()),
        }
    }
}
impl BillingCodeApply {
    pub fn code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for code: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BillingCodeApply> for crate::types::BillingCodeApply {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingCodeApply,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { code: value.code? })
    }
}
impl ::std::convert::From<crate::types::BillingCodeApply> for BillingCodeApply {
    fn from(value: crate::types::BillingCodeApply) -> Self {
        Self { code: Ok(value.code) }
    }
}
#[derive(Clone, Debug)]
pub struct BillingDiscountValidate {
    code: ::std::result::Result<::std::string::String, ::std::string::String>,
    stripe_price_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BillingDiscountValidate {
    fn default() -> Self {
        Self {
            code: Err("no value supplied for code".to_string()),
            stripe_price_id: Ok(Default::default()),
        }
    }
}
impl BillingDiscountValidate {
    pub fn code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for code: {e}"));
        self
    }
    pub fn stripe_price_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.stripe_price_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for stripe_price_id: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<BillingDiscountValidate>
for crate::types::BillingDiscountValidate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingDiscountValidate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            code: value.code?,
            stripe_price_id: value.stripe_price_id?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingDiscountValidate>
for BillingDiscountValidate {
    fn from(value: crate::types::BillingDiscountValidate) -> Self {
        Self {
            code: Ok(value.code),
            stripe_price_id: Ok(value.stripe_price_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingDiscountValidation {
    amount_off_cents: ::std::result::Result<
        ::std::option::Option<i64>,
        ::std::string::String,
    >,
    code: ::std::result::Result<::std::string::String, ::std::string::String>,
    duration: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    duration_in_months: ::std::result::Result<
        ::std::option::Option<i32>,
        ::std::string::String,
    >,
    percent_off: ::std::result::Result<
        ::std::option::Option<f64>,
        ::std::string::String,
    >,
    reason: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    valid: ::std::result::Result<bool, ::std::string::String>,
}
impl ::std::default::Default for BillingDiscountValidation {
    fn default() -> Self {
        Self {
            amount_off_cents: Ok(Default::default()),
            code: Err("no value supplied for code".to_string()),
            duration: Ok(Default::default()),
            duration_in_months: Ok(Default::default()),
            percent_off: Ok(Default::default()),
            reason: Ok(Default::default()),
            valid: Err("no value supplied for valid".to_string()),
        }
    }
}
impl BillingDiscountValidation {
    pub fn amount_off_cents<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.amount_off_cents = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for amount_off_cents: {e}")
            });
        self
    }
    pub fn code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for code: {e}"));
        self
    }
    pub fn duration<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.duration = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for duration: {e}"));
        self
    }
    pub fn duration_in_months<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.duration_in_months = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for duration_in_months: {e}")
            });
        self
    }
    pub fn percent_off<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<f64>>,
        T::Error: ::std::fmt::Display,
    {
        self.percent_off = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for percent_off: {e}")
            });
        self
    }
    pub fn reason<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.reason = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for reason: {e}"));
        self
    }
    pub fn valid<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.valid = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for valid: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BillingDiscountValidation>
for crate::types::BillingDiscountValidation {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingDiscountValidation,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            amount_off_cents: value.amount_off_cents?,
            code: value.code?,
            duration: value.duration?,
            duration_in_months: value.duration_in_months?,
            percent_off: value.percent_off?,
            reason: value.reason?,
            valid: value.valid?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingDiscountValidation>
for BillingDiscountValidation {
    fn from(value: crate::types::BillingDiscountValidation) -> Self {
        Self {
            amount_off_cents: Ok(value.amount_off_cents),
            code: Ok(value.code),
            duration: Ok(value.duration),
            duration_in_months: Ok(value.duration_in_months),
            percent_off: Ok(value.percent_off),
            reason: Ok(value.reason),
            valid: Ok(value.valid),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingPaygTopupIntent {
    amount_cents: ::std::result::Result<i64, ::std::string::String>,
    client_secret: ::std::result::Result<::std::string::String, ::std::string::String>,
    currency: ::std::result::Result<::std::string::String, ::std::string::String>,
    microcredits: ::std::result::Result<
        ::std::option::Option<i64>,
        ::std::string::String,
    >,
    payment_intent_id: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    status: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BillingPaygTopupIntent {
    fn default() -> Self {
        Self {
            amount_cents: Err("no value supplied for amount_cents".to_string()),
            client_secret: Err("no value supplied for client_secret".to_string()),
            currency: Err("no value supplied for currency".to_string()),
            microcredits: Ok(Default::default()),
            payment_intent_id: Err(
                "no value supplied for payment_intent_id".to_string(),
            ),
            status: Ok(Default::default()),
        }
    }
}
impl BillingPaygTopupIntent {
    pub fn amount_cents<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.amount_cents = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for amount_cents: {e}")
            });
        self
    }
    pub fn client_secret<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.client_secret = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for client_secret: {e}")
            });
        self
    }
    pub fn currency<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.currency = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for currency: {e}"));
        self
    }
    pub fn microcredits<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.microcredits = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for microcredits: {e}")
            });
        self
    }
    pub fn payment_intent_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.payment_intent_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for payment_intent_id: {e}")
            });
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BillingPaygTopupIntent>
for crate::types::BillingPaygTopupIntent {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingPaygTopupIntent,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            amount_cents: value.amount_cents?,
            client_secret: value.client_secret?,
            currency: value.currency?,
            microcredits: value.microcredits?,
            payment_intent_id: value.payment_intent_id?,
            status: value.status?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingPaygTopupIntent>
for BillingPaygTopupIntent {
    fn from(value: crate::types::BillingPaygTopupIntent) -> Self {
        Self {
            amount_cents: Ok(value.amount_cents),
            client_secret: Ok(value.client_secret),
            currency: Ok(value.currency),
            microcredits: Ok(value.microcredits),
            payment_intent_id: Ok(value.payment_intent_id),
            status: Ok(value.status),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingPaygTopupIntentCreate {
    amount_cents: ::std::result::Result<i64, ::std::string::String>,
    currency: ::std::result::Result<::std::string::String, ::std::string::String>,
    idempotency_key: ::std::result::Result<::std::string::String, ::std::string::String>,
    microcredits: ::std::result::Result<i64, ::std::string::String>,
}
impl ::std::default::Default for BillingPaygTopupIntentCreate {
    fn default() -> Self {
        Self {
            amount_cents: Err("no value supplied for amount_cents".to_string()),
            currency: Err("no value supplied for currency".to_string()),
            idempotency_key: Err("no value supplied for idempotency_key".to_string()),
            microcredits: Err("no value supplied for microcredits".to_string()),
        }
    }
}
impl BillingPaygTopupIntentCreate {
    pub fn amount_cents<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.amount_cents = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for amount_cents: {e}")
            });
        self
    }
    pub fn currency<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.currency = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for currency: {e}"));
        self
    }
    pub fn idempotency_key<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.idempotency_key = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for idempotency_key: {e}")
            });
        self
    }
    pub fn microcredits<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.microcredits = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for microcredits: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<BillingPaygTopupIntentCreate>
for crate::types::BillingPaygTopupIntentCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingPaygTopupIntentCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            amount_cents: value.amount_cents?,
            currency: value.currency?,
            idempotency_key: value.idempotency_key?,
            microcredits: value.microcredits?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingPaygTopupIntentCreate>
for BillingPaygTopupIntentCreate {
    fn from(value: crate::types::BillingPaygTopupIntentCreate) -> Self {
        Self {
            amount_cents: Ok(value.amount_cents),
            currency: Ok(value.currency),
            idempotency_key: Ok(value.idempotency_key),
            microcredits: Ok(value.microcredits),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingPayment {
    amount_cents: ::std::result::Result<i64, ::std::string::String>,
    created_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    currency: ::std::result::Result<::std::string::String, ::std::string::String>,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    kind: ::std::result::Result<::std::string::String, ::std::string::String>,
    microcredits: ::std::result::Result<
        ::std::option::Option<i64>,
        ::std::string::String,
    >,
    receipt_url: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    status: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for BillingPayment {
    fn default() -> Self {
        Self {
            amount_cents: Err("no value supplied for amount_cents".to_string()),
            created_at: Err("no value supplied for created_at".to_string()),
            currency: Err("no value supplied for currency".to_string()),
            id: Err("no value supplied for id".to_string()),
            kind: Err("no value supplied for kind".to_string()),
            microcredits: Ok(Default::default()),
            receipt_url: Ok(Default::default()),
            status: Err("no value supplied for status".to_string()),
        }
    }
}
impl BillingPayment {
    pub fn amount_cents<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.amount_cents = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for amount_cents: {e}")
            });
        self
    }
    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
        self
    }
    pub fn currency<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.currency = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for currency: {e}"));
        self
    }
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }
    pub fn kind<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.kind = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for kind: {e}"));
        self
    }
    pub fn microcredits<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.microcredits = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for microcredits: {e}")
            });
        self
    }
    pub fn receipt_url<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.receipt_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for receipt_url: {e}")
            });
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BillingPayment> for crate::types::BillingPayment {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingPayment,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            amount_cents: value.amount_cents?,
            created_at: value.created_at?,
            currency: value.currency?,
            id: value.id?,
            kind: value.kind?,
            microcredits: value.microcredits?,
            receipt_url: value.receipt_url?,
            status: value.status?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingPayment> for BillingPayment {
    fn from(value: crate::types::BillingPayment) -> Self {
        Self {
            amount_cents: Ok(value.amount_cents),
            created_at: Ok(value.created_at),
            currency: Ok(value.currency),
            id: Ok(value.id),
            kind: Ok(value.kind),
            microcredits: Ok(value.microcredits),
            receipt_url: Ok(value.receipt_url),
            status: Ok(value.status),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingPaymentPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::BillingPayment>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BillingPaymentPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl BillingPaymentPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::BillingPayment>>,
        T::Error: ::std::fmt::Display,
    {
        self.items = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for items: {e}"));
        self
    }
    pub fn next_page<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.next_page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for next_page: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BillingPaymentPage> for crate::types::BillingPaymentPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingPaymentPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingPaymentPage> for BillingPaymentPage {
    fn from(value: crate::types::BillingPaymentPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingPlan {
    amount: ::std::result::Result<i64, ::std::string::String>,
    currency: ::std::result::Result<::std::string::String, ::std::string::String>,
    interval: ::std::result::Result<::std::string::String, ::std::string::String>,
    interval_count: ::std::result::Result<i32, ::std::string::String>,
    onboarding_default: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    plan_code: ::std::result::Result<::std::string::String, ::std::string::String>,
    product_name: ::std::result::Result<::std::string::String, ::std::string::String>,
    self_serve_onboarding: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    stripe_price_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    trial_credits_granted: ::std::result::Result<
        ::std::option::Option<i64>,
        ::std::string::String,
    >,
    trial_days: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    trial_enabled: ::std::result::Result<bool, ::std::string::String>,
    trial_requires_card: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BillingPlan {
    fn default() -> Self {
        Self {
            amount: Err("no value supplied for amount".to_string()),
            currency: Err("no value supplied for currency".to_string()),
            interval: Err("no value supplied for interval".to_string()),
            interval_count: Err("no value supplied for interval_count".to_string()),
            onboarding_default: Ok(Default::default()),
            plan_code: Err("no value supplied for plan_code".to_string()),
            product_name: Err("no value supplied for product_name".to_string()),
            self_serve_onboarding: Ok(Default::default()),
            stripe_price_id: Ok(Default::default()),
            trial_credits_granted: Ok(Default::default()),
            trial_days: Ok(Default::default()),
            trial_enabled: Err("no value supplied for trial_enabled".to_string()),
            trial_requires_card: Ok(Default::default()),
        }
    }
}
impl BillingPlan {
    pub fn amount<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.amount = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for amount: {e}"));
        self
    }
    pub fn currency<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.currency = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for currency: {e}"));
        self
    }
    pub fn interval<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.interval = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for interval: {e}"));
        self
    }
    pub fn interval_count<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i32>,
        T::Error: ::std::fmt::Display,
    {
        self.interval_count = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for interval_count: {e}")
            });
        self
    }
    pub fn onboarding_default<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.onboarding_default = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for onboarding_default: {e}")
            });
        self
    }
    pub fn plan_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.plan_code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for plan_code: {e}"));
        self
    }
    pub fn product_name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.product_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for product_name: {e}")
            });
        self
    }
    pub fn self_serve_onboarding<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.self_serve_onboarding = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for self_serve_onboarding: {e}")
            });
        self
    }
    pub fn stripe_price_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.stripe_price_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for stripe_price_id: {e}")
            });
        self
    }
    pub fn trial_credits_granted<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.trial_credits_granted = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trial_credits_granted: {e}")
            });
        self
    }
    pub fn trial_days<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.trial_days = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for trial_days: {e}"));
        self
    }
    pub fn trial_enabled<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.trial_enabled = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trial_enabled: {e}")
            });
        self
    }
    pub fn trial_requires_card<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.trial_requires_card = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trial_requires_card: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<BillingPlan> for crate::types::BillingPlan {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingPlan,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            amount: value.amount?,
            currency: value.currency?,
            interval: value.interval?,
            interval_count: value.interval_count?,
            onboarding_default: value.onboarding_default?,
            plan_code: value.plan_code?,
            product_name: value.product_name?,
            self_serve_onboarding: value.self_serve_onboarding?,
            stripe_price_id: value.stripe_price_id?,
            trial_credits_granted: value.trial_credits_granted?,
            trial_days: value.trial_days?,
            trial_enabled: value.trial_enabled?,
            trial_requires_card: value.trial_requires_card?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingPlan> for BillingPlan {
    fn from(value: crate::types::BillingPlan) -> Self {
        Self {
            amount: Ok(value.amount),
            currency: Ok(value.currency),
            interval: Ok(value.interval),
            interval_count: Ok(value.interval_count),
            onboarding_default: Ok(value.onboarding_default),
            plan_code: Ok(value.plan_code),
            product_name: Ok(value.product_name),
            self_serve_onboarding: Ok(value.self_serve_onboarding),
            stripe_price_id: Ok(value.stripe_price_id),
            trial_credits_granted: Ok(value.trial_credits_granted),
            trial_days: Ok(value.trial_days),
            trial_enabled: Ok(value.trial_enabled),
            trial_requires_card: Ok(value.trial_requires_card),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingPlanChange {
    stripe_price_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for BillingPlanChange {
    fn default() -> Self {
        Self {
            stripe_price_id: Err("no value supplied for stripe_price_id".to_string()),
        }
    }
}
impl BillingPlanChange {
    pub fn stripe_price_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.stripe_price_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for stripe_price_id: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<BillingPlanChange> for crate::types::BillingPlanChange {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingPlanChange,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            stripe_price_id: value.stripe_price_id?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingPlanChange> for BillingPlanChange {
    fn from(value: crate::types::BillingPlanChange) -> Self {
        Self {
            stripe_price_id: Ok(value.stripe_price_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingPlanList {
    plans: ::std::result::Result<
        ::std::vec::Vec<crate::types::BillingPlan>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BillingPlanList {
    fn default() -> Self {
        Self {
            plans: Err("no value supplied for plans".to_string()),
        }
    }
}
impl BillingPlanList {
    pub fn plans<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::BillingPlan>>,
        T::Error: ::std::fmt::Display,
    {
        self.plans = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for plans: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BillingPlanList> for crate::types::BillingPlanList {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingPlanList,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { plans: value.plans? })
    }
}
impl ::std::convert::From<crate::types::BillingPlanList> for BillingPlanList {
    fn from(value: crate::types::BillingPlanList) -> Self {
        Self { plans: Ok(value.plans) }
    }
}
#[derive(Clone, Debug)]
pub struct BillingProjectUsage {
    consumed_microcredits: ::std::result::Result<i64, ::std::string::String>,
    project_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for BillingProjectUsage {
    fn default() -> Self {
        Self {
            consumed_microcredits: Err(
                "no value supplied for consumed_microcredits".to_string(),
            ),
            project_id: Err("no value supplied for project_id".to_string()),
        }
    }
}
impl BillingProjectUsage {
    pub fn consumed_microcredits<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.consumed_microcredits = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for consumed_microcredits: {e}")
            });
        self
    }
    pub fn project_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.project_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for project_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BillingProjectUsage> for crate::types::BillingProjectUsage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingProjectUsage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            consumed_microcredits: value.consumed_microcredits?,
            project_id: value.project_id?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingProjectUsage> for BillingProjectUsage {
    fn from(value: crate::types::BillingProjectUsage) -> Self {
        Self {
            consumed_microcredits: Ok(value.consumed_microcredits),
            project_id: Ok(value.project_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingStatus {
    cancel_at_period_end: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    current_period_end: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    pending_plan_code: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    plan_code: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    status: ::std::result::Result<::std::string::String, ::std::string::String>,
    stripe_price_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    trial_ends_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BillingStatus {
    fn default() -> Self {
        Self {
            cancel_at_period_end: Ok(Default::default()),
            current_period_end: Ok(Default::default()),
            pending_plan_code: Ok(Default::default()),
            plan_code: Ok(Default::default()),
            status: Err("no value supplied for status".to_string()),
            stripe_price_id: Ok(Default::default()),
            trial_ends_at: Ok(Default::default()),
        }
    }
}
impl BillingStatus {
    pub fn cancel_at_period_end<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.cancel_at_period_end = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for cancel_at_period_end: {e}")
            });
        self
    }
    pub fn current_period_end<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.current_period_end = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for current_period_end: {e}")
            });
        self
    }
    pub fn pending_plan_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.pending_plan_code = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for pending_plan_code: {e}")
            });
        self
    }
    pub fn plan_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.plan_code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for plan_code: {e}"));
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
    pub fn stripe_price_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.stripe_price_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for stripe_price_id: {e}")
            });
        self
    }
    pub fn trial_ends_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.trial_ends_at = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trial_ends_at: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<BillingStatus> for crate::types::BillingStatus {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingStatus,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            cancel_at_period_end: value.cancel_at_period_end?,
            current_period_end: value.current_period_end?,
            pending_plan_code: value.pending_plan_code?,
            plan_code: value.plan_code?,
            status: value.status?,
            stripe_price_id: value.stripe_price_id?,
            trial_ends_at: value.trial_ends_at?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingStatus> for BillingStatus {
    fn from(value: crate::types::BillingStatus) -> Self {
        Self {
            cancel_at_period_end: Ok(value.cancel_at_period_end),
            current_period_end: Ok(value.current_period_end),
            pending_plan_code: Ok(value.pending_plan_code),
            plan_code: Ok(value.plan_code),
            status: Ok(value.status),
            stripe_price_id: Ok(value.stripe_price_id),
            trial_ends_at: Ok(value.trial_ends_at),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingStripeConfig {
    publishable_key: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for BillingStripeConfig {
    fn default() -> Self {
        Self {
            publishable_key: Err("no value supplied for publishable_key".to_string()),
        }
    }
}
impl BillingStripeConfig {
    pub fn publishable_key<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.publishable_key = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for publishable_key: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<BillingStripeConfig> for crate::types::BillingStripeConfig {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingStripeConfig,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            publishable_key: value.publishable_key?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingStripeConfig> for BillingStripeConfig {
    fn from(value: crate::types::BillingStripeConfig) -> Self {
        Self {
            publishable_key: Ok(value.publishable_key),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingSubscriptionCancel {
    at_period_end: ::std::result::Result<bool, ::std::string::String>,
}
impl ::std::default::Default for BillingSubscriptionCancel {
    fn default() -> Self {
        Self {
            at_period_end: Ok(crate::types::defaults::default_bool::<true>()),
        }
    }
}
impl BillingSubscriptionCancel {
    pub fn at_period_end<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.at_period_end = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for at_period_end: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<BillingSubscriptionCancel>
for crate::types::BillingSubscriptionCancel {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingSubscriptionCancel,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            at_period_end: value.at_period_end?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingSubscriptionCancel>
for BillingSubscriptionCancel {
    fn from(value: crate::types::BillingSubscriptionCancel) -> Self {
        Self {
            at_period_end: Ok(value.at_period_end),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingSubscriptionCreate {
    discount_code: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    payment_method_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    stripe_price_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for BillingSubscriptionCreate {
    fn default() -> Self {
        Self {
            discount_code: Ok(Default::default()),
            payment_method_id: Ok(Default::default()),
            stripe_price_id: Err("no value supplied for stripe_price_id".to_string()),
        }
    }
}
impl BillingSubscriptionCreate {
    pub fn discount_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.discount_code = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for discount_code: {e}")
            });
        self
    }
    pub fn payment_method_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.payment_method_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for payment_method_id: {e}")
            });
        self
    }
    pub fn stripe_price_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.stripe_price_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for stripe_price_id: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<BillingSubscriptionCreate>
for crate::types::BillingSubscriptionCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingSubscriptionCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            discount_code: value.discount_code?,
            payment_method_id: value.payment_method_id?,
            stripe_price_id: value.stripe_price_id?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingSubscriptionCreate>
for BillingSubscriptionCreate {
    fn from(value: crate::types::BillingSubscriptionCreate) -> Self {
        Self {
            discount_code: Ok(value.discount_code),
            payment_method_id: Ok(value.payment_method_id),
            stripe_price_id: Ok(value.stripe_price_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingSummary {
    balances: ::std::result::Result<crate::types::BillingUsage, ::std::string::String>,
    period_consumed_microcredits: ::std::result::Result<
        ::std::option::Option<i64>,
        ::std::string::String,
    >,
    period_end: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    period_start: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    plan_code: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    projects: ::std::result::Result<
        ::std::vec::Vec<crate::types::BillingProjectUsage>,
        ::std::string::String,
    >,
    subscription_status: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BillingSummary {
    fn default() -> Self {
        Self {
            balances: Err("no value supplied for balances".to_string()),
            period_consumed_microcredits: Ok(Default::default()),
            period_end: Ok(Default::default()),
            period_start: Ok(Default::default()),
            plan_code: Ok(Default::default()),
            projects: Ok(Default::default()),
            subscription_status: Err(
                "no value supplied for subscription_status".to_string(),
            ),
        }
    }
}
impl BillingSummary {
    pub fn balances<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::BillingUsage>,
        T::Error: ::std::fmt::Display,
    {
        self.balances = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for balances: {e}"));
        self
    }
    pub fn period_consumed_microcredits<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.period_consumed_microcredits = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for period_consumed_microcredits: {e}"
                )
            });
        self
    }
    pub fn period_end<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.period_end = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for period_end: {e}"));
        self
    }
    pub fn period_start<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.period_start = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for period_start: {e}")
            });
        self
    }
    pub fn plan_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.plan_code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for plan_code: {e}"));
        self
    }
    pub fn projects<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::BillingProjectUsage>>,
        T::Error: ::std::fmt::Display,
    {
        self.projects = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for projects: {e}"));
        self
    }
    pub fn subscription_status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.subscription_status = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for subscription_status: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<BillingSummary> for crate::types::BillingSummary {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingSummary,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            balances: value.balances?,
            period_consumed_microcredits: value.period_consumed_microcredits?,
            period_end: value.period_end?,
            period_start: value.period_start?,
            plan_code: value.plan_code?,
            projects: value.projects?,
            subscription_status: value.subscription_status?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingSummary> for BillingSummary {
    fn from(value: crate::types::BillingSummary) -> Self {
        Self {
            balances: Ok(value.balances),
            period_consumed_microcredits: Ok(value.period_consumed_microcredits),
            period_end: Ok(value.period_end),
            period_start: Ok(value.period_start),
            plan_code: Ok(value.plan_code),
            projects: Ok(value.projects),
            subscription_status: Ok(value.subscription_status),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingTrialStart {
    stripe_price_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for BillingTrialStart {
    fn default() -> Self {
        Self {
            stripe_price_id: Err("no value supplied for stripe_price_id".to_string()),
        }
    }
}
impl BillingTrialStart {
    pub fn stripe_price_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.stripe_price_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for stripe_price_id: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<BillingTrialStart> for crate::types::BillingTrialStart {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingTrialStart,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            stripe_price_id: value.stripe_price_id?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingTrialStart> for BillingTrialStart {
    fn from(value: crate::types::BillingTrialStart) -> Self {
        Self {
            stripe_price_id: Ok(value.stripe_price_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingUsage {
    included_remaining: ::std::result::Result<i64, ::std::string::String>,
    payg_remaining: ::std::result::Result<i64, ::std::string::String>,
    total_remaining_microcredits: ::std::result::Result<
        ::std::option::Option<i64>,
        ::std::string::String,
    >,
    trial_remaining: ::std::result::Result<i64, ::std::string::String>,
}
impl ::std::default::Default for BillingUsage {
    fn default() -> Self {
        Self {
            included_remaining: Err(
                "no value supplied for included_remaining".to_string(),
            ),
            payg_remaining: Err("no value supplied for payg_remaining".to_string()),
            total_remaining_microcredits: Ok(Default::default()),
            trial_remaining: Err("no value supplied for trial_remaining".to_string()),
        }
    }
}
impl BillingUsage {
    pub fn included_remaining<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.included_remaining = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for included_remaining: {e}")
            });
        self
    }
    pub fn payg_remaining<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.payg_remaining = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for payg_remaining: {e}")
            });
        self
    }
    pub fn total_remaining_microcredits<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.total_remaining_microcredits = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for total_remaining_microcredits: {e}"
                )
            });
        self
    }
    pub fn trial_remaining<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.trial_remaining = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trial_remaining: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<BillingUsage> for crate::types::BillingUsage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingUsage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            included_remaining: value.included_remaining?,
            payg_remaining: value.payg_remaining?,
            total_remaining_microcredits: value.total_remaining_microcredits?,
            trial_remaining: value.trial_remaining?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingUsage> for BillingUsage {
    fn from(value: crate::types::BillingUsage) -> Self {
        Self {
            included_remaining: Ok(value.included_remaining),
            payg_remaining: Ok(value.payg_remaining),
            total_remaining_microcredits: Ok(value.total_remaining_microcredits),
            trial_remaining: Ok(value.trial_remaining),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingUsageDimension {
    code: ::std::result::Result<::std::string::String, ::std::string::String>,
    display_name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    unit: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BillingUsageDimension {
    fn default() -> Self {
        Self {
            code: Err("no value supplied for code".to_string()),
            display_name: Ok(Default::default()),
            unit: Ok(Default::default()),
        }
    }
}
impl BillingUsageDimension {
    pub fn code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for code: {e}"));
        self
    }
    pub fn display_name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.display_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for display_name: {e}")
            });
        self
    }
    pub fn unit<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.unit = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for unit: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BillingUsageDimension>
for crate::types::BillingUsageDimension {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingUsageDimension,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            code: value.code?,
            display_name: value.display_name?,
            unit: value.unit?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingUsageDimension>
for BillingUsageDimension {
    fn from(value: crate::types::BillingUsageDimension) -> Self {
        Self {
            code: Ok(value.code),
            display_name: Ok(value.display_name),
            unit: Ok(value.unit),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingUsageDimensionList {
    dimensions: ::std::result::Result<
        ::std::vec::Vec<crate::types::BillingUsageDimension>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BillingUsageDimensionList {
    fn default() -> Self {
        Self {
            dimensions: Err("no value supplied for dimensions".to_string()),
        }
    }
}
impl BillingUsageDimensionList {
    pub fn dimensions<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::BillingUsageDimension>>,
        T::Error: ::std::fmt::Display,
    {
        self.dimensions = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for dimensions: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BillingUsageDimensionList>
for crate::types::BillingUsageDimensionList {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingUsageDimensionList,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            dimensions: value.dimensions?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingUsageDimensionList>
for BillingUsageDimensionList {
    fn from(value: crate::types::BillingUsageDimensionList) -> Self {
        Self {
            dimensions: Ok(value.dimensions),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingUsageEntry {
    action_code: ::std::result::Result<::std::string::String, ::std::string::String>,
    bucket: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    delta_microcredits: ::std::result::Result<i64, ::std::string::String>,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    occurred_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    project_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    quantity: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
    run_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    workflow_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BillingUsageEntry {
    fn default() -> Self {
        Self {
            action_code: Err("no value supplied for action_code".to_string()),
            bucket: Ok(Default::default()),
            delta_microcredits: Err(
                "no value supplied for delta_microcredits".to_string(),
            ),
            id: Err("no value supplied for id".to_string()),
            occurred_at: Err("no value supplied for occurred_at".to_string()),
            project_id: Ok(Default::default()),
            quantity: Ok(Default::default()),
            run_id: Ok(Default::default()),
            workflow_id: Ok(Default::default()),
        }
    }
}
impl BillingUsageEntry {
    pub fn action_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.action_code = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for action_code: {e}")
            });
        self
    }
    pub fn bucket<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.bucket = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for bucket: {e}"));
        self
    }
    pub fn delta_microcredits<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.delta_microcredits = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for delta_microcredits: {e}")
            });
        self
    }
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }
    pub fn occurred_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        T::Error: ::std::fmt::Display,
    {
        self.occurred_at = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for occurred_at: {e}")
            });
        self
    }
    pub fn project_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.project_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for project_id: {e}"));
        self
    }
    pub fn quantity<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<f64>>,
        T::Error: ::std::fmt::Display,
    {
        self.quantity = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for quantity: {e}"));
        self
    }
    pub fn run_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.run_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_id: {e}"));
        self
    }
    pub fn workflow_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.workflow_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for workflow_id: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<BillingUsageEntry> for crate::types::BillingUsageEntry {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingUsageEntry,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            action_code: value.action_code?,
            bucket: value.bucket?,
            delta_microcredits: value.delta_microcredits?,
            id: value.id?,
            occurred_at: value.occurred_at?,
            project_id: value.project_id?,
            quantity: value.quantity?,
            run_id: value.run_id?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingUsageEntry> for BillingUsageEntry {
    fn from(value: crate::types::BillingUsageEntry) -> Self {
        Self {
            action_code: Ok(value.action_code),
            bucket: Ok(value.bucket),
            delta_microcredits: Ok(value.delta_microcredits),
            id: Ok(value.id),
            occurred_at: Ok(value.occurred_at),
            project_id: Ok(value.project_id),
            quantity: Ok(value.quantity),
            run_id: Ok(value.run_id),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct BillingUsageEntryPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::BillingUsageEntry>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for BillingUsageEntryPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl BillingUsageEntryPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::BillingUsageEntry>>,
        T::Error: ::std::fmt::Display,
    {
        self.items = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for items: {e}"));
        self
    }
    pub fn next_page<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.next_page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for next_page: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<BillingUsageEntryPage>
for crate::types::BillingUsageEntryPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: BillingUsageEntryPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::BillingUsageEntryPage>
for BillingUsageEntryPage {
    fn from(value: crate::types::BillingUsageEntryPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
