//! Named entities: a statistical tagger (sentence-local) and document-level grouping of
//! mentions into referents.
//!
//! The tagger is a linear-chain model over BILOU tags: hashed emission features
//! ([`features`]: word, case, shape, affixes, neighbours, gazetteers …) plus tag transitions,
//! decoded by Viterbi and trained as an averaged structured perceptron by
//! `examples/train_ner.rs`; the weights are compiled in from `data/ner/model.bin` and read in
//! place. [`group`] then links the mentions of one real-world entity across the document.
//!
//! Measure with `cargo run --release --example eval_ner -- ../shared/data`.

mod acronyms;
mod features;
mod gazetteer;
mod group;
mod hashing;
mod model;
mod roles;
mod romanised;
mod tags;
mod teams;
pub mod training;
mod works;

use crate::analysis::Span;

use crate::text::{calendar, is_title_case, Token, TokenKind};
use gazetteer::{with_lower, Gazetteer};

pub use group::{
    first_references, group, group_prepared, prepare_block, BlockNames, CapitalizedBlock,
    FirstReference, GroupMemo, PlacedName, PreparedName, SpellingVariant,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityLabel {
    Per,
    Org,
    Loc,
    Misc,
}

impl EntityLabel {
    pub const ALL: [EntityLabel; 4] = [
        EntityLabel::Per,
        EntityLabel::Org,
        EntityLabel::Loc,
        EntityLabel::Misc,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Per => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }

    pub fn parse(label: &str) -> Option<EntityLabel> {
        EntityLabel::ALL.into_iter().find(|l| l.as_str() == label)
    }
}

/// One entity mention found by the tagger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaggedSpan {
    pub span: Span,
    pub label: EntityLabel,
}

/// All mentions of a document, grouped into referents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entities {
    /// In document order.
    pub mentions: Vec<Mention>,
    pub referents: Vec<Referent>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The name itself: titles and possessive `'s` are outside it.
    pub span: Span,
    /// The tagger's label in this context ("Chicago" the city or the team); a shortened
    /// name of a person is always `Per`. The referent has the majority label.
    pub label: EntityLabel,
    /// Index into [`Entities::referents`].
    pub referent: usize,
    /// A title or role right before the name ("President", "Foreign Minister").
    pub title: Option<Span>,
    /// How many words the name has (tokens that are not punctuation).
    pub words: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Referent {
    /// The fullest form used ("Vladimir Putin" for "Putin"), or the newsroom's known name.
    pub canonical: String,
    pub label: EntityLabel,
    /// Indices into [`Entities::mentions`], in document order.
    pub mentions: Vec<usize>,
    /// Titles and roles seen with the name ("President", "head of Russian diplomacy").
    pub titles: Vec<String>,
    /// Spellings of one name part that drift ("Sergei" / "Sergey"); empty when consistent.
    pub spellings: Vec<SpellingVariant>,
}

/// Tags one sentence. `tokens` come from [`crate::text::tokenize`] over `text`; the spans
/// returned are byte spans in `text`.
pub fn tag_sentence(text: &str, tokens: &[Token]) -> Vec<TaggedSpan> {
    tag_with(model::bundled(), text, tokens)
}

fn tag_with(model: &model::Model, text: &str, tokens: &[Token]) -> Vec<TaggedSpan> {
    let tags = features::with_extracted(text, tokens, |sentence| model.decode(sentence));
    // Read once per sentence, on first need: a score anywhere in it ("3-1").
    let has_a_score = std::cell::OnceCell::new();
    let prose_start = prose_start(text, tokens);
    let chunks = split_at_common_words(text, tokens, tags::chunks(&tags));
    let chunks = join_split_names(text, tokens, chunks);
    let chunks = with_people_after_portfolios(text, tokens, chunks);
    let chunks = with_institution_names(text, tokens, chunks);
    let chunks = with_whole_hyphenated_words(text, tokens, chunks);
    let chunks = with_listed_organisations(text, tokens, chunks);
    let chunks = with_head_words(text, tokens, chunks);
    let chunks = with_names_joined_at_and(text, tokens, chunks);
    let chunks = with_head_nouns(text, tokens, chunks);
    let chunks = with_pinyin_names(text, tokens, chunks);
    let chunks = with_ages(text, tokens, chunks);
    let chunks = with_described_organisations(text, tokens, chunks);
    let chunks = works::with_work_titles(text, tokens, chunks);
    let chunks = roles::with_people_by_role(text, tokens, chunks);
    let chunks = roles::with_relatives_by_given_name(text, tokens, chunks);
    let chunks = with_organisation_heads(text, tokens, chunks);
    let chunks = teams::with_team_names(text, tokens, chunks);
    let chunks = with_whole_station_names(text, tokens, chunks);
    let chunks = towns_set_off_after_a_body_or_street(text, tokens, chunks);
    let chunks = places_listed_before_their_kind(text, tokens, chunks);
    with_company_suffixes(text, tokens, chunks)
        .into_iter()
        .map(|chunk| with_its_number(text, tokens, chunk))
        .map(|chunk| brand_not_person(text, tokens, chunk))
        .map(|chunk| nationality_not_organisation(text, tokens, chunk))
        .map(|chunk| faith_or_people_not_name(text, tokens, chunk))
        .map(|chunk| place_not_person(text, tokens, chunk))
        .map(|chunk| listed_place_not_person(text, tokens, chunk))
        .map(|chunk| organisation_by_lower_case_head(text, tokens, chunk))
        .filter(|&chunk| !is_title_alone(text, tokens, chunk))
        .map(|chunk| described_by_which(text, tokens, chunk))
        .map(|chunk| club_not_person(text, tokens, chunk, &has_a_score))
        .map(|chunk| town_club_not_place(text, tokens, chunk))
        .map(|chunk| dateline_place(text, tokens, chunk))
        .filter_map(|chunk| trade_modifier_not_person(text, tokens, prose_start, chunk))
        .filter(|&chunk| !is_plural_noun_opening(text, tokens, prose_start, chunk))
        .filter(|&(first, end, _)| !is_interview_label(text, tokens, first, end))
        .filter_map(|(first, end, label)| {
            let words = &tokens[first..end];
            // "the journal JAMA Neurology": a common word in lower case opens no name; a
            // prefix written against the name does ("anti-Trump", "pro-Russian").
            let common_opening = |i: usize| {
                let word = words[i].text(text);
                words[i].kind == TokenKind::Word
                    && word.bytes().all(|b| b.is_ascii_lowercase())
                    && !JOINING_WORDS.contains(&word)
                    && !group::PARTICLES.contains(&word)
                    && words
                        .get(i + 1)
                        .is_none_or(|t| t.span.start > words[i].span.end)
                    && Gazetteer::get().phrase(word).common()
            };
            // The lists the gazetteer has the whole chunk on, and whether a word follows the
            // first, apart from it: what an opening word that is no part of the name needs.
            let lists_of_whole = || {
                let name = words[0].span.cover(words[words.len() - 1].span);
                Gazetteer::get()
                    .phrase(&name.slice(text).to_lowercase())
                    .lists()
            };
            let word_after_first = || {
                words
                    .get(1)
                    .is_some_and(|t| t.kind == TokenKind::Word && t.span.start > words[0].span.end)
            };
            // "A Home Office spokesman": the tagger took the sentence's capitalised article
            // into the name; not a place's own, "A Coruña".
            let article_opening = |i: usize| {
                i == 0
                    && matches!(words[0].text(text), "A" | "An")
                    && lists_of_whole() & gazetteer::PLACE_LISTS == 0
                    && word_after_first()
            };
            // "Many Vale supporters had called …": a quantifier opening the sentence is no part
            // of the name after it; not a name listed whole ("All Blacks", "All Saints").
            let quantifier_opening = |i: usize| {
                i == 0
                    && QUANTIFIERS.contains(&words[0].text(text))
                    && opens_sentence(text, tokens, prose_start, first)
                    && word_after_first()
                    && lists_of_whole() == 0
            };
            let first = (0..words.len()).position(|i| {
                !is_edge_junk(text, &words[i], words)
                    && !common_opening(i)
                    && !article_opening(i)
                    && !quantifier_opening(i)
            })?;
            let last = words.iter().rposition(|t| !is_edge_junk(text, t, words))?;
            let (first, last) = (&words[first], &words[last]);
            Some(TaggedSpan {
                span: first.span.cover(last.span),
                label,
            })
        })
        .collect()
}

/// Quantifiers and determiners that open a sentence before a name without being part of it:
/// "Many Vale supporters", "Some Labour members", "Both Smith brothers".
const QUANTIFIERS: &[&str] = &["Many", "Some", "Most", "Few", "Several", "Both"];

/// "Q: Why now?", "A: Because …": an interview's label, one letter before a colon, names no
/// one (the tagger read "Q" as a place).
fn is_interview_label(text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    end == first + 1
        && tokens[first].text(text).chars().count() == 1
        && tokens.get(end).is_some_and(|t| t.text(text) == ":")
}

/// Lower-case words that join the parts of a name ("Bank of England", "Save the Children",
/// "Ludwig van Beethoven"), in English and in the languages news copy quotes names from.
const JOINING_WORDS: &[&str] = &[
    "the", "and", "for", "upon", "with", "from", "against", "van", "von", "der", "den", "des",
    "del", "della", "dello", "dos", "das", "bin", "ibn", "bint", "les", "pour",
];

/// The tagger runs a person's or an organisation's name over a verb into the next name
/// ("Office named Storm Ashley", where "Met" read as the verb): a name other than a work's
/// title (MISC: "Small is Beautiful") is cut at a common English word in lower case inside it
/// that joins no name's parts ([`JOINING_WORDS`]) nor is a part of a hyphenated word, and each
/// part that begins with a word not in lower case keeps the label.
fn split_at_common_words(
    text: &str,
    tokens: &[Token],
    chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let gazetteer = Gazetteer::get();
    let lower_case = |i: usize| {
        let word = tokens[i].text(text);
        tokens[i].kind == TokenKind::Word && word.bytes().all(|b| b.is_ascii_lowercase())
    };
    // Not a part of a hyphenated word ("self-rule").
    let touches = |a: usize, b: usize| tokens[a].span.end == tokens[b].span.start;
    let cuts = |i: usize| {
        let word = tokens[i].text(text);
        lower_case(i)
            && !JOINING_WORDS.contains(&word)
            && gazetteer.phrase(word).common()
            && !touches(i - 1, i)
            && !touches(i, i + 1)
    };
    let mut out = Vec::with_capacity(chunks.len());
    for (first, end, label) in chunks {
        if label == EntityLabel::Misc || !(first + 1..end - 1).any(cuts) {
            out.push((first, end, label));
            continue;
        }
        // Each part that begins with a word not in lower case ("Warsaw stock exchange" leaves
        // "Warsaw").
        let mut from = first;
        for at in first + 1..=end {
            if at == end || at + 1 < end && cuts(at) {
                if from < at && !lower_case(from) {
                    out.push((from, at, label));
                }
                from = at + 1;
            }
        }
    }
    out
}

