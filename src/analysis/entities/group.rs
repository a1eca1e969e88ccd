//! Document-level grouping: tagged mentions → one referent per real-world entity.
//!
//! Every step is a hash look-up per mention or per distinct name, never a comparison of all
//! pairs, so grouping stays linear in the document however often a name repeats.

// Fx hashing: these maps are rebuilt on every keystroke from short names; SipHash's DoS
// resistance buys nothing here and cost a tenth of the grouping pass.
use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::Arc;

use super::acronyms;
use super::gazetteer::{with_lower, Gazetteer, List};
use super::hashing;
use super::romanised;
use super::{tag_sentence, Entities, EntityLabel, Mention, Referent, TaggedSpan};
use crate::analysis::Span;
use crate::text::{calendar, tokenize, TokenKind};

/// Two spellings of one name part within a referent ("Sergey" where "Sergei" is chosen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpellingVariant {
    /// The spelling chosen: the newsroom's known name if it has one, else the most frequent
    /// (the first used on a tie).
    pub canonical: String,
    /// The other spelling.
    pub variant: String,
    /// Every place the variant is written (byte spans of the word, inside mentions).
    pub spans: Vec<Span>,
}

/// A person first named by a partial name while the full name only comes later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstReference {
    pub referent: usize,
    /// The first mention ("Lavrov").
    pub first: Span,
    /// The first mention with the full name ("Sergei Lavrov").
    pub full: Span,
}

/// People first named by one word ("Lavrov", "Sergei") while a fuller name comes later. Names
/// in `headings` (titles, bylines; in text order) do not count as first references: headlines name people by
/// surname ("Lavrov arrives in Beijing"), and news style wants the full name first in the copy.
pub fn first_references(entities: &Entities, headings: &[Span]) -> Vec<FirstReference> {
    // `headings` are in text order and disjoint: the one that may hold a mention is the last
    // that starts at or before it.
    let in_heading = |m: &&Mention| {
        let after = headings.partition_point(|h| h.start <= m.span.start);
        after > 0 && headings[after - 1].contains_span(m.span)
    };
    entities
        .referents
        .iter()
        .enumerate()
        .filter(|(_, r)| r.label == EntityLabel::Per)
        .filter_map(|(referent, r)| {
            let mentions: Vec<&Mention> =
                r.mentions.iter().map(|&m| &entities.mentions[m]).collect();
            let fullest = mentions.iter().map(|m| m.words).max()?;
            let first = *mentions.iter().find(|m| !in_heading(m))?;
            let full = *mentions.iter().find(|m| m.words == fullest)?;
            (first.words == 1 && fullest > 1).then_some(FirstReference {
                referent,
                first: first.span,
                full: full.span,
            })
        })
        .collect()
}

/// Groups `tagged` (document byte spans, any order) into referents. `known` is the
/// newsroom's list of names: they are found wherever they occur, win over the tagger's
/// spans, and give the canonical name and spelling.
pub fn group(text: &str, tagged: &[TaggedSpan], known: &[String]) -> Entities {
    let names = prepare_names(text, tagged, |_| true);
    group_prepared(text, names.placed(0).collect(), None, known, None, false)
}

/// What grouping needs of the names tagged in one block, in block-relative offsets: computed
/// once with the block (and cached with it), so that grouping a document is a pass over its
/// names rather than over its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BlockNames {
    pub names: Vec<PreparedName>,
    /// The words of every name, name after name (tokens that are not punctuation): grouping
    /// reads them on every keystroke, from one array rather than one allocation per name.
    pub words: Vec<Span>,
    /// Maximal alphanumeric runs that begin with a capital letter: the only places where a
    /// name that begins with one can be found again.
    pub capitalized: Vec<(u32, u32)>,
}

/// One tagged name with its title split off and its words.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedName {
    pub tagged: TaggedSpan,
    /// The name without a title inside the tagged span.
    pub name: Span,
    /// Where the words of `name` are in [`BlockNames::words`].
    pub words: std::ops::Range<u32>,
    pub title: Option<Span>,
    /// Whether `name` is written as [`collapse`] leaves it: asked of every mention on every
    /// keystroke, answered once with the block.
    pub collapsed: bool,
    /// Whether `title` is final; when not, the title before the name depends on text before
    /// the block and is looked for in the document.
    pub title_known: bool,
}

/// Prepares the names tagged in one block. `text` is the block's prose alone.
pub fn prepare_block(text: &str, tagged: &[TaggedSpan]) -> BlockNames {
    // With this many words before it in its block, or this far in, a name's title is read
    // from the block alone: the look back stops at a comma or the fourth word, reads at most
    // eight words, and never passes `TITLE_REACH` bytes.
    const WORDS_BEFORE: usize = 10;
    let context_free = |start: usize| {
        start >= TITLE_REACH + 4 || text[..start].split_whitespace().count() >= WORDS_BEFORE
    };
    let names = prepare_names(text, tagged, context_free);
    let mut capitalized = Vec::new();
    let mut run: Option<(usize, bool)> = None;
    for (i, c) in text.char_indices() {
        match (run, c.is_alphanumeric()) {
            (None, true) => run = Some((i, c.is_uppercase())),
            (Some((start, upper)), false) => {
                if upper {
                    capitalized.push((start as u32, i as u32));
                }
                run = None;
            }
            _ => {}
        }
    }
    if let Some((start, true)) = run {
        capitalized.push((start as u32, text.len() as u32));
    }
    BlockNames {
        capitalized,
        ..names
    }
}

impl BlockNames {
    /// The names with their words, where the block begins at `offset` in the document.
    pub fn placed(&self, offset: usize) -> impl Iterator<Item = PlacedName<'_>> {
        (self.names.iter()).map(move |name| PlacedName {
            name,
            words: &self.words[name.words.start as usize..name.words.end as usize],
            offset,
        })
    }
}

/// A prepared name with its words, in a block at `offset` in the document.
#[derive(Debug, Clone, Copy)]
pub struct PlacedName<'a> {
    pub name: &'a PreparedName,
    pub words: &'a [Span],
    pub offset: usize,
}

/// The names of `tagged`, without the capitalised words ([`prepare_name`]). An acronym of a
/// common noun read as a person, an organisation or a place is no name ("the DLC"); read as
/// MISC it stays (CoNLL's label for terms such as "GMT"). A month written as a date is no
/// name ("MARCH 3, 2021").
fn prepare_names(
    text: &str,
    tagged: &[TaggedSpan],
    context_free: impl Fn(usize) -> bool,
) -> BlockNames {
    let mut words = Vec::new();
    // Sized for every tagged name: the filter would have the vector grow by doubling.
    let mut names = Vec::with_capacity(tagged.len());
    names.extend(
        (tagged.iter())
            .filter(|t| {
                (t.label == EntityLabel::Misc || !acronyms::is_common_noun(t.span.slice(text)))
                    && !calendar::is_month_as_date(text, t.span)
            })
            .map(|&t| prepare_name(text, school_label(text, t), &context_free, &mut words)),
    );
    BlockNames {
        names,
        words,
        capitalized: Vec::new(),
    }
}

/// "Lincoln High", "Springfield Elementary": a name of two words or more that ends in "High" or
/// "Elementary" is a school (the short form of "… High School"), which the tagger, not knowing
/// the form, reads as a place or a person. Read as MISC (the film "Sky High") it stays.
fn school_label(text: &str, tagged: TaggedSpan) -> TaggedSpan {
    let last_word = tagged
        .span
        .slice(text)
        .rsplit_once(' ')
        .map(|(_, last)| last);
    let school = matches!(
        last_word,
        Some("High" | "HIGH" | "Elementary" | "ELEMENTARY")
    ) && matches!(tagged.label, EntityLabel::Loc | EntityLabel::Per);
    TaggedSpan {
        label: if school {
            EntityLabel::Org
        } else {
            tagged.label
        },
        ..tagged
    }
}

/// Splits the title off a tagged name ([`strip_title`]) and appends its words to `words`; the
/// look back before the name is made only when `context_free(start)` says the text at hand
/// is enough.
fn prepare_name(
    text: &str,
    tagged: TaggedSpan,
    context_free: impl Fn(usize) -> bool,
    words_out: &mut Vec<Span>,
) -> PreparedName {
    let mut span = tagged.span;
    let mut inner = words(text, span);
    if tagged.label == EntityLabel::Per {
        // A person's name ends in a capitalised word; the tagger's span sometimes runs on
        // into the next one ("Cara holding"). "d'Alembert", "Chen Chun-yeh" stay.
        while inner.len() > 1 && runs_on(text, inner[inner.len() - 1]) {
            inner.pop();
            span = Span::new(span.start, inner[inner.len() - 1].end);
        }
    }
    let cut = if tagged.label == EntityLabel::Per {
        title_cut(text, &inner)
    } else {
        None
    };
    let first_word = words_out.len() as u32;
    let range = |words_out: &Vec<Span>| first_word..words_out.len() as u32;
    match cut {
        Some(cut) => {
            let name = Span::new(inner[cut + 1].start, span.end);
            words_out.extend(words(text, name));
            PreparedName {
                tagged,
                name,
                collapsed: is_collapsed(name.slice(text)),
                words: range(words_out),
                title: Some(Span::new(span.start, inner[cut].end)),
                title_known: true,
            }
        }
        None => {
            let known = tagged.label != EntityLabel::Per || context_free(span.start);
            words_out.extend(inner);
            PreparedName {
                tagged,
                name: span,
                collapsed: is_collapsed(span.slice(text)),
                words: range(words_out),
                title: (known && tagged.label == EntityLabel::Per)
                    .then(|| title_outside(text, span.start))
                    .flatten(),
                title_known: known,
            }
        }
    }
}

/// A word in lower case after a space ("holding"; not "d'Alembert", "Chun-yeh").
fn runs_on(text: &str, word: Span) -> bool {
    let word_text = word.slice(text);
    word_text.chars().next().is_some_and(char::is_lowercase)
        && !word_text.contains(['\'', '’', '-'])
        && text[..word.start].ends_with(char::is_whitespace)
}

/// The capitalised words of one block ([`BlockNames::capitalized`]) where it lies in the
/// document.
#[derive(Debug, Clone, Copy)]
pub struct CapitalizedBlock<'a> {
    /// The block's content key: blocks with equal keys have equal text.
    pub key: u64,
    pub span: Span,
    /// Relative to `span.start`.
    pub words: &'a [(u32, u32)],
}

