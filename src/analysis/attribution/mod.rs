//! Attribution: who said what. Direct quotations and reported speech, each with its cue
//! ("said", "according to") and source ("Sergei Lavrov", "the document", "he").
//!
//! Three passes, each linear:
//! 1. [`units`]: the prose cut into units — sentences, merged where one quotation spans several —
//!    with every word marked as the reporter's or inside quotation marks;
//! 2. per unit ([`frames`], [`link_unit`]): reporting frames and the quotations they cover. This
//!    needs nothing outside the unit;
//! 3. across units ([`carry_over`], [`speakers`]): a quotation standing alone continues the
//!    remarks of the speaker before it, a colon or "It is also written in the document" hands
//!    its source to the quotation that follows, and pronouns are resolved to names.

pub mod cues;
pub mod filter;
mod frames;
mod speakers;

pub(crate) use speakers::is_body_noun;
pub use speakers::{resolve_speakers, MentionLabel, NamedMention};

use std::ops::Range;
use std::sync::Arc;

use super::claims::Weasel;
use super::quotes::QuoteFamily;
use super::{
    BlockAnalysis, Quotation, Quotes, SentenceAnalysis, Span, QUOTE_MARKS, UNAMBIGUOUS_QUOTE_MARKS,
};
use crate::config::Config;
use crate::text::{tokenize, Block, BlockKind, TokenKind};
use cues::Lexicon;
use frames::{Frame, Word};
pub(crate) use frames::{IRREGULAR_PASTS, MODALS, RELATIVE_PRONOUNS, SEEM_VERBS};

/// Who did an act the claims layer reads in a sentence no frame parsed ("Clinton bashed Trump’s
/// proposal", `analysis::sourcing`): a name, a pronoun or a relative pronoun right before the
/// act's verb. Not before an adverb, a gerund or "seemed" ("repeatedly made the case", "spent
/// the run-up portraying", "New Hampshire seems stable"), whose subject is not the act's, nor
/// before a noun ("a relatively straightforward question").
pub fn subject_of_act(text: &str, sentence: Span, act: Span) -> Option<Span> {
    let verb = act.slice(text);
    if !verb.starts_with(char::is_lowercase)
        || verb.ends_with("ly")
        || verb.ends_with("ing")
        || SEEM_VERBS.contains(&verb)
    {
        return None;
    }
    // The sentence has no attribution, so no quotation of its own either.
    let words = reporters_words(text, sentence);
    let verb = words.iter().position(|w| w.span.start == act.start)?;
    let source = frames::subject_of(&words, verb)?;
    let head = words.iter().rfind(|w| w.span.end == source.end)?;
    (head.is_capitalized()
        || head.is_one_of(frames::SUBJECT_PRONOUNS)
        || head.is_one_of(RELATIVE_PRONOUNS))
    .then_some(source)
}

/// Whether "said" could stand in for the attribution's cue, as `loaded-attribution-verb`'s fix
/// puts it: the content is a quotation, comes before the cue or after a colon or comma, or is
/// a clause ("claimed that …", "insists the plan will work": a subject pronoun first, or an
/// auxiliary or "said" among its first words, before any comma; a clause with no auxiliary,
/// "insists the plan works", is missed). Not when the verb takes an object ("conceded defeat", "claiming a
/// victory", "insisted on a recount", "claim to represent …").
pub fn said_fits(text: &str, attribution: &Attribution) -> bool {
    let (Some(cue), content) = (attribution.cue, attribution.content) else {
        return false;
    };
    // "notes “the existential nature of the threats”": words in marks after the verb are said.
    let opens_with_marks = content
        .slice(text)
        .starts_with(['"', '“', '‘', '«', '„', '\'']);
    if attribution.direct || opens_with_marks || content.end <= cue.start {
        return true;
    }
    // "claims that his net worth exceeds …": the content may start after the "that".
    let between = text.get(cue.end..content.start).unwrap_or_default();
    if between.contains([':', ',']) || between.split_whitespace().any(|w| w == "that") {
        return true;
    }
    let words = reporters_words(text, content);
    let words = &words[..words.len().min(MAX_WORDS_BEFORE_VERB)];
    let Some(first) = words.first() else {
        return false;
    };
    // "they’re": the pronoun before its contraction.
    let first_word = first.text.split(['\'', '’']).next().unwrap_or_default();
    let first = Word {
        text: first_word,
        ..*first
    };
    first.is("that")
        || first.is_one_of(frames::SUBJECT_PRONOUNS)
        || first.is("there")
        || (words.iter()).take_while(|w| !w.is_punct(",")).any(|w| {
            w.is_one_of(frames::FINITE_AUXILIARIES)
                || w.is_one_of(frames::BE_FORMS)
                || w.is_one_of(&["said", "says"])
        })
}

/// Where the words are a source's, not the writer's to change or answer for: inside a
/// quotation, or inside what a named source is said to have said or written ("the mayor said it
/// was unclear whether …"; not what a stance or an act covers, "He supports many of …"). Asked
/// about spans in document order, it passes once over the quotations and attributions.
#[derive(Debug, Clone)]
pub struct SourcesWords {
    quoted: Coverage,
    said: Coverage,
}

impl SourcesWords {
    pub fn new(text: &str, quotes: &Quotes, attributions: &[Attribution]) -> Self {
        let reports_words = |a: &&Attribution| {
            let cue = a.cue.map_or("", |c| c.slice(text));
            a.source.is_some()
                && !a.anonymous
                && (frames::is_according_to(cue) || cues::is_a_verb_of_saying(cues::verb_of(cue)))
        };
        SourcesWords {
            quoted: Coverage::new(quotes.quotations.iter().map(Quotation::span).collect()),
            said: Coverage::new(
                (attributions.iter())
                    .filter(reports_words)
                    .map(|a| a.content)
                    .collect(),
            ),
        }
    }

    /// A weasel phrase the writer does not answer for: any inside a quotation; a hedge, a
    /// vague amount or praise inside what a named source said.
    pub fn own(&mut self, weasel: &Weasel) -> bool {
        self.quoted.covers(weasel.span) || !weasel.kind.is_strong() && self.said.covers(weasel.span)
    }
}

/// Whether spans cover a span, asked for spans in document order.
#[derive(Debug, Clone)]
struct Coverage {
    /// By start.
    spans: Vec<Span>,
    next: usize,
    /// The furthest end of the spans that start at or before the last span asked about.
    reach: usize,
}

impl Coverage {
    fn new(mut spans: Vec<Span>) -> Self {
        spans.sort_unstable_by_key(|s| s.start);
        Coverage {
            spans,
            next: 0,
            reach: 0,
        }
    }

    fn covers(&mut self, span: Span) -> bool {
        while let Some(s) = self.spans.get(self.next).filter(|s| s.start <= span.start) {
            self.reach = self.reach.max(s.end);
            self.next += 1;
        }
        span.end <= self.reach
    }
}

/// The words of `span`, all read as the reporter's (none inside quotation marks).
fn reporters_words(text: &str, span: Span) -> Vec<Word<'_>> {
    (tokenize(text, span).into_iter())
        .map(|token| Word {
            span: token.span,
            text: token.span.slice(text),
            kind: token.kind,
            quoted: false,
        })
        .collect()
}

/// How far into a reported clause its verb is looked for ("his health care plan would …").
const MAX_WORDS_BEFORE_VERB: usize = 8;

#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// Holds words in quote marks: a quotation, or reported speech with a quoted phrase in it.
    pub direct: bool,
    /// The quoted words with their marks, or the reported clause.
    pub content: Span,
    /// Who or what is said to have said it, as written here ("Lavrov", "he", "the document").
    pub source: Option<Span>,
    /// The reporting verb or phrase.
    pub cue: Option<Span>,
    /// The canonical name of the speaker: the name a pronoun or surname stands for, or the
    /// source as written when it is no name ("the document").
    pub speaker: Option<String>,
    /// Index into `Quotes::quotations` of the first quotation inside `content`.
    pub quotation: Option<usize>,
    /// The source is unnamed ("a senior official", "sources close to the matter").
    pub anonymous: bool,
}

impl Attribution {
    /// Whether the cue is a verb of attitude ("voted", "welcomed", "wants";
    /// `data/attribution/reporting_verbs.txt`): it reports an act or a stance of the source's,
    /// not their account of anything.
    pub fn cue_is_attitude(&self, text: &str) -> bool {
        self.cue.is_some_and(|cue| {
            Lexicon::new(&[])
                .lookup(cues::verb_of(cue.slice(text)))
                .is_some_and(|verb| verb.is_attitude())
        })
    }

    /// The source up to a relative clause it holds: "A senior official" of "A senior official,
    /// who spoke on condition of anonymity because …".
    pub fn source_head(&self, text: &str) -> Option<Span> {
        self.source.map(|source| {
            let head = speakers::before_relative_clause(source.slice(text));
            Span::new(source.start, source.start + head.len())
        })
    }

    /// Indices into `Quotes::quotations` of the quotations inside the content.
    pub fn quotations<'q>(&self, quotes: &'q Quotes) -> impl Iterator<Item = usize> + 'q {
        let content = self.content;
        let first = self.quotation.unwrap_or(quotes.quotations.len());
        (first..quotes.quotations.len())
            .take_while(move |&i| quotes.quotations[i].open.start < content.end)
            .filter(move |&i| content.contains_span(quotes.quotations[i].span()))
    }
}

/// The per-unit part of attribution for one block, in block-relative offsets: computed with
/// the block (and cached with it) as if the block stood alone. The document stage uses it when
/// the document's quotations in the block are exactly these, and none runs in from before.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockAttribution {
    /// The block's quotations, paired inside the block alone.
    quotations: Vec<Quotation>,
    /// Whether single marks led in the block alone: the units hold for a document whose
    /// single marks lead alike, or for a block with none.
    single_marks_lead: bool,
    /// Its units in order: where each starts and what linking it left.
    units: Vec<(usize, LinkedUnit)>,
}

impl BlockAttribution {
    /// The block alone has no quotation.
    pub fn has_no_quotations(&self) -> bool {
        self.quotations.is_empty()
    }
}

