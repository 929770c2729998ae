//! On the wire: the crate generated from `fixtures/media` is compiled into a small program that
//! calls every operation against a loopback HTTP server of its own (hand-rolled, so it sees each
//! request as sent, chunked bodies included) and prints what the server received and what the
//! calls returned. The test asserts the exact `Content-Type` of every body, the parts of the
//! multipart forms (names, file names, content types, bytes), the decoded text responses, and
//! that an in-memory form is retried while a streamed one is sent once.

use std::path::Path;
use std::process::Command;

use agentruntime_generator::{Config, regenerate};
use serde_json::Value;

const PROGRAM: &str = r##"
use std::sync::{Arc, Mutex};

use agentruntime::types::{Location, PatchPhotoBody, SearchPhotosBody, UploadPhotoBody};
use agentruntime::{FilePart, RetryPolicy};
use futures::StreamExt;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

type Seen = Arc<Mutex<Vec<Value>>>;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One request: method, path, headers (names lower case) and body (de-chunked).
async fn read_request(
    reader: &mut BufReader<TcpStream>,
) -> Option<(String, String, Vec<(String, String)>, Vec<u8>)> {
    let mut line = String::new();
    if reader.read_line(&mut line).await.ok()? == 0 {
        return None;
    }
    let mut words = line.split_whitespace();
    let method = words.next()?.to_owned();
    let path = words.next()?.to_owned();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).await.ok()?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':')?;
        headers.push((name.to_ascii_lowercase(), value.trim().to_owned()));
    }
    let header = |name: &str| headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    let mut body = Vec::new();
    if let Some(length) = header("content-length") {
        body.resize(length.parse().ok()?, 0);
        reader.read_exact(&mut body).await.ok()?;
    } else if header("transfer-encoding").as_deref() == Some("chunked") {
        loop {
            let mut size = String::new();
            reader.read_line(&mut size).await.ok()?;
            let size = usize::from_str_radix(size.trim(), 16).ok()?;
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk).await.ok()?;
            if size == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    }
    Some((method, path, headers, body))
}