impl CapitalizedBlock<'_> {
    fn absolute(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        let offset = self.span.start as u32;
        (self.words.iter()).map(move |&(start, end)| (start + offset, end + offset))
    }
}

/// Groups prepared names, each with the offset of its block in the document. `capitalized`,
/// when given, is every maximal alphanumeric run of the text that begins with a capital, block
/// by block in order, for the names found again without a walk over the whole text (and, with
/// `memo`, without a walk over the blocks that did not change). `titles_in_document` reads
/// every title before a person's name in the document, even those read in the block.
pub fn group_prepared(
    text: &str,
    mut names: Vec<PlacedName>,
    capitalized: Option<&[CapitalizedBlock]>,
    known: &[String],
    mut memo: Option<&mut GroupMemo>,
    titles_in_document: bool,
) -> Entities {
    let known: Vec<&str> = known
        .iter()
        .map(|k| k.trim())
        .filter(|k| !k.is_empty())
        .collect();
    let mut drafts = Drafts::with_capacity(names.len());

    // Known names first: they win any overlap.
    names.sort_by_key(|n| {
        (
            n.name.tagged.span.start + n.offset,
            std::cmp::Reverse(n.name.tagged.span.end + n.offset),
        )
    });
    let mut known_labels: HashMap<usize, EntityLabel> = HashMap::default();
    for (span, pattern) in find_words(text, &known, capitalized) {
        // The tagger's spans do not overlap: only the last one starting before the end can.
        let before = names.partition_point(|n| n.name.tagged.span.start + n.offset < span.end);
        let label = before
            .checked_sub(1)
            .map(|i| (names[i].name.tagged, names[i].offset))
            .filter(|(t, offset)| t.span.shift(*offset).overlaps(span))
            .map(|(t, _)| t)
            .map(|t| t.label)
            .unwrap_or_else(|| {
                *known_labels
                    .entry(pattern)
                    .or_insert_with(|| label_of_name(known[pattern]))
            });
        let (span, title) = strip_title(text, span, label);
        drafts.insert(Draft {
            span,
            label,
            title,
            name: usize::MAX,
            words: WordList::owned(words(text, span)),
            collapsed: is_collapsed(span.slice(text)),
        });
    }
    let terms = term_acronyms(text, &names);
    for PlacedName {
        name: n,
        words,
        offset,
    } in names
    {
        let span = n.name.shift(offset);
        if drafts.overlaps(span) || (!terms.is_empty() && terms.contains(span.slice(text))) {
            continue;
        }
        let read_here =
            titles_in_document && n.tagged.label == EntityLabel::Per && n.name == n.tagged.span;
        let title = if n.title_known && !read_here {
            n.title.map(|t| t.shift(offset))
        } else {
            match memo.as_deref_mut() {
                Some(memo) => memo.titles.title_outside(text, span.start),
                None => title_outside(text, span.start),
            }
        };
        drafts.insert(Draft {
            span,
            label: n.tagged.label,
            title,
            name: usize::MAX,
            words: WordList {
                spans: std::borrow::Cow::Borrowed(words),
                offset,
            },
            collapsed: n.collapsed,
        });
    }
    if let Some(memo) = memo.as_deref_mut() {
        memo.titles.forget_unused();
    }
    define_acronyms(text, &mut drafts);

    // Document-level consistency: a name tagged somewhere is a name everywhere.
    let caps_words = capitalized.map(|blocks| CapsWords::new(text, blocks));
    let patterns = propagation_patterns(text, &drafts.list, caps_words.as_ref());
    let pattern_texts: Vec<&str> = patterns.iter().map(|(p, _)| p.as_ref()).collect();
    let (link_memo, found_memo) = match memo {
        Some(memo) => (Some(&mut memo.links), Some(&mut memo.found)),
        None => (None, None),
    };
    let block_matches = match (capitalized, found_memo) {
        (Some(blocks), Some(memo)) => Some(find_propagated(text, &patterns, blocks, memo)),
        _ => None,
    };
    let mut found = match block_matches {
        Some(_) => Vec::new(),
        None => find_words(text, &pattern_texts, capitalized),
    };
    // Matches never overlap one another: each is checked against the drafts so far alone.
    let mut full_names: Vec<Span> = Vec::new();
    found.retain(|&(span, pattern)| {
        is_name_found_again(text, &drafts, span)
            || is_full_name_over_part(text, &drafts, span, patterns[pattern].1, &mut full_names)
    });
    // The words of a pattern are the same wherever it is found: each match borrows them.
    let mut pattern_words: Vec<Option<Vec<Span>>> = vec![None; patterns.len()];
    for &(_, pattern) in &found {
        pattern_words[pattern].get_or_insert_with(|| {
            let p = pattern_texts[pattern];
            words(p, Span::new(0, p.len()))
        });
    }
    let reused = (capitalized.unwrap_or_default().iter())
        .zip(block_matches.iter().flatten())
        .flat_map(|(block, matches)| {
            let offset = block.span.start;
            matches.found.iter().map(move |m| (m, m.span.shift(offset)))
        })
        .filter(|(m, span)| {
            is_name_found_again(text, &drafts, *span)
                || is_full_name_over_part(text, &drafts, *span, m.label, &mut full_names)
        })
        .map(|(m, span)| {
            let words = WordList {
                spans: Cow::Borrowed(&m.words[..]),
                offset: span.start,
            };
            Draft::new(text, span, m.label, words)
        })
        .collect::<Vec<_>>();
    let mut drafts = drafts.list;
    drafts.reserve(found.len() + reused.len());
    drafts.extend(found.into_iter().map(|(span, pattern)| {
        let words = pattern_words[pattern].as_deref().expect("filled above");
        Draft::new(
            text,
            span,
            patterns[pattern].1,
            WordList {
                spans: Cow::Borrowed(words),
                offset: span.start,
            },
        )
    }));
    drafts.extend(reused);
    drafts.sort_by_key(|d| d.span.start);
    if !full_names.is_empty() {
        full_names.sort_by_key(|span| span.start);
        drop_parts_of_full_names(&mut drafts, &full_names);
    }

    let mut names = Names::with_capacity(drafts.len());
    for (index, draft) in drafts.iter_mut().enumerate() {
        draft.name = names.intern(text, draft, index);
    }
    for k in &known {
        names.intern_known(k);
    }
    let links = match link_memo {
        Some(memo) => memo.link(&names),
        None => link(&names),
    };
    build(text, &drafts, &names, links, &known)
}

/// Whether a name tagged elsewhere and written again at `span` is a mention there: not inside
/// a mention already drafted, and not a surname that is a month written as a date ("Theresa
/// May" met them "in May").
fn is_name_found_again(text: &str, drafts: &Drafts, span: Span) -> bool {
    !drafts.overlaps(span) && !calendar::is_month_as_date(text, span)
}

/// "Xi Jinping met …", where the tagger read "Jinping" alone and the document names the person
/// in full elsewhere: a person's name found again over drafts that lie inside it (none crossing
/// its edges, none the same span) is the mention there, unless a month written as a date; its
/// span is noted in `full_names`.
fn is_full_name_over_part(
    text: &str,
    drafts: &Drafts,
    span: Span,
    label: EntityLabel,
    full_names: &mut Vec<Span>,
) -> bool {
    let over_part = label == EntityLabel::Per
        && drafts.overlaps(span)
        && !drafts.spans_across(span.start)
        && !drafts.spans_across(span.end)
        && !drafts.has(span)
        && !calendar::is_month_as_date(text, span);
    if over_part {
        full_names.push(span);
    }
    over_part
}

/// Of the full names (sorted by start, none overlapping another), keeps those whose drafts
/// inside are all read as a person, without those drafts; drops the others ("Mets Poet" over
/// the team "Mets"). `drafts` are sorted by start.
fn drop_parts_of_full_names(drafts: &mut Vec<Draft>, full_names: &[Span]) {
    // The full name `span` lies inside, walking forwards from `at`.
    let around = |at: &mut usize, span: Span| {
        while full_names
            .get(*at)
            .is_some_and(|name| name.end <= span.start)
        {
            *at += 1;
        }
        (full_names.get(*at))
            .filter(|name| name.start <= span.start && span.end <= name.end)
            .map(|_| *at)
    };
    let mut kept = vec![true; full_names.len()];
    let mut at = 0;
    for draft in drafts.iter() {
        if let Some(i) = around(&mut at, draft.span) {
            kept[i] &= draft.span == full_names[i] || draft.label == EntityLabel::Per;
        }
    }
    let mut at = 0;
    drafts.retain(|draft| match around(&mut at, draft.span) {
        Some(i) => (draft.span == full_names[i]) == kept[i],
        None => true,
    });
}

/// What grouping keeps from one analysis of a document to the next.
#[derive(Debug, Default)]
pub struct GroupMemo {
    links: LinkMemo,
    found: FoundMemo,
    titles: TitleMemo,
}

/// The titles read before names in the document ([`title_outside`]), by the text read: the
/// names whose title depends on the text before their block (near its start) are read again
/// on every keystroke, and almost all of them before the same text as the last time.
#[derive(Debug, Default)]
struct TitleMemo {
    /// Text from the reach back to the name → the title, as distances back from the name.
    last: HashMap<Box<str>, Option<(u32, u32)>>,
    /// What this grouping read: the next `last`.
    used: HashMap<Box<str>, Option<(u32, u32)>>,
}

impl TitleMemo {
    /// [`title_outside`], remembered when the reach begins after the text's start (a title
    /// read from the start of the text depends on being there).
    fn title_outside(&mut self, text: &str, start: usize) -> Option<Span> {
        let floor = reach_floor(text, start);
        if floor == 0 {
            return title_outside(text, start);
        }
        let window = &text[floor..start];
        let back = match self.last.remove_entry(window) {
            Some((window, back)) => {
                self.used.insert(window, back);
                back
            }
            None => {
                let back = title_outside(text, start)
                    .map(|t| ((start - t.start) as u32, (start - t.end) as u32));
                self.used.insert(window.into(), back);
                back
            }
        };
        back.map(|(from, to)| Span::new(start - from as usize, start - to as usize))
    }

    /// Keeps what this grouping read, for the next one.
    fn forget_unused(&mut self) {
        self.last = std::mem::take(&mut self.used);
    }
}

