//! Reporting frames inside one unit of prose (a sentence, or the sentences one quotation spans):
//! a cue ("said", "according to", a speaker label's colon), its source and its content.
//!
//! Everything here looks at one unit only, so it can move into the cached block stage. Words
//! inside quotation marks are the speaker's, never the reporter's: cues and sources are looked
//! for outside them.

use super::cues::{ascii_lowercase, CueWord, Lexicon, VerbForm};
use crate::analysis::Span;
use crate::text::TokenKind;

#[derive(Debug, Clone, Copy)]
pub struct Word<'t> {
    pub span: Span,
    pub text: &'t str,
    pub kind: TokenKind,
    /// Inside an outermost quotation, marks included.
    pub quoted: bool,
}

impl Word<'_> {
    fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    fn is_one_of(&self, list: &[&str]) -> bool {
        let mut buffer = [0u8; 24];
        ascii_lowercase(self.text, &mut buffer).is_some_and(|lower| list.contains(&lower))
    }

    fn is_capitalized(&self) -> bool {
        self.kind == TokenKind::Word && self.text.starts_with(char::is_uppercase)
    }

    fn is_lowercase_word(&self) -> bool {
        self.kind == TokenKind::Word && self.text.starts_with(char::is_lowercase)
    }

    fn is_punct(&self, marks: &str) -> bool {
        self.kind == TokenKind::Punct && marks.contains(self.text)
    }

    fn is_possessive(&self) -> bool {
        self.is_one_of(&["'s", "’s"])
    }
}

/// One reporting event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    pub cue: Span,
    /// The verb, when the cue is one (not for "according to" or a speaker label's colon).
    pub verb: Option<CueWord>,
    pub source: Option<Span>,
    /// `None` when the cue ends its unit and introduces what follows ("Lavrov added:").
    pub content: Option<Span>,
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    "some", "many", "several", "another", "other", "each", "every", "no", "any", "both", "all",
    "most", "few",
];
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "you"];
const RELATIVE_PRONOUNS: &[&str] = &["who", "which", "that"];
const HEARERS: &[&str] = &[
    "him",
    "her",
    "them",
    "me",
    "us",
    "you",
    "reporters",
    "journalists",
    "the",
    "a",
    "an",
    "his",
    "their",
    "supporters",
    "listeners",
    "viewers",
    "readers",
    "audiences",
    "lawmakers",
    "host",
    "anchor",
    "interviewer",
    "correspondent",
];
/// Words that end a noun phrase read outwards from a cue.
const PHRASE_BREAKS: &[&str] = &[
    "that",
    "and",
    "but",
    "or",
    "because",
    "though",
    "although",
    "while",
    "when",
    "whereas",
    "as",
    "if",
    "since",
    "where",
    "so",
    "yet",
    "than",
    "what",
    "how",
    "why",
    "whether",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "not",
    "to",
    "also",
    "did",
    "does",
    "do",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "then",
    "who",
    "which",
    "whom",
    "whose",
    "said",
    "says",
    "told",
    "after",
    "before",
    "until",
    "unless",
    "once",
    "even",
    "however",
    "meanwhile",
    "instead",
];
/// Auxiliaries and adverbs between a subject and its verb ("has also said").
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "has",
    "have",
    "had",
    "would",
    "will",
    "could",
    "should",
    "may",
    "might",
    "must",
    "did",
    "does",
    "do",
    "also",
    "then",
    "later",
    "previously",
    "recently",
    "repeatedly",
    "once",
    "still",
    "again",
    "already",
    "now",
    "often",
    "never",
    "not",
    "n't",
    "just",
    "even",
    "further",
    "first",
    "long",
    "since",
    "reportedly",
    "initially",
];
const BE_FORMS: &[&str] = &[
    "is", "was", "were", "are", "been", "being", "be", "'s", "’s",
];
const PREPOSITIONS: &[&str] = &[
    "of", "for", "at", "in", "on", "from", "with", "by", "to", "about", "under", "over", "during",
    "into", "within", "without", "against", "among", "between", "through", "across", "near",
    "like", "amid", "despite", "toward", "towards", "upon", "per", "via",
];
/// What a short phrase after the cue starts with when it is an adverbial, not the content
/// ("she said on Friday", "he told reporters in Moscow").
const ADVERBIAL_STARTS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "last",
    "this",
    "earlier",
    "later",
    "after",
    "before",
    "yesterday",
    "today",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "recently",
    "again",
    "too",
    "afterward",
    "afterwards",
    "repeatedly",
    "privately",
    "publicly",
    "separately",
    "then",
    "when",
    "while",
    "as",
    "via",
    "through",
    "from",
    "to",
];
/// Capitalised words at a line's start that are not a speaker ("Update: …").
const NOT_SPEAKER_LABELS: &[&str] = &[
    "note",
    "update",
    "updated",
    "editor",
    "photo",
    "video",
    "watch",
    "related",
    "read",
    "source",
    "sources",
    "advertisement",
    "correction",
    "disclaimer",
    "listen",
    "warning",
    "breaking",
];
/// How far a noun phrase is read from its cue.
const MAX_PHRASE_WORDS: usize = 12;

