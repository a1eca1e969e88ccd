//! Protocol abuse, end to end: every malformed or out-of-order message gets the response the
//! spec prescribes or a logged warning, and the server answers the next valid request.

mod support;

use serde_json::{json, Value};
use support::Client;

const URI: &str = "file:///tmp/newslint-test/abuse.md";

/// The server still answers a valid request after whatever came before.
async fn assert_still_serving(client: &mut Client) {
    let response = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": "file:///never-opened.md"}, "position": {"line": 0, "character": 0}}),
        )
        .await;
    assert_eq!(response["result"], Value::Null, "{response}");
}

#[tokio::test]
async fn malformed_json_gets_a_parse_error_and_the_server_goes_on() {
    let mut client = Client::start();
    client.initialize(false, Value::Null).await;
    let body = b"{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": ";
    client
        .send_raw(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes())
        .await;
    client.send_raw(body).await;
    let error = client.next_response().await;
    assert_eq!(error["error"]["code"], -32700, "{error}");
    assert_eq!(error["id"], Value::Null, "{error}");
    assert_still_serving(&mut client).await;
    client.shutdown().await;
}
