//! Redaction of recorded bodies (and of the values drift lines quote).
//!
//! A recorded body must be safe to commit and still decode with the SDK's types, so redaction
//! keeps the JSON shape and every value's type: only strings change, and a redacted string stays
//! a string.
//!
//! - A string under a key that looks secret (`token`, `secret`, `password`, `api_key`/`apikey`,
//!   `key`, `cookie`, `authorization`, `signature`, `credential`, `client_secret`, ...) becomes
//!   `"[REDACTED]"`, and so does every string nested under such a key. Keys that only describe a
//!   secret (`token_type`, `key_id`, `password_updated_at`, `secret_name`) are kept.
//! - Any string that starts with `pat_`, `ar_pat_` or `Bearer `, or is shaped like a JWT
//!   (`eyJ…` in three base64url parts), becomes `"[REDACTED]"`.
//! - E-mail addresses become `user@example.com` (inside longer text too).

use serde_json::Value;

/// What secret strings are replaced with.
pub const REDACTED: &str = "[REDACTED]";

/// What e-mail addresses are replaced with.
pub const EMAIL: &str = "user@example.com";

/// Last words of a key that describe a secret rather than hold it.
const DESCRIBES: [&str; 28] = [
    "id",
    "ids",
    "type",
    "kind",
    "at",
    "status",
    "name",
    "names",
    "prefix",
    "hint",
    "last4",
    "scope",
    "scopes",
    "url",
    "uri",
    "header",
    "format",
    "mode",
    "provider",
    "version",
    "method",
    "algorithm",
    "count",
    "label",
    "source",
    "expires",
    "expiry",
    "expiration",
];

/// Redacts a whole body in place.
pub fn redact(value: &mut Value) {
    redact_under(value, None);
}

/// Redacts `value`, which sits under `key` (`None` at the top of a body).
pub fn redact_under(value: &mut Value, key: Option<&str>) {
    walk(value, key.is_some_and(is_secret_key));
}

fn walk(value: &mut Value, secret: bool) {
    match value {
        Value::String(text) => {
            if secret {
                *text = REDACTED.to_owned();
            } else if let Some(replacement) = redact_text(text) {
                *text = replacement;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| walk(item, secret)),
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                walk(child, secret || is_secret_key(key));
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// Whether a value under this key is a secret (`api_key`, `clientSecret`, `Set-Cookie`).
pub fn is_secret_key(key: &str) -> bool {
    let words = words(key);
    let Some(last) = words.last() else {
        return false;
    };
    if words.len() > 1 && DESCRIBES.contains(&last.as_str()) {
        return false;
    }
    let joined: String = words.concat();
    [
        "token",
        "secret",
        "password",
        "passwd",
        "passphrase",
        "apikey",
        "privatekey",
        "accesskey",
        "cookie",
        "authorization",
        "signature",
        "credential",
    ]
    .iter()
    .any(|needle| joined.contains(needle))
        || words.iter().any(|w| w == "key" || w == "keys")
}

/// A key's words, lower-cased: `clientSecret` → `client`, `secret`; `X-Api-Key` → `x`, `api`,
/// `key`; `runID` → `run`, `id`.
fn words(key: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut previous: Option<char> = None;
    for c in key.chars() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            previous = None;
            continue;
        }
        let boundary =
            c.is_uppercase() && previous.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit());
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.extend(c.to_lowercase());
        previous = Some(c);
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// The replacement of a string that is secret by its shape, or that contains e-mail addresses.
fn redact_text(text: &str) -> Option<String> {
    if looks_secret(text) {
        return Some(REDACTED.to_owned());
    }
    replace_emails(text)
}

/// A PAT, a bearer credential, or a JWT.
pub fn looks_secret(text: &str) -> bool {
    let lower_start: String = text
        .chars()
        .take(7)
        .collect::<String>()
        .to_ascii_lowercase();
    text.starts_with("pat_")
        || text.starts_with("ar_pat_")
        || lower_start == "bearer "
        || is_jwt(text)
}

fn is_jwt(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    parts.len() == 3
        && text.starts_with("eyJ")
        && parts.iter().all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'=')
        })
}

