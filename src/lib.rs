//! newslint: quotations and their speakers, named entities and unsourced claims in reported prose.
//!
//! Layers, each knowing only the ones below it: [`text`] → [`analysis`] → [`rules`] → `lsp` / `cli`.

pub mod analysis;
pub mod cli;
pub mod config;
pub mod lsp;
pub mod rules;
pub mod text;
