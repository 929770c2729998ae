//! Signing and verifying webhook bodies: the `X-Agentruntime-Signature` scheme of inbound webhook
//! ingress (`trigger_inbound_webhook`) and of the Embedded Connect partner webhook, which is
//! `sha256=` followed by the lowercase hex HMAC-SHA256 of the raw body bytes, keyed with the
//! signing secret string (`whsec_…`, prefix included).
//!
//! ```
//! use agentruntime::{Secret, webhook_signature, verify_webhook_signature};
//! let secret = Secret::new("whsec_example");
//! let body = br#"{"event":"connection.created"}"#;
//! let header = webhook_signature(&secret, body);
//! assert!(header.starts_with("sha256="));
//! assert!(verify_webhook_signature(&secret, body, &header));
//! assert!(!verify_webhook_signature(&secret, b"tampered", &header));
//! ```

use hmac::{KeyInit, Mac};

use crate::Secret;

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// The `X-Agentruntime-Signature` value for `body`: `sha256=<hex>`. Sign the exact bytes that are
/// sent; serialising the JSON again after signing can change them.
pub fn webhook_signature(secret: &Secret, body: &[u8]) -> String {
    let mut mac = mac(secret);
    mac.update(body);
    let digest = mac.finalize().into_bytes();
    let mut out = String::with_capacity(7 + digest.len() * 2);
    out.push_str("sha256=");
    for byte in digest {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// Whether `header` (an `X-Agentruntime-Signature` value) signs `body` with `secret`. The
/// comparison takes the same time whatever the header holds.
pub fn verify_webhook_signature(secret: &Secret, body: &[u8], header: &str) -> bool {
    let Some(hex) = header.trim().strip_prefix("sha256=") else {
        return false;
    };
    let Some(expected) = decode_hex(hex) else {
        return false;
    };
    let mut mac = mac(secret);
    mac.update(body);
    mac.verify_slice(&expected).is_ok()
}

fn mac(secret: &Secret) -> HmacSha256 {
    // HMAC takes keys of any length.
    <HmacSha256 as KeyInit>::new_from_slice(secret.expose_secret().as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of every length"))
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_a_known_hmac_sha256() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        let secret = Secret::new("Jefe");
        assert_eq!(
            webhook_signature(&secret, b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn verification_rejects_what_does_not_match() {
        let secret = Secret::new("whsec_test");
        let header = webhook_signature(&secret, b"{}");
        assert!(verify_webhook_signature(&secret, b"{}", &header));
        assert!(verify_webhook_signature(
            &secret,
            b"{}",
            &header.to_uppercase().replace("SHA256=", "sha256=")
        ));
        assert!(!verify_webhook_signature(
            &Secret::new("whsec_other"),
            b"{}",
            &header
        ));
        assert!(!verify_webhook_signature(&secret, b"{} ", &header));
        assert!(!verify_webhook_signature(&secret, b"{}", "sha256=zz"));
        assert!(!verify_webhook_signature(
            &secret,
            b"{}",
            header.trim_start_matches("sha256=")
        ));
    }
}
