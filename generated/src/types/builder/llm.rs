// @generated struct builders of the `llm` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct LlmCatalog {
    models: ::std::result::Result<
        ::std::vec::Vec<crate::types::LlmCatalogModel>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for LlmCatalog {
    fn default() -> Self {
        Self {
            models: Err("no value supplied for models".to_string()),
        }
    }
}
impl LlmCatalog {
    pub fn models<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::LlmCatalogModel>>,
        T::Error: ::std::fmt::Display,
    {
        self.models = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for models: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<LlmCatalog> for crate::types::LlmCatalog {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: LlmCatalog,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { models: value.models? })
    }
}
impl ::std::convert::From<crate::types::LlmCatalog> for LlmCatalog {
    fn from(value: crate::types::LlmCatalog) -> Self {
        Self { models: Ok(value.models) }
    }
}
#[derive(Clone, Debug)]
pub struct LlmCatalogModel {
    display_name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    key_source: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    model: ::std::result::Result<::std::string::String, ::std::string::String>,
    model_ref: ::std::result::Result<::std::string::String, ::std::string::String>,
    provider: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for LlmCatalogModel {
    fn default() -> Self {
        Self {
            display_name: Ok(Default::default()),
            key_source: Ok(Default::default()),
            model: Err("no value supplied for model".to_string()),
            model_ref: Err("no value supplied for model_ref".to_string()),
            provider: Err("no value supplied for provider".to_string()),
        }
    }
}
impl LlmCatalogModel {
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
    pub fn key_source<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.key_source = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for key_source: {e}"));
        self
    }
    pub fn model<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.model = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for model: {e}"));
        self
    }
    pub fn model_ref<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.model_ref = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for model_ref: {e}"));
        self
    }
    pub fn provider<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.provider = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for provider: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<LlmCatalogModel> for crate::types::LlmCatalogModel {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: LlmCatalogModel,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            display_name: value.display_name?,
            key_source: value.key_source?,
            model: value.model?,
            model_ref: value.model_ref?,
            provider: value.provider?,
        })
    }
}
impl ::std::convert::From<crate::types::LlmCatalogModel> for LlmCatalogModel {
    fn from(value: crate::types::LlmCatalogModel) -> Self {
        Self {
            display_name: Ok(value.display_name),
            key_source: Ok(value.key_source),
            model: Ok(value.model),
            model_ref: Ok(value.model_ref),
            provider: Ok(value.provider),
        }
    }
}
#[derive(Clone, Debug)]
pub struct LlmResolution {
    key_source: ::std::result::Result<::std::string::String, ::std::string::String>,
    llm_credential_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    model: ::std::result::Result<::std::string::String, ::std::string::String>,
    model_ref: ::std::result::Result<::std::string::String, ::std::string::String>,
    provider: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for LlmResolution {
    fn default() -> Self {
        Self {
            key_source: Err("no value supplied for key_source".to_string()),
            llm_credential_id: Ok(Default::default()),
            model: Err("no value supplied for model".to_string()),
            model_ref: Err("no value supplied for model_ref".to_string()),
            provider: Err("no value supplied for provider".to_string()),
        }
    }
}
impl LlmResolution {
    pub fn key_source<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.key_source = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for key_source: {e}"));
        self
    }
    pub fn llm_credential_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.llm_credential_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for llm_credential_id: {e}")
            });
        self
    }
    pub fn model<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.model = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for model: {e}"));
        self
    }
    pub fn model_ref<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.model_ref = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for model_ref: {e}"));
        self
    }
    pub fn provider<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.provider = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for provider: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<LlmResolution> for crate::types::LlmResolution {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: LlmResolution,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            key_source: value.key_source?,
            llm_credential_id: value.llm_credential_id?,
            model: value.model?,
            model_ref: value.model_ref?,
            provider: value.provider?,
        })
    }
}
impl ::std::convert::From<crate::types::LlmResolution> for LlmResolution {
    fn from(value: crate::types::LlmResolution) -> Self {
        Self {
            key_source: Ok(value.key_source),
            llm_credential_id: Ok(value.llm_credential_id),
            model: Ok(value.model),
            model_ref: Ok(value.model_ref),
            provider: Ok(value.provider),
        }
    }
}
#[derive(Clone, Debug)]
pub struct LlmResolveRequest {
    llm_credential_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    model_ref: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for LlmResolveRequest {
    fn default() -> Self {
        Self {
            llm_credential_id: Ok(Default::default()),
            model_ref: Err("no value supplied for model_ref".to_string()),
        }
    }
}
impl LlmResolveRequest {
    pub fn llm_credential_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.llm_credential_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for llm_credential_id: {e}")
            });
        self
    }
    pub fn model_ref<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.model_ref = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for model_ref: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<LlmResolveRequest> for crate::types::LlmResolveRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: LlmResolveRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            llm_credential_id: value.llm_credential_id?,
            model_ref: value.model_ref?,
        })
    }
}
impl ::std::convert::From<crate::types::LlmResolveRequest> for LlmResolveRequest {
    fn from(value: crate::types::LlmResolveRequest) -> Self {
        Self {
            llm_credential_id: Ok(value.llm_credential_id),
            model_ref: Ok(value.model_ref),
        }
    }
}
