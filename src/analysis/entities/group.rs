//! Document-level grouping: tagged mentions → one referent per real-world entity.
//!
//! Every step is a hash look-up per mention or per distinct name, never a comparison of all
//! pairs, so grouping stays linear in the document however often a name repeats.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};

use super::gazetteer::{Gazetteer, List};
use super::{tag_sentence, Entities, EntityLabel, Mention, Referent, TaggedSpan};
use crate::analysis::Span;
use crate::text::{tokenize, TokenKind};

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

/// People first named by one word ("Lavrov", "Sergei") while a fuller name comes later.
pub fn first_references(entities: &Entities, text: &str) -> Vec<FirstReference> {
    let word_count = |span: Span| words(text, span).len();
    entities
        .referents
        .iter()
        .enumerate()
        .filter(|(_, r)| r.label == EntityLabel::Per)
        .filter_map(|(referent, r)| {
            let spans: Vec<Span> = r
                .mentions
                .iter()
                .map(|&m| entities.mentions[m].span)
                .collect();
            let fullest = spans.iter().map(|&s| word_count(s)).max()?;
            let first = *spans.first()?;
            let full = *spans.iter().find(|&&s| word_count(s) == fullest)?;
            (word_count(first) == 1 && fullest > 1).then_some(FirstReference {
                referent,
                first,
                full,
            })
        })
        .collect()
}

/// Groups `tagged` (document byte spans, any order) into referents. `known` is the
/// newsroom's list of names: they are found wherever they occur, win over the tagger's
/// spans, and give the canonical name and spelling.
pub fn group(text: &str, tagged: &[TaggedSpan], known: &[String]) -> Entities {
    let known: Vec<&str> = known
        .iter()
        .map(|k| k.trim())
        .filter(|k| !k.is_empty())
        .collect();
    let mut drafts = Drafts::default();

    // Known names first: they win any overlap.
    let mut tagged: Vec<TaggedSpan> = tagged.to_vec();
    tagged.sort_by_key(|t| (t.span.start, std::cmp::Reverse(t.span.end)));
    let mut known_labels: HashMap<usize, EntityLabel> = HashMap::new();
    for (span, pattern) in find_words(text, &known) {
        // The tagger's spans do not overlap: only the last one starting before the end can.
        let before = tagged.partition_point(|t| t.span.start < span.end);
        let label = before
            .checked_sub(1)
            .map(|i| tagged[i])
            .filter(|t| t.span.overlaps(span))
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
        });
    }
    for t in &tagged {
        let (span, title) = strip_title(text, t.span, t.label);
        drafts.insert(Draft {
            span,
            label: t.label,
            title,
            name: usize::MAX,
        });
    }
    define_acronyms(text, &mut drafts);

    // Document-level consistency: a name tagged somewhere is a name everywhere.
    let patterns = propagation_patterns(text, &drafts.list);
    let pattern_texts: Vec<&str> = patterns.iter().map(|(p, _)| p.as_str()).collect();
    for (span, pattern) in find_words(text, &pattern_texts) {
        drafts.insert(Draft::new(span, patterns[pattern].1));
    }
    let mut drafts = drafts.list;
    drafts.sort_by_key(|d| d.span.start);

    let mut names = Names::default();
    for (index, draft) in drafts.iter_mut().enumerate() {
        draft.name = names.intern(text, draft, index);
    }
    for k in &known {
        names.intern_known(k);
    }
    let links = link(&names);
    build(text, &drafts, &names, links, &known)
}

/// A mention before referents are known.
struct Draft {
    span: Span,
    label: EntityLabel,
    title: Option<Span>,
    name: usize,
}

impl Draft {
    fn new(span: Span, label: EntityLabel) -> Draft {
        Draft {
            span,
            label,
            title: None,
            name: usize::MAX,
        }
    }
}

/// Non-overlapping drafts; the first inserted wins an overlap.
#[derive(Default)]
struct Drafts {
    list: Vec<Draft>,
    /// Spans taken, sorted by start.
    taken: std::collections::BTreeMap<usize, usize>,
}

