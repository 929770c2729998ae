//! Webhook signatures (`X-Agentruntime-Signature: sha256=<hex HMAC-SHA256 of the raw body>`,
//! keyed with the `whsec_…` signing secret), both ways:
//!
//! - `send SUBSCRIPTION_ID`: delivers a signed event to an inbound-webhook subscription's
//!   ingress, which starts a run of its workflow with the event as input.
//! - `verify SIGNATURE`: checks a delivery you received (the raw body on standard input), as
//!   your endpoint for Embedded Connect webhooks would; exits with status 1 when it does not
//!   match.
//!
//! ```sh
//! AR_TOKEN=pat_… AR_WEBHOOK_SECRET=whsec_… \
//!     cargo run -p agentruntime-examples --example webhooks -- send SUBSCRIPTION_ID
//! AR_WEBHOOK_SECRET=whsec_… \
//!     cargo run -p agentruntime-examples --example webhooks -- verify sha256=… < body.json
//! ```
//!
//! The ingress takes the subscription's automation PAT as `AR_TOKEN` and no tenant or project:
//! the subscription fixes them. `Client::from_env()` reads `AR_API`, `AR_TOKEN`, `AR_TENANT`
//! and `AR_PROJECT`.

use std::error::Error;
use std::io::Read;

use agentruntime::serde_json::{self, json};
use agentruntime::types::InboundWebhookPayload;
use agentruntime::{Client, Secret, verify_webhook_signature, webhook_signature};

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let secret = Secret::new(std::env::var("AR_WEBHOOK_SECRET")?);
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["send", subscription] => send(&secret, subscription).await,
        ["verify", signature] => verify(&secret, signature),
        _ => Err("usage: webhooks send SUBSCRIPTION_ID | webhooks verify SIGNATURE < body".into()),
    }
}

async fn send(secret: &Secret, subscription: &str) -> Result<(), Box<dyn Error>> {
    let client = Client::from_env()?;
    let event = json!({"order_id": "A-1001", "amount": 250, "currency": "EUR"});
    // Sign the exact bytes that go on the wire: the SDK serialises the payload the same way
    // (`serde_json::to_vec`), so sign its serialisation, not a pretty-printed copy.
    let payload: InboundWebhookPayload = serde_json::from_value(event)?;
    let signature = webhook_signature(secret, &serde_json::to_vec(&payload)?);
    let delivery = client
        .trigger_inbound_webhook(subscription, signature, payload)
        // The same key on a retry of this delivery does not start a second run.
        .idempotency_key("order-A-1001")
        .send()
        .await?;
    println!(
        "delivered: accepted {}, delivery {}, run {}",
        delivery.accepted.unwrap_or_default(),
        delivery.delivery_id.as_deref().unwrap_or("?"),
        delivery.run_id.as_deref().unwrap_or("not known yet")
    );
    Ok(())
}

fn verify(secret: &Secret, signature: &str) -> Result<(), Box<dyn Error>> {
    // Verify the raw bytes as received, before parsing them.
    let mut body = Vec::new();
    std::io::stdin().read_to_end(&mut body)?;
    if !verify_webhook_signature(secret, &body, signature) {
        return Err("the signature does not match the body: do not trust this delivery".into());
    }
    let event: serde_json::Value = serde_json::from_slice(&body)?;
    println!("signature ok; event: {event}");
    Ok(())
}
