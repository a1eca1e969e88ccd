//! Quotation marks: finds every quotation in the prose and every mark that does not pair.
//!
//! One linear pass over the prose blocks with a stack of open marks. Straight marks are paired
//! by context and alternation; apostrophes ("the West's", "’90s", "rock ’n’ roll") and
//! inch/foot marks (5'10") are told apart from single quotes; a quotation may run over
//! several blocks when each continuing block opens with a quote mark (the news convention), or over
//! several lines of one block when copy puts one paragraph per line.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};

use super::attribution::cues;
use super::{Span, QUOTE_MARKS};
use crate::text::{floor_char_boundary, Block};

/// The typographic family a mark belongs to: marks pair only within their family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteFamily {
    /// `"…"`, `“…”`, `„…“`, `''…''`
    Double,
    /// `‘…’`, `'…'`, `‚…‘`
    Single,
    /// `«…»`, `‹…›`
    Guillemet,
    /// `「…」`, `『…』`
    Corner,
}

/// A quotation: the marks and what lies between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotation {
    pub open: Span,
    /// `None` when the quotation is never closed; its content then runs to the end of its block.
    pub close: Option<Span>,
    pub content: Span,
    pub family: QuoteFamily,
    /// Closed by a mark of another style (`“ … "`).
    pub mismatched: bool,
    /// 0 for an outermost quotation, 1 for a quotation inside it, …
    pub depth: u8,
    /// Runs over more than one block.
    pub multi_paragraph: bool,
}

