// @generated struct builders of the `pats` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct Pat {
    created_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    display_name: ::std::result::Result<::std::string::String, ::std::string::String>,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    scopes: ::std::result::Result<
        ::std::vec::Vec<crate::types::PatScope>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for Pat {
    fn default() -> Self {
        Self {
            created_at: Err("no value supplied for created_at".to_string()),
            display_name: Err("no value supplied for display_name".to_string()),
            id: Err("no value supplied for id".to_string()),
            scopes: Err("no value supplied for scopes".to_string()),
        }
    }
}
impl Pat {
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
    pub fn display_name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.display_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for display_name: {e}")
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
    pub fn scopes<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::PatScope>>,
        T::Error: ::std::fmt::Display,
    {
        self.scopes = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for scopes: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<Pat> for crate::types::Pat {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: Pat,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            display_name: value.display_name?,
            id: value.id?,
            scopes: value.scopes?,
        })
    }
}
impl ::std::convert::From<crate::types::Pat> for Pat {
    fn from(value: crate::types::Pat) -> Self {
        Self {
            created_at: Ok(value.created_at),
            display_name: Ok(value.display_name),
            id: Ok(value.id),
            scopes: Ok(value.scopes),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PatCreate {
    display_name: ::std::result::Result<::std::string::String, ::std::string::String>,
    scopes: ::std::result::Result<
        ::std::vec::Vec<crate::types::PatScope>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PatCreate {
    fn default() -> Self {
        Self {
            display_name: Err("no value supplied for display_name".to_string()),
            scopes: Err("no value supplied for scopes".to_string()),
        }
    }
}
impl PatCreate {
    pub fn display_name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.display_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for display_name: {e}")
            });
        self
    }
    pub fn scopes<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::PatScope>>,
        T::Error: ::std::fmt::Display,
    {
        self.scopes = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for scopes: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PatCreate> for crate::types::PatCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PatCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            display_name: value.display_name?,
            scopes: value.scopes?,
        })
    }
}
impl ::std::convert::From<crate::types::PatCreate> for PatCreate {
    fn from(value: crate::types::PatCreate) -> Self {
        Self {
            display_name: Ok(value.display_name),
            scopes: Ok(value.scopes),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PatCreated {
    created_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    display_name: ::std::result::Result<::std::string::String, ::std::string::String>,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    scopes: ::std::result::Result<
        ::std::vec::Vec<crate::types::PatScope>,
        ::std::string::String,
    >,
    token: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for PatCreated {
    fn default() -> Self {
        Self {
            created_at: Err("no value supplied for created_at".to_string()),
            display_name: Err("no value supplied for display_name".to_string()),
            id: Err("no value supplied for id".to_string()),
            scopes: Err("no value supplied for scopes".to_string()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl PatCreated {
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
    pub fn display_name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.display_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for display_name: {e}")
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
    pub fn scopes<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::PatScope>>,
        T::Error: ::std::fmt::Display,
    {
        self.scopes = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for scopes: {e}"));
        self
    }
    pub fn token<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.token = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for token: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PatCreated> for crate::types::PatCreated {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PatCreated,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            display_name: value.display_name?,
            id: value.id?,
            scopes: value.scopes?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<crate::types::PatCreated> for PatCreated {
    fn from(value: crate::types::PatCreated) -> Self {
        Self {
            created_at: Ok(value.created_at),
            display_name: Ok(value.display_name),
            id: Ok(value.id),
            scopes: Ok(value.scopes),
            token: Ok(value.token),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PatPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::Pat>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PatPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl PatPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::Pat>>,
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
impl ::std::convert::TryFrom<PatPage> for crate::types::PatPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PatPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::PatPage> for PatPage {
    fn from(value: crate::types::PatPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PatToken {
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    token: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for PatToken {
    fn default() -> Self {
        Self {
            id: Err("no value supplied for id".to_string()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl PatToken {
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
    pub fn token<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.token = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for token: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PatToken> for crate::types::PatToken {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PatToken,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            id: value.id?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<crate::types::PatToken> for PatToken {
    fn from(value: crate::types::PatToken) -> Self {
        Self {
            id: Ok(value.id),
            token: Ok(value.token),
        }
    }
}