/// `text` with every e-mail address replaced by [`EMAIL`]; `None` when it has none.
fn replace_emails(text: &str) -> Option<String> {
    if !text.contains('@') {
        return None;
    }
    let local = |c: char| c.is_ascii_alphanumeric() || "._%+-'".contains(c);
    let domain = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-';
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut start = 0; // chars[..start] are already in `out`
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '@' {
            i += 1;
            continue;
        }
        let mut left = i;
        while left > start && local(chars[left - 1]) {
            left -= 1;
        }
        let mut right = i + 1;
        while right < chars.len() && domain(chars[right]) {
            right += 1;
        }
        // A trailing dot ends a sentence, not the domain.
        while right > i + 1 && chars[right - 1] == '.' {
            right -= 1;
        }
        let host: String = chars[i + 1..right].iter().collect();
        let tld_ok = host.rsplit_once('.').is_some_and(|(name, tld)| {
            !name.is_empty() && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic())
        });
        if left < i && tld_ok {
            out.extend(&chars[start..left]);
            out.push_str(EMAIL);
            start = right;
            changed = true;
            i = right;
        } else {
            i += 1;
        }
    }
    out.extend(&chars[start..]);
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn redacted(mut value: Value) -> Value {
        redact(&mut value);
        value
    }

    #[test]
    fn secret_keys() {
        for key in [
            "token",
            "access_token",
            "refreshToken",
            "secret",
            "client_secret",
            "clientSecret",
            "password",
            "new_password",
            "api_key",
            "apiKey",
            "apikey",
            "key",
            "private_key",
            "X-Api-Key",
            "cookie",
            "Set-Cookie",
            "session_cookie",
            "authorization",
            "Authorization",
            "signature",
            "webhook_signature",
            "credential",
            "credentials",
            "signing_secret",
            "keys",
        ] {
            assert!(is_secret_key(key), "{key} should be secret");
        }
        for key in [
            "id",
            "name",
            "token_type",
            "key_id",
            "secret_name",
            "password_updated_at",
            "token_expires_at",
            "credential_type",
            "signature_algorithm",
            "key_source",
            "token_expiry",
            "monkey",
            "keyword",
            "max_tokens_count",
            "description",
            "email",
            "runID",
        ] {
            assert!(!is_secret_key(key), "{key} should not be secret");
        }
    }

    #[test]
    fn values_under_secret_keys_keep_their_type() {
        let body = json!({
            "id": "cred_1",
            "api_key": "sk-live-123",
            "token": {"value": "abc", "expires_in": 3600, "scopes": ["read", "write"], "rotated": true},
            "password": null,
            "max_tokens": 512,
            "signature": ["v1=abc", "v0=def"],
            "token_type": "bearer",
            "token_expires_at": "2026-01-01T00:00:00Z"
        });
        assert_eq!(
            redacted(body),
            json!({
                "id": "cred_1",
                "api_key": "[REDACTED]",
                "token": {"value": "[REDACTED]", "expires_in": 3600, "scopes": ["[REDACTED]", "[REDACTED]"], "rotated": true},
                "password": null,
                "max_tokens": 512,
                "signature": ["[REDACTED]", "[REDACTED]"],
                "token_type": "bearer",
                "token_expires_at": "2026-01-01T00:00:00Z"
            })
        );
    }

    #[test]
    fn emails_anywhere() {
        let body = json!({
            "email": "ada@example.org",
            "members": [{"contact": "Grace.Hopper+ops@navy.mil.us"}, {"note": "write to bob@corp.io or carol@corp.io."}],
            "handle": "@ada",
            "text": "a@b",
            "at": "user at example dot com"
        });
        assert_eq!(
            redacted(body),
            json!({
                "email": "user@example.com",
                "members": [{"contact": "user@example.com"}, {"note": "write to user@example.com or user@example.com."}],
                "handle": "@ada",
                "text": "a@b",
                "at": "user at example dot com"
            })
        );
    }

    #[test]
    fn pats_bearer_and_jwts_by_shape() {
        let jwt =
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        let body = json!({
            "items": [
                {"id": "pat_123", "label": "ci"},
                {"id": "x", "value": "ar_pat_abcdef"},
                {"header": "Bearer abc.def"},
                {"nested": [[jwt, "eyJ-not-a-jwt", "a.b.c"]]}
            ],
            "next_page": null,
            "count": 4
        });
        assert_eq!(
            redacted(body),
            json!({
                "items": [
                    {"id": "[REDACTED]", "label": "ci"},
                    {"id": "x", "value": "[REDACTED]"},
                    {"header": "[REDACTED]"},
                    {"nested": [["[REDACTED]", "eyJ-not-a-jwt", "a.b.c"]]}
                ],
                "next_page": null,
                "count": 4
            })
        );
    }

    #[test]
    fn a_value_under_a_key() {
        let mut value = json!(["abc", 1]);
        redact_under(&mut value, Some("client_secret"));
        assert_eq!(value, json!(["[REDACTED]", 1]));
        let mut value = json!("plain");
        redact_under(&mut value, Some("name"));
        assert_eq!(value, json!("plain"));
    }
}
