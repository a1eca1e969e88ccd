//! The command line as a user runs it: output snapshots on the bundled articles, the JSON
//! contract, and bad input that must not stop the other files.

use expect_test::{expect, Expect};
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn newslint(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newslint"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn check_output(args: &[&str], dir: &Path, expected_code: i32, stdout: Expect, stderr: Expect) {
    let out = newslint(args, dir);
    stdout.assert_eq(&String::from_utf8_lossy(&out.stdout));
    stderr.assert_eq(&String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        out.status.code(),
        Some(expected_code),
        "exit status of newslint {args:?}"
    );
}

#[test]
fn check_the_bundled_articles() {
    check_output(
        &["check", "examples"],
        repo(),
        1,
        expect![[r#"
            examples/foreign-policy-concept.md:14:118: warning unsourced-claim: says who? a judgement stated as fact: “confirms”, and nothing attributes this sentence
            examples/foreign-policy-concept.md:16:222: info loaded-attribution-verb: “notes” takes sides; the neutral attribution verb is “says”
            examples/foreign-policy-concept.md:18:1: error unbalanced-quote: mismatched quote marks: “ is closed by " (expected ”)
            examples/foreign-policy-concept.md:22:1: error unbalanced-quote: mismatched quote marks: “ is closed by " (expected ”)
            examples/foreign-policy-concept.md:24:177: warning unsourced-claim: says who? a judgement stated as fact: “seem”, and nothing attributes this sentence
            examples/foreign-policy-concept.md:24:273: info weasel-wording: praise stated as fact: “significant” — who says so?
            examples/foreign-policy-concept.txt:18:118: warning unsourced-claim: says who? a judgement stated as fact: “confirms”, and nothing attributes this sentence
            examples/foreign-policy-concept.txt:20:222: info loaded-attribution-verb: “notes” takes sides; the neutral attribution verb is “says”
            examples/foreign-policy-concept.txt:22:1: error unbalanced-quote: mismatched quote marks: “ is closed by " (expected ”)
            examples/foreign-policy-concept.txt:26:1: error unbalanced-quote: mismatched quote marks: “ is closed by " (expected ”)
            examples/foreign-policy-concept.txt:28:177: warning unsourced-claim: says who? a judgement stated as fact: “seem”, and nothing attributes this sentence
            examples/foreign-policy-concept.txt:28:273: info weasel-wording: praise stated as fact: “significant” — who says so?
        "#]],
        expect![[r#"
            12 findings in 2 files
        "#]],
    );
}

#[test]
fn fail_on_sets_the_exit_status() {
    let out = newslint(
        &[
            "check",
            "--fail-on",
            "never",
            "examples/foreign-policy-concept.txt",
        ],
        repo(),
    );
    assert_eq!(out.status.code(), Some(0));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("clean.md"), "Nothing to see here.\n").unwrap();
    let out = newslint(&["check", "clean.md"], dir.path());
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn analyze_json_follows_the_contract() {
    let out = newslint(
        &["analyze", "--json", "examples/foreign-policy-concept.txt"],
        repo(),
    );
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let file = &json["files"][0];
    assert_eq!(file["path"], "examples/foreign-policy-concept.txt");
    let text: Vec<char> = include_str!("../examples/foreign-policy-concept.txt")
        .chars()
        .collect();
    let slice = |v: &Value| -> String {
        text[v["start"].as_u64().unwrap() as usize..v["end"].as_u64().unwrap() as usize]
            .iter()
            .collect()
    };
    for key in ["entities", "attributions", "claims", "diagnostics"] {
        assert!(file[key].is_array(), "{key} is a list");
    }
    let quotes: Vec<String> = file["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["direct"] == true)
        .map(|a| slice(&a["content"]))
        .collect();
    // Partial quotes come with the reported clause that holds them.
    assert!(
        quotes.iter().any(|q| q.contains("\"existential threat\"")),
        "{quotes:?}"
    );
    assert!(
        quotes
            .iter()
            .any(|q| q.starts_with("“In general, the West's policy")),
        "{quotes:?}"
    );
    // Code-point offsets: the diagnostic sits on the curly opening mark.
    let diagnostic = file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "unbalanced-quote")
        .expect("the mismatched marks are reported");
    assert_eq!(slice(diagnostic), "“");
}

/// The contract byte for byte, so that no change reorders, renames or drops a key unseen: keys in
/// alphabetical order, `null` for a missing speaker, source or cue, scores as 64-bit floats, one
/// line ending in a line break.
#[test]
fn analyze_json_prints_the_contract_exactly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("shape.md"),
        "“We will win.”\n\nJoe Biden said taxes rose 40% in 2023. Prices fell to their lowest level in a decade.\n",
    )
    .unwrap();
    check_output(
        &["analyze", "--json", "shape.md"],
        dir.path(),
        0,
        expect![[r#"
            {"files":[{"attributions":[{"content":{"end":14,"start":0},"cue":null,"direct":true,"entity":null,"source":null},{"content":{"end":53,"start":31},"cue":{"end":30,"start":26},"direct":false,"entity":"Joe Biden","source":{"end":25,"start":16}}],"claims":[{"end":14,"score":0.10082115232944489,"sourced":false,"start":0},{"end":54,"score":0.9649636149406433,"sourced":true,"start":16},{"end":101,"score":0.6935179233551025,"sourced":false,"start":55}],"diagnostics":[{"end":101,"message":"says who? a comparison: “fell”, and nothing attributes this sentence","rule":"unsourced-claim","severity":"warning","start":55}],"entities":[{"end":25,"entity":"Joe Biden","label":"PER","start":16}],"path":"shape.md"}]}
        "#]],
        expect![[r#""#]],
    );
}

#[test]
fn bad_files_are_reported_and_the_rest_checked() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir(root.join("articles")).unwrap();
    std::fs::write(root.join("articles/good.md"), "He said “we will win.\n").unwrap();
    std::fs::write(root.join("articles/latin1.txt"), b"Caf\xe9 society\n").unwrap();
    std::fs::write(root.join("articles/empty.txt"), "").unwrap();
    std::fs::write(
        root.join("articles/notes.rst"),
        "ignored: not Markdown or text",
    )
    .unwrap();
    check_output(
        &["check", "articles", "missing.md"],
        root,
        2,
        expect![[r#"
            articles/good.md:1:9: error unbalanced-quote: “ opens a quotation that is never closed in its paragraph (expected ”)
        "#]],
        expect![[r#"
            newslint: missing.md: No such file or directory (os error 2)
            newslint: articles/latin1.txt: not UTF-8 text (invalid byte at offset 3)
            1 finding in 2 files
        "#]],
    );
}

#[test]
fn a_broken_config_file_is_named_and_the_defaults_used() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(".newslint.toml"),
        "[rules]\nunbalanced-quote = \"loud\"\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "He said “we will win.\n").unwrap();
    let out = newslint(&["check", "a.txt"], dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(".newslint.toml") && stderr.contains("unknown variant `loud`"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("unbalanced-quote"));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn an_oversized_config_file_is_refused_unread_and_the_defaults_used() {
    let dir = tempfile::tempdir().unwrap();
    let comment_lines = "# padding\n".repeat(200_000);
    std::fs::write(dir.path().join(".newslint.toml"), comment_lines).unwrap();
    std::fs::write(dir.path().join("a.txt"), "He said “we will win.\n").unwrap();
    let out = newslint(&["check", "a.txt"], dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(".newslint.toml") && stderr.contains("too large for a settings file"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("unbalanced-quote"));
}

#[test]
fn the_analyze_listing_counts_the_claims_the_findings_report() {
    // The sentence's check-worthiness is under 0.5, but it is a forecast nobody is said to
    // make, and the says-who model flags it: the listing must show it as the same unsourced
    // claim the finding reports.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "The mayor is likely to face questions about the contract at Thursday's meeting.\n",
    )
    .unwrap();
    check_output(
        &["analyze", "a.txt"],
        dir.path(),
        0,
        expect![[r#"
            a.txt
              quotations and reported speech (0):
              check-worthy claims (1):
                    1:1  0.31 UNSOURCED The mayor is likely to face questions about the contract …
              findings (1):
                    1:1  warning unsourced-claim: says who? a prediction: “is likely to”, and nothing attributes this sentence
        "#]],
        expect![""],
    );
}

#[test]
fn settings_file_turns_rules_off() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(".newslint.toml"),
        "[rules]\nunbalanced-quote = \"off\"\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "He said “we will win.\n").unwrap();
    let out = newslint(&["check", "a.txt"], dir.path());
    assert!(out.stdout.is_empty());
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn sarif_is_2_1_0_with_rules_and_regions() {
    let out = newslint(
        &[
            "check",
            "--format",
            "sarif",
            "examples/foreign-policy-concept.txt",
        ],
        repo(),
    );
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert!(run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == "unbalanced-quote"));
    let results = run["results"].as_array().unwrap();
    let result = results
        .iter()
        .find(|r| r["ruleId"] == "unbalanced-quote")
        .unwrap();

    assert_eq!(result["level"], "error");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"]["startLine"],
        22
    );
}

#[test]
fn rules_and_explain() {
    let out = newslint(&["rules"], repo());
    assert!(String::from_utf8_lossy(&out.stdout).contains("unbalanced-quote"));
    let out = newslint(&["explain", "unbalanced-quote"], repo());
    assert!(String::from_utf8_lossy(&out.stdout).contains("several paragraphs"));
    let out = newslint(&["explain", "no-such-rule"], repo());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown rule `no-such-rule`"));
}

#[cfg(unix)]
#[test]
fn a_reader_that_stops_early_stops_the_listing_quietly() {
    use std::io::{BufRead, BufReader};
    use std::os::unix::process::ExitStatusExt;
    use std::process::Stdio;
    // Far more findings than a pipe holds, so the listing is still being written when the
    // reader goes (as `newslint check … | head -1` does).
    let dir = tempfile::tempdir().unwrap();
    let paragraph = "\"We will not stop until the work is done,\" the minister's aide wrote.\n\n";
    std::fs::write(dir.path().join("long.md"), paragraph.repeat(3_000)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newslint"))
        .args(["check", "long.md"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("long.md"), "{first}");
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        out.status.signal(),
        Some(13),
        "ended by SIGPIPE, as grep is"
    );
}

#[test]
fn a_dash_reads_the_text_from_standard_input() {
    use std::io::Write;
    use std::process::Stdio;
    let run_with_input = |args: &[&str], input: &[u8]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_newslint"))
            .args(args)
            .current_dir(repo())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        child.stdin.take().unwrap().write_all(input).unwrap();
        child.wait_with_output().unwrap()
    };
    let run = |args: &[&str], input: &str| run_with_input(args, input.as_bytes());
    let out = run(
        &["check", "-"],
        "\"We will not stop,\" the minister's aide wrote.\n",
    );
    expect![[r#"
        <stdin>:1:21: info anonymous-source: unnamed source: “the minister's aide”
    "#]]
    .assert_eq(&String::from_utf8_lossy(&out.stdout));
    assert_eq!(out.status.code(), Some(0));

    // The name given sets the format: Markdown syntax is not prose.
    let markdown = "```\n\"We will win,\" he said.\n```\n";
    let out = run(
        &["analyze", "--json", "--stdin-name", "story.md", "-"],
        markdown,
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["files"][0]["path"], "story.md");
    assert_eq!(json["files"][0]["attributions"], serde_json::json!([]));
    let out = run(&["analyze", "--json", "-"], markdown);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["files"][0]["path"], "<stdin>");
    assert_ne!(json["files"][0]["attributions"], serde_json::json!([]));

    let out = run_with_input(&["check", "-"], b"caf\xe9");
    assert_eq!(out.status.code(), Some(2));
    expect![[r#"
        newslint: -: not UTF-8 text (invalid byte at offset 3)
        0 findings in 0 files
    "#]]
    .assert_eq(&String::from_utf8_lossy(&out.stderr));
    let out = run(&["check", "-"], "");
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 findings in 1 file"));
}
