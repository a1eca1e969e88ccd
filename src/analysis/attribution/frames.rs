//! Reporting frames inside one unit of prose (a sentence, or the sentences one quotation spans):
//! a cue ("said", "according to", a speaker label's colon), its source and its content.
//!
//! Everything here looks at one unit only, so it can move into the cached block stage. Words
//! inside quotation marks are the speaker's, never the reporter's: cues and sources are looked
//! for outside them.

use super::cues::{
    ascii_lowercase, reports_words_said, stirs_a_feeling, CueKind, CueWord, Lexicon, VerbForm,
    CONCEDED_IN_A_GAME, LONGEST_LISTED_WORD,
};
use super::NOUN_PHRASE_OPENERS;
use crate::analysis::claims::{in_phrase, is_document, EASE_ADJECTIVES, SAYING_IDIOMS};
use crate::analysis::entities::DEPARTMENT_HEADS;
use crate::analysis::Span;
use crate::text::{calendar, ends_in_single_s, TokenKind, TITLE_CASE_MINOR_WORDS};

#[derive(Debug, Clone, Copy)]
pub struct Word<'t> {
    pub span: Span,
    pub text: &'t str,
    pub kind: TokenKind,
    /// Inside an outermost quotation, marks included.
    pub quoted: bool,
}

impl Word<'_> {
    pub(super) fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    /// Whether the word, lower-cased as [`ascii_lowercase`] reads it, is in `list`. Asked
    /// hundreds of times of each word: an ASCII word is compared byte by byte against the
    /// entries of its length, not copied first.
    pub(super) fn is_one_of(&self, list: &[&str]) -> bool {
        let word = self.text.as_bytes();
        if self.text.is_ascii() {
            return word.len() <= LONGEST_LISTED_WORD
                && list.iter().any(|entry| {
                    entry.len() == word.len()
                        && (entry.bytes().zip(word)).all(|(e, w)| e == w.to_ascii_lowercase())
                });
        }
        let mut buffer = [0u8; LONGEST_LISTED_WORD];
        ascii_lowercase(self.text, &mut buffer).is_some_and(|lower| list.contains(&lower))
    }

    /// Days and months: capitalised, but not a speaker ("early Friday saying").
    fn is_calendar_word(&self) -> bool {
        self.is_one_of(calendar::WEEKDAYS) || self.is_one_of(calendar::MONTHS)
    }

    /// "on Friday", "in a statement", "earlier this week", "Tuesday": the first word of a time or
    /// place set beside a cue, not of a reported clause.
    fn opens_setting(&self) -> bool {
        const SETTING_OPENERS: &[&str] = &[
            "on", "in", "at", "during", "earlier", "later", "last", "this",
        ];
        self.is_one_of(SETTING_OPENERS) || self.is_calendar_word()
    }

    /// An "-ly" adverb ("repeatedly said", "a widely read column"), not one of the nouns that
    /// end so: "The family said", "Fans at the rally said" had no source.
    fn is_ly_adverb(&self) -> bool {
        const LY_NOUNS: &[&str] = &[
            "family",
            "rally",
            "ally",
            "assembly",
            "supply",
            "daily",
            "weekly",
            "monthly",
            "quarterly",
            "anomaly",
            "monopoly",
            "tally",
            "reply",
            "bully",
        ];
        self.is_lowercase_word()
            && self.text.len() > 4
            && self.text.ends_with("ly")
            && !self.is_one_of(LY_NOUNS)
    }

    pub(super) fn is_capitalized(&self) -> bool {
        self.kind == TokenKind::Word && self.text.starts_with(char::is_uppercase)
    }

    pub(super) fn is_lowercase_word(&self) -> bool {
        self.kind == TokenKind::Word && self.text.starts_with(char::is_lowercase)
    }

    pub(super) fn is_punct(&self, marks: &str) -> bool {
        self.kind == TokenKind::Punct && marks.contains(self.text)
    }

    /// "40", "five", "$": a word or sign that opens an amount.
    fn opens_an_amount(&self) -> bool {
        self.is_count() || self.is_punct(CURRENCY_SIGNS)
    }

    /// "40", "five", "a dozen": a word that counts.
    fn is_count(&self) -> bool {
        self.kind == TokenKind::Number
            || self.is_one_of(&[
                "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
                "hundred", "thousand", "million", "billion",
            ])
    }

    pub(super) fn is_possessive(&self) -> bool {
        matches!(self.text, "'s" | "’s" | "'S" | "’S")
            // "the teachers' union": the unit builder makes such an apostrophe a word.
            || self.kind == TokenKind::Word && matches!(self.text, "'" | "’")
    }
}

/// Signs that open an amount ("$2bn"): part of the figure, never edge punctuation.
const CURRENCY_SIGNS: &str = "$£€¥";

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

pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    "some", "many", "several", "another", "other", "each", "every", "no", "any", "both", "all",
    "most", "few",
];
pub(super) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "you"];
/// Members of a party, capitalised but no name: "One Democrat who has advised campaigns".
const PARTY_MEMBERS: &[&str] = &["democrat", "republican", "conservative", "tory", "liberal"];
/// Verbs that give something a name or a description: "called it “a disgrace”", "described
/// the plan as “reckless”".
const NAME_GIVING_VERBS: &[&str] = &["call", "describe", "label", "dub"];
/// Determiners that open a subject before its verb, a possessive or "the": "a charge his
/// campaign called “…”".
const SUBJECT_DETERMINERS: &[&str] = &["his", "her", "their", "its", "our", "my", "the"];
/// What opens the object of "called" when somebody calls something something: "called the
/// evidence “troubling”", "called it “a disgrace”".
const OBJECTS_CALLED: &[&str] = &[
    "the", "his", "her", "their", "its", "it", "him", "them", "this", "that", "these", "those",
];
/// Finite verbs that tell a clause from a noun phrase ("Health worries have dogged her").
pub(super) const FINITE_AUXILIARIES: &[&str] = &[
    "have", "has", "had", "is", "are", "was", "were", "will", "would", "can", "could", "should",
    "may", "might", "must",
];
/// Common past tenses that do not end in "-ed": "Renwick cut a frustrated figure", "stood".
pub(crate) const IRREGULAR_PASTS: &[&str] = &[
    "stood", "sat", "rose", "went", "came", "ran", "fell", "got", "left", "broke", "grew", "lay",
    "knelt", "hung", "swung", "met", "held", "kept", "sent", "took", "made", "gave", "drew",
    "threw", "struck", "shook", "sang", "wore", "became", "began", "led", "won", "lost", "paid",
    "spent", "brought", "bought", "sold", "built", "fought", "caught", "cut", "felt", "put", "saw",
    "spoke", "thought", "heard", "knew", "found", "chose", "hit", "sought", "wrote",
];
pub(crate) const RELATIVE_PRONOUNS: &[&str] = &["who", "which", "that"];
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
/// Verbs whose object can be a gerund ("began talking about", "was shown chanting").
const TAKE_A_GERUND: &[&str] = &[
    "keep", "keeps", "kept", "begin", "begins", "began", "begun", "start", "starts", "started",
    "stop", "stops", "stopped", "heard", "seen", "shown", "caught", "having", "require",
    "requires", "required", "spend", "spends", "spent",
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
    "can",
    "cannot",
    "can't",
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
    "only",
    "didn't",
    "doesn't",
    "don't",
    "won't",
    "wouldn't",
    "couldn't",
    "hasn't",
    "haven't",
    "hadn't",
    "always",
];
/// Verbs whose infinitive mostly tells a purpose or a plan, not what somebody says: "in an
/// attempt to ensure …", "to find the right balance", "to vote on Tuesday" (PolNeAR train).
const INFINITIVES_OF_PURPOSE: &[&str] = &[
    "find",
    "see",
    "speak",
    "vote",
    "avoid",
    "promote",
    "ensure",
    "claim",
    "decide",
    "ask",
    "project",
    "know",
    "oppose",
    "push",
    "challenge",
    "add",
    "offer",
    "back",
    "read",
    "imagine",
    "remind",
    "nominate",
    "understand",
    "remember",
    "present",
    "demonstrate",
    "highlight",
    "defend",
    "support",
    "counter",
    "refuse",
    "press",
    "suggest",
    "emphasize",
];
/// Quantifiers that stand for people as a verb's subject ("Several said", "Some say").
const QUANTIFIER_SUBJECTS: &[&str] = &[
    "some", "many", "several", "most", "few", "all", "both", "others", "another",
];
/// Words before a gerund that make it a reporting verb of the clause's subject ("before asking",
/// "was wrong in saying that", "In describing the plan as …, the minister"; PolNeAR train: a
/// gold cue 32 of the 90 times after "in", none of them found before).
const SUBORDINATORS: &[&str] = &["while", "before", "after", "by", "when", "without", "in"];
/// Auxiliaries that make a base form a verb ("will say", "did not claim").
const AUXILIARIES: &[&str] = &[
    "will", "would", "can", "could", "should", "may", "might", "must", "did", "does", "do", "not",
    "n't", "'ll", "to", "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't", "can't",
];
/// Modal verbs: "will continue", "could say".
pub(crate) const MODALS: &[&str] = &[
    "will", "would", "can", "could", "should", "may", "might", "must", "'ll",
];
/// Words that join two clauses, each with its own attribution.
const CONJUNCTIONS: &[&str] = &[
    "and", "but", "or", "yet", "so", "while", "though", "although", "whereas", "as", "because",
];
/// Punctuation that separates a clause from an attribution.
const DASHES_AND_COMMAS: &str = ",—–―-:;";
/// Plural subjects of a base form that do not end in "s" ("Police say").
const PLURALS_WITHOUT_S: &[&str] = &[
    "police", "people", "media", "public", "staff", "clergy", "children", "men", "women", "data",
];
pub(super) const BE_FORMS: &[&str] = &[
    "is", "was", "were", "are", "been", "being", "be", "'s", "’s", "isn't", "wasn't", "aren't",
    "weren't",
];
const PREPOSITIONS: &[&str] = &[
    "of", "for", "at", "in", "on", "from", "with", "by", "to", "about", "under", "over", "during",
    "into", "within", "without", "against", "among", "between", "through", "across", "near",
    "like", "amid", "despite", "toward", "towards", "upon", "per", "via",
];
/// Prepositions of place that [`PREPOSITIONS`] leaves out: "A notice beneath it reads".
const PLACE_PREPOSITIONS: &[&str] = &[
    "beneath", "below", "above", "behind", "beside", "inside", "outside", "around",
];
/// Nouns of time that end a setting: "this week", "last year", "on Tuesday night".
const TIMES: &[&str] = &[
    "year",
    "week",
    "month",
    "time",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "past",
    "season",
];
/// What a short phrase after the cue starts with when it is an adverbial, not the content
/// ("she said on Friday", "he told reporters in Moscow").
const ADVERBIAL_STARTS: &[&str] = &[
    "over",
    "of",
    "about",
    "on",
    "in",
    "at",
    "during",
    "last",
    "this",
    "earlier",
    "later",
    "after",
    "until",
    "before",
    "yesterday",
    "today",
    "tonight",
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
/// The labels of an interview's turns: the interviewer's question, the interviewee's answer.
pub(super) const QUESTION_LABEL: &str = "Q";
pub(super) const ANSWER_LABEL: &str = "A";
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
    "contributing",
    "byline",
    "twitter",
    "email",
    "revealed",
    "remember",
    "look",
    "exclusive",
    "bombshell",
    "boom",
    "wow",
    "plus",
    "paid",
    "pledged",
    "superdelegates",
    "delegate",
    "question",
    "answer",
    // Kickers that label a story's kind ("Interview: the minister on housing").
    "interview",
    "analysis",
    "opinion",
    "comment",
    "review",
    "explainer",
    "factbox",
    "fact",
    "timeline",
    "live",
    "editorial",
    "obituary",
    "profile",
    "podcast",
    "transcript",
    "preview",
    "recap",
    "sketch",
    "briefing",
    "feature",
    "spotlight",
    "reaction",
    "verdict",
];
/// How many earlier frames a later one can end (see [`clip_before_later_frames`]).
const MAX_FRAMES_RUN_OVER: usize = 4;
/// How far a noun phrase is read from its cue.
const MAX_PHRASE_WORDS: usize = 12;
/// The most words a clause is read over from its cue: the bound keeps frames linear.
const MAX_CLAUSE_WORDS: usize = 120;

/// The frames of one unit, in text order.
pub fn find_frames(words: &[Word], lexicon: &Lexicon) -> Vec<Frame> {
    let mut frames: Vec<Frame> = Vec::new();
    if let Some(label) = speaker_label(words)
        .or_else(|| in_the_view_of(words))
        .or_else(|| in_a_poll(words))
    {
        frames.push(label);
    }
    // "Pat Caddell: Democrat Voters Worried …": after a speaker's label the words are the
    // speaker's, not a headline's verbs.
    let headline = frames.is_empty() && is_headline(words);
    let mut index = 0;
    while index < words.len() {
        let word = words[index];
        let next = index + 1;
        if word.quoted {
            index = next;
            continue;
        }
        if word.is("according") && words.get(next).is_some_and(|w| w.is("to") && !w.quoted) {
            if let Some(frame) = according_to(words, index, next + 1) {
                frames.push(frame);
            }
            index = next + 1;
            continue;
        }
        if word.is("based") && words.get(next).is_some_and(|w| w.is("on") && !w.quoted) {
            if let Some(frame) = based_on(words, index) {
                frames.push(frame);
            }
            index = next + 1;
            continue;
        }
        if word.is("by") && by_estimate(words, index) {
            if let Some(frame) = according_to(words, index, next) {
                frames.push(frame);
            }
            index = next;
            continue;
        }
        if word.is("per") && per_names_source(words, index, headline, &frames) {
            // "as per the contract": "as" is part of the cue.
            let cue_start = index
                .checked_sub(1)
                .filter(|&i| words[i].is("as") && !words[i].quoted)
                .unwrap_or(index);
            if let Some(frame) = according_to(words, cue_start, next) {
                frames.push(frame);
            }
            index = next;
            continue;
        }
        if word.is_punct(":") && index > 0 && words[index - 1].quoted {
            if let Some(frame) = colon_signature(words, index) {
                frames.push(frame);
                index = next;
                continue;
            }
        }
        if word.is_punct("―—–") && index > 0 && words[index - 1].quoted {
            if let Some(frame) = dash_signature(words, index) {
                frames.push(frame);
            }
            index = next;
            continue;
        }
        if word.is_lowercase_word() {
            let frame = claim_noun(words, index)
                .or_else(|| {
                    // A noun spelled like a reporting verb is tried after the verb, below.
                    lexicon
                        .lookup(word.text)
                        .is_none()
                        .then(|| nominal_report(words, index, lexicon))
                        .flatten()
                })
                .or_else(|| {
                    word.is_one_of(SEEM_VERBS)
                        .then(|| seeming(words, index, lexicon))
                        .flatten()
                })
                .or_else(|| word.is("like").then(|| would_like(words, index)).flatten())
                .or_else(|| held_view(words, index))
                .or_else(|| stance_adjective(words, index))
                .or_else(|| {
                    word.is("reportedly")
                        .then(|| reportedly(words, index, lexicon))
                        .flatten()
                })
                .or_else(|| heard_at_a_hearing(words, index));
            if let Some(frame) = frame {
                frames.push(frame);
                index = next;
                continue;
            }
        }
        // "Said Ellis: …" opens a unit with the verb; in a headline a verb is capitalised
        // ("Lindsey Graham Says", "New Poll Shows Minor Post-Debate Bump").
        let verb_position = word.is_lowercase_word()
            || index == 0 && word.kind == TokenKind::Word
            || headline && index > 0 && word.is_capitalized();
        let Some(verb) = verb_position
            .then(|| lexicon.lookup(word.text))
            .flatten()
            .filter(|_| !in_discourse_marker(words, index))
            .filter(|&verb| !is_plural_subject_of_next(words, index, verb, lexicon))
            .filter(|&verb| !is_the_noun_state(words, index, verb))
            .map(|verb| forecast_as_past(words, index, verb))
        else {
            index = next;
            continue;
        };
        let mut cue_end = index;
        let manner = verb.after_quotation && describes_quotation(words, index);
        if let Some(case) = makes_the_case(words, index, verb) {
            cue_end = case;
        } else if verb.particle.is_some() && !manner {
            let Some(at) = particle_at(words, index, verb) else {
                index = next;
                continue;
            };
            cue_end = at;
        } else if verb.after_quotation
            && !manner
            && !introduces_with_colon(words, index, lexicon)
            && !quotes_its_object(words, index, verb)
        {
            index = next;
            continue;
        }
        // "On Sunday, Clinton called on tech companies to …": "on" belongs to the cue, not to a
        // time after it (PolNeAR train: "call on" is a gold cue 40 of 61 times).
        let called_on = verb.lemma == "call"
            && words.get(next).is_some_and(|w| w.is("on") && !w.quoted)
            && words
                .get(next + 1)
                .is_some_and(|w| !w.quoted && !w.is_calendar_word() && !w.is("the"));
        if called_on {
            cue_end = next;
        }
        if plays_a_game(words, verb, cue_end) {
            index = next;
            continue;
        }
        if let Some(frame) = verb_frame(words, index, cue_end, verb, &frames) {
            frames.push(with_preposition_in_cue(words, frame));
        } else if let Some(frame) = nominal_report(words, index, lexicon) {
            // "raised questions about", "his calls for": spelled like a verb, read as a noun.
            frames.push(frame);
        }
        index = cue_end + 1;
    }
    let asides = asides(words);
    end_inside_aside(words, &asides, &mut frames);
    clip_before_later_frames(words, &asides, &mut frames);
    start_after_earlier_quotation(words, &mut frames);
    label_attributed_again(words, &mut frames);
    drop_colon_dateline(words, &mut frames);
    end_inside_question(words, &mut frames);
    drop_nested(words, &mut frames);
    drop_reports_before_dash(words, &mut frames);
    // "Posted 7:30 a.m. Friday": a time of day is no source.
    frames.retain(|frame| {
        frame
            .source
            .is_none_or(|source| !is_clock_time(words, source))
    });
    frames
}

/// "7:30", "9:15 p.m.", "15 p.m." (the minutes of a time split at its colon): a span that is
/// a time of day, its hour (or minutes) and a following ":" and minutes or an "a.m."/"p.m.".
fn is_clock_time(words: &[Word], span: Span) -> bool {
    let first = words.partition_point(|w| w.span.start < span.start);
    let last = words.partition_point(|w| w.span.end <= span.end);
    let Some(inside) = words.get(first..last).filter(|inside| !inside.is_empty()) else {
        return false;
    };
    let number = |w: &Word| w.kind == TokenKind::Number && w.text.len() <= 2;
    let meridiem_part = |w: &Word| {
        w.is_punct(".:")
            || w.kind == TokenKind::Number
            || ["a", "p", "m", "am", "pm", "a.m", "p.m", "a.m.", "p.m."]
                .iter()
                .any(|m| w.text.eq_ignore_ascii_case(m))
    };
    if !number(&inside[0]) || !inside.iter().all(meridiem_part) {
        return false;
    }
    let letters: String = (inside.iter().map(|w| w.text))
        .collect::<String>()
        .to_ascii_lowercase()
        .replace('.', "");
    let meridiem = letters.ends_with("am") || letters.ends_with("pm");
    let minutes_after = words.get(last).is_some_and(|w| w.is_punct(":"))
        && words
            .get(last + 1)
            .is_some_and(|w| w.kind == TokenKind::Number);
    meridiem || minutes_after
}

/// "the Indiana state firefighters union", "state Sen. Pat Miller", "the state's party
/// convention", "a heavily Democratic state.": "state" is the noun before a possessive, before a
/// bare noun ("state officials"), as the base form before a capitalised title, or right after
/// a capitalised word that is no plural. The verb takes an object with a determiner, "that",
/// "to", a preposition or an adverb ("the document states that", "They state their goal",
/// "the Saudis state in the paper", "“…,” the ad states.").
fn is_the_noun_state(words: &[Word], index: usize, verb: CueWord) -> bool {
    // "stated", "stating there was": only "state" and "states" are also the noun.
    if verb.lemma != "state" || !matches!(verb.form, VerbForm::Base | VerbForm::ThirdPerson) {
        return false;
    }
    let base = verb.form == VerbForm::Base;
    let after_a_name = base
        && index.checked_sub(1).is_some_and(|i| {
            let before = &words[i];
            !before.quoted
                && before.is_capitalized()
                && !ends_in_single_s(before.text)
                && !before.is_one_of(SUBJECT_PRONOUNS)
                && !before.is_one_of(RELATIVE_PRONOUNS)
        });
    let before_a_noun = words.get(index + 1).is_some_and(|next| {
        !next.quoted
            && (next.is_possessive()
                || base && next.is_capitalized()
                || next.is_lowercase_word()
                    && !next.is_ly_adverb()
                    && !next.is_one_of(DETERMINERS)
                    && !next.is_one_of(PREPOSITIONS)
                    && !next.is_one_of(SUBJECT_PRONOUNS)
                    && !next.is_one_of(RELATIVE_PRONOUNS)
                    && !next.is_one_of(&[
                        "what", "how", "why", "whether", "if", "them", "him", "it", "as", "only",
                        "also", "again", "once", "so", "not",
                    ]))
    });
    after_a_name || before_a_noun
}

/// "The Met Office forecast a wet summer", "Putin forecast that the economy would rebound",
/// "The bank forecast 3% growth": "forecast" after a forecaster — a name, a pronoun, a plural
/// or a forecaster's noun — and before an article, "that" or an amount is the past of the verb,
/// which the lexicon leaves out for the noun's sake ("the IMF's forecast of", "the weather
/// forecast a week ago", "the growth forecast the Treasury published").
fn forecast_as_past(words: &[Word], index: usize, verb: CueWord) -> CueWord {
    const FORECASTERS: &[&str] = &[
        "bank",
        "agency",
        "office",
        "government",
        "company",
        "firm",
        "fund",
        "treasury",
        "ministry",
        "department",
        "institute",
        "bureau",
        "authority",
        "regulator",
        "watchdog",
        "commission",
        "committee",
        "board",
        "council",
        "economist",
        "analyst",
        "forecaster",
        "report",
        "study",
        "survey",
        "model",
    ];
    // Every cue of the sentence passes through here: only "forecast" is read further.
    if verb.lemma != "forecast" || verb.form != VerbForm::Base {
        return verb;
    }
    let forecaster = index.checked_sub(1).is_some_and(|i| {
        let before = &words[i];
        let plural = before.is_lowercase_word()
            && ends_in_single_s(before.text)
            && !before.is_one_of(&["its", "his", "this", "sales", "earnings"]);
        !before.quoted
            && !before.is_possessive()
            && !before.is_one_of(DETERMINERS)
            && (before.is_capitalized()
                || plural
                || before.is_one_of(SUBJECT_PRONOUNS)
                || before.is_one_of(RELATIVE_PRONOUNS)
                || before.is_one_of(FORECASTERS))
    });
    let object_follows = words
        .get(index + 1)
        .is_some_and(|next| next.is_one_of(&["a", "an", "the", "that"]) || next.opens_an_amount());
    if forecaster && object_follows {
        CueWord {
            form: VerbForm::Past,
            ..verb
        }
    } else {
        verb
    }
}

/// "The group (whose members said the plan was flawed) met on Friday", "The mayor — who told
/// reporters the budget was sound — left early": a content that starts inside brackets or a
/// pair of dashes opened before it ends where they close, not in the sentence around them. An
/// aside between the cue and "that" is the reporter's, "said — on the radio, as it happens —
/// that …": the content is what follows it.
fn end_inside_aside(words: &[Word], asides: &[(usize, usize)], frames: &mut [Frame]) {
    if asides.is_empty() {
        return;
    }
    for frame in frames.iter_mut() {
        let Some(content) = frame.content else {
            continue;
        };
        let first = words.partition_point(|w| w.span.start < content.start);
        // The innermost aside around the content's first word that closes before its end.
        let Some(&(open, close)) = (asides.iter())
            .filter(|&&(open, close)| open < first && first < close)
            .min_by_key(|&&(_, close)| close)
            .filter(|&&(_, close)| words[close].span.start < content.end)
        else {
            continue;
        };
        let after_cue = words[open].span.start >= frame.cue.end
            && words[..open]
                .last()
                .is_some_and(|w| w.span.end == frame.cue.end)
            && words
                .get(close + 1)
                .is_some_and(|w| w.is("that") && !w.quoted);
        let end = words.partition_point(|w| w.span.end <= content.end);
        frame.content = after_cue
            .then(|| trimmed_content(&words[close + 1..end.max(close + 1)]))
            .flatten()
            .or_else(|| trimmed_content(&words[first..close]));
    }
}

/// The unit's asides as (opening, closing) word indexes: brackets that match, and dashes taken
/// in pairs past a dateline (not an en dash between numbers, "2010–2012"). Quoted marks are
/// the speaker's and are not counted; nor are square brackets, which mostly mark an editor's
/// words ("I think [the] reform went …").
fn asides(words: &[Word]) -> Vec<(usize, usize)> {
    let mut asides = Vec::new();
    let mut brackets = Vec::new();
    let mut open_dash = None;
    for (i, word) in words.iter().enumerate().skip(after_dateline(words)) {
        if word.quoted || word.kind != TokenKind::Punct {
            continue;
        }
        if word.is_punct("(") {
            brackets.push(i);
        } else if word.is_punct(")") {
            asides.extend(brackets.pop().map(|open| (open, i)));
        } else if is_dash(words, i) && dash_start(words, i) == i && !is_numeric_range(words, i) {
            match open_dash.take() {
                Some(open) => asides.push((open, i)),
                None => open_dash = Some(i),
            }
        }
    }
    asides
}

/// "2010–2012", "pages 4–6": a dash that joins two numbers with no space around it.
fn is_numeric_range(words: &[Word], at: usize) -> bool {
    let joined = |i: Option<usize>| {
        i.and_then(|i| words.get(i)).is_some_and(|w| {
            w.kind == TokenKind::Number
                && (w.span.end == words[at].span.start || w.span.start == words[at].span.end)
        })
    };
    joined(at.checked_sub(1)) && joined(Some(at + 1))
}

/// "Asked whether she minds being called a folk singer, Rook shrugs": a report read inside a
/// question that ends at its comma ends there too ("being called a folk singer", not "…, Rook
/// shrugs").
fn end_inside_question(words: &[Word], frames: &mut [Frame]) {
    for later in 1..frames.len() {
        let frame = frames[later];
        let Some(content) = frame.content else {
            continue;
        };
        let outer_end = frames[later.saturating_sub(MAX_FRAMES_RUN_OVER)..later]
            .iter()
            .filter(|f| f.verb.is_some_and(|v| v.lemma == "ask"))
            .filter_map(|f| f.content)
            .find(|c| c.contains(frame.cue.start) && c.end > frame.cue.end && c.end < content.end)
            .map(|c| c.end)
            .filter(|&end| {
                let after = words.partition_point(|w| w.span.start < end);
                words
                    .get(after)
                    .is_some_and(|w| w.is_punct(",") && !w.quoted)
            });
        if let Some(end) = outer_end.filter(|&end| end > content.start) {
            let first = words.partition_point(|w| w.span.start < content.start);
            let last = words.partition_point(|w| w.span.end <= end);
            frames[later].content = trimmed_content(&words[first..last.max(first)]);
        }
    }
}

/// Where the particle of a verb that reports only with one stands: "pointed out", "made it
/// clear" ("it" may stand before it); `None` when it is missing ("took the stage", "seemed to
/// make a sandwich"), and the verb reports nothing.
fn particle_at(words: &[Word], index: usize, verb: CueWord) -> Option<usize> {
    let next = index + 1;
    // "cast himself as “…”": "as" after a reflexive object only; "was cast as the lead" is a
    // part in a play.
    if verb.particles().any(|p| p == "as") {
        let reflexive = words.get(next).is_some_and(|w| {
            !w.quoted && w.is_one_of(&["himself", "herself", "themselves", "itself"])
        });
        return (reflexive && words.get(next + 1).is_some_and(|w| !w.quoted && w.is("as")))
            .then_some(next + 1);
    }
    let it_between = !verb.particles().any(|p| p == "it")
        && words.get(next).is_some_and(|w| w.is("it") && !w.quoted);
    let at = next + usize::from(it_between);
    words
        .get(at)
        .is_some_and(|w| !w.quoted && verb.particles().any(|p| w.is(p)))
        .then_some(at)
}

/// "Obama made the case that …", "making a case for reading", "make his case to voters that":
/// arguing, with "case" as the particle of "make" (PolNeAR train: a gold cue 12 of 23 times, all
/// but one of the golds with "that" or "for" after it, or "to" a hearer and "that"; not "make
/// their case to delegation", nor a case against somebody, which is also a prosecutor's); the
/// index of "case".
fn makes_the_case(words: &[Word], index: usize, verb: CueWord) -> Option<usize> {
    if verb.lemma != "make" {
        return None;
    }
    let case = index + 2;
    let determiner = words.get(index + 1)?;
    let after = words.get(case + 1)?;
    let to_a_hearer = || {
        words[case + 1..]
            .iter()
            .take(12)
            .take_while(|w| !w.quoted && w.kind != TokenKind::Punct)
            .any(|w| w.is("that"))
    };
    (!determiner.quoted
        && determiner.is_one_of(&["the", "a", "his", "her", "their", "its", "our", "my"])
        && words[case].is("case")
        && !words[case].quoted
        && !after.quoted
        && (after.is_one_of(&["that", "for"]) || after.is("to") && to_a_hearer()))
    .then_some(case)
}

/// "Maree has emailed from Bellbird Flat: “The sky went orange …”": a verb that reports only
/// after its quotation elsewhere (a means of sending words, a manner) introduces the quotation
/// that a colon opens within its clause. Not where a verb that speaks anywhere stands between:
/// "the elder Varga smiled and told reporters: “…”" leaves the cue to "told".
fn introduces_with_colon(words: &[Word], index: usize, lexicon: &Lexicon) -> bool {
    const CLAUSE_WORDS: usize = 8;
    let rest = words.get(index + 1..).unwrap_or_default();
    let Some(colon) = rest
        .iter()
        .take(CLAUSE_WORDS)
        .take_while(|w| !w.quoted && !w.is_punct(".;!?"))
        .position(|w| w.is_punct(":"))
    else {
        return false;
    };
    let speaks_between = rest[..colon].iter().any(|w| {
        w.is_lowercase_word()
            && lexicon
                .lookup(w.text)
                .is_some_and(|verb| !verb.after_quotation && verb.particle.is_none())
    });
    !speaks_between && rest.get(colon + 1).is_some_and(|w| w.quoted)
}

/// "The company advertises “up to 20 hours” of battery life", "she texted “on my way”": an
/// advert or a means of sending words, which reports only after its quotation elsewhere,
/// reports the quotation that is its object, right after it (PolNeAR: no such quotation after
/// these verbs). Not a manner or another sense: "the money had reflected “only this morning”".
fn quotes_its_object(words: &[Word], index: usize, verb: CueWord) -> bool {
    matches!(verb.lemma, "advertise" | "text" | "email" | "message")
        && words.get(index + 1).is_some_and(|w| w.quoted)
        || gives_a_verdict(words, index, verb)
}

/// How many words may stand between a verb of verdict and its quotation: the object, commas
/// and "as" included ("ranked the former chief as one of the worst 20 CEOs “…”").
const VERDICT_REACH: usize = 12;

/// "The inspectorate rated Larchfield House, in Mill Lane, “inadequate”", "PolitiFact rated 32%
/// of the claims as “false”": a verb of verdict in the past, its object, then a quotation before
/// the clause ends, reports the verdict, the rater's word (PolNeAR: "rated", "ranked" are the
/// gold cue of such quotations). Not the noun "rates", nor "rated highly" with nothing quoted.
fn gives_a_verdict(words: &[Word], index: usize, verb: CueWord) -> bool {
    matches!(verb.lemma, "rate" | "grade" | "rank")
        && matches!(verb.form, VerbForm::Past | VerbForm::Participle)
        && words.get(index + 1).is_some_and(|w| !w.quoted)
        && words[index + 1..]
            .iter()
            .take(VERDICT_REACH)
            .take_while(|w| w.quoted || !w.is_punct(".;:!?"))
            .any(|w| w.quoted)
}

/// "“Sure,” she laughed.", "“Not now,” snapped Ms. Reid": a verb of manner right after a
/// quotation that ends on its own punctuation, with its subject between or a name after it; not
/// "called the plan “absurd” and laughed", "He laughed at the “plan.”".
fn describes_quotation(words: &[Word], index: usize) -> bool {
    let subject = index.checked_sub(1).and_then(|last| {
        let pronoun = words[last].is_one_of(&["he", "she", "they", "i", "we"]);
        let first = if pronoun {
            last
        } else {
            // A name, "Mr. Okafor", or "the" and a noun, "the coach".
            let mut first = last;
            while first > 0
                && last - first < 3
                && !words[first - 1].quoted
                && (words[first - 1].is_capitalized() || words[first - 1].is_punct("."))
            {
                first -= 1;
            }
            let named = words[first].is_capitalized() && words[last].is_capitalized();
            let noun = last > 0 && words[last - 1].is("the") && words[last].is_lowercase_word();
            if noun {
                last - 1
            } else if named {
                first
            } else {
                return None;
            }
        };
        Some(first)
    });
    let inverted = words
        .get(index + 1)
        .is_some_and(|w| w.is_capitalized() && !w.quoted);
    let Some(mark) = subject
        .or(inverted.then_some(index))
        .and_then(|i| i.checked_sub(1))
    else {
        return false;
    };
    words[mark].quoted
        && mark
            .checked_sub(1)
            .is_some_and(|i| words[i].quoted && words[i].is_punct(",?!…—"))
}

/// "That said, …", "Needless to say, …": a set phrase, no frame.
fn in_discourse_marker(words: &[Word], index: usize) -> bool {
    in_phrase(&SAYING_IDIOMS, index, words.len(), |j, part| {
        !words[j].quoted && words[j].is(part)
    })
}

/// "Housing advocates say the rents are too high", "Audit reports show that …": an "-s" form
/// with a noun reading right before the plain form of a reporting verb — one with no noun
/// reading, or one taking "that" — is the plural head of that verb's subject, not a verb.
fn is_plural_subject_of_next(
    words: &[Word],
    index: usize,
    verb: CueWord,
    lexicon: &Lexicon,
) -> bool {
    let takes_that = words
        .get(index + 2)
        .is_some_and(|w| w.is("that") && !w.quoted);
    verb.form == VerbForm::ThirdPerson
        && verb.is_ambiguous()
        && words.get(index + 1).is_some_and(|next| {
            !next.quoted
                && next.is_lowercase_word()
                && lexicon.lookup(next.text).is_some_and(|v| {
                    v.form == VerbForm::Base && (v.is_never_a_noun() || takes_that)
                })
        })
}

/// "Clinton told reporters that she believes the policies must continue": the belief is part of
/// what Clinton said, not an attribution of its own (news annotation does not nest them). A frame
/// whose cue and content lie inside another frame's content is dropped, unless it quotes
/// somebody ("The new doctrine notes “…”, summed up Lavrov": the words are the doctrine's).
/// Sorted sweep: linear after the sort.
/// "Minister calls handover „…“ – opposition protests": a spaced dash between two clauses of
/// a headline or standfirst parts two reports; a frame whose content before the dash holds a
/// report of its own, its source and cue, is no report of that content (the quotation goes with
/// the clause it stands in).
fn drop_reports_before_dash(words: &[Word], frames: &mut Vec<Frame>) {
    if frames.len() < 2 {
        return;
    }
    let spaced_dash = |from: usize, to: usize| {
        let first = words.partition_point(|w| w.span.start < from);
        words[first..]
            .iter()
            .enumerate()
            .take_while(|(_, w)| w.span.end <= to)
            .any(|(i, w)| {
                let at = first + i;
                !w.quoted
                    && w.is_punct("—–")
                    && at > 0
                    && words[at - 1].span.end < w.span.start
                    && words.get(at + 1).is_some_and(|n| w.span.end < n.span.start)
            })
    };
    let reports: Vec<(Span, Span)> = frames
        .iter()
        .filter_map(|f| Some((f.source?, f.cue)))
        .collect();
    frames.retain(|frame| {
        let (Some(content), Some(source)) = (frame.content, frame.source) else {
            return true;
        };
        let holds_a_report = || {
            reports.iter().any(|&(inner_source, cue)| {
                content.contains_span(inner_source) && content.contains_span(cue)
            })
        };
        !(content.end <= source.start
            && content.end <= frame.cue.start
            && spaced_dash(content.end, source.start.min(frame.cue.start))
            && holds_a_report())
    });
}