/// The block stage of attribution: `text` is the block's prose alone, `sentences` its
/// sentences. `None` when the block's units do not account for its quotations on their own.
pub fn prepare_block(
    text: &str,
    kind: BlockKind,
    sentences: &[SentenceAnalysis],
    config: &Config,
) -> Option<BlockAttribution> {
    let lexicon = Lexicon::new(&config.attribution.speech_verbs);
    let block = Block {
        span: Span::new(0, text.len()),
        kind,
    };
    let quotes = super::quotes::find_quotations(text, &[block]);
    let outermost = outermost(&quotes);
    let mut builder = UnitBuilder::default();
    builder.push_block(text, 0, block, sentences, &quotes, &outermost);
    if builder.next_quote != outermost.len() {
        return None;
    }
    let units = builder
        .units
        .iter()
        .map(|unit| {
            let unit_words = &builder.words[unit.words.clone()];
            let frames = frames::find_frames(unit_words, &lexicon);
            let linked = link_unit(text, unit, unit_words, &frames, &quotes, &outermost);
            (unit.start, linked)
        })
        .collect();
    Some(BlockAttribution {
        single_marks_lead: quotes.single_marks_lead,
        quotations: quotes.quotations,
        units,
    })
}

/// Indices of the outermost quotations that hold something.
fn outermost(quotes: &Quotes) -> Vec<usize> {
    (0..quotes.quotations.len())
        .filter(|&i| quotes.quotations[i].depth == 0 && !quotes.quotations[i].content.is_empty())
        .collect()
}

/// Finds every attribution in the document, in order of content.
pub fn attribute(
    text: &str,
    blocks: &[Block],
    analyses: &[Arc<BlockAnalysis>],
    quotes: &Quotes,
    config: &Config,
    use_blocks: bool,
) -> Vec<Attribution> {
    let lexicon = Lexicon::new(&config.attribution.speech_verbs);
    let outermost = outermost(quotes);
    // Units in document order: from the blocks' cached results where they hold, else built
    // here from the tokens (a quotation running over blocks, marks paired differently).
    // Sized from the cached units: grown one push at a time, it copied its large elements
    // a dozen times on every keystroke.
    let cached_units = (analyses.iter())
        .filter_map(|a| a.attribution.as_ref())
        .map(|a| a.units.len())
        .sum();
    let mut sequence: Vec<(UnitPlace, LinkedUnit)> = Vec::with_capacity(cached_units);
    let mut builder = UnitBuilder::default();
    let mut linked_units = 0;
    let link_pending = |builder: &UnitBuilder, linked_units: &mut usize, sequence: &mut Vec<_>| {
        for unit in &builder.units[*linked_units..] {
            let unit_words = &builder.words[unit.words.clone()];
            let frames = frames::find_frames(unit_words, &lexicon);
            let linked = link_unit(text, unit, unit_words, &frames, quotes, &outermost);
            sequence.push((
                UnitPlace {
                    start: unit.start,
                    block: unit.block,
                },
                linked,
            ));
        }
        *linked_units = builder.units.len();
    };
    let mut next_quotation = 0;
    // The furthest end of the quotations opened before the block.
    let mut reach = 0;
    for (index, (block, analysis)) in blocks.iter().zip(analyses).enumerate() {
        let offset = block.span.start;
        let first = next_quotation;
        while next_quotation < quotes.quotations.len()
            && quotes.quotations[next_quotation].open.start < block.span.end
        {
            next_quotation += 1;
        }
        let in_block = &quotes.quotations[first..next_quotation];
        let clean = reach <= offset
            && builder.open_until <= offset
            && builder.next_quote
                == outermost.partition_point(|&q| quotes.quotations[q].open.start < offset);
        let cached = analysis.attribution.as_ref().filter(|cached| {
            use_blocks
                && clean
                && cached.quotations.len() == in_block.len()
                && cached
                    .quotations
                    .iter()
                    .zip(in_block)
                    .all(|(local, doc)| shifted(local, offset) == *doc)
                && (cached.single_marks_lead == quotes.single_marks_lead
                    || in_block.iter().all(|q| q.family != QuoteFamily::Single))
                // A quotation at the block's start reads the character before it.
                && !(cached.quotations.first().is_some_and(|q| q.open.start == 0)
                    && text[..offset].ends_with('='))
        });
        match cached {
            Some(cached) => {
                link_pending(&builder, &mut linked_units, &mut sequence);
                for (start, linked) in &cached.units {
                    sequence.push((
                        UnitPlace {
                            start: start + offset,
                            block: index,
                        },
                        linked.shifted(offset, first),
                    ));
                }
                let next_quote = outermost
                    .partition_point(|&q| quotes.quotations[q].open.start < block.span.end);
                builder.skip_block(next_quote, in_block);
            }
            None => {
                builder.push_block(text, index, *block, &analysis.sentences, quotes, &outermost)
            }
        }
        reach = in_block
            .iter()
            .map(|q| q.span().end)
            .fold(reach, usize::max);
    }
    link_pending(&builder, &mut linked_units, &mut sequence);
    let (mut attributions, turns) = carry_over(text, sequence, quotes);
    // "A:" answers an interview's "Q:"; elsewhere a lone "A" and a colon is nobody.
    if !(attributions.iter()).any(|a| interview_label(text, a) == Some(frames::QUESTION_LABEL)) {
        attributions.retain(|a| interview_label(text, a) != Some(frames::ANSWER_LABEL));
    }
    let reports_nothing = |a: &Attribution| {
        is_bare_object(text, a)
            || finds_a_thing(text, a)
            || !a.direct
                && a.cue
                    .is_some_and(|cue| only_sets_the_scene(text, cue, a.content))
    };
    attributions.retain(|a| !reports_nothing(a));
    for attribution in attributions.iter_mut() {
        end_before_reporters_relative_clause(text, quotes, attribution);
    }
    attributions.sort_by_key(|a| (a.content.start, a.content.end));
    drop_reports_inside_others(text, quotes, &mut attributions);
    extend_turns(&mut attributions, &turns);
    speakers::name_speakers(text, &mut attributions);
    attributions
}

/// How many neighbours in content order are read for one whose content holds an attribution:
/// a sentence has a few; the bound keeps the pass linear.
const HOLDER_NEIGHBOURS: usize = 6;

/// "The budget appears to have support from members who said it was fair": reported speech
/// whose cue and content lie inside another attribution's content is part of what that one
/// reports, as `frames::drop_nested` reads it within a unit's frames; here also inside a frame
/// with no source and inside the attributions linked to quotations (PolNeAR train: 52 fewer
/// contents, 9 fewer matches).
/// As there, a report that quotes inside a content before its cue stays ("The doctrine notes
/// “…”, summed up Lavrov": the words are the doctrine's). So does one whose words are in
/// single marks where those set off speech: "‘…,’ the admiral told TBN, according to a
/// transcript" is the admiral's.
fn drop_reports_inside_others(text: &str, quotes: &Quotes, attributions: &mut Vec<Attribution>) {
    let holds_speech = |content: Span| {
        (quotes.opening_within(content))
            .any(|(_, q)| content.contains_span(q.span()) && quotes.marks_speech(q))
    };
    let inside = |inner: &Attribution, outer: &Attribution| {
        let content_first = outer.cue.is_some_and(|cue| outer.content.end <= cue.start);
        !inner.direct
            && outer.content != inner.content
            && outer.content.contains_span(inner.content)
            && inner
                .cue
                .is_some_and(|cue| outer.content.contains_span(cue))
            && !(content_first
                && (inner.content.slice(text).contains(UNAMBIGUOUS_QUOTE_MARKS)
                    || holds_speech(inner.content)))
    };
    let held: Vec<bool> = (0..attributions.len())
        .map(|i| {
            let near = i.saturating_sub(HOLDER_NEIGHBOURS)
                ..(i + HOLDER_NEIGHBOURS + 1).min(attributions.len());
            near.into_iter()
                .any(|j| j != i && inside(&attributions[i], &attributions[j]))
        })
        .collect();
    let mut held = held.into_iter();
    attributions.retain(|_| !held.next().unwrap_or(false));
}

/// A quotation moved right by `offset` bytes.
fn shifted(quotation: &Quotation, offset: usize) -> Quotation {
    Quotation {
        open: quotation.open.shift(offset),
        close: quotation.close.map(|c| c.shift(offset)),
        content: quotation.content.shift(offset),
        ..*quotation
    }
}

/// Verbs by which a record or a document shows what somebody did or said: "The emails show that
/// the administrator asked …" (`speakers` takes the person it shows as the speaker).
pub(super) const SHOWING_VERBS: &[&str] = &[
    "show",
    "shows",
    "showed",
    "showing",
    "shown",
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
    "reveal",
    "reveals",
    "revealed",
    "revealing",
    "demonstrate",
    "demonstrates",
    "demonstrated",
    "prove",
    "proves",
    "proved",
    "proven",
    "indicate",
    "indicates",
    "indicated",
];

/// Besides the verbs of showing, verbs that report only when what follows is a clause or a
/// quotation: what somebody keeps up, marks or steers clear of ("maintains a program",
/// "continued his attacks", "celebrated his birthday", "avoided the subject").
const KEEPING_VERBS: &[&str] = &[
    "maintain",
    "maintains",
    "maintained",
    "maintaining",
    "continue",
    "continues",
    "continued",
    "continuing",
    "celebrate",
    "celebrates",
    "celebrated",
    "celebrating",
    "avoid",
    "avoids",
    "avoided",
    "avoiding",
];

/// Whether a cue's verb reports only a clause or a quotation: "the study shows that …" reports;
/// "Putin had shown his complicity", "the adoption confirms the deep rift" do not (PolNeAR
/// train: 3 fewer matches, 39 fewer false alarms).
fn reports_only_a_clause(verb: &str) -> bool {
    SHOWING_VERBS.contains(&verb) || KEEPING_VERBS.contains(&verb)
}

/// Determiners that open a plain noun phrase.
pub(crate) const NOUN_PHRASE_OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "this", "these", "those", "our", "my", "your",
];