/// The frames of one unit, in text order.
pub fn find_frames(words: &[Word], lexicon: &Lexicon) -> Vec<Frame> {
    let mut frames: Vec<Frame> = Vec::new();
    if let Some(label) = speaker_label(words) {
        frames.push(label);
    }
    let mut index = 0;
    while index < words.len() {
        let word = words[index];
        let next = index + 1;
        if word.quoted {
            index = next;
            continue;
        }
        if word.is("according") && words.get(next).is_some_and(|w| w.is("to") && !w.quoted) {
            if let Some(frame) = according_to(words, index) {
                frames.push(frame);
            }
            index = next + 1;
            continue;
        }
        let Some(verb) = lexicon
            .lookup(word.text)
            .filter(|_| word.is_lowercase_word())
        else {
            index = next;
            continue;
        };
        let mut cue_end = index;
        if let Some(particle) = verb.particle {
            if !words.get(next).is_some_and(|w| w.is(particle) && !w.quoted) {
                index = next;
                continue;
            }
            cue_end = next;
        }
        if let Some(frame) = verb_frame(words, index, cue_end, verb, &frames) {
            frames.push(frame);
        }
        index = cue_end + 1;
    }
    clip_before_trailing_frames(words, &mut frames);
    frames
}

/// "The doctrine notes “…”, summed up Lavrov": a later frame whose content comes before its
/// cue ends the content of an earlier frame that ran over it.
fn clip_before_trailing_frames(words: &[Word], frames: &mut [Frame]) {
    for later in 1..frames.len() {
        let frame = frames[later];
        let (Some(content), Some(source)) = (frame.content, frame.source) else {
            continue;
        };
        let boundary = source.start.min(frame.cue.start);
        if content.end > boundary {
            continue;
        }
        for earlier in &mut frames[..later] {
            let Some(earlier_content) = earlier.content else {
                continue;
            };
            if earlier.cue.end <= boundary && earlier_content.contains(boundary) {
                let kept: Vec<Word> = words
                    .iter()
                    .filter(|w| w.span.start >= earlier_content.start && w.span.end <= boundary)
                    .copied()
                    .collect();
                earlier.content = trimmed_content(&kept);
            }
        }
    }
}

/// "PENCE: Well, look …", "Pat Caddell: Democrat Voters Worried …": a name and a colon open the unit.
fn speaker_label(words: &[Word]) -> Option<Frame> {
    let colon = words
        .iter()
        .take(5)
        .position(|w| w.is_punct(":") && !w.quoted)?;
    let name = &words[..colon];
    let is_name = !name.is_empty()
        && name.iter().all(|w| w.is_capitalized() && !w.quoted)
        && !name[0].is_one_of(NOT_SPEAKER_LABELS)
        && !name[0].is_one_of(DETERMINERS);
    let rest = words.get(colon + 1..).filter(|rest| !rest.is_empty())?;
    is_name.then(|| Frame {
        cue: words[colon].span,
        verb: None,
        source: Some(cover(name)),
        content: trimmed_content(rest),
    })
}

/// "according to X, CLAUSE" and "CLAUSE, according to X".
fn according_to(words: &[Word], index: usize) -> Option<Frame> {
    let cue = words[index].span.cover(words[index + 1].span);
    let source_end = noun_phrase_forward(words, index + 2)?;
    let source = cover(&words[index + 2..source_end]);
    let before = clause_before(words, index);
    let content = match before {
        Some(before) => Some(before),
        None => trimmed_content(&words[source_end..]),
    };
    Some(Frame {
        cue,
        verb: None,
        source: Some(source),
        content,
    })
}