/// What the server answers: status, content type, body.
fn answer(method: &str, path: &str, body: &[u8], earlier: usize) -> (u16, &'static str, Vec<u8>) {
    let photo = br#"{"id":"p1","title":"Mars"}"#.to_vec();
    match (method, path) {
        ("PUT", "/v1/albums/retry/photos") if earlier == 0 => (503, "text/plain", b"busy".to_vec()),
        ("PUT", "/v1/albums/stream/photos") => (503, "text/plain", b"busy".to_vec()),
        ("PUT", p) if p.ends_with("/photos") => (200, "application/json", photo),
        ("PUT", "/v1/albums/a1/raw") => (204, "text/plain", Vec::new()),
        ("POST", "/v1/notes") => (200, "text/markdown; charset=utf-8", b"# Stored\n\nh\xc3\xa9llo".to_vec()),
        ("POST", "/v1/sessions") => (201, "application/jwt", b"session.jwt.token".to_vec()),
        ("POST", "/v1/transactions") if body == b"bad" => (202, "application/xml", vec![b'<', 0xff, b'>']),
        ("POST", "/v1/transactions") => (202, "application/xml", br#"<receipt id="1"/>"#.to_vec()),
        ("POST", "/v1/search") => (200, "application/json", b"[]".to_vec()),
        ("PATCH", "/v1/photos/p1") => (200, "application/json", photo),
        ("GET", "/v1/photos/p1/image") => (200, "image/jpeg", vec![0xff, 0xd8, 0xff, 0xe0]),
        _ => (404, "text/plain", b"no such route".to_vec()),
    }
}

async fn serve(stream: TcpStream, seen: Seen) {
    let mut reader = BufReader::new(stream);
    while let Some((method, path, headers, body)) = read_request(&mut reader).await {
        let earlier = {
            let mut seen = seen.lock().unwrap();
            let earlier = seen.iter().filter(|r| r["method"] == method && r["path"] == path).count();
            let content_types: Vec<&String> =
                headers.iter().filter(|(n, _)| n == "content-type").map(|(_, v)| v).collect();
            seen.push(json!({
                "method": method, "path": path, "content_type": content_types,
                "chunked": headers.iter().any(|(n, v)| n == "transfer-encoding" && v == "chunked"),
                "body": hex(&body),
            }));
            earlier
        };
        let (status, content_type, reply) = answer(&method, &path, &body, earlier);
        let head = format!(
            "HTTP/1.1 {status} X\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\r\n",
            reply.len()
        );
        let stream = reader.get_mut();
        if stream.write_all(head.as_bytes()).await.is_err() || stream.write_all(&reply).await.is_err() {
            return;
        }
    }
}

fn photo_body(file: FilePart) -> UploadPhotoBody {
    UploadPhotoBody::new(file, "Mars")
        .rating(5)
        .featured(true)
        .tags(["red", "planet"])
        .location(Location::new(1.5, -2.0))
        .thumbnail(FilePart::bytes(b"PNG".to_vec()))
        .scans([FilePart::bytes("scan one").file_name("1.txt"), FilePart::bytes("scan two")])
        .upload_key("k3y-s3cret")
}

fn outcome<T>(result: Result<agentruntime::Response<T>, agentruntime::Error>, show: impl Fn(T) -> Value) -> Value {
    match result {
        Ok(response) => json!({"status": response.status().as_u16(), "body": show(response.into_inner())}),
        Err(error) => json!({
            "error": format!("{:?}", error.kind()),
            "status": error.status().map(|s| s.as_u16()),
            "operation": error.operation(),
            "message": error.to_string(),
        }),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let seen: Seen = Arc::default();
    let server_seen = seen.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(serve(stream, server_seen.clone()));
        }
    });
    let client: agentruntime::Client = agentruntime::Client::builder()
        .base_url(format!("http://{addr}"))
        .retry(RetryPolicy::default().initial_backoff(std::time::Duration::from_millis(1)))
        .build()
        .unwrap();
    let photo = |p: agentruntime::types::Photo| json!(p.title);
    let text = |t: String| json!(t);
    let mut results = serde_json::Map::new();

    let form = photo_body(FilePart::bytes(vec![0xff, 0xd8, 0xff]).file_name("mars.jpg"));
    results.insert("form_debug".into(), json!(format!("{form:?}")));
    results.insert("upload_photo".into(), outcome(client.upload_photo("a1", form).send().await, photo));
    let retried = photo_body(FilePart::bytes(vec![1, 2, 3]));
    results.insert("retried".into(), outcome(client.upload_photo("retry", retried).send().await, photo));
    let chunks = futures::stream::iter([Ok::<_, std::io::Error>(b"streamed ".to_vec()), Ok(b"bytes".to_vec())]);
    let streamed = photo_body(FilePart::stream(chunks).file_name("live.bin"));
    results.insert("streamed".into(), outcome(client.upload_photo("stream", streamed).send().await, photo));
    results.insert("upload_raw".into(), outcome(client.upload_raw("a1", b"\x00\x01raw".to_vec()).send().await, |()| Value::Null));
    results.insert("add_note".into(), outcome(client.add_note("a note").send().await, text));
    results.insert("exchange_token".into(), outcome(client.exchange_token("eyJ.signed.jwt").send().await, text));
    results.insert("submit_transaction".into(), outcome(client.submit_transaction(vec![0xa1, 0x01, 0x02]).send().await, text));
    results.insert("bad_text".into(), outcome(client.submit_transaction(b"bad".to_vec()).send().await, text));
    let search = SearchPhotosBody::new("red planet").limit(3);
    results.insert("search_photos".into(), outcome(client.search_photos(search).send().await, |l| json!(l.len())));
    let patch = PatchPhotoBody::new().title("New");
    results.insert("patch_photo".into(), outcome(client.patch_photo("p1", patch).send().await, photo));
    let image = client.download_photo("p1").send().await.unwrap().into_inner();
    let bytes: Vec<u8> = image.into_inner().collect::<Vec<_>>().await.into_iter().flat_map(|c| c.unwrap().to_vec()).collect();
    results.insert("download_photo".into(), json!(hex(&bytes)));

    let requests = seen.lock().unwrap().clone();
    println!("{}", json!({"results": results, "requests": requests}));
}
"##;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Generates the media fixture, builds the program against it and returns what it printed.
fn run_program() -> Value {
    let out = tempfile::tempdir().unwrap();
    let krate = out.path().join("media");
    let config = Config {
        spec: root().join("tests/fixtures/media/openapi.yaml"),
        spec_display: "media/openapi.yaml".to_owned(),
        templates: root().join("../templates"),
        runtime_path: root().join("../templates").display().to_string(),
        command: "cargo xtask regen --spec SPEC --out DIR".to_owned(),
        crate_name: "agentruntime".to_owned(),
        crate_version: "0.0.0".to_owned(),
        standalone: true,
        strict: false,
    };
    regenerate(&config, &krate).expect("the media fixture generates");
    let program = out.path().join("wire");
    std::fs::create_dir_all(program.join("src")).unwrap();
    std::fs::write(
        program.join("Cargo.toml"),
        format!(
            "[package]\nname = \"wire\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
             [dependencies]\n\
             agentruntime = {{ path = {:?}, default-features = false, features = [\"media\", \"rustls\"] }}\n\
             futures = \"0.3\"\nserde_json = \"1\"\n\
             tokio = {{ version = \"1\", features = [\"rt\", \"macros\", \"net\", \"io-util\"] }}\n\n\
             [workspace]\n",
            krate.display().to_string()
        ),
    )
    .unwrap();
    std::fs::write(program.join("src/main.rs"), PROGRAM).unwrap();
    // Same dependency versions as the workspace, so the build needs no network.
    std::fs::copy(root().join("../Cargo.lock"), program.join("Cargo.lock")).unwrap();
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--offline"])
        .current_dir(&program)
        .env("CARGO_TARGET_DIR", root().join("../target/fixture-crates"))
        .env("RUSTFLAGS", "-D warnings")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "the wire program failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("the program prints JSON")
}

fn unhex(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

/// One part of a multipart body: its headers (names lower case) and bytes.
#[derive(Debug)]
struct Part {
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Part {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn disposition(&self) -> &str {
        self.header("content-disposition").unwrap_or_default()
    }

    fn name(&self) -> String {
        param(self.disposition(), "name").unwrap_or_default()
    }

    fn file_name(&self) -> Option<String> {
        param(self.disposition(), "filename")
    }
}

/// `name="x"` of a `Content-Disposition` value.
fn param(disposition: &str, name: &str) -> Option<String> {
    disposition.split(';').map(str::trim).find_map(|p| {
        p.strip_prefix(&format!("{name}="))
            .map(|v| v.trim_matches('"').to_owned())
    })
}

/// Splits a `multipart/form-data` body at its boundary.
fn parts(content_type: &str, body: &[u8]) -> Vec<Part> {
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("not a form: {content_type}"));
    let delimiter = format!("--{boundary}");
    let text = body.to_vec();
    let mut out = Vec::new();
    let mut rest = &text[..];
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let start = find(rest, delimiter.as_bytes()).expect("first boundary");
    rest = &rest[start + delimiter.len()..];
    loop {
        if rest.starts_with(b"--") {
            break;
        }
        rest = rest.strip_prefix(b"\r\n").expect("CRLF after a boundary");
        let end = find(rest, format!("\r\n{delimiter}").as_bytes()).expect("closing boundary");
        let part = &rest[..end];
        let split = find(part, b"\r\n\r\n").expect("part headers end");
        let headers = String::from_utf8(part[..split].to_vec())
            .unwrap()
            .split("\r\n")
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        out.push(Part {
            headers,
            body: part[split + 4..].to_vec(),
        });
        rest = &rest[end + 2 + delimiter.len()..];
    }
    out
}

fn requests<'a>(report: &'a Value, method: &str, path: &str) -> Vec<&'a Value> {
    report["requests"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["method"] == method && r["path"] == path)
        .collect()
}

/// The one `Content-Type` a request carried.
fn content_type(request: &Value) -> &str {
    let values = request["content_type"].as_array().unwrap();
    assert_eq!(values.len(), 1, "one Content-Type: {request}");
    values[0].as_str().unwrap()
}

#[test]
fn every_media_type_is_sent_and_read_as_the_spec_says() {
    let report = run_program();
    let results = &report["results"];

    // The multipart form: every field as its part, in the spec's order.
    assert_eq!(results["upload_photo"]["body"], "Mars", "{results}");
    let upload = requests(&report, "PUT", "/v1/albums/a1/photos");
    assert_eq!(upload.len(), 1);
    let sent = content_type(upload[0]);
    let form = parts(sent, &unhex(upload[0]["body"].as_str().unwrap()));
    let names: Vec<String> = form.iter().map(Part::name).collect();
    assert_eq!(
        names,
        [
            "photo",
            "thumbnail",
            "title",
            "rating",
            "featured",
            "tags",
            "tags",
            "location",
            "scans",
            "scans",
            "upload_key"
        ]
    );
    let part = |i: usize| &form[i];
    assert_eq!(part(0).file_name().as_deref(), Some("mars.jpg"));
    assert_eq!(
        part(0).header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(part(0).body, [0xff, 0xd8, 0xff]);
    // `encoding.thumbnail.contentType` makes a plain string field a PNG file.
    assert_eq!(part(1).header("content-type"), Some("image/png"));
    assert_eq!(part(1).file_name().as_deref(), Some("thumbnail"));
    assert_eq!(part(1).body, b"PNG");
    for (i, text) in [
        (2, "Mars"),
        (3, "5"),
        (4, "true"),
        (5, "red"),
        (6, "planet"),
    ] {
        assert_eq!(part(i).body, text.as_bytes(), "{:?}", part(i));
        assert_eq!(part(i).header("content-type"), None, "{:?}", part(i));
        assert_eq!(part(i).file_name(), None);
    }
    assert_eq!(part(7).header("content-type"), Some("application/json"));
    let location: Value = serde_json::from_slice(&part(7).body).unwrap();
    assert_eq!(location, serde_json::json!({"lat": 1.5, "lon": -2.0}));
    assert_eq!(part(8).file_name().as_deref(), Some("1.txt"));
    assert_eq!(part(8).body, b"scan one");
    assert_eq!(part(9).file_name().as_deref(), Some("scans"));
    assert_eq!(part(10).body, b"k3y-s3cret");
    // The secret is sent, never printed.
    let debug = results["form_debug"].as_str().unwrap();
    assert!(
        debug.contains("upload_key") && !debug.contains("k3y"),
        "{debug}"
    );

    // An in-memory form is retried after a 503 with the same bytes; a streamed one is sent
    // once and its 503 returned.
    assert_eq!(results["retried"]["body"], "Mars", "{results}");
    let retried = requests(&report, "PUT", "/v1/albums/retry/photos");
    assert_eq!(retried.len(), 2);
    assert_eq!(retried[0]["body"], retried[1]["body"]);
    assert_eq!(results["streamed"]["status"], 503, "{results}");
    let streamed = requests(&report, "PUT", "/v1/albums/stream/photos");
    assert_eq!(streamed.len(), 1, "a streamed form is not re-sent");
    assert_eq!(streamed[0]["chunked"], true);
    let streamed_form = parts(
        content_type(streamed[0]),
        &unhex(streamed[0]["body"].as_str().unwrap()),
    );
    assert_eq!(streamed_form[0].file_name().as_deref(), Some("live.bin"));
    assert_eq!(streamed_form[0].body, b"streamed bytes");

    // Every other body carries exactly the spec's media type.
    let single = |method: &str, path: &str| {
        let found = requests(&report, method, path);
        assert_eq!(found.len(), 1, "{method} {path}");
        found[0].clone()
    };
    let raw = single("PUT", "/v1/albums/a1/raw");
    assert_eq!(content_type(&raw), "application/octet-stream");
    assert_eq!(unhex(raw["body"].as_str().unwrap()), b"\x00\x01raw");
    let note = single("POST", "/v1/notes");
    assert_eq!(content_type(&note), "text/plain; charset=utf-8");
    assert_eq!(unhex(note["body"].as_str().unwrap()), b"a note");
    let jwt = single("POST", "/v1/sessions");
    assert_eq!(content_type(&jwt), "application/jwt");
    assert_eq!(unhex(jwt["body"].as_str().unwrap()), b"eyJ.signed.jwt");
    let transactions = requests(&report, "POST", "/v1/transactions");
    assert_eq!(content_type(transactions[0]), "application/cbor");
    assert_eq!(
        unhex(transactions[0]["body"].as_str().unwrap()),
        [0xa1, 0x01, 0x02]
    );
    let search = single("POST", "/v1/search");
    assert_eq!(content_type(&search), "application/x-www-form-urlencoded");
    assert_eq!(
        unhex(search["body"].as_str().unwrap()),
        b"limit=3&query=red+planet"
    );
    let patch = single("PATCH", "/v1/photos/p1");
    assert_eq!(content_type(&patch), "application/vnd.api+json");
    assert_eq!(
        unhex(patch["body"].as_str().unwrap()),
        br#"{"title":"New"}"#
    );

    // Text success bodies are strings; binary ones stay bytes.
    assert_eq!(results["add_note"]["body"], "# Stored\n\nhéllo");
    assert_eq!(results["exchange_token"]["body"], "session.jwt.token");
    assert_eq!(results["exchange_token"]["status"], 201);
    assert_eq!(
        results["submit_transaction"]["body"],
        r#"<receipt id="1"/>"#
    );
    assert_eq!(results["upload_raw"]["status"], 204);
    assert_eq!(results["search_photos"]["body"], 0);
    assert_eq!(results["patch_photo"]["body"], "Mars");
    assert_eq!(results["download_photo"], "ffd8ffe0");
    // A text body that is not UTF-8 is a decode error naming the operation.
    let bad = &results["bad_text"];
    assert_eq!(bad["error"], "Decode", "{bad}");
    assert_eq!(bad["operation"], "submit_transaction", "{bad}");
    assert!(
        bad["message"].as_str().unwrap().contains("not valid UTF-8"),
        "{bad}"
    );
}