fn drop_nested(words: &[Word], frames: &mut Vec<Frame>) {
    if frames.len() < 2 {
        return;
    }
    let reach = |f: &Frame| f.content.map(|c| c.cover(f.cue));
    // How many quoted words come before each word: "does this content quote?" in O(log n).
    let mut quoted_before = Vec::with_capacity(words.len() + 1);
    quoted_before.push(0usize);
    for word in words {
        quoted_before.push(quoted_before.last().copied().unwrap_or(0) + usize::from(word.quoted));
    }
    let mut by_start: Vec<(Span, usize)> = frames
        .iter()
        .enumerate()
        // An "A:" label may yet be nobody's (`attribute`): the reports in it stay.
        .filter(|(_, f)| f.source.is_some() && !is_answer_label(words, f))
        .filter_map(|(i, f)| f.content.map(|c| (c, i)))
        .collect();
    by_start.sort_by_key(|(c, _)| c.start);
    let mut order: Vec<usize> = (0..frames.len()).collect();
    order.sort_by_key(|&i| reach(&frames[i]).map_or(usize::MAX, |r| r.start));
    // The two contents reaching furthest among those started so far, with their frames.
    let mut widest: [Option<(usize, usize)>; 2] = [None, None];
    let mut next = 0;
    let mut nested = vec![false; frames.len()];
    // Records that show a fact, rare: what they hold is read against each of them.
    let records: Vec<Frame> = (frames.iter())
        .filter(|f| is_a_record(f))
        .copied()
        .collect();
    for i in order {
        let Some(reach) = reach(&frames[i]) else {
            continue;
        };
        while next < by_start.len() && by_start[next].0.start <= reach.start {
            let (content, frame) = by_start[next];
            let candidate = Some((content.end, frame));
            if widest[0].is_none_or(|(end, _)| content.end > end) {
                widest = [candidate, widest[0]];
            } else if widest[1].is_none_or(|(end, _)| content.end > end) {
                widest[1] = candidate;
            }
            next += 1;
        }
        let quotes = |content: Span| {
            let first = words.partition_point(|w| w.span.start < content.start);
            let end = words.partition_point(|w| w.span.end <= content.end);
            quoted_before[end.max(first)] > quoted_before[first]
        };
        let outer = widest
            .iter()
            .flatten()
            .find(|&&(_, frame)| frame != i)
            .filter(|&&(end, _)| end >= reach.end)
            .map(|&(_, frame)| frames[frame]);
        // The outer content comes first ("…, summed up Lavrov"): a quoting frame inside it
        // keeps its words.
        let outer_before_cue =
            outer.is_some_and(|o| o.content.is_some_and(|c| c.end <= o.cue.start));
        let record = outer.is_some()
            && records.iter().any(|o| shows_a_record_of(o, &frames[i]))
            && frames[i]
                .content
                .is_some_and(|c| quotes_words_of_its_own(words, c));
        nested[i] = outer.is_some()
            && !((outer_before_cue || record || names_in_clause(words, &frames[i]))
                && frames[i].content.is_some_and(quotes));
    }
    let mut index = 0;
    frames.retain(|_| {
        index += 1;
        !nested[index - 1]
    });
}

/// "Named are two lenders, whom the auditor describes as “unsecured”", "urges steps it
/// describes as “overdue”", "…, which she said “invites conflict”": a relative clause inside
/// another report, opened by "which" or "whom" (or by none, a noun's own clause), whose verb gives
/// a name or a description, or says the quoted words. Its subject calls them so: the quotation is
/// that clause's, not the outer report's. Not "denounced what he called “a brazen breach”":
/// there PolNeAR keeps the outer verb as the cue (dev: 8 of 8 such quotations).
pub(super) fn names_in_clause(words: &[Word], frame: &Frame) -> bool {
    let (Some(verb), Some(source)) = (frame.verb, frame.source) else {
        return false;
    };
    let naming = NAME_GIVING_VERBS.contains(&verb.lemma);
    if verb.is_gerund() || !(naming || verb.lemma == "say") || source.start > frame.cue.start {
        return false;
    }
    let first = words.partition_point(|w| w.span.start < source.start);
    let Some(before) = first.checked_sub(1).map(|i| &words[i]) else {
        return false;
    };
    if before.quoted {
        return false;
    }
    // "an outfit whose director once described it as “…”": the clause's own subject.
    if before.is_one_of(&["which", "whom", "whose"]) {
        return true;
    }
    // "steps it describes as “…”": no pronoun, a subject pronoun right after the noun.
    naming
        && before.is_lowercase_word()
        && !before.is_one_of(PREPOSITIONS)
        && !before.is_one_of(CONJUNCTIONS)
        && !before.is_one_of(&["what", "that"])
        && super::words_in(words, source)
            .iter()
            .all(|w| w.is_one_of(SUBJECT_PRONOUNS))
}

/// Verbs by which a record shows a fact ("the notes show that …"), not words of its own.
const VERBS_OF_EVIDENCE: &[&str] = &["show"];

/// A frame whose verb shows a fact ("the records show").
pub(super) fn is_a_record(frame: &Frame) -> bool {
    frame
        .verb
        .is_some_and(|v| VERBS_OF_EVIDENCE.contains(&v.lemma))
}

/// "The notes show that a detective wrote “follow up” beside her account": a record shows that
/// somebody else spoke or wrote; the words quoted in that report are the speaker's, the record
/// only shows them (`link_unit` gives the quotation to the inner frame). The inner frame is one
/// of speech, no gerund ("depicts a guard asking “…”" is the record's scene), with a source
/// of its own (PolNeAR train: "The movie shows … asking", "emails show that he asked the
/// “reporter” …" stay the record's).
pub(super) fn shows_a_record_of(outer: &Frame, inner: &Frame) -> bool {
    is_a_record(outer)
        && inner
            .verb
            .is_some_and(|v| v.kind == CueKind::Speech && !v.is_gerund())
        && inner.source.is_some_and(|s| {
            outer
                .source
                .is_none_or(|o| !o.contains_span(s) && !s.contains_span(o))
        })
        && outer
            .content
            .zip(inner.content)
            .is_some_and(|(o, i)| o.contains_span(i.cover(inner.cue)) && o != i)
}

/// Whether the first quotation in `content` gives somebody's words, not a noun marked after
/// its determiner ("asked the “reporter” to join him": the reporter's word for a person).
fn quotes_words_of_its_own(words: &[Word], content: Span) -> bool {
    super::word_range(words, content)
        .find(|&i| words[i].quoted)
        .is_some_and(|i| i == 0 || words[i - 1].quoted || !words[i - 1].is_one_of(DETERMINERS))
}

/// A unit in title case: "Obama Sees ‘Personal Insult’ if Blacks Don’t Rally for Hillary Clinton."
fn is_headline(words: &[Word]) -> bool {
    let mut capitalized = 0;
    for word in words
        .iter()
        .filter(|w| w.kind == TokenKind::Word && !w.quoted && !w.is_one_of(&TITLE_CASE_MINOR_WORDS))
        // "Trump Says He’s Unlikely To …": a contraction's ending is no word of its own.
        .filter(|w| !w.text.starts_with(['\'', '’']))
    {
        // One word in lower case and it is no headline: the rest need not be read.
        if !word.is_capitalized() {
            return false;
        }
        capitalized += 1;
    }
    capitalized >= 4
}

/// "“Her mood is sour,” she said, but despite the noise, “I think he will sign it,” said Kunin":
/// a quotation closed right before its own source and cue is that frame's. The content of a
/// later frame that comes before its cue and ran back over it starts at the first quotation
/// after that frame (PolNeAR: two quotations, one speaker each, were one report of the last).
fn start_after_earlier_quotation(words: &[Word], frames: &mut [Frame]) {
    let closed_before = |frame: &Frame| -> Option<usize> {
        let (content, source) = (frame.content?, frame.source?);
        let opening = source.start.min(frame.cue.start);
        let first = words.partition_point(|w| w.span.start < opening);
        let closes = first
            .checked_sub(1)
            .and_then(|i| words[..=i].iter().rposition(|w| !w.is_punct(",")))
            .is_some_and(|i| words[i].quoted && words[i].kind == TokenKind::Punct);
        // The content is that quotation: not "Roffman, who … “in the seven figures,” described".
        let quotation = words
            .get(words.partition_point(|w| w.span.start < content.start))
            .is_some_and(|w| w.quoted);
        let end = source.end.max(frame.cue.end);
        (closes && quotation && content.end <= opening)
            .then(|| words.partition_point(|w| w.span.end <= end))
    };
    for later in 0..frames.len() {
        let frame = frames[later];
        let Some(content) = frame.content.filter(|c| c.end <= frame.cue.start) else {
            continue;
        };
        let earlier = (frames.iter().enumerate())
            .filter(|&(i, f)| i != later && content.contains_span(f.cue))
            .filter_map(|(_, f)| closed_before(f))
            .filter(|&after| words.get(after).is_some_and(|w| w.span.end <= content.end))
            .max();
        let Some(after) = earlier else {
            continue;
        };
        let quoted = words[after..]
            .iter()
            .take_while(|w| w.span.end <= content.end)
            .find(|w| w.quoted);
        if let Some(first) = quoted {
            frames[later].content = Some(Span::new(first.span.start, content.end));
        }
    }
}

/// "The doctrine notes “…”, summed up Lavrov", "As Clinton noted …, ― Trump boasted, “…”": a
/// later frame set off by punctuation, or whose content comes before its cue, ends the content
/// of an earlier frame that ran over it; so does a verb after a subject with a relative clause.
fn clip_before_later_frames(words: &[Word], asides: &[(usize, usize)], frames: &mut [Frame]) {
    for later in 1..frames.len() {
        let frame = frames[later];
        let (Some(content), Some(source)) = (frame.content, frame.source) else {
            continue;
        };
        end_clauses_in_subject(words, frames, later);
        let cue_index = words.partition_point(|w| w.span.start < frame.cue.start);
        // A gerund's source was said before ("…, saying"): the frame starts at its cue, or at
        // the adverbs before it ("…, even suggesting").
        // "… proposes X, and plans to …", "… but has said she will …": a verb coordinated with
        // an earlier one starts after the conjunction, though its source is the earlier subject.
        let before_verb = skip_back(words, cue_index, BETWEEN_SUBJECT_AND_VERB);
        let coordinated =
            before_verb.filter(|&i| !words[i].quoted && words[i].is_one_of(&["and", "but"]));
        // "showing that Clinton was backed by a majority of women": a passive's subject is its
        // content, but the passive goes on with what the earlier frame reported.
        let passive = source.start > frame.cue.start
            && content.end <= frame.cue.start
            && (words.get(cue_index + 1)).is_some_and(|w| w.is_one_of(&["by", "in"]) && !w.quoted);
        // Unless the subject is set off by a comma: "dismissed the labels, | a sentiment endorsed
        // by the crowd" (`reduced_passive`).
        let content_start = words.partition_point(|w| w.span.start < content.start);
        let set_off_subject = passive
            && content_start
                .checked_sub(1)
                .is_some_and(|i| words[i].is_punct(",") && !words[i].quoted);
        let boundary = if set_off_subject {
            content.start
        } else if let Some(conjunction) = coordinated {
            words[conjunction + 1].span.start
        } else if source.end <= frame.cue.start && frame.verb.is_some_and(|v| v.is_gerund()) {
            before_verb.map_or(frame.cue.start, |i| words[i + 1].span.start)
        } else {
            source.start.min(frame.cue.start)
        };
        let before_boundary = words.partition_point(|w| w.span.end <= boundary);
        let last_before = before_boundary.checked_sub(1);
        let opens_report = last_before.is_some_and(|i| {
            boundary == source.start && as_opens_report(words, i, source, frame.cue)
        });
        // A bare noun after "as" is as often a role ("voting as independents", "Clinton as
        // secretary of state"): it opens a report only before a quotation.
        let quotes_next = words.get(content_start).is_some_and(|w| w.quoted);
        let opens_report =
            opens_report && (quotes_next || last_before.is_some_and(|i| !joins_phrase(words, i)));
        let conjunction = last_before.filter(|&i| {
            !words[i].quoted
                && words[i].is_one_of(CONJUNCTIONS)
                && (!joins_phrase(words, i) || opens_report)
                && !gives_reported_reason(words, i)
        });
        // "as wealthy as | Mr. Trump …": "as" there compares, the content keeps it; after a
        // comma it opens a clause ("reported a 12% rise, as | the chain said"), and so it does
        // before a subject and its verb of saying ("tells of her wait as | minister says …").
        let conjunction_ending_content = conjunction.filter(|&i| {
            !words[i].is("as")
                || i > 0 && words[i - 1].is_punct(",") && !words[i - 1].quoted
                || opens_report
        });
        // "… even as | he urges": "even" goes with the clause the earlier content ends before.
        let conjunction_ending_content = conjunction_ending_content.map(|i| {
            if opens_report && i > 0 && words[i - 1].is("even") && !words[i - 1].quoted {
                i - 1
            } else {
                i
            }
        });
        // "grants for repairs, which Premier Duvall called “a first step”": a relative clause set
        // off by a comma has a speaker of its own; the earlier content ends before it. So does
        // a name given in a reduced relative or a clause of time, "…, a charge his campaign
        // called “false”", "after a judge called the evidence “troubling”".
        let relative = last_before.and_then(|i| {
            if words[i].quoted {
                return None;
            }
            let after_comma = |at: usize| {
                at.checked_sub(1)
                    .filter(|&comma| words[comma].is_punct(",") && !words[comma].quoted)
            };
            // "an internal note, in which an official wrote that …", "…, to which O'Brien
            // replied": so does one opened by a preposition after the comma; the earlier content
            // ends before the preposition (PolNeAR train: 7 more matches, none lost; without the
            // comma, "cases in which he defended …", the gold keeps the clause as often as not).
            if words[i].is_one_of(&["which", "whom"]) {
                let preposition = i
                    .checked_sub(1)
                    .filter(|&p| words[p].is_one_of(PREPOSITIONS) && !words[p].quoted)
                    .and_then(after_comma)
                    .map(|comma| comma + 1);
                if preposition.is_some() {
                    return preposition;
                }
            }
            if words[i].is_one_of(&["which", "who"]) {
                return after_comma(i).map(|_| i);
            }
            if !frame
                .verb
                .is_some_and(|v| NAME_GIVING_VERBS.contains(&v.lemma))
            {
                return None;
            }
            if words[i].is_one_of(&["after", "before", "when", "until"]) {
                return Some(i);
            }
            // "…, a charge | his campaign called": an article and its noun set off by a comma.
            let article = i
                .checked_sub(1)
                .filter(|&a| words[a].is_one_of(&["a", "an"]))?;
            after_comma(article)
        });
        let set_off = conjunction.is_some()
            || relative.is_some()
            || last_before.is_some_and(|i| {
                !words[i].quoted && words[i].is_punct(DASHES_AND_COMMAS)
                    || comma_inside_closing_marks(words, i + 1)
            });
        if (content.end > boundary || passive) && !set_off {
            continue;
        }
        // The earlier content ends before the boundary, and before the conjunction too ("…
        // loop-hole,” and she hoped …").
        let end = coordinated
            .or(conjunction_ending_content)
            .or(relative)
            .unwrap_or(before_boundary);
        // Only the frames just before can run over this one; a bound keeps a unit linear.
        for earlier in frames[later.saturating_sub(MAX_FRAMES_RUN_OVER)..later].iter_mut() {
            let Some(earlier_content) = earlier.content else {
                continue;
            };
            // "Green: I don't accept that": all after a speaker's label is the speaker's, the
            // frames in it too. Not when the frame names the label's person ("Bernie Sanders:
            // Credit scores … Senator Bernie Sanders calls for"): that label heads a section.
            if is_speaker_label(words, earlier) && !names_the_label(words, earlier, source) {
                continue;
            }
            let first = words.partition_point(|w| w.span.start < earlier_content.start);
            // "that Trump — even as he says … — has proposed little": a frame set off inside the
            // earlier content leaves the content whole around it. Not one whose source opens
            // the aside ("— Frank cites … —"), a clause of its own.
            let set_inside = asides.iter().any(|&(open, close)| {
                first < open
                    && open < before_boundary
                    && words[open + 1].span.start < source.start
                    && close > cue_index
                    && words[close].span.end < earlier_content.end
            });
            let shares_subject = boundary == source.start
                && conjunction.is_some_and(|c| joins_reported_subject(words, earlier, first, c));
            // "According to the report, | the council must find …": a verb frame that opens the
            // content of a verbless cue ("according to") is reported inside it (`drop_nested`),
            // it does not end it. Not for verbs: there PolNeAR dev gains 3 contents, 1 a match.
            // Not when the later frame quotes ("According to the ruling, a detective wrote
            // “follow up” …"): the quoted words are its source's, so it keeps them.
            let opens_content = end <= first
                && earlier.verb.is_none()
                && !frame
                    .content
                    .is_some_and(|c| quotes_words_of_its_own(words, c));
            let stays_whole = opens_content || set_inside || shares_subject;
            if earlier.cue.end <= boundary
                && earlier_content.contains(boundary)
                && !stays_whole
                // Not a parenthetical "…, he said" that reports what came before.
                && !(content.start >= frame.cue.start && awaits_subject(words, first, last_before))
            {
                earlier.content = trimmed_content(&words[first..end.max(first)]);
            }
        }
    }
}

/// "Widow tells of her long wait as minister says “…”": "as" (no comma, no comparison before
/// it: not "as soon as", "such as", "as well as") right before a later frame's source, whose
/// verb of saying follows the source at once, opens a report of its own: a clause of time, not
/// a phrase ("voting as independents"). The earlier content ends before it.
fn as_opens_report(words: &[Word], at: usize, source: Span, cue: Span) -> bool {
    const BEFORE_COMPARING_AS: &[&str] = &["such", "well", "same", "so", "just"];
    if !words[at].is("as") || words[at].quoted || source.end > cue.start {
        return false;
    }
    // Not "that as voters learn …", "Clinton as secretary …": after a word that opens a
    // clause or a name, "as" opens no report of its own.
    let Some(before) = at.checked_sub(1).map(|i| words[i]) else {
        return false;
    };
    if before.is_one_of(&["that", "and", "but", "or", "if", "because", "when"])
        || before.is_capitalized()
    {
        return false;
    }
    let comparing = before.is_one_of(BEFORE_COMPARING_AS)
        || at.checked_sub(2).is_some_and(|i| words[i].is("as"))
        || at.checked_sub(3).is_some_and(|i| words[i].is("as"));
    let source_words = words_between(words, source).count();
    // The source runs up to the cue: "health secretary | says", "the mayor | said".
    let next_after_source = words.partition_point(|w| w.span.start < source.end);
    !comparing
        && (1..=6).contains(&source_words)
        && words
            .get(next_after_source)
            .is_some_and(|w| w.span.start == cue.start)
}

/// "Kiedis said his band and collaborator Brian Burton wrote new songs", "FEC records show
/// Congress and President Obama agreed …": a later frame whose source follows "and" or "or"
/// right after the subject of an earlier reported clause — no verb of its own yet — is that
/// clause's subject and verb, reported inside it; the earlier content goes on over it (and
/// `drop_nested` drops the inner frame). PolNeAR marks the one report (train: 3 contents won,
/// none lost, 7 more whole where the inner frame had matched). After a clause that has its
/// verb, the later frame is a report of its own ("said he contacted Ali's wife and the family
/// planned …": the gold nests it about as often as not, so the content ends there).
/// `first` is the earlier content's first word, `conjunction` the word before the later source.
fn joins_reported_subject(
    words: &[Word],
    earlier: &Frame,
    first: usize,
    conjunction: usize,
) -> bool {
    /// Verbs that report a clause ("said his band …"), not a thing ("asked for a photo and
    /// Clinton said …", "supported it and Cruz opposed …").
    const CLAUSE_VERBS: &[&str] = &[
        "say",
        "tell",
        "add",
        "show",
        "find",
        "report",
        "note",
        "claim",
        "argue",
        "believe",
        "think",
        "know",
        "explain",
        "insist",
        "write",
        "warn",
        "predict",
        "estimate",
        "suggest",
        "indicate",
        "acknowledge",
        "announce",
        "confirm",
        "contend",
        "assert",
        "maintain",
        "reveal",
        "conclude",
        "expect",
        "fear",
        "hope",
        "feel",
        "recall",
        "agree",
        "stress",
    ];
    const MAX_SUBJECT_WORDS: usize = 8;
    let word = words[conjunction];
    if word.quoted || !word.is_one_of(&["and", "or"]) {
        return false;
    }
    // "According to aides, Mrs. Clinton and former President Bill Clinton have worried …".
    let clause_verb = earlier.verb.map_or_else(
        || {
            let cue = words.partition_point(|w| w.span.start < earlier.cue.start);
            words.get(cue).is_some_and(|w| w.is("according"))
        },
        |v| CLAUSE_VERBS.contains(&v.lemma),
    );
    let start = first + usize::from(words.get(first).is_some_and(|w| w.is("that")));
    let subject = &words[start.min(conjunction)..conjunction];
    // A pronoun ends a subject: "they support Sanders and 160 have not …" has its verb.
    let pronoun_ends = subject
        .iter()
        .rev()
        .skip(1)
        .all(|w| !w.is_one_of(SUBJECT_PRONOUNS));
    clause_verb
        && pronoun_ends
        && !subject.is_empty()
        && subject.len() <= MAX_SUBJECT_WORDS
        // "said little about the plan, and people familiar with …": after a comma, a clause.
        && !subject.last().is_some_and(|w| w.is_punct(","))
        && subject.iter().all(|w| {
            !w.quoted
                && (w.kind != TokenKind::Punct || w.is_punct(","))
                && !is_finite_verb(w)
                && !w.is("to")
                && !(w.is_lowercase_word() && (w.text.ends_with("ed") || w.text.ends_with("ing")))
        })
}

/// "said that if Iran were a stock, | he would advise buying it": a "that" clause that opens
/// with a subordinate clause or a phrase set off by the comma at `comma` has its subject after
/// it; a frame there is the clause's own, and the content goes on over it.
fn awaits_subject(words: &[Word], first: usize, comma: Option<usize>) -> bool {
    const OPENERS: &[&str] = &[
        "if", "when", "while", "although", "though", "because", "since", "unless", "after",
        "before", "once", "as", "contrary", "given",
    ];
    comma.is_some_and(|comma| {
        comma > first + 1
            && words[comma].is_punct(",")
            && !words[comma].quoted
            && words[first].is("that")
            && !words[first].quoted
            && !words[first + 1].quoted
            && (words[first + 1].is_one_of(OPENERS)
                || words[first + 1].is_one_of(PREPOSITIONS)
                || words[first + 1].is_punct(","))
    })
}

/// "Clinton, who called Sanders …, told her supporters, “…”", "Manafort, citing …, said": the
/// frames of a relative clause inside the subject of frame `later`, or of a participle after
/// it, each set off by commas, end at the comma before the verb, so the later frame is not read
/// as reported inside them.
fn end_clauses_in_subject(words: &[Word], frames: &mut [Frame], later: usize) {
    let frame = frames[later];
    let Some(source) = frame.source else {
        return;
    };
    let cue_index = words.partition_point(|w| w.span.start < frame.cue.start);
    let subject_end = words.partition_point(|w| w.span.end <= source.end);
    // Only the frames just before can run over this one; a bound keeps a unit linear.
    let window = later.saturating_sub(MAX_FRAMES_RUN_OVER)..later;
    // "Voters who backed Trump in 2016 said …": a frame inside the subject, with no commas,
    // ends with it.
    for earlier in frames[window.clone()].iter_mut() {
        let relative_in_subject = relative_source(words, earlier, RELATIVE_PRONOUNS)
            .is_some_and(|s| source.start < s.start && source.contains(s.start));
        if relative_in_subject {
            end_content_before(words, earlier, subject_end, frame.cue);
        }
    }
    // "Manafort, citing ''the unique magic of Trump,'' said": the comma may sit inside the
    // closing marks; the content then ends after them.
    let Some((comma, content_end)) = skip_back(words, cue_index, BETWEEN_SUBJECT_AND_VERB)
        .and_then(|i| {
            if words[i].is_punct(",") && !words[i].quoted {
                Some((i, i))
            } else {
                comma_inside_closing_marks(words, i + 1).then_some((i, i + 1))
            }
        })
    else {
        return;
    };
    let between = Span::new(source.start, frame.cue.start);
    // "Cllr Hart, who chairs the board and voted against, said …": a verb coordinated inside
    // the relative clause, its source read back to the name, is the clause's too.
    let source_first = words.partition_point(|w| w.span.start < source.start);
    let relative_opens = (source_first + 1..subject_end)
        .find(|&i| {
            words[i].is_one_of(&["who", "which"])
                && !words[i].quoted
                && words[i - 1].is_punct(",")
                && !words[i - 1].quoted
        })
        .map(|i| words[i].span.start);
    let clause_in_subject = frames[window.clone()].iter().any(|earlier| {
        let relative = comma == subject_end
            && (relative_source(words, earlier, &["who", "which"])
                .is_some_and(|s| source.contains(s.start))
                || relative_opens.is_some_and(|at| at < earlier.cue.start));
        let participle = earlier.verb.is_some_and(|v| v.is_gerund())
            && words
                .get(subject_end)
                .is_some_and(|w| w.is_punct(",") && !w.quoted)
            && words
                .get(subject_end + 1)
                .is_some_and(|w| w.span.start == earlier.cue.start);
        relative || participle
    });
    if !clause_in_subject {
        return;
    }
    for earlier in frames[window].iter_mut() {
        if between.contains(earlier.cue.start) {
            end_content_before(words, earlier, content_end, frame.cue);
        }
    }
}

/// The source of `frame` when it is one of the relative `pronouns` alone.
fn relative_source(words: &[Word], frame: &Frame, pronouns: &[&str]) -> Option<Span> {
    let source = frame.source?;
    let at = words.partition_point(|w| w.span.start < source.start);
    words
        .get(at)
        .filter(|w| w.span == source && w.is_one_of(pronouns))
        .map(|w| w.span)
}

/// Ends the content of `frame` before word `end` when it runs over the later `cue`.
fn end_content_before(words: &[Word], frame: &mut Frame, end: usize, cue: Span) {
    if let Some(content) = frame.content.filter(|c| c.contains(cue.start)) {
        let first = words.partition_point(|w| w.span.start < content.start);
        frame.content = trimmed_content(&words[first..end.max(first)]);
    }
}

/// "complained about his mic", "called for compensation": the preposition belongs to the cue,
/// what follows it is the content; so does "out" ("ruled out a second vote", "spoke out
/// against the plan"), which no verb here reports without.
fn with_preposition_in_cue(words: &[Word], mut frame: Frame) -> Frame {
    const PREPOSITIONS_OF_CUES: &[&str] = &["about", "of", "for", "against", "on", "with", "over"];
    let Some(content) = frame.content.filter(|c| c.start >= frame.cue.end) else {
        return frame;
    };
    let mut first = words.partition_point(|w| w.span.start < content.start);
    if first == 0 || words[first - 1].span.end != frame.cue.end {
        return frame;
    }
    let end = words.partition_point(|w| w.span.end <= content.end);
    // Moves `words[first]` from the content to the cue when words are left after it.
    let join = |frame: &mut Frame, first: usize| {
        let rest = trimmed_content(&words[first + 1..end.max(first + 1)]);
        if let Some(rest) = rest {
            frame.cue = frame.cue.cover(words[first].span);
            frame.content = Some(rest);
        }
        rest.is_some()
    };
    if words[first].is("out") && !words[first].quoted {
        if !join(&mut frame, first) {
            return frame;
        }
        first += 1;
    }
    // "distanced himself from the bill": the stance is towards what follows the preposition
    // (PolNeAR train: a gold cue 6 of 10 times, always with "from" in the cue).
    let reflexive_from = frame.verb.is_some_and(|v| v.lemma == "distance")
        && words[first].is_one_of(&["himself", "herself", "themselves", "itself"])
        && words
            .get(first + 1)
            .is_some_and(|w| w.is("from") && !w.quoted);
    if reflexive_from && join(&mut frame, first) && join(&mut frame, first + 1) {
        return frame;
    }
    // "said over the weekend", "said on Friday": a time, not what the cue is about.
    let time = words.get(first + 1).is_some_and(|w| {
        w.is_calendar_word()
            || w.is("the")
                && words.get(first + 2).is_some_and(|n| {
                    n.is_one_of(&["weekend", "week", "past", "years", "summer", "phone", "day"])
                })
    });
    let at = words[first].is("at") && frame.verb.is_some_and(CueWord::takes_at);
    if (words[first].is_one_of(PREPOSITIONS_OF_CUES) || at)
        && !words[first].quoted
        && !time
        && !approximates_a_count(&words[first], words.get(first + 1))
    {
        let cue = frame.cue;
        if join(&mut frame, first) && said_of(&frame, &words[first]) {
            frame.cue = cue;
        }
    }
    frame
}

/// "Grüber said of the final approach:": "of" after "say" tells what the remarks are about and
/// is no part of the cue, which is "said" (PolNeAR train: a gold "said" before "of" 36 times,
/// "said of" 14), though what follows it is still no content.
fn said_of(frame: &Frame, preposition: &Word) -> bool {
    frame.verb.is_some_and(|v| v.lemma == "say") && preposition.is("of")
}

/// "about 40 vessels", "over $2bn": "about" and "over" before a count approximate it ("said
/// about 40 vessels were waiting" reports a clause; it is neither the cue's preposition nor a
/// time).
fn approximates_a_count(preposition: &Word, next: Option<&Word>) -> bool {
    preposition.is_one_of(&["about", "over"])
        && !preposition.quoted
        && next.is_some_and(Word::opens_an_amount)
}

/// "To Sexton, Tuesday marked a turning point", "To Frank, issues of …": a name after an
/// opening "To" and a comma is whose view the rest of the unit gives (PolNeAR train: a gold
/// attribution each of the 5 times). The name may carry a relative clause ("To Sexton, who has
/// made a study of rallies, …").
fn in_the_view_of(words: &[Word]) -> Option<Frame> {
    let to = words.first().filter(|w| w.is("to") && !w.quoted)?;
    let run = name_run_len(&words[1..]);
    let comma = 1 + run;
    if !(1..=4).contains(&run) || !words.get(comma).is_some_and(|w| w.is_punct(",")) {
        return None;
    }
    let mut start = comma + 1;
    if words
        .get(start)
        .is_some_and(|w| w.is_one_of(RELATIVE_PRONOUNS))
    {
        start += 1 + words[start..]
            .iter()
            .position(|w| w.is_punct(",") && !w.quoted)?;
    }
    let content = trimmed_content(&words[start..clause_end(words, start).max(start)])?;
    Some(Frame {
        cue: to.span,
        verb: None,
        source: Some(cover(&words[1..comma])),
        content: Some(content),
    })
}

/// "In a CNN poll released Sunday, Clinton led by 24 points": a poll or survey set off by a
/// comma at the start of a unit is the source of the finding after it, "in" the cue (PolNeAR
/// train: a gold attribution 19 of 25 times, dev 2 of 2). Not a poll inside a clause of its
/// own ("In states where exit polls were taken, …", "In a memo released as polls closed, …").
fn in_a_poll(words: &[Word]) -> Option<Frame> {
    const POLLS: &[&str] = &["poll", "polls", "survey", "surveys"];
    const CLAUSE_WORDS: &[&str] = &["where", "when", "while", "as", "after", "before"];
    const MAX_SOURCE_WORDS: usize = 14;
    let cue = words.first().filter(|w| w.is("in") && !w.quoted)?;
    // "a Washington Post-ABC News poll", "the latest CNN/ORC poll": names may hold these marks.
    let comma = 1 + words[1..]
        .iter()
        .take(MAX_SOURCE_WORDS)
        .position(|w| w.quoted || w.kind == TokenKind::Punct && !w.is_punct("-/&"))?;
    if !words[comma].is_punct(",") || words[comma].quoted {
        return None;
    }
    let phrase = &words[1..comma];
    let poll = phrase.iter().position(|w| w.is_one_of(POLLS))?;
    if phrase[..poll]
        .iter()
        .any(|w| w.is_one_of(CLAUSE_WORDS) || w.is_one_of(RELATIVE_PRONOUNS))
    {
        return None;
    }
    // "In the poll, conducted in May, Clinton led …", "In the poll, however, …": an aside
    // about the poll, or an adverb, is set off before the finding.
    let mut start = comma + 1;
    let aside = words.get(start).is_some_and(|w| {
        !w.quoted
            && w.is_lowercase_word()
            && (w.text.ends_with("ed") || w.is_one_of(&["however", "anyway", "though"]))
    });
    if aside {
        start += 1 + words[start..]
            .iter()
            .take(MAX_SOURCE_WORDS)
            .position(|w| w.is_punct(",") && !w.quoted)?;
    }
    let content = trimmed_content(&words[start..clause_end(words, start).max(start)])?;
    Some(Frame {
        cue: cue.span,
        verb: None,
        source: Some(cover(phrase)),
        content: Some(content),
    })
}

/// "The White House would like to make November's election a battle about competence": a wish,
/// the subject its holder, the infinitive what is wished (PolNeAR train: 6 of the 7 in
/// sentences with no other attribution are a gold cue).
fn would_like(words: &[Word], index: usize) -> Option<Frame> {
    let would = index
        .checked_sub(1)
        .filter(|&i| words[i].is("would") && !words[i].quoted)?;
    words.get(index + 1).filter(|w| w.is("to") && !w.quoted)?;
    let subject_end = skip_back(words, would, BETWEEN_SUBJECT_AND_VERB)?;
    let source = subject_before(words, subject_end)?;
    Some(Frame {
        cue: words[would].span.cover(words[index].span),
        verb: None,
        source: Some(source),
        content: trimmed_content(&words[index + 1..clause_end(words, index + 1)]),
    })
}

/// The most words of a speaker's label: "McCain Challenger Kelli Ward:".
const MAX_LABEL_WORDS: usize = 4;

/// "PENCE: Well, look …", "Pat Caddell: Democrat Voters Worried …": a name and a colon open the unit.
fn speaker_label(words: &[Word]) -> Option<Frame> {
    let marks = marks_before_label(words);
    let colon = marks
        + words[marks..]
            .iter()
            .take(MAX_LABEL_WORDS + 1)
            .position(|w| w.is_punct(":") && !w.quoted)?;
    let name = &words[marks..colon];
    // "A: Because a lunch is not a luxury.": an interview's answer, kept only in a piece
    // with "Q:" turns (`attribute`).
    let is_answer = matches!(name, [a] if a.text == ANSWER_LABEL);
    let is_name = !name.is_empty()
        // "Alex Seitz-Wald:": a hyphen inside a name.
        && name.iter().enumerate().all(|(i, w)| {
            !w.quoted
                && (w.is_capitalized()
                    || w.is_punct("-") && i > 0 && name.get(i + 1).is_some_and(Word::is_capitalized))
        })
        && !name[0].is_one_of(NOT_SPEAKER_LABELS)
        && (!name[0].is_one_of(DETERMINERS) || is_answer);
    let rest = words.get(colon + 1..).filter(|rest| !rest.is_empty())?;
    (is_name && !is_a_field_value(rest)).then(|| Frame {
        cue: words[colon].span,
        verb: None,
        source: Some(cover(name)),
        content: trimmed_content(rest),
    })
}