impl Quotation {
    /// From the opening mark to the closing mark (or the end of the content).
    pub fn span(&self) -> Span {
        Span::new(
            self.open.start,
            self.close.map_or(self.content.end, |c| c.end),
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteProblem {
    /// An opening mark never closed in its block, and the next block does not continue it.
    Unclosed { open: Span, expected: &'static str },
    /// A closing mark with no opening mark before it.
    Unopened { close: Span },
    /// A pair of marks of different styles, `“ … "`.
    Mismatched {
        open: Span,
        close: Span,
        expected: &'static str,
    },
}

impl QuoteProblem {
    /// Where the diagnostic goes: on the opening mark where there is one.
    pub fn span(&self) -> Span {
        match *self {
            QuoteProblem::Unclosed { open, .. } | QuoteProblem::Mismatched { open, .. } => open,
            QuoteProblem::Unopened { close } => close,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Quotes {
    /// In order of their opening marks.
    pub quotations: Vec<Quotation>,
    pub problems: Vec<QuoteProblem>,
    /// Single marks are the copy's quotation marks (British style: ‘…,’ she said, with “…”
    /// inside), not only headline quotes and quotes within quotes as in American copy.
    pub single_marks_lead: bool,
    /// Where the single-marked quotations open that are set off as speech in copy whose
    /// single marks do not lead (see `single_marks_set_off_as_speech`), in order.
    pub single_marks_as_speech: Vec<usize>,
}

impl Quotes {
    /// Whether the marks of `quotation` set off somebody's words in this copy's style.
    pub fn marks_speech(&self, quotation: &Quotation) -> bool {
        quotation.family != QuoteFamily::Single
            || self.single_marks_lead
            || (self.single_marks_as_speech)
                .binary_search(&quotation.open.start)
                .is_ok()
    }

    /// The quotations whose opening mark stands inside `span`, with their indices, in order.
    pub fn opening_within(&self, span: Span) -> impl Iterator<Item = (usize, &Quotation)> {
        let first = self
            .quotations
            .partition_point(|q| q.open.start < span.start);
        (self.quotations[first..].iter().enumerate())
            .map(move |(i, q)| (first + i, q))
            .take_while(move |(_, q)| q.open.start < span.end)
    }
}

/// Whether single marks set off most of the outermost quotations of a few words or more, and at
/// least two: a scare-quoted word or an American subhead in single marks does not make it so.
fn single_marks_lead(text: &str, quotations: &[Quotation]) -> bool {
    const MIN_WORDS: usize = 3;
    // Most copy has no single-marked quotation at all: no words to count then.
    if !quotations
        .iter()
        .any(|q| q.depth == 0 && q.family == QuoteFamily::Single)
    {
        return false;
    }
    let (mut single, mut other) = (0, 0);
    for q in quotations.iter().filter(|q| q.depth == 0) {
        if q.content
            .slice(text)
            .split_whitespace()
            .nth(MIN_WORDS - 1)
            .is_some()
        {
            if q.family == QuoteFamily::Single {
                single += 1;
            } else {
                other += 1;
            }
        }
    }
    single >= 2 && single > other
}

/// Where the outermost single-marked quotations open that are set off as speech although double
/// marks lead: one closed by `,` `?` or `!` before a frame of saying ("'Every one of those numbers
/// is a person,' she said."), or opened after a colon that follows one ("said: 'We all know it
/// won't do.'"); and after such a quotation, each single-marked sentence of the same paragraph
/// ("… she said. 'We are told it will get better.'"). A scare-quoted word or a headline quote
/// has neither.
fn single_marks_set_off_as_speech(text: &str, quotations: &[Quotation]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut paragraph_of_last: Option<usize> = None;
    // Where the line holding the last quotation looked at starts, and that quotation's start:
    // each line break is looked for once, not back from every quotation (a megabyte's line of
    // quotations stays linear).
    let (mut paragraph, mut searched_to) = (0, 0);
    for q in quotations
        .iter()
        .filter(|q| q.depth == 0 && q.family == QuoteFamily::Single && q.close.is_some())
    {
        if let Some(at) = text[searched_to..q.open.start].rfind('\n') {
            paragraph = searched_to + at + 1;
        }
        searched_to = q.open.start;
        let goes_on_with_speech = paragraph_of_last == Some(paragraph)
            && opens_sentence(text, q.open.start, paragraph)
            && q.content.slice(text).starts_with(char::is_uppercase);
        if goes_on_with_speech
            || closes_before_saying(text, q)
            || opens_after_saying(text, q, paragraph)
            || opens_after_verb_of_saying(text, q, paragraph)
            || opens_in_clause_of_saying(text, q, paragraph)
            || signed_after_colon(text, q, paragraph)
        {
            found.push(q.open.start);
            paragraph_of_last = Some(paragraph);
        }
    }
    found
}

/// The mark at `open` starts a sentence: nothing but the paragraph's start or a sentence's end
/// before it.
fn opens_sentence(text: &str, open: usize, paragraph: usize) -> bool {
    let before = text[paragraph..open].trim_end();
    before.is_empty() || before.ends_with(['.', '?', '!', '\'', '’'])
}

/// How many words after a closing mark may hold the verb of its frame: "she said", "said Dr
/// Ellery", "the union's general secretary said".
const FRAME_WORDS: usize = 5;
/// How far after a closing mark, in bytes, those words are looked for: a sentence that never
/// ends is not read to its end from every quotation.
const FRAME_REACH: usize = 160;

/// The text after a closing mark, up to [`FRAME_REACH`] bytes (fewer, to end on a char).
fn within_frame_reach(text: &str, close: Span) -> &str {
    &text[close.end..floor_char_boundary(text, close.end + FRAME_REACH)]
}

/// `'…,' she said`: the quotation ends in a comma, question or exclamation mark and a verb of
/// saying follows in the same sentence.
fn closes_before_saying(text: &str, q: &Quotation) -> bool {
    const MIN_WORDS: usize = 3;
    let close = q.close.expect("only closed quotations are looked at");
    let content = q.content.slice(text);
    let after = within_frame_reach(text, close);
    // `‘a step forward, but not the end’, says …`: the comma after the closing mark, in copy
    // that keeps it outside, after a few words (a scare-quoted word is set off so too).
    let ends_as_speech = content.ends_with([',', '?', '!'])
        || after.starts_with(',') && content.split_whitespace().nth(MIN_WORDS - 1).is_some();
    let sentence = after[..after.find(['.', '\n']).unwrap_or(after.len())].trim();
    ends_as_speech
        && sentence
            .split_whitespace()
            .take(FRAME_WORDS)
            .any(reports_words_said)
}

/// `said: '…'`: the quotation opens after a colon that ends a frame of saying, in the
/// paragraph that starts at `paragraph`.
fn opens_after_saying(text: &str, q: &Quotation, paragraph: usize) -> bool {
    let before = &text[paragraph..q.open.start];
    before.trim_end().strip_suffix(':').is_some_and(|frame| {
        frame
            .split_whitespace()
            .rev()
            .take(2)
            .any(reports_words_said)
    })
}

/// How far back from an opening mark, in bytes, the words of its frame are read: a paragraph
/// of marks and no spaces is otherwise one word read back to its start for every quotation.
const LOOK_BACK: usize = 96;

/// The words before the mark at `open`, nearest first, read within [`LOOK_BACK`] bytes of the
/// paragraph that starts at `paragraph`; a word the window cut is no word.
fn words_before(text: &str, open: usize, paragraph: usize) -> impl Iterator<Item = &str> {
    let from = floor_char_boundary(text, open.saturating_sub(LOOK_BACK)).max(paragraph);
    let mut window = &text[from..open];
    if from > paragraph && !text[..from].ends_with(char::is_whitespace) {
        window = window
            .find(char::is_whitespace)
            .map_or("", |at| &window[at..]);
    }
    window.split_whitespace().rev()
}

/// `verb`, as headlines and standfirsts give it, is a verb of saying in the present: "says",
/// "warns"; not a noun ("a report") nor the body's "should have said", where single marks are a
/// quotation's inside one.
fn says_in_the_present(verb: &str) -> bool {
    verb.starts_with(char::is_lowercase)
        && crate::text::ends_in_single_s(verb)
        && reports_words_said(verb)
}

/// `owner calls it '…'`, `says '…'`: the quotation of two words or more opens right after a
/// verb of saying in the present (and "it" or "this", its object; or "calls" and its object)
/// and closes its sentence or clause, in the paragraph that starts at `paragraph`. Not `says
/// 'rigged' system`, where a noun follows.
fn opens_after_verb_of_saying(text: &str, q: &Quotation, paragraph: usize) -> bool {
    let close = q.close.expect("only closed quotations are looked at");
    let mut before = words_before(text, q.open.start, paragraph);
    // "calls it '…'": with its object, a verb of calling a thing something gives words too.
    let (verb, calls) = match before.next() {
        Some("it" | "this") => {
            let verb = before.next();
            let calls = verb == Some("calls");
            (verb, calls)
        }
        word => (word, false),
    };
    let closes_clause = within_frame_reach(text, close)
        .trim_start_matches([' ', '\t'])
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '\n' | '.' | ',' | ';' | '?' | '!'));
    verb.is_some_and(|verb| {
        if calls {
            verb.starts_with(char::is_lowercase) && crate::text::ends_in_single_s(verb)
        } else {
            says_in_the_present(verb)
        }
    }) && q.content.slice(text).split_whitespace().nth(1).is_some()
        && closes_clause
}

/// `Leader says council has '…' after …`: a quotation of a few words inside the clause that a
/// verb of saying in the present opens, a few words before the mark and with no stop between
/// (a headline's or standfirst's partial quote). A scare-quoted word or two is not speech.
fn opens_in_clause_of_saying(text: &str, q: &Quotation, paragraph: usize) -> bool {
    const MIN_WORDS: usize = 3;
    q.content
        .slice(text)
        .split_whitespace()
        .nth(MIN_WORDS - 1)
        .is_some()
        && words_before(text, q.open.start, paragraph)
            .take(FRAME_WORDS)
            .take_while(|word| !word.ends_with(['.', '?', '!', ':', ';']))
            .any(says_in_the_present)
}

/// `'We lose a fifth of the water': Nadia Ferreol on leaks`: a headline's quotation that opens
/// its paragraph, closed by a colon and a capitalised name (the speaker signs it). A title in
/// single marks has no colon after it; a headline's scare quote does not open it.
fn signed_after_colon(text: &str, q: &Quotation, paragraph: usize) -> bool {
    let close = q.close.expect("only closed quotations are looked at");
    let name = within_frame_reach(text, close)
        .trim_start_matches([' ', '\t'])
        .strip_prefix(':')
        .map(|rest| rest.trim_start_matches([' ', '\t']));
    // Two capitalised words, a name's, not "A mosque …", "The …".
    let named = name.is_some_and(|name| {
        let mut words = name.split_whitespace();
        let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        !["A", "An", "The"].contains(&first)
            && first.starts_with(char::is_uppercase)
            && second.starts_with(char::is_uppercase)
    });
    text[paragraph..q.open.start].trim().is_empty()
        && q.content.slice(text).split_whitespace().nth(1).is_some()
        && named
}

/// `word`, without the punctuation around it, is a verb of saying: "said", "told", "adds".
fn reports_words_said(word: &str) -> bool {
    cues::is_a_verb_of_saying(word.trim_matches(|c: char| !c.is_alphabetic()))
}

/// What a mark can do, from its glyph alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    span: Span,
    glyph: &'static str,
    family: QuoteFamily,
    role: Role,
}

#[derive(Debug, Clone, Copy)]
struct OpenMark {
    mark: Mark,
    depth: u8,
    multi_paragraph: bool,
}

/// Pairs that are correct typography in some language; anything else within a family is a mismatch.
const MATCHING_PAIRS: &[(&str, &str)] = &[
    ("“", "”"),
    ("„", "“"),
    ("„", "”"),
    ("”", "”"),
    ("\"", "\""),
    ("''", "''"),
    ("«", "»"),
    ("»", "«"),
    ("‹", "›"),
    ("›", "‹"),
    ("‘", "’"),
    ("'", "'"),
    ("‚", "‘"),
    ("‚", "’"),
    ("「", "」"),
    ("『", "』"),
];

/// The mark that correctly closes `open`.
fn expected_close(open: &str) -> &'static str {
    MATCHING_PAIRS
        .iter()
        .find(|(o, _)| *o == open)
        .map_or("”", |(_, c)| c)
}

pub fn find_quotations(text: &str, blocks: &[Block]) -> Quotes {
    let mut quotes = pair_blocks(text, blocks, SingleMarks::WithinBlocks);
    if !quotes.single_marks_lead {
        quotes.single_marks_as_speech = single_marks_set_off_as_speech(text, &quotes.quotations);
    } else {
        // British copy runs remarks over paragraphs in single marks as American copy does in
        // double ones: paired again, a paragraph that opens with a single mark may go on with
        // the quotation the one before left open. (Another linear pass, in such copy only.)
        quotes = pair_blocks(text, blocks, SingleMarks::OverParagraphs);
        quotes.single_marks_lead = true;
    }
    unquote_transcripts(text, &mut quotes.quotations);
    quotes
}

/// The most characters of a transcript's speaker label: "JAKE TAPPER".
const MAX_LABEL_LEN: usize = 30;

/// Whether `at` opens a transcript turn's label in capitals and a colon: "WALLACE: Let's start".
/// Reads at most the label's length: it runs on every line of a quotation over paragraphs.
fn opens_with_label(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let colon = (rest.char_indices())
        .take(MAX_LABEL_LEN + 1)
        .find(|&(_, c)| c == ':')
        .map(|(i, _)| i);
    colon.is_some_and(|colon| {
        let label = &rest[..colon];
        label.len() >= 2
            && label.starts_with(|c: char| c.is_uppercase())
            && (label.chars())
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
    })
}

/// A transcript quoted whole, each turn's paragraph opening with the mark and the speaker's
/// label ("Partial transcript as follows: ¶ \"WALLACE: Let's start … ¶ \"PENCE: Well, look …"),
/// is turns, each the words of its speaker, as the same transcript without the marks is:
/// not one quotation. The quotations inside its turns move out a level.
fn unquote_transcripts(text: &str, quotations: &mut Vec<Quotation>) {
    // In order, as the quotations are (by their opening marks), and apart: looked up by search.
    let transcripts: Vec<Span> = (quotations.iter())
        .filter(|q| {
            let mark = q.open.slice(text);
            let turn_opens = |line_start: usize| {
                text[line_start..].starts_with(mark)
                    && opens_with_label(text, line_start + mark.len())
            };
            q.depth == 0
                && q.multi_paragraph
                && opens_with_label(text, q.content.start)
                && (q.content.slice(text).match_indices('\n'))
                    .any(|(i, _)| turn_opens(q.content.start + i + 1))
        })
        .map(|q| q.span())
        .collect();
    if transcripts.is_empty() {
        return;
    }
    let transcript_of = |at: usize| {
        let next = transcripts.partition_point(|t| t.end <= at);
        transcripts.get(next).filter(|t| t.start <= at)
    };
    quotations.retain(|q| !(q.depth == 0 && transcript_of(q.open.start).is_some()));
    for q in quotations.iter_mut() {
        if transcript_of(q.open.start).is_some() {
            q.depth = q.depth.saturating_sub(1);
        }
    }
}

/// Whether single marks may set off remarks that run over paragraphs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SingleMarks {
    WithinBlocks,
    OverParagraphs,
}

fn pair_blocks(text: &str, blocks: &[Block], single_marks: SingleMarks) -> Quotes {
    let over_paragraphs = single_marks == SingleMarks::OverParagraphs;
    let mut quotes = Quotes::default();
    let mut stack: Vec<OpenMark> = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        let marks = scan_marks(text, block.span);
        let mut marks = marks.as_slice();
        // A block that opens with a quote mark continues a quotation left open by the block before
        // (the news convention for remarks over several paragraphs).
        if !stack.is_empty() {
            if marks
                .first()
                .is_some_and(|m| m.span.start == block.span.start && continues(&stack, *m))
            {
                continue_over_break(&mut stack, single_marks);
                marks = &marks[1..];
            } else {
                close_all_unclosed(&mut stack, &mut quotes, blocks[index - 1].span.end);
            }
        }
        for &mark in marks {
            // Copy that puts one paragraph per line, with no blank line between, follows the same
            // convention line by line: a line that opens with a mark after a line that ended a
            // sentence inside an open quotation continues it.
            if continues(&stack, mark) && opens_line_after_sentence(text, block.span, mark.span) {
                continue_over_break(&mut stack, single_marks);
                continue;
            }
            // "'This will hit the most vulnerable hardest." opening a paragraph of remarks that
            // the next paragraph goes on with.
            let opens_block = over_paragraphs
                && mark.span.start == block.span.start
                && text[mark.span.end..].starts_with(char::is_uppercase);
            pair_mark(text, mark, &mut stack, &mut quotes, opens_block);
        }
        // Single quotes run over blocks only in the second pass, and only at the outermost
        // level; an unclosed straight one was an apostrophe.
        while stack.last().is_some_and(|o| {
            o.mark.family == QuoteFamily::Single && !(over_paragraphs && o.depth == 0)
        }) {
            let open = stack.pop().expect("checked above");
            report_unclosed(open, &mut quotes, block.span.end);
        }
    }
    if let Some(last) = blocks.last() {
        close_all_unclosed(&mut stack, &mut quotes, last.span.end);
    }
    quotes.quotations.sort_by_key(|q| q.open.start);
    quotes.problems.sort_by_key(|p| p.span().start);
    quotes.single_marks_lead = single_marks_lead(text, &quotes.quotations);
    quotes
}

/// `mark` can continue a quotation still open in `stack`: an opening mark in the same style. After
/// a paragraph opened with a straight mark, one that opens with a curly mark is a quotation of its
/// own (a block quote's inner quotes, not a continuation).
fn continues(stack: &[OpenMark], mark: Mark) -> bool {
    mark.role != Role::Close
        && stack
            .iter()
            .any(|o| o.mark.family == mark.family && is_straight(o.mark) == is_straight(mark))
}

/// The open quotations run on past a paragraph break; single quotes only in British copy.
fn continue_over_break(stack: &mut Vec<OpenMark>, single_marks: SingleMarks) {
    stack.retain(|o| {
        o.mark.family != QuoteFamily::Single || single_marks == SingleMarks::OverParagraphs
    });
    for open in stack {
        open.multi_paragraph = true;
    }
}

/// `mark` starts a line of `block` (not its first), and the line before ends a sentence.
fn opens_line_after_sentence(text: &str, block: Span, mark: Span) -> bool {
    // The character right before, not a search back to the line's start: a line of 100,000
    // marks must stay linear.
    mark.start > block.start
        && text[..mark.start].ends_with(['\n', '\r'])
        && text[block.start..mark.start]
            .trim_end()
            .ends_with(['.', '?', '!', '…'])
}

fn is_straight(mark: Mark) -> bool {
    matches!(mark.glyph, "\"" | "'" | "''")
}

fn close_all_unclosed(stack: &mut Vec<OpenMark>, quotes: &mut Quotes, content_end: usize) {
    while let Some(open) = stack.pop() {
        report_unclosed(open, quotes, content_end);
    }
}

/// An unclosed straight single mark was an apostrophe: nothing to report.
fn report_unclosed(open: OpenMark, quotes: &mut Quotes, content_end: usize) {
    if open.mark.glyph == "'" {
        return;
    }
    let content = Span::new(open.mark.span.end, content_end.max(open.mark.span.end));
    quotes.problems.push(QuoteProblem::Unclosed {
        open: open.mark.span,
        expected: expected_close(open.mark.glyph),
    });
    quotes.quotations.push(Quotation {
        open: open.mark.span,
        close: None,
        content,
        family: open.mark.family,
        mismatched: false,
        depth: open.depth,
        multi_paragraph: open.multi_paragraph,
    });
}

/// The most quotations open at once. Prose nests three deep at most; past this the outermost is
/// reported unclosed where the next one opens, so that a paragraph of thousands of opening marks
/// keeps every pass over the open marks short (each mark looks through them).
const MAX_OPEN_QUOTATIONS: usize = 16;

/// `opens_block`: the mark opens a paragraph of British copy, where a single mark may open
/// remarks that close only in a later paragraph.
fn pair_mark(
    text: &str,
    mark: Mark,
    stack: &mut Vec<OpenMark>,
    quotes: &mut Quotes,
    opens_block: bool,
) {
    let (before, after) = neighbours(text, mark.span);
    let opening_context = is_opening_context(before, after);
    let closing_context = is_closing_context(before, after);
    let open_index = stack.iter().rposition(|o| o.mark.family == mark.family);
    let acts_as_close = match mark.role {
        Role::Close => open_index.is_some() || !opening_context,
        Role::Open => {
            open_index.is_some_and(|i| MATCHING_PAIRS.contains(&(stack[i].mark.glyph, mark.glyph)))
                || (open_index.is_some() && closing_context && !opening_context)
        }
        Role::Either => match (opening_context, closing_context) {
            (true, false) => false,
            (false, true) => true,
            _ => open_index.is_some(),
        },
    };
    if !acts_as_close {
        if mark.family == QuoteFamily::Single && !opens_block && !single_quote_can_open(text, mark)
        {
            return;
        }
        if stack.len() == MAX_OPEN_QUOTATIONS {
            let outermost = stack.remove(0);
            report_unclosed(outermost, quotes, mark.span.start);
        }
        let depth = u8::try_from(stack.len()).expect("at most MAX_OPEN_QUOTATIONS");
        stack.push(OpenMark {
            mark,
            depth,
            multi_paragraph: false,
        });
        return;
    }
    if mark.family == QuoteFamily::Single
        && open_index.is_some()
        && is_plural_possessive(text, mark)
    {
        return;
    }
    let Some(index) = open_index else {
        // A straight or curly single closing mark with nothing open is an apostrophe.
        if mark.family != QuoteFamily::Single {
            quotes
                .problems
                .push(QuoteProblem::Unopened { close: mark.span });
        }
        return;
    };
    // Marks opened inside the one being closed and never closed themselves.
    while stack.len() > index + 1 {
        let inner = stack.pop().expect("len > index + 1");
        report_unclosed(inner, quotes, mark.span.start);
    }
    let open = stack.pop().expect("index is in the stack");
    let mismatched = !MATCHING_PAIRS.contains(&(open.mark.glyph, mark.glyph));
    if mismatched {
        quotes.problems.push(QuoteProblem::Mismatched {
            open: open.mark.span,
            close: mark.span,
            expected: expected_close(open.mark.glyph),
        });
    }
    quotes.quotations.push(Quotation {
        open: open.mark.span,
        close: Some(mark.span),
        content: Span::new(open.mark.span.end, mark.span.start),
        family: mark.family,
        mismatched,
        depth: open.depth,
        multi_paragraph: open.multi_paragraph,
    });
}

/// How far (in characters) a closing single quote is looked for.
const SINGLE_QUOTE_REACH: usize = 600;

/// A single quote opens only when a plausible closing mark follows in the same block,
/// so a stray apostrophe never starts a quotation.
fn single_quote_can_open(text: &str, mark: Mark) -> bool {
    if mark.glyph == "‘" || mark.glyph == "‚" {
        return true;
    }
    // Bounded look-ahead keeps a block of ten thousand apostrophes linear.
    let mut offset = mark.span.end;
    for c in text[mark.span.end..].chars().take(SINGLE_QUOTE_REACH) {
        if c == '\'' || c == '’' {
            let (before, after) = neighbours(text, Span::new(offset, offset + c.len_utf8()));
            if is_closing_context(before, after) && !is_apostrophe(before, after) {
                return true;
            }
        }
        offset += c.len_utf8();
    }
    false
}

/// Whether a single mark after an "s" and before a lower-case word is a plural possessive
/// inside the quotation, not its close: "'… put out of their homes with two months' notice
/// and no reason given,' he said." It is when a close that ends speech, after a comma or a
/// stop, follows in the paragraph (bounded, as [`single_quote_can_open`] looks).
fn is_plural_possessive(text: &str, mark: Mark) -> bool {
    let after = &text[mark.span.end..];
    let before_s = text[..mark.span.start].ends_with('s');
    let lower_word_next = after
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase()));
    if !(before_s && lower_word_next) {
        return false;
    }
    let mut previous = ' ';
    for (at, c) in after.char_indices().take(SINGLE_QUOTE_REACH) {
        // The paragraph ends: looked for as it goes, so a long line stays linear.
        if c == '\n' && previous == '\n' {
            break;
        }
        if (c == '\'' || c == '’') && matches!(previous, ',' | '.' | '?' | '!') {
            let close = mark.span.end + at;
            let (before, after) = neighbours(text, Span::new(close, close + c.len_utf8()));
            if is_closing_context(before, after) {
                return true;
            }
        }
        previous = c;
    }
    false
}