/// The last linkings of names and what each was computed from: a keystroke that changes no
/// name (most do not) reuses the last; one that puts back the names of a recent one (typing
/// a word against a name and then the space that parts them) reuses that one, instead of
/// linking every name of the document again.
#[derive(Debug, Default)]
struct LinkMemo {
    /// Most recent first.
    recent: std::collections::VecDeque<(Vec<LinkInput>, Links)>,
}

/// How many linkings [`LinkMemo`] keeps.
const LINKINGS_KEPT: usize = 3;

/// What linking reads of one name: its mention count, first mention, votes (`LinkVotes`),
/// whether it is known, and its text (its words follow from it); nothing else.
type LinkInput = (usize, usize, LinkVotes, bool, String);

/// What linking reads of a name's votes: its label and whether any mention reads it as a
/// person. A keystroke that moves one mention between two other labels (the tagger reading
/// a place as an organisation next to the edit) keeps the linking.
type LinkVotes = (EntityLabel, bool);

fn link_votes(name: &Name) -> LinkVotes {
    (name.label(), name.votes[EntityLabel::Per as usize] > 0)
}

impl LinkMemo {
    fn link(&mut self, names: &Names) -> Links {
        let same = |inputs: &[LinkInput]| {
            inputs.len() == names.list.len()
                && inputs.iter().zip(&names.list).all(|(a, n)| {
                    (a.0, a.1, a.2, a.3) == (n.mentions, n.first, link_votes(n), n.known)
                        && a.4 == n.text
                })
        };
        match self.recent.iter().position(|(inputs, _)| same(inputs)) {
            Some(i) => {
                let entry = self.recent.remove(i).expect("found");
                self.recent.push_front(entry);
            }
            None => {
                let inputs = (names.list.iter())
                    .map(|n| {
                        let votes = link_votes(n);
                        (n.mentions, n.first, votes, n.known, n.text.to_string())
                    })
                    .collect();
                self.recent.truncate(LINKINGS_KEPT - 1);
                self.recent.push_front((inputs, link(names)));
            }
        }
        self.recent[0].1.clone()
    }
}

/// A mention before referents are known.
struct Draft<'a> {
    span: Span,
    label: EntityLabel,
    title: Option<Span>,
    name: usize,
    /// The words of `span`.
    words: WordList<'a>,
    /// Whether `span` is written as [`collapse`] leaves it.
    collapsed: bool,
}

/// Word spans, kept as a prepared name has them (relative to its block) or owned.
struct WordList<'a> {
    spans: std::borrow::Cow<'a, [Span]>,
    /// Added to every span.
    offset: usize,
}

impl WordList<'_> {
    fn owned(spans: Vec<Span>) -> WordList<'static> {
        WordList {
            spans: std::borrow::Cow::Owned(spans),
            offset: 0,
        }
    }

    fn len(&self) -> usize {
        self.spans.len()
    }

    fn iter(&self) -> impl Iterator<Item = Span> + '_ {
        self.spans.iter().map(|w| w.shift(self.offset))
    }

    fn last(&self) -> Option<Span> {
        self.spans.last().map(|w| w.shift(self.offset))
    }
}

impl<'a> Draft<'a> {
    fn new(text: &str, span: Span, label: EntityLabel, words: WordList<'a>) -> Draft<'a> {
        Draft {
            span,
            label,
            title: None,
            name: usize::MAX,
            words,
            collapsed: is_collapsed(span.slice(text)),
        }
    }
}

/// Non-overlapping drafts; the first inserted wins an overlap.
struct Drafts<'a> {
    list: Vec<Draft<'a>>,
    /// Spans taken (start, end), sorted by start: those inserted in document order, which
    /// the names are, appended here …
    in_order: Vec<(usize, usize)>,
    /// … and the others (a name before a known name, an acronym).
    others: std::collections::BTreeMap<usize, usize>,
}

impl<'a> Drafts<'a> {
    /// Sized for `names` drafts: a large document has thousands, on every keystroke.
    fn with_capacity(names: usize) -> Drafts<'a> {
        Drafts {
            list: Vec::with_capacity(names),
            in_order: Vec::with_capacity(names),
            others: Default::default(),
        }
    }

    fn insert(&mut self, draft: Draft<'a>) {
        if self.overlaps(draft.span) {
            return;
        }
        let span = draft.span;
        if self
            .in_order
            .last()
            .is_none_or(|&(start, _)| start < span.start)
        {
            self.in_order.push((span.start, span.end));
        } else {
            self.others.insert(span.start, span.end);
        }
        self.list.push(draft);
    }

    /// Whether a draft taken begins before `at` and ends after it.
    fn spans_across(&self, at: usize) -> bool {
        let before = self.in_order.partition_point(|&(start, _)| start < at);
        let in_order = before
            .checked_sub(1)
            .is_some_and(|i| self.in_order[i].1 > at);
        in_order || (self.others.range(..at).next_back()).is_some_and(|(_, &end)| end > at)
    }

    /// Whether a draft taken has this very span.
    fn has(&self, span: Span) -> bool {
        let in_order = (self.in_order)
            .binary_search_by_key(&span.start, |&(start, _)| start)
            .is_ok_and(|i| self.in_order[i].1 == span.end);
        in_order || self.others.get(&span.start) == Some(&span.end)
    }

    /// Whether a draft with this span would be refused (empty, or overlapping one taken).
    fn overlaps(&self, span: Span) -> bool {
        if span.is_empty() {
            return true;
        }
        // Names come in document order: most spans begin after the last taken one.
        if let Some(&(start, end)) = self.in_order.last() {
            if self.others.is_empty() && start <= span.start {
                return end > span.start;
            }
        }
        let before = self
            .in_order
            .partition_point(|&(start, _)| start < span.end);
        let in_order = before
            .checked_sub(1)
            .is_some_and(|i| self.in_order[i].1 > span.start);
        in_order
            || (self.others.range(..span.end).next_back()).is_some_and(|(_, &end)| end > span.start)
    }
}

/// Word tokens of `text[span]`.
fn words(text: &str, span: Span) -> Vec<Span> {
    tokenize(text, span)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .map(|t| t.span)
        .collect()
}

/// The label the tagger gives a name on its own (for known names it never saw in the text).
fn label_of_name(name: &str) -> EntityLabel {
    let tokens = tokenize(name, Span::new(0, name.len()));
    tag_sentence(name, &tokens)
        .into_iter()
        .max_by_key(|t| t.span.len())
        .map_or(EntityLabel::Per, |t| t.label)
}