/// "Minister for National Development Desmond Lim": the tagger reads the portfolio and the
/// minister's name as one organisation. After "Minister for/of" or "Secretary for/of", a
/// given name ([`crate::analysis::gender::is_given_name`]) inside the name with
/// capitalised words to its end opens the person's name.
fn with_people_after_portfolios(
    text: &str,
    tokens: &[Token],
    chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let mut out = Vec::with_capacity(chunks.len());
    for (first, end, label) in chunks {
        let after_title = first >= 2
            && matches!(word(first - 1), "for" | "of")
            && matches!(word(first - 2), "Minister" | "Secretary");
        // The given names are looked up only after a title: this runs on every chunk.
        let person = (after_title && label != EntityLabel::Per)
            .then(|| {
                (first + 1..end.saturating_sub(1)).find(|&i| {
                    crate::analysis::gender::is_given_name(word(i))
                        && (i + 1..end).all(|j| word(j).starts_with(char::is_uppercase))
                })
            })
            .flatten();
        match person {
            Some(at) => {
                out.push((first, at, label));
                out.push((at, end, EntityLabel::Per));
            }
            None => out.push((first, end, label)),
        }
    }
    out
}

/// "the Gulf of Mexico" is one place where the tagger reads two ("Gulf", "Mexico"): two
/// places joined by "of" (or "of the") are one name, as CoNLL and GUM mark them (neither
/// marks a place of a place as two). So are two people joined by "bin", "bint" or "ibn"
/// ("Tamim bin Hamad Al Thani", read as "Tamim" and "Hamad Al Thani"): an Arabic name gives
/// the father's name after the person's own; or by name particles in lower case ("Borja del
/// Pozo Cruz", "Ursula von der Leyen", read as two people).
fn join_split_names(
    text: &str,
    tokens: &[Token],
    mut chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    // In place: `name` is the last chunk kept, `chunk` the next, dropped once joined to it.
    chunks.dedup_by(|chunk, name| {
        let between = &tokens[name.1..chunk.0];
        let word = |i: usize| between.get(i).map(|t| t.text(text));
        let join = match (name.2, chunk.2) {
            (EntityLabel::Loc, EntityLabel::Loc) => match between.len() {
                1 => word(0) == Some("of"),
                2 => word(0) == Some("of") && word(1) == Some("the"),
                _ => false,
            },
            (EntityLabel::Per, EntityLabel::Per) => {
                between.len() == 1 && matches!(word(0), Some("bin" | "bint" | "ibn"))
                    || (1..=2).contains(&between.len())
                        && between
                            .iter()
                            .all(|t| group::PARTICLES.contains(&t.text(text)))
            }
            _ => false,
        };
        if join {
            name.1 = chunk.1;
        }
        join
    });
    chunks
}

/// The tokens cut words at hyphens, and the tagger sometimes reads a part alone: "Royce" in
/// "Rolls-Royce", "Moon Jae" in "Moon Jae-in". A name takes the capitalised parts joined to it
/// by a hyphen that no other name holds ("Franco-German"; "Israel" and "Hamas" in
/// "Israel-Hamas" stay two), and a person's name of two words or more the one syllable in
/// lower case after it: the second half of a Korean or Taiwanese given name ("Kim Jong-un",
/// "Tsai Ing-wen"; not "Keir Starmer-led"). A prefix capitalised to begin a sentence stays
/// out ("Pro-Moscow leaders", "Anti-Brexit", "Ex-Labour").
fn with_whole_hyphenated_words(
    text: &str,
    tokens: &[Token],
    mut chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    // Whether the token at `hyphen` is a hyphen with a word written against each side.
    let joins = |hyphen: usize| {
        let word = |i: usize| tokens.get(i).filter(|t| t.kind == TokenKind::Word);
        let (Some(before), Some(after)) = (word(hyphen.wrapping_sub(1)), word(hyphen + 1)) else {
            return false;
        };
        let hyphen = tokens[hyphen];
        hyphen.text(text) == "-"
            && before.span.end == hyphen.span.start
            && hyphen.span.end == after.span.start
    };
    const PREFIXES: &[&str] = &["Pro", "Anti", "Ex", "Non", "Pre", "Post", "Neo"];
    let capitalised = |i: usize| tokens[i].text(text).starts_with(char::is_uppercase);
    let prefix = |i: usize| PREFIXES.contains(&tokens[i].text(text));
    for at in 0..chunks.len() {
        let free_from = at.checked_sub(1).map_or(0, |before| chunks[before].1);
        let free_to = chunks.get(at + 1).map_or(tokens.len(), |after| after.0);
        let (first, end, label) = &mut chunks[at];
        while *first >= free_from + 2
            && joins(*first - 1)
            && capitalised(*first - 2)
            && !prefix(*first - 2)
        {
            *first -= 2;
        }
        while *end + 1 < free_to && joins(*end) && capitalised(*end + 1) {
            *end += 2;
        }
        let given_name = *label == EntityLabel::Per
            && *end - *first >= 2
            && *end + 1 < free_to
            && joins(*end)
            && capitalised(*end - 1)
            && romanised::is_syllable(tokens[*end + 1].text(text));
        if given_name {
            *end += 2;
        }
    }
    chunks
}

/// Words that end the name of a sports competition, which CoNLL marks MISC ("Premier
/// League", "FA Cup").
const COMPETITIONS: &[&str] = &["League", "Cup", "Trophy", "Championship", "Championships"];

/// Common nouns of a trade that end a company's name after a place or an adjective, "Royal
/// Mail", "Thames Water", "British Gas", "Network Rail", and are no surname there. Not on
/// `org_words.txt` (the tagger's features read that list, and it was trained without them).
const BUSINESS_NOUNS: &[&str] = &[
    "Mail",
    "Water",
    "Gas",
    "Rail",
    "Railway",
    "Railways",
    "Energy",
    "Power",
    "Telecom",
    "Telecoms",
    "Media",
    "Steel",
    "Oil",
    "Petroleum",
    "Electric",
    "Utilities",
    "Mining",
    "Shipping",
    "Foods",
];

/// Legislatures named by one word that is no organisation's head word ("the Commons told",
/// read as a surname; "the Bundestag", read as MISC). "Parliament", "Congress" and "Senate"
/// are head words (`org_words.txt`).
const LEGISLATURES: &[&str] = &[
    "Commons",
    "Lords",
    "Bundestag",
    "Bundesrat",
    "Duma",
    "Knesset",
    "Dáil",
    "Dail",
    "Seanad",
    "Oireachtas",
    "Senedd",
    "Storting",
    "Riksdag",
    "Folketing",
    "Sejm",
    "Majlis",
];

/// Words that name a storm before its given name ("Storm Darragh", "Hurricane Milton").
const STORMS: &[&str] = &["Storm", "Hurricane", "Typhoon", "Cyclone"];

/// Words that begin the names of British places and bodies and that the tagger, reading a
/// capital at a sentence's start as no evidence, leaves out there ("Greater Manchester
/// Police", "Great Ormond Street Hospital"): mid-sentence it takes them.
const NAME_OPENERS: &[&str] = &[
    "Greater",
    "Great",
    "Royal",
    "National",
    "Metropolitan",
    "Central",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "North",
    "South",
    "East",
    "West",
    "Upper",
    "Lower",
    "New",
];

/// A name's head word decides what it names, whatever the tagger read around it:
/// - a person's name that ends in an organisation's head word (`org_words.txt`: "League said",
///   read as a surname before "said") or a noun of a trade ("Royal Mail said") is no person,
///   unless it begins with a given name ("Margaret Court") that is no [`NAME_OPENERS`] word
///   ("Royal" is a given name too); it takes the capitalised words before it that no other name holds,
///   less an article ("The Premier League"), and is a competition (MISC) or an organisation;
/// - an organisation's name of a given name, no place's, and a head word that is also a
///   surname ("Margaret Court", "Sarah Church"; not "Charlotte Church", "Major League") is a
///   person's;
/// - a name of one word after "Storm" or "Hurricane" is the storm's (MISC, with the word), and
///   so is any name of two that begins with it (read as a person's, "Storm Brannagh, the
///   fourth named storm", or an organisation's cut from a longer name, "Storm Ashley");
/// - a name of one word of [`LEGISLATURES`] is an organisation ("the Commons");
/// - an organisation's name that begins a sentence's second word takes a first word of
///   [`NAME_OPENERS`] ("Greater Manchester Police said").
fn with_head_words(
    text: &str,
    tokens: &[Token],
    mut chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let gazetteer = Gazetteer::get();
    let word = |i: usize| tokens[i].text(text);
    let on = |i: usize, list: gazetteer::List| {
        gazetteer.tokens(text, &tokens[i..=i]).lists() & list.bit() != 0
    };
    let capitalised = |i: usize| is_capitalised_word(text, &tokens[i]);
    let article = |i: usize| matches!(word(i), "The" | "A" | "An");
    for at in 0..chunks.len() {
        let free_from = at.checked_sub(1).map_or(0, |before| chunks[before].1);
        let (first, end, label) = &mut chunks[at];
        let last = *end - 1;
        let head = on(last, gazetteer::List::OrgWord)
            || COMPETITIONS.contains(&word(last))
            || BUSINESS_NOUNS.contains(&word(last));
        let given_name =
            on(*first, gazetteer::List::FirstName) && !NAME_OPENERS.contains(&word(*first));
        if *label == EntityLabel::Per && head && (*first == last || !given_name) {
            while *first > free_from && capitalised(*first - 1) && !article(*first - 1) {
                *first -= 1;
            }
            *label = match COMPETITIONS.contains(&word(last)) {
                true => EntityLabel::Misc,
                false => EntityLabel::Org,
            };
        } else if *label == EntityLabel::Org
            && *end == *first + 2
            && given_name
            && !(on(*first, gazetteer::List::City) || on(*first, gazetteer::List::Country))
            && on(last, gazetteer::List::Surname)
            && on(last, gazetteer::List::OrgWord)
            && !COMPETITIONS.contains(&word(last))
        {
            *label = EntityLabel::Per;
        } else if *first == last && *first > free_from && STORMS.contains(&word(*first - 1)) {
            (*first, *label) = (*first - 1, EntityLabel::Misc);
        } else if *end == *first + 2 && STORMS.contains(&word(*first)) {
            *label = EntityLabel::Misc;
        } else if *first == last && LEGISLATURES.contains(&word(last)) {
            *label = EntityLabel::Org;
        } else if *first == 1
            && free_from == 0
            && *label != EntityLabel::Per
            && head
            && NAME_OPENERS.contains(&word(0))
        {
            *first = 0;
        }
    }
    chunks
}

