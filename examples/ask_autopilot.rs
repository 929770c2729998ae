//! Ask Autopilot: sends a question and prints the reply as it streams in, token by token, with
//! the actions Autopilot proposes on lines of their own.
//!
//! ```sh
//! AR_TOKEN=pat_… AR_TENANT=acme AR_PROJECT=proj_1 \
//!     cargo run -p agentruntime-examples --example ask_autopilot -- "Why did my last run fail?"
//! ```
//!
//! The reply is Server-Sent Events the SDK types by event name
//! (`StreamAutopilotResponseEvent`); an event this SDK does not know arrives as `Unknown` and
//! is skipped. A dropped connection resumes by itself when the server sent event ids.

use std::error::Error;
use std::io::Write;

use agentruntime::Client;
use agentruntime::types::{AutopilotChatRequest, StreamAutopilotResponseEvent as Event};
use futures::TryStreamExt;

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let question = std::env::args()
        .nth(1)
        .ok_or("usage: ask_autopilot QUESTION")?;
    let client = Client::from_env()?;

    let sent = client
        .send_autopilot_message(AutopilotChatRequest::new(question))
        .send()
        .await?
        .into_inner();
    let thread_id = sent.thread_id.ok_or("the server did not name the thread")?;

    let mut reply = client.stream_autopilot_response(thread_id).events().await?;
    let mut out = std::io::stdout();
    while let Some(event) = reply.try_next().await? {
        match event {
            Event::Token(token) => {
                print!("{}", token.delta);
                out.flush()?;
            }
            Event::Action(action) => {
                let on = action.workflow_id.or(action.run_id).unwrap_or_default();
                println!("\n[action: {} {on}]", action.type_);
            }
            Event::Done(done) => {
                println!("\n(reply {})", done.message_id);
                return Ok(());
            }
            Event::Error(failure) => return Err(failure.error.into()),
            // Event names newer than this SDK.
            _ => {}
        }
    }
    Err("the stream ended before the reply was complete".into())
}