/// The most words of a name standing as a field's value: "Photograph: Anna Lise Berg".
const MAX_NAME_WORDS: usize = 3;

/// "Published: 6:12 PM EST December 6, 2026", "Referee: Simon Garrow.", "Harwell: Doyle;
/// Reece, Ikeme …": after a field's label stands its value, a time, a name or a line-up, not
/// a turn: a turn's words have a word in lower case or a quotation, or ask or exclaim ("Q:
/// Does Ted Cruz?", "A: No!"). A headline in Title Case after a name stays its words
/// ("Sanders: Clinton Email Story Has Moved", PolNeAR's reading).
fn is_a_field_value(value: &[Word]) -> bool {
    let words = value.iter().filter(|w| w.kind == TokenKind::Word).count();
    let field = value
        .first()
        .is_some_and(|w| w.kind == TokenKind::Number || w.is_calendar_word())
        || (2..=MAX_NAME_WORDS).contains(&words)
        || value.iter().any(|w| w.is_punct(";"));
    field
        && value.iter().all(|w| {
            !w.quoted
                && !w.is_lowercase_word()
                && !w.is_punct("?!\u{201c}\u{201d}\"'\u{2018}\u{2019}")
        })
}

/// Whether `frame` is the unit's [`speaker_label`].
pub(super) fn is_speaker_label(words: &[Word], frame: &Frame) -> bool {
    let marks = marks_before_label(words);
    frame.verb.is_none()
        && frame
            .source
            .is_some_and(|s| words.get(marks).is_some_and(|w| s.start == w.span.start))
        && words[marks..]
            .iter()
            .take(MAX_LABEL_WORDS + 1)
            .any(|w| w.span == frame.cue && w.is_punct(":"))
}

/// `Tom Hale: “We have waited long enough,” he said.`: a label followed by a quotation that
/// its own "he said" attributes opens no transcript turn; the later frame reports the quotation,
/// which starts after the label, and the label's frame goes. Not when the later source names
/// somebody else ("Hale: “…,” the mayor said" keeps its label's turn).
fn label_attributed_again(words: &[Word], frames: &mut Vec<Frame>) {
    let Some(label) = frames.first().copied() else {
        return;
    };
    let (Some(label_content), true) = (label.content, is_speaker_label(words, &label)) else {
        return;
    };
    let again = frames.iter().position(|f| {
        f.verb.is_some()
            && f.content.is_some_and(|c| {
                c.start <= label.cue.end && c.end <= f.cue.start && c.end > label.cue.end
            })
            && f.source.is_some_and(|source| {
                words
                    .iter()
                    .filter(|w| source.contains_span(w.span))
                    .all(|w| w.is_one_of(&["he", "she", "they"]))
                    || names_the_label(words, &label, source)
            })
    });
    let Some(again) = again else {
        return;
    };
    if let Some(content) = frames[again].content.as_mut() {
        content.start = label_content.start;
    }
    frames.remove(0);
}

/// "NEW DELHI: Chief Minister Rao on Tuesday said …": a place in capitals and a colon before a
/// report whose own subject opens right after the colon is the wire's dateline, not a speaker's
/// label; the label's frame goes. A turn's words rarely open on a name that reports (not "WALLACE:
/// You said …").
fn drop_colon_dateline(words: &[Word], frames: &mut Vec<Frame>) {
    let Some(label) = frames
        .first()
        .copied()
        .filter(|l| is_speaker_label(words, l))
    else {
        return;
    };
    // "BELAGHAT:", "NEW DELHI:": a place in capitals of more than two letters; not an
    // interview's "Q:" or "A:".
    let label_words =
        || (words.iter()).filter(|w| label.source.is_some_and(|s| s.contains_span(w.span)));
    let letters = label_words()
        .flat_map(|w| w.text.chars())
        .filter(|c| c.is_alphabetic())
        .count();
    let in_capitals = letters > 2 && label_words().all(|w| !w.text.chars().any(char::is_lowercase));
    let after = words
        .iter()
        .position(|w| w.span == label.cue)
        .and_then(|i| words.get(i + 1));
    let Some(after) = after.filter(|w| {
        in_capitals && !w.quoted && w.is_capitalized() && !w.is_one_of(SUBJECT_PRONOUNS)
    }) else {
        return;
    };
    let reported = (frames[1..].iter())
        .any(|f| f.verb.is_some() && f.source.is_some_and(|s| s.start == after.span.start));
    if reported {
        frames.remove(0);
    }
}

/// Whether `frame` is the unit's [`speaker_label`] "A:".
fn is_answer_label(words: &[Word], frame: &Frame) -> bool {
    is_speaker_label(words, frame)
        && words[marks_before_label(words)..]
            .first()
            .is_some_and(|w| w.text == ANSWER_LABEL && frame.source == Some(w.span))
}

/// The marks that may open a unit before a speaker's label: emphasis in plain text, a label
/// written in bold, "**Fischbach:**", or the mark of a quoted transcript's turn, "\"WALLACE:
/// Let's start".
fn marks_before_label(words: &[Word]) -> usize {
    words
        .iter()
        .take_while(|w| {
            !w.quoted && (w.is_punct("*") || w.is_punct("_") || w.is_punct("\"") || w.is_punct("“"))
        })
        .count()
}

/// Whether `source` holds the last word of `label`'s name.
fn names_the_label(words: &[Word], label: &Frame, source: Span) -> bool {
    let Some(name) = label.source else {
        return false;
    };
    let end = words.partition_point(|w| w.span.end <= name.end);
    let Some(surname) = end.checked_sub(1).map(|i| words[i]) else {
        return false;
    };
    words
        .iter()
        .filter(|w| source.contains_span(w.span))
        .any(|w| w.is(surname.text))
}

/// "When a reporter asked about the penalty, she laughed.", "Asked about the penalty, she
/// laughed.": a frame inside a clause of time, or a question put to the subject, that opens
/// the unit sets the scene; the main clause's subject is who speaks on after it (a frame with
/// no content, the main verb its cue). None when the frame is in the main clause, or the main
/// clause is the frame's own source's.
pub(super) fn main_clause_speaker(words: &[Word], frame: &Frame) -> Option<Frame> {
    const TIME_CLAUSES: &[&str] = &["when", "after", "as", "while", "before", "once", "asked"];
    words
        .first()
        .filter(|w| !w.quoted && w.is_one_of(TIME_CLAUSES))?;
    let comma = past_relative_clause(
        words,
        words.iter().position(|w| !w.quoted && w.is_punct(","))?,
    );
    let main = &words[comma + 1..];
    if frame.cue.start > words[comma].span.start || main.iter().any(|w| w.quoted) {
        return None;
    }
    let source = leading_subject(main)?;
    let verb = main.iter().find(|w| w.span.start >= source.end)?;
    let same = |a: Span, b: Span| {
        words_between(words, a)
            .map(|w| w.text)
            .eq(words_between(words, b).map(|w| w.text))
    };
    (verb.is_lowercase_word() && !frame.source.is_some_and(|s| same(s, source))).then_some(Frame {
        cue: verb.span,
        verb: None,
        source: Some(source),
        content: None,
    })
}

/// "Asked about the walkouts, a few dozen of which were visible, he shrugged": a relative
/// clause set off after the opening clause (holding "which", "whom" or "whose" before its
/// closing comma) describes the clause's last noun; the main clause begins after it. The comma
/// that ends the relative clause, or `comma` itself if none follows it.
fn past_relative_clause(words: &[Word], comma: usize) -> usize {
    let next = words[comma + 1..]
        .iter()
        .position(|w| !w.quoted && w.is_punct(",.;:!?"))
        .map(|at| comma + 1 + at);
    match next {
        Some(next)
            if words[next].is_punct(",")
                && words[comma + 1..next]
                    .iter()
                    .any(|w| !w.quoted && w.is_one_of(&["which", "whom", "whose"])) =>
        {
            next
        }
        _ => comma,
    }
}

fn words_between<'w, 't>(words: &'w [Word<'t>], span: Span) -> impl Iterator<Item = &'w Word<'t>> {
    words.iter().filter(move |w| span.contains_span(w.span))
}

/// "From the report: “…”", "Michael McDonald: “…”": a quotation that a colon introduces, in a
/// unit with no reporting verb. The source is the name before the colon, or the unit's subject.
pub fn colon_introduction(words: &[Word], quotation_start: usize) -> Option<Frame> {
    let open = words.partition_point(|w| w.span.start < quotation_start);
    let colon = open
        .checked_sub(1)
        .filter(|&i| words[i].is_punct(":") && !words[i].quoted)?;
    let before = colon.checked_sub(1)?;
    // "Reader Jan Howells sends this from Whitmore: “…”", "… told reporters in Geneva: “…”": a
    // place after a preposition is where the words came from, not who said them; the subject
    // is. Not "More from Jones: “…”", a source's heading.
    let name = name_ending_at(words, before).filter(|_| words[before].is_capitalized());
    let placed = name.is_some_and(|name| {
        let first = words.partition_point(|w| w.span.start < name.start);
        let word = |i: usize| words.get(i).filter(|w| !w.quoted);
        let preposition = first.checked_sub(1);
        preposition.and_then(word).is_some_and(|p| {
            p.is_one_of(&["in", "on", "at", "near", "outside"])
                || p.is("from")
                    && preposition
                        .and_then(|p| p.checked_sub(1))
                        .and_then(word)
                        .is_some_and(Word::is_lowercase_word)
        })
    });
    let subject = || leading_subject(&words[..colon]);
    let source = match placed {
        true => subject().or(name),
        false => name.or_else(subject),
    }?;
    Some(Frame {
        cue: words[colon].span,
        verb: None,
        source: Some(source),
        content: Some(words[open].span),
    })
}

/// "Margaret Lyle, 81, worked in the weaving shed for 30 years:", "A former night-shift worker,
/// who asked not to be named …:": a line that ends with a colon and reports nothing, opened by a
/// person set off by a comma (a name of two or more capitalised words, or "a"/"an"/"another"
/// and a lower-case description), introduces the quotation of the paragraph after (an oral
/// history's convention); its source is that person, its cue the colon. The caller holds it to
/// a colon that ends its paragraph before one that opens with the quotation.
pub(super) fn person_before_closing_colon(words: &[Word]) -> Option<Frame> {
    const MAX_SUBJECT_WORDS: usize = 6;
    let colon = words.last().filter(|w| w.is_punct(":"))?;
    if words.iter().any(|w| w.quoted) {
        return None;
    }
    let comma = words
        .iter()
        .take(MAX_SUBJECT_WORDS + 1)
        .position(|w| w.is_punct(","))?;
    let subject = &words[..comma];
    // "In Greyford, the mood was grim:" sets a scene; a name opens with no preposition.
    let named = subject.len() >= 2
        && subject.iter().all(Word::is_capitalized)
        && !subject[0].is_one_of(PREPOSITIONS)
        && !subject[0].is_one_of(&["after", "before", "since", "as", "when", "while", "until"]);
    let described = subject.len() >= 2
        && subject[0].is_one_of(&["a", "an", "another"])
        && subject[1..]
            .iter()
            .all(|w| w.is_lowercase_word() || w.is_punct("-"))
        && subject.last().is_some_and(Word::is_lowercase_word);
    (named || described).then(|| Frame {
        cue: colon.span,
        verb: None,
        source: Some(cover(subject)),
        content: None,
    })
}

/// "“…” ― Sonya Herridge": a quotation signed with a dash and a name.
fn dash_signature(words: &[Word], dash: usize) -> Option<Frame> {
    let run = name_run_len(&words[dash + 1..]);
    let ends = words
        .get(dash + 1 + run)
        .is_none_or(|w| w.kind == TokenKind::Punct && !w.quoted);
    if run == 0 || run > 5 || !ends {
        return None;
    }
    let quote_start = words[..dash]
        .iter()
        .rposition(|w| !w.quoted)
        .map_or(0, |i| i + 1);
    Some(Frame {
        cue: words[dash].span,
        verb: None,
        source: Some(cover(&words[dash + 1..dash + 1 + run])),
        content: Some(cover(&words[quote_start..dash])),
    })
}

/// "‘We lose a fifth of the water’: Nadia Ferreol on leaks": a quotation that opens the unit,
/// signed after a colon by a name of two to four capitalised words, which ends the unit or
/// is followed by what the speaker talks of ("on …"), or by the headline's verb in the present
/// ("‘…’: Nadia Ferreol quits the board"), of which the name is the subject. Not "“Hey Jude”:
/// The Song That …", where lower-case words do not follow the name.
fn colon_signature(words: &[Word], colon: usize) -> Option<Frame> {
    words[..colon].iter().all(|w| w.quoted).then_some(())?;
    let rest = &words[colon + 1..];
    let run = rest
        .iter()
        .take_while(|w| is_part_of_a_name(w) && w.kind == TokenKind::Word)
        .count();
    let ends = rest.get(run).is_none_or(|w| {
        !w.quoted
            && (w.is_one_of(&["on", "says", "said"])
                || w.is_punct(".")
                || w.is_lowercase_word() && w.text.len() > 3 && ends_in_single_s(w.text))
    });
    if !(2..=4).contains(&run) || !ends {
        return None;
    }
    Some(Frame {
        cue: words[colon].span,
        verb: None,
        source: Some(cover(&rest[..run])),
        content: Some(cover(&words[..colon])),
    })
}

/// Whether `frame` is a noun's with its owner for the source, "his attacks on", "Trump’s claim
/// that" ([`claim_noun`], [`nominal_report`]).
fn is_owned_noun(words: &[Word], frame: &Frame) -> bool {
    let Some(source) = frame
        .source
        .filter(|s| frame.verb.is_none() && s.end <= frame.cue.start)
    else {
        return false;
    };
    let after = words.partition_point(|w| w.span.end <= source.end);
    let owner = after.checked_sub(1).map(|i| words[i]);
    owner.is_some_and(|w| w.is_one_of(&["his", "her", "their", "its"]))
        || words.get(after).is_some_and(|w| w.is_possessive())
}

/// "his claim that …", "Trump’s assertion that …": a noun of saying, its owner the source;
/// some report with no owner too, "an assertion that …", with nobody as the source.
fn claim_noun(words: &[Word], index: usize) -> Option<Frame> {
    // Nouns that are also a verb's form report only with their owner.
    const OWNED_CLAIM_NOUNS: &[&str] = &[
        "claim",
        "claims",
        "warning",
        "promise",
        "pledge",
        "statement",
    ];
    // Nouns that are no verb's form: with nobody named they still report, "concerns that the
    // inquiry was biased" (PolNeAR train: a gold content half the time with no owner).
    const OWNERLESS: &[&str] = &[
        "assertion",
        "contention",
        "insistence",
        "allegation",
        "allegations",
        "suggestion",
        "argument",
        "belief",
        "concern",
        "concerns",
        "complaint",
        "complaints",
    ];
    // The cheap test first: this runs on every word.
    if !words
        .get(index + 1)
        .is_some_and(|w| w.is("that") && !w.quoted)
        || !(words[index].is_one_of(OWNED_CLAIM_NOUNS) || words[index].is_one_of(OWNERLESS))
    {
        return None;
    }
    let owner = index
        .checked_sub(1)
        .map(|i| words[i])
        .filter(|w| !w.quoted)?;
    let source = if owner.is_one_of(&["his", "her", "their", "its"]) {
        Some(owner.span)
    } else if owner.is_possessive() {
        Some(name_ending_at(words, index.checked_sub(2)?)?)
    } else {
        None
    };
    // "an argument that was rejected": a relative clause, not what was argued.
    let relative = words.get(index + 2).is_none_or(|w| {
        is_finite_verb(w) || w.is_one_of(BE_FORMS) || w.is_one_of(FINITE_AUXILIARIES)
    });
    if source.is_none() && (!words[index].is_one_of(OWNERLESS) || relative) {
        return None;
    }
    let end = clause_end(words, index + 2);
    let content = trimmed_content(&words[index + 2..end.max(index + 2)]);
    // "His claim that the wall was safe was rejected": in the sentence's subject, the clause
    // ends before the sentence's own verb.
    let in_subject = !words[..index].iter().any(is_finite_verb);
    Some(Frame {
        cue: words[index].span,
        verb: None,
        source,
        content: content.map(|c| {
            if in_subject {
                before_second_verb(words, c)
            } else {
                c
            }
        }),
    })
}

/// Nouns of a stance or an act of speaking, with the prepositions that open what it is about:
/// "his attacks on Clinton", "renewed calls for a special prosecutor", "questions about her
/// health" (PolNeAR train: 166 of the 308 contents read after these match a gold one, span F1
/// +0.0020; a gold content opens after "support for" only 19% of the time, "attack on" 16%,
/// "idea of" 8%: left out; "comments on" and "about", "thoughts on", "opinion on": 8 more
/// matches for 11 more contents, span F1 +0.0002, while "mention of" added 4 for 8 and missed
/// on dev).
const REPORT_NOUNS: &[(&str, &[&str])] = &[
    ("questions", &["about"]),
    ("attacks", &["on", "against"]),
    ("call", &["for"]),
    ("calls", &["for"]),
    ("opposition", &["to"]),
    ("concerns", &["about"]),
    ("concern", &["about"]),
    ("doubts", &["about"]),
    ("criticism", &["of", "on", "over"]),
    ("critique", &["of"]),
    ("endorsement", &["of"]),
    ("endorsements", &["of"]),
    ("defense", &["of"]),
    ("defence", &["of"]),
    ("comments", &["on", "about"]),
    ("thoughts", &["on"]),
    ("opinion", &["on"]),
    ("opinions", &["on"]),
    ("proponent", &["of"]),
    ("critic", &["of"]),
    ("rejection", &["of"]),
    ("embrace", &["of"]),
    ("accusations", &["of"]),
    ("praise", &["for"]),
    ("denunciation", &["of"]),
    ("condemnation", &["of"]),
    ("supporter", &["of"]),
    ("advocate", &["for"]),
    ("announcement", &["of"]),
];

/// "Trump’s attacks on the Fed", "the calls for an inquiry": a noun of stance or speech; its
/// owner, when a possessive names one, is the source, and the content is the noun phrase after
/// the preposition, up to its first comma. A noun spelled like a reporting verb ("calls",
/// "attacks") is read as a noun only after a determiner or a possessive, else it is the verb.
fn nominal_report(words: &[Word], index: usize, lexicon: &Lexicon) -> Option<Frame> {
    let word = words[index];
    let (_, prepositions) = REPORT_NOUNS.iter().find(|(w, _)| word.is(w))?;
    words
        .get(index + 1)
        .filter(|w| !w.quoted && w.is_one_of(prepositions))?;
    // Back over a few modifiers: "his repeated, sharp attacks on".
    let modifiers = words[..index]
        .iter()
        .rev()
        .take(2)
        .take_while(|w| {
            !w.quoted
                && w.is_lowercase_word()
                && !w.is_one_of(DETERMINERS)
                && !w.is_one_of(PHRASE_BREAKS)
                && !w.is_one_of(PREPOSITIONS)
                && !w.is_one_of(SUBJECT_PRONOUNS)
                && lexicon.lookup(w.text).is_none()
        })
        .count();
    let owner = (index - modifiers)
        .checked_sub(1)
        .map(|i| words[i])
        .filter(|w| !w.quoted);
    // "pointed to attacks on her campaign", "responded to calls for …": what the act before
    // is about (the claims layer reads such acts where no frame is found).
    let before_phrase = (index - modifiers)
        .checked_sub(1 + usize::from(owner.is_some_and(|w| w.is_one_of(DETERMINERS))))
        .map(|i| words[i]);
    if before_phrase.is_some_and(|w| !w.quoted && w.is("to")) {
        return None;
    }
    let source = match owner {
        Some(w) if w.is_one_of(&["his", "her", "their", "its"]) => Some(w.span),
        Some(w) if w.is_possessive() => (index - modifiers)
            .checked_sub(2)
            .and_then(|end| name_ending_at(words, end)),
        _ => None,
    };
    let start = index + 2;
    let noun_phrase = opens_noun_phrase(words, start);
    let end = clause_end(words, start);
    // "his attacks on Clinton have elevated …": the phrase is the subject of what follows.
    let end = (start + 1..end)
        .find(|&i| {
            let w = &words[i];
            !w.quoted && (w.is_punct(",") || is_finite_verb(w) && !w.is_possessive() && noun_phrase)
        })
        .unwrap_or(end);
    let end = speech_event_end(words, start, end);
    Some(Frame {
        cue: word.span.cover(words[index + 1].span),
        verb: None,
        source,
        content: Some(trimmed_content(&words[start..end.max(start)])?),
    })
}

/// Verbs of appearance: "Trump seemed to recognize …", "the economy appears to be slowing".
pub(crate) const SEEM_VERBS: &[&str] =
    &["seem", "seems", "seemed", "appear", "appears", "appeared"];

/// "Obama seemed to recognize the significance": a reporting verb after "seemed to" is the
/// subject's, with the whole phrase as its cue. "The music seemed to match the mood", "it
/// appears that …": how things look, with nobody as the source; the content is the clause,
/// its subject included ("the music … to match the mood").
fn seeming(words: &[Word], index: usize, lexicon: &Lexicon) -> Option<Frame> {
    let next = words.get(index + 1).filter(|w| !w.quoted)?;
    let subject = skip_back(words, index, BETWEEN_SUBJECT_AND_VERB)
        .filter(|&end| !words[end].is_punct(DASHES_AND_COMMAS))
        .and_then(|end| subject_before(words, end));
    if next.is("that") {
        return Some(Frame {
            cue: words[index].span,
            verb: None,
            source: None,
            content: trimmed_content(&words[index + 1..clause_end(words, index + 1)]),
        });
    }
    if !next.is("to") {
        return None;
    }
    let reported = words
        .get(index + 2)
        .filter(|w| !w.quoted && w.is_lowercase_word())
        .and_then(|w| lexicon.lookup(w.text))
        // Not a verb that speaks only after a quotation: "seemed to reflect sadness".
        .filter(|verb| verb.form == VerbForm::Base && !verb.after_quotation)
        .filter(|verb| verb.particle.is_none() || particle_at(words, index + 2, *verb).is_some());
    if let Some(verb) = reported {
        return Some(Frame {
            cue: words[index].span.cover(words[index + 2].span),
            verb: Some(verb),
            source: subject,
            content: content_after(words, index + 3, verb),
        });
    }
    let subject = subject?;
    // Not "who seemed to …": the clause's subject is somebody else's relative pronoun.
    if words[words.partition_point(|w| w.span.start < subject.start)].is_one_of(RELATIVE_PRONOUNS) {
        return None;
    }
    let end = clause_end(words, index + 1);
    let rest = trimmed_content(&words[index + 1..end])?;
    Some(Frame {
        cue: words[index].span,
        verb: None,
        source: None,
        content: Some(subject.cover(rest)),
    })
}

/// Participles of a view nobody is named as holding, with the word that must follow: "The
/// change is expected to …", "Ginsburg is known for …" (PolNeAR train: after a form of "be", a
/// gold cue 72 of 83 times for "expected to", 8 of 9 for "known for", 4 of 4 for "said to", 7 of
/// 10 for "charged with", 5 of 8 for "criticized for", 4 of 7 for "accused of", 2 of 2 for
/// "blamed for" (and 1 of 1 on dev): what somebody is held to have done; "seen as" 18 of 39, "viewed as" 4 of 11 and "known as" 6 of 7, which also
/// names things ("what is known as the Purcell doctrine"), added more misses than finds).
const VIEW_PARTICIPLES: &[(&str, &str)] = &[
    ("expected", "to"),
    ("known", "for"),
    ("said", "to"),
    ("accused", "of"),
    ("charged", "with"),
    ("criticized", "for"),
    ("blamed", "for"),
];

/// "The embattled French president is expected to run for re-election": a view with no source;
/// the content is the clause, its subject included (a relative pronoun too: "which is expected
/// to draw a large audience"), up to its first comma ("…, giving employees time to prepare",
/// "…, with potentially sharp consequences": where annotators end these).
fn held_view(words: &[Word], index: usize) -> Option<Frame> {
    let word = words[index];
    let (_, complement) = VIEW_PARTICIPLES.iter().find(|(w, _)| word.is(w))?;
    words
        .get(index + 1)
        .filter(|w| !w.quoted && w.is(complement))?;
    // "is widely expected", "was not expected", "might be expected".
    let be = skip_back(
        words,
        index,
        &["not", "also", "now", "still", "long", "n't"],
    )
    .filter(|&i| words[i].is_one_of(BE_FORMS) && !words[i].quoted)?;
    let start = subject_start(words, be);
    let end = before_first_comma(words, index + 1, clause_end(words, index + 1));
    let clause = trimmed_content(&words[start..end])?;
    Some(Frame {
        cue: words[be].span.cover(word.span),
        verb: None,
        source: None,
        content: Some(clause),
    })
}

/// Adjectives of a stance, with the words that open what the stance is about: "Mr. Ackman is
/// convinced that …", "The White House was eager to …", "Democratic leaders are wary of …"
/// (PolNeAR train, after a form of "be", "remain" or "seem": a gold cue 9 of 10 times for "eager
/// to", 8 of 12 for "hopeful", 4 of 6 for "convinced that", 8 of 13 for "critical of"; "confident
/// that" 3 of 10 and "worried about" 4 of 10 are left out).
const STANCE_ADJECTIVES: &[(&str, &[&str])] = &[
    ("eager", &["to"]),
    ("hopeful", &["that", "about"]),
    ("convinced", &["that"]),
    ("adamant", &["that"]),
    ("wary", &["of"]),
    ("critical", &["of"]),
    ("skeptical", &["of", "about", "that"]),
    ("supportive", &["of"]),
];

/// "Mr. Ackman is convinced that Valeant will be a comeback story": the subject holds the stance;
/// the content is what follows the adjective ("to …" and "that …" included, "of" and "about" not).
fn stance_adjective(words: &[Word], index: usize) -> Option<Frame> {
    let word = words[index];
    let (_, complements) = STANCE_ADJECTIVES.iter().find(|(w, _)| word.is(w))?;
    let complement = words
        .get(index + 1)
        .filter(|w| !w.quoted && w.is_one_of(complements))?;
    const DEGREE: &[&str] = &[
        "not", "also", "very", "so", "too", "more", "less", "still", "now", "all", "both", "quite",
        "far", "pretty", "most", "n't",
    ];
    const LINKING_VERBS: &[&str] = &[
        "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared",
    ];
    // Not "the partner being supportive of her": a gerund's stance is read inside another frame.
    let linking = skip_back(words, index, DEGREE).filter(|&i| {
        !words[i].quoted
            && !words[i].is("being")
            && (words[i].is_one_of(BE_FORMS) || words[i].is_one_of(LINKING_VERBS))
    })?;
    let source = skip_back(words, linking, BETWEEN_SUBJECT_AND_VERB)
        .filter(|&end| !words[end].is_punct(DASHES_AND_COMMAS))
        .and_then(|end| subject_before(words, end))?;
    // "eager to assuage public outrage over the rising debt, much of which …": to its first
    // comma; "critical of Trump since they both were competing …": what it is about, before a
    // time or reason.
    let about = complement.is_one_of(&["of", "about"]);
    let start = index + 1 + usize::from(about);
    let end = before_first_comma(words, start, clause_end(words, start));
    let end = (start..end)
        .find(|&i| {
            about
                && !words[i].quoted
                && words[i].is_one_of(&[
                    "since", "because", "when", "after", "before", "while", "during", "as", "until",
                ])
        })
        .unwrap_or(end);
    let content = trimmed_content(&words[start..end.max(start)])?;
    Some(Frame {
        cue: words[linking].span.cover(word.span),
        verb: None,
        source: Some(source),
        content: Some(content),
    })
}

/// "The Club for Growth is reportedly spending $1.5 million", "Google and Facebook have
/// reportedly looked at Twitter": a report with no source; the content is the clause, its
/// subject included (PolNeAR train: a gold cue 18 of 27 times). "Trump reportedly said" is the
/// verb's frame, and "…, reportedly winning over delegates" has no subject of its own.
fn reportedly(words: &[Word], index: usize, lexicon: &Lexicon) -> Option<Frame> {
    let verb = (index + 1..words.len().min(index + 4)).find(|&i| {
        !words[i].is_one_of(BETWEEN_SUBJECT_AND_VERB) && !words[i].is_one_of(BE_FORMS)
    })?;
    // "has reportedly taken heat" is no "took issue with": a verb without its particle reports
    // nothing.
    let reports = lexicon
        .lookup(words[verb].text)
        .is_some_and(|v| v.particle.is_none() || particle_at(words, verb, v).is_some());
    if words[verb].quoted || reports {
        return None;
    }
    // "is reportedly", "has reportedly": the subject comes before the auxiliary.
    let auxiliaries = (0..index)
        .rev()
        .take_while(|&i| {
            words[i].is_one_of(BE_FORMS)
                || words[i].is_one_of(&["has", "have", "had", "will", "would"])
        })
        .count();
    let verb_start = index - auxiliaries;
    let before = verb_start.checked_sub(1).map(|i| words[i])?;
    if before.quoted || before.kind == TokenKind::Punct || before.is_one_of(RELATIVE_PRONOUNS) {
        return None;
    }
    let start = subject_start(words, verb_start);
    let end = before_first_comma(words, index + 1, clause_end(words, index + 1));
    let content = trimmed_content(&words[start..end])?;
    Some(Frame {
        cue: words[index].span,
        verb: None,
        source: None,
        content: Some(content),
    })
}

/// Bodies that hear evidence. Court and inquiry reports give the evidence to the hearing that
/// heard it ("The court heard that …", "The jury was told …", "MPs were told …") and name the
/// witness later, if at all; PolNeAR, too, marks the hearer as the source of what was heard ("I
/// haven't heard him lay out …").
const HEARINGS: &[&str] = &[
    "court",
    "jury",
    "jurors",
    "inquest",
    "hearing",
    "tribunal",
    "inquiry",
    "committee",
    "magistrates",
    "trial",
    "mps",
    "peers",
    "parliament",
    "commons",
    "lords",
    "councillors",
];

/// What a hearing heard, for the content's reading: a verb of speech that takes no hearer.
const HEARD: CueWord = CueWord {
    lemma: "hear",
    form: VerbForm::Past,
    particle: None,
    not_with: None,
    kind: CueKind::Speech,
    after_quotation: false,
};

/// "The court heard that Harris had taken £40,000", "The jury was told he spent the money on
/// holidays", "Jurors heard how he forged signatures": the hearing is the source, what it heard
/// the content. Not "Residents heard a loud bang" nor "Residents were told to leave": only a
/// hearing's evidence goes without its witness.
fn heard_at_a_hearing(words: &[Word], index: usize) -> Option<Frame> {
    let word = words[index];
    let verb_start = if word.is("heard") {
        index
    } else if word.is("told") {
        // "was told", "has been told", "were also told".
        skip_back(words, index, &["also", "repeatedly", "previously"])
            .filter(|&i| words[i].is_one_of(BE_FORMS) && !words[i].quoted)?
    } else {
        return None;
    };
    let subject_end = skip_back(words, verb_start, BETWEEN_SUBJECT_AND_VERB)
        .filter(|&end| words[end].is_one_of(HEARINGS) && !words[end].quoted)?;
    let source = subject_before(words, subject_end)?;
    let content = content_after(words, index + 1, HEARD)?;
    Some(Frame {
        cue: words[verb_start].span.cover(word.span),
        verb: Some(HEARD),
        source: Some(source),
        content: Some(content),
    })
}

/// The first comma the reporter wrote between `start` and `end`, else `end`: where annotators
/// end a clause reported with no source ("…, giving employees time to prepare") or one that
/// opens the sentence with a subordinator. A comma inside closing marks counts (`“far too
/// small,” she`): the reporter's, by American usage.
fn before_first_comma(words: &[Word], start: usize, end: usize) -> usize {
    (start..end)
        .find(|&i| {
            !words[i].quoted && (words[i].is_punct(",") || comma_inside_closing_marks(words, i))
        })
        .unwrap_or(end)
}

/// Where the subject of the verb at `verb` starts, read back to the clause's start: after a
/// conjunction, a subordinator, a semicolon, colon, dash or quotation, or at a relative pronoun
/// ("which is expected"); after a comma with words between it and the verb ("…, more than
/// 250,000 Iowans are expected"), but not past one right before it ("The central bank, which
/// has held rates near zero, is expected": the subject is before the relative clause).
fn subject_start(words: &[Word], verb: usize) -> usize {
    const MAX_SUBJECT_WORDS: usize = 40;
    const BOUNDARIES: &[&str] = &[
        "and", "but", "or", "so", "yet", "because", "although", "though", "while", "when", "if",
        "whereas", "unless",
    ];
    let first = verb.saturating_sub(MAX_SUBJECT_WORDS);
    let mut start = verb;
    let mut past_apposition = false;
    while start > first {
        let word = words[start - 1];
        let comma = word.is_punct(",") && !word.quoted;
        if comma && start == verb {
            past_apposition = true;
        } else if word.quoted
            || word.is_punct(";:(")
            || is_dash(words, start - 1)
            || word.is_one_of(BOUNDARIES)
            || comma && !past_apposition
        {
            break;
        }
        start -= 1;
        if word.is_one_of(RELATIVE_PRONOUNS) && !past_apposition {
            break;
        }
    }
    start
}

/// Verbs that put out what then speaks: "His office put out a statement saying …" is the
/// office's word, not the statement's (PolNeAR train: +7 speakers, none lost; without the list,
/// "held up a sign saying" and "wore a hat saying" went wrong).
const PUBLISHING_VERBS: &[&str] = &[
    "put",
    "issued",
    "released",
    "sent",
    "posted",
    "emailed",
    "published",
    "tweeted",
    "launched",
    "unveiled",
    "aired",
    "ran",
    "began",
    "started",
];

/// The subject of a publishing verb right before `object` ("put out a statement"), else `object`:
/// the verb's own subject, "The cuts come a year after the board published a strategy
/// promising …" (the board), else the sentence's.
fn publisher_or(words: &[Word], object: Span) -> Span {
    let first = words.partition_point(|w| w.span.start < object.start);
    let verb = match first.checked_sub(1) {
        Some(out) if words[out].is("out") => out.checked_sub(1),
        before => before,
    };
    verb.filter(|&v| !words[v].quoted && words[v].is_one_of(PUBLISHING_VERBS))
        .and_then(|v| subject_of(words, v).or_else(|| leading_subject(&words[..v])))
        .unwrap_or(object)
}

/// "per the report", "per CNN", "as per its filing": "per" reads as "according to" before a
/// noun phrase that opens with an article, a possessive or a name; not in "$5 per gallon",
/// "per capita", "per se", nor in a headline, where every word is capitalised ("$5 Per Gallon").
/// Not right after a cue either: in "Guccifer said, per a translator, that …" it names the
/// channel of the cue's source, not a source of its own.
fn per_names_source(words: &[Word], index: usize, headline: bool, earlier: &[Frame]) -> bool {
    let names = words.get(index + 1).is_some_and(|w| {
        !w.quoted && (w.is_one_of(NOUN_PHRASE_OPENERS) || w.is_capitalized() && !headline)
    });
    names
        && !earlier.last().is_some_and(|f| {
            (words[..index].iter().rev())
                .find(|w| !w.is_punct(","))
                .is_some_and(|w| w.span.end == f.cue.end)
        })
}

