//! Document-level grouping: tagged mentions → one referent per real-world entity.
//!
//! Every step is a hash look-up per mention or per distinct name, never a comparison of all
//! pairs, so grouping stays linear in the document however often a name repeats.

// Fx hashing: these maps are rebuilt on every keystroke from short names; SipHash's DoS
// resistance buys nothing here and cost a tenth of the grouping pass.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;

use super::acronyms;
use super::gazetteer::{with_lower, Gazetteer, List, PLACE_LISTS};
use super::{tag_sentence, Entities, EntityLabel, Mention, Referent, TaggedSpan};
use crate::analysis::Span;
use crate::text::{calendar, tokenize, TokenKind};

mod linking;
mod propagation;
mod titles;

use linking::{link, Links, Name, Names};
use propagation::{find_propagated, find_words, propagation_patterns, CapsWords, FoundMemo};
use titles::{reach_floor, strip_title, title_cut, title_outside, TITLE_REACH};

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
    let mut full_names: Vec<(Span, EntityLabel)> = Vec::new();
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
        full_names.sort_by_key(|(span, _)| span.start);
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
/// in full elsewhere: a person's or an organisation's name found again over drafts that lie
/// inside it (none crossing its edges, none the same span) is the mention there, unless a month
/// written as a date; its span is noted in `full_names`. "according to Finchley & Roe", read as
/// the place "Finchley" and the person "Roe", is the publisher named so before.
fn is_full_name_over_part(
    text: &str,
    drafts: &Drafts,
    span: Span,
    label: EntityLabel,
    full_names: &mut Vec<(Span, EntityLabel)>,
) -> bool {
    // An organisation's name is written whole with capitals ("Finchley & Roe", "Bank of
    // England"): not "Republican front", which the tagger took once from "front-runner"; and
    // not in a line of capitals, where "VANCOUVER INDYCAR" may be a place and a race.
    let named_whole = |name: &str| {
        !is_all_caps(name)
            && name.split_whitespace().all(|word| {
                word.starts_with(char::is_uppercase) || ["&", "and", "of", "the"].contains(&word)
            })
    };
    let over_part = (label == EntityLabel::Per
        || label == EntityLabel::Org && named_whole(span.slice(text)))
        && drafts.overlaps(span)
        && !drafts.spans_across(span.start)
        && !drafts.spans_across(span.end)
        && !drafts.has(span)
        && !calendar::is_month_as_date(text, span);
    if over_part {
        full_names.push((span, label));
    }
    over_part
}

