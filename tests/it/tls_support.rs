//! The TLS variants and the forward-proxy form of the support library's loopback servers.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use agentruntime_tests::ws::{EventLog, Plan, WsServer};
use agentruntime_tests::{HttpServer, Reply, TestCa};
use futures::StreamExt;
use tokio_rustls::rustls::pki_types::ServerName;
use tokio_tungstenite::tungstenite::Message;

fn trusting(ca: &TestCa) -> reqwest::Client {
    let certificate = reqwest::Certificate::from_pem(ca.ca_pem().as_bytes()).expect("CA PEM");
    reqwest::Client::builder()
        .tls_certs_merge([certificate])
        .build()
        .expect("client")
}

/// Waits (in real time) until `done` holds, for at most five seconds.
async fn eventually(mut done: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(5);
    while !done() {
        if Instant::now() > deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    true
}

#[tokio::test]
async fn a_client_trusting_the_ca_gets_the_scripted_reply_over_https() {
    let ca = TestCa::new();
    let server = HttpServer::start_tls(&ca);
    assert!(
        server.url().starts_with("https://127.0.0.1:"),
        "{}",
        server.url()
    );
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::json(200, serde_json::json!({"id": "wf_1"}))],
    );

    for host in ["127.0.0.1", "localhost"] {
        let url = format!(
            "https://{host}:{}/v1/workflows/wf_1?x=1",
            server.addr().port()
        );
        let response = trusting(&ca).get(url).send().await.expect("TLS request");
        assert_eq!(response.status(), 200);
        assert_eq!(response.version(), reqwest::Version::HTTP_11);
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["id"], "wf_1");
    }
    let requests = server.requests_to("/v1/workflows/wf_1");
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].query, "x=1");
    assert_eq!(requests[0].absolute_authority, None);
    assert_eq!(server.tls_failures(), 0);
}