/// "By one estimate, …", "…, by some measures.", "By Trump's own admission, …": set off by commas,
/// "by" a reckoning reads as "according to" it (PolNeAR train and dev: a gold cue 4 of 5 times;
/// not "grew by some measure", "was led by one account manager").
fn by_estimate(words: &[Word], index: usize) -> bool {
    const RECKONINGS: &[&str] = &[
        "estimate",
        "estimates",
        "measure",
        "measures",
        "account",
        "accounts",
        "admission",
        "count",
        "calculation",
        "calculations",
        "reckoning",
        "tally",
    ];
    let set_off = |i: Option<usize>| {
        i.and_then(|i| words.get(i))
            .is_none_or(|w| w.is_punct(DASHES_AND_COMMAS) && !w.quoted)
    };
    // "one", "some", "many", "his", "her own"; an owner of up to three words, "Trump's own",
    // "the group's".
    let quantity = words.get(index + 1).is_some_and(|w| {
        !w.quoted
            && w.is_one_of(&[
                "one", "some", "many", "most", "several", "his", "her", "their", "its", "our",
            ])
    });
    let owner = (index + 2..index + 5)
        .take_while(|&i| words.get(i - 1).is_some_and(|w| w.kind == TokenKind::Word))
        .find(|&i| words.get(i).is_some_and(|w| w.is_possessive() && !w.quoted));
    let Some(mut at) = owner.or(quantity.then_some(index + 1)) else {
        return false;
    };
    at += 1 + usize::from(words.get(at + 1).is_some_and(|w| w.is("own")));
    words
        .get(at)
        .is_some_and(|w| !w.quoted && w.is_one_of(RECKONINGS))
        && set_off(index.checked_sub(1))
        && (at + 1 == words.len() || set_off(Some(at + 1)) || words[at + 1].is_punct("."))
}

/// "Prices rose 4 percent, based on figures from the ministry.", "Based on a survey by Gallup,
/// …": set off at either end of the clause, "based on" reads as "according to" when what
/// follows names data or a document before any preposition (the `@document` words of
/// `data/claims/stance_predicates.txt`); not "based on his record", "is based on a true story"
/// (PolNeAR train and dev: 3 gold "Based on" cues in 9 sentences opening with it).
fn based_on(words: &[Word], index: usize) -> Option<Frame> {
    let set_off = index
        .checked_sub(1)
        .is_none_or(|i| words[i].is_punct(DASHES_AND_COMMAS) && !words[i].quoted);
    let frame = set_off.then(|| according_to(words, index, index + 2))??;
    let source = super::words_in(words, frame.source?);
    let mut buffer = [0u8; LONGEST_LISTED_WORD];
    (source.iter())
        .take_while(|w| !w.is_one_of(PREPOSITIONS))
        .any(|w| ascii_lowercase(w.text, &mut buffer).is_some_and(is_document))
        .then_some(frame)
}

/// The cues [`according_to`] reads: what follows them is what their source says.
pub(super) fn is_according_to(cue: &str) -> bool {
    ["according to", "per", "as per", "based on"]
        .iter()
        .any(|phrase| cue.eq_ignore_ascii_case(phrase))
}

/// Where a name's apposition set off by commas ends, "Dr Neil Parry, a consultant at the
/// hospital,", or `end` where none follows the name ending there: an indefinite article, a few
/// words with no verb, and a comma before what follows. Not "Smith, a new law will …".
fn past_apposition(words: &[Word], start: usize, end: usize) -> usize {
    const MAX_APPOSITION_WORDS: usize = 10;
    let named = words
        .get(start)
        .is_some_and(|w| w.is_capitalized() && !w.quoted);
    let opens = words.get(end).is_some_and(|w| w.is_punct(","))
        && words
            .get(end + 1)
            .is_some_and(|w| !w.quoted && w.is_one_of(&["a", "an"]));
    if !(named && opens) {
        return end;
    }
    let apposition = words[end + 1..]
        .iter()
        .take(MAX_APPOSITION_WORDS + 1)
        .position(|w| w.kind == TokenKind::Punct || w.quoted || is_finite_verb(w));
    match apposition.map(|length| end + 1 + length) {
        Some(comma) if words[comma].is_punct(",") && comma + 1 < words.len() => comma,
        _ => end,
    }
}

/// "according to X, CLAUSE" and "CLAUSE, according to X" (and "per X"): the cue is the words
/// from `index` to `source_start`.
fn according_to(words: &[Word], index: usize, source_start: usize) -> Option<Frame> {
    let cue = cover(&words[index..source_start]);
    let source_end = noun_phrase_forward(words, source_start)?;
    let source_end = past_apposition(words, source_start, source_end);
    let source = cover(&words[source_start..source_end]);
    let before = clause_before(words, index);
    // "The company failed, according to the report, and the mine closed": a clause joined
    // after the source is the reporter's own.
    let joined = words[source_end..]
        .iter()
        .find(|w| !w.is_punct(","))
        .is_some_and(|w| !w.quoted && w.is_one_of(CONJUNCTIONS));
    let after = trimmed_content(&words[source_end..]).filter(|_| !joined || before.is_none());
    // "In addition, according to the department, nearly nine million …": a short opening
    // phrase is no clause when one follows.
    let short_opening = before.is_some_and(|b| {
        let first = words.partition_point(|w| w.span.start < b.start);
        words[first..index]
            .iter()
            .filter(|w| w.kind != TokenKind::Punct)
            .count()
            <= 3
            && !words[first..index].iter().any(|w| w.quoted)
    });
    let content = match before {
        Some(_) if short_opening && after.is_some() => after,
        Some(before) => Some(before),
        // Not "levied according to schedule": a bare noun names no source.
        None => subject_of_according(words, index)
            .or_else(|| {
                let named = words[source_start].is_capitalized()
                    || words[source_start].is_one_of(NOUN_PHRASE_OPENERS);
                named.then(|| clause_running_into(words, index)).flatten()
            })
            .or(after),
    };
    Some(Frame {
        cue,
        verb: None,
        source: Some(source),
        content,
    })
}

/// "The company lost $3 million according to the report", "X, which has 550 million users
/// according to the company, …": with no comma before the cue, the clause that runs into it,
/// from the last mark that opens a clause (a comma, a colon, a dash) or the unit's start.
fn clause_running_into(words: &[Word], index: usize) -> Option<Span> {
    // A longer clause starts where the bound does.
    let reach = index.saturating_sub(MAX_CLAUSE_WORDS);
    let start = (reach..index)
        .rfind(|&i| !words[i].quoted && (words[i].is_punct(",;:") || is_dash(words, i)))
        .map_or(after_dateline(words).max(reach), |i| i + 1);
    (start < index)
        .then(|| trimmed_content(&words[start..index]))
        .flatten()
}

/// "That’s according to fundraising reports …": the subject before "is according to" (PolNeAR
/// train: a gold attribution, with that content, 4 of 5 times).
fn subject_of_according(words: &[Word], index: usize) -> Option<Span> {
    let be = index
        .checked_sub(1)
        .filter(|&i| words[i].is_one_of(BE_FORMS) && !words[i].quoted)?;
    let start = words[..be]
        .iter()
        .rposition(|w| !w.quoted && w.is_punct(DASHES_AND_COMMAS))
        .map_or(0, |i| i + 1);
    trimmed_content(&words[start..be])
}

/// "As reported by Western Journalism, CLAUSE", "CLAUSE, as noted by the court.", also past an
/// adverb after "as": "As first reported by", "as previously reported by". The cue stays the
/// verb, which [`super::cues::verb_of`] reads as the cue's first word.
fn as_reported_by(words: &[Word], index: usize, cue: Span, verb: CueWord) -> Option<Frame> {
    let as_index = skip_back(words, index, &["first", "earlier", "also"])?;
    let as_word = words[as_index];
    if !as_word.is("as") || as_word.quoted || !words.get(index + 1).is_some_and(|w| w.is("by")) {
        return None;
    }
    let source_end = noun_phrase_forward(words, index + 2)?;
    let content = clause_before(words, as_index).or_else(|| {
        let end = clause_end(words, source_end);
        trimmed_content(&words[source_end..end])
    });
    Some(Frame {
        cue,
        verb: Some(verb),
        source: Some(cover(&words[index + 2..source_end])),
        content,
    })
}

/// Changes that "see" takes as what its subject went through: "has seen a sharp rise", "will
/// see a 2 percent growth rate", "have seen their incomes fall".
const CHANGES: &[&str] = &[
    "rise",
    "rises",
    "increase",
    "increases",
    "surge",
    "jump",
    "fall",
    "falls",
    "drop",
    "drops",
    "decline",
    "spike",
    "growth",
    "boom",
    "influx",
    "flood",
    "slump",
    "downturn",
    "rebound",
    "uptick",
    "gains",
    "losses",
    "wave",
    "spate",
    "grow",
    "shift",
    "improve",
    "soar",
    "plunge",
];
/// How many words after "see" its change may come: "seen an unprecedented surge of", "seen
/// their jobless rate fall".
const CHANGE_WITHIN: usize = 5;

/// Whether the words from `from` name a [`CHANGES`] word within [`CHANGE_WITHIN`] words, before
/// any punctuation, quotation or "that".
fn undergoes_a_change(words: &[Word], from: usize) -> bool {
    words
        .iter()
        .skip(from)
        .take(CHANGE_WITHIN)
        .take_while(|w| !w.quoted && w.kind != TokenKind::Punct && !w.is("that"))
        .any(|w| w.is_one_of(CHANGES))
}

/// Verbs of saying and knowing that take "of" after them ("warning of", "told of", "speaking
/// of", "adding of the mayor: …"): their -ing form before "of" is still a verb.
const GERUNDS_WITH_OF: &[&str] = &[
    "warn",
    "speak",
    "talk",
    "complain",
    "tell",
    "write",
    "think",
    "hear",
    "boast",
    "accuse",
    "remind",
    "inform",
    "assure",
    "learn",
    "know",
    "say",
    "testify",
    "dream",
    "approve",
    "disapprove",
    "despair",
    "convince",
    "add",
];

fn verb_frame(
    words: &[Word],
    index: usize,
    cue_end: usize,
    verb: CueWord,
    earlier: &[Frame],
) -> Option<Frame> {
    let cue = words[index].span.cover(words[cue_end].span);
    let previous = index.checked_sub(1).map(|i| words[i]);
    // "the report", "his claims", "of saying", "the accepted truth": a noun or an adjective.
    // "He’s claiming": after a pronoun, "’s" is "is", not a possessive.
    let contracted_is = index >= 2
        && words[index - 2].is_one_of(&["he", "she", "it", "that", "who", "there", "what"]);
    // "Several said", "most said", "Some say": a quantifier standing alone is the subject.
    let quantifier_subject = previous.is_some_and(|p| p.is_one_of(QUANTIFIER_SUBJECTS))
        && !verb.is_gerund()
        && index
            .checked_sub(2)
            .is_none_or(|i| !words[i].is_one_of(DETERMINERS) && !words[i].is_one_of(PREPOSITIONS));
    if previous.is_some_and(|p| {
        !p.quoted
            && (p.is_one_of(DETERMINERS)
                || p.is_possessive() && !contracted_is
                || p.is_one_of(PREPOSITIONS) && !(p.is("to") && verb.form == VerbForm::Base))
    }) && !(verb.is_gerund() && previous.is_some_and(|p| p.is_one_of(SUBORDINATORS)))
        && !quantifier_subject
        && judged_for(words, index, verb).is_none()
    {
        return None;
    }
    // "mandatory reporting of serious incidents", "rigorous questioning of witnesses": an -ing
    // form with "of" after it is a noun, unless its verb takes "of" itself ("warning of
    // floods", "speaking of her son").
    if verb.is_gerund()
        && cue_end == index
        && words
            .get(index + 1)
            .is_some_and(|w| w.is("of") && !w.quoted)
        && !GERUNDS_WITH_OF.contains(&verb.lemma)
    {
        return None;
    }
    // "The slump is likely to continue", "prices are expected to continue rising": going on,
    // not going on speaking ("“…,” he continued"; PolNeAR: no gold cue "to continue").
    if verb.lemma == "continue" && previous.is_some_and(|p| p.is("to") && !p.quoted) {
        return None;
    }
    // "Employers added an average of 35,000 jobs", "Exports declined 40 percent": an amount
    // opening the object of these verbs is what was gained or lost, nothing said.
    if matches!(verb.lemma, "add" | "decline") && opens_with_an_amount(words, cue_end + 1) {
        return None;
    }
    // "Until that changes, the cuts will continue, quietly", "costs will continue long after
    // that": after a modal, with no infinitive, clause or quotation after it, the verb goes on
    // (PolNeAR train: no gold cue so).
    if verb.lemma == "continue"
        && previous.is_some_and(|p| p.is_one_of(MODALS) && !p.quoted)
        && !words
            .get(cue_end + 1)
            .is_some_and(|w| w.quoted || w.is_one_of(&["to", "that"]) || w.is_punct(":"))
    {
        return None;
    }
    // "The delays should worry anyone": what something stirs, not what its subject feels.
    let lower = |w: &Word| w.text.to_lowercase();
    let previous_word = previous.filter(|p| !p.quoted).map(|p| lower(&p));
    let next_word = words.get(cue_end + 1).filter(|w| !w.quoted).map(lower);
    if cue_end == index
        && stirs_a_feeling(
            &lower(&words[index]),
            previous_word.as_deref(),
            next_word.as_deref(),
        )
    {
        return None;
    }
    // "The village has seen a sharp rise in prices", "have seen their jobless rate fall": what
    // a place or a group went through, not what it perceived or holds.
    if verb.lemma == "see" && undergoes_a_change(words, cue_end + 1) {
        return None;
    }
    // "who was not authorized to discuss the talks": the terms of anonymity, nothing said
    // (PolNeAR train: 1 gold cue in 9).
    if matches!(
        verb.lemma,
        "discuss" | "speak" | "talk" | "comment" | "reveal" | "disclose" | "describe"
    ) && index >= 2
        && words[index - 1].is("to")
        && words[index - 2].is_one_of(&[
            "authorized",
            "authorised",
            "allowed",
            "permitted",
            "cleared",
        ])
    {
        return None;
    }
    // "who did not want to be named", "who wished to be identified only as …", "who asked not
    // to be named": the terms of anonymity again, not a wish reported.
    let not = usize::from(words.get(cue_end + 1).is_some_and(|w| w.is("not")));
    let to_be_named = (words.get(cue_end + 1 + not..cue_end + 4 + not)).is_some_and(|after| {
        after[0].is("to")
            && after[1].is("be")
            && after[2].is_one_of(&["named", "identified"])
            && after.iter().all(|w| !w.quoted)
    });
    if to_be_named
        || gives_reason_for_anonymity(words, index)
        || shares_reported_subject(words, index, verb, earlier)
    {
        return None;
    }
    // "a widely read column", "the often cited study", "the fourth named storm": an adjective
    // after a determiner and an adverb, or after "the" and an ordinal ("a third said" is a
    // share of people). "please read": an instruction to the reader.
    const ORDINALS: &[&str] = &[
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "last", "next",
    ];
    let adjective = index >= 2
        && (previous.is_some_and(|p| p.is_ly_adverb()) && words[index - 2].is_one_of(DETERMINERS)
            || previous.is_some_and(|p| p.is_one_of(ORDINALS)) && words[index - 2].is("the"));
    if adjective || previous.is_some_and(|p| p.is("please")) {
        return None;
    }
    // "showed up", "called off", "knocked out": another verb with its own particle. Not
    // "said down-ballot races …", "said over the weekend", "she said over breakfast", "said
    // over 2,000 claims were paid".
    let compound_or_time = |w: &Word| {
        let next = words.get(cue_end + 2);
        next.is_some_and(|n| n.is_punct("-") && n.span.start == w.span.end)
            || w.is("over")
                && next.is_some_and(|n| {
                    n.kind == TokenKind::Word && !n.quoted && !n.is_one_of(CONJUNCTIONS)
                        || n.opens_an_amount()
                })
    };
    if verb.particle.is_none()
        && words.get(cue_end + 1).is_some_and(|w| {
            !w.quoted
                && (w.is_one_of(&["up", "down", "off", "away", "over"])
                    || verb.not_with.is_some_and(|particle| w.is(particle)))
                && !compound_or_time(w)
        })
    {
        return None;
    }
    // "so-called", "tell-all": part of a compound word.
    let attached = |i: usize| words.get(i).is_some_and(|w| w.is_punct("-"));
    if (index > 0 && attached(index - 1) && words[index - 1].span.end == cue.start)
        || (attached(cue_end + 1) && words[cue_end + 1].span.start == cue.end)
    {
        return None;
    }
    let after = cue_end + 1;
    // "a group called Citizens for Trump", "a program called Sandy Hook Promise": a name given,
    // not somebody calling something.
    if matches!(
        verb.lemma,
        "call" | "dub" | "name" | "title" | "label" | "nickname"
    ) && matches!(verb.form, VerbForm::Past | VerbForm::Participle)
        && previous.is_some_and(|p| {
            p.is_lowercase_word()
                && !p.quoted
                && !p.is_one_of(BETWEEN_SUBJECT_AND_VERB)
                && !p.is_one_of(SUBJECT_PRONOUNS)
                && !p.is_one_of(RELATIVE_PRONOUNS)
                && !p.is_one_of(PHRASE_BREAKS)
                && !p.text.ends_with("ly")
        })
        // "a 27-year-old nurse named …": the article may open a longer phrase of words and
        // hyphens.
        && (words[index.saturating_sub(4)..index - 1]
            .iter()
            .any(|w| w.is_one_of(&["a", "an"]) && !w.quoted)
            || (index.saturating_sub(MAX_PHRASE_WORDS)..index - 1)
                .rev()
                .take_while(|&i| {
                    !words[i].quoted && (words[i].kind != TokenKind::Punct || words[i].is_punct("-"))
                })
                .any(|i| words[i].is_one_of(&["a", "an"])))
        // "a goal that critics called “…”": the subject of a relative clause calls it, and so
        // does one with no relative pronoun, "a charge his campaign called “…”".
        && !index.checked_sub(2).is_some_and(|i| {
            !words[i].quoted
                && (words[i].is_one_of(RELATIVE_PRONOUNS)
                    || i > 0 && words[i].is_one_of(SUBJECT_DETERMINERS))
        })
        // "after a judge called the evidence “deeply troubling”": a subject that calls an
        // object something; a name given follows "called" at once.
        && !words
            .get(after)
            .is_some_and(|w| !w.quoted && w.is_one_of(OBJECTS_CALLED))
    {
        return None;
    }
    if let Some(frame) = asked(words, index, cue, verb) {
        return Some(frame);
    }
    if matches!(verb.form, VerbForm::Past | VerbForm::Participle) {
        if let Some(frame) = as_reported_by(words, index, cue, verb) {
            return Some(frame);
        }
    }
    let subject_end = skip_back(words, index, BETWEEN_SUBJECT_AND_VERB);
    // "He's said": after "he" or "she", "'s" before a participle is "has".
    let has = |end: usize| {
        words[end].is_possessive()
            && end >= 1
            && words[end - 1].is_one_of(&["he", "she"])
            && matches!(verb.form, VerbForm::Past | VerbForm::Participle)
    };
    let subject_end = match subject_end {
        Some(end) if has(end) => Some(end - 1),
        other => other,
    };
    let after_be = subject_end.filter(|&end| words[end].is_one_of(BE_FORMS) && !words[end].quoted);
    if verb.is_gerund() {
        // "(Additional reporting by Lawrence Hurley; …)", "reporting from Charleston": a credit
        // line, where the gerund is a noun (PolNeAR train: 6 false alarms, no match).
        if words
            .get(after)
            .is_some_and(|w| !w.quoted && w.is_one_of(&["by", "from"]))
            && words
                .get(after + 1)
                .is_some_and(|w| !w.quoted && w.is_capitalized())
        {
            return None;
        }
        if let Some(frame) = quoted_as_saying(words, index, cue, verb) {
            return Some(frame);
        }
        // "Anyone with information is asked to call police, quoting reference …": a gerund
        // after a request, in the clause before its comma, goes with what was requested.
        if previous.is_some_and(|p| p.is_punct(",") && !p.quoted) {
            let clause = (words[..index - 1].iter())
                .rposition(|w| w.is_punct(",;:"))
                .map_or(0, |i| i + 1);
            if (clause..index - 1).any(|to| is_requested(words, to)) {
                return None;
            }
        }
        // Read once, and only when a source is found or a noun's "-ing" is ruled out.
        let content = std::cell::OnceCell::new();
        let content = || *content.get_or_init(|| content_after(words, after, verb));
        // The object of an absolute "with" before the gerund, read at most once.
        let absolute_with = std::cell::OnceCell::new();
        let absolute_with = || {
            *absolute_with.get_or_init(|| {
                subject_end
                    .and_then(|end| subject_before(words, end))
                    .and_then(|subject| absolute_with_object(words, subject))
            })
        };
        // "Noting that both men faced opposition, Schlafly …": a gerund opening the unit.
        let opens_unit = (words[after_dateline(words).min(index)..index].iter())
            .all(|w| w.is_one_of(CONJUNCTIONS));
        let source = match after_be.or_else(|| judged_for(words, index, verb)) {
            // "Trump is promising …": a progressive verb, its subject before the auxiliary;
            // "the firm was fined for telling …": a passive's, before its auxiliary.
            Some(be) => subject_of(words, be),
            // "…, adding that …", "before asking her": the subject is the clause's.
            // Past an adverb too: "…, eventually saying he would be a disaster".
            None if opens_unit
                || previous.is_some_and(|p| {
                    p.is_punct(DASHES_AND_COMMAS) || p.is_one_of(SUBORDINATORS)
                })
                || comma_inside_closing_marks(words, index)
                || subject_end.is_some_and(|i| {
                    words[i].is_punct(DASHES_AND_COMMAS) && !words[i].quoted && i + 1 < index
                }) =>
            {
                // "Before announcing the cuts, the minister …", "By insisting …, Johnson …":
                // a phrase that opens the sentence has its subject after it.
                // (A dateline in capitals may run past the phrase: "BEFORE ANNOUNCING CUTS —".)
                let opens_sentence = opens_unit
                    || previous.is_some_and(|p| p.is_one_of(SUBORDINATORS))
                        && (words[after_dateline(words).min(index - 1)..index - 1].iter())
                            .all(|w| w.is_one_of(CONJUNCTIONS));
                let subordinate = (!opens_sentence && previous.is_some_and(|p| p.is_punct(",")))
                    .then(|| subordinate_subject(words, index - 1))
                    .flatten();
                subordinate
                    .or_else(|| reporting_source(words, earlier))
                    .map(|source| {
                        main_subject_past_relative(words, source, index).unwrap_or(source)
                    })
                    .or_else(|| {
                        if opens_sentence {
                            // After its comma, perhaps inside closing marks (`“…,” she was`).
                            let comma = before_first_comma(words, index + 1, words.len());
                            let clause = comma + usize::from(words.get(comma)?.is_punct(","));
                            leading_subject(&words[clause..])
                        } else {
                            leading_subject(&words[..index])
                        }
                    })
            }
            // "calling them rapists and vowing to …": a gerund coordinated with the gerund of
            // an earlier frame reports for the same source.
            None if previous.is_some_and(|p| !p.quoted && p.is_one_of(&["and", "but"]))
                && earlier.last().is_some_and(|f| {
                    f.verb.is_some_and(|v| v.is_gerund())
                        && f.content.is_some_and(|c| c.contains(cue.start))
                }) =>
            {
                earlier.last().and_then(|f| f.source)
            }
            // "he keeps talking about", "a reporter can be heard asking": a verb that takes the
            // gerund is no subject; its own subject is the gerund's.
            None if previous.is_some_and(|p| !p.quoted && p.is_one_of(TAKE_A_GERUND)) => {
                // "were shown chanting": the subject comes before the passive's auxiliary.
                let verb = match index.checked_sub(2) {
                    Some(be) if words[be].is_one_of(BE_FORMS) && !words[be].quoted => be,
                    _ => index - 1,
                };
                subject_of(words, verb)
            }
            // "…, with Fox News and NBC News calling": the object of "with", whole.
            None if absolute_with().is_some() => absolute_with(),
            // "footage of Hillary Clinton asking": the name right before.
            // Not a capitalised word opening the unit ("Additional reporting by").
            None => subject_end
                .filter(|&end| !words[end].is_calendar_word())
                .and_then(|end| name_ending_at(words, end))
                .filter(|name| name.start > words[0].span.start || name.len() > words[0].span.len())
                // "sent an email saying …", "left 62 percent of voters saying …": the phrase
                // before a speech verb's gerund.
                .or_else(|| {
                    subject_end
                        .filter(|&end| {
                            end + 1 == index
                                && !verb.is_attitude()
                                && words[end].is_lowercase_word()
                                && !words[end].quoted
                                && !words[end].is_one_of(PHRASE_BREAKS)
                                && !words[end].is_one_of(PREPOSITIONS)
                                && !words[end].is_one_of(DETERMINERS)
                                && !words[end].text.ends_with("ly")
                        })
                        .and_then(|end| subject_before(words, end))
                        // "sent a message at 9:15 p.m. saying": a time is no source; the
                        // sentence's subject sent it.
                        .and_then(|object| {
                            if is_clock_time(words, object) {
                                leading_subject(&words[..index])
                            } else {
                                Some(object)
                            }
                        })
                        // "has spent ten years writing songs", "spent much of the debate
                        // mocking him": the time of a verb that takes the gerund, whose
                        // subject is the gerund's; "the money spent on ads attacking him":
                        // the noun after the preposition.
                        .and_then(|object| {
                            let first = words.partition_point(|w| w.span.start < object.start);
                            let last = words.partition_point(|w| w.span.end <= object.end);
                            let verb = (first..last).find(|&i| words[i].is_one_of(TAKE_A_GERUND));
                            match verb {
                                Some(verb) if words[verb + 1].is_one_of(PREPOSITIONS) => {
                                    (verb + 2 < last).then(|| cover(&words[verb + 2..last]))
                                }
                                Some(verb) => subject_of(words, verb),
                                None => Some(publisher_or(words, object)),
                            }
                        })
                        // "extended its flood warning until Friday": with only a time or a place
                        // after it, the "-ing" word is the noun's, not a report.
                        .filter(|_| {
                            content().is_none_or(|c| !is_setting_only(super::words_in(words, c)))
                        })
                }),
        };
        return source.map(|source| Frame {
            cue,
            verb: Some(verb),
            source: Some(source),
            content: content(),
        });
    }
    if matches!(verb.form, VerbForm::Past | VerbForm::Participle) && after_be.is_some() {
        let subject = after_be.and_then(|be| subject_of(words, be));
        return passive_frame(words, cue, after, verb, subject);
    }
    if matches!(verb.form, VerbForm::Past | VerbForm::Participle)
        && previous.is_some_and(|p| p.is_punct(",") && !p.quoted)
        && words.get(after).is_some_and(|w| w.is("by") && !w.quoted)
    {
        let aside = participle_aside(words, cue, after, verb);
        // "…, and the line returns at the end, sung by his mother": a form that is only a
        // participle qualifies what comes before it; it is no verb of the clause before the
        // comma ("…, responded by blocking" is).
        if aside.is_some() || verb.form == VerbForm::Participle {
            return aside;
        }
    }
    if let Some(frame) = reduced_passive(words, index, cue, verb) {
        return frame;
    }
    if put_out_after_its_document(words, index, verb) {
        return None;
    }
    // "it is hard to blame them", "it's fair to say": an infinitive after an adjective of ease
    // or fairness is the writer's judgement, nobody's report (PolNeAR train: 3 gold cues in 8).
    if verb.form == VerbForm::Base
        && previous.is_some_and(|p| p.is("to") && !p.quoted)
        && index >= 2
        && words[index - 2].is_one_of(&EASE_ADJECTIVES)
    {
        return None;
    }
    // "He went on to say that …", "Clinton took to Twitter to say thanks": an infinitive
    // reports for the clause's subject. Not after "seemed to" (`seeming` has it).
    if verb.form == VerbForm::Base
        && previous.is_some_and(|p| p.is("to") && !p.quoted)
        && !(index >= 2 && words[index - 2].is_one_of(SEEM_VERBS))
        && !INFINITIVES_OF_PURPOSE.contains(&verb.lemma)
    {
        // "Rubio was asked to name …", "Anyone with information is asked to call police": the
        // request is reported, by nobody named; the subject has not spoken.
        if is_requested(words, index - 1) {
            return Some(Frame {
                cue: words[index - 3].span.cover(words[index - 2].span),
                verb: None,
                source: None,
                content: content_after(words, index - 1, verb),
            });
        }
        let source = earlier
            .last()
            .filter(|f| f.content.is_some_and(|c| c.contains(cue.start)))
            .and_then(|f| f.source)
            .or_else(|| leading_subject(&words[..index - 1]));
        return source.map(|source| Frame {
            cue: words[index - 1].span.cover(cue),
            verb: Some(verb),
            source: Some(source),
            content: content_after(words, after, verb),
        });
    }
    let subject = subject_end.and_then(|end| {
        if words[end].is_punct(",") && !words[end].quoted {
            // "Clinton paused, then revealed why …": past an adverb, a verb coordinated with
            // the clause before has its subject.
            let adverb_between = end + 1 < index;
            // "…, but it has attracted a loyal following, said Ms. Gil": with a name after the
            // verb, a clause between commas is no apposition; the source follows the verb.
            let name_follows = words
                .get(after)
                .is_some_and(|w| w.is_capitalized() && !w.quoted && !w.is_calendar_word());
            return apposition_subject(words, end, name_follows).or_else(|| {
                adverb_between
                    .then(|| leading_subject(&words[..end]))
                    .flatten()
            });
        }
        if words[end].is_one_of(&["and", "but"]) && !words[end].quoted {
            // "… outlined his plan and vowed": the subject of the first verb, not of one
            // read inside what it reported ("said the plan, which was unveiled in May, was
            // dead, and added").
            return relative_pronoun_before(words, end)
                .or_else(|| reporting_source(words, earlier))
                .or_else(|| leading_subject(&words[..end]));
        }
        // A word that may be a noun ("issues") is read as a verb only after a plain subject.
        if verb.is_ambiguous() {
            subject_before(words, end)
        } else {
            subject_with_relative_clause(words, end)
        }
    });
    if let Some(source) = subject {
        let auxiliary = index
            .checked_sub(1)
            .is_some_and(|before| words[before].is_one_of(AUXILIARIES));
        let source_start = words.partition_point(|w| w.span.start < source.start);
        // "Sanders, meanwhile, hopes that …": the head is the word before the comma.
        let head = subject_end.map(|end| match end.checked_sub(1) {
            Some(before) if words[end].is_punct(",") && !words[end].quoted => before,
            _ => end,
        });
        if verb.is_ambiguous()
            && !auxiliary
            && !is_verb_position(words, source_start, head?, after, verb)
        {
            return None;
        }
        if !auxiliary && is_reduced_relative(words, source_start, index, after, verb) {
            return None;
        }
        let content = choose_content(words, source_start, after, verb);
        return Some(Frame {
            cue,
            verb: Some(verb),
            source: Some(source),
            content: content.map(|c| end_of_name_given(words, source_start, verb, c)),
        });
    }
    // An attitude needs its subject before it: "“…,” said Caddell" but no "“…,” wants Caddell".
    if verb.is_attitude() || verb.is_ambiguous() && !is_inverted_after_clause(words, index, after) {
        return None;
    }
    // "“…,” said Caddell": the subject follows the verb (not "told me").
    if words.get(after).is_some_and(|w| w.is_one_of(HEARERS)) && verb.takes_hearer() {
        return None;
    }
    let source_end = noun_phrase_forward(words, after)?;
    // "Carter, 60, a doctor, said she was elated", "Manafort, citing …, said the candidate could
    // win": an auxiliary after the phrase makes it the subject of what was said, and the speaker
    // is before the verb, when a subject is found there.
    let clause_follows = words
        .get(source_end)
        .is_some_and(|w| !w.quoted && w.is_lowercase_word() && w.is_one_of(FINITE_AUXILIARIES));
    let speaker_before = || {
        let comma = index.checked_sub(1).filter(|&i| words[i].is_punct(","));
        comma
            .and_then(|comma| apposition_subject(words, comma, false))
            .or_else(|| leading_subject(&words[..index]))
    };
    if let Some(source) = clause_follows.then(speaker_before).flatten() {
        return Some(Frame {
            cue,
            verb: Some(verb),
            source: Some(source),
            content: content_after(words, after, verb),
        });
    }
    let source = cover(&words[after..source_end]);
    let content = clause_before(words, index).or_else(|| trimmed_content(&words[source_end..]));
    Some(Frame {
        cue,
        verb: Some(verb),
        source: Some(source),
        content,
    })
}

/// "The firm was fined for telling customers that …", "has been criticised for saying": a
/// gerund of speech after "for" that follows a passive's participle tells what its subject was
/// judged for; the subject said it (not an act: "criticized for offering vague responses").
/// The index of the passive's form of "be".
fn judged_for(words: &[Word], index: usize, verb: CueWord) -> Option<usize> {
    if !verb.is_gerund()
        || verb.kind != CueKind::Speech
        || index < 3
        || words[index - 1].quoted
        || !words[index - 1].is("for")
    {
        return None;
    }
    let participle = &words[index - 2];
    if participle.quoted || !participle.is_lowercase_word() || !participle.text.ends_with("ed") {
        return None;
    }
    skip_back(words, index - 2, BETWEEN_SUBJECT_AND_VERB)
        .filter(|&be| !words[be].quoted && words[be].is_one_of(BE_FORMS))
}

/// Pasts spelled like their participle, besides those in "-ed".
const PASTS_LIKE_PARTICIPLES: &[&str] = &[
    "found",
    "told",
    "heard",
    "made",
    "laid",
    "thought",
    "held",
    "sought",
    "understood",
    "read",
    "taught",
    "meant",
    "put",
    "set",
];

/// "replacing the 2% goal agreed more than a decade ago", "levels such as the one found in her
/// sample were …", "according to court documents reported previously": a participle after a
/// noun that is the object of a preposition or of a verb, with no object of its own after it
/// (a time, a place, a manner), qualifies that noun; it is no verb of saying, and the noun no
/// source. Not after a conjunction of time ("after Trump announced …", "as Politico
/// reported"), nor "of" ("members of Congress told …") or "with" ("with the number projected
/// to swell": PolNeAR marks those).
fn is_reduced_relative(
    words: &[Word],
    source_start: usize,
    index: usize,
    after: usize,
    verb: CueWord,
) -> bool {
    // The [`PREPOSITIONS`] whose object a participle after it does not qualify: "members of
    // Congress told …", "with the number projected to swell", "by", "during", "per".
    const NOT_BEFORE_A_QUALIFIED_NOUN: &[&str] = &["of", "with", "by", "during", "per"];
    // What follows a participle that takes no object: a time, a place, a manner or a degree
    // (not "spoken about", "warned against": a verb's own preposition).
    const NO_OBJECT: &[&str] = &[
        "in",
        "on",
        "at",
        "during",
        "by",
        "after",
        "before",
        "since",
        "until",
        "as",
        "more",
        "less",
        "last",
        "earlier",
        "later",
        "ago",
        "this",
        "previously",
        "recently",
        "here",
        "there",
    ];
    let word = words[index];
    let participle = verb.form == VerbForm::Participle
        || verb.form == VerbForm::Past
            && (word.text.ends_with("ed") || word.is_one_of(PASTS_LIKE_PARTICIPLES));
    // "something she opposed as a senator", "who voted for": a pronoun is a subject.
    let pronoun = words.get(source_start).is_some_and(|w| {
        w.is_one_of(SUBJECT_PRONOUNS) || w.is_one_of(RELATIVE_PRONOUNS) || w.is("that")
    });
    // The noun right before the participle, with no comma in its phrase ("Merkel, who …,
    // warned", "the senator has spoken").
    let right_before = words[source_start..index]
        .iter()
        .all(|w| !w.quoted && !w.is_punct(",;:()"))
        && words[source_start..index]
            .iter()
            .all(|w| !w.is_one_of(AUXILIARIES));
    if !participle || verb.particle.is_some() || pronoun || !right_before {
        return false;
    }
    // The source may be the head alone ("the 2% goal"): its phrase starts at its determiner.
    const PHRASE_WORDS: usize = 4;
    let phrase_start = (source_start.saturating_sub(PHRASE_WORDS)..source_start)
        .rev()
        .take_while(|&i| {
            !words[i].quoted
                && !words[i].is_punct(",;:.!?()")
                && !words[i].is_one_of(PREPOSITIONS)
                && !words[i].is_one_of(CONJUNCTIONS)
        })
        .find(|&i| words[i].is_one_of(DETERMINERS))
        .unwrap_or(source_start);
    let Some(at) = phrase_start.checked_sub(1) else {
        return false;
    };
    let governor = words[at];
    if governor.quoted {
        return false;
    }
    // "such as the one", "replacing the goal": a preposition, or a verb's "-ing" form that a
    // determiner or a possessive does not make a noun ("the meeting", "Friday's briefing").
    let such_as = governor.is("as") && at >= 1 && words[at - 1].is("such");
    let gerund = governor.is_lowercase_word()
        && governor.text.len() > 5
        && governor.text.ends_with("ing")
        && !governor.text.ends_with("thing")
        && !governor.is_one_of(TIMES)
        && at.checked_sub(1).is_none_or(|i| {
            !words[i].is_one_of(DETERMINERS) && !words[i].is_possessive() && !words[i].quoted
        });
    let object_of_a_preposition =
        governor.is_one_of(PREPOSITIONS) && !governor.is_one_of(NOT_BEFORE_A_QUALIFIED_NOUN);
    if !(such_as || gerund || object_of_a_preposition) {
        return false;
    }
    words.get(after).is_some_and(|next| {
        !next.quoted
            && (next.is_one_of(NO_OBJECT) || next.is_ly_adverb() || next.is_calendar_word())
    })
}

