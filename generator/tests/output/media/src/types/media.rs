// @generated types of the `media` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/media/openapi.yaml (sha256 b3891f4b4204dd3d8c65100af7ae9aa3a01107f1a87d1964bdf8f90fd4abf5da), OpenAPI 3.1.0, API version 1.0.
// Regenerate: cargo xtask regen --spec fixtures/media/openapi.yaml --out DIR

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// The `Location` object (the spec does not describe it).
#[cfg(feature = "media")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Location {
    /// `lat` (the spec does not describe it).
    pub lat: f64,
    /// `lon` (the spec does not describe it).
    pub lon: f64,
}

#[cfg(feature = "media")]
impl Location {
    /// A `Location` with its required fields; the optional ones are set with the chained setters.
    ///
    /// - `lat`
    /// - `lon`
    pub fn new(
        lat: impl ::std::convert::Into<f64>,
        lon: impl ::std::convert::Into<f64>,
    ) -> Self {
        Self {
            lat: lat.into(),
            lon: lon.into(),
        }
    }
}

/// The `PatchPhotoBody` object (the spec does not describe it).
#[cfg(feature = "media")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PatchPhotoBody {
    /// `title` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "media")]
impl PatchPhotoBody {
    /// A `PatchPhotoBody` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            title: ::std::option::Option::None,
        }
    }

    /// Sets `title`.
    pub fn title(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.title = ::std::option::Option::Some(value.into());
        self
    }
}

/// The `Photo` object (the spec does not describe it).
#[cfg(feature = "media")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Photo {
    /// `id` (the spec does not describe it).
    pub id: ::std::string::String,
    /// `title` (the spec does not describe it).
    pub title: ::std::string::String,
}

/// The `SearchPhotosBody` object (the spec does not describe it).
#[cfg(feature = "media")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SearchPhotosBody {
    /// `limit` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    /// `query` (the spec does not describe it).
    pub query: ::std::string::String,
}

#[cfg(feature = "media")]
impl SearchPhotosBody {
    /// A `SearchPhotosBody` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `query`
    pub fn new(query: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            limit: ::std::option::Option::None,
            query: query.into(),
        }
    }

    /// Sets `limit`.
    pub fn limit(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.limit = ::std::option::Option::Some(value.into());
        self
    }
}

/// The `UploadPhotoBody` object (the spec does not describe it).
#[cfg(feature = "media")]
#[derive(Clone, Debug)]
pub struct UploadPhotoBody {
    /// `featured` (the spec does not describe it).
    pub featured: ::std::option::Option<bool>,
    /// `location`: [`Location`]. `Location`
    pub location: ::std::option::Option<Location>,
    /// The image itself.
    pub photo: crate::FilePart,
    /// `rating` (the spec does not describe it).
    pub rating: ::std::option::Option<i64>,
    /// `scans` (the spec does not describe it).
    pub scans: ::std::vec::Vec<crate::FilePart>,
    /// `tags` (the spec does not describe it).
    pub tags: ::std::vec::Vec<::std::string::String>,
    /// A small preview, sent as PNG.
    pub thumbnail: ::std::option::Option<crate::FilePart>,
    /// `title` (the spec does not describe it).
    pub title: ::std::string::String,
    /// `upload_key` (the spec does not describe it).
    pub upload_key: ::std::option::Option<crate::Secret>,
}

#[cfg(feature = "media")]
impl UploadPhotoBody {
    /// The `multipart/form-data` body: one part per field that is set.
    pub(crate) fn into_multipart(self) -> crate::multipart::Form {
        crate::multipart::Form::new()
            .file("photo", self.photo, ::std::option::Option::None)
            .files("thumbnail", self.thumbnail, ::std::option::Option::Some("image/png"))
            .value("title", &self.title, ::std::option::Option::None)
            .value("rating", &self.rating, ::std::option::Option::None)
            .value("featured", &self.featured, ::std::option::Option::None)
            .value("tags", &self.tags, ::std::option::Option::None)
            .value("location", &self.location, ::std::option::Option::None)
            .files("scans", self.scans, ::std::option::Option::None)
            .value("upload_key", &self.upload_key, ::std::option::Option::None)
    }
}

#[cfg(feature = "media")]
impl UploadPhotoBody {
    /// A `UploadPhotoBody` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `photo`: The image itself.
    /// - `title`
    pub fn new(
        photo: impl ::std::convert::Into<crate::FilePart>,
        title: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            featured: ::std::option::Option::None,
            location: ::std::option::Option::None,
            photo: photo.into(),
            rating: ::std::option::Option::None,
            scans: ::std::default::Default::default(),
            tags: ::std::default::Default::default(),
            thumbnail: ::std::option::Option::None,
            title: title.into(),
            upload_key: ::std::option::Option::None,
        }
    }

    /// Sets `featured`.
    pub fn featured(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.featured = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `location`.
    pub fn location(mut self, value: impl ::std::convert::Into<Location>) -> Self {
        self.location = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `rating`.
    pub fn rating(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.rating = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `scans`.
    pub fn scans(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<crate::FilePart>,
        >,
    ) -> Self {
        self.scans = value.into_iter().map(::std::convert::Into::into).collect();
        self
    }

    /// Sets `tags`.
    pub fn tags(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.tags = value.into_iter().map(::std::convert::Into::into).collect();
        self
    }

    /// Sets `thumbnail`: A small preview, sent as PNG.
    pub fn thumbnail(
        mut self,
        value: impl ::std::convert::Into<crate::FilePart>,
    ) -> Self {
        self.thumbnail = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `upload_key`.
    pub fn upload_key(
        mut self,
        value: impl ::std::convert::Into<crate::Secret>,
    ) -> Self {
        self.upload_key = ::std::option::Option::Some(value.into());
        self
    }
}
