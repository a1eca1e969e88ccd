//! The analysis layer: pure and synchronous, `&str` + config → plain data with byte ranges.

mod span;

pub use span::Span;