impl Drafts {
    fn insert(&mut self, draft: Draft) {
        if draft.span.is_empty() {
            return;
        }
        let before = self.taken.range(..draft.span.end).next_back();
        if before.is_some_and(|(_, &end)| end > draft.span.start) {
            return;
        }
        self.taken.insert(draft.span.start, draft.span.end);
        self.list.push(draft);
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
    let lower = word.to_lowercase();
    Gazetteer::get().contains(&lower, List::Title) || ROLE_NOUNS.contains(&lower.as_str())
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
    // The last title word inside the span, leaving at least one word of name.
    let cut = inner[..inner.len().saturating_sub(1)]
        .iter()
        .rposition(|w| is_title(w.slice(text)));
    if let Some(cut) = cut {
        let name = Span::new(inner[cut + 1].start, span.end);
        let title = Span::new(span.start, inner[cut].end);
        return (name, Some(title));
    }
    // Titles are short: look back a bounded distance, so that a document without spaces
    // does not cost a scan to its start per mention.
    let mut floor = span.start.saturating_sub(TITLE_REACH);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    (
        span,
        title_before(text, floor, span.start)
            .or_else(|| appositive_before(text, floor, span.start)),
    )
}

/// How far before a name its title may begin, in bytes.
const TITLE_REACH: usize = 160;

/// Capitalised words right before `start` that end in a title ("Russian Foreign Minister").
fn title_before(text: &str, floor: usize, start: usize) -> Option<Span> {
    let mut title: Option<Span> = None;
    let mut end = text[..start].trim_end_matches([' ', '\t']).len();
    for _ in 0..4 {
        let word_start = match text[floor..end].rfind(|c: char| c.is_whitespace()) {
            Some(space) => floor + space + 1,
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
        end = text[..word_start].trim_end_matches([' ', '\t']).len();
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
        if initials(text, draft.span).as_deref() == Some(&acronym.replace('.', "")) {
            let start = text.len() - inside.len();
            found.push(Draft::new(
                Span::new(start, start + acronym.len()),
                draft.label,
            ));
        }
    }
    for draft in found {
        drafts.insert(draft);
    }
}

/// Initials of the capitalised words of a multi-word name ("North Atlantic Treaty
/// Organization" → "NATO"); `None` for fewer than two.
fn initials(text: &str, span: Span) -> Option<String> {
    let letters: String = words(text, span)
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

/// Names to look for everywhere: every tagged name that is not only ever tagged first in a
/// sentence (where any word is capitalised), and the surnames of full names of people.
fn propagation_patterns(text: &str, drafts: &[Draft]) -> Vec<(String, EntityLabel)> {
    let mut patterns: HashMap<String, (EntityLabel, bool)> = HashMap::new();
    for draft in drafts {
        let name = collapse(draft.span.slice(text));
        if name.chars().count() < 2 || !name.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let word_spans = words(text, draft.span);
        let reliable = word_spans.len() > 1 || !sentence_initial(text, draft.span.start);
        let entry = patterns.entry(name).or_insert((draft.label, false));
        entry.1 |= reliable;
        if draft.label == EntityLabel::Per && word_spans.len() > 1 {
            let surname = word_spans[word_spans.len() - 1].slice(text);
            if surname.chars().count() >= 3 && !is_title(surname) {
                patterns
                    .entry(surname.to_owned())
                    .or_insert((EntityLabel::Per, true));
            }
        }
    }
    let mut patterns: Vec<(String, EntityLabel)> = patterns
        .into_iter()
        .filter(|(_, (_, reliable))| *reliable)
        .map(|(name, (label, _))| (name, label))
        .collect();
    // The same names in an ALL-CAPS headline ("PUTIN WARNS …").
    let capitals: Vec<(String, EntityLabel)> = patterns
        .iter()
        .filter(|(name, _)| name.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .map(|(name, label)| (name.to_uppercase(), *label))
        .filter(|(upper, _)| !patterns.iter().any(|(name, _)| name == upper))
        .collect();
    patterns.extend(capitals);
    patterns.sort();
    patterns.dedup_by(|a, b| a.0 == b.0);
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

/// Whether `start` begins a sentence or a line (so its capital says nothing).
fn sentence_initial(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(|c: char| {
        c == ' ' || c == '\t' || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«')
    });
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

/// Whole-word, case-sensitive occurrences of `patterns` (leftmost-longest, in order).
fn find_words(text: &str, patterns: &[&str]) -> Vec<(Span, usize)> {
    if patterns.is_empty() {
        return Vec::new();
    }
    let Ok(searcher) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns)
    else {
        return Vec::new();
    };
    let is_word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    searcher
        .find_iter(text)
        .filter(|m| {
            !is_word_char(text[..m.start()].chars().next_back())
                && !is_word_char(text[m.end()..].chars().next())
        })
        .map(|m| (Span::new(m.start(), m.end()), m.pattern().as_usize()))
        .collect()
}

/// Distinct surface forms ("Vladimir Putin", "Putin") with their mentions.
#[derive(Default)]
struct Names {
    list: Vec<Name>,
    index: HashMap<String, usize>,
}

struct Name {
    text: String,
    words: Vec<String>,
    /// Mentions per label, in [`EntityLabel::ALL`] order.
    votes: [usize; 4],
    mentions: usize,
    /// Index of its first draft (documents order); `usize::MAX` for a known name not seen.
    first: usize,
    known: bool,
}

impl Name {
    fn label(&self) -> EntityLabel {
        let best = (0..4).max_by_key(|&i| (self.votes[i], std::cmp::Reverse(i)));
        EntityLabel::ALL[best.unwrap_or(0)]
    }
}

impl Names {
    fn intern(&mut self, text: &str, draft: &Draft, draft_index: usize) -> usize {
        let id = self.id(draft.span.slice(text), draft_index);
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
        if let Some(&id) = self.index.get(&key) {
            return id;
        }
        let words = words(&key, Span::new(0, key.len()))
            .iter()
            .map(|w| w.slice(&key).to_owned())
            .collect();
        self.list.push(Name {
            text: key.clone(),
            words,
            votes: [0; 4],
            mentions: 0,
            first,
            known: false,
        });
        self.index.insert(key, self.list.len() - 1);
        self.list.len() - 1
    }
}

/// Disjoint sets over names.
struct Links {
    parent: Vec<usize>,
    /// Spelling clusters: word → representative word, for words with another spelling.
    spelling: HashMap<String, String>,
    /// Every word of a cluster of two or more spellings, representatives included.
    clustered: std::collections::HashSet<String>,
}

impl Links {
    fn root(&mut self, mut a: usize) -> usize {
        while self.parent[a] != a {
            self.parent[a] = self.parent[self.parent[a]];
            a = self.parent[a];
        }
        a
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            self.parent[a.max(b)] = a.min(b);
        }
    }

    fn normal<'w>(&'w self, word: &'w str) -> &'w str {
        self.spelling.get(word).map_or(word, String::as_str)
    }
}

/// Aliases that share no letters worth matching ("U.S." / "United States").
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
];

fn alias_group(name: &str) -> Option<usize> {
    let key = name.replace('.', "").to_lowercase();
    ALIASES
        .iter()
        .position(|group| group.contains(&key.as_str()))
}

fn link(names: &Names) -> Links {
    let spelling = spelling_clusters(names);
    let clustered = spelling
        .iter()
        .flat_map(|(word, representative)| [word.clone(), representative.clone()])
        .collect();
    let mut links = Links {
        parent: (0..names.list.len()).collect(),
        spelling,
        clustered,
    };
    // Words compared for linking: spelling variants merged, accents folded, no leading
    // article ("The Union" / "Union", "Yucatán" / "Yucatan"), and a word in capitals read
    // as the same word in running text when that occurs ("PUTIN" / "Putin"; "NATO" stays).
    let running: std::collections::HashSet<String> = names
        .list
        .iter()
        .flat_map(|n| &n.words)
        .filter(|w| !is_all_caps(w))
        .map(|w| fold_accents(links.normal(w)))
        .collect();
    let normal_words = |links: &Links, name: &Name| -> Vec<String> {
        let article =
            name.words.first().is_some_and(|w| w == "the" || w == "The") && name.words.len() > 1;
        name.words[usize::from(article)..]
            .iter()
            .map(|w| {
                let word = fold_accents(links.normal(w));
                let running_form = is_all_caps(&word)
                    .then(|| title_case(&word))
                    .filter(|t| running.contains(t));
                running_form.unwrap_or(word)
            })
            .collect()
    };
    // Same name up to spelling ("Sergei Lavrov" / "Sergey Lavrov").
    let mut by_normal: HashMap<Vec<String>, usize> = HashMap::new();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    // Multi-word organisations and others by first and last word ("Boston Red Sox").
    let mut by_edge: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_alias: HashMap<usize, usize> = HashMap::new();
    for (id, name) in names.list.iter().enumerate() {
        let normal = normal_words(&links, name);
        if normal.is_empty() {
            continue;
        }
        if let Some(&other) = by_normal.get(&normal) {
            links.union(id, other);
        } else {
            by_normal.insert(normal.clone(), id);
        }
        let label = name.label();
        if normal.len() > 1 && (label == EntityLabel::Per || name.known) {
            by_last
                .entry(normal[normal.len() - 1].clone())
                .or_default()
                .push(id);
            by_first.entry(normal[0].clone()).or_default().push(id);
        }
        if normal.len() > 1 && label != EntityLabel::Per {
            let letters: String = name
                .words
                .iter()
                .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            if letters.chars().count() >= 2 {
                by_initials.entry(letters).or_default().push(id);
            }
            by_edge.entry(normal[0].clone()).or_default().push(id);
            if normal.len() > 1 {
                by_edge
                    .entry(normal[normal.len() - 1].clone())
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
    let best = |candidates: &[usize], accept: &dyn Fn(&Name) -> bool| -> Option<usize> {
        candidates
            .iter()
            .take(MAX_CANDIDATES)
            .copied()
            .filter(|&c| accept(&names.list[c]))
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
    for (id, name) in names.list.iter().enumerate() {
        let normal = normal_words(&links, name);
        let label = name.label();
        match normal.len() {
            0 => {}
            1 => {
                let word = &normal[0];
                // "Washington" alone is the place, whatever George did.
                let place = gazetteer.contains(&word.to_lowercase(), List::Country)
                    || gazetteer.contains(&word.to_lowercase(), List::City);
                if label == EntityLabel::Per || !place {
                    let surname = by_last.get(word).and_then(|c| best(c, &|_| true));
                    let given = || {
                        (label == EntityLabel::Per)
                            .then(|| by_first.get(word).and_then(|c| best(c, &|_| true)))
                            .flatten()
                    };
                    if let Some(full) = surname.or_else(given) {
                        links.union(id, full);
                        continue;
                    }
                }
                if let Some(key) = acronym_key(&name.text) {
                    if let Some(long) = by_initials.get(&key).and_then(|c| best(c, &|_| true)) {
                        links.union(id, long);
                        continue;
                    }
                }
                if matches!(label, EntityLabel::Org | EntityLabel::Misc) && !place {
                    link_part_of_name(&mut links, id, &normal, &by_edge, &best, &normal_words);
                }
            }
            _ if label == EntityLabel::Per => {
                // "Vladimir Putin" inside "Vladimir Vladimirovich Putin".
                let longer = by_last.get(&normal[normal.len() - 1]).and_then(|c| {
                    best(c, &|other| {
                        other.words.len() > normal.len()
                            && is_subsequence(&normal, &normal_words(&links, other))
                    })
                });
                if let Some(longer) = longer {
                    links.union(id, longer);
                }
            }
            _ if matches!(label, EntityLabel::Org | EntityLabel::Misc) => {
                link_part_of_name(&mut links, id, &normal, &by_edge, &best, &normal_words);
            }
            _ => {}
        }
    }
    links
}

/// Picks the best of some candidate names that pass a test.
type PickBest<'a> = dyn Fn(&[usize], &dyn Fn(&Name) -> bool) -> Option<usize> + 'a;

/// "Red Sox" and "Harvard" as short forms of "Boston Red Sox" and "Harvard University": the
/// words of the short name begin or end the longer one.
fn link_part_of_name(
    links: &mut Links,
    id: usize,
    normal: &[String],
    by_edge: &HashMap<String, Vec<usize>>,
    best: &PickBest,
    normal_words: &dyn Fn(&Links, &Name) -> Vec<String>,
) {
    let contains = |other: &Name| {
        let long = normal_words(links, other);
        long.len() > normal.len() && (long.starts_with(normal) || long.ends_with(normal))
    };
    let first = by_edge.get(&normal[0]).and_then(|c| best(c, &contains));
    let last = || {
        by_edge
            .get(&normal[normal.len() - 1])
            .and_then(|c| best(c, &contains))
    };
    if let Some(longer) = first.or_else(last) {
        links.union(id, longer);
    }
}

/// Latin letters without their diacritics, for comparing names ("Mérida" / "Merida").
fn fold_accents(word: &str) -> String {
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

fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

/// Words of names that are spellings of one another (Sergei/Sergey, Zelensky/Zelenskyy,
/// Gaddafi/Qaddafi): same consonant skeleton and a small edit distance. Words are bucketed
/// by skeleton, so only near-identical words are ever compared.
fn spelling_clusters(names: &Names) -> HashMap<String, String> {
    const MAX_BUCKET: usize = 8;
    let gazetteer = Gazetteer::get();
    let mut buckets: HashMap<String, Vec<&str>> = HashMap::new();
    // People only: place and group names drift by suffix ("Israel" / "Israeli") far more
    // often than by spelling.
    for name in names.list.iter().filter(|n| n.label() == EntityLabel::Per) {
        for word in &name.words {
            let lower = word.to_lowercase();
            let place = [List::Country, List::City, List::Demonym]
                .iter()
                .any(|&list| gazetteer.contains(&lower, list));
            let Some(key) = skeleton(word).filter(|_| !place) else {
                continue;
            };
            let bucket = buckets.entry(key).or_default();
            if bucket.len() < MAX_BUCKET && !bucket.contains(&word.as_str()) {
                bucket.push(word);
            }
        }
    }
    let mut representative: HashMap<String, String> = HashMap::new();
    // Any name: the same word with and without accents ("Yucatán" / "Yucatan").
    let mut by_folded: HashMap<String, &str> = HashMap::new();
    for word in names.list.iter().flat_map(|n| &n.words) {
        let first = *by_folded.entry(fold_accents(word)).or_insert(word);
        if first != word {
            representative.insert(word.clone(), first.to_owned());
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
    let mut referent_of_root: HashMap<usize, usize> = HashMap::new();
    let mut roots: Vec<usize> = Vec::new();
    let mut entities = Entities::default();
    for draft in drafts {
        let root = links.root(draft.name);
        let referent = *referent_of_root.entry(root).or_insert_with(|| {
            roots.push(root);
            roots.len() - 1
        });
        entities.mentions.push(Mention {
            span: draft.span,
            label: draft.label,
            referent,
            title: draft.title,
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
    let mut member_names: Vec<Vec<usize>> = vec![Vec::new(); roots.len()];
    let mut titles_seen: std::collections::HashSet<(usize, String)> = Default::default();
    for (index, (mention, draft)) in entities.mentions.iter().zip(drafts).enumerate() {
        let referent = &mut referents[mention.referent];
        referent.mentions.push(index);
        member_names[mention.referent].push(draft.name);
        if let Some(title) = mention.title {
            let title = collapse(title.slice(text));
            if titles_seen.insert((mention.referent, title.clone())) {
                referent.titles.push(title);
            }
        }
    }
    let known_names: Vec<usize> = known
        .iter()
        .filter_map(|k| names.index.get(&collapse(k)).copied())
        .collect();
    for (r, referent) in referents.iter_mut().enumerate() {
        // Label: the majority over the referent's mentions; a tie goes to the first one's.
        let mut votes = [0usize; 4];
        for &m in &referent.mentions {
            votes[entities.mentions[m].label as usize] += 1;
        }
        let first_label = entities.mentions[referent.mentions[0]].label as usize;
        let best = (0..4)
            .max_by_key(|&i| (votes[i], i == first_label, std::cmp::Reverse(i)))
            .unwrap_or(first_label);
        referent.label = EntityLabel::ALL[best];
        let known_name = known_names
            .iter()
            .copied()
            .find(|&k| links.root(k) == roots[r]);
        let canonical_name = known_name.unwrap_or_else(|| {
            member_names[r]
                .iter()
                .copied()
                .max_by_key(|&n| {
                    let name = &names.list[n];
                    (
                        name.words.len(),
                        !name.words.iter().all(|w| is_all_caps(w)),
                        name.mentions,
                        std::cmp::Reverse(name.first),
                    )
                })
                .unwrap_or(member_names[r][0])
        });
        let preferred = known_name.map(|k| names.list[k].words.as_slice());
        referent.spellings = spellings(
            text,
            &entities.mentions,
            &referent.mentions,
            &links,
            preferred,
        );
        let mut canonical = names.list[canonical_name].text.clone();
        for spelling in &referent.spellings {
            canonical = replace_word(&canonical, &spelling.variant, &spelling.canonical);
        }
        referent.canonical = canonical;
    }
    // A shortened name of a person is a person ("Putin" tagged LOC somewhere); other labels
    // stay the tagger's, which sees the context ("Chicago" the city or the team).
    for (mention, draft) in entities.mentions.iter_mut().zip(drafts) {
        let referent = &referents[mention.referent];
        if referent.label == EntityLabel::Per && names.list[draft.name].text != referent.canonical {
            mention.label = EntityLabel::Per;
        }
    }
    entities.referents = referents;
    entities
}

/// Spellings of one cluster, in order of first use, with the spans where each is written.
type SpellingUses<'a> = Vec<(&'a str, Vec<Span>)>;

/// The spelling drift inside one referent: for each spelling cluster used with more than
/// one spelling, the chosen spelling and where each other one is written.
fn spellings(
    text: &str,
    mentions: &[Mention],
    referent_mentions: &[usize],
    links: &Links,
    preferred: Option<&[String]>,
) -> Vec<SpellingVariant> {
    // cluster → spellings in order of first use, with their spans.
    let mut clusters: Vec<(&str, SpellingUses)> = Vec::new();
    for &m in referent_mentions {
        for word in words(text, mentions[m].span) {
            let spelling = word.slice(text);
            let cluster = links.normal(spelling);
            if !links.clustered.contains(spelling) {
                continue;
            }
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