/// How many words an amount may come after the start of an object: "an average of just 35,000".
const AMOUNT_WITHIN: usize = 5;

/// "who asked not to be named because she feared losing her job", "spoke on condition of
/// anonymity as they were not cleared to …": the source's reason for anonymity, in the
/// reporter's words; it reports nothing, and a quotation after it keeps the verb that reported
/// the source.
fn gives_reason_for_anonymity(words: &[Word], index: usize) -> bool {
    const REASONS: &[&str] = &["because", "as", "since"];
    const ANONYMITY_WORDS: &[&str] = &["named", "identified", "anonymity", "anonymous"];
    let in_clause = |i: &usize| !words[*i].quoted && words[*i].kind != TokenKind::Punct;
    let Some(reason) = (index.saturating_sub(super::MAX_WORDS_BEFORE_VERB)..index)
        .rev()
        .take_while(in_clause)
        .find(|&i| words[i].is_one_of(REASONS))
    else {
        return false;
    };
    (reason.saturating_sub(2)..reason)
        .any(|i| !words[i].quoted && words[i].is_one_of(ANONYMITY_WORDS))
}

/// "Hale said he remained “fully behind” the bill but wanted “a deal …”": a verb of attitude
/// joined by "and" or "but" to a clause reported with its own subject shares that subject; it
/// goes on with what was reported, and the quotation in it keeps the reporting verb ("…, and
/// added that" is the reporter's again: a verb of speech). So do a verb of knowing or finding
/// ("said the panel had met and found the claims “baseless”") and any verb after a modal ("said
/// the firm was studying the report and would respond “in due course”", "said it shared the aim
/// but could not support “…”": the modal is the reported clause's tense, not the reporter's).
/// After a subject that is a noun phrase, only those two kinds: "said the plan had failed and
/// declined to comment" declines in the reporter's clause.
fn shares_reported_subject(words: &[Word], index: usize, verb: CueWord, earlier: &[Frame]) -> bool {
    /// Besides the modals, what may stand between the conjunction and the verb: "and would
    /// not say", "but cannot accept", "and also found".
    const BESIDE_MODALS: &[&str] = &["cannot", "not", "also", "still", "then", "now", "never"];
    let mut conjunction = index;
    while conjunction + 3 > index
        && conjunction.checked_sub(1).is_some_and(|i| {
            !words[i].quoted && (words[i].is_one_of(MODALS) || words[i].is_one_of(BESIDE_MODALS))
        })
    {
        conjunction -= 1;
    }
    let Some(conjunction) = conjunction.checked_sub(1) else {
        return false;
    };
    let modal = words[conjunction + 1..index]
        .iter()
        .any(|w| w.is_one_of(MODALS) || w.is("cannot"));
    let joined = words[conjunction].is_one_of(&["and", "but"])
        && !words[conjunction].quoted
        && conjunction
            .checked_sub(1)
            .is_some_and(|i| !words[i].is_punct(",;") || words[i].quoted);
    let held = modal
        || HELD_IN_THE_CLAUSE
            .iter()
            .any(|&(lemma, _)| lemma == verb.lemma);
    if !(held || verb.is_attitude())
        || !matches!(
            verb.form,
            VerbForm::Past | VerbForm::ThirdPerson | VerbForm::Base
        )
        || !joined
    {
        return false;
    }
    // The frame that reported the clause, not one read inside it: in "said it welcomed the plan
    // but wanted …", "welcomed" is a verb of the reported clause (an attitude: it reports
    // no clause of its own).
    let reporting = earlier.iter().rev().find(|f| {
        f.verb.is_some_and(|v| !v.is_attitude())
            && f.content
                .is_some_and(|c| c.contains(words[index].span.start))
    });
    reporting.is_some_and(|frame| {
        let Some(content) = frame.content else {
            return false;
        };
        let first = words.partition_point(|w| w.span.start < content.start);
        let subject = first + usize::from(words.get(first).is_some_and(|w| w.is("that")));
        words.get(subject).is_some_and(|w| {
            !w.quoted
                && (w.is_one_of(SUBJECT_PRONOUNS)
                    || held && opens_a_clause(words, subject, conjunction))
        })
    })
}

/// Verbs of knowing, finding and hoping, with their pasts: after "and" in a reported clause
/// with its own subject, the reported subject's ("said the panel had met and found …"), not a
/// second report of the speaker's.
const HELD_IN_THE_CLAUSE: &[(&str, &str)] = &[
    ("hope", "hoped"),
    ("find", "found"),
    ("show", "showed"),
    ("believe", "believed"),
    ("think", "thought"),
    ("fear", "feared"),
    ("accept", "accepted"),
    ("suspect", "suspected"),
    ("reckon", "reckoned"),
    ("expect", "expected"),
];

/// "the agency had hired two inspectors", "the government shared the goal": a noun phrase at
/// `subject` followed by its finite verb before `end` — a clause with a subject of its own, not
/// an object ("said nothing and …").
fn opens_a_clause(words: &[Word], subject: usize, end: usize) -> bool {
    const MAX_SUBJECT_WORDS: usize = 6;
    let opens = words[subject].is_one_of(DETERMINERS) || words[subject].is_capitalized();
    opens
        && (subject + 1..end.min(subject + 1 + MAX_SUBJECT_WORDS)).any(|i| {
            let w = &words[i];
            !w.quoted
                && (is_finite_verb(w)
                    || w.is_lowercase_word()
                        && w.text.ends_with("ed")
                        && !words[i - 1].is_one_of(DETERMINERS))
        })
}

/// "Harbury have conceded 31 goals", "conceded a late penalty", "The Speaker called time":
/// a game's score or its end, nothing said (PolNeAR: no such object after either verb; its
/// gold cues take a clause or a contest, "conceded that …", "conceded his bid").
fn plays_a_game(words: &[Word], verb: CueWord, cue_end: usize) -> bool {
    let object = words.iter().skip(cue_end + 1).take(AMOUNT_WITHIN);
    match verb.lemma {
        "concede" => {
            opens_with_an_amount(words, cue_end + 1)
                || (object.take_while(|w| !w.quoted && w.kind == TokenKind::Word))
                    .any(|w| w.is_one_of(CONCEDED_IN_A_GAME))
        }
        "call" => words.get(cue_end + 1).is_some_and(|w| w.is("time")),
        _ => false,
    }
}

/// Whether an amount comes within the first words from `start`, before a clause, a quotation
/// or punctuation: "35,000 jobs", "an average of 35,000 jobs", not "that 35,000 jobs …".
fn opens_with_an_amount(words: &[Word], start: usize) -> bool {
    (words.iter().skip(start).take(AMOUNT_WITHIN))
        .take_while(|w| !w.quoted && w.kind == TokenKind::Word || w.opens_an_amount())
        .take_while(|w| !w.is_one_of(&["that", "to"]))
        .any(|w| w.opens_an_amount())
}

/// "Witnesses are asked to come forward", "she was urged to explain": an infinitive that was
/// requested of its subject has not been said (PolNeAR: no gold cue in 17; the request, "was
/// asked", is one in 9).
fn is_requested(words: &[Word], to: usize) -> bool {
    const REQUESTS: &[&str] = &[
        "asked",
        "urged",
        "encouraged",
        "invited",
        "requested",
        "told",
    ];
    to >= 2
        && words[to].is("to")
        && words[to - 1].is_one_of(REQUESTS)
        && words[to - 2].is_one_of(BE_FORMS)
        && !words[to - 2..=to].iter().any(|w| w.quoted)
}

/// "Bevan is quoted as saying …", "“…,” she was reported as saying": the subject of the passive said it; the cue runs from the participle.
fn quoted_as_saying(words: &[Word], index: usize, cue: Span, verb: CueWord) -> Option<Frame> {
    let participle = index.checked_sub(2)?;
    let passive = &words[participle..index];
    if !words[participle].is_one_of(&["quoted", "reported", "cited", "recorded"])
        || !words[index - 1].is("as")
        || passive.iter().any(|w| w.quoted)
    {
        return None;
    }
    let be = (participle.checked_sub(1))
        .filter(|&i| words[i].is_one_of(BE_FORMS) && !words[i].quoted)
        .unwrap_or(participle);
    let source = subject_of(words, be)?;
    let source_start = words.partition_point(|w| w.span.start < source.start);
    Some(Frame {
        cue: words[participle].span.cover(cue),
        verb: Some(verb),
        source: Some(source),
        content: choose_content(words, source_start, index + 1, verb),
    })
}

/// The source of the latest earlier frame that is not itself reported inside another's
/// content: a gerund after a comma goes on with the clause's speaker, not with a verb read
/// inside what was said ("Khan … decried Trump’s repeated calls to ban …, noting", "… said
/// there was no meeting planned with Trump, adding"). Only the last few frames are read.
/// Words that open a clause of time, place or circumstance before a participle's comma.
const SUBORDINATE_OPENERS: &[&str] = &[
    "when", "where", "as", "while", "though", "although", "because", "whereas", "until",
];

/// "…, when Sanders protesters interrupted her speech, shouting …", "… as a guard walks in
/// front of her, saying …": a participle right after a clause of time or place does what that
/// clause's subject does, not the main clause's. The subject runs from the clause's opening
/// word (or "which" after a preposition: "in which children use …") to its verb; None when
/// no such clause ends at `comma`, or no verb is found in it.
fn subordinate_subject(words: &[Word], comma: usize) -> Option<Span> {
    let opener = (0..comma).rev().find(|&i| {
        let w = &words[i];
        !w.quoted
            && (w.kind == TokenKind::Punct && w.is_punct(",;:—–―()")
                || w.is_one_of(SUBORDINATE_OPENERS)
                || w.is("which") && i >= 1 && words[i - 1].is_one_of(PREPOSITIONS))
    })?;
    let w = &words[opener];
    if w.kind == TokenKind::Punct
        || w.is("as") && opener >= 1 && words[opener - 1].is_one_of(&["such", "well", "so"])
    {
        return None;
    }
    let start = opener + 1;
    let clause = &words[start..comma];
    let first = clause.first()?;
    // "when questioned after the debate, asserting …": a participle opens no subject.
    if first.quoted
        || first.is_one_of(PREPOSITIONS)
        || first.is_lowercase_word() && (first.text.ends_with("ed") || first.text.ends_with("ing"))
    {
        return None;
    }
    if first.is_one_of(SUBJECT_PRONOUNS) {
        return Some(first.span);
    }
    let verb_at = |i: usize| {
        let (w, next) = (&clause[i], clause.get(i + 1));
        // "as senator representing the state": a gerund is no finite verb; "an admission
        // that the …": nor is a relative pronoun.
        w.is_lowercase_word()
            && !w.is_one_of(DETERMINERS)
            && !w.is_one_of(PREPOSITIONS)
            && !w.is_one_of(RELATIVE_PRONOUNS)
            && !w.is_one_of(PLACE_PREPOSITIONS)
            && !w.is_one_of(&[
                "and", "or", "but", "past", "along", "after", "before", "up", "down", "out", "off",
            ])
            && !w.text.ends_with("ing")
            && (w.is_one_of(BETWEEN_SUBJECT_AND_VERB)
                || w.text.ends_with("ed")
                || is_irregular_past(w)
                || next.is_some_and(|n| n.is_one_of(DETERMINERS) && !n.quoted))
    };
    let verb = (1..clause.len())
        .find(|&i| verb_at(i))
        .or_else(|| {
            (1..clause.len())
                .find(|&i| clause[i].is_lowercase_word() && ends_in_single_s(clause[i].text))
        })
        .filter(|&v| v <= 6)?;
    let subject = &clause[..verb];
    let plain = subject.iter().all(|w| {
        !w.quoted
            && !w.is_one_of(RELATIVE_PRONOUNS)
            && (w.kind != TokenKind::Punct || w.is_possessive())
    });
    let noun = subject
        .iter()
        .any(|w| w.is_capitalized() || w.is_lowercase_word() && !w.is_one_of(DETERMINERS));
    (plain && noun).then(|| cover(subject))
}

/// "Acme, a lender that promised high yields, has frozen withdrawals, saying …": when the
/// source found for a gerund is the relative pronoun of a clause set off by commas, and a comma
/// then closes that clause before a finite verb, the gerund goes with the main clause, whose
/// subject is the one before the apposition. None when the clause is not closed before `gerund`.
fn main_subject_past_relative(words: &[Word], source: Span, gerund: usize) -> Option<Span> {
    let relative = words.partition_point(|w| w.span.start < source.start);
    let pronoun = words.get(relative)?;
    if pronoun.span != source || pronoun.quoted || !pronoun.is_one_of(RELATIVE_PRONOUNS) {
        return None;
    }
    // The clause is set off by a comma before it, in the same sentence.
    let opened = (words[..relative].iter().rev())
        .take_while(|w| w.quoted || !w.is_punct(".;:!?"))
        .any(|w| w.is_punct(",") && !w.quoted);
    if !opened {
        return None;
    }
    let last_comma = gerund.checked_sub(1)?;
    let closing = (relative + 1..last_comma).find(|&i| {
        let (w, next) = (&words[i], &words[i + 1]);
        w.is_punct(",")
            && !w.quoted
            && !next.quoted
            && next.is_lowercase_word()
            && (next.is_one_of(FINITE_AUXILIARIES)
                || next.text.ends_with("ed")
                || is_irregular_past(next))
    })?;
    subject_of(words, closing + 1)
}

/// "The referral is a blow to its chief executive, Callum Reid, who has staked his name on
/// the deal and told investors …": a verb after "and" inside a relative clause set off by a
/// comma shares the clause's subject, "who" (its antecedent the speaker), not the sentence's.
/// The pronoun, when no punctuation stands between it and the conjunction at `conjunction`.
fn relative_pronoun_before(words: &[Word], conjunction: usize) -> Option<Span> {
    const MAX_CLAUSE_WORDS: usize = 15;
    let who = (conjunction.saturating_sub(MAX_CLAUSE_WORDS)..conjunction)
        .rev()
        .take_while(|&i| !words[i].quoted && words[i].kind != TokenKind::Punct)
        .find(|&i| words[i].is_one_of(&["who", "which"]))?;
    let set_off = who
        .checked_sub(1)
        .is_some_and(|i| words[i].is_punct(",") && !words[i].quoted);
    set_off.then_some(words[who].span)
}

fn reporting_source(words: &[Word], earlier: &[Frame]) -> Option<Span> {
    let recent = &earlier[earlier.len().saturating_sub(MAX_FRAMES_RUN_OVER)..];
    // "… described the results as “better than feared”, while Mould said …": a contrast opens
    // a clause of the reporter's, not more of what was reported.
    let contrast_between = |from: usize, to: usize| {
        let first = words.partition_point(|w| w.span.start < from);
        (words[first..].iter())
            .take_while(|w| w.span.start < to)
            .any(|w| !w.quoted && w.is_one_of(&["while", "whereas"]))
    };
    let reported = |frame: &Frame| {
        recent.iter().any(|other| {
            other.content.is_some_and(|c| {
                c.contains(frame.cue.start) && !contrast_between(c.start, frame.cue.start)
            })
        })
    };
    // "She criticised his attacks on the bill, saying …": the noun's owner is not who speaks on.
    let speaks = |f: &&Frame| f.source.is_some() && !is_owned_noun(words, f);
    let latest = earlier.iter().rev().find(speaks);
    (recent.iter().rev())
        .filter(speaks)
        .find(|f| !reported(f))
        .or(latest)
        .and_then(|f| f.source)
}

/// "David and Charles Koch", "voting as independents": a conjunction inside a noun phrase (two
/// names), or "as" with no comma before it, does not start a clause.
fn joins_phrase(words: &[Word], conjunction: usize) -> bool {
    let before = conjunction.checked_sub(1).map(|i| words[i]);
    match words[conjunction].text.to_ascii_lowercase().as_str() {
        "as" => {
            !before.is_some_and(|w| w.is_punct(",") && !w.quoted)
                && !words.get(conjunction + 1).is_some_and(|w| {
                    w.is_one_of(SUBJECT_PRONOUNS) || w.is_one_of(DETERMINERS) || w.is_capitalized()
                })
        }
        _ => false,
    }
}

/// "said she had stayed away because she feared the crowd": "because" with no comma before it
/// gives the reason as part of what was reported, so a frame after it does not end the earlier
/// content (PolNeAR train: 5 more span matches, dev 1; after a comma, or with "while", "as",
/// "since", the clause is as often the reporter's).
fn gives_reported_reason(words: &[Word], conjunction: usize) -> bool {
    words[conjunction].is("because")
        && !conjunction
            .checked_sub(1)
            .is_some_and(|i| words[i].is_punct(",") && !words[i].quoted)
}

/// `“fantastic,” telling reporters`, `''fantastic,'' telling`: the comma before `words[index]`
/// sits inside the closing marks of a quotation (one mark, or two apostrophes).
fn comma_inside_closing_marks(words: &[Word], index: usize) -> bool {
    let is_mark = |w: &&Word| w.quoted && w.kind == TokenKind::Punct && !w.is_punct(",");
    let marks = words[..index]
        .iter()
        .rev()
        .take(3)
        .take_while(is_mark)
        .count();
    (1..=2).contains(&marks)
        && index > marks
        && words[index - marks - 1].quoted
        && words[index - marks - 1].is_punct(",")
}

/// "Rather", "And yet", "Separately": a word that links a sentence to the one before.
fn is_connective(word: &Word) -> bool {
    const CONNECTIVES: &[&str] = &[
        "rather",
        "instead",
        "however",
        "meanwhile",
        "still",
        "yet",
        "now",
        "indeed",
        "also",
        "but",
        "and",
        "so",
        "then",
        "thus",
        "again",
        "later",
        "today",
        "yesterday",
        "here",
        "there",
        "similarly",
        "likewise",
        "moreover",
        "nonetheless",
        "nevertheless",
        "overall",
        "already",
        "or",
        "even",
        "too",
    ];
    !word.quoted
        && word.kind == TokenKind::Word
        && (word.is_one_of(CONNECTIVES) || word.text.len() > 4 && word.text.ends_with("ly"))
}

/// "…, say some Democrats, who cringe", "“…,” says the report.": a verb spelled like a noun
/// reads as one when a clause ends right before it and a noun phrase after it ends the unit or
/// its clause.
fn is_inverted_after_clause(words: &[Word], index: usize, after: usize) -> bool {
    let set_off = index
        .checked_sub(1)
        .is_some_and(|i| words[i].quoted || words[i].is_punct(",") && i > 0);
    let opens_phrase = words.get(after).is_some_and(|w| {
        !w.quoted
            && (w.is_capitalized()
                || w.is_one_of(DETERMINERS)
                || w.is_one_of(&["others", "critics", "experts", "officials"]))
    });
    set_off
        && opens_phrase
        && noun_phrase_forward(words, after).is_some_and(|end| {
            words
                .get(end)
                .is_none_or(|w| w.kind == TokenKind::Punct && !w.quoted)
        })
}

/// "Asked about her vote, Warren said …", "When asked whether …", "He was asked what happened":
/// a question put to somebody, with nobody as its source.
fn asked(words: &[Word], index: usize, cue: Span, verb: CueWord) -> Option<Frame> {
    const QUESTION_WORDS: &[&str] = &[
        "about", "if", "whether", "why", "how", "what", "who", "whom", "when", "where", "which",
    ];
    /// How many words of asker, time or place may stand between "asked" and the question.
    const MAX_SETTING_WORDS: usize = 8;
    if verb.lemma != "ask" || !matches!(verb.form, VerbForm::Past | VerbForm::Participle) {
        return None;
    }
    let opens = index == 0
        || words[index - 1].is_one_of(&["when", "if", "once", "after", "before", "while"])
        || words[index - 1].is_punct(",")
        || words[index - 1].is_one_of(BE_FORMS)
        || words[index - 1].is_one_of(BETWEEN_SUBJECT_AND_VERB)
            && index >= 2
            && words[index - 2].is_one_of(BE_FORMS);
    // "Asked during a January debate why …", "When asked by Ingraham on Thursday about …": the
    // asker, a time or a place before the question.
    let setting = words
        .get(index + 1)
        .is_some_and(|w| !w.quoted && w.is_one_of(&["by", "at", "during", "on", "in"]));
    let reach = if setting { MAX_SETTING_WORDS + 1 } else { 1 };
    let at = (index + 1..(index + 1 + reach).min(words.len()))
        .take_while(|&i| {
            !words[i].quoted && (words[i].kind != TokenKind::Punct || words[i].is_possessive())
        })
        .find(|&i| {
            words[i].is_one_of(QUESTION_WORDS) && (i == index + 1 || !words[i].is("when"))
        })?;
    let question = words[at];
    if !opens || words[index - usize::from(index > 0)].quoted {
        return None;
    }
    // "asked by a reporter if …": the asker is the source.
    let asker = words[index + 1]
        .is("by")
        .then(|| {
            let end = (index + 2..at)
                .find(|&i| words[i].is_one_of(PREPOSITIONS) || words[i].is_calendar_word())
                .unwrap_or(at);
            cover(&words[index + 2..end.max(index + 2)])
        })
        .filter(|span| !span.is_empty());
    let start = at + usize::from(question.is("about"));
    // A question that opens the sentence ends at its comma: "Asked about X, Warren said …".
    let introductory = index == 0 || !words[index - 1].is_one_of(BE_FORMS);
    // A question longer than this runs to the unit's end: the bound keeps frames linear.
    const MAX_QUESTION_WORDS: usize = 60;
    let limit = (start + MAX_QUESTION_WORDS).min(words.len());
    let end = if introductory {
        // The comma may sit inside the closing marks: "Asked about the “wall,” Trump said".
        (start..limit)
            .filter(|&i| words[i].is_punct(","))
            .map(|i| {
                i + words[i + 1..]
                    .iter()
                    .take(3)
                    .take_while(|w| w.quoted && w.kind == TokenKind::Punct)
                    .count()
            })
            .find(|&i| words.get(i + 1).is_none_or(|next| !next.quoted))
            .map_or_else(
                || clause_end(words, start),
                |i| if words[i].quoted { i + 1 } else { i },
            )
    } else {
        clause_end(words, start)
    };
    let cue = if question.is("about") && at == index + 1 {
        cue.cover(question.span)
    } else {
        cue
    };
    Some(Frame {
        cue,
        verb: Some(verb),
        source: asker,
        content: trimmed_content(&words[start..end]),
    })
}

/// "Scott Pruitt, the attorney general of Oklahoma, said", "Mr. King, 82, told me": a subject
/// with an apposition closed by the comma at `comma`. With `not_a_clause`, none whose words
/// read as a clause ("…, but it has attracted a loyal following, said Ms. Gil").
fn apposition_subject(words: &[Word], comma: usize, not_a_clause: bool) -> Option<Span> {
    const MAX_APPOSITION_WORDS: usize = 40;
    // A quoted title belongs to the apposition ("Hemsley, the co-author of "Going Viral,"
    // about the rapid spread of information, said"): its commas open nothing.
    let comma_before = |end: usize| {
        words[..end]
            .iter()
            .rev()
            .take(MAX_APPOSITION_WORDS)
            .take_while(|w| w.quoted || !w.is_punct(".;:!?\"“”"))
            .position(|w| w.is_punct(",") && !w.quoted)
            .map(|back| end - 1 - back)
    };
    let mut opening = comma_before(comma)?;
    // "John Harris, 54, of Elm Road, Leeds, admitted": a town after the street is the same
    // address, not the apposition.
    const MAX_ADDRESS_WORDS: usize = 4;
    let is_town =
        |part: &[Word]| part.len() <= 2 && part.iter().all(|w| w.is_capitalized() && !w.quoted);
    let mut town_end = comma;
    while is_town(&words[opening + 1..town_end]) {
        let Some(before) = comma_before(opening) else {
            break;
        };
        let street = &words[before + 1..opening];
        if street.len() > MAX_ADDRESS_WORDS
            || !street
                .first()
                .is_some_and(|w| w.is_one_of(&["of", "from"]) && !w.quoted)
        {
            break;
        }
        town_end = opening;
        opening = before;
    }
    let mut apposition = opening + 1..comma;
    // "Mr. Slinker, whose latest start-up, Paradata, uses big data, said": a relative clause
    // with commas of its own opens at the nearest comma before "who", "which" or "whose".
    let relative = |at: &usize| words[at + 1].is_one_of(&["who", "which", "whose"]);
    let mut earlier = opening;
    while !relative(&earlier) && comma - earlier <= MAX_APPOSITION_WORDS {
        let Some(before) = comma_before(earlier) else {
            break;
        };
        earlier = before;
    }
    // "…, president of the union, which represents teachers, said": past a relative clause too.
    // Not past a clause of the writer's: in "…, and a posset was so sharp that my companion,
    // who grew up in the town, pushed it away" the clause qualifies "my companion".
    let mut subject_with_relative = false;
    if relative(&earlier) && comma - earlier <= MAX_APPOSITION_WORDS {
        let before = comma_before(earlier).unwrap_or(earlier);
        let between = words.get(before + 1..earlier).unwrap_or_default();
        let a_clause = between.first().is_some_and(|w| w.is_one_of(CONJUNCTIONS))
            || between.iter().any(|w| w.is_one_of(FINITE_AUXILIARIES));
        opening = if a_clause { earlier } else { before };
        apposition = opening + 1..earlier.max(opening + 1);
        subject_with_relative = !a_clause && before < earlier;
    }
    let words_between = &words[apposition.start.min(apposition.end)..apposition.end];
    // Not "Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said".
    let mut main_clause = words_between
        .iter()
        .take_while(|w| !w.is_one_of(&["who", "which", "that", "whose", "whom"]));
    if not_a_clause
        && (words_between
            .first()
            .is_some_and(|w| w.is_one_of(CONJUNCTIONS))
            || main_clause.any(|w| w.is_one_of(FINITE_AUXILIARIES)))
    {
        return None;
    }
    // "Marley Anderson, 21, a junior from Las Vegas, said": past an age.
    if opening >= 2
        && words[opening - 1].kind == TokenKind::Number
        && words[opening - 2].is_punct(",")
    {
        opening -= 2;
    }
    let head = skip_back(words, opening, &[])?;
    let head = subject_before(words, head)?;
    // "In the hall by the station, crowds gather at dawn, said Ms Lee": the phrase before the
    // first comma is the object of a preposition opening the unit, a setting; what follows it
    // is the clause reported, no apposition. Unless it is a subject with its relative clause:
    // "In her talk, Lee, who chairs the board, warned …".
    let head_start = words.partition_point(|w| w.span.start < head.start);
    if head_start == after_dateline(words) + 1
        && words[head_start - 1].is_one_of(PREPOSITIONS)
        && !words[head_start - 1].quoted
    {
        return subject_with_relative.then(|| cover(&words[opening + 1..comma]));
    }
    // "Mr. Manafort, citing …, said": a participle is no part of the source. "Other unions,
    // including the AFL-CIO, said" names who they are: that is.
    // So is a passive one with its agent: "Ostrander, joined by Judge Whitcombe, wrote" is
    // Ostrander's writing.
    let participle = match words_between {
        [first, by, ..] if by.is("by") && !by.quoted => !first.quoted && first.is_lowercase_word(),
        [first, ..] => {
            !first.quoted
                && first.is_lowercase_word()
                && first.text.ends_with("ing")
                && !first.is("including")
        }
        [] => false,
    };
    Some(if participle {
        head
    } else {
        head.cover(words[comma - 1].span)
    })
}

/// The subject of the verb at `verb`, past auxiliaries and adverbs ("Clinton has also bashed"),
/// an apposition included ("Ted Cruz, who won Oklahoma, is calling for").
pub(super) fn subject_of(words: &[Word], verb: usize) -> Option<Span> {
    let end = skip_back(words, verb, BETWEEN_SUBJECT_AND_VERB)?;
    if words[end].is_punct(",") && !words[end].quoted {
        apposition_subject(words, end, false)
    } else {
        subject_before(words, end)
    }
}

/// "The plan, described by residents as “a long time coming”, will cost …": a participle set
/// off by commas has its source after "by", and what it calls the subject ("as …") ends with
/// the aside. Not "…, followed by abruptly blocking …", "…, hit by sanctions": no "as".
fn participle_aside(words: &[Word], cue: Span, by: usize, verb: CueWord) -> Option<Frame> {
    let source_end = noun_phrase_forward(words, by + 1)?;
    if !words
        .get(source_end)
        .is_some_and(|w| w.is("as") && !w.quoted)
    {
        return None;
    }
    let aside_end = (source_end..words.len())
        .find(|&i| {
            !words[i].quoted && words[i].is_punct(",;") || comma_inside_closing_marks(words, i)
        })
        .unwrap_or(words.len());
    Some(Frame {
        cue,
        verb: Some(verb),
        source: Some(cover(&words[by + 1..source_end])),
        content: trimmed_content(&words[source_end..aside_end]),
    })
}

/// "It is also written in the document", "was announced by the ministry", "The registration
/// issue was first reported by The Washington Post" (what was reported is the subject).
fn passive_frame(
    words: &[Word],
    cue: Span,
    after: usize,
    verb: CueWord,
    subject: Option<Span>,
) -> Option<Frame> {
    let by = words
        .get(after)
        .filter(|w| w.is_one_of(&["by", "in"]) && !w.quoted)?;
    let source_end = noun_phrase_forward(words, after + 1)?;
    if is_a_margin(&words[after + 1..source_end]) {
        return None;
    }
    // "The justice — who has been criticized by conservatives — said …": a dash closes the
    // aside; what follows is the main clause, not what was done.
    let aside_closes = source_end < words.len() && is_dash(words, source_end);
    let rest = (!aside_closes)
        .then(|| trimmed_content(&words[source_end..]))
        .flatten();
    // Not "It is also written in the document": "it" stands for what follows.
    let subject = subject.filter(|s| {
        by.is("by")
            && !words
                .iter()
                .find(|w| w.span.start == s.start)
                .is_some_and(|w| w.is_one_of(&["it", "this", "that", "which", "who"]))
    });
    if aside_closes && subject.is_none() {
        return None;
    }
    Some(Frame {
        cue,
        verb: Some(verb),
        source: Some(cover(&words[after + 1..source_end])),
        content: subject.or(rest),
    })
}

/// Words after "by" that say how, not who: "said by telephone", "sent by email".
const MEANS: &[&str] = &[
    "telephone",
    "phone",
    "email",
    "e-mail",
    "text",
    "letter",
    "video",
    "videolink",
    "satellite",
    "mail",
    "post",
    "fax",
    "radio",
    "hand",
    "far",
    "default",
    "contrast",
    "comparison",
    "law",
];

/// The verbs of putting a document out: "a statement issued by her management".
const PUT_OUT: &[&str] = &[
    "issue",
    "release",
    "publish",
    "post",
    "send",
    "circulate",
    "distribute",
];

/// What is put out and then speaks, or is the setting of who speaks: "a statement", "the
/// report".
const PUT_OUT_DOCUMENTS: &[&str] = &[
    "statement",
    "statements",
    "report",
    "reports",
    "letter",
    "memo",
    "email",
    "e-mail",
    "release",
    "video",
    "document",
    "documents",
    "guidance",
    "figures",
    "data",
];

/// "In a statement issued through his solicitors, he said:", "a report released on Monday":
/// the participle of putting out, right after the document, says how it came out; nobody is
/// its subject, and it reports nothing ("The council issued a statement" has a subject).
fn put_out_after_its_document(words: &[Word], index: usize, verb: CueWord) -> bool {
    matches!(verb.form, VerbForm::Past | VerbForm::Participle)
        && verb.particle.is_none()
        && PUT_OUT.contains(&verb.lemma)
        && index
            .checked_sub(1)
            .is_some_and(|i| !words[i].quoted && words[i].is_one_of(PUT_OUT_DOCUMENTS))
}

/// "a sentiment endorsed by the crowd", "a measure strongly opposed by unions", "a fact first
/// reported by a local station": a participle right after its noun, with an agent after "by",
/// is a passive whose agent is the source and whose noun phrase is what was reported, as
/// PolNeAR annotates it (`Some(Some(frame))`). A document put out, "in a statement issued by
/// her management", reports nothing of its own: it is another cue's setting or source
/// (`Some(None)`). `None` where the words are no such passive: "said by telephone", "responded
/// by saying", "won by 12 votes", "by Friday".
fn reduced_passive(
    words: &[Word],
    index: usize,
    cue: Span,
    verb: CueWord,
) -> Option<Option<Frame>> {
    const ADVERBS: &[&str] = &["first", "long", "once", "later", "since", "often", "also"];
    if !matches!(verb.form, VerbForm::Past | VerbForm::Participle) || verb.particle.is_some() {
        return None;
    }
    let by = index + 1;
    words.get(by).filter(|w| w.is("by") && !w.quoted)?;
    let noun = (0..index)
        .rev()
        .find(|&i| words[i].quoted || !(words[i].is_ly_adverb() || words[i].is_one_of(ADVERBS)))?;
    let head = words[noun];
    let is_noun = !head.quoted
        && (head.is_lowercase_word() || head.is_capitalized())
        && !head.is_one_of(PHRASE_BREAKS)
        && !head.is_one_of(DETERMINERS)
        && !head.is_one_of(SUBJECT_PRONOUNS)
        && !head.is_one_of(RELATIVE_PRONOUNS)
        && !head.is_one_of(PREPOSITIONS)
        && !head.is_one_of(CONJUNCTIONS)
        && !head.is_one_of(AUXILIARIES)
        && !head.is_one_of(BE_FORMS);
    if !is_noun {
        return None;
    }
    // The agent: a noun phrase opened by an article or a possessive, a name or a quantifier,
    // or a bare plural ("critics", "local traders"); not a means, a time or a margin. It ends
    // before a verb of the clause: "the government concerning naturalisation", "her campaign
    // quoted a few experts".
    let first = words.get(by + 1).filter(|w| !w.quoted)?;
    let phrase_end = noun_phrase_forward(words, by + 1)?;
    let agent_end = (by + 2..phrase_end)
        .find(|&i| {
            let w = &words[i];
            w.is_lowercase_word()
                && (is_finite_verb(w)
                    || w.text.ends_with("ed")
                    || w.is_one_of(SUBJECT_PRONOUNS)
                    || w.is_one_of(&["concerning", "regarding"]))
                || w.is_punct("-") && w.span.start > words[i - 1].span.end
        })
        .unwrap_or(phrase_end);
    let last = &words[agent_end - 1];
    // Not how it was done: "responded by cutting its prices".
    let bare_plural = first.is_lowercase_word()
        && !first.text.ends_with("ing")
        && (ends_in_single_s(last.text) || last.is_one_of(PLURALS_WITHOUT_S));
    let opens_agent = first.is_one_of(DETERMINERS)
        || first.is_capitalized() && !first.is_calendar_word()
        || bare_plural;
    if !opens_agent {
        return None;
    }
    let agent = &words[by + 1..agent_end];
    if is_a_margin(agent)
        || agent.iter().any(|w| {
            w.is_calendar_word()
                || w.is_one_of(TIMES)
                || w.is_one_of(MEANS)
                || w.is_one_of(&["end", "margin", "percent", "points", "way"])
        })
    {
        return None;
    }
    if PUT_OUT.contains(&verb.lemma) {
        return Some(None);
    }
    // "an option seen by organisers as a lifeboat" is a view; "a memo seen by Reuters" is
    // not, and the cue, if any, is the clause's own verb.
    if verb.lemma == "see"
        && !words
            .get(agent_end)
            .is_some_and(|w| w.is("as") && !w.quoted)
    {
        return None;
    }
    let content = noun_phrase_ending_at(words, noun);
    Some(Some(Frame {
        cue,
        verb: Some(verb),
        source: Some(cover(agent)),
        content: Some(content),
    }))
}