fn verb_frame(
    words: &[Word],
    index: usize,
    cue_end: usize,
    verb: CueWord,
    earlier: &[Frame],
) -> Option<Frame> {
    let cue = words[index].span.cover(words[cue_end].span);
    let previous = index.checked_sub(1).map(|i| words[i]);
    // "the report", "his claims", "of saying": a noun, not a verb.
    if previous.is_some_and(|p| {
        !p.quoted && (p.is_one_of(DETERMINERS) || p.is_possessive() || p.is_one_of(PREPOSITIONS))
    }) && (verb.is_ambiguous() || verb.is_gerund())
    {
        return None;
    }
    let after = cue_end + 1;
    if verb.is_gerund() {
        // "…, adding that …": the subject is the clause's, said before.
        if !previous.is_some_and(|p| p.is_punct(",—–-:;")) {
            return None;
        }
        let source = earlier
            .iter()
            .rev()
            .find_map(|f| f.source)
            .or_else(|| first_name(&words[..index]));
        return Some(Frame {
            cue,
            verb: Some(verb),
            source,
            content: content_after(words, after, verb),
        });
    }
    let subject_end = skip_back(words, index, BETWEEN_SUBJECT_AND_VERB);
    if matches!(verb.form, VerbForm::Past | VerbForm::Participle)
        && subject_end.is_some_and(|end| words[end].is_one_of(BE_FORMS))
    {
        return passive_frame(words, cue, after, verb);
    }
    if let Some(source) = subject_end.and_then(|end| subject_before(words, end)) {
        if verb.is_ambiguous() && !is_verb_position(words, source, subject_end?, verb) {
            return None;
        }
        let source_start = words.iter().position(|w| w.span.start == source.start)?;
        return Some(Frame {
            cue,
            verb: Some(verb),
            source: Some(source),
            content: choose_content(words, source_start, after, verb),
        });
    }
    if verb.is_ambiguous() {
        return None;
    }
    // "“…,” said Caddell": the subject follows the verb.
    let source_end = noun_phrase_forward(words, after)?;
    let source = cover(&words[after..source_end]);
    let content = clause_before(words, index).or_else(|| trimmed_content(&words[source_end..]));
    Some(Frame {
        cue,
        verb: Some(verb),
        source: Some(source),
        content,
    })
}

/// "It is also written in the document", "was announced by the ministry".
fn passive_frame(words: &[Word], cue: Span, after: usize, verb: CueWord) -> Option<Frame> {
    words
        .get(after)
        .filter(|w| w.is_one_of(&["by", "in"]) && !w.quoted)?;
    let source_end = noun_phrase_forward(words, after + 1)?;
    Some(Frame {
        cue,
        verb: Some(verb),
        source: Some(cover(&words[after + 1..source_end])),
        content: trimmed_content(&words[source_end..]),
    })
}

/// Whether a base or third-person form stands where a verb would ("officials say", "he claims")
/// rather than a noun ("the claims", "new reports").
fn is_verb_position(words: &[Word], source: Span, subject_end: usize, verb: CueWord) -> bool {
    let head = words[subject_end];
    if head.span.end != source.end {
        // Something stood between: an auxiliary ("will say", "did say").
        return true;
    }
    match verb.form {
        VerbForm::ThirdPerson => {
            head.is_capitalized()
                || head.is_one_of(&["he", "she", "it", "who", "which", "that"])
                || head.is_lowercase_word()
        }
        _ => {
            head.is_one_of(&["i", "we", "they", "you", "who", "which", "that"])
                || (head.text.ends_with('s') && !head.is_possessive())
        }
    }
}