/// The tagger ends a body's name at "and". An organisation's name that ends in a head word
/// (`org_words.txt`) runs back over "and" to where the whole name begins: its remit after
/// "the" ([`remit_before`]: "The Competition and Markets Authority", "the Food and Drink
/// Federation", "the Commons Rivers and Coasts Committee"), or a place it shares with another
/// ([`shared_place_before`]: "Calderbrook and Wendle Hospitals Trust", "Bath and North East
/// Somerset Council"). No other name holds the words run over, or one holds them alone (a
/// remit word read as MISC, "Fisheries"; the first place read as a place, or as a person).
fn with_names_joined_at_and(
    text: &str,
    tokens: &[Token],
    chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let gazetteer = Gazetteer::get();
    let head = |i: usize| {
        with_lower(tokens[i].text(text), |lower| {
            gazetteer.contains(lower, gazetteer::List::OrgWord)
        })
    };
    let mut joined: Vec<(usize, usize, EntityLabel)> = Vec::with_capacity(chunks.len());
    for (first, end, label) in chunks {
        let start = (label == EntityLabel::Org && first >= 2 && head(end - 1))
            .then(|| {
                (first >= 3)
                    .then(|| remit_before(text, tokens, first - 1))
                    .flatten()
                    .or_else(|| shared_place_before(text, tokens, first, end))
            })
            .flatten();
        // No other name holds the words run over, or one holds them alone.
        let held_alone = |start: usize| {
            joined
                .last()
                .is_some_and(|&(f, e, _)| start <= f && e == first - 1)
        };
        let free = |start: usize| joined.last().is_none_or(|&(_, e, _)| e <= start);
        match start {
            Some(start) if free(start) || held_alone(start) => {
                if held_alone(start) {
                    joined.pop();
                }
                joined.push((start, end, label));
            }
            _ => joined.push((first, end, label)),
        }
    }
    joined
}

/// Where a body's name that two places share begins, when the tagger has ended it at the "and"
/// before `first`: a name of two words or more from `first` to `end` that opens with a
/// capitalised word that is no acronym runs back over "and" to a single capitalised word, one
/// that is no given name nor head word, and no item of a list after another name ("Essex,
/// Derbyshire and Surrey County Council", "Kansai Electric Power and …" keep their own names).
fn shared_place_before(text: &str, tokens: &[Token], first: usize, end: usize) -> Option<usize> {
    let gazetteer = Gazetteer::get();
    let word = |i: usize| tokens[i].text(text);
    let place_word = |i: usize| {
        is_capitalised_word(text, &tokens[i])
            && word(i).chars().skip(1).all(char::is_lowercase)
            && !with_lower(word(i), |lower| {
                gazetteer.contains(lower, gazetteer::List::OrgWord)
            })
            && !is_given_name(word(i))
    };
    // A date before the comma is when, not a list's first item: "from April, Ashvale and …".
    let is_name_word =
        |i: usize| is_capitalised_word(text, &tokens[i]) && !is_calendar_word(word(i));
    let shared = end - first >= 2
        && first >= 2
        && word(first - 1) == "and"
        && place_word(first)
        && place_word(first - 2)
        && !(first - 2).checked_sub(1).is_some_and(|i| {
            is_capitalised_word(text, &tokens[i]) || word(i) == "," && i > 0 && is_name_word(i - 1)
        });
    shared.then_some(first - 2)
}

/// A weekday's or a month's name, in any case: a date, not a name.
fn is_calendar_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    calendar::WEEKDAYS.contains(&lower.as_str()) || calendar::is_month(&lower)
}

/// Where the remit of a body's name begins before the "and" at `and`: one or two capitalised
/// words after "the" ("the Food and …", "the Commons Rivers and …"), each a common word or the
/// plural of one ("Rivers"), on no list of places or given names.
fn remit_before(text: &str, tokens: &[Token], and: usize) -> Option<usize> {
    const REMIT_WORDS: usize = 2;
    let gazetteer = Gazetteer::get();
    let word = |i: usize| tokens[i].text(text);
    let common = |word: &str| with_lower(word, |lower| gazetteer.phrase(lower).common());
    let remit_word = |i: usize| {
        let lists = with_lower(word(i), |lower| gazetteer.phrase(lower).lists());
        is_capitalised_word(text, &tokens[i])
            && (common(word(i)) || word(i).strip_suffix('s').is_some_and(common))
            && lists & (gazetteer::PLACE_LISTS | gazetteer::List::FirstName.bit()) == 0
    };
    if word(and) != "and" {
        return None;
    }
    (1..=REMIT_WORDS).find_map(|words| {
        let remit = and.checked_sub(words).filter(|&r| r >= 1)?;
        (word(remit - 1).eq_ignore_ascii_case("the") && (remit..and).all(remit_word))
            .then_some(remit)
    })
}

/// The tagger reads "Welsh Water", "Scottish Power" as the adjective alone, misses "Thames
/// Water said" at a sentence's start, and "the Premier League fined" ("Premier" is a title): a
/// capitalised noun of [`BUSINESS_NOUNS`] or [`COMPETITIONS`] that no name holds ends a
/// company's name (ORG) or a competition's (MISC). It takes a name right before it, or one
/// of nationality before one free capitalised word ("English County Championship"), unless
/// that is a person's; or else one free capitalised word before it that is no given name
/// ("Ian Rail") nor, before a noun of a trade, a common word but a [`NAME_OPENERS`] one
/// ("Holy Water", "Dark Energy"; a competition's name is mostly common words, "World Cup").
/// Longer runs of capitals ("… Will Be Power"), a run that goes on past the noun and a noun
/// that begins a compound ("League-leading") are a longer name or a Title-Case headline's,
/// and are left to the tagger.
fn with_head_nouns(
    text: &str,
    tokens: &[Token],
    mut chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let gazetteer = Gazetteer::get();
    let capitalised = |i: usize| tokens.get(i).is_some_and(|t| is_capitalised_word(text, t));
    let word = |i: usize| tokens[i].text(text);
    let article = |i: usize| matches!(word(i), "The" | "A" | "An");
    let compound = |i: usize| {
        tokens.get(i + 1).is_some_and(|hyphen| {
            hyphen.text(text) == "-" && hyphen.span.start == tokens[i].span.end
        })
    };
    let mut found = Vec::new();
    // The first name that ends after the noun.
    let mut next = 0;
    for at in 1..tokens.len() {
        let (label, common_opener) = match word(at) {
            noun if BUSINESS_NOUNS.contains(&noun) => (EntityLabel::Org, false),
            noun if COMPETITIONS.contains(&noun) => (EntityLabel::Misc, true),
            _ => continue,
        };
        if capitalised(at + 1) || compound(at) {
            continue;
        }
        while next < chunks.len() && chunks[next].1 <= at {
            next += 1;
        }
        if chunks.get(next).is_some_and(|chunk| chunk.0 <= at) {
            continue;
        }
        let before = next.checked_sub(1).map(|before| &mut chunks[before]);
        let free_from = before.as_ref().map_or(0, |name| name.1);
        let mut first = at;
        while first > free_from && capitalised(first - 1) && !article(first - 1) {
            first -= 1;
        }
        match before {
            Some(name)
                if name.1 == first
                    && name.2 != EntityLabel::Per
                    && (first == at || first + 1 == at && name.2 == EntityLabel::Misc) =>
            {
                (name.1, name.2) = (at + 1, label);
            }
            Some(name) if name.1 == first => {}
            _ if first + 1 == at => {
                let lists = gazetteer.tokens(text, &tokens[first..=first]).lists();
                let opener = word(first);
                let common = with_lower(opener, |lower| gazetteer.phrase(lower).common());
                if lists & gazetteer::List::FirstName.bit() == 0
                    && (common_opener || !common || NAME_OPENERS.contains(&opener))
                {
                    found.push((first, at + 1, label));
                }
            }
            _ => {}
        }
    }
    with_found_names(chunks, found)
}

/// The tagger misses a Chinese name whose surname is an English word ("He Lifeng", read as
/// the pronoun), or reads only its given name ("He Jiankui" as "Jiankui"): two words that
/// write a name in pinyin ([`romanised::is_pinyin_name`]), the first held by no name and the
/// second by none or a person's of one word, are a person.
fn with_pinyin_names(
    text: &str,
    tokens: &[Token],
    chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let mut found = Vec::new();
    let mut next = 0;
    for at in 0..tokens.len().saturating_sub(1) {
        while next < chunks.len() && chunks[next].1 <= at {
            next += 1;
        }
        // `chunks[next]` is the first name that ends after `at`.
        let free = chunks.get(next).is_none_or(|chunk| chunk.0 > at);
        let given = chunks.get(next).filter(|chunk| chunk.0 == at + 1);
        let given_free =
            given.is_none_or(|&(first, end, label)| end == first + 1 && label == EntityLabel::Per);
        let adjacent = tokens[at].span.end < tokens[at + 1].span.start
            && text[tokens[at].span.end..tokens[at + 1].span.start] == *" ";
        // In a Title-Case headline every word is capitalised: "He Rose More Than …".
        let headline = (tokens.get(at + 2)).is_some_and(|next| is_capitalised_word(text, next));
        if free
            && given_free
            && adjacent
            && !headline
            && romanised::is_pinyin_name(tokens[at].text(text), tokens[at + 1].text(text))
        {
            found.push((at, at + 2, EntityLabel::Per));
        }
    }
    with_found_names(chunks, found)
}

/// Words of a name given an age ("Jordan Price, 27, of Harehills"): two to four.
const AGED_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// An age set off by commas after a name is a person's ("Jordan Price, 27, of Harehills", the
/// court and police report's way to introduce one), whatever the tagger read in the name
/// ("Jordan" as the country): capitalised words that open with a given name, right before
/// ", AGE,", are a person, and no other name overlaps them; so is one word that is no common
/// word nor place ("Tiago, 17, played by …").
fn with_ages(
    text: &str,
    tokens: &[Token],
    chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    use gazetteer::List;
    let mut found = Vec::new();
    for comma in 2..tokens.len().saturating_sub(2) {
        let is = |i: usize, s: &str| tokens[i].text(text) == s;
        let age = &tokens[comma + 1];
        let aged = is(comma, ",")
            && is(comma + 2, ",")
            && age.kind == TokenKind::Number
            && age
                .text(text)
                .parse::<u8>()
                .is_ok_and(|n| (1..=119).contains(&n));
        if !aged {
            continue;
        }
        let words = (0..comma)
            .rev()
            .take_while(|&i| is_capitalised_word(text, &tokens[i]))
            .take(*AGED_NAME_WORDS.end() + 1)
            .count();
        let first = comma - words;
        let given = || {
            Gazetteer::get()
                .tokens(text, &tokens[first..first + 1])
                .lists()
                & List::FirstName.bit()
                != 0
        };
        // "The story follows Tiago, 17, played by …": one word is a given name alone when a
        // lower-case word goes on after the age, and it is no common word nor a listed place
        // ("Paris, 17, …" is not a person's).
        let alone_aged = |first: usize| {
            let token = &tokens[first];
            let lists = Gazetteer::get().token(text, token).lists();
            tokens
                .get(comma + 3)
                .is_some_and(|next| next.text(text).starts_with(|c: char| c.is_lowercase()))
                && lists & gazetteer::PLACE_LISTS == 0
                && !with_lower(token.text(text), |lower| {
                    Gazetteer::get().phrase(lower).common()
                })
        };
        if AGED_NAME_WORDS.contains(&words) && given() || words == 1 && alone_aged(first) {
            found.push((first, comma, EntityLabel::Per));
        }
    }
    with_found_names(chunks, found)
}

