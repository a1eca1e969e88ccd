//! The analysis layer: pure and synchronous, `&str` + config → plain data with byte ranges.

pub mod claims;
mod span;

pub use span::Span;