/// The noun phrase whose last word is `end`, read back to its determiner, a possessive's owner
/// or the word after a preposition, a verb or punctuation: "a number of arrests", "the Iran
/// nuclear deal", "Tinder's ban", "legislative changes" (of "against legislative changes").
fn noun_phrase_ending_at(words: &[Word], end: usize) -> Span {
    let mut start = end;
    while start > 0 && end - start < MAX_PHRASE_WORDS {
        let word = &words[start - 1];
        // "a number of arrests", not "the centre of foreign policy decisions".
        let of = word.is("of")
            && start >= 2
            && words[start - 2].is_one_of(&["number", "series", "copy", "list", "set", "handful"]);
        let joins = !word.quoted
            && match word.kind {
                TokenKind::Word => {
                    of || !word.is_one_of(PHRASE_BREAKS)
                        && !word.is_one_of(PREPOSITIONS)
                        && !word.is_one_of(SUBJECT_PRONOUNS)
                        && !(word.is_lowercase_word()
                            && (word.text.ends_with("ed")
                                || word.text.ends_with("ing")
                                || is_finite_verb(word)))
                }
                TokenKind::Number => true,
                TokenKind::Punct => {
                    word.is_possessive()
                        || word.is_punct("-")
                            && !is_dash(words, start - 1)
                            && word.span.end == words[start].span.start
                }
            };
        if !joins {
            break;
        }
        start -= 1;
        if words[start].is_one_of(DETERMINERS) {
            break;
        }
    }
    cover(&words[start..=end])
}

/// "backed by 12 votes to three", "approved by a wide margin": a count of votes after "by" is
/// how a decision went, not who made it ("backed by 30 senators", "by 42 percent of voters" is).
fn is_a_margin(phrase: &[Word]) -> bool {
    const MARGINS: &[&str] = &["vote", "votes", "margin"];
    phrase.first().is_some_and(|first| {
        first.kind == TokenKind::Number || first.is_one_of(&["a", "an", "one"])
    }) && phrase.iter().any(|w| w.is_one_of(MARGINS))
}

/// Whether a base or third-person form right after its subject stands where a verb would
/// ("officials say", "the poll shows that") rather than a noun ("early-morning tweets targeting").
fn is_verb_position(
    words: &[Word],
    subject_start: usize,
    head: usize,
    after: usize,
    verb: CueWord,
) -> bool {
    let plural = |w: &Word| {
        w.is_one_of(PLURALS_WITHOUT_S)
            || w.kind == TokenKind::Word
                && ends_in_single_s(w.text)
                && !w.is_possessive()
                // "The budget now goes back to": "goes" and "does" are verbs, not plurals.
                && !w.is_one_of(&["is", "was", "has", "does", "goes", "his", "its", "this", "us"])
    };
    // "say" is a noun only after a determiner ("have their say"), which never gets here.
    if verb.lemma == "say" {
        return true;
    }
    let subject = &words[subject_start.min(head)..head];
    let head_index = head;
    let head = words[head];
    // "five states", "13 million votes", "Another eight states": a count before an "-s" form
    // makes it a plural noun; so do "percentage" and "basis" ("by 0.1 percentage points to").
    let counted = head.is_count() || head.is_one_of(&["percentage", "basis"]);
    let subject_fits = match verb.form {
        VerbForm::ThirdPerson if counted => false,
        VerbForm::ThirdPerson => {
            head.is_capitalized()
                || head.is_one_of(&["he", "she", "it", "who", "which", "that"])
                || head.is_lowercase_word()
        }
        _ => {
            head.is_one_of(&["i", "we", "they", "you", "who", "which", "that"])
                || plural(&head)
                // "sources close to her campaign say", "Bush and Christie say", "six in 10 say":
                // the head of a longer subject is plural.
                || (head.is_capitalized() || head.kind == TokenKind::Number)
                    && subject.iter().any(|w| plural(w) || w.is_one_of(&["and", "in"]))
                || subject.iter().any(plural)
                    && words.get(after).is_some_and(|n| n.is_one_of(SUBJECT_PRONOUNS))
                // "Mr. Grassley and Mr. Leahy say", "Those close to him say".
                || subject_start
                    .checked_sub(1)
                    .is_some_and(|i| words[i].is("and") && !words[i].quoted)
                || subject.first().is_some_and(|w| {
                    w.is_one_of(&["those", "these", "many", "some", "both", "several", "all"])
                })
                // "Most believe that …", "Both think …": a quantifier standing alone.
                || subject.is_empty() && head.is_one_of(QUANTIFIER_SUBJECTS)
        }
    };
    // "Health worries have dogged her": a verb right after makes the word a noun.
    let verb_follows = words
        .get(after)
        .is_some_and(|next| !next.quoted && next.is_one_of(FINITE_AUXILIARIES));
    if !subject_fits || verb_follows {
        return false;
    }
    // "Road-rage and parking disputes that turn violent": an "-s" form right after a bare noun
    // that "and" joins to a word before it is the plural head of both; a verb after two
    // subjects takes no "-s". Not "…, and the board says": a comma or a determiner between.
    let joined_to_a_word = |and: usize| {
        words[and].is("and")
            && !words[and].quoted
            && and
                .checked_sub(1)
                .is_some_and(|i| words[i].kind == TokenKind::Word && !words[i].quoted)
    };
    if verb.form == VerbForm::ThirdPerson
        && !verb.is_never_a_noun()
        && head.is_lowercase_word()
        && !head.is_one_of(SUBJECT_PRONOUNS)
        && !head.is_one_of(RELATIVE_PRONOUNS)
        && head_index.checked_sub(1).is_some_and(joined_to_a_word)
    {
        return false;
    }
    // "Strike talks resume", "Peace talks collapsed": the verb "talk" is followed by whom or
    // what it is about, a manner or a particle ("talks to", "talks freely of", "talks up").
    let talks_as_noun = verb.lemma == "talk"
        && words.get(after).is_some_and(|next| {
            !next.quoted
                && next.is_lowercase_word()
                && !next.is_ly_adverb()
                && !next.is_one_of(&[
                    "about", "to", "with", "of", "up", "down", "over", "through", "at", "on", "in",
                    "back", "that", "tough",
                ])
        });
    if talks_as_noun {
        return false;
    }
    if head.is_one_of(SUBJECT_PRONOUNS) || head.is_one_of(RELATIVE_PRONOUNS) {
        return true;
    }
    // "Western states", "electoral votes", "thanks to a big win": in news these "-s" forms are
    // nouns (PolNeAR train: 6 of 723 are cues); after a noun they report only a quotation
    // next to the subject or the verb (“…,” the ad states).
    if verb.form == VerbForm::ThirdPerson && ["state", "vote", "thank"].contains(&verb.lemma) {
        let quoted = |i: usize| words.get(i).is_some_and(|w| w.quoted);
        // "A document on the campaign's website states that", "House panel votes to".
        let speaks = head.is_one_of(&[
            "document",
            "report",
            "statement",
            "letter",
            "website",
            "ad",
            "memo",
            "law",
            "bill",
            "policy",
            "study",
            "release",
            "paper",
            "article",
            "text",
            "section",
            "platform",
            "resolution",
            "panel",
            "committee",
            "board",
            "council",
            "court",
            "legislature",
            "parliament",
            "assembly",
            "senate",
            "house",
        ]);
        return speaks
            || subject_start.checked_sub(1).is_some_and(quoted)
            || quoted(after)
            || words.get(after).is_some_and(|w| w.is_punct(":,.")) && quoted(after + 1);
    }
    // "the Hearthside and Little Table brands, has been", "on 10-year Treasury notes.": names
    // after an article or a compound modifier, with a comma after, or the end after a compound,
    // are what a plural noun is of (PolNeAR train: 3 such "-s" forms, no gold cue). Not "…, the
    // Chicago Tribune reports.", nor a verb with its particle, "points out".
    if verb.form == VerbForm::ThirdPerson
        && !verb.is_never_a_noun()
        && verb.particle.is_none()
        && head.is_capitalized()
        && names_modify_a_noun(words, head_index).is_some_and(|compound| {
            let ends = if compound { ",;." } else { ",;" };
            words.get(after).is_none_or(|next| {
                next.is_punct(ends)
                    && !next.quoted
                    && !words.get(after + 1).is_some_and(|w| w.quoted)
            })
        })
    {
        return false;
    }
    // "Federal Election Commission regulations suggest candidates are …", "developers see golf
    // courses as …": after a subject that fits, a verb with no noun reading is the verb,
    // whatever follows it (PolNeAR train: 41 of 64 such words are gold cues).
    if head.is_capitalized() || verb.is_never_a_noun() {
        return true;
    }
    // "On social issues, Rubio …", "in swing states, where …": an "-s" form before a comma is
    // a plural noun, unless a quotation follows.
    let noun_like = verb.form == VerbForm::ThirdPerson;
    // "Culture minister calls handover „…“": in a headline's clipped style a verb of naming
    // takes a bare noun, then the quotation that names it.
    let names_its_object = || {
        NAME_GIVING_VERBS.contains(&verb.lemma)
            && words.get(after).is_some_and(|next| {
                !next.quoted && next.is_lowercase_word() && !next.is_one_of(PREPOSITIONS)
            })
            && words.get(after + 1).is_some_and(|w| w.quoted)
    };
    if names_its_object() {
        return true;
    }
    // After a common noun the next word decides: a verb takes a clause or an object.
    words.get(after).is_none_or(|next| {
        next.quoted
            || next.kind != TokenKind::Word
                && !(noun_like
                    && next.is_punct(",")
                    && !words.get(after + 1).is_some_and(|w| w.quoted))
            || next.is_capitalized()
            || next.is_one_of(DETERMINERS)
            || next.is_one_of(SUBJECT_PRONOUNS)
            || next.is_one_of(&["that", "him", "them", "us", "me", "to", "there"])
            || next.text.ends_with("ly")
    })
}

/// Whether the capitalised words ending at `last` (with "and" between names) follow an article
/// or a compound modifier, "the San Bernardino", "10-year Treasury": they modify a noun after
/// them, no subject does. `Some(true)` after a compound modifier.
fn names_modify_a_noun(words: &[Word], last: usize) -> Option<bool> {
    let first = (0..=last)
        .rev()
        .take_while(|&i| !words[i].quoted && (words[i].is_capitalized() || words[i].is("and")))
        .last()?;
    let article = |w: &Word| w.is_one_of(&["the", "a", "an"]) && !w.quoted;
    if article(&words[first]) {
        return Some(false);
    }
    let before = first.checked_sub(1)?;
    let compound = words[before].is_lowercase_word()
        && !words[before].quoted
        && before >= 1
        && words[before - 1].is_punct("-")
        && words[before - 1].span.end == words[before].span.start;
    (compound || article(&words[before])).then_some(compound)
}

/// The last index before `index` that is not one of `skipped`, nor an "-ly" adverb, nor a
/// bracketed aside ("Mike Pence (R-IN) said"), nor a day ("on Tuesday said").
fn skip_back(words: &[Word], index: usize, skipped: &[&str]) -> Option<usize> {
    let mut at = index.checked_sub(1)?;
    loop {
        let word = words[at];
        if word.quoted {
            return Some(at);
        }
        if word.is_punct(")") {
            let open = words[..at]
                .iter()
                .rev()
                .take(MAX_PHRASE_WORDS)
                .position(|w| w.is_punct("("))
                .map(|back| at - 1 - back)?;
            at = open.checked_sub(1)?;
            continue;
        }
        // "Democrats — and some Republicans — say", "The justice -- who … -- said": an aside
        // between dashes.
        if is_dash(words, at) {
            let Some(open) = (0..dash_start(words, at))
                .rev()
                .take(2 * MAX_PHRASE_WORDS)
                .take_while(|&i| !words[i].quoted && !words[i].is_punct(".;:"))
                .find(|&i| is_dash(words, i))
            else {
                return Some(at);
            };
            at = dash_start(words, open).checked_sub(1)?;
            continue;
        }
        if let Some(time) = time_ending_at(words, at) {
            at = time.checked_sub(1)?;
            continue;
        }
        if let Some(occasion) = occasion_ending_at(words, at) {
            at = occasion.checked_sub(1)?;
            continue;
        }
        if is_surname_may_before(words, at, index) {
            return Some(at);
        }
        // "The family said", "his closest ally said": a noun after a determiner.
        let adverb = word.is_ly_adverb() && !(at > 0 && words[at - 1].is_one_of(DETERMINERS));
        if !(adverb || word.is_one_of(skipped)) {
            return Some(at);
        }
        at = at.checked_sub(1)?;
    }
}

/// "Theresa May said", "“…,” May said": a capitalised "May" after another name, or before a
/// verb form that no modal takes, is a name, not the modal.
fn is_surname_may(words: &[Word], at: usize) -> bool {
    let finite = |w: &Word| {
        w.is_lowercase_word()
            && !w.quoted
            && (ends_in_single_s(w.text)
                || w.text.ends_with("ed")
                || w.is_one_of(&["said", "told", "wrote", "spoke"]))
    };
    words[at].text == "May"
        && (at
            .checked_sub(1)
            .is_some_and(|i| words[i].is_capitalized() && !words[i].quoted)
            || words.get(at + 1).is_some_and(finite))
}

/// `is_surname_may` before a lower-case verb: a headline's "Trump May Say" keeps the modal.
fn is_surname_may_before(words: &[Word], at: usize, cue: usize) -> bool {
    words[cue].is_lowercase_word() && is_surname_may(words, at)
}

/// A dash, or either hyphen of the double hyphen that wire copy writes for one ("The justice
/// -- who … -- said").
fn is_dash(words: &[Word], at: usize) -> bool {
    let word = words[at];
    let hyphen_touching = |i: Option<usize>| {
        i.and_then(|i| words.get(i)).is_some_and(|w| {
            w.is_punct("-") && (w.span.end == word.span.start || w.span.start == word.span.end)
        })
    };
    word.is_punct("—―–")
        || word.is_punct("-")
            && (hyphen_touching(at.checked_sub(1)) || hyphen_touching(Some(at + 1)))
}

/// Where the dash whose last word is at `at` starts: one word back for a double hyphen.
fn dash_start(words: &[Word], at: usize) -> usize {
    match at.checked_sub(1) {
        Some(before) if words[at].is_punct("-") && is_dash(words, before) => before,
        _ => at,
    }
}

/// ", at one point calling …", "…, but in a later interview said …": where a short phrase of
/// the occasion, after a comma or "and"/"but", starts when it ends at `end`. It stands between
/// a clause and its next verb, whose subject is the clause's, not the phrase's noun (PolNeAR
/// train: "at one point", "in a later interview" read as the speaker). Only a noun of an act of
/// speaking or "point", so that "…, but in private aides said" keeps its subject.
fn occasion_ending_at(words: &[Word], end: usize) -> Option<usize> {
    const MAX_OCCASION_WORDS: usize = 4;
    let noun = words[end];
    if noun.quoted || !(noun.is_one_of(SPEECH_EVENTS) || noun.is("point")) {
        return None;
    }
    let preposition = (end.saturating_sub(MAX_OCCASION_WORDS)..end)
        .rev()
        .take_while(|&i| !words[i].quoted && words[i].kind != TokenKind::Punct)
        .find(|&i| words[i].is_one_of(&["in", "at", "during", "on"]))?;
    let modifiers = &words[preposition + 1..end];
    let opens = preposition
        .checked_sub(1)
        .map(|i| words[i])
        .is_some_and(|w| !w.quoted && (w.is_punct(",") || w.is_one_of(&["and", "but"])));
    (opens && modifiers.iter().all(|w| !w.is_capitalized())).then_some(preposition)
}

/// "Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed", "Trump on Tuesday night said", "A
/// lower court in 2013 dismissed": where a day, a month or year, "last week" or "in the past"
/// that ends at `end` starts, a time between a subject and its verb.
fn time_ending_at(words: &[Word], end: usize) -> Option<usize> {
    // "Beck, who has in the past described", "who in recent years has warned".
    let time_phrase = end >= 2
        && words[end - 2].is("in")
        && (words[end - 1].is("the") && words[end].is("past")
            || words[end - 1].is("recent")
                && words[end].is_one_of(&["days", "weeks", "months", "years"]));
    if time_phrase && !words[end - 2].quoted {
        return Some(end - 2);
    }
    // "A lower court in 2013 dismissed", "The board in March 2019 rejected", "The company
    // last year said", "Ministers earlier this month warned".
    let unquoted_before = |back: usize| {
        end.checked_sub(back)
            .map(|i| words[i])
            .filter(|w| !w.quoted)
    };
    let year = |w: &Word| {
        w.kind == TokenKind::Number
            && w.text.len() == 4
            && (w.text.starts_with("19") || w.text.starts_with("20"))
    };
    let month_year =
        year(&words[end]) && unquoted_before(1).is_some_and(|w| w.is_one_of(calendar::MONTHS));
    let dated = month_year || year(&words[end]) || words[end].is_one_of(calendar::MONTHS);
    // Not the time of a participle or of a relative clause: "a report released last year",
    // "an ad this week showing", "Voters who backed Trump in 2016 said".
    let participle =
        |w: &Word| w.is_lowercase_word() && (w.text.ends_with("ed") || w.text.ends_with("ing"));
    let dates_the_subject = |start: usize| {
        let relative = (start.saturating_sub(MAX_PHRASE_WORDS)..start)
            .rev()
            .take_while(|&i| words[i].kind == TokenKind::Word && !words[i].quoted)
            .any(|i| words[i].is_one_of(RELATIVE_PRONOUNS));
        !relative
            && start.checked_sub(1).is_none_or(|i| !participle(&words[i]))
            && words
                .get(end + 1)
                .is_none_or(|w| !participle(w) || w.text.ends_with("ed"))
    };
    let back = usize::from(month_year) + 1;
    if dated && !words[end].quoted && unquoted_before(back).is_some_and(|w| w.is("in")) {
        return Some(end - back).filter(|&start| dates_the_subject(start));
    }
    if words[end].is_one_of(&["week", "month", "year"])
        && !words[end].quoted
        && unquoted_before(1).is_some_and(|w| w.is_one_of(&["last", "this"]))
    {
        let earlier = unquoted_before(2).is_some_and(|w| w.is_one_of(&["earlier", "later"]))
            && words[end - 1].is("this");
        return Some(end - 1 - usize::from(earlier)).filter(|&start| dates_the_subject(start));
    }
    let part_of_day = words[end].is_one_of(&["night", "morning", "afternoon", "evening"]);
    let day = end.checked_sub(usize::from(part_of_day))?;
    if words[day].quoted || !words[day].is_one_of(calendar::WEEKDAYS) {
        return None;
    }
    let before = words[..day].last().filter(|w| !w.quoted);
    if before.is_some_and(|w| w.is_one_of(&["on", "last", "this", "early", "late"])) {
        return Some(day - 1);
    }
    // A bare day after a name: "Clinton Tuesday said", not "during a Sunday".
    before.is_some_and(|w| w.is_capitalized()).then_some(day)
}

/// A reporting verb's subject ending at `end`, with the noun a relative clause that ends
/// there qualifies: "Senior advisers who have run the numbers", "Katie Packer, who is chairman
/// of Our Principles PAC" (PolNeAR train: 20 sources were the clause's last words).
fn subject_with_relative_clause(words: &[Word], end: usize) -> Option<Span> {
    let subject = subject_before(words, end)?;
    let start = words.partition_point(|w| w.span.start < subject.start);
    if words[start].is_one_of(SUBJECT_PRONOUNS) || words[start].is_one_of(RELATIVE_PRONOUNS) {
        return Some(subject);
    }
    Some(match noun_before_relative_clause(words, start, end) {
        Some(noun) => subject_before(words, noun).map_or(subject, |noun| noun.cover(subject)),
        None => subject,
    })
}

/// The end of the noun a relative clause ending at `start` (exclusive) qualifies, when the
/// pronoun is the clause's subject ("advisers who have run …", not "advisers who the campaign
/// …"): the clause is a few words with no punctuation.
fn noun_before_relative_clause(words: &[Word], start: usize, end: usize) -> Option<usize> {
    const MAX_CLAUSE_WORDS: usize = 8;
    let pronoun = (start.saturating_sub(MAX_CLAUSE_WORDS)..start)
        .rev()
        .take_while(|&i| {
            let w = words[i];
            !w.quoted
                && (w.kind != TokenKind::Punct || w.is_possessive() || w.is_punct("-"))
                // "…, which has jurisdiction over issues he pushed": a clause of its own.
                && !w.is_one_of(SUBJECT_PRONOUNS)
        })
        .find(|&i| words[i].is_one_of(RELATIVE_PRONOUNS))?;
    let verb_follows = words.get(pronoun + 1).is_some_and(|w| {
        w.is_lowercase_word() && !w.is_one_of(DETERMINERS) && !w.is_one_of(SUBJECT_PRONOUNS)
    });
    // "Katie Packer, who is …": a comma before "who" or "which", never before "that".
    let after_comma = words[pronoun.checked_sub(1)?].is_punct(",") && !words[pronoun].is("that");
    let noun = pronoun.checked_sub(1 + usize::from(after_comma))?;
    let is_noun = (words[noun].is_lowercase_word() || words[noun].is_capitalized())
        && !words[noun].quoted
        && !words[noun].is_one_of(PHRASE_BREAKS)
        && !words[noun].is_one_of(PREPOSITIONS)
        && !words[noun].is_one_of(DETERMINERS);
    let qualifies = if after_comma {
        // A verb between the pronoun and the subject: "which together vowed" has "which" for
        // its subject.
        pronoun + 1 < start
    } else {
        // "The man who lives next door said", "The union that represents teachers said": the
        // subject read so far is the clause or ends it, after "who" and a common noun (not
        // "in Jupiter, Florida who were voting"), or after the noun phrase that opens the
        // sentence ("said that …" is a cue's). Not "The plans that countries pledged" (one
        // word is the clause's subject), nor "a job supported by" (a passive).
        // "A public inquiry into the flood that killed four people … has found": a past tense
        // right after "that" opens no reported clause ("said that four people …"), and the noun
        // after an article before it is the one it qualifies, however long its phrase.
        let relative_past = words[pronoun].is("that")
            && start == pronoun + 1
            && (words[start].text.ends_with("ed") || is_irregular_past(&words[start]))
            && noun
                .checked_sub(1)
                .is_some_and(|article| words[article].is_one_of(DETERMINERS));
        let restrictive = words[pronoun].is("who") && words[noun].is_lowercase_word()
            || opens_with_noun_phrase(&words[..pronoun])
            || relative_past;
        restrictive
            && (start == pronoun + 1 && start < end || pronoun + 1 < start)
            && !words[pronoun + 1..=end]
                .iter()
                .any(|w| w.is_one_of(BE_FORMS))
            && !words.get(end + 2).is_some_and(|w| w.is("by"))
    };
    (verb_follows && is_noun && qualifies).then_some(noun)
}

/// Whether `words` are a short noun phrase alone: a determiner or a name, then nouns and
/// names ("The union", "A group of teachers", "Local officials").
fn opens_with_noun_phrase(words: &[Word]) -> bool {
    const MAX_NOUN_PHRASE_WORDS: usize = 5;
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    words.len() <= MAX_NOUN_PHRASE_WORDS
        && !first.quoted
        && (first.is_one_of(DETERMINERS) || first.is_capitalized())
        // "Noting that only Sen. Mark Kirk …": a verb, not a noun.
        && !first.text.ends_with("ing")
        && rest.iter().all(|w| {
            !w.quoted
                && (w.is_capitalized()
                    || w.is("of")
                    || w.is_lowercase_word()
                        && !w.is_one_of(PHRASE_BREAKS)
                        && !w.is_one_of(FINITE_AUXILIARIES)
                        && !w.text.ends_with("ed"))
        })
}

/// The subject ending at `end`, read leftwards: "he", "who", "Stein spokeswoman Melezia
/// Figueroa", "the head of Russian diplomacy", "Sergei Lavrov, the foreign minister".
fn subject_before(words: &[Word], end: usize) -> Option<Span> {
    let head = words[end];
    // "Six in 10 say", "four of five": a share of people.
    let share = head.kind == TokenKind::Number
        && end >= 2
        && words[end - 1].is_one_of(&["in", "of"])
        && !words[end - 2].quoted;
    if share {
        let start = if words[end - 2].kind == TokenKind::Number
            || words[end - 2].is_lowercase_word() && !words[end - 2].is_one_of(PHRASE_BREAKS)
            || words[end - 2].is_capitalized()
        {
            end - 2
        } else {
            end
        };
        let start = match start.checked_sub(1) {
            Some(before) if words[before].is_one_of(&["about", "nearly", "almost", "roughly"]) => {
                before
            }
            // "more than 4 in 10 said".
            Some(than)
                if than >= 1
                    && words[than].is("than")
                    && words[than - 1].is_one_of(&["more", "fewer", "less"]) =>
            {
                than - 1
            }
            _ => start,
        };
        return Some(cover(&words[start..=end]));
    }
    // "47% say".
    if head.is_punct("%") && end >= 1 && words[end - 1].kind == TokenKind::Number {
        let opens = end < 2 || {
            let before = words[end - 2];
            before.kind == TokenKind::Punct && !before.quoted
                || before.is_one_of(&["about", "nearly", "almost", "roughly", "only", "just"])
        };
        return opens.then(|| words[end - 1].span.cover(head.span));
    }
    // "43 said the same", "Those over 60 say": a number that ends the subject.
    let counted = head.kind == TokenKind::Number
        && end
            .checked_sub(1)
            .is_none_or(|i| words[i].kind != TokenKind::Number && !words[i].quoted);
    if head.quoted || head.kind != TokenKind::Word && !counted || head.is_one_of(PREPOSITIONS) {
        return None;
    }
    // "A smaller notice beneath it reads": a pronoun after a preposition is its object, and the
    // subject the noun phrase it ends.
    let object_pronoun = head.is_one_of(&["it", "you"])
        && end.checked_sub(1).is_some_and(|i| {
            !words[i].quoted
                && (words[i].is_one_of(PREPOSITIONS) || words[i].is_one_of(PLACE_PREPOSITIONS))
        });
    if (head.is_one_of(RELATIVE_PRONOUNS) || head.is_one_of(SUBJECT_PRONOUNS)) && !object_pronoun {
        return Some(head.span);
    }
    // "Yet another said", "Some say": a quantifier standing alone is the subject; after the
    // names it counts ("Amazon and Apple both announced"), with them.
    if head.is_one_of(&[
        "another", "some", "many", "several", "both", "most", "others", "all",
    ]) {
        let names = end
            .checked_sub(1)
            .filter(|&last| head.is_one_of(&["both", "all"]) && is_part_of_a_name(&words[last]))
            .map(|last| coordinated_start(words, last + 1 - name_run_len_before(words, last)))
            .filter(|&first| words[first..end].iter().any(|w| w.is("and")));
        return Some(names.map_or(head.span, |first| cover(&words[first..=end])));
    }
    if head.is_one_of(PHRASE_BREAKS) && !is_surname_may(words, end) || head.is_one_of(DETERMINERS) {
        return None;
    }
    let mut start = end;
    while start > 0 && end - start < MAX_PHRASE_WORDS {
        let word = words[start - 1];
        let complement = takes_complement(words, start - 1);
        let joins = !word.quoted
            && match word.kind {
                TokenKind::Word => {
                    complement
                        || !word.is_one_of(PHRASE_BREAKS)
                            && !word.is_one_of(SUBJECT_PRONOUNS)
                            && !is_saying(word)
                }
                TokenKind::Number => true,
                TokenKind::Punct => word.is_punct("-&") || word.is_possessive(),
            };
        if !joins {
            break;
        }
        start -= 1;
    }
    // "…, with the union saying": the object of "with" is the subject of the participle.
    if is_absolute_with(words, start) && words.get(end + 1).is_some_and(|w| w.text.ends_with("ing"))
    {
        start += 1;
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
    let mut start = start.min(end);
    // "A company building the dam denied": after an article, an "-ing" word and its object
    // are the noun's, not a verb's.
    let reduced_relative =
        |i: usize| words[i].text.ends_with("ing") && words[start].is_one_of(&["a", "an", "the"]);
    // "features a New York Times report": a verb and its object, not a subject.
    if let Some(verb) = (start..end).find(|&i| {
        words[i].is_lowercase_word()
            && !words[i].is_one_of(DETERMINERS)
            && !words[i].is_one_of(PREPOSITIONS)
            && words[i + 1].is_one_of(DETERMINERS)
            && !reduced_relative(i)
    }) {
        start = verb + 1;
    }
    // "Sergei Lavrov, the foreign minister, said": take the name before the apposition too.
    let start = apposition_before(words, start).unwrap_or(start);
    let start = relative_clause_head(words, start, end).unwrap_or(start);
    let start = participle_phrase_head(words, start).unwrap_or(start);
    Some(cover(&words[coordinated_start(words, start)..=end]))
}

/// How many words the leftward reading may have stopped short of a participle that qualifies
/// the subject: "buying euros to pay | her son's fees".
const PARTICIPLE_PHRASE_WORDS: usize = 8;

/// The start of the person a participle's phrase describes when the subject read leftwards from
/// a cue stopped inside that phrase: "A woman buying euros to pay her son's fees said" is the
/// woman, not "her son's fees"; so with a past participle, "A clip viewed more than 9,000 times
/// online claims" is the clip, not "9,000 times online". Only an indefinite article opening
/// its clause and a noun or two in lower case before the participle: somebody unnamed.
fn participle_phrase_head(words: &[Word], start: usize) -> Option<usize> {
    let participle = (start.saturating_sub(PARTICIPLE_PHRASE_WORDS)..start)
        .rev()
        .take_while(|&i| !words[i].quoted && words[i].kind == TokenKind::Word)
        .find(|&i| {
            words[i].is_lowercase_word()
                && words[i].text.len() > 4
                && (words[i].text.ends_with("ing") || words[i].text.ends_with("ed"))
        })?;
    let article = (participle.saturating_sub(RELATIVE_HEAD_WORDS + 1)..participle)
        .rev()
        .find(|&i| words[i].is_one_of(&["a", "an", "another", "one"]))?;
    let opens_clause =
        article == 0 || words[article - 1].kind == TokenKind::Punct && !words[article - 1].quoted;
    let nouns_between = (article + 1..participle).all(|i| {
        let w = &words[i];
        w.is_lowercase_word()
            && !w.quoted
            && !w.is_one_of(PREPOSITIONS)
            && !w.is_one_of(PHRASE_BREAKS)
            && !w.is_one_of(DETERMINERS)
    });
    // "One thing working in her favour is that 78 percent …": a clause of its own ended there
    // (the "to" of a purpose does not end the phrase: "buying euros to pay").
    let one_phrase = (participle + 1..start).all(|i| {
        let w = &words[i];
        w.is("to")
            || w.is("than") && words[i - 1].is_one_of(&["more", "fewer", "less"])
            || !w.is_one_of(PHRASE_BREAKS)
                && !w.is_one_of(BE_FORMS)
                && !w.is_one_of(FINITE_AUXILIARIES)
    });
    (opens_clause && nouns_between && one_phrase && article + 1 < participle).then_some(article)
}

/// "…, saying ministers had pledged": a participle of saying opens the clause it reports; it
/// is no part of the subject read leftwards from a verb inside that clause.
fn is_saying(word: Word) -> bool {
    !word.quoted
        && word.is_lowercase_word()
        && Lexicon::new(&[])
            .lookup(word.text)
            .is_some_and(|verb| verb.form == VerbForm::Gerund && reports_words_said(verb))
}

/// How many lowercase words may stand between an article and the "who" of a relative clause
/// whose verb phrase the leftward reading took for a subject: "A student who took part".
const RELATIVE_HEAD_WORDS: usize = 3;

/// How many words of a relative clause may stand before what the leftward reading kept of it:
/// "who was on | duty", "who was on duty that | night".
const RELATIVE_CLAUSE_WORDS: usize = 6;

/// The start of the person a relative clause describes when the subject read leftwards from a
/// cue stopped at its "who", or inside the clause at a word that breaks a noun phrase: "A
/// student who took part, who asked not to be named, said" is the student, not "took part";
/// "A nurse who was on duty that night told" is the nurse, not "night". Only an article opening
/// its clause and lowercase words: the person is somebody unnamed. Not past an aside: "a man
/// who would give only his first name, Gary, told me" is Gary.
fn relative_clause_head(words: &[Word], start: usize, end: usize) -> Option<usize> {
    let who = (start.saturating_sub(RELATIVE_CLAUSE_WORDS + 1)..start)
        .rev()
        .take_while(|&i| !words[i].quoted && words[i].kind != TokenKind::Punct)
        .find(|&i| words[i].is("who"))?;
    let inside_clause = who + 1 < start;
    let named_after = words.get(end + 1).is_some_and(|w| w.is_punct(","))
        && words.get(end + 2).is_some_and(|w| w.is_capitalized());
    if inside_clause
        && (named_after
            || words[start..=end]
                .iter()
                .any(|w| w.kind == TokenKind::Punct))
    {
        return None;
    }
    let article = (who.saturating_sub(RELATIVE_HEAD_WORDS + 1)..who)
        .rev()
        .find(|&i| words[i].is_one_of(&["a", "an", "another", "one"]))?;
    let opens_clause = article == 0 || words[article - 1].kind == TokenKind::Punct;
    // "One Democrat who has advised campaigns": a party's or a people's noun is no name.
    let lowercase_between = (article + 1..who).all(|i| {
        !words[i].quoted
            && (words[i].is_lowercase_word()
                || words[i].is_capitalized()
                    && (words[i].is_one_of(PARTY_MEMBERS)
                        || crate::analysis::entities::is_demonym(words[i].text)))
    });
    (opens_clause && lowercase_between && article + 1 < who).then_some(article)
}

/// Nouns of people and papers that stand in a relation "to" somebody: "an aide to the
/// governor", "a letter to shareholders". The phrase is one source, and the person after "to"
/// is not its speaker.
pub(super) const RELATION_NOUNS: &[&str] = &[
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "aide",
    "aides",
    "ambassador",
    "ambassadors",
    "envoy",
    "envoys",
    "delegation",
    "delegations",
    "counsel",
    "consultant",
    "consultants",
    "assistant",
    "assistants",
    "deputy",
    "secretary",
    "successor",
    "heir",
    "supplier",
    "suppliers",
    "letter",
    "letters",
    "submission",
    "memo",
    "testimony",
    "reply",
    "response",
    "petition",
    "pollster",
    "privy",
];

/// Whether the preposition `words[at]` is part of a noun phrase rather than a break in it:
/// "sources close to the matter", "people familiar with the talks", and the people and papers
/// that stand in a relation to someone: "Aides to Clinton say", "an aide to the governor said",
/// "Chad's Ambassador to France confirmed", "One supplier of dairy products to several chains
/// said" (in PolNeAR these sources are the whole phrase, not the name after "to").
fn takes_complement(words: &[Word], at: usize) -> bool {
    const MAX_OF_PHRASE_WORDS: usize = 3;
    let preposition = words[at];
    let Some(before) = at.checked_sub(1) else {
        return false;
    };
    if preposition.quoted || words[before].quoted {
        return false;
    }
    if preposition.is_one_of(&["to", "with"])
        && words[before].is_one_of(&["close", "familiar", "near", "loyal"])
    {
        return true;
    }
    // The noun right before "to" ("China's delegation to the forum"), or before an "of"
    // phrase that ends there ("supplier of spare parts to the airline").
    let of_phrase = (before.saturating_sub(MAX_OF_PHRASE_WORDS + 1)..before)
        .rev()
        .take_while(|&i| words[i].kind == TokenKind::Word && !words[i].quoted)
        .find(|&i| words[i].is("of"))
        .filter(|&of| {
            words[of + 1..before]
                .iter()
                .all(|w| !w.is_one_of(PHRASE_BREAKS))
        });
    let head_of_phrase = of_phrase.and_then(|of| of.checked_sub(1));
    preposition.is("to")
        && [Some(before), head_of_phrase]
            .into_iter()
            .flatten()
            .any(|noun| words[noun].is_one_of(RELATION_NOUNS))
}

/// Whether `words[at]` is a "with" after a comma, opening an absolute phrase: "…, with the
/// union saying …".
fn is_absolute_with(words: &[Word], at: usize) -> bool {
    words[at].is("with")
        && !words[at].quoted
        && at.checked_sub(1).is_some_and(|i| words[i].is_punct(","))
}

/// The object of an absolute "with" ([`is_absolute_with`]) that `subject` ends, whole: "…,
/// with the union calling", "…, with Fox News and NBC News calling" (`subject` "NBC News").
fn absolute_with_object(words: &[Word], subject: Span) -> Option<Span> {
    let first = words.partition_point(|w| w.span.start < subject.start);
    let before = first.checked_sub(1)?;
    if is_absolute_with(words, before) {
        return Some(subject);
    }
    if !words[before].is("and") || words[before].quoted {
        return None;
    }
    // Back over a few names joined by commas to the "with"; not over a clause of its own,
    // "with inflation high and the mayor saying".
    let with = (before.saturating_sub(6)..before)
        .rev()
        .find(|&i| is_absolute_with(words, i))?;
    let joined = &words[with + 1..before];
    let named = |w: &Word| is_part_of_a_name(w) || w.is_punct(",") || w.is("the");
    (!joined.is_empty() && joined.iter().all(named)).then(|| words[with + 1].span.cover(subject))
}

/// A capitalised word that is no sentence's capitalised first word of another kind ("In",
/// "The", "But").
fn is_part_of_a_name(word: &Word) -> bool {
    word.is_capitalized()
        && !word.quoted
        && !word.is_one_of(PREPOSITIONS)
        && !word.is_one_of(DETERMINERS)
        && !word.is_one_of(PHRASE_BREAKS)
}

/// How many words of a name end at `last`.
fn name_run_len_before(words: &[Word], last: usize) -> usize {
    words[..=last]
        .iter()
        .rev()
        .take_while(|w| is_part_of_a_name(w))
        .count()
}

/// "The European Space Agency and NASA said", "Moore, Washington and Banks said": names joined
/// by "and" (and commas) are one subject, from the first name that opens the clause (after a
/// stop, a comma or at the start, "the" with it). "Trump met Putin and Lavrov said" keeps
/// "Lavrov": "Putin" is an object. `start` is the first word of the last name.
fn coordinated_start(words: &[Word], start: usize) -> usize {
    if start >= 2 && words[start - 1].is("and") && words[start].is("other") {
        return named_with_others(words, start - 1).unwrap_or(start);
    }
    if start < 2 || !words[start - 1].is("and") || !is_part_of_a_name(&words[start]) {
        return start;
    }
    // "Moore, Washington, and Banks": a serial comma before the "and".
    let mut joiner = start - 1 - usize::from(start >= 3 && words[start - 2].is_punct(","));
    let mut subject = start;
    while joiner >= 1 && is_part_of_a_name(&words[joiner - 1]) {
        let mut first = joiner - name_run_len_before(words, joiner - 1);
        // "The Department of Health and Human Services said": a department's remit after "of"
        // or "for" is one name with its head, not two names joined.
        if first >= 2
            && words[first - 1].is_one_of(&["of", "for"])
            && !words[first - 1].quoted
            && DEPARTMENT_HEADS.contains(&words[first - 2].text)
        {
            first = first - 1 - name_run_len_before(words, first - 2);
            // "A Department of … spokesman said": its article with it.
            if first >= 1 && words[first - 1].is_one_of(&["a", "an"]) {
                first -= 1;
            }
        }
        if first >= 1 && words[first - 1].is("the") {
            first -= 1;
        }
        let before = first.checked_sub(1).map(|i| words[i]);
        if !before.is_none_or(|w| w.kind == TokenKind::Punct && !w.quoted) {
            break;
        }
        subject = first;
        match before {
            Some(comma) if comma.is_punct(",") && first >= 2 => joiner = first - 1,
            _ => break,
        }
    }
    subject
}

/// "Ann Kibbe and other libertarians said", "he and other challengers complained": a name or a
/// pronoun that opens the clause before "and other" (at `and`) is one of the group, and with
/// it the group is somebody the copy names. The first word of the name, or the pronoun's.
fn named_with_others(words: &[Word], and: usize) -> Option<usize> {
    let last = and.checked_sub(1)?;
    let first = if words[last].is_one_of(&["he", "she", "i", "we"]) && !words[last].quoted {
        last
    } else if is_part_of_a_name(&words[last]) {
        // Back over names set off by commas, "Crane, Kibbe and other …", each with its "the".
        let mut first = last + 1 - name_run_len_before(words, last);
        loop {
            first -= usize::from(first >= 1 && words[first - 1].is("the"));
            match first.checked_sub(2) {
                Some(end) if words[end + 1].is_punct(",") && is_part_of_a_name(&words[end]) => {
                    first = end + 1 - name_run_len_before(words, end);
                }
                _ => break first,
            }
        }
    } else {
        return None;
    };
    let opens = first
        .checked_sub(1)
        .is_none_or(|i| words[i].kind == TokenKind::Punct && !words[i].quoted);
    opens.then_some(first)
}

/// The run of capitalised words (or a subject pronoun) that ends at `end`.
fn name_ending_at(words: &[Word], end: usize) -> Option<Span> {
    if words[end].is_one_of(SUBJECT_PRONOUNS) {
        return Some(words[end].span);
    }
    let run = words[..=end]
        .iter()
        .rev()
        .take_while(|w| w.is_capitalized() && !w.quoted)
        .count();
    (run > 0).then(|| cover(&words[end + 1 - run..=end]))
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
    // "Rather, sources close to her campaign say": a connective, not a name.
    // "In May, the minister said", "Last March, a judge …": a time, not a name.
    if comma - name_start == 1 && is_connective(&words[name_start])
        || words[name_start].is_calendar_word()
        || words[name_start].is_one_of(&["last", "next", "early", "late"])
        || words[name_start].is_one_of(PREPOSITIONS)
    {
        return None;
    }
    if name_start >= comma || comma - name_start > 4 || !boundary {
        return None;
    }
    Some(place_before(words, name_start).unwrap_or(name_start))
}

/// "the Brenton, Minnesota, company": when the name before "company" follows a comma and a
/// shorter name after an article, it is the second part of a place ("town, state") that
/// describes the noun, and the noun phrase starts at the article, whose index this returns.
fn place_before(words: &[Word], name_start: usize) -> Option<usize> {
    const MAX_PLACE_WORDS: usize = 3;
    let comma = name_start.checked_sub(1)?;
    if !words[comma].is_punct(",") || words[comma].quoted {
        return None;
    }
    let run = words[..comma]
        .iter()
        .rev()
        .take_while(|w| w.is_capitalized() && !w.quoted && !w.is_one_of(DETERMINERS))
        .count();
    let article = comma.checked_sub(run + 1)?;
    (run > 0 && run <= MAX_PLACE_WORDS && words[article].is_one_of(&["the", "a", "an"]))
        .then_some(article)
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
        // "sources close to the matter", "people familiar with the talks"; "complaints passed
        // to the regulator", "audio provided to The Times": a participle's phrase.
        let complement = takes_complement(words, end)
            || word.is("to")
                && end - 1 > start
                && words[end - 1].is_lowercase_word()
                && (words[end - 1].text.ends_with("ed") || is_irregular_past(&words[end - 1]))
                && words.get(end + 1).is_some_and(|w| {
                    !w.quoted && (w.is_one_of(DETERMINERS) || w.is_capitalized())
                })
                // Not "the experts I spoke to this week": a stranded "to" before a time.
                && !words.get(end + 2).is_some_and(|w| w.is_one_of(TIMES));
        let joins = match word.kind {
            TokenKind::Word => {
                complement || !word.is_one_of(PHRASE_BREAKS) || is_surname_may(words, end)
            }
            TokenKind::Number => true,
            // "a Reuters/Ipsos poll", "the CBS/New York Times survey": a slash joins names.
            TokenKind::Punct => {
                word.is_punct("-&/") && !is_dash(words, end) || word.is_possessive()
            }
        };
        // "the metro's MMC for water and sanitation, Bongani Radebe": "and" within a title
        // that a name in apposition ends.
        let within_title = word.is("and")
            && words[end - 1].is_lowercase_word()
            && words
                .get(end + 1)
                .is_some_and(|w| !w.quoted && w.is_lowercase_word() && !w.is_one_of(PHRASE_BREAKS))
            && words.get(end + 2).is_some_and(|w| w.is_punct(","))
            && named_in_apposition(words, end + 2);
        // "said Minister for Trade and Industry Desmond Koh": "and" within a capitalised
        // portfolio, after "for" or "of", that the holder's name ends with the phrase.
        let within_portfolio = word.is("and")
            && words[end - 1].is_capitalized()
            && (start + 1..end - 1)
                .any(|i| words[i].is_one_of(&["for", "of"]) && words[i - 1].is_capitalized())
            && {
                let run = name_run_len(words.get(end + 1..).unwrap_or_default());
                run >= 3
                    && words
                        .get(end + 1 + run)
                        .is_none_or(|w| w.kind == TokenKind::Punct)
            };
        if joins || within_title || within_portfolio {
            end += 1;
            continue;
        }
        // "…, Sergei Lavrov," / "…, Sergei Lavrov." : a name in apposition.
        if word.is_punct(",") && named_in_apposition(words, end) {
            end += 1 + name_run_len(&words[end + 1..]);
            continue;
        }
        break;
    }
    Some(end)
}

