//! Attribution: who said what. Direct quotations and reported speech, each with its cue
//! ("said", "according to") and source ("Sergei Lavrov", "the document", "he").

use super::{Quotes, Sentence, Span};

#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// A direct quotation (its words in quote marks) rather than reported speech.
    pub direct: bool,
    /// The quoted words, or the reported clause.
    pub content: Span,
    /// Who or what is said to have said it, as written here ("Lavrov", "he", "the document").
    pub source: Option<Span>,
    /// The reporting verb or phrase.
    pub cue: Option<Span>,
    /// The canonical name of the speaker, when the source resolves to an entity.
    pub speaker: Option<String>,
    /// Index into `Quotes::quotations` for a direct quotation.
    pub quotation: Option<usize>,
    /// The source is unnamed ("a senior official", "sources close to the matter").
    pub anonymous: bool,
}

/// Every outermost quotation, for now without a speaker.
pub fn attribute(_text: &str, _sentences: &[Sentence], quotes: &Quotes) -> Vec<Attribution> {
    quotes
        .quotations
        .iter()
        .enumerate()
        .filter(|(_, q)| q.depth == 0 && !q.content.is_empty())
        .map(|(index, q)| Attribution {
            direct: true,
            content: q.content,
            source: None,
            cue: None,
            speaker: None,
            quotation: Some(index),
            anonymous: false,
        })
        .collect()
}
