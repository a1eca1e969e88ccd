//! Shared by `train_claims` and `tests/claims_floors.rs`: where the claim corpora are and
//! reading them. (Included with `#[path]`; the corpora themselves are never copied into the
//! project, and `analysis::claims::training` gets their text, not their paths.)
#![allow(dead_code)] // each user takes its own part of this module

use std::path::{Path, PathBuf};

/// `NEWSLINT_DATA`, else `shared/data` beside the project (`../shared/data`), if it exists.
pub fn default_data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("NEWSLINT_DATA")
        .map(Into::into)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    dir.join("clef2019_train.jsonl").exists().then_some(dir)
}

/// The text of `file` in `data`, or a message saying which file could not be read.
pub fn read(data: &Path, file: &str) -> Result<String, String> {
    let path = data.join(file);
    std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// CLEF-2019 check-worthiness debates.
pub const CLEF: &str = "clef2019_train.jsonl";
/// The CoNLL-2010 Wikipedia weasel sample.
pub const WEASEL: &str = "weasel_dev.jsonl";
/// PolNeAR news articles with their attributions: the source-cue model learns from train and
/// is scored on dev.
pub const POLNEAR_TRAIN: &str = "polnear_train.jsonl";
pub const POLNEAR_DEV: &str = "polnear_dev.jsonl";
