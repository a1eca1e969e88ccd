//! The server's output: the protocol library's messages and messages serialised here, each
//! written whole.
//!
//! The library's `Client` takes notification params only as a `serde_json::Value` tree, built
//! and dropped per message; for `publishDiagnostics` on a 1 MB document (4,500 diagnostics on
//! every keystroke) that tree cost more than the rest of rendering. So diagnostics are
//! serialised straight to bytes and handed to the [`Outbox`]; [`pump`] interleaves them with the
//! library's output at frame boundaries only.

use std::sync::Arc;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;

/// Sends message bodies (serialised JSON-RPC messages) to the output.
#[derive(Clone)]
pub struct Outbox(mpsc::Sender<Arc<Vec<u8>>>);

impl Outbox {
    /// One message in flight at a time: the sender waits while the client does not read,
    /// as it did on the library's own channel, so memory stays bounded.
    pub fn new() -> (Outbox, mpsc::Receiver<Arc<Vec<u8>>>) {
        let (sender, receiver) = mpsc::channel(1);
        (Outbox(sender), receiver)
    }

    /// Queues `body` (shared: the document's last publish keeps it to copy from); false once
    /// the output has ended.
    pub async fn send(&self, body: Arc<Vec<u8>>) -> bool {
        self.0.send(body).await.is_ok()
    }
}

/// Copies the library's output (`library`, frames it wrote) and the outbox's messages (`ours`)
/// to `output` until the library's output ends. The outbox goes first when both are ready, so
/// a message queued before the library was asked for another (a refresh after a publish)
/// reaches the client first. On a write error it stops, so the library's writes fail as they
/// would have on the output itself.
pub async fn pump(
    mut library: impl AsyncRead + Unpin,
    mut ours: mpsc::Receiver<Arc<Vec<u8>>>,
    output: impl AsyncWrite,
) {
    let mut output = std::pin::pin!(output);
    let mut pending = Vec::new();
    let mut chunk = vec![0u8; 64 << 10];
    loop {
        let written = tokio::select! {
            biased;
            Some(body) = ours.recv() => write_frame(&mut output, &body).await,
            read = library.read(&mut chunk) => match read {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    pending.extend_from_slice(&chunk[..n]);
                    let whole = whole_frames(&pending);
                    let result = output.write_all(&pending[..whole]).await;
                    pending.drain(..whole);
                    result
                }
            },
        };
        if written.is_err() || output.flush().await.is_err() {
            return;
        }
    }
    // The session is over; what was queued before its end still goes out.
    while let Ok(body) = ours.try_recv() {
        if write_frame(&mut output, &body).await.is_err() {
            return;
        }
    }
    let _ = output.write_all(&pending).await;
    let _ = output.flush().await;
}

async fn write_frame(output: &mut (impl AsyncWrite + Unpin), body: &[u8]) -> std::io::Result<()> {
    // The library's header, byte for byte.
    let header = format!("Content-Length: {}\r\n\r\n", body.len());
    output.write_all(header.as_bytes()).await?;
    output.write_all(body).await
}

/// The length of the complete frames at the start of `bytes` (the library writes only
/// `Content-Length` headers).
fn whole_frames(bytes: &[u8]) -> usize {
    let mut end = 0;
    while let Some(frame) = frame_length(&bytes[end..]) {
        end += frame;
    }
    end
}

fn frame_length(bytes: &[u8]) -> Option<usize> {
    let header = bytes.windows(4).position(|w| w == b"\r\n\r\n")?;
    let length = std::str::from_utf8(&bytes[..header])
        .ok()
        .and_then(|header| header.strip_prefix("Content-Length: "))
        .and_then(|length| length.parse::<usize>().ok());
    // A header this reader does not know (a newer library's) is passed through as it comes
    // rather than held back for ever.
    let Some(length) = length else {
        return Some(bytes.len());
    };
    let total = header + 4 + length;
    (total <= bytes.len()).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_whole_frames_only() {
        let frames = b"Content-Length: 2\r\n\r\n{}Content-Length: 4\r\n\r\n[1]";
        assert_eq!(whole_frames(frames), 23);
        assert_eq!(whole_frames(&frames[..10]), 0);
        assert_eq!(whole_frames(b""), 0);
        let unknown = b"Content-Type: x\r\nContent-Length: 2\r\n\r\n{}";
        assert_eq!(whole_frames(unknown), unknown.len());
    }

    #[tokio::test]
    async fn interleaves_at_frame_boundaries() {
        let (mut library_out, library_in) = tokio::io::duplex(64);
        let (outbox, ours) = Outbox::new();
        let (output, mut client) = tokio::io::duplex(1 << 16);
        let pump = tokio::spawn(pump(library_in, ours, output));
        // Half a frame from the library, then one of ours, then the rest.
        library_out
            .write_all(b"Content-Length: 4\r\n\r\n[1")
            .await
            .unwrap();
        tokio::task::yield_now().await;
        assert!(outbox.send(Arc::new(b"{}".to_vec())).await);
        library_out.write_all(b"]").await.unwrap();
        drop(library_out);
        pump.await.unwrap();
        let mut all = String::new();
        client.read_to_string(&mut all).await.unwrap();
        let frames = [
            "Content-Length: 2\r\n\r\n{}",
            "Content-Length: 4\r\n\r\n[1]",
        ];
        assert!(
            all == frames.concat() || all == [frames[1], frames[0]].concat(),
            "{all:?}"
        );
    }
}