/// Reported speech whose cue reports only a clause and whose "content" is a bare noun phrase.
fn is_bare_object(text: &str, attribution: &Attribution) -> bool {
    let Some(cue) = attribution.cue else {
        return false;
    };
    if attribution.direct {
        return false;
    }
    let verb = last_word(text, cue);
    let first = attribution
        .content
        .slice(text)
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    // "…, campaign finance records show.": the clause before is what they show.
    if attribution.content.start < cue.start {
        return false;
    }
    // "Other recent polls show a 56% approval rating": a poll's or a record's findings.
    let documents = (attribution.source)
        .is_some_and(|source| EVIDENCE_HOLDERS.contains(&last_word(text, source).as_str()));
    reports_only_a_clause(&verb) && NOUN_PHRASE_OPENERS.contains(&first.as_str()) && !documents
}

/// The last word of `span`, lower case, without the punctuation after it: a cue's verb ("has
/// found"), a source's head ("Other recent polls").
fn last_word(text: &str, span: Span) -> String {
    let word = span.slice(text).split_whitespace().last().unwrap_or("");
    (word.to_lowercase())
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

/// Forms of "find", which reports a finding ("The inquiry found that …", "the poll found Trump
/// ahead") but also tells of a thing come upon.
const FIND_FORMS: &[&str] = &["find", "finds", "found", "finding"];

/// Who comes upon things in the copy: "Officers found the car abandoned", "Firefighters found
/// him unconscious" tell what was found, not what anybody said.
const SEARCHERS: &[&str] = &[
    "police",
    "officers",
    "detectives",
    "firefighters",
    "paramedics",
    "rescuers",
    "searchers",
    "divers",
    "crews",
    "coastguard",
    "troopers",
    "deputies",
];

/// "found himself in a tight race", "found a receptive audience", "Officers found the car
/// abandoned": a finding of nobody's. A poll's "found an astonishing 73 percent" reports
/// (PolNeAR train: 10 of 10 reflexive and 10 of 11 indefinite objects are no gold content).
pub fn finds_a_thing(text: &str, attribution: &Attribution) -> bool {
    let Some(cue) = attribution.cue else {
        return false;
    };
    if attribution.direct
        || attribution.content.start < cue.end
        || !FIND_FORMS.contains(&last_word(text, cue).as_str())
    {
        return false;
    }
    let words = reporters_words(text, attribution.content);
    let first = words
        .first()
        .map_or(String::new(), |w| w.text.to_lowercase());
    let figure_follows = (1..=3).any(|i| {
        words
            .get(i)
            .is_some_and(|w| w.text.starts_with(|c: char| c.is_ascii_digit()))
    });
    let searcher = (attribution.source)
        .is_some_and(|source| SEARCHERS.contains(&last_word(text, source).as_str()));
    match first.as_str() {
        "himself" | "herself" | "themselves" | "itself" | "myself" | "ourselves" => true,
        "a" | "an" => !figure_follows,
        first => {
            searcher
                && (NOUN_PHRASE_OPENERS.contains(&first)
                    || ["him", "her", "them", "it"].contains(&first))
        }
    }
}

/// Whether a content after its cue, or after the act `analysis::sourcing` reads, only sets it
/// in time or place ("Trump spoke at a gathering of fracking industry leaders", "Cruz
/// continued on Saturday"): nothing is reported there (PolNeAR train: 32 fewer matches, 115
/// fewer false alarms). The frame still names the speaker of the quotations that follow.
pub fn only_sets_the_scene(text: &str, cue: Span, content: Span) -> bool {
    if content.start < cue.end {
        return false;
    }
    let words = reporters_words(text, content);
    let tell = Lexicon::new(&[])
        .lookup(cue.slice(text))
        .is_some_and(|verb| verb.lemma == "tell");
    frames::is_setting_only(&words) || tell && frames::is_hearer_and_setting(&words)
}

/// What shows things in its findings: "the poll shows her with a net positive of 51 points".
const EVIDENCE_HOLDERS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "records",
    "data",
    "analysis",
    "figures",
    "numbers",
    "results",
    "report",
    "filings",
    "documents",
    "markets",
    "polling",
];

/// `touting the "special nature" of relations, which nonetheless seem biased`: a relative
/// clause after the last quoted words of a mixed quotation is the reporter's own comment, so
/// the content ends before it.
fn end_before_reporters_relative_clause(
    text: &str,
    quotes: &Quotes,
    attribution: &mut Attribution,
) {
    if !attribution.direct {
        return;
    }
    let Some(last_quote_end) = attribution
        .quotations(quotes)
        .map(|i| quotes.quotations[i].span().end)
        .last()
    else {
        return;
    };
    if last_quote_end >= attribution.content.end {
        return;
    }
    let tail = &text[last_quote_end..attribution.content.end];
    if let Some(at) = [", which ", ", who "]
        .iter()
        .filter_map(|m| tail.find(m))
        .min()
    {
        attribution.content.end = last_quote_end + at;
    }
}

/// Sentences, merged where a quotation runs from one into the next.

#[derive(Debug, Clone)]
struct Unit {
    words: Range<usize>,
    /// Byte offset of its first word.
    start: usize,
    /// The block of its first word.
    block: usize,
    /// Into the list of outermost quotations: those opening inside the unit.
    quotations: Range<usize>,
}

/// Where a unit is, for the passes across units.
#[derive(Debug, Clone, Copy)]
struct UnitPlace {
    /// Byte offset of its first word.
    start: usize,
    /// The block of its first word.
    block: usize,
}

/// Builds units block by block, in document order.
#[derive(Default)]
struct UnitBuilder<'t> {
    words: Vec<Word<'t>>,
    units: Vec<Unit>,
    /// Into the list of outermost quotations: the next one to open.
    next_quote: usize,
    /// The end of the latest quotation opened so far.
    open_until: usize,
    /// Where the last unit's quotations end (into the list of outermost quotations).
    quotations_end: usize,
}

impl<'t> UnitBuilder<'t> {
    fn push_block(
        &mut self,
        text: &'t str,
        block_index: usize,
        block: Block,
        sentences: &[SentenceAnalysis],
        quotes: &Quotes,
        outermost: &[usize],
    ) {
        // Room for the block's words at once, not grown word by word.
        self.words
            .reserve(sentences.iter().map(|s| s.tokens.len()).sum());
        for sentence in sentences {
            let start = self.words.len();
            let sentence_start = sentence.span.start + block.span.start;
            // Still inside a quotation an earlier sentence opened, or the attribution after a
            // quotation that ended its sentence ("“…?” Vitter demanded.", "“…” ― Sonya Herridge"):
            // the same unit goes on.
            let block_text = block.span.slice(text);
            let tokens = sentence.tokens_in(block_text);
            let continues = sentence_start < self.open_until
                || self.units.last().is_some_and(|unit| {
                    unit.block == block_index
                        // Not across a line break: "“… ISIS “co-founder.”⏎Hewitt challenged …".
                        && self.words.last().is_some_and(|w: &Word| {
                            w.quoted && !text[w.span.end..sentence_start.max(w.span.end)].contains('\n')
                        })
                        && is_attribution_tail(
                            block_text,
                            &tokens,
                            self.words.get(unit.words.start).is_some_and(|w| w.quoted),
                        )
                });
            for token in tokens.iter() {
                let span = token.span.shift(block.span.start);
                while self.next_quote < outermost.len()
                    && quotes.quotations[outermost[self.next_quote]].open.start <= span.start
                {
                    self.open_until = self
                        .open_until
                        .max(quotes.quotations[outermost[self.next_quote]].span().end);
                    self.next_quote += 1;
                }
                let quoted = span.start < self.open_until;
                let plural_possessive =
                    !quoted && is_plural_possessive(text, span, self.words.last().map(|w| w.span));
                self.words.push(Word {
                    span,
                    text: span.slice(text),
                    // One word with "'s", as a possessive: a source runs on through it.
                    kind: if plural_possessive {
                        TokenKind::Word
                    } else {
                        token.kind
                    },
                    quoted,
                });
            }
            match self.units.last_mut() {
                Some(unit) if continues => {
                    unit.words.end = self.words.len();
                    unit.quotations.end = self.next_quote;
                }
                _ => self.units.push(Unit {
                    words: start..self.words.len(),
                    start: sentence_start,
                    block: block_index,
                    quotations: self.quotations_end..self.next_quote,
                }),
            }
            self.quotations_end = self.next_quote;
        }
    }

    /// Steps over a block whose units come from its cache: its quotations (`in_block`) open
    /// and close inside it, and `next_quote` outermost ones open before its end.
    fn skip_block(&mut self, next_quote: usize, in_block: &[Quotation]) {
        self.next_quote = next_quote;
        self.open_until = in_block
            .iter()
            .filter(|q| q.depth == 0 && !q.content.is_empty())
            .map(|q| q.span().end)
            .fold(self.open_until, usize::max);
        self.quotations_end = self.next_quote;
    }
}

/// An apostrophe right after a word in "s" and before a space: the possessive of "the
/// teachers' union", "Sanders’ campaign", not a closing quote mark (it closes no quotation).
fn is_plural_possessive(text: &str, apostrophe: Span, previous: Option<Span>) -> bool {
    matches!(apostrophe.slice(text), "'" | "’")
        && previous
            .is_some_and(|p| p.end == apostrophe.start && p.slice(text).ends_with(['s', 'S']))
        // The end of the text is a boundary too: a block's text ends where the document's
        // goes on with a line break, and both must read the mark alike.
        && text[apostrophe.end..].chars().next().is_none_or(char::is_whitespace)
}