#[tokio::test]
async fn a_client_not_trusting_the_ca_fails_and_the_server_sees_the_handshake_fail() {
    let ca = TestCa::new();
    let server = HttpServer::start_tls(&ca);
    server.on("GET", "/ping", [Reply::status(204)]);

    let error = reqwest::Client::new()
        .get(format!("{}/ping", server.url()))
        .send()
        .await
        .expect_err("the CA is not trusted");
    assert!(error.is_connect(), "{error:?}");
    assert!(
        eventually(|| server.tls_failures() == 1).await,
        "{:?}",
        server.tls_failure_reasons()
    );
    assert!(server.requests().is_empty());

    // The server survives the failed handshake.
    let response = trusting(&ca)
        .get(format!("{}/ping", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
}

#[tokio::test]
async fn the_stream_server_serves_https_too() {
    let ca = TestCa::new();
    let server = WsServer::start_tls(&ca, EventLog::generate(3), |_| Plan::accept());
    server.publish(3);
    assert!(server.url().starts_with("https://"), "{}", server.url());
    let url = format!("{}/v1/workflows/wf/runs/run/events?limit=2", server.url());
    let body: serde_json::Value = trusting(&ca)
        .get(url)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["events"].as_array().unwrap().len(), 2);
    assert_eq!(body["next_cursor"], "3");
}

#[tokio::test]
async fn the_stream_server_upgrades_to_websocket_over_tls() {
    let ca = TestCa::new();
    let log = EventLog::generate(2);
    let plan_log = log.clone();
    let server = WsServer::start_tls(&ca, log, move |_| {
        Plan::accept().events(&plan_log, 1..=2).closing(1000)
    });
    let tcp = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
    let tls = tokio_rustls::TlsConnector::from(ca.client_config())
        .connect(ServerName::try_from("localhost").unwrap(), tcp)
        .await
        .expect("TLS handshake with the CA trusted");
    let url = format!(
        "wss://localhost:{}/v1/workflows/wf/events/stream?cursor=evt_000000",
        server.addr().port()
    );
    let (mut ws, response) = tokio_tungstenite::client_async(url, tls)
        .await
        .expect("upgrade");
    assert_eq!(response.status(), 101);
    let mut texts = Vec::new();
    while let Some(message) = ws.next().await {
        match message.unwrap() {
            Message::Text(text) => texts.push(text.to_string()),
            Message::Close(frame) => {
                assert_eq!(u16::from(frame.unwrap().code), 1000);
                break;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(texts, [plan_log_json(1), plan_log_json(2)]);
    assert_eq!(server.upgrades()[0].path, "/v1/workflows/wf/events/stream");
    assert_eq!(server.upgrades()[0].absolute_authority, None);
}

fn plan_log_json(sequence: i64) -> String {
    EventLog::generate(2).json(sequence).to_owned()
}

/// Sends `request` on a new connection to `addr` and returns the response head's status line.
fn raw_exchange(addr: std::net::SocketAddr, request: &str) -> String {
    let mut socket = std::net::TcpStream::connect(addr).unwrap();
    socket
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    socket.write_all(request.as_bytes()).unwrap();
    let mut response = Vec::new();
    let mut chunk = [0u8; 4096];
    while !response.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = socket.read(&mut chunk).unwrap();
        assert!(n > 0, "connection closed before a response");
        response.extend_from_slice(&chunk[..n]);
    }
    String::from_utf8_lossy(&response)
        .lines()
        .next()
        .unwrap()
        .to_owned()
}

#[test]
fn absolute_form_targets_are_recorded_like_origin_form_with_their_authority() {
    let server = HttpServer::start();
    server.on("GET", "/v1/workflows", [Reply::status(200)]);
    let status = raw_exchange(
        server.addr(),
        "GET http://api.example.test/v1/workflows?x=1 HTTP/1.1\r\nhost: api.example.test\r\n\r\n",
    );
    assert!(status.starts_with("HTTP/1.1 200"), "{status}");
    let status = raw_exchange(
        server.addr(),
        "GET http://api.example.test:8080?y=2 HTTP/1.1\r\nhost: api.example.test\r\n\r\n",
    );
    assert!(status.starts_with("HTTP/1.1 404"), "{status}");
    let requests = server.requests();
    assert_eq!(requests[0].path, "/v1/workflows");
    assert_eq!(requests[0].query, "x=1");
    assert_eq!(
        requests[0].absolute_authority.as_deref(),
        Some("api.example.test")
    );
    assert_eq!(requests[1].path, "/");
    assert_eq!(requests[1].query, "y=2");
    assert_eq!(
        requests[1].absolute_authority.as_deref(),
        Some("api.example.test:8080")
    );
}

#[tokio::test]
async fn requests_and_upgrades_through_a_proxy_reach_the_stream_server() {
    let server = WsServer::start(EventLog::generate(2), |_| Plan::accept());
    server.publish(2);
    let proxied = reqwest::Client::builder()
        .proxy(reqwest::Proxy::http(server.url()).unwrap())
        .build()
        .unwrap();
    let body: serde_json::Value = proxied
        .get("http://api.example.test/v1/workflows/wf/runs/run/events")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["events"].as_array().unwrap().len(), 2);
    let request = &server.http_requests()[0];
    assert_eq!(request.path, "/v1/workflows/wf/runs/run/events");
    assert_eq!(
        request.absolute_authority.as_deref(),
        Some("api.example.test")
    );

    let upgrade = tokio::task::spawn_blocking({
        let addr = server.addr();
        move || {
            raw_exchange(
                addr,
                "GET http://api.example.test/v1/workflows/wf/events/stream?cursor=evt_000001 HTTP/1.1\r\n\
                 host: api.example.test\r\nupgrade: websocket\r\nconnection: Upgrade\r\n\
                 sec-websocket-version: 13\r\nsec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
            )
        }
    })
    .await
    .unwrap();
    assert!(upgrade.starts_with("HTTP/1.1 101"), "{upgrade}");
    let upgrades = server.upgrades();
    assert_eq!(upgrades[0].path, "/v1/workflows/wf/events/stream");
    assert_eq!(upgrades[0].query, "cursor=evt_000001");
    assert_eq!(
        upgrades[0].absolute_authority.as_deref(),
        Some("api.example.test")
    );
}