/// The last index before `index` that is not one of `skipped`, nor an "-ly" adverb, nor a
/// bracketed aside ("Mike Pence (R-IN) said").
fn skip_back(words: &[Word], index: usize, skipped: &[&str]) -> Option<usize> {
    let mut at = index.checked_sub(1)?;
    loop {
        let word = words[at];
        if word.quoted {
            return Some(at);
        }
        if word.is_punct(")") {
            let open = words[..at].iter().rposition(|w| w.is_punct("("))?;
            at = open.checked_sub(1)?;
            continue;
        }
        let adverb = word.is_lowercase_word() && word.text.ends_with("ly") && word.text.len() > 4;
        if !(adverb || word.is_one_of(skipped)) {
            return Some(at);
        }
        at = at.checked_sub(1)?;
    }
}

/// The subject ending at `end`, read leftwards: "he", "who", "Stein spokeswoman Melezia
/// Figueroa", "the head of Russian diplomacy", "Sergei Lavrov, the foreign minister".
fn subject_before(words: &[Word], end: usize) -> Option<Span> {
    let head = words[end];
    if head.quoted || head.kind != TokenKind::Word || head.is_one_of(PREPOSITIONS) {
        return None;
    }
    if head.is_one_of(RELATIVE_PRONOUNS) || head.is_one_of(SUBJECT_PRONOUNS) {
        return Some(head.span);
    }
    if head.is_one_of(PHRASE_BREAKS) || head.is_one_of(DETERMINERS) {
        return None;
    }
    let mut start = end;
    while start > 0 && end - start < MAX_PHRASE_WORDS {
        let word = words[start - 1];
        let joins = !word.quoted
            && match word.kind {
                TokenKind::Word => {
                    !word.is_one_of(PHRASE_BREAKS) && !word.is_one_of(SUBJECT_PRONOUNS)
                }
                TokenKind::Number => true,
                TokenKind::Punct => word.is_punct("-&") || word.is_possessive(),
            };
        if !joins {
            break;
        }
        start -= 1;
    }
    // A leading prepositional phrase belongs to the sentence, not the subject ("In Moscow Lavrov").
    while start < end && (words[start].is_one_of(PREPOSITIONS) || words[start].is_punct("-&")) {
        start = words[start..end]
            .iter()
            .position(|w| w.is_capitalized() && !w.is_one_of(DETERMINERS))
            .map_or(end, |i| {
                start + i + 1 + name_run_len(&words[start + i + 1..end])
            });
    }
    let start = start.min(end);
    // "Sergei Lavrov, the foreign minister, said": take the name before the apposition too.
    let start = apposition_before(words, start).unwrap_or(start);
    Some(cover(&words[start..=end]))
}

fn name_run_len(words: &[Word]) -> usize {
    words.iter().take_while(|w| w.is_capitalized()).count()
}

/// When `words[start]` opens an apposition after a comma ("X, the Y of Z"), where X starts.
fn apposition_before(words: &[Word], start: usize) -> Option<usize> {
    if !words[start].is_one_of(DETERMINERS) && !words[start].is_lowercase_word() {
        return None;
    }
    let comma = start.checked_sub(1)?;
    if !words[comma].is_punct(",") {
        return None;
    }
    let mut name_start = comma;
    while name_start > 0 && words[name_start - 1].is_capitalized() && !words[name_start - 1].quoted
    {
        name_start -= 1;
    }
    let boundary = name_start
        .checked_sub(1)
        .map(|i| words[i])
        .is_none_or(|w| w.quoted || w.kind == TokenKind::Punct);
    (name_start < comma && comma - name_start <= 4 && boundary).then_some(name_start)
}

/// A noun phrase starting at `start` ("the poll", "Sen. Marco Rubio, R-Fla.", "the head of
/// Russian diplomacy, Sergei Lavrov"): returns its end index (exclusive).
fn noun_phrase_forward(words: &[Word], start: usize) -> Option<usize> {
    let first = words.get(start)?;
    let opens_phrase = !first.quoted
        && (first.is_capitalized()
            || first.is_one_of(DETERMINERS)
            || first.is_one_of(SUBJECT_PRONOUNS)
            || first.kind == TokenKind::Number
            || first.is_lowercase_word() && !first.is_one_of(PHRASE_BREAKS));
    if !opens_phrase || first.is_one_of(PREPOSITIONS) {
        return None;
    }
    let mut end = start + 1;
    while end < words.len() && end - start < MAX_PHRASE_WORDS {
        let word = words[end];
        if word.quoted {
            break;
        }
        let joins = match word.kind {
            TokenKind::Word => !word.is_one_of(PHRASE_BREAKS),
            TokenKind::Number => true,
            TokenKind::Punct => word.is_punct("-&") || word.is_possessive(),
        };
        if joins {
            end += 1;
            continue;
        }
        // "…, Sergei Lavrov," / "…, Sergei Lavrov." : a name in apposition.
        if word.is_punct(",") {
            let run = name_run_len(&words[end + 1..]);
            let after = words.get(end + 1 + run);
            if (1..=4).contains(&run) && after.is_none_or(|w| w.kind == TokenKind::Punct) {
                end += 1 + run;
                continue;
            }
        }
        break;
    }
    Some(end)
}