fn is_title(word: &str) -> bool {
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
fn strip_title(text: &str, span: Span, label: EntityLabel) -> (Span, Option<Span>) {
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
fn title_cut(text: &str, inner: &[Span]) -> Option<usize> {
    inner[..inner.len().saturating_sub(1)]
        .iter()
        .rposition(|w| is_title(w.slice(text)))
}

/// The title right before a name starting at `start`, or in an appositive before it.
fn title_outside(text: &str, start: usize) -> Option<Span> {
    let floor = reach_floor(text, start);
    title_before(text, floor, start).or_else(|| appositive_before(text, floor, start))
}

/// How far before a name its title may begin, in bytes.
const TITLE_REACH: usize = 160;

/// Where the look back for a title before `start` stops: titles are short, so that a document
/// without spaces does not cost a scan to its start per mention.
fn reach_floor(text: &str, start: usize) -> usize {
    let mut floor = start.saturating_sub(TITLE_REACH);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    floor
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
    let words: Vec<(usize, &str)> = before
        .split_whitespace()
        .rev()
        .take(8)
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
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

/// "the North Atlantic Treaty Organization (NATO)": the acronym becomes a mention too.
fn define_acronyms(text: &str, drafts: &mut Drafts) {
    let mut found = Vec::new();
    for draft in &drafts.list {
        if draft.label == EntityLabel::Per {
            continue;
        }
        let after = &text[draft.span.end..];
        let trimmed = after.trim_start_matches([' ', '\t']);
        let Some(inside) = trimmed.strip_prefix('(') else {
            continue;
        };
        let Some(close) = inside.find(')') else {
            continue;
        };
        let acronym = &inside[..close];
        if initials(text, &draft.words).as_deref() == Some(&acronym.replace('.', "")) {
            let start = text.len() - inside.len();
            let span = Span::new(start, start + acronym.len());
            found.push(Draft::new(
                text,
                span,
                draft.label,
                WordList::owned(words(text, span)),
            ));
        }
    }
    for draft in found {
        drafts.insert(draft);
    }
}

/// Acronyms the document defines by words in lower case ("sea surface salinity (SSS)"):
/// they name a term, not an entity, wherever the tagger reads them as one.
fn term_acronyms<'t>(text: &'t str, names: &[PlacedName]) -> HashSet<&'t str> {
    names
        .iter()
        .map(|n| n.name.name.shift(n.offset))
        .filter(|span| defined_in_lower_case(text, *span))
        .map(|span| span.slice(text))
        .collect()
}

/// Whether `text[span]` is an acronym in brackets right after lower-case words that begin
/// with its letters, in order; "and", "of" … may come between them ("soil moisture and ocean
/// salinity (SMOS)").
fn defined_in_lower_case(text: &str, span: Span) -> bool {
    const SKIPPED: [&str; 8] = ["and", "of", "the", "for", "in", "on", "to", "a"];
    let acronym = span.slice(text);
    let capitals = acronym.bytes().filter(u8::is_ascii_uppercase).count();
    if !(2..=8).contains(&capitals)
        || acronym
            .bytes()
            .any(|b| !b.is_ascii_uppercase() && b != b'.')
    {
        return false;
    }
    let before = text[..span.start].trim_end_matches(' ');
    let after = text[span.end..].trim_start_matches(' ');
    let (Some(before), true) = (before.strip_suffix('('), after.starts_with(')')) else {
        return false;
    };
    let mut letters = acronym
        .bytes()
        .filter(u8::is_ascii_uppercase)
        .rev()
        .peekable();
    let words = before
        .rsplit(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .filter(|w| !w.is_empty());
    for word in words.take(2 * acronym.len() + 2) {
        let Some(&letter) = letters.peek() else {
            break;
        };
        let first = word.as_bytes()[0];
        if first == letter.to_ascii_lowercase() {
            letters.next();
        } else if !SKIPPED.contains(&word) {
            return false;
        }
    }
    letters.peek().is_none()
}

/// Initials of the capitalised words of a multi-word name ("North Atlantic Treaty
/// Organization" → "NATO"); `None` for fewer than two.
fn initials(text: &str, words: &WordList) -> Option<String> {
    let letters: String = words
        .iter()
        .filter_map(|w| w.slice(text).chars().next().filter(|c| c.is_uppercase()))
        .collect();
    (letters.chars().count() >= 2).then_some(letters)
}

/// Whether an acronym: 2–8 capitals, periods allowed ("NATO", "U.N.").
fn acronym_key(name: &str) -> Option<String> {
    let key: String = name.chars().filter(|&c| c != '.').collect();
    let count = key.chars().count();
    ((2..=8).contains(&count) && key.chars().all(char::is_uppercase)).then_some(key)
}

/// The capitalised words of a document with no ASCII lower-case letter (hashed): the only
/// words that an ALL-CAPS spelling of a name can begin with, and so be found at.
struct CapsWords(HashSet<u64>);

impl CapsWords {
    fn new(text: &str, blocks: &[CapitalizedBlock]) -> CapsWords {
        let words = (blocks.iter().flat_map(CapitalizedBlock::absolute))
            .map(|(start, end)| &text[start as usize..end as usize])
            .filter(|word| !word.bytes().any(|b| b.is_ascii_lowercase()))
            .map(word_hash);
        CapsWords(words.collect())
    }

    /// Whether `name` in capitals begins with one of the words.
    fn may_begin(&self, name: &str) -> bool {
        let first = name
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let mut buffer = [0u8; 32];
        let hash = match buffer.get_mut(..first.len()).filter(|_| name.is_ascii()) {
            Some(upper) => {
                upper.copy_from_slice(first.as_bytes());
                upper.make_ascii_uppercase();
                word_hash(std::str::from_utf8(upper).expect("ASCII stays UTF-8"))
            }
            // Outside ASCII, capitals can change where the first word ends ("ß" → "SS").
            None => match first_word(&name.to_uppercase()) {
                // Searched for in the text, not among capitalised words.
                Some(first) if !first.starts_with(char::is_uppercase) => return true,
                Some(first) => word_hash(first),
                None => return false,
            },
        };
        self.0.contains(&hash)
    }
}

/// Names to look for everywhere: every tagged name that is not only ever tagged first in a
/// sentence (where any word is capitalised), and the surnames of full names of people.
/// Names are borrowed from the text where they are written as [`collapse`] leaves them.
fn propagation_patterns<'t>(
    text: &'t str,
    drafts: &[Draft],
    caps_first_words: Option<&CapsWords>,
) -> Vec<(Cow<'t, str>, EntityLabel)> {
    let mut patterns: HashMap<Cow<str>, (EntityLabel, bool)> = HashMap::default();
    for draft in drafts {
        let surface = draft.span.slice(text);
        let name = match draft.collapsed {
            true => Cow::Borrowed(surface),
            false => Cow::Owned(collapse(surface)),
        };
        if name.chars().nth(1).is_none() || !name.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let word_spans = &draft.words;
        let reliable = word_spans.len() > 1 || !sentence_initial(text, draft.span.start);
        let entry = patterns.entry(name).or_insert((draft.label, false));
        entry.1 |= reliable;
        if draft.label == EntityLabel::Per && word_spans.len() > 1 {
            let surname = word_spans.last().expect("more than one").slice(text);
            // A surname already listed stays as it is: no need to ask whether it is a title.
            if !patterns.contains_key(surname)
                && surname.chars().nth(2).is_some()
                && !is_title(surname)
            {
                patterns.insert(Cow::Borrowed(surname), (EntityLabel::Per, true));
            }
            // A name written surname first: "Xi said" after "Xi Jinping".
            let first = word_spans.iter().next().expect("more than one").slice(text);
            if !patterns.contains_key(first) && romanised::surname_first(surface).is_some() {
                patterns.insert(Cow::Borrowed(first), (EntityLabel::Per, true));
            }
        }
    }
    // The same names in an ALL-CAPS headline ("PUTIN WARNS …"); two names in one capitals
    // spelling keep the first label. In no particular order: the search does not read it.
    let mut capitals: HashMap<String, EntityLabel> = HashMap::default();
    for (name, &(label, reliable)) in &patterns {
        if !reliable || name.chars().filter(|c| c.is_alphabetic()).nth(2).is_none() {
            continue;
        }
        if !caps_first_words.is_none_or(|words| words.may_begin(name)) {
            continue;
        }
        let upper = name.to_uppercase();
        let listed = (patterns.get(upper.as_str())).is_some_and(|&(_, reliable)| reliable);
        if !listed {
            let entry = capitals.entry(upper).or_insert(label);
            *entry = (*entry).min(label);
        }
    }
    let mut patterns: Vec<(Cow<str>, EntityLabel)> = patterns
        .into_iter()
        .filter(|(_, (_, reliable))| *reliable)
        .map(|(name, (label, _))| (name, label))
        .collect();
    patterns.extend(
        capitals
            .into_iter()
            .map(|(upper, label)| (Cow::Owned(upper), label)),
    );
    patterns
}

fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// "PUTIN" → "Putin": how a word in capitals is compared with the same word in running text.
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    })
}

fn collapse(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`collapse`], borrowing `name` when it is already collapsed (most names and titles).
fn collapsed(name: &str) -> Cow<'_, str> {
    if is_collapsed(name) {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(collapse(name))
    }
}

/// Whether `start` begins a sentence or a line (so its capital says nothing).
fn sentence_initial(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(|c: char| {
        c == ' ' || c == '\t' || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«')
    });
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

/// Whole-word, case-sensitive occurrences of `patterns` (leftmost-longest, in order).
/// `capitalized` (see [`group_prepared`]) lets the walk visit only the words that begin with a
/// capital and those that begin a pattern.
fn find_words(
    text: &str,
    patterns: &[&str],
    capitalized: Option<&[CapitalizedBlock]>,
) -> Vec<(Span, usize)> {
    if patterns.is_empty() {
        return Vec::new();
    }
    // Patterns by their first word: a linear walk over the words of the text finds the
    // leftmost-longest whole-word match without building an automaton of them all.
    let mut by_first_word: HashMap<&str, SameFirstWord> = HashMap::default();
    for (index, pattern) in patterns.iter().enumerate() {
        let first = pattern
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if !first.is_empty() && pattern.starts_with(first) {
            by_first_word
                .entry(first)
                .or_default()
                .insert(pattern, index);
        }
    }
    // The longest pattern whose first word is `text[word_start..word_end]` and that matches
    // there as whole words.
    let match_at = |word_start: usize, word_end: usize| {
        by_first_word
            .get(&text[word_start..word_end])
            .and_then(|candidates| candidates.longest_at(text, word_start))
    };
    let mut found = Vec::new();
    if let Some(capitalized) = capitalized {
        // A word that matches is a maximal run of alphanumerics that is some pattern's first
        // word: one that begins with a capital is in `capitalized`; the others (a surname
        // tagged in lower case: "county", "himself") are few, and found by a search for them.
        // The walk below visits these words alone, in the same order.
        let not_capitalized: Vec<&str> = (by_first_word.keys().copied())
            .filter(|w| !w.starts_with(char::is_uppercase))
            .collect();
        let others = whole_words(text, &not_capitalized);
        let capitalized = capitalized.iter().flat_map(CapitalizedBlock::absolute);
        let mut position = 0;
        for (start, end) in merged(capitalized, others) {
            let (start, end) = (start as usize, end as usize);
            if start < position {
                continue;
            }
            if let Some(index) = match_at(start, end) {
                let end = start + patterns[index].len();
                found.push((Span::new(start, end), index));
                position = end;
            }
        }
        return found;
    }
    let mut position = 0;
    while position < text.len() {
        let rest = &text[position..];
        let Some(word_start) = rest.find(char::is_alphanumeric).map(|i| position + i) else {
            break;
        };
        let word_end = text[word_start..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(text.len(), |i| word_start + i);
        match match_at(word_start, word_end) {
            Some(index) => {
                let end = word_start + patterns[index].len();
                found.push((Span::new(word_start, end), index));
                position = end;
            }
            None => position = word_end,
        }
    }
    found
}

/// Two ascending lists of words (start, end) as one, in order of start; on an equal start
/// the second list's word comes first.
fn merged(
    first: impl Iterator<Item = (u32, u32)>,
    second: impl IntoIterator<Item = (u32, u32)>,
) -> impl Iterator<Item = (u32, u32)> {
    let mut first = first.peekable();
    let mut second = second.into_iter().peekable();
    std::iter::from_fn(move || match (first.peek(), second.peek()) {
        (Some(&c), Some(&l)) if c.0 < l.0 => first.next(),
        (_, Some(_)) => second.next(),
        (Some(_), None) => first.next(),
        (None, None) => None,
    })
}

/// Where the words `words` (alphanumeric runs) are written as whole words in `text`, in order.
fn whole_words(text: &str, words: &[&str]) -> Vec<(u32, u32)> {
    match whole_word_searcher(words) {
        Some(searcher) => whole_words_in(text, Span::new(0, text.len()), &searcher),
        None => Vec::new(),
    }
}

/// The automaton for [`whole_words_in`]; `None` for no words.
fn whole_word_searcher(words: &[&str]) -> Option<AhoCorasick> {
    // Leftmost-longest: a match at a word's start is the word itself when it is listed, since
    // no listed word runs past a word's end.
    (!words.is_empty()).then(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(words)
            .expect("a few short words make a small automaton")
    })
}

/// [`whole_words`] inside `within` (a span of whole words: a match never crosses its edges).
fn whole_words_in(text: &str, within: Span, searcher: &AhoCorasick) -> Vec<(u32, u32)> {
    let alphanumeric = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let input = aho_corasick::Input::new(text).range(within.start..within.end);
    (searcher.find_iter(input))
        .filter(|m| {
            !alphanumeric(text[..m.start()].chars().next_back())
                && !alphanumeric(text[m.end()..].chars().next())
        })
        .map(|m| (m.start() as u32, m.end() as u32))
        .collect()
}

/// What the search for propagated names found in each block at the last grouping. A block
/// whose content is the same is not searched again, unless a pattern that changed since
/// begins with one of its capitalised words.
#[derive(Debug, Default)]
struct FoundMemo {
    /// The patterns searched ([`PatternKey`]), sorted, and a digest of them that does not
    /// depend on their order (compared first: most keystrokes change no pattern).
    patterns: Vec<PatternKey>,
    fingerprint: (u64, u64),
    /// By block content key; only blocks whose matches lie inside them.
    blocks: HashMap<u64, Arc<BlockMatches>>,
}

/// A pattern as the search reads it: the hash of its text and label, and of its first word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct PatternKey {
    key: u64,
    first_word: u64,
    /// Whether the first word begins with a capital (else it is searched for in the text).
    capitalized: bool,
    /// Index into this grouping's patterns.
    index: usize,
}