/// Nouns that head the description of an organisation set off after its name: "Datavault, a
/// London data firm,".
const ORGANISATION_NOUNS: &[&str] = &[
    "firm",
    "company",
    "group",
    "charity",
    "bank",
    "retailer",
    "startup",
    "start-up",
    "airline",
    "carrier",
    "insurer",
    "lender",
    "manufacturer",
    "maker",
    "chain",
    "agency",
    "organisation",
    "organization",
    "consultancy",
    "supermarket",
    "broadcaster",
    "publisher",
    "brand",
    "operator",
    "supplier",
    "conglomerate",
    "outlet",
    "newspaper",
    "union",
    "club",
    "association",
    "federation",
    "watchdog",
];

/// Words that end the head phrase of a description: "a partner at the law firm" is a partner.
const DESCRIPTION_ENDS: &[&str] = &[
    "at", "of", "in", "for", "with", "from", "on", "by", "based", "that", "which", "whose", "who",
];

/// The tagger reads a name it does not know as a person's, or misses it ("Datavault, a London
/// data firm, said …"): capitalised words (three at most) set off by a comma before a
/// description whose head noun is an organisation's ([`ORGANISATION_NOUNS`]; up to a
/// preposition or relative pronoun, not "a partner at the law firm") are the organisation; so
/// are such words set off after the description ("The employers' association, Deltalinqs,
/// rejected …"), and a name read as a person's right after the noun ("the health watchdog
/// Healthwatch Trentside").
fn with_described_organisations(
    text: &str,
    tokens: &[Token],
    chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    const NAME_WORDS: usize = 3;
    const DESCRIPTION_WORDS: usize = 6;
    let word = |i: usize| tokens[i].text(text);
    // A name the tagger has as no person's stays as it is; a title makes a person.
    let known = |first: usize, end: usize| {
        Gazetteer::get()
            .tokens(text, &tokens[first..first + 1])
            .lists()
            & gazetteer::List::Title.bit()
            != 0
            || chunks
                .iter()
                .any(|&(f, e, label)| f < end && first < e && label != EntityLabel::Per)
    };
    let mut found = Vec::new();
    for comma in 1..tokens.len().saturating_sub(2) {
        if word(comma) != "," {
            continue;
        }
        if let Some(end) = named_after_description(text, tokens, comma, NAME_WORDS) {
            if !known(comma + 1, end) {
                found.push((comma + 1, end, EntityLabel::Org));
            }
            continue;
        }
        if !matches!(word(comma + 1), "a" | "an" | "the") {
            continue;
        }
        let head = (comma + 2..tokens.len().min(comma + 2 + DESCRIPTION_WORDS))
            .take_while(|&i| {
                tokens[i].kind == TokenKind::Word && !DESCRIPTION_ENDS.contains(&word(i))
            })
            .last();
        let described = head.is_some_and(|h| {
            // Not "the group of chemicals", nor "the developer who …" (a person).
            ORGANISATION_NOUNS.contains(&word(h))
                && tokens.get(h + 1).is_none_or(|t| {
                    matches!(
                        t.text(text),
                        "," | "." | ";" | "—" | "in" | "based" | "that" | "which" | "whose"
                    )
                })
        });
        if !described {
            continue;
        }
        let words = (0..comma)
            .rev()
            .take_while(|&i| {
                is_capitalised_word(text, &tokens[i]) && !matches!(word(i), "The" | "A" | "An")
            })
            .take(NAME_WORDS + 1)
            .count();
        let first = comma - words;
        // "Mr. Trump, the …" is a person.
        if (1..=NAME_WORDS).contains(&words) && !known(first, comma) {
            found.push((first, comma, EntityLabel::Org));
        }
    }
    // "the health watchdog Healthwatch Trentside", "the broker Stanmore Capital": a name read
    // as a person's right after such a noun, a determiner before it, is the organisation.
    for &(first, end, label) in &chunks {
        let Some(noun) = first.checked_sub(1) else {
            continue;
        };
        let determined = (noun.saturating_sub(3)..noun).any(|i| {
            ["the", "a", "an", "its", "their", "'s", "’s"]
                .iter()
                .any(|d| word(i).eq_ignore_ascii_case(d))
        });
        let free = found.iter().all(|&(f, e, _)| e <= first || end <= f);
        if label == EntityLabel::Per
            && ORGANISATION_NOUNS.contains(&word(noun))
            && determined
            && free
        {
            found.push((first, end, EntityLabel::Org));
        }
    }
    found.sort_unstable_by_key(|name| name.0);
    with_found_names(chunks, found)
}

/// The end of the name set off by commas after an organisation's description ending at
/// `comma`: "The employers' association, Deltalinqs,", "its parent company, Acme Holdings,".
/// The description opens with a determiner or a possessive; not after a fronted phrase ("For
/// the union, Smith, a veteran organiser, …" names a person).
fn named_after_description(
    text: &str,
    tokens: &[Token],
    comma: usize,
    name_words: usize,
) -> Option<usize> {
    const DESCRIPTION_WORDS: usize = 4;
    let word = |i: usize| tokens[i].text(text);
    if !ORGANISATION_NOUNS.contains(&word(comma - 1)) {
        return None;
    }
    let opening = (comma.saturating_sub(DESCRIPTION_WORDS + 1)..comma - 1)
        .rev()
        .find(|&i| {
            [
                "the", "its", "their", "his", "her", "our", "'", "’", "'s", "’s",
            ]
            .iter()
            .any(|opener| word(i).eq_ignore_ascii_case(opener))
        })?;
    let fronted = opening.checked_sub(1).is_some_and(|i| {
        tokens[i].kind == TokenKind::Word && word(i).starts_with(char::is_uppercase)
    });
    let name = (comma + 1..tokens.len())
        .take_while(|&i| {
            is_capitalised_word(text, &tokens[i]) && !matches!(word(i), "The" | "A" | "An")
        })
        .take(name_words + 1)
        .count();
    let end = comma + 1 + name;
    ((1..=name_words).contains(&name)
        && !fronted
        && tokens.get(end).is_some_and(|t| t.text(text) == ","))
    .then_some(end)
}

/// Whether the tagger read a place or an organisation over tokens `first..end`: a rule that
/// finds a person's name or a work's title there leaves such a reading as it is.
fn read_as_place_or_organisation(
    chunks: &[(usize, usize, EntityLabel)],
    first: usize,
    end: usize,
) -> bool {
    (chunks.iter()).any(|&(f, e, label)| {
        f < end && first < e && matches!(label, EntityLabel::Org | EntityLabel::Loc)
    })
}

/// `chunks` with the names a rule `found` where the tagger had none or a part of one: `found`
/// is in text order and disjoint, and a chunk it overlaps (a given name read alone, "Jiankui"
/// of "He Jiankui"; "Jordan" of "Jordan Price, 27,") gives way.
fn with_found_names(
    mut chunks: Vec<(usize, usize, EntityLabel)>,
    found: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    if found.is_empty() {
        return chunks;
    }
    // The one found name a chunk may overlap is the first that ends after the chunk starts.
    chunks.retain(|chunk| {
        let at = found.partition_point(|name| name.1 <= chunk.0);
        found.get(at).is_none_or(|name| name.0 >= chunk.1)
    });
    chunks.extend(found);
    chunks.sort_unstable_by_key(|chunk| chunk.0);
    chunks
}

/// Suffixes that make the name before them a company's, and are part of it ("Barclays plc",
/// "Apple Inc.", as CoNLL marks them).
const COMPANY_SUFFIXES: &[&str] = &[
    "plc", "Plc", "PLC", "Ltd", "Ltd.", "Inc", "Inc.", "LLC", "GmbH", "Co.", "Corp", "Corp.",
];

/// Last words that make a run of capitalised words a company or a public body, whatever the
/// words before them: "Northern Power Networks", "Harbour Freight Logistics".
const ORGANISATION_HEADS: &[&str] = &[
    "Networks",
    // A campaign's or a movement's body: "Climate Justice Network", where a title's word inside
    // ("Justice") hides the name from the speakers' reading of capitalised words.
    "Network",
    "Alliance",
    "Coalition",
    "Logistics",
    "Distribution",
    "Services",
    "Systems",
    "Technologies",
    "Industries",
    "Holdings",
    "Solutions",
    "Enterprises",
    "Pharmaceuticals",
    "Airlines",
    "Airways",
    "Motors",
    "Insurance",
    "Investments",
    "Laboratories",
    "Corporation",
    "Authority",
    "Commission",
    "Agency",
    "Capital",
    "Partners",
    "Securities",
    "Ventures",
    "Associates",
    "Foods",
    "Primary",
    // A newspaper's: "Eastbridge Ledger" on its own line under a byline, read as a person.
    "Ledger",
    "Gazette",
    "Courier",
    "Chronicle",
    "Tribune",
    "Herald",
    // Such words in other languages that end a company's name as they do in English: "the
    // Hamburg forwarder Vierling Logistik", "the retailer Kessler Gruppe".
    "Logistik",
    "Logistique",
    "Logistica",
    "Logística",
    "Gruppe",
    "Groep",
    "Holding",
];

/// Last words that make a run of capitalised words an organisation when a place's name (or a
/// name the tagger read) opens it: "Kingsmere Rural Action", "Tarnley Civic Society". Alone
/// they head common phrases too ("Affirmative Action", "Working Group"). Not "Forum": "the Vienna
/// Energy Forum" is a meeting held there (GUM).
const HEADS_AFTER_A_PLACE: &[&str] = &[
    "Action",
    "Association",
    "Campaign",
    "Council",
    "Federation",
    "Group",
    "League",
    "Partnership",
    "Society",
    "Trust",
    "Union",
    "Watch",
];