fn neighbours(text: &str, span: Span) -> (Option<char>, Option<char>) {
    (
        text[..span.start].chars().next_back(),
        text[span.end..].chars().next(),
    )
}

fn is_opening_punctuation(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '—'
            | '–'
            | '-'
            | '/'
            | '“'
            | '‘'
            | '«'
            | '„'
            | '"'
            | '\''
            | '‹'
            | '「'
            | '『'
            | ':'
    )
}

/// Space or opening punctuation before, something other than space after.
fn is_opening_context(before: Option<char>, after: Option<char>) -> bool {
    let before_ok = before.is_none_or(|c| c.is_whitespace() || is_opening_punctuation(c));
    before_ok && after.is_some_and(|c| !c.is_whitespace())
}

/// Something other than space before, space or punctuation after.
fn is_closing_context(before: Option<char>, after: Option<char>) -> bool {
    let before_ok = before.is_some_and(|c| !c.is_whitespace());
    before_ok && after.is_none_or(|c| !c.is_alphanumeric())
}

/// `’` or `'` inside a word ("West's", "don’t") or before a number ("’90s").
fn is_apostrophe(before: Option<char>, after: Option<char>) -> bool {
    let letter_before = before.is_some_and(char::is_alphanumeric);
    let letter_after = after.is_some_and(char::is_alphanumeric);
    (letter_before && letter_after) || (!letter_before && after.is_some_and(|c| c.is_ascii_digit()))
}

