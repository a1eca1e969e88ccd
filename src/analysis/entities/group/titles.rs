//! Titles of people: inside a name ("President Vladimir Putin"), right before it, or in an
//! appositive ("the head of Russian diplomacy, Sergei Lavrov").

use super::words;
use crate::analysis::entities::gazetteer::{with_lower, Gazetteer, List};
use crate::analysis::entities::EntityLabel;
use crate::analysis::Span;
use crate::text::{ceil_char_boundary, words_at_offsets};

pub(super) fn is_title(word: &str) -> bool {
    with_lower(word, |lower| {
        Gazetteer::get().contains(lower, List::Title) || ROLE_NOUNS.contains(&lower)
    })
}

/// Lower-case role nouns that make an appositive a title ("the head of Russian diplomacy").
const ROLE_NOUNS: &[&str] = &[
    "head",
    "chief",
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "director",
    "leader",
    "chairman",
    "chairwoman",
    "ambassador",
    "adviser",
    "advisor",
    "envoy",
    "governor",
    "mayor",
    "senator",
    "official",
    "founder",
    "owner",
    "ceo",
    "editor",
    "professor",
    "author",
    "commander",
    "coach",
    "manager",
    "judge",
    "lawyer",
    "attorney",
    "analyst",
    "economist",
    "researcher",
    "scientist",
    "prosecutor",
    "negotiator",
    "diplomat",
    "counterpart",
    "deputy",
    "premier",
    "chancellor",
    "king",
    "queen",
    "general",
];

/// For a person: the name without leading titles ("President Vladimir Putin" → "Vladimir
/// Putin"), and the title, inside the span or right before it ("Foreign Minister"), or in an
/// appositive ("the head of Russian diplomacy, Sergei Lavrov").
pub(super) fn strip_title(text: &str, span: Span, label: EntityLabel) -> (Span, Option<Span>) {
    if label != EntityLabel::Per {
        return (span, None);
    }
    let inner = words(text, span);
    if let Some(cut) = title_cut(text, &inner) {
        let name = Span::new(inner[cut + 1].start, span.end);
        let title = Span::new(span.start, inner[cut].end);
        return (name, Some(title));
    }
    (span, title_outside(text, span.start))
}

/// The last title word inside a name's words, leaving at least one word of name.
pub(super) fn title_cut(text: &str, inner: &[Span]) -> Option<usize> {
    inner[..inner.len().saturating_sub(1)]
        .iter()
        .rposition(|w| is_title(w.slice(text)))
}

/// The title right before a name starting at `start`, or in an appositive before it.
pub(super) fn title_outside(text: &str, start: usize) -> Option<Span> {
    let floor = reach_floor(text, start);
    title_before(text, floor, start).or_else(|| appositive_before(text, floor, start))
}

/// How far before a name its title may begin, in bytes.
pub(super) const TITLE_REACH: usize = 160;

/// Where the look back for a title before `start` stops: titles are short, so that a document
/// without spaces does not cost a scan to its start per mention.
pub(super) fn reach_floor(text: &str, start: usize) -> usize {
    ceil_char_boundary(text, start.saturating_sub(TITLE_REACH))
}

/// Capitalised words right before `start` that end in a title ("Russian Foreign Minister").
fn title_before(text: &str, floor: usize, start: usize) -> Option<Span> {
    let mut title: Option<Span> = None;
    // Trimmed within the reach: blanked markup can leave nothing but spaces back to the floor.
    let trimmed_to = |end: usize| floor + text[floor..end].trim_end_matches([' ', '\t']).len();
    let mut end = trimmed_to(start);
    for _ in 0..4 {
        let space = text[floor..end]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace());
        let word_start = match space {
            // Past the whole space character: U+00A0 and friends are more than one byte.
            Some((at, c)) => floor + at + c.len_utf8(),

            // The start of the text; past the reach, the word may be cut.
            None if floor == 0 => 0,
            None => break,
        };
        let word = &text[word_start..end];
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let is_title_word = is_title(word);
        if word.is_empty() || (!is_title_word && (title.is_none() || !capitalised)) {
            break;
        }
        if word.ends_with([',', ';', ':']) {
            break;
        }
        title = Some(Span::new(word_start, title.map_or(end, |t| t.end)));
        end = trimmed_to(word_start);
        if end == word_start {
            break;
        }
    }
    title
}

/// "… the head of Russian diplomacy, NAME": the phrase after the last article before the
/// comma, when it holds a role noun.
fn appositive_before(text: &str, floor: usize, start: usize) -> Option<Span> {
    let before = text[floor..start].trim_end_matches([' ', '\t']);
    let before = before.strip_suffix(',')?;
    let words: Vec<(usize, &str)> = words_at_offsets(before)
        .rev()
        .take(8)
        .map(|(at, w)| (floor + at, w))
        .collect();
    let article = words
        .iter()
        .position(|(_, w)| matches!(*w, "the" | "a" | "an" | "The" | "A" | "An"))?;
    let phrase = &words[..article];
    let (first_start, _) = *phrase.last()?;
    let clean = phrase.iter().all(|(_, w)| {
        w.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '\'')
    });
    let has_role = phrase.iter().any(|(_, w)| is_title(w));
    (clean && has_role).then_some(Span::new(first_start, floor + before.len()))
}