/// The tagger misses or splits a name it has never seen: "according to Northern Power
/// Networks", "Harbour Freight Logistics" (read as a person "Harbour"). Two to five
/// capitalised words that end in an [`ORGANISATION_HEADS`] word are the organisation, where
/// no name reaches past them; three at least at a sentence's start ("Rail Services resumed"),
/// and none in a Title-Case headline, unless the name is all its sentence holds, as a byline's
/// outlet on its own line is ("By Renee Castillo ¶ Eastbridge Ledger"). So are those that end
/// in a [`HEADS_AFTER_A_PLACE`] word and open with a place or an organisation the tagger read
/// ("Kingsmere Rural Action", which it cut to "Kingsmere").
fn with_organisation_heads(
    text: &str,
    tokens: &[Token],
    chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    const MAX_WORDS: usize = 5;
    let capitalised = |i: usize| is_capitalised_word(text, &tokens[i]);
    let heads = (0..tokens.len())
        .filter(|&i| {
            ORGANISATION_HEADS.contains(&tokens[i].text(text))
                || HEADS_AFTER_A_PLACE.contains(&tokens[i].text(text))
        })
        .filter(|&i| {
            !tokens
                .get(i + 1)
                .is_some_and(|t| is_capitalised_word(text, t))
        });
    let mut found = Vec::new();
    let mut headline = None;
    for head in heads {
        let first = (0..head)
            .rev()
            .take_while(|&i| capitalised(i) && !matches!(tokens[i].text(text), "The" | "A"))
            .last()
            .unwrap_or(head);
        let words = head + 1 - first;
        let after_a_place = chunks.iter().any(|&(f, e, label)| {
            f == first && e <= head && matches!(label, EntityLabel::Loc | EntityLabel::Org)
        });
        if !ORGANISATION_HEADS.contains(&tokens[head].text(text)) && !after_a_place {
            continue;
        }
        let alone_in_sentence = (first == 0 || first == 1 && tokens[0].text(text) == "The")
            && tokens[head + 1..]
                .iter()
                .all(|t| t.kind == TokenKind::Punct);
        let least = if first == 0 && !alone_in_sentence && !after_a_place {
            3
        } else {
            2
        };
        if !(least..=MAX_WORDS).contains(&words) {
            continue;
        }
        let inside = chunks
            .iter()
            .filter(|&&(f, e, _)| f <= head && first < e)
            .all(|&(f, e, _)| first <= f && e <= head + 1);
        if inside
            && (alone_in_sentence || !*headline.get_or_insert_with(|| is_title_case(text, tokens)))
        {
            found.push((first, head + 1, EntityLabel::Org));
        }
    }
    with_found_names(chunks, found)
}

/// Suffixes of two capitals that also stand for other things ("SA", South Africa; "AG", an
/// attorney general): only a name the tagger read takes them.
const COMPANY_CODES: &[&str] = &["AG", "SA", "S.A.", "NV", "N.V.", "SpA"];

/// A name before a company suffix takes it and is an organisation ("Nestlé SA"); capitalised
/// words before a suffix of [`COMPANY_SUFFIXES`] that no name holds are one ("Barclays plc and
/// Oxfam", where "plc" in lower case hid the name from the tagger), less the common words
/// that begin them ("The", "Shares").
fn with_company_suffixes(
    text: &str,
    tokens: &[Token],
    mut chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let suffix = |i: usize, suffixes: &[&str]| {
        let token = tokens.get(i);
        token.is_some_and(|t| t.kind == TokenKind::Word && suffixes.contains(&t.text(text)))
    };
    for (_, end, label) in &mut chunks {
        if suffix(*end, COMPANY_SUFFIXES) || suffix(*end, COMPANY_CODES) {
            *end += 1;
            *label = EntityLabel::Org;
        }
    }
    let capitalised = |i: usize| is_capitalised_word(text, &tokens[i]);
    let common = |i: usize| {
        with_lower(tokens[i].text(text), |lower| {
            Gazetteer::get().phrase(lower).common()
        })
    };
    // The first name that begins at or after the suffix.
    let mut next = 0;
    let mut found = Vec::new();
    for at in 1..tokens.len() {
        if !suffix(at, COMPANY_SUFFIXES) {
            continue;
        }
        while next < chunks.len() && chunks[next].0 < at {
            next += 1;
        }
        let free_from = next.checked_sub(1).map_or(0, |before| chunks[before].1);
        if free_from > at {
            continue;
        }
        let mut first = at;
        loop {
            if first > free_from && capitalised(first - 1) {
                first -= 1;
            } else if first > free_from + 1
                && tokens[first - 1].text(text) == "&"
                && capitalised(first - 2)
            {
                first -= 2;
            } else {
                break;
            }
        }
        while first + 1 < at && common(first) {
            first += 1;
        }
        if first < at && capitalised(first) {
            found.push((first, at + 1, EntityLabel::Org));
        }
    }
    if !found.is_empty() {
        chunks.extend(found);
        chunks.sort_unstable_by_key(|chunk| chunk.0);
    }
    chunks
}

/// Names whose number is part of them: stock indices, a ranking, a sport. CoNLL marks
/// them MISC ("FTSE 100"), as it does the indices alone ("Nikkei").
const NUMBERED_NAMES: &[&str] = &[
    "S&P 500",
    "FTSE 100",
    "FTSE 250",
    "Nasdaq 100",
    "Russell 2000",
    "Nikkei 225",
    "CAC 40",
    "DAX 40",
    "Stoxx 600",
    "Euro Stoxx 50",
    "ASX 200",
    "Fortune 500",
    "Formula 1",
];

/// Last words of a broadcaster's name that a station's number or region completes.
const STATION_WORDS: &[&str] = &["Radio", "Television", "TV"];

/// The tagger ends "BBC Radio 4" before its number and reads "BBC Radio York" as the
/// broadcaster and a town: an organisation's name that ends in a [`STATION_WORDS`] word takes
/// the number or the name right after it, and is the station.
fn with_whole_station_names(
    text: &str,
    tokens: &[Token],
    chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let station = |(_, end, label): (usize, usize, EntityLabel)| {
        label == EntityLabel::Org && STATION_WORDS.contains(&tokens[end - 1].text(text))
    };
    // The token at `end` follows the one before it after a single space.
    let next_to = |end: usize| {
        (tokens.get(end)).is_some_and(|t| t.span.start == tokens[end - 1].span.end + 1)
    };
    let mut whole: Vec<(usize, usize, EntityLabel)> = Vec::with_capacity(chunks.len());
    for mut chunk in chunks {
        if let Some(last) = whole.last_mut() {
            if station(*last) && chunk.0 == last.1 && next_to(last.1) {
                last.1 = chunk.1;
                continue;
            }
        }
        if station(chunk) && next_to(chunk.1) && tokens[chunk.1].kind == TokenKind::Number {
            chunk.1 += 1;
        }
        whole.push(chunk);
    }
    whole
}

/// The tagger ends "S&P 500" before its number ("S&P", the agency): a name of
/// [`NUMBERED_NAMES`] takes its number, and is the index.
fn with_its_number(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
) -> (usize, usize, EntityLabel) {
    let numbered = tokens.get(end).is_some_and(|number| {
        number.kind == TokenKind::Number
            && NUMBERED_NAMES.contains(&&text[tokens[first].span.start..number.span.end])
    });
    match numbered {
        true => (first, end + 1, EntityLabel::Misc),
        false => (first, end, label),
    }
}

/// The tagger reads "JPMorgan Chase said", "PayPal said" as a person: a name of one word
/// written as a brand, or with a word that runs capitals into a lower-case word ("JPMorgan";
/// [`BrandShape`]), is an organisation's. A name of two words or more with a capital after
/// a lower-case letter stays a person's ("MaliVai Washington", "YouTuber Julien Solomita").
fn brand_not_person(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
) -> (usize, usize, EntityLabel) {
    let words = &tokens[first..end];
    let before = |back: usize| first.checked_sub(back).map(|i| tokens[i].text(text));
    let credit = before(1) == Some(":")
        && matches!(before(2), Some("Image" | "Photo" | "Picture" | "Credit"));
    let brand = label == EntityLabel::Per
        && match words {
            // A handle, a hashtag or a picture's credit joins its words whatever it names
            // ("@SteveKornacki", "Image: ShakataGaNai").
            [word] if credit || text[..word.span.start].ends_with(['@', '#']) => false,
            [word] => brand_shape(word.text(text)).is_some(),
            _ => (words.iter()).any(|w| brand_shape(w.text(text)) == Some(BrandShape::CapitalsRun)),
        };
    match brand {
        true => (first, end, EntityLabel::Org),
        false => (first, end, label),
    }
}

/// The tagger reads "the Danish research council" as an organisation named "Danish": a name of
/// one word that is a nationality is MISC, as CoNLL marks it (train and dev: 1,705 times
/// MISC, 3 times ORG). Not a plural: "the Indians" is a team.
fn nationality_not_organisation(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
) -> (usize, usize, EntityLabel) {
    let nationality = label == EntityLabel::Org
        && end == first + 1
        && !tokens[first].text(text).ends_with(['s', 'S'])
        && Gazetteer::get().tokens(text, &tokens[first..end]).lists()
            & gazetteer::List::Demonym.bit()
            != 0;
    match nationality {
        true => (first, end, EntityLabel::Misc),
        false => (first, end, label),
    }
}

/// Lower-case nouns of a body that the tagger takes into a name after a place's words: "the
/// Port Kellan harbour board", "the Kettleby town council".
const BODY_NOUNS: &[&str] = &[
    "authority",
    "board",
    "commission",
    "committee",
    "council",
    "department",
    "ministry",
    "party",
    "trust",
];

/// A name that ends in a lower-case noun of a body ([`BODY_NOUNS`]) is that body, whatever
/// the place's words before it made the tagger read.
fn organisation_by_lower_case_head(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
) -> (usize, usize, EntityLabel) {
    let body = end - first >= 2 && BODY_NOUNS.contains(&tokens[end - 1].text(text));
    match body {
        true => (first, end, EntityLabel::Org),
        false => (first, end, label),
    }
}

/// "a trawler out of Scarborough", "a house near Hastings": a one-word name on a list of
/// towns or countries, read as a person's after a preposition of place, is the place ("from",
/// "to", "of" are left out: "a call from Johnson").
fn listed_place_not_person(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
) -> (usize, usize, EntityLabel) {
    let place_list = gazetteer::List::City.bit() | gazetteer::List::Country.bit();
    let word = |i: usize| tokens[i].text(text);
    let place = label == EntityLabel::Per
        && end == first + 1
        && first >= 1
        && (matches!(word(first - 1), "in" | "near" | "outside")
            || first >= 2 && word(first - 2) == "out" && word(first - 1) == "of")
        && Gazetteer::get().token(text, &tokens[first]).lists() & place_list != 0
        && tokens
            .get(end)
            .is_none_or(|t| !matches!(t.text(text), "'s" | "’s" | "'" | "’"));
    match place {
        true => (first, end, EntityLabel::Loc),
        false => (first, end, label),
    }
}

/// "The Detective Inspector said", "the King": a person's name of titles alone after an
/// article or a possessive names no one; the person is named elsewhere ("King" alone, with no
/// article, stays a surname).
fn is_title_alone(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
) -> bool {
    if label != EntityLabel::Per {
        return false;
    }
    let gazetteer = Gazetteer::get();
    let title =
        |i: usize| gazetteer.token(text, &tokens[i]).lists() & gazetteer::List::Title.bit() != 0;
    // The titles before the name that the tagger left out of it: "the Detective [Inspector]".
    let opening = (0..first).rev().find(|&i| !title(i));
    let is_one_of = |word: &str, list: &[&str]| list.iter().any(|w| word.eq_ignore_ascii_case(w));
    opening.is_some_and(|i| {
        let word = tokens[i].text(text);
        is_one_of(word, &["the", "a", "an", "its"]) || is_one_of(word, PERSONAL_POSSESSIVES)
    }) && (first..end).all(title)
}

