//! The real binary as a process: nothing leaves the machine, nothing is executed, settings
//! cannot make it read outside the workspace, and `exit` ends it promptly with the spec's code.
//!
//! Method: the binary runs under `strace -f -e trace=network,process,file`; the log must show
//! no socket call at all, a single `execve` (the binary itself), and no file opened outside the
//! workspace except the system's own (`/proc`, `/sys`, `/etc/ld.so.*`, shared libraries) and
//! the paths the user named. Where strace is missing or cannot trace (no ptrace in a
//! container), the strace tests are skipped with a message; `apt-get install strace` brings it.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_newslint");

fn strace_works() -> bool {
    let works = Command::new("strace")
        .args(["-qq", "-o", "/dev/null", "true"])
        .status()
        .is_ok_and(|s| s.success());
    if !works {
        eprintln!("SKIPPED: strace is not installed or cannot trace here");
    }
    works
}

/// Syscall lines of an strace log, without the pid column.
fn syscalls(log: &Path) -> Vec<String> {
    std::fs::read_to_string(log)
        .unwrap()
        .lines()
        .map(|l| {
            l.split_once(' ')
                .map_or(l, |(_, rest)| rest)
                .trim()
                .to_owned()
        })
        .collect()
}

/// No network, one execve (the binary), files only where allowed.
fn assert_contained(calls: &[String], allowed_roots: &[&Path]) {
    let network = [
        "socket(",
        "connect(",
        "bind(",
        "listen(",
        "accept",
        "sendto(",
        "sendmsg(",
        "recvfrom(",
        "socketpair(",
    ];
    for call in calls {
        assert!(
            !network.iter().any(|n| call.starts_with(n)),
            "a network call: {call}"
        );
    }
    let execs: Vec<_> = calls.iter().filter(|c| c.starts_with("execve(")).collect();
    assert_eq!(execs.len(), 1, "executed something: {execs:?}");
    assert!(execs[0].contains("newslint"), "{execs:?}");
    let system = [
        "/proc/",
        "/sys/",
        "/etc/ld.so.",
        "/lib",
        "/usr/lib",
        "/dev/null",
    ];
    for call in calls {
        let Some(path) = call.split('"').nth(1).filter(|p| p.starts_with('/')) else {
            continue;
        };
        // The dynamic loader looks for shared libraries along the library path.
        let loader = path.contains(".so") || path.contains("/glibc-hwcaps/");
        if call.starts_with("execve(") || loader || system.iter().any(|s| path.starts_with(s)) {
            continue;
        }
        assert!(
            allowed_roots
                .iter()
                .any(|root| Path::new(path).starts_with(root)),
            "touched {path} outside the workspace: {call}"
        );
    }
}

#[test]
fn the_cli_opens_no_connection_and_runs_nothing() {
    if !strace_works() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "He said “we will win.\n").unwrap();
    let log = dir.path().join("strace.log");
    let status = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=network,process,file", "-o"])
        .arg(&log)
        .args([BIN, "check", "a.md"])
        .env_remove("LD_LIBRARY_PATH") // cargo's; the loader would search it
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1), "one finding");
    let calls = syscalls(&log);
    // The CLI also looks for `.newslint.toml` in the parents of the current directory.
    let parents: Vec<&Path> = dir.path().ancestors().collect();
    let mut allowed = vec![dir.path()];
    for call in &calls {
        if let Some(path) = call.split('"').nth(1) {
            let path = Path::new(path);
            if path.file_name().is_some_and(|n| n == ".newslint.toml") {
                assert!(parents.contains(&path.parent().unwrap()), "{call}");
            }
        }
    }
    allowed.push(Path::new(BIN));
    let only_config_lookups: Vec<String> = calls
        .into_iter()
        .filter(|c| !c.contains(".newslint.toml") && !c.starts_with("getcwd("))
        .collect();
    assert_contained(&only_config_lookups, &allowed);
}

