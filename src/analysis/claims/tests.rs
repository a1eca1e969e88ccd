//! Scores and weasels on prose we may ship: the bundled example and sentences written here.

use super::*;
use crate::text::{split_sentences, tokenize, Format, LineBreaks, Prose};