/// The possessives of people, before a relative or a title: "her father", "his wife".
const PERSONAL_POSSESSIVES: &[&str] = &["his", "her", "their", "our", "my", "your"];

/// "Trinity House, which runs the lighthouse, said": a person is "who", never "which"; a name
/// read as a person's that a relative clause with "which" describes is an organisation's.
fn described_by_which(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
) -> (usize, usize, EntityLabel) {
    let which = label == EntityLabel::Per
        && tokens.get(end).is_some_and(|t| t.text(text) == ",")
        && tokens.get(end + 1).is_some_and(|t| t.text(text) == "which");
    match which {
        true => (first, end, EntityLabel::Org),
        false => (first, end, label),
    }
}

/// Last words of the name of a street or of a feature of the land.
const PLACE_HEAD_WORDS: &[&str] = &[
    "Avenue",
    "Boulevard",
    "Close",
    "Crescent",
    "Drive",
    "Grove",
    "Lane",
    "Mews",
    "Road",
    "Square",
    "Street",
    "Terrace",
    "Way",
    "Canal",
    "Estuary",
    "Forest",
    "Gorge",
    "Moor",
    "Moors",
    "Mountains",
    "Peninsula",
    "Reservoir",
    "Valley",
];

/// Who sits for a seat, written before "for" and its name: "the member for Teifi Vale".
const MEMBERS_FOR: &[&str] = &[
    "member",
    "Member",
    "MP",
    "MSP",
    "MEP",
    "MLA",
    "MS",
    "AM",
    "TD",
    "councillor",
    "Councillor",
];

/// First words of the name of a feature of the land: "Loch Ardan", "Mount Kenya".
const PLACE_OPENING_WORDS: &[&str] = &["Loch", "Lough", "Lake", "Mount", "Isle", "Cape"];

/// The tagger reads "of Mill Lane, Stockport" or "its Dalby Forest station" as a person
/// ("Lane", "Close" are surnames): a person's name that ends in a street's or a landscape's
/// word, with no given name before it, is the place. "Diane Lane", "Glenn Close" stay people.
/// So is one that opens with a landscape's word, "Loch Ardan", and the seat a member sits
/// for, "the member for Teifi Vale", "MP for North Wealdshire".
fn place_not_person(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
) -> (usize, usize, EntityLabel) {
    let gazetteer = Gazetteer::get();
    let given_name = |token: &Token| {
        gazetteer.token(text, token).lists() & gazetteer::List::FirstName.bit() != 0
    };
    let a_seat = first >= 2
        && tokens[first - 1].text(text) == "for"
        && MEMBERS_FOR.contains(&tokens[first - 2].text(text));
    let place = label == EntityLabel::Per
        && (a_seat
            || end - first >= 2
                && (PLACE_HEAD_WORDS.contains(&tokens[end - 1].text(text))
                    && !tokens[first..end - 1].iter().any(given_name)
                    || PLACE_OPENING_WORDS.contains(&tokens[first].text(text))));
    match place {
        true => (first, end, EntityLabel::Loc),
        false => (first, end, label),
    }
}

/// Faiths' followers and peoples with no country of their own, which the demonym list (from
/// countries) lacks.
const FAITHS_AND_PEOPLES: &[&str] = &[
    "Alawite",
    "Anglican",
    "Baptist",
    "Bedouin",
    "Berber",
    "Buddhist",
    "Catholic",
    "Christian",
    "Copt",
    "Evangelical",
    "Hindu",
    "Hutu",
    "Jew",
    "Kurd",
    "Methodist",
    "Mormon",
    "Muslim",
    "Pashtun",
    "Protestant",
    "Rohingya",
    "Shiite",
    "Sikh",
    "Sunni",
    "Tamil",
    "Tutsi",
    "Uighur",
    "Uyghur",
    "Yazidi",
];

/// The tagger reads "Muslims and Sikhs were attacked", "Rohingya Muslims fled" as people or a
/// place: the plural of a faith's followers or a people's members ([`FAITHS_AND_PEOPLES`],
/// after another such word) is MISC, as CoNLL marks "Muslims".
fn faith_or_people_not_name(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
) -> (usize, usize, EntityLabel) {
    let listed = |word: &str| FAITHS_AND_PEOPLES.contains(&word);
    // The plural only: "Mr. Baptist said" is a person.
    let members = label != EntityLabel::Misc
        && end - first <= 2
        && tokens[first..end - 1].iter().all(|t| listed(t.text(text)))
        && tokens[end - 1]
            .text(text)
            .strip_suffix('s')
            .is_some_and(listed);
    match members {
        true => (first, end, EntityLabel::Misc),
        false => (first, end, label),
    }
}

/// The tagger reads "Chelsea won 3-1", "drew 1-1 with Chelsea" as a person: a club named for
/// a place, or a given name, reads as one. A name of one word that is a given name or a place
/// and no surname ("Murray won 6-4" is the player), beside a verb or preposition of a result
/// in a sentence with a score, is the club. "Chelsea Clinton" and "Chelsea said" stay. So is
/// a one-word name that takes a plural verb, as British copy gives teams and bands ("Chelsea
/// are top", "Everton were held", "Napoli have agreed a fee"): one person is never "are" ("if
/// Clinton were" is a subjunctive, not a plural).
fn club_not_person(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
    has_a_score: &std::cell::OnceCell<bool>,
) -> (usize, usize, EntityLabel) {
    use gazetteer::List;
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let lists = || Gazetteer::get().tokens(text, &tokens[first..end]).lists();
    let club_name = || {
        let lists = lists();
        lists & (List::FirstName.bit() | List::City.bit()) != 0 && lists & List::Surname.bit() == 0
    };
    let result = matches!(
        word(end),
        "won" | "beat" | "drew" | "lost" | "led" | "trailed" | "thrashed"
    ) || first
        .checked_sub(1)
        .is_some_and(|before| matches!(word(before), "beat" | "to" | "with" | "against" | "over"));
    let score = |i: usize| {
        tokens[i].kind == TokenKind::Number
            && matches!(word(i + 1), "-" | "–")
            && tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && tokens[i].span.end == tokens[i + 1].span.start
            && tokens[i + 1].span.end == tokens[i + 2].span.start
    };
    // The subject of its clause: after a stop, a quotation mark or a conjunction that opens
    // one, not "by Michel are these letters" nor "Tom and Mendes are".
    let opens_a_clause = |w: &str| {
        !w.starts_with(|c: char| c.is_alphanumeric() || matches!(c, ',' | '&'))
            || matches!(
                w,
                "but" | "as" | "while" | "when" | "after" | "because" | "since" | "now" | "so"
            )
    };
    let plural = matches!(word(end), "are" | "were" | "have")
        && word(end + 1) != "to"
        && opens_a_clause(first.checked_sub(1).map_or("", word));
    let club = label == EntityLabel::Per
        && end == first + 1
        && (plural
            || result && *has_a_score.get_or_init(|| (0..tokens.len()).any(score)) && club_name());
    match club {
        true => (first, end, EntityLabel::Org),
        false => (first, end, label),
    }
}

/// "Leicester City", "Ipswich Town": a town's name and "City" or "Town" that no list has as a
/// place ("Mexico City", "Cape Town" are) is the town's football club, which the tagger reads
/// as the place.
fn town_club_not_place(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
) -> (usize, usize, EntityLabel) {
    let gazetteer = Gazetteer::get();
    let lists = |span: &[Token]| gazetteer.tokens(text, span).lists();
    let club = end == first + 2
        && matches!(tokens[first + 1].text(text), "City" | "Town")
        && lists(&tokens[first..first + 1]) & gazetteer::List::City.bit() != 0
        && lists(&tokens[first..end]) & gazetteer::PLACE_LISTS == 0;
    match club {
        true => (first, end, EntityLabel::Org),
        false => (first, end, label),
    }
}

/// "Calder, Marren and Hollins counties": the names listed before a plural noun of a kind of
/// place are places, where the tagger read one as a person ("Marren"); an adjective stays one
/// ("the Arab states").
fn places_listed_before_their_kind(
    text: &str,
    tokens: &[Token],
    mut chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    // The list runs back from the name before the noun over ", " and "and" / "or".
    let mut list_starts_at: Option<usize> = None;
    for at in (0..chunks.len()).rev() {
        let (first, end, label) = chunks[at];
        let in_list = match list_starts_at {
            Some(next_first) => match next_first.saturating_sub(end) {
                1 => matches!(word(end), "," | "and" | "or"),
                2 => word(end) == "," && matches!(word(end + 1), "and" | "or"),
                _ => false,
            },
            None => PLURAL_PLACE_KINDS.contains(&word(end)),
        };
        list_starts_at = in_list.then_some(first);
        if in_list && label == EntityLabel::Per {
            chunks[at].2 = EntityLabel::Loc;
        }
    }
    chunks
}

/// Plural nouns of kinds of place, read after a list of their names.
const PLURAL_PLACE_KINDS: &[&str] = &[
    "counties",
    "states",
    "provinces",
    "districts",
    "boroughs",
    "parishes",
    "regions",
    "islands",
    "valleys",
];

/// "a psychiatrist at the Government Hospital for Mental Care, Erragadda, said": one word set
/// off by commas right after an organisation's name is where the organisation is, which the
/// tagger, never having seen the place, reads as a person's surname. Not in a list of names,
/// "Given, Breen, Staunton, Irwin, McAteer", where the name after it is another. So too after
/// an address's street, "Lewis Carden, 29, of Hatherley Road, Dunmore, denied": its town.
fn towns_set_off_after_a_body_or_street(
    text: &str,
    tokens: &[Token],
    mut chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let comma = |i: usize| tokens.get(i).is_some_and(|t| t.text(text) == ",");
    for at in 1..chunks.len() {
        let (before_first, before_end, before) = chunks[at - 1];
        let (first, end, label) = chunks[at];
        let listed_next = chunks.get(at + 1).is_some_and(|next| next.0 == end + 1);
        let address = before == EntityLabel::Loc
            && before_first
                .checked_sub(1)
                .is_some_and(|of| tokens[of].text(text) == "of");
        let place = (before == EntityLabel::Org || address)
            && !listed_next
            && label == EntityLabel::Per
            && end == first + 1
            && first == before_end + 1
            && comma(before_end)
            && (comma(end) || tokens.get(end).is_some_and(|t| t.text(text) == "."));
        if place {
            chunks[at].2 = EntityLabel::Loc;
        }
    }
    chunks
}

