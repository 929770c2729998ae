// @generated struct builders of the `surfaces` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct SurfaceActionResult {
    action: ::std::result::Result<::std::string::String, ::std::string::String>,
    result: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    run_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    status: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    workflow_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for SurfaceActionResult {
    fn default() -> Self {
        Self {
            action: Err("no value supplied for action".to_string()),
            result: Ok(Default::default()),
            run_id: Ok(Default::default()),
            status: Ok(Default::default()),
            workflow_id: Ok(Default::default()),
        }
    }
}
impl SurfaceActionResult {
    pub fn action<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.action = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for action: {e}"));
        self
    }
    pub fn result<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.result = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for result: {e}"));
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
impl ::std::convert::TryFrom<SurfaceActionResult> for crate::types::SurfaceActionResult {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: SurfaceActionResult,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            action: value.action?,
            result: value.result?,
            run_id: value.run_id?,
            status: value.status?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::SurfaceActionResult> for SurfaceActionResult {
    fn from(value: crate::types::SurfaceActionResult) -> Self {
        Self {
            action: Ok(value.action),
            result: Ok(value.result),
            run_id: Ok(value.run_id),
            status: Ok(value.status),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct SurfaceActionWorkflowCancel {
    run_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    workflow_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SurfaceActionWorkflowCancel {
    fn default() -> Self {
        Self {
            run_id: Err("no value supplied for run_id".to_string()),
            workflow_id: Err("no value supplied for workflow_id".to_string()),
        }
    }
}
impl SurfaceActionWorkflowCancel {
    pub fn run_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.run_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_id: {e}"));
        self
    }
    pub fn workflow_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
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
impl ::std::convert::TryFrom<SurfaceActionWorkflowCancel>
for crate::types::SurfaceActionWorkflowCancel {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: SurfaceActionWorkflowCancel,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            run_id: value.run_id?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::SurfaceActionWorkflowCancel>
for SurfaceActionWorkflowCancel {
    fn from(value: crate::types::SurfaceActionWorkflowCancel) -> Self {
        Self {
            run_id: Ok(value.run_id),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct SurfaceActionWorkflowOperation {
    operation: ::std::result::Result<::std::string::String, ::std::string::String>,
    params: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    run_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    workflow_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SurfaceActionWorkflowOperation {
    fn default() -> Self {
        Self {
            operation: Err("no value supplied for operation".to_string()),
            params: Ok(Default::default()),
            run_id: Err("no value supplied for run_id".to_string()),
            workflow_id: Err("no value supplied for workflow_id".to_string()),
        }
    }
}
impl SurfaceActionWorkflowOperation {
    pub fn operation<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.operation = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for operation: {e}"));
        self
    }
    pub fn params<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.params = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for params: {e}"));
        self
    }
    pub fn run_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.run_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_id: {e}"));
        self
    }
    pub fn workflow_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
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
impl ::std::convert::TryFrom<SurfaceActionWorkflowOperation>
for crate::types::SurfaceActionWorkflowOperation {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: SurfaceActionWorkflowOperation,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            operation: value.operation?,
            params: value.params?,
            run_id: value.run_id?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::SurfaceActionWorkflowOperation>
for SurfaceActionWorkflowOperation {
    fn from(value: crate::types::SurfaceActionWorkflowOperation) -> Self {
        Self {
            operation: Ok(value.operation),
            params: Ok(value.params),
            run_id: Ok(value.run_id),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct SurfaceActionWorkflowRun {
    params: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    workflow_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for SurfaceActionWorkflowRun {
    fn default() -> Self {
        Self {
            params: Ok(Default::default()),
            workflow_id: Err("no value supplied for workflow_id".to_string()),
        }
    }
}
impl SurfaceActionWorkflowRun {
    pub fn params<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.params = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for params: {e}"));
        self
    }
    pub fn workflow_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
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
impl ::std::convert::TryFrom<SurfaceActionWorkflowRun>
for crate::types::SurfaceActionWorkflowRun {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: SurfaceActionWorkflowRun,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            params: value.params?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::SurfaceActionWorkflowRun>
for SurfaceActionWorkflowRun {
    fn from(value: crate::types::SurfaceActionWorkflowRun) -> Self {
        Self {
            params: Ok(value.params),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
