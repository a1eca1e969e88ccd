//! The command line against a hostile file system: unreadable, missing, non-UTF-8, huge and
//! special files, symlink loops and unreadable directories. Each bad input is one stderr line
//! with its path and the reason; the other files are still checked; the exit status is 2.
//!
//! Permission errors need a user that permissions apply to. Tests run as root in CI, where
//! they do not, so there the binary is run as `nobody` through `setpriv`; when that is not
//! possible the permission cases are skipped with a message saying so.

use std::fs;
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_newslint");

fn newslint(args: &[&str], dir: &Path) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

fn stderr_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// A directory with one good article (one finding) to show that the others are still checked.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.md"), "He said “we will win.\n").unwrap();
    dir
}

fn assert_good_file_checked(out: &Output) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("good.md:1:9: error unbalanced-quote"),
        "the good file was not checked: {stdout}"
    );
}

#[test]
fn missing_non_utf8_and_huge_files() {
    let dir = workspace();
    fs::write(dir.path().join("latin1.txt"), b"caf\xe9 \"x\"\n").unwrap();
    // Sparse: 11 MiB on paper, nothing to read, over the 10 MiB default.
    fs::File::create(dir.path().join("huge.txt"))
        .unwrap()
        .set_len(11 << 20)
        .unwrap();
    let out = newslint(
        &["check", "missing.md", "latin1.txt", "huge.txt", "good.md"],
        dir.path(),
    );
    assert_eq!(
        stderr_lines(&out),
        [
            "newslint: missing.md: No such file or directory (os error 2)",
            "newslint: latin1.txt: not UTF-8 text (invalid byte at offset 3)",
            "newslint: huge.txt: skipped: 11534336 bytes is over the maxFileSize setting (10485760 bytes)",
            "1 finding in 1 file",
        ]
    );
    assert_good_file_checked(&out);
    assert_eq!(out.status.code(), Some(2));

    // The limit is a setting; `analyze` reports the same way.
    fs::write(dir.path().join("small.toml"), "max-file-size = 10\n").unwrap();
    let out = newslint(
        &["analyze", "--json", "--config", "small.toml", "good.md"],
        dir.path(),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("good.md: skipped:"), "{stderr}");
    assert_eq!(out.status.code(), Some(2));
}

/// Files are analysed one at a time and streamed out: the output keeps the order of the walk,
/// and a bad file in the middle is reported where it comes without losing the others.
#[test]
fn many_files_stream_out_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (0..9).map(|i| format!("{i:02}.md")).collect();
    for (i, name) in names.iter().enumerate() {
        let paragraph = format!("The mayor said “we will rebuild {i}.”\n\n");
        fs::write(dir.path().join(name), paragraph.repeat(1 + (8 - i) * 200)).unwrap();
    }
    fs::write(dir.path().join("04.md"), b"caf\xe9\n").unwrap();
    let out = newslint(&["analyze", "--json", "."], dir.path());
    assert_eq!(
        stderr_lines(&out),
        ["newslint: ./04.md: not UTF-8 text (invalid byte at offset 3)"]
    );
    assert_eq!(out.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<(&str, usize)> = (json["files"].as_array().unwrap().iter())
        .map(|f| {
            let quotes = f["attributions"].as_array().unwrap().len();
            (f["path"].as_str().unwrap(), quotes)
        })
        .collect();
    let expected: Vec<(String, usize)> = (names.iter().enumerate())
        .filter(|(i, _)| *i != 4)
        .map(|(i, name)| (format!("./{name}"), 1 + (8 - i) * 200))
        .collect();
    let expected: Vec<(&str, usize)> = expected.iter().map(|(p, n)| (p.as_str(), *n)).collect();
    assert_eq!(files, expected);
}