/// "SAN FRANCISCO — Shares fell", "LOS ANGELES (AP) —": a dateline's city, in capitals at the
/// sentence's start before a dash, a bracket or a comma, is a place, where the tagger, reading
/// capitals as an acronym's, says an organisation. A listed place: not "NASA — The agency
/// said", nor a wire slug, "RUGBY UNION - LYNAGH SEALS VICTORY". A city whose name begins with
/// the article, "THE HAGUE (Reuters) —", takes it back from the tagger, which leaves it out.
fn dateline_place(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
) -> (usize, usize, EntityLabel) {
    let capitals = |t: &Token| {
        t.kind == TokenKind::Word
            && t.text(text).chars().any(char::is_uppercase)
            && !t.text(text).chars().any(char::is_lowercase)
    };
    let start = match first == 1 && tokens[0].text(text) == "THE" {
        true => 0,
        false => first,
    };
    let dateline = start == 0
        && label != EntityLabel::Loc
        && tokens[..end].iter().all(capitals)
        && tokens
            .get(end)
            .is_some_and(|t| matches!(t.text(text), "—" | "–" | "-" | "(" | ","))
        && {
            Gazetteer::get().tokens(text, &tokens[start..end]).lists() & gazetteer::PLACE_LISTS != 0
        };
    match dateline {
        true => (start, end, EntityLabel::Loc),
        false => (first, end, label),
    }
}

/// "Van driver jailed", "a Kestle farmer", "Williams driver Damon Hill": a one-word name right
/// before a lower-case noun of a trade ([`roles::PERSON_NOUNS`]) says where the person works or
/// lives, and is not the person: one that opens its sentence (whose capital says nothing, "Van"
/// is a town too) is no name, a listed place is the place, and another is an organisation.
fn trade_modifier_not_person(
    text: &str,
    tokens: &[Token],
    prose_start: usize,
    (first, end, label): (usize, usize, EntityLabel),
) -> Option<(usize, usize, EntityLabel)> {
    let trade = label == EntityLabel::Per
        && end == first + 1
        && tokens.get(end).is_some_and(|noun| {
            noun.span.start == tokens[first].span.end + 1
                && roles::PERSON_NOUNS.contains(&noun.text(text))
        });
    if !trade {
        return Some((first, end, label));
    }
    let place =
        || Gazetteer::get().token(text, &tokens[first]).lists() & gazetteer::PLACE_LISTS != 0;
    if opens_sentence(text, tokens, prose_start, first) {
        None
    } else if place() {
        Some((first, end, EntityLabel::Loc))
    } else {
        Some((first, end, EntityLabel::Org))
    }
}

/// "PORT HALIM — Salvors will make a fresh attempt", "Ramblers say the path is closed": a
/// word that opens its sentence and reads as a plural noun — the plural of a common word, or
/// of a doer's noun in "-er" or "-or" — before a word in lower case is read by the tagger as a
/// person's name it has never seen; on no list of given names or surnames ("Rogers will …"
/// stays), it is no name. Not before a number: a table's line ("Couples 73 68") names a player.
fn is_plural_noun_opening(
    text: &str,
    tokens: &[Token],
    prose_start: usize,
    (first, end, label): (usize, usize, EntityLabel),
) -> bool {
    let gazetteer = Gazetteer::get();
    let word = tokens[first].text(text);
    let names = gazetteer::List::FirstName.bit() | gazetteer::List::Surname.bit();
    let plural = || {
        let singular = word.strip_suffix('s').filter(|s| !s.ends_with('s'));
        singular.is_some_and(|singular| {
            singular.ends_with("er")
                || singular.ends_with("or")
                || with_lower(singular, |lower| gazetteer.phrase(lower).common())
        })
    };
    label == EntityLabel::Per
        && end == first + 1
        && tokens[first].kind == TokenKind::Word
        && opens_sentence(text, tokens, prose_start, first)
        && tokens.get(end).is_some_and(|next| {
            next.kind == TokenKind::Word && next.text(text).starts_with(char::is_lowercase)
        })
        && plural()
        && gazetteer.token(text, &tokens[first]).lists() & names == 0
}

/// Whether the token at `first` opens its sentence, or the sentence after its dateline
/// ("PORT HALIM — Salvors will …", "KELSO (Reuters) - Rescuers …"): nothing before it but a
/// dash after words in capitals and what brackets hold, that is, the dash comes no later than
/// `prose_start` ([`prose_start`]).
fn opens_sentence(text: &str, tokens: &[Token], prose_start: usize, first: usize) -> bool {
    let Some(dash) = first.checked_sub(1) else {
        return true;
    };
    matches!(tokens[dash].text(text), "—" | "–" | "-") && dash <= prose_start
}

/// The index of the sentence's first word with a lower-case letter outside brackets (the
/// number of tokens if none): where a dateline ("KELSO (Reuters) -") has ended. Read once per
/// sentence, so that a 1 MB line of names after dashes stays linear.
fn prose_start(text: &str, tokens: &[Token]) -> usize {
    let mut bracketed = false;
    tokens
        .iter()
        .position(|t| {
            let word = t.text(text);
            match word {
                "(" => bracketed = true,
                ")" => bracketed = false,
                _ => {}
            }
            !bracketed && t.kind == TokenKind::Word && word.chars().any(char::is_lowercase)
        })
        .unwrap_or(tokens.len())
}

/// Nouns that head an institution's name and take what it is for after a preposition: "Centers
/// for Disease Control and Prevention", "Committee to Protect Journalists", "Council on Foreign
/// Relations".
const INSTITUTION_HEADS: &[&str] = &[
    "Academy",
    "Administration",
    "Agency",
    "Alliance",
    "Association",
    "Authority",
    "Board",
    "Bureau",
    "Campaign",
    "Center",
    "Centers",
    "Centre",
    "Centres",
    "Coalition",
    "College",
    "Commission",
    "Committee",
    "Council",
    "Department",
    "Directorate",
    "Federation",
    "Foundation",
    "Fund",
    "Institute",
    "Institution",
    "League",
    "Ministry",
    "Movement",
    "Network",
    "Office",
    "Organisation",
    "Organization",
    "Party",
    "School",
    "Secretariat",
    "Service",
    "Society",
    "Tribunal",
    "Trust",
    "Union",
    "University",
];

/// The heads of government departments, whose names list their remit: "Department of Health
/// and Social Care", "Department for Digital, Culture, Media and Sport". The attribution layer
/// reads them too, to keep such a name whole in a source.
pub(crate) const DEPARTMENT_HEADS: &[&str] = &["Department", "Ministry", "Bureau", "Office"];

/// Whether `word` is a nationality or a people's name on the gazetteer's list, "German",
/// "Afghans".
pub(crate) fn is_demonym(word: &str) -> bool {
    with_lower(word, |lower| {
        Gazetteer::get().contains(lower, gazetteer::List::Demonym)
    })
}

/// Whether `word` is on the gazetteer's list of given names ("Dolores", "Martin").
pub(crate) fn is_given_name(word: &str) -> bool {
    with_lower(word, |lower| {
        Gazetteer::get().contains(lower, gazetteer::List::FirstName)
    })
}

/// Whether `word` is on the list of people's titles ("Councillor", "Ms", "Coach").
pub(crate) fn is_title_word(word: &str) -> bool {
    with_lower(word, |lower| {
        Gazetteer::get().contains(lower, gazetteer::List::Title)
    })
}

/// The tagger, trained on names it saw, misses institutions named in common words: "the Centers
/// for Disease Control and Prevention", "the Committee to Protect Journalists", and cuts "the
/// Council on Foreign Relations" at "on". A capitalised head of [`INSTITUTION_HEADS`], a
/// preposition and capitalised words (joined by "and", "of", "the": not "in Göttingen"; no
/// date, "the Council on Friday"; not a place or person, "University on Long Island") are
/// one organisation's name, with the capitalised words and the name right before the head
/// ("National Institute for …", "Max Planck Institute for …"). A name the run would reach by
/// "and" is the next one ("… Fiscal Studies and Oxfam"), but a department's remit in common
/// words is its own ([`DEPARTMENT_HEADS`]: "… of Housing and Urban Development", "… for
/// Environment, Food and Rural Affairs"), and a Title-Case headline
/// ([`is_title_case`]: "Council on Track to Pass Budget") is left alone.
fn with_institution_names(
    text: &str,
    tokens: &[Token],
    mut chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    // A date is when, not what for: "the Council on Friday", "the Commission in May".
    let capitalised = |i: usize| {
        tokens.get(i).is_some_and(|t| is_capitalised_word(text, t)) && !is_calendar_word(word(i))
    };
    let has_heads = (0..tokens.len()).any(|i| {
        INSTITUTION_HEADS.contains(&word(i))
            && matches!(word(i + 1), "for" | "on" | "to" | "against" | "of")
            && capitalised(i + 2)
    });
    if !has_heads {
        return chunks;
    }
    if is_title_case(text, tokens) {
        return chunks;
    }
    let chunk_at = |chunks: &[(usize, usize, EntityLabel)], i: usize| {
        chunks
            .iter()
            .position(|&(first, end, _)| first <= i && i < end)
    };
    let mut head = 0;
    while head < tokens.len() {
        let preposition = head + 1;
        // A place or a person after it is where or whom: "University on Long Island".
        let place_or_person = |i: usize| {
            chunk_at(&chunks, i)
                .is_some_and(|at| matches!(chunks[at].2, EntityLabel::Loc | EntityLabel::Per))
        };
        if !(INSTITUTION_HEADS.contains(&word(head))
            && matches!(word(preposition), "for" | "on" | "to" | "against" | "of")
            && capitalised(preposition + 1)
            && !place_or_person(preposition + 1))
        {
            head += 1;
            continue;
        }
        let department = DEPARTMENT_HEADS.contains(&word(head));
        // A department's remit, in capitalised common words the tagger may read as a name of
        // its own: "… of Health and Social Care", "… of Housing and Urban Development" (a
        // word before the last may also be a surname, "Urban"); not "… and Goldman Sachs".
        let lookup = |i: usize| Gazetteer::get().phrase(&word(i).to_lowercase());
        let remit = |at: usize| {
            let (first, end, label) = chunks[at];
            let not_a_place_or_given_name = |i: usize| {
                lookup(i).lists() & (gazetteer::PLACE_LISTS | gazetteer::List::FirstName.bit()) == 0
            };
            department
                && label == EntityLabel::Org
                && end - first >= 2
                && lookup(end - 1).common()
                && (first..end)
                    .all(|i| capitalised(i) && (lookup(i).common() || not_a_place_or_given_name(i)))
        };
        // "… for Environment, Food and Rural Affairs", "… of Alcohol, Tobacco, Firearms and
        // Explosives": a department's remit listed with commas, closed by "and"; its items
        // are no other name (the tagger may have read some with the head's).
        let own_chunk = chunk_at(&chunks, head);
        let item = |i: usize| {
            capitalised(i) && chunk_at(&chunks, i).is_none_or(|at| Some(at) == own_chunk)
        };
        let listed_remit = |comma: usize| {
            if !department {
                return false;
            }
            let mut at = comma;
            while word(at) == "," && item(at + 1) {
                at += 2;
                if item(at) {
                    at += 1;
                }
            }
            at > comma && word(at) == "and"
        };
        // The words after the preposition: capitalised, or joining two capitalised ones.
        let mut end = preposition + 2;
        loop {
            let joined = match word(end) {
                "and" | "&" => 1,
                "of" | "for" | "on" => 1 + usize::from(word(end + 1) == "the"),
                "," if listed_remit(end) => 1,
                _ if capitalised(end) => {
                    end += 1;
                    continue;
                }
                _ => break,
            };
            let next = end + joined;
            let own_name = matches!(word(end), "and" | "&")
                && chunk_at(&chunks, next).is_some_and(|at| !remit(at));
            if !capitalised(next) || own_name {
                break;
            }
            end = next;
        }
        // The words before the head: a name ending there, or free capitalised words.
        let mut first = head;
        match chunk_at(&chunks, head)
            .or_else(|| head.checked_sub(1).and_then(|b| chunk_at(&chunks, b)))
        {
            Some(at) => first = first.min(chunks[at].0),
            None => {
                while first > 0 && capitalised(first - 1) && !matches!(word(first - 1), "The") {
                    first -= 1;
                }
            }
        }
        // Only names wholly inside the new one give way to it.
        let overlapping: Vec<usize> = (0..chunks.len())
            .filter(|&at| chunks[at].0 < end && first < chunks[at].1)
            .collect();
        if overlapping.iter().all(|&at| chunks[at].1 <= end) {
            chunks.retain(|&(f, e, _)| !(f < end && first < e));
            let at = chunks.partition_point(|&(f, _, _)| f < first);
            chunks.insert(at, (first, end, EntityLabel::Org));
        }
        head = end;
    }
    chunks
}