/// The matches in one block, relative to its start, and which capitalised words it has.
#[derive(Debug)]
struct BlockMatches {
    found: Vec<BlockMatch>,
    /// A Bloom filter of the hashes of the block's capitalised words ([`bloom_bits`]).
    words: u128,
}

#[derive(Debug)]
struct BlockMatch {
    span: Span,
    label: EntityLabel,
    /// Relative to the match's start.
    /// Shared by the matches of one pattern.
    words: Arc<[Span]>,
}

fn word_hash(word: &str) -> u64 {
    hashing::finish(hashing::str(word))
}

fn bloom_bits(hash: u64) -> u128 {
    (1u128 << (hash & 127)) | (1u128 << ((hash >> 7) & 127))
}

/// The first word of a pattern, as [`find_words`] indexes it; `None` when the pattern does
/// not begin with a word (it is never found).
fn first_word(pattern: &str) -> Option<&str> {
    let first = pattern.split(|c: char| !c.is_alphanumeric()).next()?;
    (!first.is_empty() && pattern.starts_with(first)).then_some(first)
}

/// [`find_words`] for the propagation patterns over capitalised words given block by block:
/// the matches of each block, in order, from `memo` where the block's content and the patterns
/// that begin with its words are those of the last search.
fn find_propagated(
    text: &str,
    patterns: &[(Cow<str>, EntityLabel)],
    blocks: &[CapitalizedBlock],
    memo: &mut FoundMemo,
) -> Vec<Arc<BlockMatches>> {
    let mut keys: Vec<PatternKey> = (patterns.iter().enumerate())
        .filter_map(|(index, (pattern, label))| {
            let first = first_word(pattern)?;
            Some(PatternKey {
                key: hashing::pair(hashing::str(pattern), *label as u64),
                first_word: word_hash(first),
                capitalized: first.starts_with(char::is_uppercase),
                index,
            })
        })
        .collect();
    // The first words of the patterns added or removed: blocks where one is written are
    // searched again (all of them when it is not capitalised, and so found by a text search).
    let mut changed: Vec<u128> = Vec::new();
    let same = |a: &PatternKey, b: &PatternKey| (a.key, a.first_word) == (b.key, b.first_word);
    let fingerprint = (keys.iter()).fold((keys.len() as u64, 0u64), |(sum, xor), k| {
        let k = hashing::pair(k.key, k.first_word);
        (sum.wrapping_add(k), xor ^ hashing::finish(k))
    });
    if fingerprint != memo.fingerprint {
        keys.sort_unstable();
        let (mut old, mut new) = (memo.patterns.iter().peekable(), keys.iter().peekable());
        loop {
            let differs = match (old.peek(), new.peek()) {
                (Some(a), Some(b)) if same(a, b) => {
                    old.next();
                    new.next();
                    continue;
                }
                (Some(a), Some(b)) if (a.key, a.first_word) < (b.key, b.first_word) => old.next(),
                (Some(_), None) => old.next(),
                (_, Some(_)) => new.next(),
                (None, None) => break,
            };
            let differs = differs.expect("peeked");
            if !differs.capitalized {
                memo.blocks.clear();
            }
            changed.push(bloom_bits(differs.first_word));
        }
        memo.patterns = keys.clone();
        memo.fingerprint = fingerprint;
    }
    // Whether the block may have a word that begins a changed pattern.
    let affected = |matches: &BlockMatches| changed.iter().any(|&bits| bits & !matches.words == 0);
    // The patterns that begin with a word of a block to search (unless a match runs into one
    // from the block before), indexed at once.
    let searched: Vec<&CapitalizedBlock> = (blocks.iter())
        .filter(|block| memo.blocks.get(&block.key).is_none_or(|m| affected(m)))
        .collect();
    let words = (searched.iter().flat_map(|block| block.absolute()))
        .map(|(start, end)| word_hash(&text[start as usize..end as usize]));
    let mut candidates = Candidates::new(patterns, &keys, words);
    // Searching many blocks (a new document), the words that are not capitalised are found
    // in one pass over the text rather than one per block.
    if searched.len() > 64 {
        candidates.others_in_text = (candidates.others.as_ref())
            .map(|searcher| whole_words_in(text, Span::new(0, text.len()), searcher));
    }
    let mut kept: HashMap<u64, Arc<BlockMatches>> = HashMap::default();
    kept.reserve(blocks.len());
    let mut position = 0;
    let mut result = Vec::with_capacity(blocks.len());
    for block in blocks {
        let start = block.span.start;
        let cached = (memo.blocks.get(&block.key))
            .filter(|m| start >= position && !affected(m))
            .cloned();
        let matches = match cached {
            Some(matches) => {
                kept.insert(block.key, Arc::clone(&matches));
                matches
            }
            None => {
                candidates.cover(text, block);
                let matches = Arc::new(candidates.search(text, block, position));
                // A match that runs past the block, or a block searched from inside a match
                // that ran into it, depends on text outside it: not kept.
                let inside = matches
                    .found
                    .last()
                    .is_none_or(|m| m.span.end <= block.span.len());
                if start >= position && inside {
                    kept.insert(block.key, Arc::clone(&matches));
                }
                matches
            }
        };
        if let Some(last) = matches.found.last() {
            position = position.max(start + last.span.end);
        }
        result.push(matches);
    }
    memo.blocks = kept;
    result
}

/// The patterns that begin with one word, for the longest that matches at a place: by their
/// text, with their lengths longest first. A look-up per length rather than a comparison per
/// pattern: a roster of a thousand "John …" compared every "John" with each of them.
#[derive(Default)]
struct SameFirstWord<'p> {
    lengths: Vec<usize>,
    /// The first pattern (by index) of each text.
    by_text: HashMap<&'p str, usize>,
}

impl<'p> SameFirstWord<'p> {
    fn insert(&mut self, pattern: &'p str, index: usize) {
        let first = self.by_text.entry(pattern).or_insert(index);
        *first = (*first).min(index);
        if let Err(at) = self.lengths.binary_search_by(|l| pattern.len().cmp(l)) {
            self.lengths.insert(at, pattern.len());
        }
    }

    /// The longest pattern written at `text[start..]` as whole words.
    fn longest_at(&self, text: &str, start: usize) -> Option<usize> {
        self.lengths.iter().find_map(|&length| {
            let end = start + length;
            let written = text.get(start..end)?;
            let index = self.by_text.get(written)?;
            (!text[end..].starts_with(char::is_alphanumeric)).then_some(*index)
        })
    }
}

/// The patterns that begin with some words, by first word (hashed).
struct Candidates<'p> {
    patterns: &'p [(Cow<'p, str>, EntityLabel)],
    keys: &'p [PatternKey],
    /// First-word hashes whose patterns are in `by_first_word`.
    covered: HashSet<u64>,
    by_first_word: HashMap<u64, SameFirstWord<'p>>,
    /// Finds the first words that are not capitalised …
    others: Option<AhoCorasick>,
    /// … or has found them in the whole text.
    others_in_text: Option<Vec<(u32, u32)>>,
    /// The words of each pattern found, relative to its start.
    pattern_words: Vec<Option<Arc<[Span]>>>,
}

impl<'p> Candidates<'p> {
    /// Indexes the patterns that begin with `words` (hashed) or with a word that is not
    /// capitalised (few: those are always indexed).
    fn new(
        patterns: &'p [(Cow<'p, str>, EntityLabel)],
        keys: &'p [PatternKey],
        words: impl Iterator<Item = u64>,
    ) -> Candidates<'p> {
        let not_capitalized = keys.iter().filter(|k| !k.capitalized);
        let mut candidates = Candidates {
            patterns,
            keys,
            covered: HashSet::default(),
            by_first_word: HashMap::default(),
            others: None,
            others_in_text: None,
            pattern_words: vec![None; patterns.len()],
        };
        candidates.add(words.chain(not_capitalized.clone().map(|k| k.first_word)));
        let others: HashSet<&str> = not_capitalized
            .filter_map(|k| first_word(&patterns[k.index].0))
            .collect();
        candidates.others = whole_word_searcher(&others.into_iter().collect::<Vec<_>>());
        candidates
    }

    /// Indexes the patterns that begin with a capitalised word of `block`.
    fn cover(&mut self, text: &str, block: &CapitalizedBlock) {
        let words =
            (block.absolute()).map(|(start, end)| word_hash(&text[start as usize..end as usize]));
        self.add(words);
    }

    fn add(&mut self, words: impl Iterator<Item = u64>) {
        let new: HashSet<u64> = words.filter(|w| self.covered.insert(*w)).collect();
        if new.is_empty() {
            return;
        }
        let patterns = self.patterns;
        for key in self.keys {
            if new.contains(&key.first_word) {
                self.by_first_word
                    .entry(key.first_word)
                    .or_default()
                    .insert(&patterns[key.index].0, key.index);
            }
        }
    }

    /// The walk of [`find_words`] over one block (its words from `position` on), relative to
    /// the block's start. The block's words must be covered.
    fn search(&mut self, text: &str, block: &CapitalizedBlock, position: usize) -> BlockMatches {
        let others = match (&self.others_in_text, &self.others) {
            (Some(all), _) => {
                let from = all.partition_point(|w| (w.0 as usize) < block.span.start);
                let to = all.partition_point(|w| (w.0 as usize) < block.span.end);
                all[from..to].to_vec()
            }
            (None, Some(searcher)) => whole_words_in(text, block.span, searcher),
            (None, None) => Vec::new(),
        };
        let mut bloom = 0u128;
        let mut found = Vec::new();
        let mut position = position;
        for (start, end) in merged(block.absolute(), others) {
            let (start, end) = (start as usize, end as usize);
            let hash = word_hash(&text[start..end]);
            if text[start..].starts_with(char::is_uppercase) {
                bloom |= bloom_bits(hash);
            }
            if start < position {
                continue;
            }
            let Some(candidates) = self.by_first_word.get(&hash) else {
                continue;
            };
            if let Some(index) = candidates.longest_at(text, start) {
                let (pattern, label) = &self.patterns[index];
                let end = start + pattern.len();
                let offset = block.span.start;
                found.push(BlockMatch {
                    span: Span::new(start - offset, end - offset),
                    label: *label,
                    words: Arc::clone(
                        self.pattern_words[index].get_or_insert_with(|| {
                            words(pattern, Span::new(0, pattern.len())).into()
                        }),
                    ),
                });
                position = end;
            }
        }
        BlockMatches {
            found,
            words: bloom,
        }
    }
}