/// Of the full names (sorted by start, none overlapping another), keeps, without the drafts
/// inside them, the organisations' and the people's whose drafts inside are all read as a
/// person; drops the others ("Mets Poet" over the team "Mets"). `drafts` are sorted by start.
fn drop_parts_of_full_names(drafts: &mut Vec<Draft>, full_names: &[(Span, EntityLabel)]) {
    // The full name `span` lies inside, walking forwards from `at`.
    let around = |at: &mut usize, span: Span| {
        while full_names
            .get(*at)
            .is_some_and(|(name, _)| name.end <= span.start)
        {
            *at += 1;
        }
        (full_names.get(*at))
            .filter(|(name, _)| name.start <= span.start && span.end <= name.end)
            .map(|_| *at)
    };
    let mut kept = vec![true; full_names.len()];
    let mut at = 0;
    for draft in drafts.iter() {
        if let Some(i) = around(&mut at, draft.span) {
            let (name, label) = full_names[i];
            kept[i] &=
                draft.span == name || label == EntityLabel::Org || draft.label == EntityLabel::Per;
        }
    }
    let mut at = 0;
    drafts.retain(|draft| match around(&mut at, draft.span) {
        Some(i) => (draft.span == full_names[i].0) == kept[i],
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
/// whether it is known, its titles' genders, and its text (its words follow from it);
/// nothing else.
type LinkInput = (usize, usize, LinkVotes, bool, [usize; 2], String);

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
                    (a.0, a.1, a.2, a.3, a.4)
                        == (n.mentions, n.first, link_votes(n), n.known, n.honorifics)
                        && a.5 == n.text
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
                        let text = n.text.to_string();
                        (n.mentions, n.first, votes, n.known, n.honorifics, text)
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

/// Name particles, written in lower case inside a name ("Jean-Pierre van der Berg", "Bashar
/// al-Assad") and with a capital where the name begins with them ("Van der Berg said",
/// "Al-Assad, 59").
pub(super) const PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "den", "der", "di", "dos", "du", "el", "ibn", "la",
    "le", "ter", "van", "von",
];

/// The label the tagger gives a name on its own (for known names it never saw in the text).
fn label_of_name(name: &str) -> EntityLabel {
    let tokens = tokenize(name, Span::new(0, name.len()));
    tag_sentence(name, &tokens)
        .into_iter()
        .max_by_key(|t| t.span.len())
        .map_or(EntityLabel::Per, |t| t.label)
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
        // A short form of a longer name of another kind votes for the longer name's label.
        let label = match links.short_forms.get(&draft.name) {
            Some(&label) => label,
            None => draft.label,
        };
        entities.mentions.push(Mention {
            span: draft.span,
            label,
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
    // Names read as a place after a preposition of place ("homes in Harwick").
    let mut placed = vec![false; names.list.len()];
    for draft in drafts {
        if draft.label == EntityLabel::Loc && after_preposition_of_place(text, draft.span.start) {
            placed[draft.name] = true;
        }
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
        } else if let Some(&label) = links.short_forms.get(&draft.name) {
            mention.label = label;
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
        } else if placed[draft.name]
            && name.votes[EntityLabel::Per as usize] > 0
            && name.votes[EntityLabel::Org as usize] == 0
            && name.words.len() == 1
            && !is_all_caps(&name.text)
            && !is_on_lists(&name.text, List::FirstName.bit() | List::Surname.bit())
        {
            // A town no list knows, read as a place where the text puts something in it and
            // as a person's name elsewhere ("Harwick flood:", "towns like Harwick"): nobody
            // lives "in" a person, and the tagger's guess at a bare unknown name is a person.
            mention.label = EntityLabel::Loc;
        } else if is_organisation_or_place(name)
            && name.words.len() == 1
            && name.text == referent.canonical
            && !is_all_caps(&name.text)
            && !is_on_lists(&name.text, PLACE_LISTS)
        {
            // A name on no list of places that the text reads as often as an organisation
            // as a place is the organisation ("calls from Labour backbenchers", "Labour has
            // promised"); a listed one keeps the tagger's reading of each ("Chicago"), and so
            // does one in capitals (sports results, where a town is also its team), or the
            // short form of a longer name ("Southwest" of "the American Southwest").
            mention.label = EntityLabel::Org;
        } else if name.votes[EntityLabel::Per as usize] > 0
            && name.votes[EntityLabel::Org as usize] == 0
            && name.votes[EntityLabel::Loc as usize] == 0
            && name.words.len() == 1
            && !is_all_caps(&name.text)
            && is_on_lists(&name.text, List::FirstName.bit())
        {
            // A one-word name read as a person somewhere and as no organisation or place
            // anywhere is that person where the tagger, unsure, called it MISC ("Her sister,
            // Isla, …. Isla remembers …").
            mention.label = EntityLabel::Per;
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

/// Whether a word is on any of `lists` (bits of [`List`]), in any case.
fn is_on_lists(word: &str, lists: u8) -> bool {
    with_lower(word, |lower| Gazetteer::get().lists_of(lower) & lists != 0)
}

/// Whether the word before `start` is a preposition of place: "in", "near", "outside",
/// "around" ("from", "to", "of" are left out: "a call from Johnson").
fn after_preposition_of_place(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    before.len() < start
        && matches!(
            word,
            "in" | "In" | "near" | "Near" | "outside" | "Outside" | "around" | "Around"
        )
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