/// A short sentence after a unit that a quotation opens, or one opening with a dash or a
/// lower-case word: what follows a quotation that the sentence splitter cut off from its
/// attribution. Not a short sentence after the reporter's own: "… dismissed the plan as
/// “reckless.” The council met on Friday." (PolNeAR train: 23 contents fixed, none broken).
fn is_attribution_tail(
    block_text: &str,
    tokens: &[crate::text::Token],
    quotation_opens_unit: bool,
) -> bool {
    const SHORT: usize = 12;
    let first = tokens.first().map(|t| t.span.slice(block_text));
    // "Russia insisted that Pyongyang “stop its dangerous escapades.”": a sentence with a
    // quotation of its own is no tail.
    let quotes = tokens
        .iter()
        .any(|t| t.span.slice(block_text).starts_with(['“', '"', '«', '„']));
    tokens.len() <= SHORT && !quotes && quotation_opens_unit
        || first
            .is_some_and(|w| w.starts_with(['―', '—', '–']) || w.starts_with(char::is_lowercase))
}

/// The attributions of one unit, and what it leaves for the passes across units.
#[derive(Debug, Clone, Default, PartialEq)]
struct LinkedUnit {
    attributions: Vec<Attribution>,
    /// Quotations with no frame in their unit (indices into `Quotes::quotations`).
    orphans: Vec<usize>,
    /// The unit is quotations and punctuation only: it continues someone's remarks.
    only_quotations: bool,
    /// A cue with a source that introduces what follows ("… adding:", "It is also written in
    /// the document").
    introduces: Option<Frame>,
    /// `introduces` is a person's line ending in a colon, which introduces only a quotation
    /// that opens the next paragraph ([`frames::person_before_closing_colon`]).
    introduces_next_paragraph: bool,
    /// The frame that later quotations with no frame of their own continue.
    last_speaker: Option<Frame>,
    /// Into `attributions`: the one a speaker's label opens ("GREEN: We inherited …").
    turn: Option<usize>,
    /// Where its last word but the reporter's punctuation ends.
    end: usize,
}

impl LinkedUnit {
    /// The same unit moved right by `offset` bytes, its quotations' indices by `quotations`.
    fn shifted(&self, offset: usize, quotations: usize) -> LinkedUnit {
        let frame = |f: Frame| Frame {
            cue: f.cue.shift(offset),
            verb: f.verb,
            source: f.source.map(|s| s.shift(offset)),
            content: f.content.map(|c| c.shift(offset)),
        };
        LinkedUnit {
            attributions: self
                .attributions
                .iter()
                .map(|a| Attribution {
                    direct: a.direct,
                    content: a.content.shift(offset),
                    source: a.source.map(|s| s.shift(offset)),
                    cue: a.cue.map(|c| c.shift(offset)),
                    speaker: a.speaker.clone(),
                    quotation: a.quotation.map(|q| q + quotations),
                    anonymous: a.anonymous,
                })
                .collect(),
            orphans: self.orphans.iter().map(|q| q + quotations).collect(),
            only_quotations: self.only_quotations,
            introduces: self.introduces.map(frame),
            introduces_next_paragraph: self.introduces_next_paragraph,
            last_speaker: self.last_speaker.map(frame),
            turn: self.turn,
            end: self.end + offset,
        }
    }
}

fn link_unit(
    text: &str,
    unit: &Unit,
    words: &[Word],
    frames: &[Frame],
    quotes: &Quotes,
    outermost: &[usize],
) -> LinkedUnit {
    let quotations = &outermost[unit.quotations.clone()];
    let mut linked = LinkedUnit {
        only_quotations: !quotations.is_empty()
            && words.iter().all(|w| w.quoted || w.kind == TokenKind::Punct),
        end: frames::trimmed_content(words).map_or(unit.start, |s| s.end),
        ..LinkedUnit::default()
    };
    // Each quotation belongs to the outermost frame that covers it: in "She says people may not
    // like it but insists he is “phony”" the quotation is what she says.
    let asked_anonymity = asks_anonymity(text, words);
    // "Two employees, who asked not to be identified because they feared retaliation,": a
    // pronoun inside another source, in its relative clause, is the one that source describes,
    // which the note goes on.
    let unnamed = |source: Span| {
        is_anonymous(source, words, asked_anonymity)
            && !(words_in(words, source)
                .iter()
                .all(|w| w.is_one_of(frames::SUBJECT_PRONOUNS))
                && frames
                    .iter()
                    .filter_map(|f| f.source)
                    .any(|outer| outer != source && outer.contains_span(source)))
    };
    let spans: Vec<Span> = quotations
        .iter()
        .map(|&q| quotes.quotations[q].span())
        .collect();
    let mut owned = Owners::new(quotations.len());
    // The frame that the unit's last quotation was given to from after it, "“…,” the mayor
    // told a crowd that organisers estimated at 3,000.": whose remarks go on in the next one.
    let mut last_quoted_by: Option<(usize, Frame)> = None;
    let mut by_reach: Vec<&Frame> = frames.iter().collect();
    // A record that shows somebody's report claims after that report, and inside it the
    // innermost report first: "the notes show that she described a man, and that a detective
    // wrote “follow up”" quotes the detective.
    let records: Vec<&Frame> = frames.iter().filter(|f| frames::is_a_record(f)).collect();
    let shows_another = |f: &Frame| {
        frames::is_a_record(f) && frames.iter().any(|g| frames::shows_a_record_of(f, g))
    };
    let shown = |f: &Frame| records.iter().any(|r| frames::shows_a_record_of(r, f));
    // "urges steps it describes as “overdue”": a relative clause that names the quoted words
    // claims them before the report around it.
    by_reach.sort_by_key(|f| {
        let reach = f.content.map_or(0, |c| c.len()) as isize;
        (
            shows_another(f),
            !frames::names_in_clause(words, f),
            if shown(f) { reach } else { -reach },
        )
    });
    for frame in by_reach {
        let Some(content) = frame.content else {
            if frame.source.is_some() {
                linked.introduces = Some(*frame);
            }
            continue;
        };
        // Quotations that name things are no words of the source's: "“Daily Show” host Trevor
        // Noah showed" reports nothing.
        let mut quoted_in_content = (spans.iter().zip(quotations))
            .filter(|(span, _)| content.contains_span(**span))
            .peekable();
        if quoted_in_content.peek().is_some()
            && only_quotes_in(words, content)
            && quoted_in_content.all(|(_, &q)| names_a_thing(text, words, &quotes.quotations[q]))
        {
            continue;
        }
        if names_where_said(text, words, content, &quotes.quotations, quotations) {
            continue;
        }
        // A frame with nobody as its source ("Asked about …") claims no quotation: the
        // sentence's speaker gets it.
        let inside = match frame.source {
            Some(_) => owned.claim_inside(content, &spans),
            None => Vec::new(),
        };
        // A title inside reported speech is quoted too ("proclaimed a goal of “Peace Through
        // Strength”"); only single marks do not make it direct, unless they are the copy's.
        let direct = inside
            .iter()
            .any(|&i| quotes.marks_speech(&quotes.quotations[quotations[i]]));
        let content = match inside.as_slice() {
            [first, .., last] | [first @ last] if only_quotes_in(words, content) => quotes
                .quotations[quotations[*first]]
                .span()
                .cover(quotes.quotations[quotations[*last]].span()),
            _ => content,
        };
        // "According to Ms. Patel, “…,” she told the committee": two frames, one report.
        if inside.is_empty() && linked.attributions.iter().any(|a| a.content == content) {
            continue;
        }
        if let Some(&last) = inside.last().filter(|&&i| frame.cue.start >= spans[i].end) {
            if last_quoted_by.is_none_or(|(i, _)| i < last) {
                last_quoted_by = Some((last, *frame));
            }
        }
        if frames::is_speaker_label(words, frame) {
            linked.turn = Some(linked.attributions.len());
        }
        linked.attributions.push(Attribution {
            direct,
            content,
            source: frame.source,
            cue: Some(frame.cue),
            speaker: None,
            quotation: inside.first().map(|&i| quotations[i]),
            anonymous: frame.source.is_some_and(unnamed),
        });
    }
    // "“…,” Acosta said, referring to the bankruptcy code. “…”": a participle phrase after the
    // speaker's verb is the reporter's gloss; the remarks that go on are the verb's. Not
    // "adding that …": what follows goes on with what was added; nor after a question, whose
    // answer would be looked for before it.
    let glosses = |f: &Frame| {
        f.verb.is_some_and(|v| v.is_gerund() && v.lemma != "add")
            && frames.iter().any(|g| {
                g.cue.end < f.cue.start
                    && g.source == f.source
                    && g.verb.is_some_and(|v| !v.is_gerund())
                    && !asks(text, g)
            })
    };
    linked.last_speaker = frames
        .iter()
        .rev()
        .find(|f| f.source.is_some() && f.content.is_some() && !glosses(f))
        .map(|f| {
            antecedent_frame(words, frames, f)
                .or_else(|| reporting_before_scene(words, frames, f))
                .or_else(|| frames::main_clause_speaker(words, f))
                .unwrap_or(*f)
        })
        // "Asked about …, she laughed.": a question with nobody as its source.
        .or_else(|| (frames.first()).and_then(|f| frames::main_clause_speaker(words, f)));
    // "Her answer, when I put the criticism to her, came slowly: ¶ “…”": a unit that reports
    // nothing and ends with a colon, its subject a person's words, introduces the quotation
    // that opens the next one; "her" is the source, resolved as "she" would be.
    if linked.attributions.is_empty() && quotations.is_empty() {
        linked.introduces = linked
            .introduces
            .or_else(|| owned_words_before_colon(words));
        if linked.introduces.is_none() {
            linked.introduces = frames::person_before_closing_colon(words);
            linked.introduces_next_paragraph = linked.introduces.is_some();
        }
    }
    // A cue introduces what follows only when nothing but punctuation follows it and its source
    // here ("… adding:", "It is also written in the document"), or a few words before the colon
    // that ends the unit, its hearer or occasion ("told reporters:", "said in a statement:"),
    // and not from a clause that sets an earlier speaker's scene (", where the governor also
    // spoke.").
    const HEARER_WORDS: usize = 6;
    let ends_in_colon = words.last().is_some_and(|w| w.is_punct(":") && !w.quoted);
    linked.introduces = linked.introduces.filter(|f| {
        let end = f.source.map_or(f.cue.end, |s| s.end.max(f.cue.end));
        let after = words.iter().filter(|w| w.span.start >= end);
        let said_to = || {
            ends_in_colon
                && after.clone().count() <= HEARER_WORDS + 1
                && after.clone().all(|w| !w.quoted && !w.is_punct(".;!?"))
        };
        (after.clone().all(|w| w.kind == TokenKind::Punct) || said_to())
            && antecedent_frame(words, frames, f).is_none()
    });
    let speaking: Vec<&Frame> = frames
        .iter()
        .filter(|f| f.source.is_some() && f.content.is_some())
        .collect();
    for (i, &quotation) in quotations.iter().enumerate() {
        if owned.is_owned(i) {
            continue;
        }
        let quoted = &quotes.quotations[quotation];
        let span = quoted.span();
        // "the ''investor day'' ritual", "after a brief “I'm sorry” to Carson": a few words in
        // marks inside the reporter's own clause are nobody's remarks.
        let speech = is_speech(text, words, quotes, quoted)
            && !(is_scare_quote(text, quoted) && embedded(text, words, quoted));
        // "a short film called “Border Lines”", "what is known as “issue ownership”": the name
        // somebody gives a thing, title or term, is a quotation, whatever its words. Only
        // looked for where the words are no speech: it gives the cue of those alone.
        let naming = (!speech && quotes.marks_speech(quoted))
            .then(|| verb_of_naming_before(words, span))
            .flatten();
        if !speech && naming.is_none() {
            continue;
        }
        // Frames are in text order: the nearest is on one side of the quotation or the other.
        let after = speaking.partition_point(|f| f.cue.start < span.start);
        let nearest = [after.checked_sub(1), Some(after)]
            .into_iter()
            .flatten()
            .filter_map(|i| speaking.get(i))
            .min_by_key(|f| distance(f.cue, span));
        match nearest {
            Some(frame) => {
                // A quotation after a clause that sets the scene of the attribution before it is
                // that attribution's: not "presented" in "“…,” he said as he presented his
                // findings. “…”".
                let owner = (frame.cue.end <= span.start)
                    .then(|| {
                        antecedent_frame(words, frames, frame)
                            .or_else(|| reporting_before_scene(words, frames, frame))
                    })
                    .flatten();
                let frame = owner.as_ref().unwrap_or(frame);
                if frame.cue.start >= span.end && last_quoted_by.is_none_or(|(j, _)| j < i) {
                    last_quoted_by = Some((i, *frame));
                }
                let anonymous = frame.source.is_some_and(unnamed);
                if let Some(report) = continued_report(words, frames, &mut linked, frame, span) {
                    report.content = report.content.cover(span);
                    report.direct = true;
                    report.quotation = report.quotation.or(Some(quotation));
                    continue;
                }
                linked
                    .attributions
                    .push(quoting(quotes, quotation, Some(frame), anonymous));
            }
            None => match frames::colon_introduction(words, span.start) {
                Some(frame) => {
                    linked
                        .attributions
                        .push(quoting(quotes, quotation, Some(&frame), false))
                }
                // The name given with nobody to give it: its verb is the cue.
                None if !speech => linked.attributions.push(Attribution {
                    cue: naming,
                    ..quoting(quotes, quotation, None, false)
                }),
                None if !linked.only_quotations && is_scare_quote(text, quoted) => {}
                None => linked.orphans.push(quotation),
            },
        }
    }
    // "“…,” the former mayor told a crowd that organisers estimated at 3,000. “…”": another
    // source's report in the clause after the attribution is the reporter's aside; the remarks
    // that go on are the quotation's speaker's (but "“…,” she said, adding that … “…”" goes on
    // from "adding").
    if let Some((_, frame)) = last_quoted_by.filter(|&(i, frame)| {
        i + 1 == quotations.len()
            && linked
                .last_speaker
                .is_some_and(|last| last.source != frame.source)
    }) {
        linked.last_speaker = Some(frame);
    }
    linked
}

