//! The stream's single-pass `RunEvent` decoder (a glue module of the generated crate) against
//! the generated `Deserialize`: every frame decodes to the same event, or both refuse it.

use agentruntime::{Client, Error, ErrorKind, RunEvent};
use agentruntime_runtime::stream::RunEvents;

fn decode_text(frame: &str) -> Result<RunEvent, Error> {
    <Client as RunEvents>::decode_text(frame)
}

fn decode_binary(frame: &[u8]) -> Result<RunEvent, Error> {
    <Client as RunEvents>::decode_binary(frame)
}

const ENVELOPE: &str = r#""id":"evt_1","run_id":"r1","workflow_id":"wf","sequence":7,"timestamp":"2026-06-06T12:10:00.5+02:00""#;

/// Every sample decodes to the same event as the generated `Deserialize`, or both refuse it.
#[test]
fn agrees_with_the_generated_decoder() {
    let bodies = [
        r#""event_type":"step_started","data":{"step_name":"Fetch","step_type":"mcp_call","attempt":2}"#,
        r#""data":{"step_name":"Fetch","attempt":2},"event_type":"step_started""#,
        r#""event_type":"step_completed","data":{"result":{"message":"ok"},"duration_ms":412},"step_id":"fetch""#,
        r#""event_type":"step_completed","data":{"skipped":true,"reason":"blocked"},"step_id":null"#,
        r#""event_type":"step_failed","data":{"error":"boom","failure_code":"MCP_TOOL_FAILED"}"#,
        r#""event_type":"step_cancelled","data":{"cancelled":true,"caused_by_step_id":null}"#,
        r#""event_type":"state_changed","data":{"from":"running","to":"failed","failure_code":"INSUFFICIENT_CREDITS"}"#,
        r#""event_type":"run_started","data":{"trigger_type":"api","workflow_version":1,"external_user_id":null}"#,
        r#""event_type":"run_rejected","data":{"reason":"no credits","code":"INSUFFICIENT_CREDITS"}"#,
        r#""event_type":"agent_turn_tool_round","data":{"turn_id":"t","round":2}"#,
        r#""event_type":"agent_turn_limit_reached","data":{"turn_id":"t","round":8,"limit":8}"#,
        r#""event_type":"run_started""#,
        r#""event_type":"run_started","data":{},"extra":[1,2],"more":{"a":null}"#,
        r#""extra":"before","event_type":"run_started","data":{"trigger_type":"api"}"#,
        r#""event_type":"human_task_paused","data":{"task_id":"t1"},"extra":true"#,
        r#""extra":1,"data":{"task_id":"t1"},"event_type":"human_task_paused""#,
        r#""data":{"x":1},"extra":"no tag""#,
        r#""no_tag":true"#,
        r#""event_type":"state_changed","data":{"from":"running"}"#,
        r#""event_type":"state_changed","data":{"to":"exploded"}"#,
        r#""data":{"to":"exploded"},"event_type":"state_changed""#,
        r#""event_type":"step_started","data":null"#,
        r#""event_type":"step_started","data":"text""#,
        r#""event_type":7,"data":{}"#,
        r#""event_type":null,"data":{}"#,
        r#""event_type":["a"],"data":{}"#,
        r#""event_type":{"a":1},"data":{}"#,
        r#""event_type":"st\u0061te_changed","data":{"to":"running"}"#,
        r#""event_type":"step_started","data":{"attempt":1.5}"#,
        r#""event_type":"run_started","data":{"workflow_version":99999999999}"#,
    ];
    for body in bodies {
        let text = format!("{{{ENVELOPE},{body}}}");
        compare(&text);
    }
    for text in [
        r#"{"id":"evt_1","run_id":"r1","timestamp":"2026-06-06T12:10:00Z","event_type":"run_started","data":{}}"#,
        r#"{"id":"evt_1","run_id":"r1","workflow_id":null,"sequence":null,"timestamp":"2026-06-06T12:10:00Z","event_type":"run_started"}"#,
        r#"{"run_id":"r1","timestamp":"2026-06-06T12:10:00Z","event_type":"run_started"}"#,
        r#"{"id":"evt_1","run_id":"r1","workflow_id":"wf","sequence":1,"timestamp":"yesterday","event_type":"run_started"}"#,
        r#"{"id":1,"run_id":"r1","workflow_id":"wf","sequence":1,"timestamp":"2026-06-06T12:10:00Z"}"#,
        r#"{"id":"evt_1","run_id":"r1","workflow_id":"wf","sequence":"1","timestamp":"2026-06-06T12:10:00Z"}"#,
        r#"{"id":"evt_1","run_id":"r1","workflow_id":"wf","sequence":1,"timestamp":"2026-06-06T12:10:00Z","step_id":5}"#,
        r#"[1,2,3]"#,
        r#"{"id":"evt_1"} trailing"#,
        r#"{"id":"evt_1","#,
        "",
    ] {
        compare(text);
    }
}

/// Decodes as a text frame and as a binary frame; both must agree.
fn text_and_binary(frame: &str) -> Result<RunEvent, Error> {
    let as_text = decode_text(frame);
    let as_binary = decode_binary(frame.as_bytes());
    match (&as_text, &as_binary) {
        (Ok(a), Ok(b)) => assert_eq!(
            serde_json::to_value(a).unwrap(),
            serde_json::to_value(b).unwrap()
        ),
        (Err(_), Err(_)) => {}
        _ => panic!("text and binary decoding disagree on {frame}"),
    }
    as_text
}

fn compare(text: &str) {
    let generated = serde_json::from_str::<RunEvent>(text);
    let ours = text_and_binary(text);
    match (generated, ours) {
        (Ok(expected), Ok(actual)) => {
            assert_eq!(
                serde_json::to_value(&actual).unwrap(),
                serde_json::to_value(&expected).unwrap(),
                "{text}"
            );
            assert_eq!(actual.kind.tag(), expected.kind.tag(), "{text}");
            assert_eq!(actual.timestamp, expected.timestamp, "{text}");
        }
        (Err(_), Err(error)) => {
            assert_eq!(error.kind(), ErrorKind::Decode);
            assert_eq!(error.body_preview(), Some(text));
        }
        (Ok(expected), Err(error)) => {
            panic!("{text}: the generated decoder accepts it ({expected:?}), ours fails: {error}")
        }
        (Err(expected), Ok(actual)) => {
            panic!("{text}: the generated decoder fails ({expected}), ours accepts {actual:?}")
        }
    }
}

#[test]
fn a_known_payload_error_names_the_type() {
    let text = format!("{{{ENVELOPE},\"event_type\":\"state_changed\",\"data\":{{\"to\":7}}}}");
    let error = decode_text(&text).unwrap_err();
    let source = std::error::Error::source(&error).unwrap().to_string();
    assert!(source.contains("`event_type: state_changed`"), "{source}");
}
