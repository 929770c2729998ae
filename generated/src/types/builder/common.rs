// @generated struct builders of the `common` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct Error {
    code: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    details: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    error: ::std::result::Result<::std::string::String, ::std::string::String>,
    request_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    violations: ::std::result::Result<
        ::std::vec::Vec<crate::types::FieldViolation>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for Error {
    fn default() -> Self {
        Self {
            code: Ok(Default::default()),
            details: Ok(Default::default()),
            error: Err("no value supplied for error".to_string()),
            request_id: Ok(Default::default()),
            violations: Ok(Default::default()),
        }
    }
}
impl Error {
    pub fn code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for code: {e}"));
        self
    }
    pub fn details<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.details = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for details: {e}"));
        self
    }
    pub fn error<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.error = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for error: {e}"));
        self
    }
    pub fn request_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.request_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for request_id: {e}"));
        self
    }
    pub fn violations<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::FieldViolation>>,
        T::Error: ::std::fmt::Display,
    {
        self.violations = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for violations: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<Error> for crate::types::Error {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: Error,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            code: value.code?,
            details: value.details?,
            error: value.error?,
            request_id: value.request_id?,
            violations: value.violations?,
        })
    }
}
impl ::std::convert::From<crate::types::Error> for Error {
    fn from(value: crate::types::Error) -> Self {
        Self {
            code: Ok(value.code),
            details: Ok(value.details),
            error: Ok(value.error),
            request_id: Ok(value.request_id),
            violations: Ok(value.violations),
        }
    }
}
#[derive(Clone, Debug)]
pub struct FieldViolation {
    code: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    field: ::std::result::Result<::std::string::String, ::std::string::String>,
    message: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for FieldViolation {
    fn default() -> Self {
        Self {
            code: Ok(Default::default()),
            field: Err("no value supplied for field".to_string()),
            message: Err("no value supplied for message".to_string()),
        }
    }
}
impl FieldViolation {
    pub fn code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for code: {e}"));
        self
    }
    pub fn field<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.field = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for field: {e}"));
        self
    }
    pub fn message<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.message = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for message: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<FieldViolation> for crate::types::FieldViolation {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: FieldViolation,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            code: value.code?,
            field: value.field?,
            message: value.message?,
        })
    }
}
impl ::std::convert::From<crate::types::FieldViolation> for FieldViolation {
    fn from(value: crate::types::FieldViolation) -> Self {
        Self {
            code: Ok(value.code),
            field: Ok(value.field),
            message: Ok(value.message),
        }
    }
}