/// The most words between a report and a quotation that goes on with it.
const CONTINUATION_WORDS: usize = 12;

/// "The coach said his players were “exhausted,” but ready to face “whoever comes next.”": a
/// quotation the frame's content stops short of, joined to it within the sentence by words no
/// other report speaks ("but", "and", "but ready to face"), goes on with that report: one
/// content over both quotations, not a second report of the same cue (PolNeAR train marks such
/// a sentence as one content). Not across a cue ("“…,” he added, “…”"), a colon or semicolon, or
/// a sentence end.
fn continued_report<'l>(
    words: &[Word],
    frames: &[Frame],
    linked: &'l mut LinkedUnit,
    frame: &Frame,
    quotation: Span,
) -> Option<&'l mut Attribution> {
    let report = linked.attributions.iter_mut().rev().find(|a| {
        a.cue == Some(frame.cue) && a.source == frame.source && a.content.end <= quotation.start
    })?;
    let gap = Span::new(report.content.end, quotation.start);
    let between = words_in(words, gap);
    let joined = between.len() <= CONTINUATION_WORDS
        && between.iter().all(|w| !w.quoted && !w.is_punct(".?!:;…"))
        && !frames.iter().any(|f| gap.contains(f.cue.start));
    joined.then_some(report)
}

/// "“…,” said Army Capt. Christian Pardo, who said he would not vote …", "said Bob Mulholland, a
/// superdelegate who has accused …": remarks that go on after a relative clause are the
/// antecedent's, not the relative pronoun's; the antecedent is the source of the nearest earlier
/// frame (PolNeAR train: the next quotation's gold source is the name). So are remarks that go
/// on after a clause setting the scene, "“…,” Mr. Obama said at the gala, where Mrs. Clinton
/// also spoke. “…”": the quotation broken by the attribution is one speaker's.
fn antecedent_frame(words: &[Word], frames: &[Frame], frame: &Frame) -> Option<Frame> {
    let source = frame.source?;
    let first = words.partition_point(|w| w.span.start < source.start);
    let after_comma = |i: usize| {
        i.checked_sub(1)
            .is_some_and(|i| !words[i].quoted && words[i].is_punct(","))
    };
    let relative = match words_in(words, source) {
        // After a comma or a noun: not "… he said. Who …".
        [pronoun] => {
            pronoun.is_one_of(RELATIVE_PRONOUNS)
                && (after_comma(first)
                    || first
                        .checked_sub(1)
                        .is_some_and(|i| !words[i].quoted && words[i].is_lowercase_word()))
        }
        _ => false,
    };
    // "“…,” he said as he presented his findings. “…”": right after a cue, no comma is needed.
    let after_cue = |i: usize| {
        i.checked_sub(1)
            .is_some_and(|c| frames.iter().any(|f| f.cue.end == words[c].span.end))
    };
    let scene = first.checked_sub(1).is_some_and(|i| {
        !words[i].quoted
            && words[i].is_one_of(SCENE_CLAUSE_OPENERS)
            && (after_comma(i) || after_cue(i))
    });
    if !relative && !scene {
        return None;
    }
    frames
        .iter()
        .filter(|f| f.source.is_some_and(|s| s.end < source.start) && f.content.is_some())
        .max_by_key(|f| f.source.map(|s| s.end))
        .copied()
}

/// "“…,” he told a news conference, speaking in Kavri. “…”": a gerund of the same source that
/// only sets the scene of the report before it leaves the remarks that go on to that report.
fn reporting_before_scene(words: &[Word], frames: &[Frame], frame: &Frame) -> Option<Frame> {
    let scene = frame.verb.is_some_and(|v| v.is_gerund())
        && frame
            .content
            .is_some_and(|c| frames::is_setting_only(words_in(words, c)));
    if !scene {
        return None;
    }
    frames
        .iter()
        .rev()
        .find(|f| f.cue.end <= frame.cue.start && f.source == frame.source && f.content.is_some())
        .copied()
}

/// Words that open a clause setting a report's scene after a comma: ", where the governor spoke".
const SCENE_CLAUSE_OPENERS: &[&str] = &["where", "when", "while", "as", "after", "before"];

/// Which quotations of a unit a frame has claimed. Claimed ones are skipped in O(1) amortised
/// (a "next unclaimed" forest with path halving), so nested frames stay linear.
struct Owners {
    next_unclaimed: Vec<usize>,
}

impl Owners {
    fn new(len: usize) -> Self {
        Owners {
            next_unclaimed: (0..=len).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.next_unclaimed[i] != i {
            self.next_unclaimed[i] = self.next_unclaimed[self.next_unclaimed[i]];
            i = self.next_unclaimed[i];
        }
        i
    }

    fn is_owned(&mut self, i: usize) -> bool {
        self.find(i) != i
    }

    /// Claims the unclaimed quotations inside `content`; `spans` are the quotations' spans, in
    /// text order.
    fn claim_inside(&mut self, content: Span, spans: &[Span]) -> Vec<usize> {
        let mut claimed = Vec::new();
        let mut i = self.find(spans.partition_point(|s| s.start < content.start));
        while i < spans.len() && spans[i].start < content.end {
            let next = self.find(i + 1);
            if content.contains_span(spans[i]) {
                claimed.push(i);
                self.next_unclaimed[i] = i + 1;
            }
            i = next;
        }
        claimed
    }
}

/// A quotation attributed whole to `frame`'s source, or to nobody.
fn quoting(
    quotes: &Quotes,
    quotation: usize,
    frame: Option<&Frame>,
    anonymous: bool,
) -> Attribution {
    Attribution {
        direct: true,
        content: quotes.quotations[quotation].span(),
        source: frame.and_then(|f| f.source),
        cue: frame.map(|f| f.cue),
        speaker: None,
        quotation: Some(quotation),
        anonymous,
    }
}

fn distance(a: Span, b: Span) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// "Speaking Sunday on ABC’s “This Week,” Carson admitted …", "“…,” Hale said on NBC's “Meet
/// the Press,” adding …": a content that is a preposition up to a programme's title in marks is
/// where the words were said, not what was said.
fn names_where_said(
    text: &str,
    words: &[Word],
    content: Span,
    all: &[Quotation],
    quotations: &[usize],
) -> bool {
    let inside = words_in(words, content);
    let quoted: Vec<&Quotation> = (quotations.iter().map(|&q| &all[q]))
        .filter(|q| content.contains_span(q.span()))
        .collect();
    let Some(last) = quoted.last() else {
        return false;
    };
    inside
        .first()
        .is_some_and(|w| !w.quoted && w.is_one_of(&["on", "in", "by", "during", "at"]))
        && quoted.iter().all(|q| is_title(text, q))
        && (inside.iter())
            .filter(|w| w.span.start >= last.span().end)
            .all(|w| w.kind == TokenKind::Punct || w.is_one_of(&["program", "programme", "show"]))
}

/// The words of `content` outside quotation marks are punctuation or "that" only.
fn only_quotes_in(words: &[Word], content: Span) -> bool {
    words_in(words, content)
        .iter()
        .filter(|w| !w.quoted)
        .all(|w| w.kind == TokenKind::Punct || w.text.eq_ignore_ascii_case("that"))
}

/// The words inside `span` (words are in text order).
fn words_in<'w, 't>(words: &'w [Word<'t>], span: Span) -> &'w [Word<'t>] {
    &words[word_range(words, span)]
}