/// Every quote mark in `text[span]`, with apostrophes and inch marks already left out.
fn scan_marks(text: &str, span: Span) -> Vec<Mark> {
    use QuoteFamily::*;
    let mut marks = Vec::new();
    let slice = &text[span.start..span.end];
    let (mut double_depth, mut single_depth) = (0usize, 0usize);
    let mut next = 0;
    // This pass runs over the whole document on every keystroke: a vectorised search skips to
    // the marks instead of decoding every char.
    while let Some(found) = mark_finder().find(Input::new(slice).span(next..slice.len())) {
        let offset = found.start();
        let c = slice[offset..].chars().next().expect("a mark is a char");
        next = offset + c.len_utf8();
        let start = span.start + offset;
        let one = Span::new(start, start + c.len_utf8());
        let (glyph, family, role, mark_span): (&'static str, QuoteFamily, Role, Span) = match c {
            '"' => ("\"", Double, Role::Either, one),
            '“' => ("“", Double, Role::Open, one),
            '”' => ("”", Double, Role::Close, one),
            '„' => ("„", Double, Role::Open, one),
            '«' => ("«", Guillemet, Role::Open, one),
            '»' => ("»", Guillemet, Role::Close, one),
            '‹' => ("‹", Guillemet, Role::Open, one),
            '›' => ("›", Guillemet, Role::Close, one),
            '「' => ("「", Corner, Role::Open, one),
            '」' => ("」", Corner, Role::Close, one),
            '『' => ("『", Corner, Role::Open, one),
            '』' => ("』", Corner, Role::Close, one),
            '\'' if slice[next..].starts_with('\'') => {
                next += 1;
                ("''", Double, Role::Either, Span::new(start, start + 2))
            }
            '‘' | '’' | '\'' | '‚' => {
                let (before, after) = neighbours(text, one);
                if is_apostrophe(before, after) || is_rock_n_roll(text, one) {
                    continue;
                }
                match c {
                    '‘' if text[one.end..].starts_with(|d: char| d.is_ascii_digit()) => continue,
                    '‘' => ("‘", Single, Role::Open, one),
                    '‚' if after.is_some_and(char::is_alphabetic) => {
                        ("‚", Single, Role::Open, one)
                    }
                    '‚' => continue,
                    '’' => ("’", Single, Role::Close, one),
                    _ => ("'", Single, Role::Either, one),
                }
            }
            _ => continue,
        };
        // 5'10" and 12": a straight mark right after a digit is a measurement; but with a
        // single quotation open, one before a space or a stop closes it: "would 'only help
        // by 2028'."
        let after_digit = text[..start].ends_with(|d: char| d.is_ascii_digit());
        let closes_single = single_depth > 0
            && text[one.end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '"');
        if after_digit && (glyph == "'" && !closes_single || (glyph == "\"" && double_depth == 0)) {
            continue;
        }

        // Rough counts of open double and single quotes, for the measurement test above.
        match family {
            Double => double_depth = open_after(double_depth, role),
            // A straight single mark opens only where a quotation can open: "officials' plan"
            // closes nothing it opened.
            Single if role == Role::Either => {
                let (before, after) = neighbours(text, mark_span);
                single_depth = if is_opening_context(before, after) {
                    single_depth + 1
                } else {
                    single_depth.saturating_sub(1)
                };
            }
            Single => single_depth = open_after(single_depth, role),
            _ => {}
        }

        marks.push(Mark {
            span: mark_span,
            glyph,
            family,
            role,
        });
    }
    marks
}