/// Distinct surface forms ("Vladimir Putin", "Putin") with their mentions. A name written
/// as [`collapse`] leaves it (most) borrows its text and words from the document.
struct Names<'a> {
    list: Vec<Name<'a>>,
    /// The words of every name, name after name: one array rather than one allocation per
    /// name on every keystroke.
    words: Vec<Cow<'a, str>>,
    index: HashMap<Cow<'a, str>, usize>,
}

struct Name<'a> {
    text: Cow<'a, str>,
    /// Where its words are in [`Names::words`].
    words: std::ops::Range<usize>,
    /// Mentions per label, in [`EntityLabel::ALL`] order.
    votes: [usize; 4],
    mentions: usize,
    /// Index of its first draft (documents order); `usize::MAX` for a known name not seen.
    first: usize,
    known: bool,
}

impl Name<'_> {
    fn label(&self) -> EntityLabel {
        let best = (0..4).max_by_key(|&i| (self.votes[i], std::cmp::Reverse(i)));
        EntityLabel::ALL[best.unwrap_or(0)]
    }

    /// The label of more of its mentions than any other, if one has.
    fn majority(&self) -> Option<EntityLabel> {
        let best = self.label();
        let runner_up = (0..4)
            .filter(|&i| i != best as usize)
            .map(|i| self.votes[i])
            .max();
        (runner_up < Some(self.votes[best as usize])).then_some(best)
    }
}

impl<'a> Names<'a> {
    /// Sized for at most `drafts` names.
    fn with_capacity(drafts: usize) -> Names<'a> {
        Names {
            list: Vec::with_capacity(drafts),
            // Most names are one or two words.
            words: Vec::with_capacity(2 * drafts),
            index: HashMap::with_capacity_and_hasher(drafts, Default::default()),
        }
    }

    fn intern(&mut self, text: &'a str, draft: &Draft, draft_index: usize) -> usize {
        let surface = draft.span.slice(text);
        let id = if draft.collapsed {
            match self.index.get(surface) {
                Some(&id) => id,
                // The draft's words are the name's: the same string, tokenised the same way.
                None => {
                    let words = draft.words.iter().map(|w| Cow::Borrowed(w.slice(text)));
                    self.push(Cow::Borrowed(surface), words, draft_index)
                }
            }
        } else {
            self.id(surface, draft_index)
        };
        let name = &mut self.list[id];
        name.votes[draft.label as usize] += 1;
        name.mentions += 1;
        id
    }

    fn intern_known(&mut self, known: &str) {
        let id = self.id(known, usize::MAX);
        self.list[id].known = true;
    }

    fn id(&mut self, surface: &str, first: usize) -> usize {
        let key = collapse(surface);
        if let Some(&id) = self.index.get(key.as_str()) {
            return id;
        }
        let words = words(&key, Span::new(0, key.len()))
            .iter()
            .map(|w| Cow::Owned(w.slice(&key).to_owned()))
            .collect::<Vec<_>>();
        self.push(Cow::Owned(key), words, first)
    }

    fn push(
        &mut self,
        key: Cow<'a, str>,
        words: impl IntoIterator<Item = Cow<'a, str>>,
        first: usize,
    ) -> usize {
        let first_word = self.words.len();
        self.words.extend(words);
        self.list.push(Name {
            text: key.clone(),
            words: first_word..self.words.len(),
            votes: [0; 4],
            mentions: 0,
            first,
            known: false,
        });
        self.index.insert(key, self.list.len() - 1);
        self.list.len() - 1
    }

    fn words_of(&self, name: &Name) -> &[Cow<'a, str>] {
        &self.words[name.words.clone()]
    }
}

/// Whether [`collapse`] leaves `name` as it is: single spaces between words, no other space.
fn is_collapsed(name: &str) -> bool {
    // One pass: asked of every mention on every keystroke.
    let mut after_space = false;
    for (i, c) in name.char_indices() {
        if c == ' ' {
            if i == 0 || after_space {
                return false;
            }
            after_space = true;
        } else if c.is_whitespace() {
            return false;
        } else {
            after_space = false;
        }
    }
    !after_space
}

/// Names linked into referents, and the spelling clusters that linking read.
#[derive(Debug, Clone)]
struct Links {
    parent: Parents,
    /// Spelling clusters: word → representative word, for words with another spelling.
    spelling: HashMap<String, String>,
    /// Every word of a cluster of two or more spellings, representatives included.
    clustered: HashSet<String>,
    /// One-word names read as places that are short forms of an organisation's name
    /// ("Harvard" of "Harvard University"): their mentions are the organisation's.
    organisation_short_forms: HashSet<usize>,
}

impl Links {
    fn root(&mut self, a: usize) -> usize {
        self.parent.root(a)
    }

    fn normal<'w>(&'w self, word: &'w str) -> &'w str {
        normal(&self.spelling, word)
    }
}

/// `word`'s representative spelling.
fn normal<'w>(spelling: &'w HashMap<String, String>, word: &'w str) -> &'w str {
    spelling.get(word).map_or(word, String::as_str)
}

/// Disjoint sets over names.
#[derive(Debug, Clone)]
struct Parents(Vec<usize>);

impl Parents {
    fn root(&mut self, mut a: usize) -> usize {
        while self.0[a] != a {
            self.0[a] = self.0[self.0[a]];
            a = self.0[a];
        }
        a
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

/// Aliases that share no letters worth matching ("U.S." / "United States"), and the short
/// forms news style books give a few bodies, which neither initials nor a name's first or
/// last words find ("Fed" / "Federal Reserve", "GOP" / "Republican Party").
const ALIASES: &[&[&str]] = &[
    &[
        "united states",
        "united states of america",
        "us",
        "usa",
        "america",
    ],
    &["united kingdom", "uk", "britain", "great britain"],
    &["european union", "eu"],
    &["united nations", "un"],
    &["soviet union", "ussr"],
    &["united arab emirates", "uae"],
    &[
        "federal reserve",
        "fed",
        "federal reserve board",
        "federal reserve system",
    ],
    &["republican party", "gop"],
    &["department of defense", "defense department", "pentagon"],
];

fn alias_group(name: &str) -> Option<usize> {
    if name.is_ascii() {
        // Compared in place: asked of every name on every keystroke.
        let key = name.bytes().filter(|&b| b != b'.');
        let key = key.map(|b| b.to_ascii_lowercase());
        return ALIASES
            .iter()
            .position(|group| group.iter().any(|alias| alias.bytes().eq(key.clone())));
    }
    let key = name.replace('.', "").to_lowercase();
    ALIASES
        .iter()
        .position(|group| group.contains(&key.as_str()))
}

fn link(names: &Names) -> Links {
    let spelling = spelling_clusters(names);
    let mut links = Parents((0..names.list.len()).collect());
    // Words compared for linking: spelling variants merged, accents folded, no leading
    // article ("The Union" / "Union", "Yucatán" / "Yucatan"), and a word in capitals read
    // as the same word in running text when that occurs ("PUTIN" / "Putin"; "NATO" stays).
    // Borrowed from the names where nothing changes them (most words).
    let running: HashSet<Cow<str>> = names
        .words
        .iter()
        .filter(|w| !is_all_caps(w))
        .map(|w| fold_accents(normal(&spelling, w)))
        .collect();
    // Fixed once the spelling clusters are: computed once per name.
    let normals: Vec<Vec<Cow<str>>> = (names.list.iter())
        .map(|name| {
            let words = names.words_of(name);
            let article =
                words.first().is_some_and(|w| w == "the" || w == "The") && words.len() > 1;
            words[usize::from(article)..]
                .iter()
                .map(|w| {
                    let word = fold_accents(normal(&spelling, w));
                    let running_form = is_all_caps(&word)
                        .then(|| title_case(&word))
                        .filter(|t| running.contains(t.as_str()));
                    particle_in_lower_case(running_form.map_or(word, Cow::Owned))
                })
                .collect()
        })
        .collect();
    // Same name up to spelling ("Sergei Lavrov" / "Sergey Lavrov").
    let mut by_normal: HashMap<&[Cow<str>], usize> = HashMap::default();
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
    // Multi-word organisations and others by first and last word ("Boston Red Sox").
    let mut by_edge: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_alias: HashMap<usize, usize> = HashMap::default();
    for (id, name) in names.list.iter().enumerate() {
        let normal = &normals[id];
        if normal.is_empty() {
            continue;
        }
        if let Some(&other) = by_normal.get(normal.as_slice()) {
            links.union(id, other);
        } else {
            by_normal.insert(normal, id);
        }
        let label = name.label();
        if normal.len() > 1 && (label == EntityLabel::Per || name.known) {
            by_last
                .entry(&normal[normal.len() - 1])
                .or_default()
                .push(id);
            by_first.entry(&normal[0]).or_default().push(id);
        }
        if normal.len() > 1 && label != EntityLabel::Per {
            let letters: String = (names.words_of(name).iter())
                .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            if letters.chars().count() >= 2 {
                by_initials.entry(letters).or_default().push(id);
            }
            by_edge.entry(&normal[0]).or_default().push(id);
            if normal.len() > 1 {
                by_edge
                    .entry(&normal[normal.len() - 1])
                    .or_default()
                    .push(id);
            }
        }
        if let Some(group) = alias_group(&name.text) {
            match by_alias.get(&group) {
                Some(&other) => links.union(id, other),
                None => {
                    by_alias.insert(group, id);
                }
            }
        }
    }
    // Candidates are capped so that a pathological document stays linear.
    const MAX_CANDIDATES: usize = 64;
    let best = |candidates: &[usize], accept: &dyn Fn(usize) -> bool| -> Option<usize> {
        candidates
            .iter()
            .take(MAX_CANDIDATES)
            .copied()
            .filter(|&c| accept(c))
            .max_by_key(|&c| {
                let n = &names.list[c];
                (
                    n.known,
                    n.words.len(),
                    n.mentions,
                    std::cmp::Reverse(n.first),
                )
            })
    };
    let gazetteer = Gazetteer::get();
    let mut organisation_short_forms = HashSet::default();
    for (id, name) in names.list.iter().enumerate() {
        let normal = &normals[id];
        let label = name.label();
        match normal.len() {
            0 => {}
            1 => {
                let word = &normal[0];
                // Looked up as written too: the lists keep accents ("Mérida").
                let written = names.words_of(name).last().expect("a word");
                let mut on_lists = with_lower(word, |lower| gazetteer.lists_of(lower));
                if written != word {
                    on_lists |= with_lower(written, |lower| gazetteer.lists_of(lower));
                }
                let listed = |lists: &[List]| lists.iter().any(|l| on_lists & l.bit() != 0);
                // "Washington" alone is the place, whatever George did, unless the tagger
                // read it as a person somewhere in the document; a town is the surname of the
                // person the document names ("Dumas" after "Alexandre Dumas").
                let read_as_person = name.votes[EntityLabel::Per as usize] > 0;
                let capital_or_country = listed(&[List::Country, List::Capital]);
                if read_as_person || !capital_or_country {
                    let surname = by_last.get(&**word).and_then(|c| best(c, &|_| true));
                    let given = || {
                        (label == EntityLabel::Per)
                            .then(|| by_first.get(&**word).and_then(|c| best(c, &|_| true)))
                            .flatten()
                    };
                    if let Some(full) = surname.or_else(given) {
                        links.union(id, full);
                        continue;
                    }
                }
                let place = listed(&[List::Country, List::City]);
                if let Some(key) = acronym_key(&name.text) {
                    if let Some(long) = by_initials.get(&key).and_then(|c| best(c, &|_| true)) {
                        links.union(id, long);
                        continue;
                    }
                }
                if matches!(label, EntityLabel::Org | EntityLabel::Misc) && !place {
                    link_part_of_name(&mut links, id, normal, &by_edge, &best, &normals);
                } else if label == EntityLabel::Loc && !place && alias_group(&name.text).is_none() {
                    // "at Harvard" reads as a place to the tagger; with "Harvard University"
                    // in the document, and on no list of places, it is the university.
                    let adds_head_words = |other: usize| {
                        let long = &normals[other];
                        let rest = if long.starts_with(normal) {
                            &long[1..]
                        } else if long.ends_with(normal) {
                            &long[..long.len() - 1]
                        } else {
                            return false;
                        };
                        names.list[other].label() == EntityLabel::Org
                            && !rest.is_empty()
                            && rest.iter().all(|w| {
                                w == "of"
                                    || with_lower(w, |lower| {
                                        gazetteer.contains(lower, List::OrgWord)
                                    })
                            })
                    };
                    let organisation = by_edge.get(&**word).and_then(|c| best(c, &adds_head_words));
                    if let Some(organisation) = organisation {
                        links.union(id, organisation);
                        organisation_short_forms.insert(id);
                    }
                }
            }
            _ => {
                // "Vladimir Putin" inside "Vladimir Vladimirovich Putin"; a name that begins with
                // a particle is a person's surname however the tagger read it ("Al-Assad" as an
                // organisation), when the document names the person.
                let person = label == EntityLabel::Per || PARTICLES.contains(&&*normal[0]);
                let longer = person
                    .then(|| by_last.get(&*normal[normal.len() - 1]))
                    .flatten();
                let longer = longer.and_then(|c| {
                    best(c, &|other| {
                        names.list[other].words.len() > normal.len()
                            && is_subsequence(normal, &normals[other])
                    })
                });
                if let Some(longer) = longer {
                    links.union(id, longer);
                } else if matches!(label, EntityLabel::Org | EntityLabel::Misc) {
                    link_part_of_name(&mut links, id, normal, &by_edge, &best, &normals);
                }
            }
        }
    }
    let clustered = spelling
        .iter()
        .flat_map(|(word, representative)| [word.clone(), representative.clone()])
        .collect();
    Links {
        parent: links,
        spelling,
        clustered,
        organisation_short_forms,
    }
}

/// Name particles, written in lower case inside a name ("Jean-Pierre van der Berg", "Bashar
/// al-Assad") and with a capital where the name begins with them ("Van der Berg said",
/// "Al-Assad, 59").
pub(super) const PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "den", "der", "di", "dos", "du", "el", "ibn", "la",
    "le", "ter", "van", "von",
];

/// `word` with a particle that begins it ([`PARTICLES`], alone or before a hyphen) in lower
/// case: how the words of names are compared, so that "Al-Assad" is "al-Assad".
fn particle_in_lower_case(word: Cow<str>) -> Cow<str> {
    let head = word.split('-').next().unwrap_or_default();
    let capitalised = head.starts_with(|c: char| c.is_ascii_uppercase());
    if !capitalised || !PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(head)) {
        return word;
    }
    let mut lowered = word.into_owned();
    lowered[..1].make_ascii_lowercase();
    Cow::Owned(lowered)
}