/// "…, Sergei Lavrov," / "…, Sergei Lavrov.": the comma at `comma` opens a name of one to four
/// words that ends its phrase.
fn named_in_apposition(words: &[Word], comma: usize) -> bool {
    let run = name_run_len(words.get(comma + 1..).unwrap_or_default());
    let after = words.get(comma + 1 + run);
    (1..=4).contains(&run) && after.is_none_or(|w| w.kind == TokenKind::Punct)
}

/// "what former employees have called a “fraudulent scheme” took an even uglier turn", "which
/// Mr. Trump called ''a disgrace,'' blaming …": the name a relative clause gives ends with its
/// quotation; what follows is the sentence's own.
fn end_of_name_given(words: &[Word], source_start: usize, verb: CueWord, content: Span) -> Span {
    let after_relative = source_start
        .checked_sub(1)
        .is_some_and(|i| !words[i].quoted && words[i].is_one_of(&["what", "which"]));
    // "which residents described as “…”, will cost": the same with a description.
    if !NAME_GIVING_VERBS.contains(&verb.lemma) || !after_relative {
        return content;
    }
    let first = words.partition_point(|w| w.span.start < content.start);
    let Some(open) = (first..words.len()).find(|&i| words[i].quoted) else {
        return content;
    };
    let close = words[open..].iter().take_while(|w| w.quoted).count() + open - 1;
    Span::new(content.start, content.end.min(words[close].span.end))
}

/// The content when the subject comes first: what follows the cue, or what came before the
/// subject ("…, the source added."), or both around a parenthetical ("The West, he said, is …").
fn choose_content(
    words: &[Word],
    source_start: usize,
    after: usize,
    verb: CueWord,
) -> Option<Span> {
    // "“…,” said a longtime adviser, who spoke on condition of anonymity": a relative clause
    // reports nothing that comes before its antecedent.
    let relative = words[source_start].is_one_of(RELATIVE_PRONOUNS);
    // "And yet, Mrs. Clinton's aides say, Syria remains …": a connective is no clause.
    let before = clause_before(words, source_start)
        .filter(|_| !relative)
        .filter(|before| {
            let first = words.partition_point(|w| w.span.start < before.start);
            !words[first..source_start]
                .iter()
                .all(|w| w.kind == TokenKind::Punct || is_connective(w))
        });
    let following = words.get(after);
    let after_comma = following.is_some_and(|w| w.is_punct(",") && !w.quoted);
    if let (Some(before), true) = (before, after_comma) {
        let rest = &words[after + 1..];
        // "On ABC's “Good Morning America” Tuesday, he said, “…”": a time or place is no clause.
        let first = words.partition_point(|w| w.span.start < before.start);
        // So is a subordinate clause before a quotation that opens a sentence of its own:
        // "As a phone rang, the announcer said, “It's 3 a.m. …”" (not "As prices rise, he
        // said, “we must act”").
        let quoted_sentence = || {
            let mut quoted = rest.iter().skip_while(|w| w.is_punct(",:"));
            quoted.next().is_some_and(|w| w.quoted)
                && quoted
                    .find(|w| w.kind == TokenKind::Word)
                    .is_some_and(|w| w.quoted && w.is_capitalized())
        };
        let subordinate = || {
            words[first..source_start].first().is_some_and(|w| {
                !w.quoted
                    && w.is_one_of(&[
                        "as", "when", "while", "after", "before", "once", "if", "although",
                        "though", "because", "since", "until", "unless", "asked",
                    ])
            })
        };
        let setting = (words[first..source_start]
            .first()
            .is_some_and(Word::opens_setting)
            && rest
                .iter()
                .find(|w| !w.is_punct(",:"))
                .is_some_and(|w| w.quoted)
            && is_adverbial(&words[first..source_start]))
            || subordinate() && quoted_sentence();
        if let Some(content) = trimmed_content(rest).filter(|_| setting) {
            return Some(content);
        }
        // Not the reporter's comment on a quotation: "“…,” Ms. Reyes said, another sign that
        // …", "“…,” he said, likely referring to …", "“…,” she said, dressed in …", "“…,” he
        // said, three days after …": a quotation closed before its cue is said whole
        // (PolNeAR train: 5 more span matches, none fewer; dev 1 more). (After words of the
        // reporter's, the clause goes on: "In office, Mr. Obama said, a majority came to …".)
        let quotation = words[first].quoted;
        let adverbs = rest.iter().take_while(|w| w.is_ly_adverb()).count();
        // "She has decided, she said, to keep climbing": an infinitive is no setting.
        let infinitive = || {
            rest.first().is_some_and(|w| w.is("to") && !w.quoted)
                && rest.get(1).is_some_and(|w| {
                    !w.quoted && w.is_lowercase_word() && !w.is_one_of(DETERMINERS)
                })
        };
        let continues = !quotation
            && rest.first().is_some_and(|w| {
                !w.quoted
                    && w.is_lowercase_word()
                    && !w.is_one_of(CONJUNCTIONS)
                    && (!is_adverbial(rest) || infinitive())
            })
            && rest.get(adverbs).is_some_and(|w| !w.text.ends_with("ing"))
            && !is_setting_with_relative_clause(rest);
        return Some(if continues {
            before.cover(trimmed_content(rest).unwrap_or(before))
        } else {
            before
        });
    }
    // "“It never crossed my mind,” she said several months after her release, and …": what a
    // quotation right before the source says is the content.
    let quotation_before = source_start
        .checked_sub(1)
        .is_some_and(|i| words[i].quoted && words[i].kind == TokenKind::Punct);
    // Not when a quotation follows: "… ''A Change Is Gonna Come,'' she added the words, ''…''".
    // A programme's title after a place or a hearer is no quotation: "“…,” Cuban said in an
    // interview on NBC's “Meet the Press.”", "“…,” he told “Fox and Friends” after …".
    let rest = &words[after.min(words.len())..];
    let titled_setting = rest.first().is_some_and(|w| {
        w.quoted || w.is_one_of(ADVERBIAL_STARTS) || verb.takes_hearer() && w.is_capitalized()
    }) && only_titles_quoted(rest);
    let quotation_after = rest.iter().any(|w| w.quoted) && !titled_setting;
    if quotation_before && !quotation_after && !verb.is_attitude() {
        // The clause before is the quotation itself, not "Asked about the “wall,” Trump said …".
        if let Some(before) = before.filter(|b| {
            let first = words.partition_point(|w| w.span.start < b.start);
            words.get(first).is_some_and(|w| w.quoted)
        }) {
            return Some(before);
        }
        // "According to Ms. Patel, “…,” she told the committee": the source set off by a comma
        // before the quotation is the reporter's, not said. (Other opening phrases, "With
        // thousands of systems, “…,” he said", are the content's in PolNeAR.)
        let according = before.is_some_and(|b| {
            let first = words.partition_point(|w| w.span.start < b.start);
            words[first].is("according") && words.get(first + 1).is_some_and(|w| w.is("to"))
        });
        let opening = words[..source_start]
            .iter()
            .rposition(|w| !w.quoted && !w.is_punct(","))
            .map_or(0, |i| i + 1);
        let quoted_from = words[opening..source_start]
            .iter()
            .position(|w| w.quoted)
            .map(|i| opening + i);
        if let Some(from) = quoted_from.filter(|&from| {
            according
                && from > 0
                && !words[from - 1].quoted
                && words[from - 1].is_punct(",")
                && before.is_some_and(|b| b.start < words[from].span.start)
        }) {
            return trimmed_content(&words[from..source_start]);
        }
    }
    // "On Sunday, Clinton spoke about …": an opening time or place is no content either. But
    // "In all, hackers compromised 12 servers, the report said" is a clause after its setting.
    let before = before.filter(|b| {
        let first = words.partition_point(|w| w.span.start < b.start);
        !words[first..source_start]
            .split(|w| w.is_punct(",") && !w.quoted)
            .filter(|piece| !piece.is_empty())
            .all(|piece| is_adverbial(piece) || piece.iter().all(|w| w.kind == TokenKind::Number))
    });
    // "…, Phil Smith told POLITICO earlier this week", "…, Obama told his closest advisers as
    // he …": past the hearer, only a time or place is left. Not "urged Democrats to vote",
    // "reminded the crowd of the stakes".
    let named_hearer = verb.takes_hearer()
        && words
            .get(after)
            .is_some_and(|w| !w.quoted && (w.is_capitalized() || w.is_one_of(HEARERS)));
    // The hearer ends before a complement, which is content ("reminded the crowd of …").
    let hearer_end = noun_phrase_forward(words, after).map(|end| {
        (after..end)
            .find(|&i| words[i].is_one_of(&["to", "of", "about"]))
            .unwrap_or(end)
    });
    let setting = match hearer_end {
        Some(hearer_end)
            if named_hearer
                && !words
                    .get(hearer_end)
                    .is_some_and(|w| w.is_one_of(&["to", "of", "about"])) =>
        {
            hearer_end
        }
        _ => after,
    };
    // "The mayor who said the budget was balanced was re-elected": a relative clause with no
    // comma before it lies inside a noun phrase, and the sentence's own verb is not said.
    let restrictive = relative
        && source_start
            .checked_sub(1)
            .is_some_and(|i| !words[i].quoted && !words[i].is_punct(DASHES_AND_COMMAS));
    // "One reason that Trump refuses to release his returns may be …": so does a relative clause
    // whose subject follows its pronoun.
    let object_relative = source_start
        .checked_sub(1)
        .is_some_and(|i| !words[i].quoted && words[i].is_one_of(&["that", "who", "whom", "which"]));
    let content = match content_after(words, after, verb) {
        Some(content) if !is_adverbial(&words[setting..]) => Some(if restrictive {
            before_second_verb(words, content)
        } else {
            content
        }),
        content => before.or(content),
    };
    if restrictive || object_relative {
        content.map(|c| infinitive_before_main_verb(words, c))
    } else {
        content
    }
}

/// "Riders are workers, a tribunal has ruled, in a decision that unions called “…”": after a
/// parenthetical cue, a setting whose noun a relative clause qualifies ("in a decision that",
/// "at a hearing where", "in a ruling in which") is the reporter's, with reports of its own,
/// not more of what was ruled. The noun phrase is read for a few words at most; a "who" ends
/// it too, but qualifies a person, not a setting.
fn is_setting_with_relative_clause(rest: &[Word]) -> bool {
    const NOUN_PHRASE_WORDS: usize = 4;
    const RELATIVES: &[&str] = &["that", "which", "where", "who"];
    let opens = |i: usize| rest.get(i).is_some_and(|w| !w.quoted && w.opens_setting());
    if !opens(0) || !rest.get(1).is_some_and(|w| w.is_one_of(DETERMINERS)) {
        return false;
    }
    rest.iter()
        .take(NOUN_PHRASE_WORDS + 2)
        .find(|w| w.quoted || !w.is_lowercase_word() || w.is_one_of(RELATIVES))
        .is_some_and(|w| !w.quoted && !w.is("who") && w.is_one_of(RELATIVES))
}

/// "Senators who wanted to attend the convention could be …", "One reason that Trump refuses to
/// release his returns may be …": an infinitive reported inside the sentence's subject ends
/// before the sentence's own verb, the first finite auxiliary or form of "be" after its words.
/// Punctuation, a quotation, a conjunction or the opener of a clause of its own ends the
/// search, and so does a bound.
fn infinitive_before_main_verb(words: &[Word], content: Span) -> Span {
    const CLAUSE_OPENERS: &[&str] = &[
        "if", "when", "whether", "what", "how", "why", "where", "so", "because", "than", "as",
        "while", "until", "after", "before", "since",
    ];
    let first = words.partition_point(|w| w.span.start < content.start);
    if !words.get(first).is_some_and(|w| w.is("to") && !w.quoted) {
        return content;
    }
    for i in first + 1..words.len().min(first + 2 * MAX_PHRASE_WORDS) {
        let w = &words[i];
        if w.span.start >= content.end
            || w.quoted
            || w.kind == TokenKind::Punct && !w.is_punct("-")
            || w.is_one_of(CONJUNCTIONS)
            || w.is_one_of(RELATIVE_PRONOUNS)
            || w.is_one_of(SUBJECT_PRONOUNS)
            || w.is_one_of(CLAUSE_OPENERS)
        {
            break;
        }
        let main_verb = w.is_one_of(FINITE_AUXILIARIES)
            || w.is_one_of(&[
                "is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't",
            ]);
        if main_verb && !words[i - 1].is_one_of(&["to", "not"]) {
            return trimmed_content(&words[first..i]).unwrap_or(content);
        }
    }
    content
}

/// `content` up to a second finite verb that follows its own with nothing to join them ("the
/// budget was balanced | was re-elected"); the second is an auxiliary or a form of "be" (not
/// "was widely condemned"). Punctuation, and after the first verb a conjunction, a clause
/// opener or a gerund, end the search, and so does a bound; so does a subject pronoun before
/// the second verb ("said they could …" is the reported clause's).
fn before_second_verb(words: &[Word], content: Span) -> Span {
    const OPENERS: &[&str] = &[
        "to", "if", "when", "whether", "what", "how", "why", "where", "after", "before", "since",
        "until", "than",
    ];
    // A possessive's "’s", not "is".
    let is_verb = |w: &Word| is_finite_verb(w) && !w.is_one_of(&["'s", "’s"]);
    let is_auxiliary = |w: &Word| {
        is_verb(w) && (w.is_one_of(FINITE_AUXILIARIES) || w.is_one_of(&["do", "does", "did"]))
    };
    let first = words.partition_point(|w| w.span.start < content.start);
    let mut seen = false;
    for i in first..words.len().min(first + 2 * MAX_PHRASE_WORDS) {
        let w = &words[i];
        if w.span.start >= content.end || w.kind == TokenKind::Punct && !w.quoted {
            break;
        }
        let opens = w.quoted
            || w.is_one_of(CONJUNCTIONS)
            || w.is_one_of(RELATIVE_PRONOUNS)
            || w.is_one_of(OPENERS)
            // A gerund's phrase, not "is improving".
            || w.text.ends_with("ing") && !(i > first && words[i - 1].is_one_of(BE_FORMS));
        if opens {
            if seen {
                break;
            }
            continue;
        }
        if seen && is_auxiliary(w) {
            let before = &words[i - 1];
            if is_verb(before) || before.is("not") || before.is_one_of(SUBJECT_PRONOUNS) {
                break;
            }
            return trimmed_content(&words[first..i]).unwrap_or(content);
        }
        seen |= is_verb(w);
    }
    content
}

/// Every quoted word in `words` is a title's ("“Meet the Press”", "''The Late Show With Stephen
/// Colbert''"): capitalised, or a minor word inside a title.
fn only_titles_quoted(words: &[Word]) -> bool {
    let mut quoted = words
        .iter()
        .filter(|w| w.quoted && w.kind == TokenKind::Word)
        .peekable();
    quoted.peek().is_some()
        && quoted.all(|w| w.is_capitalized() || w.is_one_of(&TITLE_CASE_MINOR_WORDS))
}

/// How far after "push" a direction word makes it a market's move.
const MARKET_MOVE_WITHIN: usize = 5;

/// What follows a cue: the hearer ("told reporters") skipped, up to the unit's end.
fn content_after(words: &[Word], mut start: usize, verb: CueWord) -> Option<Span> {
    // "continued to stay away", "compared with": no reported content.
    if matches!(verb.lemma, "continue" | "compare")
        && words
            .get(start)
            .is_some_and(|w| w.is_one_of(&["to", "with"]))
    {
        return None;
    }
    // "pushed Treasury yields lower", "pushing shares up 3%": a market moved, nothing said.
    if verb.lemma == "push"
        && (words[start.min(words.len())..].iter())
            .take(MARKET_MOVE_WITHIN)
            .take_while(|w| !w.quoted && w.kind != TokenKind::Punct)
            .any(|w| w.is_one_of(&["lower", "higher", "up", "down"]))
    {
        return None;
    }
    // "speaking on BBC Radio 4's Today programme, said", "spoke to CNN about the subject",
    // "who spoke on condition of anonymity": a hearer, a medium or the terms of an interview,
    // not what was said; what follows "about" is (PolNeAR train: a gold content after "speak
    // to" or "speak on" 3 times of 15, and 1 of 17 after "spoke on condition").
    if matches!(verb.lemma, "speak" | "talk") {
        // Past a manner: "spoke briefly to …".
        let manner = words[start.min(words.len())..]
            .iter()
            .take_while(|w| !w.quoted && w.is_ly_adverb())
            .count();
        let next = words.get(start + manner).filter(|w| !w.quoted);
        if next.is_some_and(|w| w.is_one_of(&["to", "with", "on", "under"])) {
            let about = words[start + manner..]
                .iter()
                .take(MAX_PHRASE_WORDS)
                .take_while(|w| w.quoted || !w.is_punct(",.;:!?—―–"))
                .position(|w| w.is("about") && !w.quoted)?;
            start += manner + about + 1;
        }
    }
    if verb.takes_hearer() {
        start = past_hearer(words, start, verb);
    }
    // "said Tuesday the plan would …", "said Monday night it was": a bare day before the
    // clause is its time.
    if words.get(start).is_some_and(|w| {
        !w.quoted && (w.is_one_of(calendar::WEEKDAYS) || w.is_one_of(&["yesterday", "today"]))
    }) {
        let mut clause = start + 1;
        if words.get(clause).is_some_and(|w| {
            !w.quoted && w.is_one_of(&["morning", "afternoon", "evening", "night"])
        }) {
            clause += 1;
        }
        if words
            .get(clause)
            .is_some_and(|w| !w.quoted && w.kind == TokenKind::Word)
        {
            start = clause;
        }
    }
    start = past_setting(words, start, verb);
    // "said on Friday that …": the content starts at "that"; so it does after a longer
    // setting a preposition opens, "said in an interview with the Frankfurter Allgemeine
    // Zeitung that she …", where a verb does not follow it, "in a bill that needed …", as it
    // follows a relative pronoun.
    const MAX_WORDS_BEFORE_THAT: usize = 8;
    const MAX_WORDS_IN_SETTING_BEFORE_THAT: usize = 12;
    // "said to reporters that", but not "vowed to oppose any measure that …": an infinitive.
    let infinitive_at = |at: usize| {
        words.get(at..at + 2).is_some_and(|pair| {
            pair[0].is("to")
                && pair[1].is_lowercase_word()
                && !pair[1].is_one_of(HEARERS)
                && !pair[1].text.ends_with('s')
        })
    };
    let infinitive = infinitive_at(start);
    // Not "called on the United States to attack the oil that funds …": an infinitive in it.
    let long_setting = words.get(start).is_some_and(|w| {
        w.is_lowercase_word() && !w.quoted && w.is_one_of(&["in", "at", "on", "during", "to"])
    }) && !(start..start + MAX_WORDS_IN_SETTING_BEFORE_THAT).any(infinitive_at);
    let opens_a_clause = |w: &Word| {
        w.quoted || !(is_finite_verb(w) || w.is_lowercase_word() && w.text.ends_with("ed"))
    };
    let complementizer = words
        .iter()
        .skip(start)
        .take(MAX_WORDS_IN_SETTING_BEFORE_THAT)
        .take_while(|w| !w.quoted && !w.is_punct(",.;:—―–-\"“”"))
        .position(|w| w.is("that"))
        .filter(|&offset| {
            offset < MAX_WORDS_BEFORE_THAT
                || long_setting && words.get(start + offset + 1).is_some_and(opens_a_clause)
        })
        // "hopes to change that.": a "that" that ends the clause is its object.
        .filter(|&offset| {
            words
                .get(start + offset + 1)
                .is_some_and(|w| w.quoted || w.kind != TokenKind::Punct)
        });
    // Only past time, place or manner ("said on Friday that", "said repeatedly that"), not past
    // an object ("called for changes that benefit him", "vowed not to repeat that mistake").
    let adverbial_gap = |first: &Word| {
        first.is_one_of(ADVERBIAL_STARTS) && !infinitive
            || first.is_calendar_word()
            || first.is_capitalized()
            || first.is_lowercase_word() && first.text.len() > 4 && first.text.ends_with("ly")
    };
    if let Some(offset) =
        complementizer.filter(|&offset| offset == 0 || adverbial_gap(&words[start]))
    {
        start += offset;
    }
    let end = clause_end(words, start);
    // "While she called for pay to be “clawed back”, Clinton restricted …": a clause that opens
    // the sentence with a subordinator ends at its comma ("as" opens too many other things;
    // with "when", "after", "where" and "even though" too: +19 span matches on PolNeAR train).
    // So does one after a conjunction ("But when …"), and a participle's phrase ("Having
    // conceded that …, Clinton had a good night", "Speaking of …, he …").
    let after_conjunction = words
        .first()
        .is_some_and(|w| !w.quoted && w.is_one_of(&["and", "but", "so", "yet", "or"]));
    let opener = if after_conjunction {
        words.get(1)
    } else {
        words.first()
    };
    let opening_clause = opener.is_some_and(|w| {
        !w.quoted
            && (w.is_one_of(&[
                "while", "although", "though", "whereas", "because", "since", "if", "when",
                "after", "where", "even", "having", "before", "until", "once", "unless", "despite",
                "upon",
            ]) || (w.is_capitalized() || after_conjunction)
                && w.text.len() > 4
                && w.text.ends_with("ing")
                // "By insisting that the deal was fair, Johnson …".
                || verb.is_gerund() && w.is_one_of(SUBORDINATORS))
    }) && !words[..start].iter().any(|w| w.is_punct(",") && !w.quoted);
    let end = if opening_clause {
        before_first_comma(words, start, end)
    } else {
        end
    };
    let end = object_end(words, start, end, verb);
    let end = speech_event_end(words, start, end);
    let end = trailing_time_end(words, start, end);
    let end = trailing_comment_end(words, start, end);
    let end = trailing_dash_comment_end(words, start, end);
    trimmed_content(words.get(start..end)?)
}

/// "vowed to cut the deficit, a goal that eluded his predecessor", "said he expects a full
/// recovery, which his doctors doubt": after an infinitive or a clause with its own subject, a
/// last phrase set off by a comma and opened by a relative pronoun or an article is the
/// reporter’s comment (PolNeAR train: 32 more span matches, dev 4). Not one that another
/// comma follows, an apposition inside the clause ("to hold Jo Reed, a former aide, in
/// contempt"). After an infinitive, so is a last participle's phrase: "wants to sign up 5
/// million voters, focusing on students" (train: 5 more, dev 1; after a clause it is as often
/// what was said). Not "including …", which goes on with what it lists.
fn trailing_comment_end(words: &[Word], start: usize, end: usize) -> usize {
    let Some(first) = words.get(start).filter(|w| !w.quoted) else {
        return end;
    };
    let infinitive = first.is("to");
    if !infinitive && !first.is_one_of(SUBJECT_PRONOUNS) {
        return end;
    }
    // Not an item of a list begun before the comma: "services like electricity, drinking water
    // and …", "three felonies, including conspiracy, violating …". Nor after a request, whose
    // participle says how to do what is asked ("is asked to call police, quoting …").
    let participle = |comma: usize, w: &Word| {
        infinitive
            && opens_participle_phrase(w)
            && !is_requested(words, start)
            && !words[start..comma]
                .iter()
                .any(|w| !w.quoted && w.is_one_of(&["like", "including", "such"]))
    };
    (start + 1..end)
        .rfind(|&i| words[i].is_punct(","))
        .filter(|&comma| {
            !words[comma].quoted
                && words.get(comma + 1).is_some_and(|w| {
                    !w.quoted
                        && (w.is_one_of(&["which", "who", "a", "an", "the"])
                            || participle(comma, w))
                })
        })
        .unwrap_or(end)
}

/// "called the senator “the next Lincoln” — a comparison his rivals mocked", "pushed states to
/// adopt the standard — prompting a wave of lawsuits": a last phrase after a dash, opened by an
/// article or a participle and closed by no second dash, is the reporter's comment on what was
/// reported, as after a comma ([`trailing_comment_end`]), whatever the content's shape (PolNeAR
/// train: 6 more span matches, dev 2). Not a quotation's dash, nor "— including …".
fn trailing_dash_comment_end(words: &[Word], start: usize, end: usize) -> usize {
    let end = end.min(words.len());
    if words.get(start).is_none_or(|w| w.quoted) {
        return end;
    }
    let Some(dash) = (start + 1..end).rfind(|&i| !words[i].quoted && is_dash(words, i)) else {
        return end;
    };
    let comment = words.get(dash + 1).is_some_and(|w| {
        !w.quoted && (w.is_one_of(&["a", "an", "the"]) || opens_participle_phrase(w))
    });
    // Quoted words after the dash may be the source's own, which the content then keeps.
    if comment && !words[dash..end].iter().any(|w| w.quoted) {
        dash_start(words, dash)
    } else {
        end
    }
}

/// A present participle that opens a phrase of the reporter's ("…, focusing on", "— prompting"):
/// "-ing" after at least three letters (not "bring", "being"), and not a preposition or a
/// pronoun so spelled, nor "including …", which goes on with what it lists.
fn opens_participle_phrase(w: &Word) -> bool {
    const NOT_PARTICIPLES: &[&str] = &[
        "something",
        "nothing",
        "anything",
        "everything",
        "during",
        "according",
        "including",
        "ranging",
        "depending",
        "following",
        "regarding",
        "concerning",
    ];
    !w.quoted
        && w.is_lowercase_word()
        && w.text.len() > 5
        && w.text.ends_with("ing")
        && !w.is_one_of(NOT_PARTICIPLES)
}

