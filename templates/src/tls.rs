//! The TLS backend. With the default `rustls` feature, rustls uses the ring provider, which
//! builds with a C compiler alone (aws-lc-rs, reqwest's own default, may need cmake).

/// Makes ring the process's rustls provider unless the application installed one first (then
/// its choice is kept: reqwest uses the process default when there is one).
#[cfg(all(feature = "rustls", not(feature = "rustls-aws-lc")))]
pub(crate) fn install_provider() {
    use rustls::crypto::CryptoProvider;
    if CryptoProvider::get_default().is_none() {
        // Losing a race to another installer is fine: a provider is installed either way.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

/// Nothing to install: the backend brings its own provider.
#[cfg(not(all(feature = "rustls", not(feature = "rustls-aws-lc"))))]
pub(crate) fn install_provider() {}