/// Picks the best of some candidate names that pass a test.
type PickBest<'a> = dyn Fn(&[usize], &dyn Fn(usize) -> bool) -> Option<usize> + 'a;

/// "Red Sox" and "Harvard" as short forms of "Boston Red Sox" and "Harvard University": the
/// words of the short name begin or end the longer one.
fn link_part_of_name(
    links: &mut Parents,
    id: usize,
    normal: &[Cow<str>],
    by_edge: &HashMap<&str, Vec<usize>>,
    best: &PickBest,
    normals: &[Vec<Cow<str>>],
) {
    let contains = |other: usize| {
        let long = &normals[other];
        long.len() > normal.len() && (long.starts_with(normal) || long.ends_with(normal))
    };
    let first = by_edge.get(&*normal[0]).and_then(|c| best(c, &contains));
    let last = || {
        by_edge
            .get(&*normal[normal.len() - 1])
            .and_then(|c| best(c, &contains))
    };
    if let Some(longer) = first.or_else(last) {
        links.union(id, longer);
    }
}

/// Latin letters without their diacritics, for comparing names ("Mérida" / "Merida").
fn fold_accents(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    word.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
            'ç' | 'ć' | 'č' => 'c',
            'Ç' | 'Ć' | 'Č' => 'C',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
            'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => 'E',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
            'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => 'I',
            'ñ' | 'ń' | 'ň' => 'n',
            'Ñ' | 'Ń' | 'Ň' => 'N',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
            'ś' | 'š' | 'ş' => 's',
            'Ś' | 'Š' | 'Ş' => 'S',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
            'ý' | 'ÿ' => 'y',
            'Ý' => 'Y',
            'ź' | 'ż' | 'ž' => 'z',
            'Ź' | 'Ż' | 'Ž' => 'Z',
            other => other,
        })
        .collect()
}