/// Where the clause starts after a short time or place that opens `words[start..]` with no
/// "that" ("said on Monday it would strike", "said in a statement Thursday night they had",
/// "said last week the plan was …"), or `start` when none does: the setting ends where a subject
/// pronoun follows, or a determiner or a name after a word of time or a means of saying.
fn past_setting(words: &[Word], start: usize, verb: CueWord) -> usize {
    const MAX_SETTING_WORDS: usize = 7;
    const MEANS: &[&str] = &[
        "statement",
        "interview",
        "letter",
        "email",
        "post",
        "tweet",
        "speech",
        "release",
        "filing",
        "briefing",
        "conference",
        "call",
        "hearing",
        "meeting",
    ];
    let Some(first) = words.get(start) else {
        return start;
    };
    // "told reporters outside the hospital: “…”", "said to me at our first meeting, “…”": a
    // place or a hearer set before a quotation; not the object of "referred to her as …".
    let before_quotation_only = !first.quoted
        && (first.is("outside")
            || first.is("to")
                && !matches!(verb.lemma, "refer" | "point" | "allude" | "object")
                && (words.get(start + 1))
                    .is_some_and(|w| !w.quoted && (w.is_one_of(HEARERS) || w.is_capitalized())));
    let opens = before_quotation_only
        || !first.quoted
        && first.opens_setting()
        && !first.is_calendar_word()
        // "said this would …", "said last is best": "this" and "last" open only a time.
        && (!first.is_one_of(&["this", "last"])
            || words
                .get(start + 1)
                .is_some_and(|w| w.is_one_of(TIMES) || w.is_calendar_word()));
    if !opens {
        return start;
    }
    let setting_end = (start + 1..words.len().min(start + MAX_SETTING_WORDS))
        // "said on Friday that it …" is left to the "that" below; "in a statement explaining
        // why he …", "at Khan after he …": a verb or a clause of its own ends the search.
        .take_while(|&i| {
            let word = words[i];
            !word.quoted
                && word.kind != TokenKind::Punct
                && !word.is_one_of(&["that", "what", "why", "how", "whether", "if", "after"])
                && !word.is_one_of(CONJUNCTIONS)
                && (!word.text.ends_with("ing") || word.is_one_of(TIMES) || word.is_one_of(MEANS))
        })
        .find(|&i| {
            let Some(next) = words.get(i + 1).filter(|w| !w.quoted) else {
                return false;
            };
            let ends_in_time = words[i].is_one_of(TIMES)
                || words[i].is_calendar_word()
                || words[i].is_one_of(MEANS);
            // "at a rally in Ohio he …", not "at the niche he sees": an object's relative clause.
            // "told MPs on Wednesday: “…”": a colon ends the setting too, and before a
            // quotation whatever word the setting ends with ("said in a statement from Lagos:").
            // So does a comma before a quotation: "saying during the debate last week, “…”".
            let quotation_next = || words.get(i + 2).is_some_and(|w| w.quoted);
            if before_quotation_only {
                return next.is_punct(":,") && quotation_next();
            }
            next.is_one_of(SUBJECT_PRONOUNS) && (ends_in_time || words[i].is_capitalized())
                || next.is_punct(":") && (ends_in_time || quotation_next())
                || next.is_punct(",") && quotation_next()
                || ends_in_time
                    && (next.is_one_of(DETERMINERS) || next.is_capitalized())
                    && !next.is_calendar_word()
                    && !next.is_one_of(TIMES)
        });
    setting_end.map_or(start, |i| i + 1)
}

/// Where the hearer that starts at `start` ends: "reporters", "CNN", and after a name's
/// possessive its programme, person or body, a title in marks included ("told MSNBC's “Morning
/// Joe” that …", "told BuzzFeed's Smith he would …", "told the Post's editorial board that"),
/// where the content would otherwise start.
fn past_hearer(words: &[Word], mut start: usize, verb: CueWord) -> usize {
    const MAX_HEARER_NOUNS: usize = 3;
    const MAX_TIME_AFTER_HEARER: usize = 3;
    let is_hearer = |w: &Word| !w.quoted && (w.is_one_of(HEARERS) || w.is_capitalized());
    let is_noun = |w: &Word| {
        !w.quoted
            && w.is_lowercase_word()
            && !w.is_one_of(HEARERS)
            && !w.is_one_of(PHRASE_BREAKS)
            && !w.is_one_of(PREPOSITIONS)
            && !w.is_one_of(SUBJECT_PRONOUNS)
            && !w.is_one_of(&["anything", "something", "nothing", "everything"])
            && !w.text.contains(['\'', '’'])
    };
    // A clause's subject right after the hearer ("told the court Price had …", "told his
    // audience they …"); not after "ask" or "advise" ("asked a question he …").
    let clause_may_follow = !matches!(verb.lemma, "ask" | "advise");
    while let Some(word) = words.get(start) {
        // "told the court: …", "told the jury that …": a determiner and its nouns are the
        // hearer when "that", a colon or a quotation follows them. Not "asked the industry to
        // act", "told the story of": those are reported whole.
        // "told jurors that …", "warned investors:": bare nouns too.
        let determiner = !word.quoted && word.is_one_of(&["the", "a", "an", "his", "her", "their"]);
        let nouns_start = start + usize::from(determiner);
        if words.get(nouns_start).is_some_and(is_noun) {
            let nouns = words[nouns_start..]
                .iter()
                .take(MAX_HEARER_NOUNS)
                // "told radio host Glenn Beck": a hearer's noun goes on with the run.
                .take_while(|w| is_noun(w) || w.is_one_of(HEARERS) && !w.is_one_of(DETERMINERS))
                .count();
            let after = nouns_start + nouns;
            // A title in marks goes with the hearer: "told the television program ''Inside
            // Edition''".
            let quoted = words[after..].iter().take_while(|w| w.quoted).count();
            let quotation = quoted > 0 && !only_titles_quoted(&words[after..after + quoted]);
            let told = words.get(after).is_some_and(|w| {
                !w.quoted
                    && (w.is_punct(":")
                        || w.is("that")
                        || clause_may_follow
                            && (w.is_one_of(SUBJECT_PRONOUNS)
                                || w.is_capitalized() && !w.is_calendar_word()))
            });
            // "told a public meeting on Monday that …": a time between hearer and "that".
            let time_then_that = || {
                let is_time = |w: &Word| w.is_one_of(TIMES) || w.is_calendar_word();
                let time = (words[after..].iter())
                    .take(MAX_TIME_AFTER_HEARER + 1)
                    .take_while(|w| {
                        !w.quoted
                            && (w.is_one_of(&["on", "last", "this", "earlier", "late"])
                                || is_time(w))
                    })
                    .count();
                time <= MAX_TIME_AFTER_HEARER
                    && words[after..after + time].iter().any(is_time)
                    && words
                        .get(after + time)
                        .is_some_and(|w| !w.quoted && (w.is("that") || w.is_punct(":")))
            };
            // "told founder Glenn Beck he would …": a name before the clause is the hearer's.
            let run = name_run_len(&words[after..]);
            let clause_after_name = run > 0
                && words.get(after + run).is_some_and(|w| {
                    !w.quoted && (w.is_one_of(SUBJECT_PRONOUNS) || w.is("that") || w.is_punct(":"))
                });
            if clause_after_name {
                return after + run;
            }
            // Otherwise the noun phrase is what was told, determiner and all.
            return if told || quotation || time_then_that() {
                after
            } else {
                start
            };
        }
        // "told the House of Commons", "told Jake Tapper of CNN": "of" inside a name, or
        // before the hearer's body. Not "reminding Americans of Clinton's record".
        let inside_a_name = word.is("of")
            && start > 0
            && words[start - 1].is_capitalized()
            && words.get(start + 1).is_some_and(|w| w.is_capitalized())
            && !words.get(start + 2).is_some_and(|w| w.is_possessive());
        if is_hearer(word) || inside_a_name {
            start += 1;
            continue;
        }
        let after_name = start > 0 && words[start - 1].is_capitalized() && !words[start - 1].quoted;
        if !(word.is_possessive() && !word.quoted && after_name) {
            break;
        }
        start += 1;
        // A title in marks right after the possessive.
        let quoted = words[start..].iter().take_while(|w| w.quoted).count();
        if only_titles_quoted(&words[start..start + quoted]) {
            start += quoted;
        }
        start += words[start..]
            .iter()
            .take_while(|w| {
                w.is_lowercase_word()
                    && !w.is_one_of(PHRASE_BREAKS)
                    && !w.is_one_of(PREPOSITIONS)
                    && !w.is_one_of(SUBJECT_PRONOUNS)
            })
            .count();
    }
    start
}

/// Whether a content starting at `start` opens with a noun phrase: not a clause, an infinitive or
/// a quotation.
fn opens_noun_phrase(words: &[Word], start: usize) -> bool {
    const CLAUSE_OPENERS: &[&str] = &[
        "that", "to", "what", "how", "why", "whether", "if", "who", "where", "when", "which",
    ];
    words.get(start).is_some_and(|w| {
        !w.quoted && !w.is_one_of(CLAUSE_OPENERS) && !w.is_one_of(SUBJECT_PRONOUNS)
    })
}

/// Acts of speaking a preposition places a cue's words in: "in a statement", "during the debate".
const SPEECH_EVENTS: &[&str] = &[
    "statement",
    "statements",
    "interview",
    "interviews",
    "speech",
    "speeches",
    "remarks",
    "tweet",
    "tweets",
    "rally",
    "rallies",
    "debate",
    "debates",
    "appearance",
    "appearances",
    "conference",
    "briefing",
    "email",
    "letter",
    "post",
    "posts",
];

/// "attacked Machado in early-morning tweets", "called for more investment in a statement on
/// Thursday", "attacked her opponent as a fraud during the debate": after a noun phrase, "in",
/// "at" or "during" before an act of speaking tells where the cue's words were said, not what
/// was said, and the content ends before it (PolNeAR train: 18 more span matches, dev 5; a cut
/// before any "in" loses, see [`clause_end`]). Only the first such preposition, before any
/// clause, comma or quotation, and only where the act ends the content or a time or place
/// follows it: not "in an interview that …", "at a rally to ask why …".
fn speech_event_end(words: &[Word], start: usize, end: usize) -> usize {
    const THEN_TIME_OR_PLACE: &[&str] = &[
        "on",
        "last",
        "this",
        "with",
        "at",
        "in",
        "from",
        "earlier",
        "during",
        "before",
        "after",
        "yesterday",
        "today",
    ];
    const MAX_MODIFIERS: usize = 3;
    const MAX_SETTING_WORDS: usize = 8;
    if !opens_noun_phrase(words, start) {
        return end;
    }
    let end = end.min(words.len());
    let Some(preposition) = (start + 1..end)
        .take_while(|&i| in_noun_phrase(&words[i]))
        .find(|&i| words[i].is_one_of(&["in", "at", "during"]))
    else {
        return end;
    };
    let mut noun = preposition + 1;
    if words.get(noun).is_some_and(|w| w.is_one_of(DETERMINERS)) {
        noun += 1;
    }
    // "a news conference", "early-morning tweets": a few modifiers, hyphens between. Not a
    // possessive: "his performance at Saturday's debate" was the debate's.
    let mut modifiers = 0;
    while let Some(w) = words[..end].get(noun) {
        if w.quoted || w.is_one_of(SPEECH_EVENTS) {
            break;
        }
        if w.is_punct("-") {
            noun += 1;
            continue;
        }
        if w.kind == TokenKind::Punct || w.is_possessive() || modifiers == MAX_MODIFIERS {
            return end;
        }
        modifiers += 1;
        noun += 1;
    }
    let event = words[..end]
        .get(noun)
        .is_some_and(|w| !w.quoted && w.is_one_of(SPEECH_EVENTS));
    let then_time_or_place = words[..end].get(noun + 1).is_none_or(|w| {
        !w.quoted
            // Not "post-debate polls": a hyphen makes the noun a modifier.
            && (w.kind == TokenKind::Punct && !w.is_punct("-")
                || w.is_one_of(THEN_TIME_OR_PLACE)
                || w.is_calendar_word())
    });
    // "at a rally Friday to ask why …", "in an interview this year that …": what was said
    // follows.
    let clause_follows = (words[noun.min(end)..end].iter())
        .take(MAX_SETTING_WORDS)
        .take_while(|w| w.quoted || !w.is_punct(",;:"))
        .any(|w| !w.quoted && w.is_one_of(&["to", "that"]));
    if event && then_time_or_place && !clause_follows {
        preposition
    } else {
        end
    }
}

/// A word that goes on with a noun phrase and its prepositions: not a quotation, a comma, a
/// verb ("Clinton took questions during …" is a clause) or the start of a clause of its own.
fn in_noun_phrase(w: &Word) -> bool {
    !w.quoted
        && (w.kind != TokenKind::Punct || w.is_punct("-"))
        && !is_finite_verb(w)
        && !w.is_one_of(SUBJECT_PRONOUNS)
        && !w.is_one_of(RELATIVE_PRONOUNS)
        && !w.is_one_of(&["to", "what", "how", "why", "whether", "if", "where", "when"])
}

/// "endorsed Sanders in February", "attacked Cruz on Tuesday", "ended her run last year": a
/// time that ends a short noun-phrase content tells when the cue's act happened, not what was
/// said (PolNeAR train: 16 more span matches, 1 fewer; dev 1 more). Not the time of a participle
/// ("cited a report released last year"), nor after a verb or a clause inside the content.
fn trailing_time_end(words: &[Word], start: usize, end: usize) -> usize {
    // "she’ll act later this week": a subject's clause keeps its time.
    let contracted_subject = words.get(start).is_some_and(|w| {
        w.text.split(['\'', '’']).next().is_some_and(|head| {
            SUBJECT_PRONOUNS
                .iter()
                .any(|p| head.eq_ignore_ascii_case(p))
        })
    });
    if !opens_noun_phrase(words, start) || contracted_subject {
        return end;
    }
    let phrase = &words[start..end.min(words.len())];
    let Some(last) = phrase
        .iter()
        .rposition(|w| w.quoted || w.kind != TokenKind::Punct)
    else {
        return end;
    };
    if last >= MAX_PHRASE_WORDS {
        return end;
    }
    // The time opens with its own preposition or "last", "this": not a bare day, which may
    // end a name ("Super Tuesday"), nor "last year" inside "in the last year", "as of".
    let opens_time = |w: &Word| !w.quoted && w.is_lowercase_word();
    time_ending_at(words, start + last)
        .filter(|&time| {
            time > start
                && opens_time(&words[time])
                && (words[start..time].iter())
                    .all(|w| in_noun_phrase(w) && !w.is_one_of(CONJUNCTIONS))
                && !words[time - 1].is_one_of(PREPOSITIONS)
                && !words[time - 1].is_one_of(DETERMINERS)
        })
        .unwrap_or(end)
}

/// A verb that a noun phrase does not run over: "took", "was", "will", "didn't".
fn is_finite_verb(w: &Word) -> bool {
    is_irregular_past(w)
        || w.is_one_of(FINITE_AUXILIARIES)
        || w.is_one_of(BE_FORMS)
        || w.is_one_of(&["do", "does", "did"])
        || w.text.ends_with("n't")
        || w.text.ends_with("n’t")
}

/// "endorsed Hillary Clinton for president on Thursday, another example of organized labor
/// throwing its support behind her": after a verb of [`CueWord::ends_object_at_comma`], a
/// content that opens with a noun phrase ends at its first comma. Not before a capitalised
/// word, which goes on with a list of names ("viewed President Barack Obama, Hillary Clinton,
/// and Paul Ryan").
/// Speech verbs are not on the list: "said the economy, battered as it is, will …".
fn object_end(words: &[Word], start: usize, end: usize, verb: CueWord) -> usize {
    if !opens_noun_phrase(words, start) || !verb.ends_object_at_comma() {
        return end;
    }
    (start + 1..end)
        .find(|&i| words[i].is_punct(",") && !words[i].quoted)
        .filter(|&comma| !words.get(comma + 1).is_some_and(|w| w.is_capitalized()))
        .unwrap_or(end)
}

/// Where a reported clause starting at `start` ends: before ", but …" (not ", but that …", a
/// second clause of the same report), before "; …", or before "and" with a second verb ("was “a
/// con” and encouraged Americans") unless the clause opens with its own subject; else at the
/// unit's end.
///
/// No earlier end pays on PolNeAR, whatever chooses it: for each trailing phrase annotators cut
/// ("attacked Machado | in early-morning tweets") there is one of the same shape they keep.
/// Measured on dev (1412 span matches of 2192): a logistic model per word over hashed features
/// (word, neighbours, distance, cue, a verb seen), trained on train's gold ends within this
/// builder's contents, gains 2 at best and loses up to 13; cutting before ", which" −6, ", V-ing"
/// −4, any comma after a non-speech cue −16, any comma or preposition −74. Even cutting each
/// content at the end of a gold that starts with it gains only 91 (span F1 0.706 → 0.752).
/// Conditioned on the cue's lemma and the content's shape (noun phrase, "to", "that", a subject
/// pronoun), only the comma after the verbs of [`object_end`] pays, and a last comment after an
/// infinitive or a subject's clause ([`trailing_comment_end`]); on train, after every class of
/// cue, "during", "since", "after", "in", a dash, a long tail, or a hearer before "to" lose
/// (`.ci/content_cuts.py` measures these).
fn clause_end(words: &[Word], start: usize) -> usize {
    // A longer clause runs to the unit's end.
    let limit = (start + MAX_CLAUSE_WORDS).min(words.len());
    // "said she was tired of the status quo and wanted a candidate …": a clause that opens
    // with its own subject keeps its second verb (PolNeAR train: 9 golds run on, 3 stop); so
    // does one that opens with "that" and its subject ("said that it welcomed the plan but
    // wanted …").
    let subject = start + usize::from(words.get(start).is_some_and(|w| w.is("that") && !w.quoted));
    let own_subject = words
        .get(subject)
        .is_some_and(|w| !w.quoted && w.is_one_of(SUBJECT_PRONOUNS));
    // So does one that opens with a name and its verb before "and" ("said Price had shown …
    // and posed …"); "but" after it is the reporter's ("insinuate Carson was … but failed to").
    let names = words[start.min(words.len())..]
        .iter()
        .take(4)
        .take_while(|w| w.is_capitalized() && !w.quoted)
        .count();
    let named_subject = names > 0
        && words.get(start + names).is_some_and(|w| {
            !w.quoted
                && w.is_lowercase_word()
                && (w.is_one_of(FINITE_AUXILIARIES) || w.text.ends_with("ed"))
        });
    // "“Don't do it,” until the shots rang out": a quotation that opens the content and closes
    // on a comma inside its marks is said whole; a subordinate clause after it is the reporter's.
    let opens_quotation = (words[start.min(words.len())..].iter())
        .find(|w| w.quoted || w.kind != TokenKind::Punct)
        .is_some_and(|w| w.quoted);
    let first = words.get(start).filter(|w| !w.quoted);
    let clause = first.is_some_and(|w| {
        w.is_one_of(&["that", "to"]) || w.is_one_of(SUBJECT_PRONOUNS) || named_subject
    }) || (words[start.min(words.len())..limit].iter())
        .take_while(|w| !w.is_punct(","))
        .any(|w| !w.quoted && w.is_one_of(FINITE_AUXILIARIES));
    // "agreed to pay the fee, and he put $100 million into the fund", "called him “a nice guy”
    // and he …": an infinitive or a noun phrase holds no clause of its own, so "and" + a subject
    // pronoun opens the reporter's; up to a finite verb, a past ("noted the agency returned
    // it"), a "that" or an "if", which open one. After a noun phrase, not past a comma ("has
    // been criticizing the plan, and it is …": PolNeAR train keeps 2 of 2 such, cuts 5 of 5
    // with no comma).
    let infinitive = first.is_some_and(|w| w.is("to"));
    let no_clause = !opens_quotation && (infinitive || !clause);
    let own_clause = (start + 1..limit)
        .find(|&i| {
            let w = words[i];
            !w.quoted
                && (is_finite_verb(&w)
                    || w.is_one_of(&["that", "if"])
                    || w.is_lowercase_word() && w.text.ends_with("ed"))
        })
        .unwrap_or(limit);
    // "charged the officer with murder, and Emanuel fired his police chief": after a common
    // noun or a comma, "and" + a name + its verb opens the reporter's clause too (PolNeAR train:
    // 4 more span matches, none lost; not "said Rubio and Cruz are", a clause's subject, nor
    // "backed Bill and Melinda Gates", a name after a name).
    const MAX_NAME_WORDS: usize = 4;
    let named_clause_after = |and: usize| {
        let before = words[and - 1];
        let run = (words[and + 1..].iter())
            .take(MAX_NAME_WORDS)
            .take_while(|w| is_part_of_a_name(w))
            .count();
        and >= start + 2
            && (before.is_punct(",") || before.is_lowercase_word())
            && !before.quoted
            && run > 0
            && words.get(and + 1 + run).is_some_and(|w| {
                !w.quoted && w.is_lowercase_word() && (is_finite_verb(w) || w.text.ends_with("ed"))
            })
    };
    (start + 1..limit)
        .find(|&i| {
            let word = words[i];
            let next = words.get(i + 1);
            !word.quoted
                && (word.is_punct(";")
                    || no_clause
                        && i < own_clause
                        && word.is("and")
                        && (infinitive || !words[i - 1].is_punct(",") || words[i - 1].quoted)
                        && next.is_some_and(|n| !n.quoted && n.is_one_of(SUBJECT_PRONOUNS))
                    || no_clause && i < own_clause && word.is("and") && named_clause_after(i)
                    // "…, a claim that could not be verified": the reporter's comment on a
                    // clause (after a noun phrase, "the plan, a proposal that …" describes it).
                    || word.is_punct(",")
                        && clause
                        && next.is_some_and(|n| n.is_one_of(&["a", "an"]) && !n.quoted)
                        && (words[i + 2..].iter().take(3))
                            .any(|w| w.is_one_of(&["that", "which"]) && !w.quoted)
                    || word.is_punct(",")
                        && next.is_some_and(|n| n.is("but") && !n.quoted)
                        && !words.get(i + 2).is_some_and(|w| w.is("that"))
                    // "… is “true,” but …": the comma inside the closing marks. Not when
                    // more quoted words follow ("is “a big problem” but “nobody …”").
                    || word.is("but")
                        && words[i - 1].quoted
                        && words[i - 1].kind == TokenKind::Punct
                        && !next.is_some_and(|n| n.quoted)
                    || opens_quotation
                        && word.is_one_of(&["when", "after", "before", "while", "until", "because"])
                        && comma_inside_closing_marks(words, i)
                    || word.is_one_of(&["and", "but"])
                        && !own_subject
                        && !(named_subject && word.is("and"))
                        && next.is_some_and(|n| {
                            !n.quoted && n.is_lowercase_word() && n.text.ends_with("ed")
                        })
                        // "said the trust had bought scanners and expected waits to fall": a
                        // verb of knowing or hoping goes on with a clause that has its own
                        // subject and verb (`shares_reported_subject`).
                        && !(next.is_some_and(|n| {
                            HELD_IN_THE_CLAUSE.iter().any(|&(_, past)| n.is(past))
                        }) && opens_a_clause(words, subject, i)))
        })
        .unwrap_or(words.len())
}

/// A few words of time or place, not a reported clause ("on Friday", "in a statement",
/// "Wednesday on ABC's “Good Morning America”").
fn is_adverbial(words: &[Word]) -> bool {
    const MAX_ADVERBIAL_WORDS: usize = 10;
    // "said Tuesday, adding that …", "said after meeting aides, because …": a time or place,
    // then a gerund or a conjunction after a comma, which opens a frame of its own; or a
    // dash, which opens the reporter's comment ("reported on Tuesday -- a development that …").
    let time_or_place_first = words
        .first()
        .is_some_and(|w| !w.quoted && (w.opens_setting() || w.is_one_of(&["after", "before"])));
    // No more than the first `4 * MAX_ADVERBIAL_WORDS` words are read below: the search stops
    // there, so that a unit's frames stay linear.
    let read = words.len().min(4 * MAX_ADVERBIAL_WORDS + 1);
    // Where the comment starts: the comma before the clause, or the dash.
    let comment = (1..read).find_map(|i| {
        let own_clause = words[i - 1].is_punct(",")
            && !words[i - 1].quoted
            && !words[i].quoted
            && words[i].is_lowercase_word()
            && (words[i].text.ends_with("ing") || words[i].is_one_of(CONJUNCTIONS));
        let dash = !words[i].quoted && is_dash(words, i);
        (own_clause || dash).then(|| if dash { i } else { i - 1 })
    });
    let words = match comment {
        Some(end) if time_or_place_first => &words[..end],
        _ => words,
    };
    // A programme's title counts for nothing: "in an interview on NBC's “Meet the Press”".
    let clause = words
        .iter()
        .skip_while(|w| w.is_punct(","))
        .take_while(|w| !w.is_punct(".;") || w.quoted)
        .take(4 * MAX_ADVERBIAL_WORDS);
    let titles = only_titles_quoted(&words[..words.len().min(4 * MAX_ADVERBIAL_WORDS)]);
    let rest: Vec<&Word> = if titles {
        clause
            .filter(|w| !w.quoted)
            .take(MAX_ADVERBIAL_WORDS + 1)
            .collect()
    } else {
        (words.iter())
            .skip_while(|w| w.is_punct(","))
            .take_while(|w| !w.is_punct(".;"))
            .take(MAX_ADVERBIAL_WORDS + 1)
            .collect()
    };
    let Some(first) = rest.first() else {
        return true;
    };
    let names_only = rest.len() <= 3 && rest.iter().all(|w| !w.quoted && w.is_capitalized());
    // "this week", "last year", but "This includes a special force …" is a clause.
    let demonstrative_not_of_time = first.is_one_of(&["this", "last"])
        && !rest
            .get(1)
            .is_some_and(|w| w.is_one_of(TIMES) || w.is_calendar_word());
    let time_or_place = !first.quoted
        && !demonstrative_not_of_time
        && !approximates_a_count(first, rest.get(1).copied())
        && (first.is_one_of(ADVERBIAL_STARTS) || first.is_calendar_word())
        && rest.len() <= MAX_ADVERBIAL_WORDS
        && !rest.iter().any(|w| w.is("that") && !w.quoted);
    names_only || time_or_place
}

/// "spoke at a gathering of industry leaders", "celebrated in Florida with supporters",
/// "continued on Saturday": a few words of time or place after a cue, and nothing reported.
/// Not "Tuesday marked a turning point", nor "in a statement, RT is independent": a clause.
pub(super) fn is_setting_only(words: &[Word]) -> bool {
    const PLACE_OR_TIME: &[&str] = &[
        "on", "in", "at", "during", "after", "before", "while", "over", "via", "through", "from",
        "when", "then", "since", "until", "earlier", "later",
    ];
    words
        .first()
        .is_some_and(|w| !w.quoted && w.is_one_of(PLACE_OR_TIME))
        && !words.iter().any(|w| w.is_punct(","))
        && is_adverbial(words)
}

/// "told reporters after a meeting at the depot", "told the committee in Lagos on Monday": after
/// "tell", a hearer of a few words and then only a time, place or occasion, however long, with no
/// clause, infinitive, colon or quotation: nothing is reported there, the quotation is what was
/// told. PolNeAR dev and train hold no gold content of "tell" that opens with such a preposition
/// or its hearer; 50 of 147 "told <hearer> <preposition>" have one, each a clause, an infinitive
/// or a quotation after the setting.
pub(super) fn is_hearer_and_setting(words: &[Word]) -> bool {
    const MAX_HEARER_WORDS: usize = 4;
    const SETTING_PREPOSITIONS: &[&str] = &[
        "after",
        "at",
        "on",
        "in",
        "during",
        "before",
        "outside",
        "following",
        "amid",
        "near",
        "inside",
        "ahead",
    ];
    const CLAUSE_MARKS: &[&str] = &[
        "that", "to", "what", "how", "why", "whether", "if", "who", "when", "where",
    ];
    let reports = |w: &Word| {
        w.quoted || w.is_punct(":;") || w.is_one_of(SUBJECT_PRONOUNS) || w.is_one_of(CLAUSE_MARKS)
    };
    let setting = (1..words.len().min(MAX_HEARER_WORDS + 1))
        .find(|&i| !words[i].quoted && words[i].is_one_of(SETTING_PREPOSITIONS));
    setting.is_some_and(|setting| {
        !words[..setting]
            .iter()
            .any(|w| reports(w) || w.is_punct(","))
            && !words[setting..].iter().any(reports)
    })
}

/// The unit's words before `end`, when a comma, dash or closing quotation separates them from it;
/// past a dateline, which is the wire's, not the source's: "BEIRUT — Floods swept …, officials said".
fn clause_before(words: &[Word], end: usize) -> Option<Span> {
    let last = words[..end].last()?;
    if !(last.quoted || last.is_punct(DASHES_AND_COMMAS)) {
        return None;
    }
    trimmed_content(&words[after_dateline(words).min(end)..end])
}

/// Spans `words` without the reporter's leading and trailing punctuation.
pub(super) fn trimmed_content(words: &[Word]) -> Option<Span> {
    // "[the] reform": an opening bracket starts the content; an editor's square one too.
    let is_edge = |w: &&Word| {
        !w.quoted && w.kind == TokenKind::Punct && !w.is_punct("([") && !w.is_punct(CURRENCY_SIGNS)
    };
    let first = words.iter().position(|w| !is_edge(&w))?;
    // "… McCain (R-AZ)": a closing bracket whose opening the content holds is the content's.
    // Looked for only when the content ends with one: this runs on every unit.
    let mut opens_bracket = None;
    let last = words.iter().rposition(|w| {
        !is_edge(&w)
            || w.is_punct(")]")
                && *opens_bracket
                    .get_or_insert_with(|| words[first..].iter().any(|w| w.is_punct("([")))
    })?;
    (first <= last).then(|| cover(&words[first..=last]))
}

/// The subject that opens the unit, past an opening phrase ("In July, Gingrich …", "Speaking
/// at a town hall in Salem, New Hampshire, Trump …", "The Republican nominee also outlined …"):
/// for a verb coordinated with an earlier one, or a gerund.
fn leading_subject(words: &[Word]) -> Option<Span> {
    const OPENING_PHRASE: usize = 16;
    let words = &words[after_dateline(words)..];
    let opens_with_phrase = words.first().is_some_and(|w| {
        w.is_one_of(PREPOSITIONS)
            || w.is_one_of(SUBORDINATORS)
            || w.is_one_of(CONJUNCTIONS)
            || w.text.ends_with("ing")
            || w.text.ends_with("ed")
    });
    let reach = if opens_with_phrase { OPENING_PHRASE } else { 6 };
    // The subject follows the last comma of the opening phrase ("…, New Hampshire, Trump"),
    // one that no lowercase word follows ("In Ames, Iowa, on Sunday, Mrs. Clinton").
    let start = words
        .iter()
        .take(reach)
        .enumerate()
        .filter(|(i, w)| w.is_punct(",") && !w.quoted && i + 2 < words.len())
        .map(|(i, _)| i + 1)
        .take_while(|&after| {
            opens_with_phrase || words[..after].iter().filter(|w| w.is_punct(",")).count() == 1
        })
        .filter(|&after| {
            !words[after].is_lowercase_word()
                || words[after].is_one_of(DETERMINERS)
                || words[after].is_one_of(SUBJECT_PRONOUNS)
        })
        .last()
        .unwrap_or(0);
    // "Then she shattered party norms, pledging …", "And he managed …": past a connective.
    let start = match words.get(start) {
        Some(w) if is_connective(w) && start + 2 < words.len() => start + 1,
        _ => start,
    };
    let first = words.get(start).filter(|w| {
        !w.quoted && !w.is_one_of(BETWEEN_SUBJECT_AND_VERB) && !w.is_one_of(CONJUNCTIONS)
    })?;
    if first.is_one_of(SUBJECT_PRONOUNS) {
        return Some(first.span);
    }
    if !(first.is_capitalized() || first.is_one_of(DETERMINERS)) {
        return None;
    }
    let end = (start + 1..words.len())
        .take(MAX_PHRASE_WORDS)
        .position(|i| {
            let (w, next) = (&words[i], words.get(i + 1));
            // "Thousands of workers marched": a preposition's object is no verb.
            let object = words[i - 1].is_one_of(PREPOSITIONS);
            w.quoted
                || w.kind == TokenKind::Punct && !w.is_possessive()
                || w.is_lowercase_word()
                    && (w.is_one_of(BETWEEN_SUBJECT_AND_VERB)
                        || w.is_one_of(PHRASE_BREAKS)
                        || w.text.ends_with("ed") && !object
                        || ends_in_single_s(w.text) && !object
                        // "The envoy spoke to reporters", "The mayor sat down and said": an
                        // irregular past ends it too.
                        || is_irregular_past(w)
                            && !object
                            && !words[i - 1].is_one_of(DETERMINERS)
                        // "The Federal Reserve left its rate unchanged … and signaled": a verb
                        // and its object.
                        || next.is_some_and(|n| n.is_one_of(DETERMINERS))
                            && !w.is_one_of(PREPOSITIONS)
                            && !w.is_one_of(DETERMINERS))
        })
        .map_or((start + 1 + MAX_PHRASE_WORDS).min(words.len()), |i| {
            start + 1 + i
        });
    Some(cover(&words[start..end]))
}

/// "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee …", "WASHINGTON ― This
/// spring, …", "10:42 — …": where the unit starts after the dateline that opens it (0 without one). A
/// dateline has no lowercase word and ends at a dash after an agency in brackets or a place in
/// capitals.
fn after_dateline(words: &[Word]) -> usize {
    // "KELBRIDGE, England, Jan 9 (Meridian Wire) -": a country and an agency of two words.
    const MAX_DATELINE_WORDS: usize = 14;
    // "10:42 — Police said …": a live blog's time stamp is a dateline too.
    let stamp = match words {
        [hour, sep, minute, dash, ..]
            if hour.kind == TokenKind::Number
                && sep.is_punct(":.")
                && minute.kind == TokenKind::Number
                && !dash.quoted
                && dash.is_punct("—–") =>
        {
            4
        }
        _ => 0,
    };
    if stamp > 0 {
        return stamp;
    }
    let Some(first) = words.first().filter(|w| w.is_capitalized() && !w.quoted) else {
        return 0;
    };
    let in_capitals = first.text.len() > 2 && !first.text.chars().any(char::is_lowercase);
    // "NAIROBI (Reuters) - Maize …": after an agency, a lone hyphen is the dash.
    let after_agency = |i: usize| i > 0 && words[i - 1].is_punct(")");
    let is_dateline_dash =
        |i: usize| is_dash(words, i) || after_agency(i) && words[i].is_punct("-");
    let dash = (0..words.len().min(MAX_DATELINE_WORDS))
        .find(|&i| is_dateline_dash(i) || words[i].quoted || words[i].is_lowercase_word());
    match dash {
        // "MANCHESTER, N.H. -- The National Review …": a double hyphen is two words.
        Some(dash)
            if is_dateline_dash(dash)
                && !words[dash].quoted
                && (in_capitals || after_agency(dash)) =>
        {
            dash + 1 + usize::from(words[dash].is_punct("-") && is_dash(words, dash))
        }
        _ => 0,
    }
}

/// "spoke", "told", "wrote": the past of a built-in cue, however it is spelled (not one spelled
/// like its base, "a widely read column"), or a common irregular past of another verb.
fn is_irregular_past(word: &Word) -> bool {
    word.is_one_of(IRREGULAR_PASTS)
        || Lexicon::new(&[])
            .lookup(word.text)
            .is_some_and(|cue| cue.form == VerbForm::Past && !word.is(cue.lemma))
}

fn cover(words: &[Word]) -> Span {
    match (words.first(), words.last()) {
        (Some(first), Some(last)) => first.span.cover(last.span),
        _ => Span::default(),
    }
}