/// The content when the subject comes first: what follows the cue, or what came before the
/// subject ("…, the source added."), or both around a parenthetical ("The West, he said, is …").
fn choose_content(
    words: &[Word],
    source_start: usize,
    after: usize,
    verb: CueWord,
) -> Option<Span> {
    let before = clause_before(words, source_start);
    let following = words.get(after);
    let after_comma = following.is_some_and(|w| w.is_punct(",") && !w.quoted);
    if let (Some(before), true) = (before, after_comma) {
        let rest = &words[after + 1..];
        let continues = rest.first().is_some_and(|w| {
            !w.quoted && w.is_lowercase_word() && !w.text.ends_with("ing") && !is_adverbial(rest)
        });
        return Some(if continues {
            before.cover(trimmed_content(rest).unwrap_or(before))
        } else {
            before
        });
    }
    match content_after(words, after, verb) {
        Some(content) if !is_adverbial(&words[after..]) => Some(content),
        _ => before,
    }
}

/// What follows a cue: the hearer ("told reporters") skipped, up to the unit's end.
fn content_after(words: &[Word], mut start: usize, verb: CueWord) -> Option<Span> {
    if verb.takes_hearer() {
        while words
            .get(start)
            .is_some_and(|w| !w.quoted && (w.is_one_of(HEARERS) || w.is_capitalized()))
        {
            start += 1;
        }
    }
    // "said on Friday that …": the content starts at "that".
    let complementizer = words
        .iter()
        .skip(start)
        .take(8)
        .take_while(|w| !w.quoted && !w.is_punct(".;:—\"“”"))
        .position(|w| w.is("that"));
    if let Some(offset) = complementizer {
        start += offset;
    }
    trimmed_content(words.get(start..)?)
}

/// A few words of time or place, not a reported clause.
fn is_adverbial(words: &[Word]) -> bool {
    let rest: Vec<&Word> = words
        .iter()
        .skip_while(|w| w.is_punct(","))
        .take_while(|w| !w.is_punct(".;"))
        .collect();
    rest.first().is_none_or(|w| {
        !w.quoted && w.is_one_of(ADVERBIAL_STARTS) && rest.len() <= 6
            || rest.len() <= 3 && rest.iter().all(|w| !w.quoted && w.is_capitalized())
    })
}

/// The unit's words before `end`, when a comma, dash or closing quotation separates them from it.
fn clause_before(words: &[Word], end: usize) -> Option<Span> {
    let last = words[..end].last()?;
    if !(last.quoted || last.is_punct(",—–-:;")) {
        return None;
    }
    trimmed_content(&words[..end])
}

/// Spans `words` without the reporter's leading and trailing punctuation.
fn trimmed_content(words: &[Word]) -> Option<Span> {
    let is_edge = |w: &&Word| !w.quoted && w.kind == TokenKind::Punct && !w.is_punct("(");
    let first = words.iter().position(|w| !is_edge(&w))?;
    let last = words.iter().rposition(|w| !is_edge(&w))?;
    (first <= last).then(|| cover(&words[first..=last]))
}

/// The first capitalised name in `words`: the subject of a sentence such as "Putin had shown …,
/// touting".
fn first_name(words: &[Word]) -> Option<Span> {
    let start = words
        .iter()
        .position(|w| w.is_capitalized() && !w.quoted && !w.is_one_of(DETERMINERS))?;
    let run = name_run_len(&words[start..]);
    Some(cover(&words[start..start + run]))
}

fn cover(words: &[Word]) -> Span {
    match (words.first(), words.last()) {
        (Some(first), Some(last)) => first.span.cover(last.span),
        _ => Span::default(),
    }
}
