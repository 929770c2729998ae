//! Prism, the OpenAPI mock server (`@stoplight/prism-cli`), serving `spec/openapi.yaml` on
//! 127.0.0.1 for the contract tests.
//!
//! Prism answers every operation of the spec with the spec's own examples and validates each
//! request against the spec first: a request that breaks it gets a 422 and an `sl-violations`
//! header (a JSON array describing each violation); a response example that breaks its own schema
//! also comes back with that header.
//!
//! The binary is the pinned install `cargo xtask tools` makes (`AGENTRUNTIME_PRISM`, set by
//! `cargo xtask test`, or `.tools/node_modules/.bin/prism` under the workspace root). Prism reads
//! the multi-file spec directly (its `$ref`s into `common.yaml` and `areas/*.yaml` resolve), so
//! no bundling step is needed.

use std::fs::File;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long Prism may take to load the spec and listen (it takes about 2 s).
const READY_TIMEOUT: Duration = Duration::from_secs(60);

/// The response header in which Prism reports request (and response) violations.
pub const VIOLATIONS_HEADER: &str = "sl-violations";

/// A running Prism mock server. Dropping it kills the process (by its PID) and removes its log.
pub struct Prism {
    child: Child,
    addr: SocketAddr,
    log: PathBuf,
}

/// The workspace root (the parent of the `tests` crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives in the workspace")
        .to_owned()
}

/// The root file of the spec.
pub fn spec_path() -> PathBuf {
    workspace_root().join("spec/openapi.yaml")
}

/// The Prism binary: `AGENTRUNTIME_PRISM`, else the pinned install under `.tools/`. Panics, saying
/// how to install it, when neither exists: a contract test never skips silently.
pub fn binary() -> PathBuf {
    let hint = "run `cargo xtask test` (it installs the pinned Prism into .tools/ with npm and \
                runs the tests), or `cargo xtask tools` once before `cargo test`";
    if let Some(path) = std::env::var_os("AGENTRUNTIME_PRISM").filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        assert!(
            path.is_file(),
            "AGENTRUNTIME_PRISM={} does not exist; {hint}",
            path.display()
        );
        return path;
    }
    let path = workspace_root().join(".tools/node_modules/.bin/prism");
    assert!(
        path.is_file(),
        "Prism is not installed (AGENTRUNTIME_PRISM is unset and {} does not exist); {hint}",
        path.display()
    );
    path
}

impl Prism {
    /// Starts `prism mock` (static examples) on a free 127.0.0.1 port and waits until it answers.
    pub fn start() -> Self {
        let binary = binary();
        let spec = spec_path();
        // A port another process grabs between our probe and Prism's bind makes Prism exit;
        // try again on a fresh port then.
        let mut last_failure = String::new();
        for _ in 0..3 {
            let port = free_port();
            let log = std::env::temp_dir().join(format!(
                "agentruntime-prism-{}-{port}.log",
                std::process::id()
            ));
            let out = File::create(&log).expect("create the Prism log file");
            let err = out.try_clone().expect("clone the Prism log handle");
            let child = Command::new(&binary)
                .args(["mock", "--host", "127.0.0.1", "--port"])
                .arg(port.to_string())
                .arg(&spec)
                .current_dir(workspace_root())
                .stdin(Stdio::null())
                .stdout(out)
                .stderr(err)
                .spawn()
                .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
            let mut prism = Self {
                child,
                addr: SocketAddr::from(([127, 0, 0, 1], port)),
                log,
            };
            match prism.wait_ready() {
                Ok(()) => return prism,
                Err(failure) => last_failure = failure,
            }
        }
        panic!("Prism did not start: {last_failure}");
    }

    /// Polls until Prism answers an HTTP request, it exits, or [`READY_TIMEOUT`] passes.
    fn wait_ready(&mut self) -> Result<(), String> {
        let started = Instant::now();
        while started.elapsed() < READY_TIMEOUT {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!(
                    "it exited with {status}; log:\n{}",
                    self.log_tail()
                ));
            }
            if answers_http(self.addr) {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Err(format!(
            "it did not answer on {} within {READY_TIMEOUT:?}; log:\n{}",
            self.addr,
            self.log_tail()
        ))
    }

    /// `http://127.0.0.1:<port>`
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The process id of the running Prism.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether the process is still running (Prism crashes on some malformed requests).
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// The size of the log so far; pass it to [`Prism::log_since`] after a request.
    pub fn log_len(&self) -> u64 {
        std::fs::metadata(&self.log).map_or(0, |m| m.len())
    }

    /// What Prism logged since `offset` (its validator explains a rejected request there).
    pub fn log_since(&self, offset: u64) -> String {
        // Prism's logger writes asynchronously; give it a moment (only failures ask).
        std::thread::sleep(Duration::from_millis(100));
        let bytes = std::fs::read(&self.log).unwrap_or_default();
        let start = usize::try_from(offset).map_or(bytes.len(), |o| o.min(bytes.len()));
        String::from_utf8_lossy(&bytes[start..]).trim().to_owned()
    }

    /// The last lines Prism logged, for failure messages.
    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        // `.bin/prism` is a node script run through its shebang, so the child's PID is node's
        // own and Prism runs in that single process (no `--multiprocess`).
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port on 127.0.0.1")
        .port()
}

/// Whether an HTTP server answers a request on `addr` (any status will do).
fn answers_http(addr: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(200)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let request = format!("GET / HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.")
}

/// The violations Prism reported on a response, if any (the raw `sl-violations` value).
pub fn violations(headers: &http::HeaderMap) -> Option<String> {
    headers
        .get(VIOLATIONS_HEADER)
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
}