/// The indices of the words inside `span` ([`words_in`]).
fn word_range(words: &[Word], span: Span) -> std::ops::Range<usize> {
    let first = words.partition_point(|w| w.span.start < span.start);
    let end = words.partition_point(|w| w.span.end <= span.end);
    first..end.max(first)
}

/// Somebody's words. Not a title, and not in single marks unless they lead (`Quotes::
/// single_marks_lead`): in American copy those are headline quotes and quotes within quotes, and
/// only a double-marked (or guillemet, corner) quotation makes reported speech direct.
fn is_speech(text: &str, words: &[Word], quotes: &Quotes, quotation: &Quotation) -> bool {
    // `id="768166957728358400"`: an attribute value in markup left in the text.
    let attribute_value = text[..quotation.open.start].ends_with('=');
    quotes.marks_speech(quotation)
        && !is_title(text, quotation)
        && !attribute_value
        && !names_a_thing(text, words, quotation)
        && !is_label(text, quotation)
}

/// "“Related:”": one word and a colon in marks is a label over links, not words said.
fn is_label(text: &str, quotation: &Quotation) -> bool {
    (quotation.content.slice(text).trim())
        .strip_suffix(':')
        .is_some_and(|word| !word.is_empty() && word.chars().all(char::is_alphabetic))
}

/// Nouns a quotation may stand before as the name of a work, a slogan or a label: "the “Daily
/// Show” host", "“We are Orlando” signs", "his “Second Amendment people” remark". Not "show",
/// which is also the verb of a poll's finding: "voters who answered “yes” show …".
const NAMED_THING_NOUNS: &[&str] = &[
    "star",
    "stars",
    "host",
    "hosts",
    "anchor",
    "creator",
    "actor",
    "actress",
    "series",
    "episode",
    "sign",
    "signs",
    "placard",
    "placards",
    "banner",
    "banners",
    "poster",
    "posters",
    "shirt",
    "shirts",
    "hat",
    "hats",
    "sticker",
    "stickers",
    "headline",
    "headlines",
    "slogan",
    "remark",
];

/// What follows the quotation in its unit says that it names a thing rather than gives words
/// somebody said: a credit, as under a linked headline, "“Art show opens in the Bronx,” by
/// Ana Ruiz"; a year, as after a slogan or a film, "“No to Schengen” (2005)"; a noun the
/// quotation modifies, "“Orange Is the New Black” star Dascha Polanco"; a name the quotation
/// titles after a determiner, "its “chief pothole correspondent” Mia Okafor" — not after words
/// that close a clause, "“It's over,” host Jo Ames said" (PolNeAR marks none of these); and
/// what follows "titled", "entitled" or "headlined".
fn names_a_thing(text: &str, words: &[Word], quotation: &Quotation) -> bool {
    let open = words.partition_point(|w| w.span.start < quotation.span().start);
    let close = words.partition_point(|w| w.span.end <= quotation.span().end);
    let after = |i: usize| words.get(close + i).filter(|w| !w.quoted);
    // The comma of "“Dana Lee is leaving ‘Cats,’” by …" comes before the inner closing mark.
    let content = (quotation.content.slice(text))
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | '"' | '”'));
    // A credit is names up to a colon or the unit's end ("by DNAinfo's Eddie Small: …"): not
    // "“We will be back,” by Friday the crews had gone", where the quotation is somebody's.
    let credit = content.ends_with(',')
        && after(0).is_some_and(|w| w.is("by"))
        && (after(1).is_some_and(Word::is_capitalized)
            || after(1).is_some_and(|w| w.is("the")) && after(2).is_some_and(Word::is_capitalized))
        && (words.get(close + 1..).unwrap_or_default().iter())
            .take_while(|w| !w.is_punct(":"))
            .filter(|w| w.kind == TokenKind::Word)
            .all(|w| w.is_capitalized() || w.is_possessive() || w.is_one_of(&["the", "of", "and"]));
    let year = after(0).is_some_and(|w| w.is_punct("("))
        && after(1).is_some_and(|w| w.kind == TokenKind::Number && w.text.len() == 4)
        && after(2).is_some_and(|w| w.is_punct(")"));
    let modified_noun = !content.ends_with([',', '.', ';', ':'])
        && after(0).is_some_and(|w| w.is_one_of(NAMED_THING_NOUNS));
    let titled_name = !content.ends_with([',', '.', ';', ':', '!', '?'])
        && (open.checked_sub(1).map(|i| &words[i]))
            .is_some_and(|w| !w.quoted && (w.is_one_of(NOUN_PHRASE_OPENERS) || w.is_possessive()))
        && after(0).is_some_and(Word::is_capitalized)
        && after(1).is_some_and(Word::is_capitalized);
    // "The 30-second spot, titled “Arrogant,” …": what a work is called, whatever its words.
    let titled = (open.checked_sub(1).map(|i| &words[i]))
        .is_some_and(|w| !w.quoted && w.is_one_of(&["titled", "entitled", "headlined"]));
    credit || year || modified_noun || titled_name || titled
}

/// Verbs and phrases that give a thing its name: the words in marks after them are that name.
const VERBS_OF_NAMING: &[&str] = &[
    "called",
    "dubbed",
    "nicknamed",
    "named",
    "titled",
    "entitled",
    "labeled",
    "labelled",
    "branded",
];

/// Verbs of calling words out, as a crowd does: what follows in marks is what it called.
const CALLING_OUT: &[&str] = &[
    "chant", "chanted", "chanting", "shouted", "shouting", "yelled", "yelling", "echoed", "echoing",
];

/// Nouns of words called out, before "of": "chants of “…”".
const CALLS_OUT: &[&str] = &["chant", "chants", "cries", "calls", "shouts"];

/// The verb of naming right before a quotation, or of calling it out: "a series called “Quick
/// Question”", "the so-called “Self-Reliance Pledge”", "known as “the Poorhouse,”", "an evening
/// billed as “Hard Hats for Hillary”", "met with chants of “Four more years”". PolNeAR counts
/// what follows as a quotation whatever its words, titles too (train: 56 of the 71 after the
/// verbs of naming, 21 of 24 after those of calling out).
fn verb_of_naming_before(words: &[Word], quotation: Span) -> Option<Span> {
    let open = words.partition_point(|w| w.span.start < quotation.start);
    let before = |i: usize| open.checked_sub(i).map(|j| &words[j]).filter(|w| !w.quoted);
    let verb = before(1)?;
    if verb.is_one_of(VERBS_OF_NAMING) || verb.is_one_of(CALLING_OUT) {
        return Some(verb.span);
    }
    // "chants of “Feel the Bern”", "cries of “Shame!”": the words a crowd calls out.
    if let Some(noun) = before(2).filter(|w| verb.is("of") && w.is_one_of(CALLS_OUT)) {
        return Some(noun.span);
    }
    let participle = before(2).filter(|w| verb.is("as") && w.is_one_of(&["known", "billed"]))?;
    Some(participle.span.cover(verb.span))
}

/// A word or two in quotation marks inside the reporter's sentence, with nobody saying them:
/// distance, not speech ("a “hybrid war”", "the “establishment” candidate").
fn is_scare_quote(text: &str, quotation: &Quotation) -> bool {
    const MAX_WORDS: usize = 2;
    quotation.content.slice(text).split_whitespace().count() <= MAX_WORDS
}

/// The quotation at `span` sits inside a clause: a word of the reporter's right before it and
/// right after it, and no punctuation closing a clause inside its marks ("the “wall,” Trump").
fn embedded(text: &str, words: &[Word], quotation: &Quotation) -> bool {
    let span = quotation.span();
    let open = words.partition_point(|w| w.span.start < span.start);
    let close = words.partition_point(|w| w.span.end <= span.end);
    let before = open.checked_sub(1).map(|i| words[i]);
    let after = words.get(close);
    let closes_clause = quotation
        .content
        .slice(text)
        .trim_end()
        .ends_with([',', '.', ';', ':', '!', '?']);
    before.is_some_and(|w| !w.quoted && w.kind == TokenKind::Word)
        && after.is_some_and(|w| !w.quoted && w.kind == TokenKind::Word)
        && !closes_clause
}

/// "Hey Jude", “Fox News Sunday”: a title in quotation marks, not somebody's words. A book's
/// title and subtitle run longer: "Ledger Lines: How a Small Bank Outlived the Crash of 1929".
fn is_title(text: &str, quotation: &Quotation) -> bool {
    // Not `TITLE_CASE_MINOR_WORDS`, whose "but", "is", "if" and "as" would make speech of a
    // slogan a title: "“Anyone but Hale,” read one placard" (PolNeAR train: one such quotation).
    const MINOR: &[&str] = &[
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by",
    ];
    const MAX_WORDS: usize = 8;
    const MAX_WORDS_WITH_SUBTITLE: usize = 16;
    let content = quotation.content.slice(text);
    let most_words = if has_subtitle(content) {
        MAX_WORDS_WITH_SUBTITLE
    } else {
        MAX_WORDS
    };
    let words: Vec<&str> = content
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let capitalized = |w: &&str| w.starts_with(|c: char| c.is_uppercase() || c.is_numeric());
    words.len() >= 2
        && words.len() <= most_words
        && words.first().is_some_and(capitalized)
        && words.iter().all(|w| capitalized(w) || MINOR.contains(w))
        && !words.contains(&"I")
}

