//! Memory of a call whose success body is far larger than any real response: a 200 MB
//! `get_workflow` body, sent once with `Content-Length` and once chunked, against the default
//! response-size limit (32 MiB) and with the limit lifted. Prints the growth of the process's
//! peak resident set (`VmHWM`) per case; the server streams the body from a 64 KiB buffer, so
//! the figures are the client's.
//!
//! Run: `cargo bench -p agentruntime-tests --bench memory` (Linux: reads /proc/self/status).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};

use agentruntime::Client;

const BODY: usize = 200 * 1024 * 1024;

/// Peak resident set of this process, in MiB.
fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

/// Answers every connection with a JSON object whose `name` is `BODY` bytes of `x`.
fn serve(listener: TcpListener) {
    for stream in listener.incoming().flatten() {
        std::thread::spawn(move || answer(stream));
    }
}

fn answer(mut stream: TcpStream) {
    let mut head = [0u8; 4096];
    let Ok(n) = stream.read(&mut head) else {
        return;
    };
    let chunked = String::from_utf8_lossy(&head[..n]).contains("/chunked");
    let prefix = br#"{"id":"wf","name":""#;
    let suffix = br#"","tenant_id":"t","project_id":"p","status":"draft","created_at":"2026-06-06T12:00:00Z","updated_at":"2026-06-06T12:00:00Z"}"#;
    let total = prefix.len() + BODY + suffix.len();
    let header = if chunked {
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
            .to_owned()
    } else {
        format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {total}\r\n\r\n"
        )
    };
    if stream.write_all(header.as_bytes()).is_err() {
        return;
    }
    let filler = vec![b'x'; 64 * 1024];
    let mut write = |bytes: &[u8]| -> std::io::Result<()> {
        if chunked {
            write!(stream, "{:x}\r\n", bytes.len())?;
            stream.write_all(bytes)?;
            stream.write_all(b"\r\n")
        } else {
            stream.write_all(bytes)
        }
    };
    let mut send = || -> std::io::Result<()> {
        write(prefix)?;
        let mut left = BODY;
        while left > 0 {
            let n = left.min(filler.len());
            write(&filler[..n])?;
            left -= n;
        }
        write(suffix)?;
        Ok(())
    };
    if send().is_ok() && chunked {
        let _ = stream.write_all(b"0\r\n\r\n");
    }
}

fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || serve(listener));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    println!(
        "a {} MiB success body, peak RSS growth of the client process:",
        BODY >> 20
    );
    // Limited cases first: the peak only grows, so the unlimited case must come last.
    for (label, limit, path) in [
        (
            "default limit (32 MiB), Content-Length",
            Some(agentruntime::DEFAULT_MAX_RESPONSE_SIZE),
            "wf",
        ),
        (
            "default limit (32 MiB), chunked",
            Some(agentruntime::DEFAULT_MAX_RESPONSE_SIZE),
            "chunked",
        ),
        ("no limit, Content-Length", None, "wf"),
    ] {
        let client = Client::builder()
            .base_url(&url)
            .tenant("t")
            .project("p")
            .max_response_size(limit)
            .build()
            .unwrap();
        let before = peak_mib();
        let outcome = runtime.block_on(client.get_workflow(path).send());
        let after = peak_mib();
        let verdict = match outcome {
            Ok(_) => "decoded".to_owned(),
            Err(e) => format!("{:?}", e.kind()),
        };
        println!("  {label:<42} +{:>6.1} MiB  ({verdict})", after - before);
    }
}