/// A device or a pipe named on the command line is read only up to the size limit, so
/// `/dev/zero` cannot exhaust memory; one found in a directory walk is skipped with a note
/// (reading a FIFO would wait forever for a writer).
#[test]
fn special_files_do_not_hang_or_exhaust_memory() {
    let dir = workspace();
    fs::write(dir.path().join("limit.toml"), "max-file-size = 100000\n").unwrap();
    let started = Instant::now();
    let out = newslint(
        &["check", "--config", "limit.toml", "/dev/zero", "good.md"],
        dir.path(),
    );
    assert!(started.elapsed() < Duration::from_secs(20));
    let stderr = stderr_lines(&out);
    assert!(
        stderr[0].starts_with("newslint: /dev/zero: skipped:")
            && stderr[0].contains("over the maxFileSize"),
        "{stderr:?}"
    );
    assert_good_file_checked(&out);
    assert_eq!(out.status.code(), Some(2));

    let made = Command::new("mkfifo")
        .arg(dir.path().join("pipe.md"))
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("SKIPPED the FIFO case: mkfifo is not available");
        return;
    }
    let started = Instant::now();
    let mut child = Command::new(BIN)
        .args(["check", "."])
        .current_dir(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("newslint hung on a FIFO in a directory walk");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let stderr = stderr_lines(&out);
    assert_eq!(
        stderr[0], "newslint: ./pipe.md: skipped: not a regular file",
        "{stderr:?}"
    );
    assert_good_file_checked(&out);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn symlink_loops_and_dangling_links_in_a_walk() {
    let dir = workspace();
    let sub = dir.path().join("sub");
    fs::create_dir(&sub).unwrap();
    fs::write(sub.join("inner.txt"), "Fine.\n").unwrap();
    symlink("..", sub.join("up")).unwrap(); // sub/up → the workspace: a loop
    symlink("nowhere.md", dir.path().join("dead.md")).unwrap();
    symlink("self.md", dir.path().join("self.md")).unwrap();
    let started = Instant::now();
    let out = newslint(&["check", "."], dir.path());
    assert!(started.elapsed() < Duration::from_secs(20));
    let stderr = stderr_lines(&out);
    assert!(
        stderr.contains(&"newslint: ./dead.md: No such file or directory (os error 2)".to_owned()),
        "{stderr:?}"
    );
    assert!(
        stderr.contains(
            &"newslint: ./self.md: Too many levels of symbolic links (os error 40)".to_owned()
        ),
        "{stderr:?}"
    );
    assert!(
        stderr
            .iter()
            .any(|l| l.starts_with("newslint: ./sub/up: skipped: a symbolic link loops")),
        "{stderr:?}"
    );
    assert_eq!(stderr.last().unwrap(), "1 finding in 2 files");
    assert_good_file_checked(&out);
    assert_eq!(out.status.code(), Some(2));
}

/// How to run the binary as a user that file permissions apply to, if there is one.
fn unprivileged() -> Option<Vec<String>> {
    let uid = Command::new("id").arg("-u").output().ok()?;
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return Some(Vec::new());
    }
    let prefix: Vec<String> = [
        "setpriv",
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
    ]
    .map(str::to_owned)
    .to_vec();
    let works = Command::new(&prefix[0])
        .args(&prefix[1..])
        .arg(BIN)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    works.then_some(prefix)
}

#[test]
fn unreadable_files_and_directories() {
    let Some(prefix) = unprivileged() else {
        eprintln!(
            "SKIPPED: running as root without a working `setpriv` (or the binary is not \
             reachable by nobody), so permissions cannot be tested here"
        );
        return;
    };
    let dir = workspace();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    fs::set_permissions(
        dir.path().join("good.md"),
        fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    let secret = dir.path().join("secret.md");
    fs::write(&secret, "x").unwrap();
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    let locked = dir.path().join("locked");
    fs::create_dir(&locked).unwrap();
    fs::write(locked.join("inside.md"), "x").unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();

    let run = |args: &[&str]| {
        let mut command = Command::new(prefix.first().map_or(BIN, String::as_str));
        if !prefix.is_empty() {
            command.args(&prefix[1..]).arg(BIN);
        }
        command.args(args).current_dir(dir.path()).output().unwrap()
    };
    let out = run(&["check", "secret.md", "good.md"]);
    assert_eq!(
        stderr_lines(&out)[0],
        "newslint: secret.md: Permission denied (os error 13)"
    );
    assert_good_file_checked(&out);
    assert_eq!(out.status.code(), Some(2));

    let out = run(&["check", "."]);
    let stderr = stderr_lines(&out);
    assert!(
        stderr.contains(&"newslint: ./locked: Permission denied (os error 13)".to_owned()),
        "{stderr:?}"
    );
    assert!(
        stderr.contains(&"newslint: ./secret.md: Permission denied (os error 13)".to_owned()),
        "{stderr:?}"
    );
    assert_good_file_checked(&out);
    assert_eq!(out.status.code(), Some(2));
    // Let the temporary directory be removed.
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
}