/// A colon between words parts a title from its subtitle: "Ledger Lines: How a Small Bank …".
fn has_subtitle(content: &str) -> bool {
    content.split_once(':').is_some_and(|(title, subtitle)| {
        title.trim_end().ends_with(char::is_alphanumeric)
            && subtitle.starts_with(' ')
            && subtitle.trim_start().starts_with(char::is_uppercase)
    })
}

/// Heads of unnamed sources: "a senior official", "sources close to the matter".
const ANONYMOUS_HEADS: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "aide",
    "aides",
    "insider",
    "insiders",
    "person",
    "people",
    "diplomat",
    "diplomats",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "staffer",
    "staffers",
    "someone",
    "observers",
    "associate",
    "associates",
    "confidant",
    "ally",
    "allies",
];
/// Who speaks on the record for a body.
const SPOKESPERSONS: &[&str] = &["spokesman", "spokeswoman", "spokesperson"];
/// What a sentence says of a source that asked not to be named.
const ANONYMITY_MARKERS: &[&str] = &[
    "anonymity",
    "not to be named",
    "want to be named",
    "wish to be named",
    "not to be identified",
    "not authorized to",
    "not authorised to",
    "declined to be named",
    "declined to be identified",
];

/// An unnamed source: no name ends its head phrase, and it has a head such as "official" or
/// "sources", or a unit that says the source asked not to be named. The head phrase stops
/// before what describes the source: "a senior official in the Trump administration", "One
/// resident of Pontypridd, who asked not to be named" name no one. A relative pronoun stands
/// for its antecedent, which is judged itself.
fn is_anonymous(source: Span, words: &[Word], asked_anonymity: bool) -> bool {
    const AFTER_THE_HEAD: &[&str] = &[
        "of", "in", "at", "for", "from", "with", "to", "on", "inside", "within", "near", "close",
        "familiar", "involved", "briefed", "based", "who", "which", "that",
    ];
    let in_source = words_in(words, source);
    if let [only] = in_source {
        if only.is_one_of(RELATIVE_PRONOUNS) {
            return false;
        }
    }
    let is_name = |w: &Word| w.is_capitalized() && !w.is_one_of(ANONYMOUS_HEADS);
    let head = in_source
        .iter()
        .position(|w| w.is_punct(",") || w.is_one_of(AFTER_THE_HEAD))
        .map_or(in_source, |end| &in_source[..end]);
    // A first word may be capitalised for opening the sentence ("Officials said"), and a group
    // is vague ("Republicans say"); a name the entity layer knows is named all the same
    // (`speakers`).
    // Not "One Conservative MP".
    let named_head = head.len() > 1
        && head
            .last()
            .is_some_and(|w| w.is_capitalized() && !w.is_one_of(ANONYMOUS_ROLES));
    // "Another critic, Laurence H. Tribe", "Another pollster, David Woodard of Clemson
    // University": a name in apposition.
    let named_apposition = in_source.split(|w| w.is_punct(",")).skip(1).any(|part| {
        // "Some observers, including Prof. Ann Hale": who some of them are.
        let part = match part.split_first() {
            Some((including, rest)) if including.is("including") => rest,
            _ => part,
        };
        let name = part.iter().take_while(|w| w.is_capitalized()).count();
        part.first().is_some_and(is_name) && (name >= 2 || name == part.len())
    });
    let source_words: Vec<&Word> = in_source
        .iter()
        .filter(|w| w.kind == TokenKind::Word)
        .collect();
    // Before any apposition: "China, Pyongyang's only ally" is named by what comes first,
    // while "one of his senior aides" and "an inside source" are not.
    // Not as a modifier of a document: "official figures show".
    let before_comma = in_source.iter().take_while(|w| !w.is_punct(",")).count();
    let unnamed_head = (0..before_comma).any(|i| {
        in_source[i].is_one_of(ANONYMOUS_HEADS)
            && !in_source
                .get(i + 1)
                .is_some_and(|next| next.is_one_of(NAMED_ENOUGH))
    });
    // "A senior minister", "One Conservative MP": a role with an indefinite article.
    let unnamed_role = source_words
        .first()
        .is_some_and(|w| w.is_one_of(&["a", "an", "one", "another"]))
        && in_source[..before_comma]
            .iter()
            .any(|w| w.is_one_of(ANONYMOUS_ROLES));
    // "One resident of Pontypridd, who asked not to be named": the source says so itself.
    let says_so = || {
        source_words
            .iter()
            .any(|w| w.is_one_of(&["named", "identified", "anonymity"]))
    };
    // "A Treasury spokesperson", "a spokesman for the Home Office": on the record for a named
    // body, unless anonymity was asked for. A capitalised determiner names nothing ("Another
    // spokesman", "His spokesman").
    let speaks_for_named_body = !asked_anonymity
        && source_words.iter().any(|w| w.is_one_of(SPOKESPERSONS))
        && source_words.iter().any(|w| {
            w.is_capitalized() && !w.is_one_of(ANONYMOUS_HEADS) && !w.is_one_of(frames::DETERMINERS)
        });
    // "a study of 4,200 people published in Neurology": a document, not somebody unnamed.
    let document = head
        .iter()
        .rfind(|w| w.kind == TokenKind::Word)
        .is_some_and(|w| crate::analysis::claims::is_document(&w.text.to_lowercase()));
    !named_head
        && !named_apposition
        && !speaks_for_named_body
        && !document
        && (unnamed_head
            || unnamed_role
            || is_vague(&source_words)
            || asked_anonymity && (source_words.len() <= 6 || says_so()))
}

/// Plurals that name their source well enough: things ("polls show"), and the bench of a
/// court ("jurors heard").
const NAMED_ENOUGH: &[&str] = &[
    "jurors",
    "magistrates",
    "polls",
    "surveys",
    "studies",
    "reports",
    "data",
    "records",
    "documents",
    "figures",
    "statistics",
    "numbers",
    "results",
    "estimates",
];

/// People by their role, unnamed after an indefinite article ("a senior minister"); "the
/// foreign minister" is somebody the reader can look up.
const ANONYMOUS_ROLES: &[&str] = &[
    "minister",
    "ministers",
    "mp",
    "mps",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "senator",
    "congressman",
    "congresswoman",
    "executive",
    "executives",
    "officer",
    "officers",
    "employee",
    "employees",
    "member",
    "members",
    "analyst",
];

/// "Some say", "many biographers", "critics", "archaeologists speculate": people in general.
fn is_vague(source_words: &[&Word]) -> bool {
    const QUANTIFIERS: &[&str] = &[
        "some", "many", "most", "several", "others", "few", "another",
    ];
    let is = |w: &Word, list: &[&str]| list.iter().any(|l| w.text.eq_ignore_ascii_case(l));
    match source_words {
        [first, ..] if is(first, QUANTIFIERS) => true,
        [.., last] if source_words.len() <= 2 => {
            last.text.ends_with('s')
                && !is(last, NAMED_ENOUGH)
                && source_words.iter().all(|w| {
                    w.text.starts_with(char::is_lowercase) || w.span == source_words[0].span
                })
                && !source_words[0].text.eq_ignore_ascii_case("the")
        }
        _ => false,
    }
}

/// "Her answer … came slowly:": a frame whose cue is the unit's closing colon and whose source
/// is its opening "Her answer", "His message" (nouns of [`speakers::WORDS_NOUNS`]).
fn owned_words_before_colon(words: &[Word]) -> Option<Frame> {
    let colon = words.last().filter(|w| w.is_punct(":") && !w.quoted)?;
    let [owner, noun, ..] = words else {
        return None;
    };
    let owned = owner.is_one_of(&["her", "his"])
        && !owner.quoted
        && speakers::WORDS_NOUNS.contains(&noun.text);
    owned.then(|| Frame {
        cue: colon.span,
        verb: None,
        source: Some(owner.span.cover(noun.span)),
        content: None,
    })
}

/// The unit says that its source asked not to be named.
fn asks_anonymity(text: &str, words: &[Word]) -> bool {
    let unit_text = match (words.first(), words.last()) {
        (Some(first), Some(last)) => first.span.cover(last.span).slice(text),
        _ => "",
    };
    ANONYMITY_MARKERS.iter().any(|m| unit_text.contains(m))
}