/// A language server session driven over real pipes.
struct Session {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Session {
    fn start(command: &mut Command) -> Session {
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        Session {
            child,
            stdin,
            stdout,
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn read(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut line = String::new();
            assert!(
                self.stdout.read_line(&mut line).unwrap() > 0,
                "server closed"
            );
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(value) = line.strip_prefix("Content-Length: ") {
                length = value.parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        self.stdout.read_exact(&mut body).unwrap();
        serde_json::from_slice(&body).unwrap()
    }

    /// Sends a request and reads until its response.
    fn request(&mut self, id: i64, method: &str, params: Value) -> Value {
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let message = self.read();
            if message["id"] == id && message.get("method").is_none() {
                return message;
            }
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Waits for the process to end; its exit code.
    fn wait(mut self, limit: Duration) -> Option<i32> {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            if started.elapsed() > limit {
                self.child.kill().unwrap();
                panic!("the server did not exit within {limit:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn initialize(session: &mut Session, root: &Path, options: Value) {
    let response = session.request(
        1,
        "initialize",
        json!({
            "processId": null,
            "rootUri": format!("file://{}", root.display()),
            "capabilities": {},
            "initializationOptions": options,
        }),
    );
    assert!(response.get("result").is_some(), "{response}");
    session.notify("initialized", json!({}));
}

#[test]
fn the_server_opens_no_connection_and_reads_only_its_workspace() {
    if !strace_works() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("workspace");
    std::fs::create_dir(&root).unwrap();
    std::fs::write(root.join(".newslint.toml"), "inlay-hints = true\n").unwrap();
    let log = dir.path().join("strace.log");
    let mut session = Session::start(
        Command::new("strace")
            .args(["-f", "-qq", "-e", "trace=network,process,file", "-o"])
            .arg(&log)
            .args([BIN, "lsp"])
            .env_remove("LD_LIBRARY_PATH"),
    );
    // Settings that try to name files elsewhere are refused as unknown, not followed.
    initialize(
        &mut session,
        &root,
        json!({"newslint": {"configFile": "/etc/passwd", "entities": {"knownFile": "/etc/shadow"}}}),
    );
    let uri = format!("file://{}/a.md", root.display());
    session.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": "He said “x.\n"}}),
    );
    let hover = session.request(
        2,
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 8}}),
    );
    assert!(hover.get("error").is_none(), "{hover}");
    session.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"newslint": {"maxFileSize": 5, "include": ["/etc/hostname"]}}}),
    );
    let response = session.request(3, "shutdown", Value::Null);
    assert_eq!(response["result"], Value::Null);
    session.notify("exit", Value::Null);
    assert_eq!(session.wait(Duration::from_secs(20)), Some(0));
    let calls = syscalls(&log);
    for secret in ["/etc/passwd", "/etc/shadow", "/etc/hostname"] {
        assert!(
            !calls.iter().any(|c| c.contains(secret)),
            "read {secret} because a setting named it"
        );
    }
    assert_contained(&calls, &[&root, Path::new(BIN)]);
}

/// `exit` ends the process at once, even with an analysis running: code 0 after `shutdown`,
/// 1 without (the spec).
#[test]
fn exit_is_prompt_and_its_code_follows_the_spec() {
    let dir = tempfile::tempdir().unwrap();
    for shutdown_first in [true, false] {
        let mut session = Session::start(Command::new(BIN).arg("lsp"));
        initialize(&mut session, dir.path(), Value::Null);
        // Long enough to analyse that it is still running at `exit` in a debug build.
        let text = "He said “we will win, and then some.\n\n".repeat(30_000);
        session.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": "file:///tmp/big.md", "languageId": "markdown", "version": 1, "text": text}}),
        );
        if shutdown_first {
            let response = session.request(2, "shutdown", Value::Null);
            assert_eq!(response["result"], Value::Null);
        }
        let started = Instant::now();
        session.notify("exit", Value::Null);
        let code = session.wait(Duration::from_secs(20));
        eprintln!("exit took {:?}", started.elapsed());
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{:?}",
            started.elapsed()
        );
        assert_eq!(code, Some(if shutdown_first { 0 } else { 1 }));
    }
}