/// The tagger reads "Oxfam said", "Rolls-Royce said on Tuesday it would …" as a person: it
/// knows few organisations by name, and one word before "said" is most often a surname. A
/// name on the list of well-known organisations (`data/ner/gazetteers/organisations.txt`) is
/// the organisation, whatever label the tagger gave it, but in the title of a work ("Ghost in
/// the Shell", read as MISC after "the"); so is a name that ends one, with the words before it
/// that no other name holds ("Save the Children", read as "Children"). Where the document
/// names a person of that surname in full, grouping still joins the two ("Dell" after
/// "Michael Dell"). A listed name and a country after it is the organisation's branch there.
/// A listed name that ends a person's after a nationality's or an organisation's word is the
/// organisation's full name, "Royal Dutch Shell".
fn with_listed_organisations(
    text: &str,
    tokens: &[Token],
    mut chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    // The longest listed name is "Friends of the Earth": three words before the one tagged.
    const WORDS_BEFORE: usize = 3;
    let gazetteer = Gazetteer::get();
    for at in 0..chunks.len() {
        let free_from = at.checked_sub(1).map_or(0, |before| chunks[before].1);
        let (first, end, label) = &mut chunks[at];
        let title = *label == EntityLabel::Misc
            && first
                .checked_sub(1)
                .is_some_and(|before| matches!(tokens[before].text(text), "the" | "The"));
        // An organisation's name takes only the words before it ("Office" of "Met Office").
        let organisation = *label == EntityLabel::Org;
        let from = first.saturating_sub(WORDS_BEFORE).max(free_from);
        let listed_to = |to: usize| {
            (from..=*first)
                .rev()
                .filter(|&start| start < *first || !(title || organisation))
                .find(|&start| gazetteer.tokens(text, &tokens[start..to]).organisation())
        };
        // A national branch: "Friends of the Earth Netherlands".
        let country = |at: usize| {
            gazetteer.tokens(text, &tokens[at..*end]).lists() & gazetteer::List::Country.bit() != 0
        };
        let listed = listed_to(*end).or_else(|| {
            (*first + 1..*end)
                .filter(|&to| country(to))
                .find_map(listed_to)
        });
        // "Royal Dutch Shell said": a listed name that ends a person's, after a nationality,
        // country or organisation's word that is no given name, is the organisation's full
        // name ("Michael Dell" stays a person).
        let names_a_body = |token: &Token| {
            use gazetteer::List;
            let lists = gazetteer.token(text, token).lists();
            let body = List::Demonym.bit() | List::Country.bit() | List::OrgWord.bit();
            lists & body != 0 && lists & List::FirstName.bit() == 0
        };
        let full_name = || {
            *label == EntityLabel::Per
                && (*first + 1..*end).any(|start| {
                    gazetteer.tokens(text, &tokens[start..*end]).organisation()
                        && tokens[*first..start].iter().any(names_a_body)
                })
        };
        if let Some(start) = listed {
            (*first, *label) = (start, EntityLabel::Org);
        } else if full_name() {
            *label = EntityLabel::Org;
        }
    }
    with_untagged_listed_organisations(text, tokens, chunks)
}

/// The tagger misses a listed organisation at a sentence's start ("Ofwat fined", "Network
/// Rail said"): a listed name that no name holds and that begins with a capital is the
/// organisation. Not inside a run of capitals (a longer name, or a Title-Case headline's),
/// nor a name of one common word beginning a sentence ("Boots were found").
fn with_untagged_listed_organisations(
    text: &str,
    tokens: &[Token],
    chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    // The longest listed name, "Friends of the Earth", has four words.
    const LONGEST: usize = 4;
    let gazetteer = Gazetteer::get();
    let capitalised = |i: usize| tokens.get(i).is_some_and(|t| is_capitalised_word(text, t));
    let word = |i: usize| tokens[i].text(text);
    let mut found = Vec::new();
    // The first name that ends after `at`.
    let mut next = 0;
    let mut at = 0;
    while at < tokens.len() {
        while next < chunks.len() && chunks[next].1 <= at {
            next += 1;
        }
        let free_to = chunks.get(next).map_or(tokens.len(), |chunk| chunk.0);
        if free_to <= at {
            at = chunks[next].1;
            continue;
        }
        let run_before = at > 0 && capitalised(at - 1) && !matches!(word(at - 1), "The" | "A");
        let common = at == 0 && with_lower(word(at), |lower| gazetteer.phrase(lower).common());
        let listed = match capitalised(at) && !run_before {
            true => (at + 1..=free_to.min(at + LONGEST))
                .rev()
                .find(|&end| gazetteer.tokens(text, &tokens[at..end]).organisation()),
            false => None,
        };
        match listed {
            Some(end) if !(capitalised(end) || common && end == at + 1) => {
                found.push((at, end, EntityLabel::Org));
                at = end;
            }
            _ => at += 1,
        }
    }
    with_found_names(chunks, found)
}

/// How a capital inside a word marks a brand, almost never a person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BrandShape {
    /// After a lower-case letter, before a letter: "PayPal", "BlackRock", "OpenAI".
    InnerCapital,
    /// Capitals that run into a lower-case word: "JPMorgan".
    CapitalsRun,
}

/// The [`BrandShape`] of `word`, if any. Surnames and given names written with an inner
/// capital begin with a prefix ("McGrath", "MacLean", "DeFreitas", "LeBron", "FitzGibbon"),
/// in each part of a hyphenated name ("Schultz-McCarthy"): those are no brand.
fn brand_shape(word: &str) -> Option<BrandShape> {
    const PREFIXES: &[&str] = &[
        "Mc", "Mac", "De", "Di", "Da", "Du", "Ja", "La", "Le", "Van", "Von", "Fitz",
    ];
    word.split(['-', '\'', '’']).find_map(|part| {
        let bytes = part.as_bytes();
        (1..bytes.len()).find_map(|i| {
            let shape = match (bytes[i].is_ascii_uppercase(), bytes[i - 1]) {
                (false, _) => return None,
                // Followed by a letter: not a letter and a combining accent ("FranA\u{303}ois").
                (true, before)
                    if before.is_ascii_lowercase()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) =>
                {
                    BrandShape::InnerCapital
                }
                (true, before)
                    if before.is_ascii_uppercase()
                        && i >= 2
                        && bytes[i - 2].is_ascii_uppercase()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase) =>
                {
                    BrandShape::CapitalsRun
                }
                _ => return None,
            };
            // `i` is at an ASCII capital: a char boundary.
            (!PREFIXES.contains(&&part[..i])).then_some(shape)
        })
    })
}

/// A word (not a number or punctuation) that begins with a capital.
fn is_capitalised_word(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Word && token.text(text).starts_with(char::is_uppercase)
}

/// Punctuation that cannot begin or end a name: quote marks, separators and brackets not
/// closed (or opened) inside it. ("[Galois" → "Galois"; "Proleter (Z)" and "C$" stay.)
fn is_edge_junk(text: &str, token: &Token, name: &[Token]) -> bool {
    if token.kind != TokenKind::Punct {
        return false;
    }
    let has = |mark: &str| name.iter().any(|t| t.text(text) == mark);
    match token.text(text) {
        "(" => !has(")"),
        ")" => !has("("),
        "[" => !has("]"),
        "]" => !has("["),
        "\"" | "'" | "“" | "”" | "‘" | "’" | "«" | "»" | "," | ";" | ":" => true,
        // Table pipes and separators the tagger ran into a name ("| President | Putin").
        "|" | "/" | "\\" | "-" | "–" | "—" | "•" | "·" | "*" => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quantifier_opening_the_sentence_is_no_part_of_a_name() {
        let names = |sentence: &str| -> Vec<String> {
            let tokens = crate::text::tokenize(sentence, Span::new(0, sentence.len()));
            tag_sentence(sentence, &tokens)
                .into_iter()
                .map(|t| t.span.slice(sentence).to_owned())
                .collect()
        };
        for (sentence, name) in [
            ("Many Thornbury shops closed early.", "Thornbury"),
            ("Many Vale supporters had called for change.", "Vale"),
        ] {
            assert_eq!(names(sentence), [name], "{sentence}");
        }
        // A team whose name opens with such a word keeps it.
        let team = "All Blacks captain Sam Cane spoke.";
        assert!(
            names(team).contains(&"All Blacks".to_owned()),
            "{:?}",
            names(team)
        );
    }

    #[test]
    fn brands_are_written_with_a_capital_inside_a_word() {
        for brand in [
            "PayPal",
            "BlackRock",
            "LinkedIn",
            "GlaxoSmithKline",
            "OpenAI",
        ] {
            assert_eq!(
                brand_shape(brand),
                Some(BrandShape::InnerCapital),
                "{brand}"
            );
        }
        assert_eq!(brand_shape("JPMorgan"), Some(BrandShape::CapitalsRun));
        for name in [
            "McGrath",
            "MacLean",
            "DeFreitas",
            "LeBron",
            "FitzGibbon",
            "Schultz-McCarthy",
            "O'Neill",
            "NATO",
            "Smith",
            "FranA\u{303}",
        ] {
            assert_eq!(brand_shape(name), None, "{name}");
        }
    }
}