/// Across units, in order: quotations with no frame get the speaker of the remarks they
/// continue (a unit of quotations alone in the paragraph after, any in the same paragraph), or
/// of the cue that introduced them; the rest stay unattributed. Also the turns that speakers'
/// labels open, to be extended at the end.
fn carry_over(
    text: &str,
    units: Vec<(UnitPlace, LinkedUnit)>,
    quotes: &Quotes,
) -> (Vec<Attribution>, Vec<Turn>) {
    let mut attributions: Vec<Attribution> = Vec::new();
    // The latest frame that remarks can continue, with the block it is in, and the latest of
    // another source before it: the one a question was put to.
    let mut speaker: Option<(usize, Frame)> = None;
    let mut answerer: Option<(usize, Frame)> = None;
    let change_speaker = |speaker: &mut Option<(usize, Frame)>,
                          answerer: &mut Option<(usize, Frame)>,
                          next: (usize, Frame)| {
        let source_text = |frame: &Frame| frame.source.map(|s| s.slice(text));
        if let Some(last) = speaker.take() {
            if source_text(&last.1) != source_text(&next.1) {
                *answerer = Some(last);
            }
        }
        *speaker = Some(next);
    };
    // The frame the unit before introduced, its block, and whether only the next paragraph's.
    let mut introduced: Option<(Frame, usize, bool)> = None;
    // The attribution a colon opened over the unquoted paragraph after it (into
    // `attributions`), and that paragraph's block.
    let mut reading_out: Option<(usize, usize)> = None;
    // The turns speakers' labels open, and the index of the one still open.
    let mut turns: Vec<Turn> = Vec::new();
    let mut turn: Option<usize> = None;
    // Whether a sentence has come yet: before it stand only a headline and a byline.
    let mut in_body = false;
    for (unit, mut linked) in units {
        if !in_body {
            drop_dateline(text, &mut linked);
            in_body = ends_sentence(text, linked.end);
        }
        if let Some(label) = linked.turn {
            let label = &linked.attributions[label];
            turns.push(Turn {
                block: unit.block,
                content: label.content,
                end: label.content.end,
            });
            turn = Some(turns.len() - 1);
        } else {
            match turn.map(|t| &mut turns[t]) {
                Some(open) if open.block == unit.block => open.end = open.end.max(linked.end),
                Some(open) if goes_on_quoted_turn(text, quotes, open, unit) => {
                    open.block = unit.block;
                    open.end = open.end.max(linked.end);
                }
                _ => turn = None,
            }
        }
        let reports_nothing = linked.attributions.is_empty() && linked.orphans.is_empty();
        reading_out = reading_out
            .filter(|&(_, block)| reports_nothing && block == unit.block)
            .inspect(|&(at, _)| attributions[at].content.end = linked.end)
            .or_else(|| {
                let frame = introduced.filter(|&(f, block, next_paragraph)| {
                    reports_nothing
                        && !next_paragraph
                        && unit.block == block + 1
                        && reads_out_after_colon(text, &f, unit.start)
                })?;
                attributions.push(Attribution {
                    direct: false,
                    content: Span::new(unit.start, linked.end),
                    source: frame.0.source,
                    cue: Some(frame.0.cue),
                    speaker: None,
                    quotation: None,
                    anonymous: false,
                });
                Some((attributions.len() - 1, unit.block))
            });
        attributions.extend(linked.attributions);
        for quotation in linked.orphans {
            let starts_unit = quotes.quotations[quotation].open.start == unit.start;
            let inherited = match (introduced, speaker) {
                (Some((frame, block, next_paragraph)), _)
                    if starts_unit && (!next_paragraph || unit.block == block + 1) =>
                {
                    Some(frame)
                }
                // "“I asked twice,” she replied." / "“Did you see them?” the prosecutor asked."
                // / "“No.”": in an exchange, a question's answer is the one who replied before.
                // Not a question a speaker puts alone, as the remarks go on after it.
                (_, Some((block, frame))) if linked.only_quotations && unit.block <= block + 1 => {
                    match answerer {
                        Some((answered, reply))
                            if answered + 1 >= block && replies(&reply) && asks(text, &frame) =>
                        {
                            Some(reply)
                        }
                        _ => Some(frame),
                    }
                }
                // "“…,” he said outside the building. But “Donald Trump’s candidacy is …”": a
                // quotation with no frame in the speaker's paragraph goes on with the remarks.
                (_, Some((block, frame))) if unit.block == block => Some(frame),
                _ => None,
            };
            attributions.push(quoting(quotes, quotation, inherited.as_ref(), false));
            if let Some(frame) = inherited {
                change_speaker(&mut speaker, &mut answerer, (unit.block, frame));
            }
        }
        introduced = linked
            .introduces
            .map(|f| (f, unit.block, linked.introduces_next_paragraph));
        if let Some(frame) = linked.last_speaker {
            change_speaker(&mut speaker, &mut answerer, (unit.block, frame));
        }
    }
    (attributions, turns)
}

/// "In a speech last July, he said: ¶ Let no one be mistaken – the plan is a disaster.": a
/// reporting verb and its source that end their paragraph with a colon read out the paragraph
/// after, quoted without marks (a block quotation), as the source's words. Not a colon with no
/// verb ("Watch the ad below:", "The candidate must:"), nor a quotation, which the marks
/// already give to the cue.
fn reads_out_after_colon(text: &str, frame: &Frame, paragraph: usize) -> bool {
    let Some(source) = frame.source else {
        return false;
    };
    frame.verb.is_some()
        && text[frame.cue.end.max(source.end)..paragraph]
            .trim()
            .strip_prefix(':')
            .is_some_and(str::is_empty)
}

/// "BELAGHAT: Residents went without water for a fourth day.": a place in capitals and a colon
/// that open the article's first sentence, before narration that does not speak in the first
/// person, are the wire's dateline, not a speaker's label; its attribution and turn go. An
/// interview's "Q:" and "A:" stay, as does a turn that speaks as "I" or "we", and a headline.
fn drop_dateline(text: &str, linked: &mut LinkedUnit) {
    let Some(label) = linked.turn.map(|t| &linked.attributions[t]) else {
        return;
    };
    let (Some(source), Some(cue), content) = (label.source, label.cue, label.content) else {
        return;
    };
    let name = source.slice(text);
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters <= 2 || name.chars().any(char::is_lowercase) {
        return;
    }
    // The narration up to its first quotation: a quoted "we" is somebody else's.
    let narration = content.slice(text);
    let narration = narration.split(['"', '“', '”']).next().unwrap_or_default();
    let first_person = narration
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .any(|w| {
            matches!(
                w,
                "I" | "I'm" | "we" | "We" | "me" | "us" | "my" | "My" | "our" | "Our"
            )
        });
    // "HUFFPOLLSTER: A ‘Seismic Shift’ Among Voters …": a column's headline, in title case, is
    // no narration.
    let words = narration.split_whitespace().skip(1);
    let lower = words
        .clone()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    let title_case = 2 * lower < words.count();
    if first_person || title_case || narration.trim_end().ends_with('?') {
        return;
    }
    if let Some(turn) = linked.turn.take() {
        linked.attributions.remove(turn);
    }
    if linked.last_speaker.is_some_and(|f| f.cue == cue) {
        linked.last_speaker = None;
    }
}

/// Whether the unit whose words end at `end` ends a sentence, not a headline's or a byline's line.
/// It looks past a few quotation marks only: a run of thousands is no sentence's end, and
/// trimming it whole for every unit took time quadratic in its length.
fn ends_sentence(text: &str, end: usize) -> bool {
    fn stop_past_marks(chars: impl Iterator<Item = char>) -> bool {
        const MARKS_REACH: usize = 8;
        (chars.take(MARKS_REACH + 1))
            .find(|c| !QUOTE_MARKS.contains(c))
            .is_some_and(|c| matches!(c, '.' | '?' | '!'))
    }
    stop_past_marks(text[..end].chars().rev()) || stop_past_marks(text[end..].chars())
}

/// Whether a frame puts a question: "asked", "wondered", "wanted to know if …", or a quotation
/// that ends with a question mark.
fn asks(text: &str, frame: &Frame) -> bool {
    let content = frame.content.map_or("", |c| c.slice(text));
    frame
        .verb
        .is_some_and(|v| matches!(v.lemma, "ask" | "wonder" | "query"))
        || content.starts_with("to know ")
        || content
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?')
            .ends_with('?')
}

/// Whether a frame answers: "replied", "answered", "responded".
fn replies(frame: &Frame) -> bool {
    frame
        .verb
        .is_some_and(|v| matches!(v.lemma, "reply" | "answer" | "respond" | "retort"))
}

/// "GREEN: We inherited a system that was broken. Planning takes too long …": a speaker's
/// label opens a turn that runs to its paragraph's end, as annotators mark a transcript. The
/// turn is extended once the reports inside it have been read as their own (a turn's "I think
/// …" is a report of its own too).
struct Turn {
    block: usize,
    /// The label's content as its unit gave it.
    content: Span,
    /// Where the turn ends.
    end: usize,
}

/// Whether the paragraph that `unit` opens goes on with the turn `open` of a transcript quoted
/// whole: both open with the same mark, which opens no quotation (`quotes::unquote_transcripts`),
/// "\"PENCE: Well, look … ¶ \"But the truth is …" (the speaker goes on until the next label).
/// Not a stage direction, "\"(CROSSTALK.)", nor a credit line that a scraped page left inside
/// the closing mark, "\"Follow Pam Key on Twitter @pamkeyNEN.\"".
fn goes_on_quoted_turn(text: &str, quotes: &Quotes, open: &Turn, unit: UnitPlace) -> bool {
    let label_line = text[..open.content.start].rfind('\n').map_or(0, |i| i + 1);
    let mark = &text[label_line..open.content.start];
    let Some(mark) = mark.chars().next().filter(|c| QUOTE_MARKS.contains(c)) else {
        return false;
    };
    let paragraph = text[unit.start..].lines().next().unwrap_or_default();
    let Some(words) = paragraph.strip_prefix(mark) else {
        return false;
    };
    open.block + 1 == unit.block
        && words.starts_with(char::is_alphabetic)
        && !(words.split_whitespace()).any(|w| w.starts_with('@') && w.len() > 1)
        && (quotes.quotations)
            .binary_search_by_key(&unit.start, |q| q.open.start)
            .is_err()
}

/// "Q" or "A" where the attribution is an interview's turn, "Q: Why now?", "A: Because …".
fn interview_label<'t>(text: &'t str, attribution: &Attribution) -> Option<&'t str> {
    let (source, cue) = (attribution.source?, attribution.cue?);
    let label = source.slice(text);
    ((label == frames::QUESTION_LABEL || label == frames::ANSWER_LABEL)
        && source.end == cue.start
        && cue.slice(text) == ":")
        .then_some(label)
}

/// `attributions` are in content order, and stay so.
fn extend_turns(attributions: &mut [Attribution], turns: &[Turn]) {
    let mut extended = false;
    for turn in turns.iter().filter(|t| t.end > t.content.end) {
        let first = attributions.partition_point(|a| a.content.start < turn.content.start);
        let label = attributions[first..]
            .iter_mut()
            .take_while(|a| a.content.start == turn.content.start)
            .find(|a| a.content == turn.content);
        if let Some(label) = label {
            label.content.end = turn.end;
            extended = true;
        }
    }
    if extended {
        attributions.sort_by_key(|a| (a.content.start, a.content.end));
    }
}

#[cfg(test)]
mod tests;
