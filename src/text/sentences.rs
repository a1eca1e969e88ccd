//! Sentence segmentation: UAX #29 sentence boundaries, then repaired for news abbreviations.

mod bounds;

use super::abbreviations::period_continues_sentence;
use super::floor_char_boundary;
use crate::analysis::Span;
use bounds::for_each_sentence_piece;

/// How line breaks inside a block are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineBreaks {
    /// Every line ends a sentence (plain text: scraped pages, one sentence per line).
    EndSentences,
    /// A single line break is a space (Markdown paragraphs are often hard-wrapped).
    AreSpaces,
}

/// Splits `text[span]` into sentences, trimmed of surrounding whitespace. Offsets are into `text`.
pub fn split_sentences(text: &str, span: Span, line_breaks: LineBreaks) -> Vec<Span> {
    let mut sentences = Vec::new();
    match line_breaks {
        LineBreaks::EndSentences => {
            let mut line_start = span.start;
            for line in super::lines_inclusive(&text[span.start..span.end]) {
                let line_span = Span::new(line_start, line_start + line.len());
                line_start = line_span.end;
                split_line(text, line_span, &mut sentences);
            }
        }
        LineBreaks::AreSpaces => split_line(text, span, &mut sentences),
    }
    if sentences.iter().any(|s| s.len() > MAX_SENTENCE_BYTES) {
        sentences = sentences
            .into_iter()
            .flat_map(|s| cut_to_length(text, s))
            .collect();
    }
    sentences
}

/// The longest sentence kept whole. News sentences stay under 1,000 bytes (PolNeAR's longest is
/// 983); a run of text without sentence punctuation is cut into pieces of at most this length, at
/// spaces where it has them, so that every pass over a sentence stays linear in the document.
const MAX_SENTENCE_BYTES: usize = 2_000;

fn cut_to_length(text: &str, span: Span) -> Vec<Span> {
    let mut pieces = Vec::new();
    let mut start = span.start;
    while span.end - start > MAX_SENTENCE_BYTES {
        let limit = floor_char_boundary(text, start + MAX_SENTENCE_BYTES);
        let end = text[start..limit]
            .rfind(char::is_whitespace)
            .filter(|&at| at > 0)
            .map_or(limit, |at| start + at);
        pieces.extend(trim(text, Span::new(start, end)));
        start = end;
    }
    pieces.extend(trim(text, Span::new(start, span.end)));
    pieces
}

fn split_line(text: &str, span: Span, out: &mut Vec<Span>) {
    let slice = &text[span.start..span.end];
    let first_new = out.len();
    // UAX #29 treats every line break as a paragraph separator; read them as spaces here.
    let flattened: std::borrow::Cow<str> = if slice.contains(['\n', '\r']) {
        slice.replace(['\n', '\r'], " ").into()
    } else {
        slice.into()
    };
    for_each_sentence_piece(&flattened, |offset, piece| {
        let Some(piece_span) = trim(
            text,
            Span::new(span.start + offset, span.start + offset + piece.len()),
        ) else {
            return;
        };
        if out.len() > first_new {
            let previous = out.last_mut().expect("checked above");
            if should_join(text, *previous, piece_span) {
                previous.end = piece_span.end;
                return;
            }
        }
        out.push(piece_span);
    });
}

/// Joins a break that UAX #29 made after an abbreviation ("Mr. Lavrov", "No. 229", "G. Iuvinale").
fn should_join(text: &str, previous: Span, next: Span) -> bool {
    let previous_text = previous.slice(text);
    let Some(before_period) = previous_text.strip_suffix('.') else {
        return false;
    };
    let last_word = before_period
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    let next_word = next
        .slice(text)
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    period_continues_sentence(last_word, next_word)
}

fn trim(text: &str, span: Span) -> Option<Span> {
    let slice = span.slice(text);
    let trimmed_start = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    (!trimmed.is_empty()).then(|| {
        Span::new(
            span.start + trimmed_start,
            span.start + trimmed_start + trimmed.len(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str, line_breaks: LineBreaks) -> Vec<&str> {
        split_sentences(text, Span::new(0, text.len()), line_breaks)
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn keeps_news_abbreviations_inside_sentences() {
        let text = "The Foreign Policy Concept was approved by President Vladimir Putin in a decree (No. 229, March 31, 2023) signed on Friday to replace the 2016 version. The document came into force immediately.";
        assert_eq!(sentences(text, LineBreaks::AreSpaces).len(), 2);
        let text = "Mr. Lavrov met Sen. Warren and Gov. Newsom in the U.S. capital on Jan. 5. G. Iuvinale wrote it.";
        assert_eq!(
            sentences(text, LineBreaks::AreSpaces),
            [
                "Mr. Lavrov met Sen. Warren and Gov. Newsom in the U.S. capital on Jan. 5.",
                "G. Iuvinale wrote it."
            ]
        );
        // Indian and French honorifics.
        let text = "Minister Smt. Kavita Deshmukh and Sh. Arun Rao met Mme. Roux. They spoke.";
        assert_eq!(sentences(text, LineBreaks::AreSpaces).len(), 2);
        // A title after a hyphen; not a word that ends a sentence wherever it stands.
        let text = "The margin for then-Sen. Barack Obama was narrow. He liked Pop-Art. He wore Type-A. It ended.";
        assert_eq!(
            sentences(text, LineBreaks::AreSpaces),
            [
                "The margin for then-Sen. Barack Obama was narrow.",
                "He liked Pop-Art.",
                "He wore Type-A.",
                "It ended."
            ]
        );
    }

    #[test]
    fn a_run_without_sentence_punctuation_is_cut_at_spaces() {
        let text = "prices rose again and ".repeat(400);
        let pieces = sentences(&text, LineBreaks::AreSpaces);
        assert_eq!(pieces.len(), 5);
        assert!(pieces.iter().all(|p| p.len() <= MAX_SENTENCE_BYTES));
        assert!(pieces.iter().all(|p| p.starts_with("prices")
            || p.starts_with("rose")
            || p.starts_with("again")
            || p.starts_with("and")));
        assert_eq!(
            pieces.concat().len() + pieces.len() - 1,
            text.trim_end().len()
        );
        let word = "é".repeat(3_000);
        let pieces = sentences(&word, LineBreaks::AreSpaces);
        assert_eq!(pieces.concat(), word);
    }

    #[test]
    fn an_acronym_can_end_a_sentence() {
        let text = "He moved to the U.S. The next year he left.";
        assert_eq!(
            sentences(text, LineBreaks::AreSpaces),
            ["He moved to the U.S.", "The next year he left."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let text =
            "“In general, the West's policy is hybrid warfare.\" Lavrov said so. Then he left.";
        assert_eq!(
            sentences(text, LineBreaks::AreSpaces),
            [
                "“In general, the West's policy is hybrid warfare.\"",
                "Lavrov said so.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn line_breaks_by_format() {
        let text = "Focus on Eurasia\nG Iuvinale";
        assert_eq!(
            sentences(text, LineBreaks::EndSentences),
            ["Focus on Eurasia", "G Iuvinale"]
        );
        let wrapped = "The new doctrine designates the West\nas an existential threat.";
        assert_eq!(sentences(wrapped, LineBreaks::AreSpaces).len(), 1);
    }
}