fn is_subsequence(short: &[Cow<str>], long: &[Cow<str>]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

/// Words of names that are spellings of one another (Sergei/Sergey, Zelensky/Zelenskyy,
/// Gaddafi/Qaddafi): same consonant skeleton and a small edit distance. Words are bucketed
/// by skeleton, so only near-identical words are ever compared.
fn spelling_clusters(names: &Names) -> HashMap<String, String> {
    const MAX_BUCKET: usize = 8;
    let gazetteer = Gazetteer::get();
    let mut buckets: HashMap<String, Vec<&str>> = HashMap::default();
    // A word met again would go where it went the first time: looked up once.
    let mut seen: HashSet<&str> = HashSet::default();
    // People only: place and group names drift by suffix ("Israel" / "Israeli") far more
    // often than by spelling.
    for name in names.list.iter().filter(|n| n.label() == EntityLabel::Per) {
        for word in names.words_of(name) {
            if !seen.insert(word) {
                continue;
            }
            let place = with_lower(word, |lower| {
                [List::Country, List::City, List::Demonym]
                    .iter()
                    .any(|&list| gazetteer.contains(lower, list))
            });
            let Some(key) = skeleton(word).filter(|_| !place) else {
                continue;
            };
            let bucket = buckets.entry(key).or_default();
            if bucket.len() < MAX_BUCKET && !bucket.contains(&&**word) {
                bucket.push(word);
            }
        }
    }
    let mut representative: HashMap<String, String> = HashMap::default();
    // Any name: the same word with and without accents ("Yucatán" / "Yucatan").
    let mut by_folded: HashMap<Cow<str>, &str> = HashMap::default();
    for word in &names.words {
        let first = *by_folded.entry(fold_accents(word)).or_insert(word);
        if first != word {
            representative.insert(word.to_string(), first.to_owned());
        }
    }
    let mut keys: Vec<&String> = buckets.keys().collect();
    keys.sort();
    for key in keys {
        let bucket = &buckets[key];
        for (i, a) in bucket.iter().enumerate() {
            for b in &bucket[..i] {
                let (la, lb) = (a.to_lowercase(), b.to_lowercase());
                let both_listed = [List::FirstName, List::Surname]
                    .iter()
                    .any(|&list| gazetteer.contains(&la, list) && gazetteer.contains(&lb, list));
                let limit = if la.chars().count().min(lb.chars().count()) >= 7 {
                    2
                } else {
                    1
                };
                if !both_listed
                    && la != lb
                    && edit_distance(&la, &lb) <= limit
                    && !representative.contains_key(*a)
                {
                    let root = representative
                        .get(*b)
                        .cloned()
                        .unwrap_or_else(|| b.to_string());
                    representative.insert(a.to_string(), root);
                }
            }
        }
    }
    representative
}

/// A transliteration-blind key: lower case, vowels (after the first letter), h and w
/// dropped, similar consonants merged, doubles collapsed. `None` for short words, where a
/// one-letter difference is usually another name, and for implausibly long ones.
fn skeleton(word: &str) -> Option<String> {
    // Long "words" are not names, and would make the edit distance costly.
    let length = word.chars().count();
    if !(5..=40).contains(&length) || !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let mut key = String::new();
    for (i, c) in word.to_lowercase().chars().enumerate() {
        let class = match c {
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'à' | 'á' | 'â' | 'ä' | 'è' | 'é' | 'ê' | 'ë'
            | 'ì' | 'í' | 'î' | 'ï' | 'ò' | 'ó' | 'ô' | 'ö' | 'ù' | 'ú' | 'û' | 'ü' => {
                if i == 0 {
                    '*'
                } else {
                    continue;
                }
            }
            'h' | 'w' | '\'' | '’' | '-' => continue,
            'c' | 'k' | 'q' | 'g' => 'k',
            'z' | 'x' => 's',
            'd' => 't',
            'b' => 'p',
            'v' => 'f',
            other => other,
        };
        if !key.ends_with(class) {
            key.push(class);
        }
    }
    Some(key)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

fn build(
    text: &str,
    drafts: &[Draft],
    names: &Names,
    mut links: Links,
    known: &[&str],
) -> Entities {
    // Roots are name ids: a table indexed by them, not a hash map.
    let mut referent_of_root: Vec<usize> = vec![usize::MAX; names.list.len()];
    let mut roots: Vec<usize> = Vec::new();
    let mut entities = Entities {
        mentions: Vec::with_capacity(drafts.len()),
        ..Entities::default()
    };
    for draft in drafts {
        let root = links.root(draft.name);
        if referent_of_root[root] == usize::MAX {
            referent_of_root[root] = roots.len();
            roots.push(root);
        }
        let referent = referent_of_root[root];
        entities.mentions.push(Mention {
            span: draft.span,
            label: draft.label,
            referent,
            title: draft.title,
            words: draft.words.len(),
        });
    }
    let mut referents: Vec<Referent> = roots
        .iter()
        .map(|_| Referent {
            canonical: String::new(),
            label: EntityLabel::Per,
            mentions: Vec::new(),
            titles: Vec::new(),
            spellings: Vec::new(),
        })
        .collect();
    // Titles borrowed from the text (most are written collapsed): only a referent's new title
    // is copied.
    let mut titles_seen: HashSet<(usize, Cow<str>)> = Default::default();
    for (index, mention) in entities.mentions.iter().enumerate() {
        let referent = &mut referents[mention.referent];
        referent.mentions.push(index);
        if let Some(title) = mention.title {
            let title = collapsed(title.slice(text));
            if titles_seen.insert((mention.referent, title.clone())) {
                referent.titles.push(title.into_owned());
            }
        }
    }
    let known_names: Vec<usize> = known
        .iter()
        .filter_map(|k| names.index.get(collapse(k).as_str()).copied())
        .collect();
    // Spelling drift is read from the words of the mentions, most of which have none with
    // another spelling: asked once per name rather than of every word of every mention.
    let clustered = &links.clustered;
    let drifting: Vec<bool> = (names.list.iter())
        .map(|name| {
            !clustered.is_empty() && (names.words_of(name).iter()).any(|w| clustered.contains(&**w))
        })
        .collect();
    for (r, referent) in referents.iter_mut().enumerate() {
        referent.label = majority_label(&referent.mentions, &entities.mentions);
        let known_name = known_names
            .iter()
            .copied()
            .find(|&k| links.root(k) == roots[r]);
        let canonical_name = known_name.unwrap_or_else(|| {
            (referent.mentions.iter())
                .map(|&m| drafts[m].name)
                .max_by_key(|&n| {
                    let name = &names.list[n];
                    (
                        name.words.len(),
                        !names.words_of(name).iter().all(|w| is_all_caps(w)),
                        name.mentions,
                        std::cmp::Reverse(name.first),
                    )
                })
                .expect("a referent has a mention")
        });
        // A full name read as a person's makes its short forms a person's, however often
        // the tagger read "Holt" alone as the town.
        let fullest = &names.list[canonical_name];
        if fullest.words.len() > 1 && fullest.label() == EntityLabel::Per {
            referent.label = EntityLabel::Per;
        }
        let preferred = known_name.map(|k| names.words_of(&names.list[k]));
        let drifts = referent.mentions.iter().copied();
        let drifts = drifts.filter(|&m| drifting[drafts[m].name]);
        referent.spellings = spellings(text, drafts, drifts, &links, preferred);
        let mut canonical = names.list[canonical_name].text.to_string();
        for spelling in &referent.spellings {
            canonical = replace_word(&canonical, &spelling.variant, &spelling.canonical);
        }
        referent.canonical = canonical;
    }
    // A shortened name of a person is a person ("Putin" tagged LOC somewhere). Other mentions
    // take the label most mentions of the same name have: one name in one document names one
    // thing ("Mérida" the city in every sentence, not an organisation where it is a subject);
    // where labels tie, the tagger's, which sees the context ("Chicago" the city or the team).
    for (mention, draft) in entities.mentions.iter_mut().zip(drafts) {
        let referent = &referents[mention.referent];
        let name = &names.list[draft.name];
        if referent.label == EntityLabel::Per && name.text != referent.canonical {
            mention.label = EntityLabel::Per;
        } else if links.organisation_short_forms.contains(&draft.name) {
            mention.label = EntityLabel::Org;
        } else if name.votes[EntityLabel::Loc as usize] > 0
            && name.majority() == Some(EntityLabel::Org)
            && name.words.len() == 1
            && !is_all_caps(&name.text)
            && with_lower(&name.text, |l| Gazetteer::get().contains(l, List::City))
        {
            // A listed town that the text also reads as a place is the place ("Mérida
            // enjoyed boom times"): outside sports results, where the tagger learnt a city as
            // its team (and which are written in capitals), a town in prose is a place.
            mention.label = EntityLabel::Loc;
        } else if is_organisation_or_place(name)
            && name.words.len() == 1
            && name.text == referent.canonical
            && !is_all_caps(&name.text)
            && !is_place_on_a_list(&name.text)
        {
            // A name on no list of places that the text reads as often as an organisation
            // as a place is the organisation ("calls from Labour backbenchers", "Labour has
            // promised"); a listed one keeps the tagger's reading of each ("Chicago"), and so
            // does one in capitals (sports results, where a town is also its team), or the
            // short form of a longer name ("Southwest" of "the American Southwest").
            mention.label = EntityLabel::Org;
        } else if let Some(label) = name.majority() {
            mention.label = label;
        }
    }
    // What the referent says of its mentions, after the above ("at Harvard", read as a place,
    // is the university of "Harvard University").
    for referent in &mut referents {
        referent.label = majority_label(&referent.mentions, &entities.mentions);
    }
    entities.referents = referents;
    entities
}

/// The label most of `mentions` (indices into `all`) have; a tie goes to the first one's.
fn majority_label(mentions: &[usize], all: &[Mention]) -> EntityLabel {
    let mut votes = [0usize; 4];
    for &m in mentions {
        votes[all[m].label as usize] += 1;
    }
    let first_label = all[mentions[0]].label as usize;
    let best = (0..4)
        .max_by_key(|&i| (votes[i], i == first_label, std::cmp::Reverse(i)))
        .unwrap_or(first_label);
    EntityLabel::ALL[best]
}

/// Whether the text reads a name as an organisation and as a place as often, and as nothing
/// else as often.
fn is_organisation_or_place(name: &Name) -> bool {
    let [person, organisation, place, other] = name.votes;
    organisation == place && person < organisation && other < organisation
}

/// Whether a word is on the lists of countries, capitals or towns.
fn is_place_on_a_list(word: &str) -> bool {
    let places = List::Country.bit() | List::Capital.bit() | List::City.bit();
    with_lower(word, |lower| Gazetteer::get().lists_of(lower) & places != 0)
}

/// Spellings of one cluster, in order of first use, with the spans where each is written.
type SpellingUses<'a> = Vec<(&'a str, Vec<Span>)>;

/// The spelling drift inside one referent: for each spelling cluster used with more than
/// one spelling, the chosen spelling and where each other one is written. `mentions` are the
/// referent's mentions whose name has a word of a cluster (the others add nothing).
fn spellings(
    text: &str,
    drafts: &[Draft],
    mentions: impl Iterator<Item = usize>,
    links: &Links,
    preferred: Option<&[Cow<str>]>,
) -> Vec<SpellingVariant> {
    // cluster → spellings in order of first use, with their spans.
    let mut clusters: Vec<(&str, SpellingUses)> = Vec::new();
    for m in mentions {
        for word in drafts[m].words.iter() {
            let spelling = word.slice(text);
            if !links.clustered.contains(spelling) {
                continue;
            }
            let cluster = links.normal(spelling);
            let index = match clusters.iter().position(|(c, _)| *c == cluster) {
                Some(i) => i,
                None => {
                    clusters.push((cluster, Vec::new()));
                    clusters.len() - 1
                }
            };
            let spellings = &mut clusters[index].1;
            match spellings.iter_mut().find(|(s, _)| *s == spelling) {
                Some((_, spans)) => spans.push(word),
                None => spellings.push((spelling, vec![word])),
            }
        }
    }
    let mut out = Vec::new();
    for (_, spellings) in clusters {
        if spellings.len() < 2 {
            continue;
        }
        let chosen = spellings
            .iter()
            .position(|(s, _)| preferred.is_some_and(|words| words.iter().any(|w| w == s)))
            .unwrap_or_else(|| {
                let most = spellings
                    .iter()
                    .map(|(_, spans)| spans.len())
                    .max()
                    .unwrap_or(0);
                spellings
                    .iter()
                    .position(|(_, spans)| spans.len() == most)
                    .unwrap_or(0)
            });
        for (i, (spelling, spans)) in spellings.iter().enumerate() {
            if i != chosen {
                out.push(SpellingVariant {
                    canonical: spellings[chosen].0.to_owned(),
                    variant: (*spelling).to_owned(),
                    spans: spans.clone(),
                });
            }
        }
    }
    out
}

/// `name` with the whole word `from` replaced by `to`.
fn replace_word(name: &str, from: &str, to: &str) -> String {
    name.split(' ')
        .map(|w| if w == from { to } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_share_a_first_word_are_looked_up_by_length() {
        let roster: Vec<String> = (0..1_000).map(|i| format!("John N{i}")).collect();
        let mut patterns: Vec<&str> = vec!["John Smith", "John", "John Smith Jr", "John Smith"];
        patterns.extend(roster.iter().map(String::as_str));
        let text = "John Smith Jr met John Smithson, John N999 and John Smith.";
        let found: Vec<(&str, usize)> = find_words(text, &patterns, None)
            .into_iter()
            .map(|(span, index)| (span.slice(text), index))
            .collect();
        // The longest written there as whole words; of two the same, the first.
        assert_eq!(
            found,
            [
                ("John Smith Jr", 2),
                ("John", 1),
                ("John N999", 1_003),
                ("John Smith", 0)
            ]
        );
        // Looked up once per length: "John", "John N0" .. "John N999", "John Smith", "… Jr".
        let mut same = SameFirstWord::default();
        for (index, pattern) in patterns.iter().enumerate() {
            same.insert(pattern, index);
        }
        assert_eq!(same.lengths, [13, 10, 9, 8, 7, 4]);
    }
}
