//! The analysis layer: pure and synchronous, `&str` + config → plain data with byte ranges.

pub mod entities;
mod span;

pub use span::Span;
