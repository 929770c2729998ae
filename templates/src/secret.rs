//! Secret values the API sends or receives (PATs, signing secrets, passwords, provider keys):
//! fields the spec marks `format: password` are [`Secret`]s. On the wire they are the plain
//! string; in `Debug` and logs they are `[REDACTED]`.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// A secret string. Read it with [`Secret::expose_secret`]; `Debug` never shows it and it has no
/// `Display`.
#[derive(Clone)]
pub struct Secret(SecretString);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(SecretString::from(value.into()))
    }

    /// The secret itself; keep the borrow short and never log it.
    pub fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([REDACTED])")
    }
}

impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose_secret())
    }
}

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::new)
    }
}

#[cfg(test)]
mod tests {
    use super::Secret;

    #[test]
    fn the_wire_form_is_the_plain_string_and_debug_hides_it() {
        let secret: Secret = serde_json::from_str("\"whsec_abc\"").unwrap();
        assert_eq!(secret.expose_secret(), "whsec_abc");
        assert_eq!(serde_json::to_string(&secret).unwrap(), "\"whsec_abc\"");
        assert_eq!(format!("{secret:?}"), "Secret([REDACTED])");
        assert!(!format!("{:?}", Some(secret)).contains("whsec"));
    }
}