/// How many quotations of a family are open after a mark of `role`, `depth` before it: a
/// mark that may open or close closes one that is open.
fn open_after(depth: usize, role: Role) -> usize {
    match role {
        Role::Open => depth + 1,
        Role::Close => depth.saturating_sub(1),
        Role::Either if depth > 0 => depth - 1,
        Role::Either => depth + 1,
    }
}

/// Finds every character that can be a quote mark.
fn mark_finder() -> &'static AhoCorasick {
    static FINDER: OnceLock<AhoCorasick> = OnceLock::new();
    FINDER.get_or_init(|| {
        let marks: Vec<String> = QUOTE_MARKS.iter().map(char::to_string).collect();
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(marks)
            .expect("quote marks make an automaton")
    })
}

/// The apostrophes of "rock ’n’ roll" and "rock 'n' roll".
fn is_rock_n_roll(text: &str, mark: Span) -> bool {
    let after = &text[mark.start..];
    let before = &text[..mark.end];
    ["’n’ ", "'n' "].iter().any(|p| after.starts_with(p))
        || ["’n’", "'n'"].iter().any(|p| before.ends_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Format, Prose};

    fn quotes(source: &str) -> Quotes {
        let prose = Prose::parse(source, Format::PlainText);
        find_quotations(&prose.text, &prose.blocks)
    }

    fn contents(source: &str) -> Vec<&str> {
        quotes(source)
            .quotations
            .iter()
            .map(|q| q.content.slice(source))
            .collect()
    }

    #[test]
    fn pairs_every_style() {
        let source = "He said \"yes\", “no”, ''maybe'', «oui», „ja“, 「はい」 and ‘fine’.";
        assert_eq!(
            contents(source),
            ["yes", "no", "maybe", "oui", "ja", "はい", "fine"]
        );
        assert!(quotes(source).problems.is_empty());
    }

    #[test]
    fn apostrophes_and_measurements_are_not_quotes() {
        let source = "The West's policy in the ’90s, rock ’n’ roll, rock 'n' roll, the officials’ views, a 5'10\" man and a 12\" record.";
        let q = quotes(source);
        assert!(q.quotations.is_empty(), "{:?}", q.quotations);
        assert!(q.problems.is_empty(), "{:?}", q.problems);
    }

    /// A straight single mark after a figure closes the quotation open before it; with none
    /// open, or before more figures, it is a measurement.
    #[test]
    fn a_single_mark_after_a_year_closes_the_quotation() {
        let source = "He said the levy would 'only help if it starts before 2028'. \
                      The fence is 6' high and the player 5'10\".";
        assert_eq!(contents(source), ["only help if it starts before 2028"]);
        // A plural possessive opens nothing that a measurement after it could close.
        let source = "The officials' plan puts a 6' fence round the site.";
        assert!(
            quotes(source).quotations.is_empty(),
            "{:?}",
            quotes(source).quotations
        );
        assert!(
            quotes(source).problems.is_empty(),
            "{:?}",
            quotes(source).problems
        );
    }

    #[test]
    fn a_plural_possessive_inside_single_marks_does_not_close_them() {
        let source = "'Families are put out of their homes with two months' notice and no \
                      reason given,' he said. She called the officials' plan 'a scandal'.";
        let q = quotes(source);
        let contents: Vec<&str> = (q.quotations.iter())
            .map(|quotation| quotation.content.slice(source))
            .collect();
        assert_eq!(
            contents,
            [
                "Families are put out of their homes with two months' notice and no reason \
                 given,",
                "a scandal"
            ]
        );
    }

    #[test]
    fn single_marks_lead_in_british_copy_only() {
        let british =
            "‘We will not pay,’ she said. ‘Nobody asked us “why”, not once.’ He said ‘no’.";
        assert!(quotes(british).single_marks_lead);
        // American copy: single marks in a subhead and inside a quotation.
        let american = "'A fight from start to finish.'\n\n\"We will not pay,\" she said. \"He told me 'never ever again' and left,\" she added.";
        assert!(!quotes(american).single_marks_lead);
        // One quotation in single marks, or only scare quotes, is not a style.
        assert!(!quotes("‘We will not pay,’ she said.").single_marks_lead);
        assert!(!quotes("a ‘new’ plan, the ‘old’ plan and ‘more’ plans").single_marks_lead);
    }

    /// The contents of the quotations whose marks set off somebody's words.
    fn speech(source: &str) -> Vec<&str> {
        let q = quotes(source);
        (q.quotations.iter())
            .filter(|quotation| q.marks_speech(quotation))
            .map(|quotation| quotation.content.slice(source))
            .collect()
    }

    #[test]
    fn single_marks_set_off_as_speech_in_double_marked_copy() {
        let copy = "The council called it a \"disgrace\".\n\n'Every one of those fines is a family that cannot pay the rent,' she said. 'We were promised help. It never came.'\n\nA second tenant said: 'Nobody here can afford the '90s rents again.'";
        assert_eq!(
            speech(copy),
            [
                "disgrace",
                "Every one of those fines is a family that cannot pay the rent,",
                "We were promised help. It never came.",
                "Nobody here can afford the '90s rents again."
            ]
        );
        // A headline's quotation signed after a colon is speech; a scare-quoted word and a
        // headline quote with no name after its colon are not.
        let headline =
            "'Every fine is a family': Rosa Dunne on the rent crisis\n\n'Hope' is the word.\n\n'So tired': A town counts the cost";
        assert_eq!(speech(headline), ["Every fine is a family"]);
        // A headline's quotation closed outside its comma before "says", and one after "calls
        // it", are speech; a scare-quoted word before a noun, or words after a noun, are not.
        let standfirst = "Harbour plan 'late, costly and still unfinished', says council\n\nTenants cheer; landlord calls it 'a fair deal'\n\nMayor says 'rigged' vote stands\n\nThe board promised a report 'within weeks'.\n\n\"We will build it,\" the owner said. \"It will open in 2029.\"";
        assert_eq!(
            speech(standfirst),
            [
                "late, costly and still unfinished",
                "a fair deal",
                "We will build it,",
                "It will open in 2029."
            ]
        );
        // A headline quote, a scare-quoted word and a quote within a quotation stay what they are.
        let marks = "Mayor 'Mocking' Critics.\n\nThe 'new' plan, the West's view and rock 'n' roll. \"He told me 'never again,' he said,\" she said.";
        assert_eq!(speech(marks), ["He told me 'never again,' he said,"]);
    }

    #[test]
    fn headline_partial_quote_in_single_curly_marks_is_speech() {
        // A standfirst's partial quote in single curly marks, some words after "says", in copy
        // whose body quotes in double marks; apostrophes and a two-word scare quote stay out.
        let copy = "Mayor says Eastbrook council faces ‘a very hard winter’ after the levy vote\n\nThe West’s ‘clean air’ scheme, ’90s rules and rock ’n’ roll.\n\n“We will not close the pool,” the mayor said.";
        assert_eq!(
            speech(copy),
            ["a very hard winter", "We will not close the pool,"]
        );
        assert_eq!(
            contents(copy),
            [
                "a very hard winter",
                "clean air",
                "We will not close the pool,"
            ]
        );
    }

    #[test]
    fn nested_quotes() {
        let source = "“He told me ‘never’ and \"left\",” she said.";
        let q = quotes(source);
        assert_eq!(
            contents(source),
            ["He told me ‘never’ and \"left\",", "never", "left"]
        );
        assert_eq!(
            q.quotations.iter().map(|q| q.depth).collect::<Vec<_>>(),
            [0, 1, 1]
        );
        assert!(q.problems.is_empty());
    }

    #[test]
    fn mismatched_marks_as_in_the_example() {
        let source = "“In general, the West's policy of weakening Russia by any means is characterized as a new type of hybrid warfare.\"\n";
        let q = quotes(source);
        assert_eq!(q.quotations.len(), 1);
        assert!(q.quotations[0].mismatched);
        assert!(matches!(
            q.problems[..],
            [QuoteProblem::Mismatched {
                expected: "”", ..
            }]
        ));
        assert_eq!(q.problems[0].span().slice(source), "“");
    }

    #[test]
    fn multi_paragraph_convention() {
        let legal = "“The first paragraph of remarks.\n\n“The second paragraph,” he said.";
        let q = quotes(legal);
        assert!(q.problems.is_empty(), "{:?}", q.problems);
        assert_eq!(q.quotations.len(), 1);
        assert!(q.quotations[0].multi_paragraph);
        let restyled = "\"The excerpt opens.\n\n“Its own quotation,” she said.";
        let q = quotes(restyled);
        assert_eq!(
            contents(restyled),
            ["The excerpt opens.", "Its own quotation,"]
        );
        assert!(!q.quotations[1].multi_paragraph);
        let broken = "“The first paragraph of remarks.\n\nThen the reporter went on.";
        let q = quotes(broken);
        assert!(matches!(
            q.problems[..],
            [QuoteProblem::Unclosed {
                expected: "”", ..
            }]
        ));
        assert_eq!(
            q.quotations[0].content.slice(broken),
            "The first paragraph of remarks."
        );
    }

    #[test]
    fn a_transcript_quoted_whole_is_turns_not_one_quotation() {
        let source = "Partial transcript as follows:\n\n\
                      \"WALLACE: Will she be there? Is this “Shark Tank”?\n\n\
                      \"PENCE: She will not be attending.\"";
        let q = quotes(source);
        assert_eq!(contents(source), ["Shark Tank"]);
        assert_eq!(q.quotations[0].depth, 0);
        // Remarks over paragraphs with no speakers' labels stay one quotation.
        let remarks = "“WE will not be attending.\n\n“Nor will they,” he said.";
        assert!(quotes(remarks).quotations[0].multi_paragraph);
    }

    #[test]
    fn british_remarks_run_over_paragraphs_in_single_marks() {
        let source = "‘We will not pay,’ she said. ‘Nobody asked us.’\n\nHe said:\n\n'This will hit the most vulnerable hardest.\n\n'Families will bear the brunt.'\n\nThe '90s were kind to the council's finances.";
        let q = quotes(source);
        assert!(q.single_marks_lead);
        assert!(q.problems.is_empty(), "{:?}", q.problems);
        assert_eq!(
            contents(source)[2],
            "This will hit the most vulnerable hardest.\n\n'Families will bear the brunt."
        );
        assert!(q.quotations[2].multi_paragraph);
        assert_eq!(q.quotations.len(), 3);
        // In American copy a single mark opening a paragraph is a headline's or an apostrophe.
        let american =
            "'This will hit the most vulnerable hardest.\n\n'Families will bear the brunt.'";
        assert_eq!(contents(american), ["Families will bear the brunt."]);
    }

    #[test]
    fn one_paragraph_per_line_follows_the_same_convention() {
        // Copy scraped with one paragraph per line: the remarks run on over a line break, and the
        // next speaker's quotation is not swallowed by the first one.
        let source = "“If indeed he is not legitimate, how can you feel good about yourself.\n“I have been thinking,” added Rep. Jim Clyburn. “Not whistles.”\n“Look at how much they suffer,” he said.";
        let q = quotes(source);
        assert_eq!(
            contents(source),
            [
                "If indeed he is not legitimate, how can you feel good about yourself.\n“I have been thinking,",
                "Not whistles.",
                "Look at how much they suffer,"
            ]
        );
        assert!(q.quotations[0].multi_paragraph);
        assert!(q.problems.is_empty(), "{:?}", q.problems);
        // Lines that end in a lone carriage return are lines too, as everywhere in the text layer.
        let carriage_returns = source.replace('\n', "\r");
        assert_eq!(quotes(&carriage_returns).quotations.len(), 3);
        // A line broken inside a sentence is a wrap, not a new paragraph.
        let wrapped = "“He said it was\n“plainly wrong” and left.";
        assert_eq!(contents(wrapped)[1], "plainly wrong");
    }

    #[test]
    fn stray_closing_marks() {
        let source = "He left” and then said no.\" Done.";
        let q = quotes(source);
        assert_eq!(q.problems.len(), 2, "{:?}", q.problems);
        assert!(q
            .problems
            .iter()
            .all(|p| matches!(p, QuoteProblem::Unopened { .. })));
    }

    #[test]
    fn ten_thousand_marks_stay_linear_and_sane() {
        let source = "\"".repeat(10_001);
        let q = quotes(&source);
        // 5,000 pairs; the last mark, with nothing after it, can only close and has nothing to close.
        assert_eq!(q.quotations.len(), 5_000);
        assert!(matches!(q.problems[..], [QuoteProblem::Unopened { .. }]));
    }

    #[test]
    fn a_paragraph_of_opening_marks_keeps_at_most_sixteen_open() {
        let source = "“a ".repeat(1_000);
        let q = quotes(&source);
        assert_eq!(q.quotations.len(), 1_000);
        assert_eq!(q.problems.len(), 1_000);
        // Each of the first 984 is cut where the sixteenth mark after it opens; the last sixteen
        // run to the end of the paragraph.
        assert_eq!(
            q.quotations[0].content.slice(&source),
            format!("a {}", "“a ".repeat(15))
        );
        let block_end = q.quotations.last().expect("1,000").content.end;
        let to_the_end = q.quotations.iter().filter(|q| q.content.end == block_end);
        assert_eq!(to_the_end.count(), 16);
        assert_eq!(q.quotations.iter().map(|q| q.depth).max(), Some(15));
    }
}
