//! Finding, reading and analysing the files named on the command line. A file that cannot be
//! used is reported on stderr with its path and the reason, and the others go on.

use std::cell::Cell;
use std::collections::HashSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::Common;
use crate::analysis::{analyze, Analysis};
use crate::config::Config;
use crate::rules::{check, Finding};
use crate::text::{Format, LineIndex};

/// One file, read and analysed.
pub struct Report {
    pub path: String,
    pub source: String,
    pub analysis: Analysis,
    pub findings: Vec<Finding>,
    pub lines: LineIndex,
    /// The `claims.threshold` the findings used, so that listings count claims as they do.
    pub claim_threshold: f32,
}

/// The files named on the command line and the settings to check them with. Each report is
/// made when it is asked for and dropped once printed: output streams, and memory holds one
/// file's analysis, not all of them.
pub struct Inputs {
    config: Config,
    files: Vec<PathBuf>,
    stdin_name: String,
    /// Whether the settings, a path or a file could not be used (reported on stderr).
    failed: Cell<bool>,
}

const EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

impl Inputs {
    /// Loads the settings and lists the files; what cannot be used is reported on stderr.
    pub fn open(common: &Common) -> Inputs {
        let mut failed = false;
        let config = match load_config(common.config.as_deref()) {
            Ok(config) => config,
            Err(message) => {
                eprintln!("newslint: {message}; using the default settings");
                failed = true;
                Config::default()
            }
        };
        let mut files = Vec::new();
        for path in &common.paths {
            failed |= !collect(path, &mut files, &mut HashSet::new());
        }
        Inputs {
            config,
            files,
            stdin_name: common.stdin_name.clone(),
            failed: Cell::new(failed),
        }
    }

    /// The reports, in the order of the files, each made when it is asked for. A file that
    /// cannot be read is reported on stderr, with its path and the reason, and skipped.
    pub fn reports(&self) -> impl Iterator<Item = Report> + '_ {
        self.files.iter().filter_map(|path| {
            let report = if path == Path::new(STDIN) {
                read_stdin(&self.stdin_name, &self.config)
            } else {
                read(path, &self.config)
            };
            report
                .map_err(|reason| {
                    eprintln!("newslint: {}: {reason}", path.display());
                    self.failed.set(true);
                })
                .ok()
        })
    }

    /// Whether anything could not be used: the settings, a path, or a file read so far.
    pub fn failed(&self) -> bool {
        self.failed.get()
    }
}

/// The path that names standard input.
const STDIN: &str = "-";

fn read(path: &Path, config: &Config) -> Result<Report, String> {
    let size = fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > config.max_file_size as u64 {
        return Err(over_limit(size, config));
    }
    let file = fs::File::open(path).map_err(|e| e.to_string())?;
    let source = read_text(file, config)?;
    Ok(report(
        path.display().to_string(),
        source,
        Format::from_path(path),
        config,
    ))
}

/// `-`: the text piped in, reported under `name` (an editor or script passes the file's name).
fn read_stdin(name: &str, config: &Config) -> Result<Report, String> {
    let source = read_text(std::io::stdin().lock(), config)?;
    Ok(report(
        name.to_owned(),
        source,
        Format::from_path(Path::new(name)),
        config,
    ))
}

/// Reads at most one byte past the size limit: a device or pipe (`/dev/zero`, stdin) reports
/// no size.
fn read_text(input: impl Read, config: &Config) -> Result<String, String> {
    let mut bytes = Vec::new();
    input
        .take(config.max_file_size as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() > config.max_file_size {
        return Err(over_limit(bytes.len() as u64, config));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn over_limit(size: u64, config: &Config) -> String {
    format!(
        "skipped: {size} bytes is over the maxFileSize setting ({} bytes)",
        config.max_file_size
    )
}

fn report(path: String, source: String, format: Format, config: &Config) -> Report {
    let analysis = analyze(&source, format, config);
    let findings = check(&source, &analysis, config);
    let lines = LineIndex::new(&source);
    Report {
        path,
        source,
        analysis,
        findings,
        lines,
        claim_threshold: config.claims.threshold,
    }
}

/// Files under `path` in a stable order; directories give their Markdown and text files.
/// `seen` holds the canonical directories already walked, so symlink loops end. Every entry
/// that cannot be read is reported and the walk goes on; the result says whether any failed.
fn collect(path: &Path, files: &mut Vec<PathBuf>, seen: &mut HashSet<PathBuf>) -> bool {
    let report = |e: &dyn std::fmt::Display| {
        eprintln!("newslint: {}: {e}", path.display());
        false
    };
    if path == Path::new(STDIN) {
        // Read once, however often it is named.
        if !files.iter().any(|f| f == path) {
            files.push(path.to_owned());
        }
        return true;
    }
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) => return report(&e),
    };
    if !metadata.is_dir() {
        files.push(path.to_owned());
        return true;
    }
    match fs::canonicalize(path) {
        Ok(canonical) => {
            if !seen.insert(canonical) {
                return report(
                    &"skipped: a symbolic link loops back to a directory already checked",
                );
            }
        }
        Err(e) => return report(&e),
    }
    let mut entries: Vec<PathBuf> = match fs::read_dir(path) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .collect(),
        Err(e) => return report(&e),
    };
    entries.sort();
    let mut ok = true;
    for entry in entries {
        let hidden = entry
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if entry.is_dir() {
            if !hidden {
                ok &= collect(&entry, files, seen);
            }
        } else if entry
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e))
        {
            // A FIFO or device found in a walk is not an article (reading a FIFO would wait
            // forever); a link that does not resolve is left for `read` to report.
            if fs::metadata(&entry).is_ok_and(|m| !m.is_file()) {
                eprintln!("newslint: {}: skipped: not a regular file", entry.display());
                ok = false;
            } else {
                files.push(entry);
            }
        }
    }
    ok
}

/// `--config FILE`, or `.newslint.toml` in the current directory or the nearest parent.
fn load_config(explicit: Option<&Path>) -> Result<Config, String> {
    let path = match explicit {
        Some(path) => path.to_owned(),
        None => match find_config_file() {
            Some(path) => path,
            None => return Ok(Config::default()),
        },
    };
    let layer = Config::read_file(&path)?;
    let (config, warnings) =
        Config::from_value(layer).map_err(|e| format!("{}: {e}", path.display()))?;
    for warning in warnings {
        eprintln!("newslint: {}: {warning}", path.display());
    }
    Ok(config)
}

fn find_config_file() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    cwd.ancestors()
        .map(|dir| dir.join(crate::config::FILE_NAME))
        .find(|p| p.is_file())
}
