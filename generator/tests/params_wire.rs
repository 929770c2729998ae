//! Parameters on the wire: the crate generated from `fixtures/params/openapi.yaml` is compiled
//! with a small program that calls it against a loopback server this test starts; the server
//! records what it received, and the test asserts the exact query string, the path in each path
//! style, the header parameters, and one `Cookie` header holding the session credential and the
//! cookie parameters.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};

use agentruntime_generator::{Config, regenerate};

const PROGRAM: &str = r#"
use agentruntime::types::{Filter, FilterCreated, Region, Rgb, SearchItemsSelector};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let base = std::env::args().nth(1).expect("base URL");
    let client = agentruntime::Client::builder()
        .base_url(base)
        .session_cookie("session=s1")
        .build()
        .expect("client");
    let rgb = Rgb { r: Some(1), g: Some(2), b: Some(3) };
    let filter = Filter {
        created: Some(FilterCreated { gte: Some(5), lt: Some(9) }),
        status: vec!["open".to_owned(), "paid".to_owned()],
    };
    client
        .search_items("t-1", "red shoes", true)
        .ids(vec![1, 2])
        .tags(vec!["a".to_owned(), "b c".to_owned()])
        .color(rgb.clone())
        .rgb(rgb.clone())
        .words(vec!["x".to_owned(), "y".to_owned()])
        .codes(vec!["a".to_owned(), "b".to_owned()])
        .filter(filter)
        .next("/a/b?c=d")
        .region(Region::Lka)
        .selector(SearchItemsSelector { size: Some(3) })
        .x_meta(vec!["a".to_owned(), "b".to_owned()])
        .x_tags(vec!["a".to_owned(), "b".to_owned()])
        .x_color(rgb)
        .theme("dark mode")
        .recent(vec![1, 2])
        .send()
        .await
        .expect("the full call succeeds");
    println!("full: sent");
    client
        .search_items("t-2", "plain", false)
        .send()
        .await
        .expect("the plain call succeeds");
    println!("plain: sent");
    let error = client
        .search_items("line\nbreak", "x", true)
        .send()
        .await
        .expect_err("a header value with a line break is refused");
    println!("refused: {:?}: {error}", error.kind());
    client
        .get_shape(
            vec!["a b".to_owned(), "c".to_owned()],
            vec!["x".to_owned(), "y/z".to_owned()],
            Rgb { r: Some(1), g: Some(2), b: Some(3) },
        )
        .send()
        .await
        .expect("the path call succeeds");
    println!("shape: sent");
}
"#;

/// One request as the server read it: the request target and the header lines.
#[derive(Debug, Clone)]
struct Received {
    target: String,
    headers: Vec<(String, String)>,
}

impl Received {
    fn all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// Answers every request with an empty item list, recording it.
fn serve(listener: TcpListener, seen: Arc<Mutex<Vec<Received>>>) {
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { return };
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            continue;
        }
        let target = line.split(' ').nth(1).unwrap_or_default().to_owned();
        let mut headers = Vec::new();
        loop {
            let mut header = String::new();
            reader.read_line(&mut header).unwrap();
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            let (name, value) = header.split_once(':').unwrap();
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
        seen.lock().unwrap().push(Received { target, headers });
        let body = r#"{"items":[]}"#;
        let _ = write!(
            stream,
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
             connection: close\r\n\r\n{body}",
            body.len()
        );
    }
}

#[test]
fn every_parameter_style_arrives_as_the_spec_says() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let krate = out.path().join("params-crate");
    let config = Config {
        spec: root.join("tests/fixtures/params/openapi.yaml"),
        spec_display: "params/openapi.yaml".to_owned(),
        templates: root.join("../templates"),
        runtime_path: root.join("../templates").display().to_string(),
        command: "cargo xtask regen --spec SPEC --out DIR".to_owned(),
        crate_name: "agentruntime".to_owned(),
        crate_version: "0.0.0".to_owned(),
        standalone: true,
        strict: false,
    };
    regenerate(&config, &krate).expect("the fixture generates");

    let program = out.path().join("wire");
    std::fs::create_dir_all(program.join("src")).unwrap();
    std::fs::write(
        program.join("Cargo.toml"),
        format!(
            "[package]\nname = \"wire\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
             [dependencies]\nagentruntime = {{ path = {:?} }}\n\
             tokio = {{ version = \"1\", features = [\"rt\", \"macros\"] }}\n\n[workspace]\n",
            krate.display().to_string()
        ),
    )
    .unwrap();
    std::fs::write(program.join("src/main.rs"), PROGRAM).unwrap();
    // Same dependency versions as the workspace, so the build needs no network.
    std::fs::copy(root.join("../Cargo.lock"), program.join("Cargo.lock")).unwrap();

    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let server_seen = seen.clone();
    std::thread::spawn(move || serve(listener, server_seen));

    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--offline", "--"])
        .arg(&base)
        .current_dir(&program)
        // The target and flags of `build.rs`, so the dependencies built there are reused.
        .env("CARGO_TARGET_DIR", root.join("../target/fixture-crates"))
        .env("RUSTFLAGS", "-D warnings")
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the program failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[..2], ["full: sent", "plain: sent"], "{stdout}");
    assert!(
        lines[2].starts_with("refused: InvalidRequest: ") && lines[2].contains("`X-Trace`"),
        "{stdout}"
    );

    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 3, "the refused call sent nothing: {seen:#?}");
    let full = &seen[0];
    // progenitor orders query parameters by name; each is written as its style says (an
    // exploded object's properties in the type's field order).
    assert_eq!(
        full.target,
        "/v1/items?codes=a%7Cb&B=3&G=2&R=1\
         &filter%5Bcreated%5D%5Bgte%5D=5&filter%5Bcreated%5D%5Blt%5D=9\
         &filter%5Bstatus%5D%5B0%5D=open&filter%5Bstatus%5D%5B1%5D=paid\
         &ids=1&ids=2&next=/a/b?c%3Dd&q=red%20shoes&region=LKA&rgb=B,3,G,2,R,1\
         &selector=%7B%22size%22%3A3%7D&tags=a,b%20c&words=x%20y"
    );
    assert_eq!(full.all("x-trace"), ["t-1"]);
    assert_eq!(full.all("x-tags"), ["a,b"]);
    // Parameters described by `content` go as their JSON text.
    assert_eq!(full.all("x-meta"), ["[\"a\",\"b\"]"]);
    assert_eq!(full.all("x-color"), ["B=3,G=2,R=1"]);
    assert_eq!(
        full.all("cookie"),
        ["session=s1; consent=true; recent=1,2; theme=dark%20mode"]
    );

    let plain = &seen[1];
    assert_eq!(plain.target, "/v1/items?q=plain");
    assert_eq!(plain.all("x-trace"), ["t-2"]);
    assert!(plain.all("x-tags").is_empty() && plain.all("x-color").is_empty());
    assert_eq!(plain.all("cookie"), ["session=s1; consent=false"]);

    // Path parameters in `simple`, exploded `label` and exploded `matrix` style, each value
    // kept inside its segment.
    assert_eq!(lines[3], "shape: sent", "{stdout}");
    assert_eq!(seen[2].target, "/v1/shapes/a%20b,c/.x.y%2Fz;B=3;G=2;R=1");
}
