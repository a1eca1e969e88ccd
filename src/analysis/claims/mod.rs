//! Claims: how check-worthy a sentence is and why, vague attributions ("experts believe"),
//! and the citation markers that source a sentence.
//!
//! Everything here is paragraph-local and per sentence, so the server can re-run it on the one
//! paragraph a keystroke changed. Deciding whether a claim is *sourced* (attributions, links,
//! carry-over between paragraphs) belongs to the analysis pipeline; this module supplies
//! [`citation_markers`] and [`dateline_agency`] for it.
//!
//! The check-worthiness score is a logistic regression over hashed lowercase words and a few
//! named features (the cues of [`ReasonKind`], question, length, person, tense), trained on
//! CLEF-2019 debates by `examples/train_claims.rs`, plus two fixed priors that debates cannot
//! teach: headings and table cells are not claims, and each kind of cue counts. The weights are
//! compiled in from `data/claims/`. The scorer ranks every sentence, so the `claims` list of
//! `analyze --json` should carry every prose sentence's score (or all above a low floor), not
//! only those at 0.5 and over: the CLEF MAP is computed on that ranking.

mod assessment;
mod background;
mod calendar;
mod citations;
mod court_record;
mod cues;
mod estimate;
mod explainer;
mod generality;
mod impression;
mod inquiry;
mod judgement;
mod lexicon;
mod life_record;
mod measure_terms;
pub mod model;
mod not_statements;
mod passive_acts;
mod poll_method;
mod reported;
mod restatement;
mod results;
mod review;
pub mod says_who;
pub mod says_who_experiment;
pub mod says_who_training;
mod scene;
mod source_cue;
mod stance;
mod summing_up;
pub mod training;
mod verdict;
mod voice;
mod weasel;
mod withheld;

use std::sync::OnceLock;

pub use citations::{citation_markers, dateline_agency};
pub use reported::REPORTED_DENSE_FEATURES;
pub(crate) use reported::{NEUTRAL_READING, WRITERS_OWN_READING};
pub(crate) use review::titles_a_review;
pub(crate) use source_cue::{in_phrase, EASE_ADJECTIVES, SAYING_IDIOMS};
pub(crate) use stance::is_document;
pub(crate) use voice::{first_person, in_the_first_person, labelled_as_opinion, Person};
pub(crate) use weasel::is_an_opinion_group;
pub use weasel::{
    find_weasels, find_weasels_with, weasel_features, Weasel, WeaselKind, WEASEL_DENSE_FEATURES,
};

use crate::analysis::attribution::IRREGULAR_PASTS;
use crate::analysis::Span;
use crate::text::calendar::{is_month, WEEKDAYS};
use crate::text::{BlockKind, Token};
use lexicon::NormalizedSentence;
use model::{add_length, add_unigrams, dense, sigmoid, with_features, Features, LinearModel};

/// How check-worthy a sentence is, in [0, 1], and the cues behind it. A score of 0.5 or more
/// means an editor would ask "says who?" if nothing attributes the sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimScore {
    pub score: f32,
    pub reasons: Vec<ClaimReason>,
    /// Where the sentence says who or what holds its claim without a speech verb: an agent's
    /// attitude, intention or position ("Clinton wants", "environmentalists worry"), an
    /// agent's claim ("Trump's claim that"), a document's finding ("polls show"). See
    /// `analysis::sourcing`.
    pub holder: Option<Span>,
    /// Where the sentence names the document its figures come from and whose it is ("in a
    /// Fox poll", "the IMF's estimate"). See `stance::find_named_document`.
    pub document: Option<Span>,
    /// A word in the active voice that reads as an attribution cue in news ("grilled",
    /// "pointed to", "voted against"): the act of a source the sentence reports. See
    /// `source_cue`.
    pub source_cue: Option<Span>,
    /// How likely news annotators would mark an attribution in the sentence, in [0, 1]: low
    /// for the reporter's own voice, high for a source's position in other words. See
    /// `reported`.
    pub reported: f32,
    /// The sentence asserts in the writer's own voice by its words alone (see
    /// `reported::asserts_in_the_writers_voice`): "it is clearer than ever that", "Democratic
    /// strategists are more skeptical".
    pub writers_own: bool,
    /// The sentence narrates an event and has no cue but its date (see [`narrates_an_event`]),
    /// or gives a poll's margin of error ([`gives_a_margin_of_error`]) or its method
    /// ([`poll_method::gives_a_poll_method`]), or a study's method
    /// ([`poll_method::gives_a_research_method`]) or what it is based on
    /// ([`poll_method::gives_a_studys_basis`]), or the court record, a charge, a plea or a
    /// maximum penalty ([`court_record::tells_the_court_record`]), or a named subject's estimate
    /// with no cue but its figures, "The government put the figure at 40 percent"
    /// ([`estimate::gives_a_sources_estimate`]), or sets a scene with no cue
    /// ([`scene::sets_a_scene`]), or states a measure's terms with no view of the writer's
    /// ([`measure_terms::states_a_measures_terms`]), or gives its figures only in a relative
    /// clause set off before its main clause ([`background::figures_only_in_background`]), or
    /// works a sum from the figures just given ([`restatement::restates_figures`]): on
    /// record, so no claim while unsourced (`Claim::is_claim`).
    pub narrated: bool,
    /// The writer speaks to the reader ("you borrow", "your home"): advice or a worked
    /// example (`not_statements::addresses_the_reader`), or an open question put to the
    /// reader, "The question is whether …" (`not_statements::poses_a_question`); no claim
    /// while unsourced.
    pub to_the_reader: bool,
    /// The sentence's words' share of the says-who model's logit (`says_who::word_logit`).
    pub says_who_words: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClaimReason {
    pub kind: ReasonKind,
    /// The cue words, e.g. "17%" or "has led".
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReasonKind {
    Statistic,
    Money,
    Date,
    Comparative,
    Superlative,
    Causal,
    Intent,
    Evaluative,
    Prediction,
}

impl ReasonKind {
    pub const ALL: [ReasonKind; 9] = [
        ReasonKind::Statistic,
        ReasonKind::Money,
        ReasonKind::Date,
        ReasonKind::Comparative,
        ReasonKind::Superlative,
        ReasonKind::Causal,
        ReasonKind::Intent,
        ReasonKind::Evaluative,
        ReasonKind::Prediction,
    ];

    /// For hover text: "a statistic: 17%".
    pub fn describe(self) -> &'static str {
        match self {
            ReasonKind::Statistic => "a statistic",
            ReasonKind::Money => "a claim about money",
            ReasonKind::Date => "a dated event",
            ReasonKind::Comparative => "a comparison",
            ReasonKind::Superlative => "a superlative",
            ReasonKind::Causal => "a causal claim",
            ReasonKind::Intent => "a claim about someone's intentions",
            ReasonKind::Evaluative => "a judgement stated as fact",
            ReasonKind::Prediction => "a prediction",
        }
    }

    /// The name used in `data/claims/claim_cues.txt`.
    fn from_name(name: &str) -> Option<ReasonKind> {
        Some(match name {
            "statistic" => ReasonKind::Statistic,
            "money" => ReasonKind::Money,
            "date" => ReasonKind::Date,
            "comparative" => ReasonKind::Comparative,
            "superlative" => ReasonKind::Superlative,
            "causal" => ReasonKind::Causal,
            "intent" => ReasonKind::Intent,
            "evaluative" => ReasonKind::Evaluative,
            "prediction" => ReasonKind::Prediction,
            _ => return None,
        })
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// Names of the check-worthiness model's dense features, in index order (for training reports).
pub const CLAIM_DENSE_FEATURES: [&str; 26] = [
    "cue:statistic",
    "cue:money",
    "cue:date",
    "cue:comparative",
    "cue:superlative",
    "cue:causal",
    "cue:intent",
    "cue:evaluative",
    "cue:prediction",
    "question",
    "no-final-punctuation",
    "words:1-3",
    "words:4-7",
    "words:8-14",
    "words:15-25",
    "words:26+",
    "capitalized:1+",
    "capitalized:3+",
    "first-person",
    "second-person",
    "opinion-verb",
    "past-tense",
    "negation",
    "cues:3+",
    "numbers:2+",
    "courtesy",
];
/// The value of each word feature: low, so that the named cues carry most of the score.
/// Chosen by leave-one-debate-out MAP (1.0: 0.200, 0.5: 0.205, 0.3: 0.209, none: 0.198).
const WORD_WEIGHT: f32 = 0.3;
const QUESTION: usize = 9;
const NO_FINAL_PUNCTUATION: usize = 10;
const LENGTH: usize = 11;
const CAPITALIZED: usize = 16;
const FIRST_PERSON: usize = 18;
const SECOND_PERSON: usize = 19;
const OPINION_VERB: usize = 20;
const PAST_TENSE: usize = 21;
const NEGATION: usize = 22;
const MANY_CUES: usize = 23;
const MANY_NUMBERS: usize = 24;
const COURTESY: usize = 25;

/// Word classes behind the dense features; the speaker's own stance is rarely a checkable fact.
const FIRST_PERSON_WORDS: [&str; 8] = ["i", "we", "me", "us", "my", "our", "i'm", "we're"];
const SECOND_PERSON_WORDS: [&str; 3] = ["you", "your", "you're"];
const OPINION_VERBS: [&str; 8] = [
    "think", "believe", "feel", "hope", "guess", "opinion", "wish", "suppose",
];
const NEGATIONS: [&str; 5] = ["not", "n't", "never", "no", "nothing"];

/// Whether any word of the sentence is a [`NEGATIONS`] word or ends in "n't": the event it
/// tells is denied ("Trump never visited the border"), a claim to check. Not one that "until"
/// soon follows: "Power was not restored until 6am on Monday" tells when the event happened.
fn denies(sentence: &NormalizedSentence) -> bool {
    (0..sentence.len()).any(|i| {
        let word = sentence.word(i);
        (NEGATIONS.contains(&word) || word.ends_with("n't"))
            && !sentence.words_after(i, UNTIL_REACH).any(|w| w == "until")
    })
}

/// How many words after a negation "until" may come and tell a time, not a denial: "was not
/// fully restored until".
const UNTIL_REACH: usize = 4;

const IRREGULAR_PAST: [&str; 14] = [
    "was", "were", "had", "did", "said", "went", "made", "gave", "took", "got", "came", "lost",
    "won", "paid",
];
/// The word classes above with the dense feature each sets: a word's classes are bits of
/// [`lexicon::ListedWord::claim`], found by the look-up every word has as its sentence is
/// normalised (a scan of each list per word cost as much as the rest of the features).
const WORD_CLASSES: [(&[&str], usize); 5] = [
    (&FIRST_PERSON_WORDS, FIRST_PERSON),
    (&SECOND_PERSON_WORDS, SECOND_PERSON),
    (&OPINION_VERBS, OPINION_VERB),
    (&IRREGULAR_PAST, PAST_TENSE),
    (&NEGATIONS, NEGATION),
];
const PAST_TENSE_CLASS: u8 = 1 << 3;
const NEGATION_CLASS: u8 = 1 << 4;

/// Each word of [`WORD_CLASSES`] with its classes as bits (class `i` is bit `i`).
pub(crate) fn classed_words() -> impl Iterator<Item = (&'static str, u8)> {
    WORD_CLASSES
        .iter()
        .enumerate()
        .flat_map(|(class, (words, _))| words.iter().map(move |&word| (word, 1 << class)))
}

const COURTESIES: [&str; 8] = [
    "thank", "thanks", "applause", "laughter", "welcome", "please", "okay", "ok",
];

/// Headings, bylines and table cells are never claims in running text, nor are instructions,
/// markup and Title-Case headlines inside it (`not_statements`). Debate transcripts have
/// none, so this cannot be learned from them: it is a fixed prior on the logit.
const NOT_PROSE_PRIOR: f32 = -6.0;

/// Added to the logit for each kind of cue in the sentence (dates aside, up to three kinds).
/// The trained cue weights are shrunk by regularisation and diluted by debate talk ("we will");
/// this prior states what the issue asks for (numbers, causes, intentions, judgements and
/// predictions make a claim) and it also ranks better on held-out debates: leave-one-debate-out
/// MAP 0.214 without it, 0.220 at 0.3, 0.222 at 0.5, 0.222 at 0.8.
const CUE_PRIOR: f32 = 0.5;
const CUE_PRIOR_CAP: usize = 3;

/// Added to the logit of a statement of public record with no cue but its date: a contest's
/// result, "Cruz won the primary in Oklahoma", "City beat Arsenal 2-1 on Sunday", "Leeds went
/// top with a 3-1 win on Saturday"; a step of a career, "She was first elected in 1987",
/// "Harris joined the club in 2010"; an announced schedule, "The funeral will take place on
/// Friday". It is on record, and an editor does not ask who says so (PolNeAR articles labelled
/// for `.ci/says_who.py` mark these no); so is a count's result, "received 69 percent of the
/// vote". A share with no count behind it, "won 71 percent of Hispanics", is a statistic and
/// keeps its score.
const RECORD_PRIOR: f32 = -1.0;
/// The verbs of a result, after a name: "Sanders won", "Manchester City beat".
const RESULT_VERBS: [&str; 7] = [
    "won", "beat", "defeated", "lost", "drew", "clinched", "edged",
];
/// The steps of a career in the passive, after "was" or "were" and perhaps an adverb: "was
/// first appointed", "was born". ("was elected", "was re-elected" is a result.)
const CAREER_PASSIVES: [&str; 7] = [
    "appointed",
    "named",
    "born",
    "sworn",
    "ordained",
    "knighted",
    "founded",
];
/// The steps and spans of a career in the active: "She joined the council in 1990", "He
/// worked at the docks since 1962", "served on the council from 1990".
const CAREER_VERBS: [&str; 9] = [
    "joined",
    "founded",
    "retired",
    "worked",
    "served",
    "lived",
    "taught",
    "studied",
    "graduated",
];
/// What happens to people, places and plans in the news of the day, in the passive: "was
/// taken to hospital", "The road was closed", "were evacuated", "is being investigated".
const EVENT_PARTICIPLES: [&str; 47] = [
    "taken",
    "deployed",
    "closed",
    "reopened",
    "evacuated",
    "rescued",
    "airlifted",
    "treated",
    "discharged",
    "called",
    "cancelled",
    "canceled",
    "postponed",
    "delayed",
    "diverted",
    "investigated",
    "examined",
    "injured",
    "hurt",
    "found",
    "recovered",
    "pronounced",
    "buried",
    "cremated",
    "held",
    "moved",
    "blocked",
    "flooded",
    "damaged",
    "destroyed",
    "extinguished",
    "towed",
    "stolen",
    "sentenced",
    "jailed",
    "released",
    "arrested",
    "charged",
    "convicted",
    "acquitted",
    "cleared",
    "fined",
    "remanded",
    "bailed",
    "published",
    "named",
    "identified",
];

/// What happens to places, meetings and plans of their own accord, told in the active: "The
/// post office reopened the following week", "The hearing resumed on Monday", "Fighting
/// erupted on Tuesday". Only with no
/// object after them (see [`takes_no_object`]): "reopened an embassy", "resumed talks" is an
/// act someone may claim. "took place" is narrated whatever follows.
const EVENT_VERBS: [&str; 5] = ["reopened", "resumed", "reconvened", "adjourned", "erupted"];
/// Events told by a verb and its particle, with no object after them: "The match kicked off at
/// 3pm" (not "kicked off his campaign"), "The fire broke out on Sunday" (not "broke out of
/// jail").
const PHRASAL_EVENTS: [(&str, &str); 4] = [
    ("kicked", "off"),
    ("kicks", "off"),
    ("broke", "out"),
    ("breaks", "out"),
];
/// What may follow an [`EVENT_VERBS`] verb that has no object: when or where it happened.
const SETTING_WORDS: [&str; 16] = [
    "on",
    "in",
    "at",
    "after",
    "before",
    "for",
    "from",
    "until",
    "following",
    "later",
    "overnight",
    "today",
    "yesterday",
    "tomorrow",
    "this",
    "last",
];

/// What is held, as an event: "held a vote on 4 May", "held talks in Geneva on Friday".
const HELD_EVENTS: [&str; 19] = [
    "meeting",
    "meetings",
    "vote",
    "hearing",
    "hearings",
    "rally",
    "conference",
    "summit",
    "talks",
    "election",
    "referendum",
    "ceremony",
    "funeral",
    "service",
    "briefing",
    "session",
    "vigil",
    "protest",
    "march",
];
/// Words from "held" to its event: "held an emergency meeting", "held a news conference".
const HELD_WITHIN: usize = 4;

/// Whether word `i` is "held" or "holds" before one of [`HELD_EVENTS`]: "The council held a
/// vote on 4 May".
fn holds_an_event(sentence: &NormalizedSentence, i: usize) -> bool {
    matches!(sentence.word(i), "held" | "holds")
        && sentence
            .words_after(i, HELD_WITHIN)
            .any(|w| HELD_EVENTS.contains(&w))
}

/// Whether word `i` has no object after it: the sentence ends, or its setting follows ("on
/// Monday", "later", "the following week", "the next day").
fn takes_no_object(sentence: &NormalizedSentence, i: usize) -> bool {
    match sentence.get_word(i + 1) {
        None => true,
        Some("the") => matches!(
            sentence.get_word(i + 2),
            Some("following" | "next" | "same")
        ),
        Some(next) => !next.chars().any(char::is_alphanumeric) || SETTING_WORDS.contains(&next),
    }
}

/// The form of "be" before word `i`, back over "re-" and an adverb: "was" in "was first
/// appointed", "been" in "has been re-elected", "were" in "were not accepted".
fn be_before(sentence: &NormalizedSentence, i: usize) -> Option<&str> {
    let mut at = i.checked_sub(1)?;
    if at >= 2 && sentence.word(at) == "-" && sentence.word(at - 1) == "re" {
        at -= 2;
    }
    let word = sentence.word(at);
    let adverb = word.ends_with("ly")
        || matches!(word, "first" | "later" | "then" | "also" | "not" | "never");
    if at > 0 && adverb {
        at -= 1;
    }
    Some(sentence.word(at)).filter(|w| matches!(*w, "was" | "were" | "been" | "being"))
}

/// Whether word `i` is an event of [`EVENT_PARTICIPLES`] in the passive: "taken" in "was
/// taken to hospital", "closed" in "were closed".
pub(super) fn suffers_an_event(sentence: &NormalizedSentence, i: usize) -> bool {
    EVENT_PARTICIPLES.contains(&sentence.word(i)) && be_before(sentence, i).is_some()
}

/// Whether word `i` tells the time of a match or its place in a table: "in the 88th minute",
/// "on 58 minutes", "eight minutes later", "before half-time", "in stoppage time", "before the
/// half-hour mark"; "third in the table", "two points behind leaders Eastbury", "above the
/// relegation zone". What happened then, or where it leaves a side, is the match's public
/// record.
fn tells_a_match(sentence: &NormalizedSentence, i: usize) -> bool {
    let before = |back: usize| i.checked_sub(back).map(|at| sentence.word(at));
    let ordinal = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|end| w.ends_with(end))
    };
    match sentence.word(i) {
        "minute" => before(1).is_some_and(ordinal),
        "minutes" => before(2) == Some("on") || sentence.get_word(i + 1) == Some("later"),
        "time" => {
            let at = if before(1) == Some("-") { 2 } else { 1 };
            matches!(before(at), Some("half" | "stoppage" | "injury"))
        }
        // "third in the table", "top of the standings" (not "the head of the table").
        "table" | "standings" => {
            before(1) == Some("the")
                && (before(2) == Some("in")
                    || before(2) == Some("of") && matches!(before(3), Some("top" | "bottom")))
        }
        "leaders" => (2..=5).any(|back| before(back) == Some("points")),
        // "three points above the relegation zone".
        "zone" => before(1) == Some("relegation"),
        // "before the half-hour mark", "just after the hour mark".
        "mark" => before(1) == Some("hour"),
        _ => false,
    }
}

/// The words of a match's play that politics and business do not use: the players'
/// positions, the kicks and where they are taken, a rugby match's set pieces and a cricket
/// match's dismissals. A sentence with two of them, "Town led through a first-half penalty
/// after Price tripped the striker", "volleying in from the edge of the box", "also awarded a
/// penalty try", tells the play of a match, which the crowd and the cameras saw.
const MATCH_PLAY: [&str; 28] = [
    "penalty",
    "header",
    "volley",
    "volleyed",
    "volleying",
    "equalised",
    "equalized",
    "equaliser",
    "equalizer",
    "striker",
    "goalkeeper",
    "defender",
    "midfielder",
    "winger",
    "crossbar",
    "offside",
    "scored",
    "tries",
    "conversion",
    "lineout",
    "scrum",
    "ruck",
    "maul",
    "wicket",
    "wickets",
    "innings",
    "bowled",
    "lbw",
];
// `tells_the_play` keeps one bit per word of the play, and four for a match's parts.
const _: () = assert!(4 + MATCH_PLAY.len() <= 64);
/// Words before "try" that make it a rugby score: "a penalty try", "his second try".
const A_TRY_AFTER: [&str; 8] = [
    "a", "the", "penalty", "his", "their", "first", "second", "late",
];

/// Whether the sentence tells the play of a match: two words of [`MATCH_PLAY`] or of a
/// match's parts, "free kick", "first half", "second-half", "a try", "the edge of the box"
/// (not a "ballot box"). One alone is as often politics: "the death penalty", "a defender of the
/// faith".
fn tells_the_play(sentence: &NormalizedSentence) -> bool {
    let before = |i: usize, back: usize| i.checked_sub(back).map(|at| sentence.word(at));
    let mut seen = 0u64;
    for i in 0..sentence.len() {
        let word = sentence.word(i);
        let at = match word {
            "kick" if before(i, 1) == Some("free") => 0,
            "half" if cues::is_a_half_of_play(sentence, i) => 1,
            "try" if before(i, 1).is_some_and(|w| A_TRY_AFTER.contains(&w)) => 2,
            "box"
                if before(i, 1) == Some("the")
                    && matches!(before(i, 2), Some("of" | "in" | "into")) =>
            {
                3
            }
            _ => match MATCH_PLAY.iter().position(|w| *w == word) {
                Some(at) => 4 + at,
                None => continue,
            },
        };
        seen |= 1 << at;
    }
    seen.count_ones() >= 2
}

/// Where people go and whom they see, told in the past: "Clinton visited the plant on
/// Monday", "The judge toured the site", "He attended the gala". The day's whereabouts of a
/// public figure are on record (says-who train: 4 such flags, all no).
const VISIT_VERBS: [&str; 4] = ["visited", "toured", "attended", "visits"];
/// Going somewhere, told with where: "Sanders campaigned in Reno", "arrived at the airport"
/// (not "campaigned hard against the treaty", "arrived reenergized").
const TRAVEL_VERBS: [&str; 2] = ["campaigned", "arrived"];
/// What may follow a [`TRAVEL_VERBS`] verb that tells where or with whom.
const TRAVEL_SETTINGS: [&str; 8] = ["in", "at", "on", "to", "with", "across", "home", "back"];
/// Where someone sits, stands or waits in a scene, told with where: "Ban sat inside the
/// hotel", "supporters gathered at a hotel", "joined Cruz at rallies" (not "stood by the
/// decision", which has no place after it).
const SCENE_VERBS: [&str; 9] = [
    "sat", "sitting", "stood", "standing", "waited", "waiting", "gathered", "walked", "joined",
];
/// The places that may follow a [`SCENE_VERBS`] verb, within three words.
const SCENE_PLACES: [&str; 10] = [
    "at",
    "in",
    "inside",
    "outside",
    "on",
    "beside",
    "alongside",
    "near",
    "behind",
    "around",
];
/// The part of a day or a trip spent somewhere: "spent the afternoon with volunteers".
const PARTS_OF_A_DAY: [&str; 6] = ["morning", "afternoon", "evening", "day", "night", "weekend"];
/// What a candidate holds or makes on the trail: "held a rally", "made two campaign stops",
/// "made a surprise appearance".
const STOPS_ON_THE_TRAIL: [&str; 6] = [
    "rally",
    "rallies",
    "stop",
    "stops",
    "appearance",
    "appearances",
];

/// Whether the sentence tells where someone went, whom they met or where they were, and denies
/// none of it: a [`VISIT_VERBS`] or [`TRAVEL_VERBS`] verb after its subject, a scene's
/// [`SCENE_VERBS`] with its place, "met with", "met for an hour with", "spent
/// the afternoon", "held
/// a rally", "made two campaign stops", or a form of "be" before "in" or "at" and a name, "She
/// was in Orlando in the morning". "Trump never visited the border" is a claim to check.
fn tells_whereabouts(text: &str, sentence: &NormalizedSentence) -> bool {
    !denies(sentence)
        && (1..sentence.len()).any(|i| {
            let word = sentence.word(i);
            let next = sentence.get_word(i + 1);
            // After its subject, in the active: not "the visited sites", "was met with".
            let active = sentence.word(i - 1).starts_with(char::is_alphabetic)
                && !matches!(
                    sentence.word(i - 1),
                    "the" | "a" | "an" | "is" | "are" | "was" | "were" | "be" | "been" | "being"
                );
            (active
                && (VISIT_VERBS.contains(&word)
                    || (TRAVEL_VERBS.contains(&word)
                        && next.is_some_and(|w| TRAVEL_SETTINGS.contains(&w)))
                    // "met with", "met for two hours with".
                    || (word == "met"
                        && sentence.words_after(i, 5).any(|w| w == "with"))))
                // After a subject set off by commas too, or a form of "be": "Ban, the U.N.
                // chief, sat inside", "was sitting in"; not "the standing committee".
                || (SCENE_VERBS.contains(&word)
                    && !matches!(sentence.word(i - 1), "the" | "a" | "an")
                    && sentence
                        .words_after(i, 3)
                        .any(|w| SCENE_PLACES.contains(&w)))
                || (word == "spent"
                    && next == Some("the")
                    && sentence
                        .get_word(i + 2)
                        .is_some_and(|w| PARTS_OF_A_DAY.contains(&w)))
                || (matches!(word, "held" | "made")
                    && sentence
                        .words_after(i, 3)
                        .any(|w| STOPS_ON_THE_TRAIL.contains(&w)))
                || (matches!(word, "was" | "were")
                    && matches!(next, Some("in" | "at"))
                    && sentence.is_capitalised(text, i + 2))
        })
}

/// The bodies whose acts are public record: a city, a court, a legislature, a council.
const PUBLIC_BODIES: [&str; 23] = [
    "city",
    "council",
    "court",
    "legislature",
    "congress",
    "senate",
    "parliament",
    "government",
    "administration",
    "department",
    "agency",
    "commission",
    "board",
    "committee",
    "police",
    "county",
    "ministry",
    "assembly",
    "authorities",
    "cabinet",
    "regulators",
    "jury",
    "division",
];
/// What such a body does by a decision it publishes: "lifted the curfew", "imposed
/// sanctions", "repealed the law", "sent the case back". Not "cut" or "raised", which state an
/// amount an editor may ask about.
const OFFICIAL_ACTS: [&str; 19] = [
    "lifted",
    "closed",
    "imposed",
    "repealed",
    "sent",
    "approved",
    "vetoed",
    "enacted",
    "issued",
    "ordered",
    "adopted",
    "ratified",
    "overturned",
    "suspended",
    "revoked",
    "dismissed",
    "upheld",
    "extended",
    "granted",
];

/// Whether the sentence tells what a public body decided, in the active: one of
/// [`PUBLIC_BODIES`] and one of [`OFFICIAL_ACTS`] after it, perhaps over "has" or an adverb,
/// "The city lifted the curfew on Sunday", "the Security Council has imposed sanctions", or
/// a body's name that such a word heads, "the Division of Aquatic Resources has closed", with
/// no cue but the decision's figures and dates, "approved 301 polling stations, up from 231".
/// The decision is published with its figures, and news annotators mark the body as its
/// source (PolNeAR dev: the 4 such flags all carry a gold attribution); a cause, a forecast or
/// a verdict beside it stays a claim.
fn tells_an_official_act(
    text: &str,
    sentence: &NormalizedSentence,
    reasons: &[ClaimReason],
) -> bool {
    a_body_decides(text, sentence, reasons, &PUBLIC_BODIES, |i| {
        OFFICIAL_ACTS.contains(&sentence.word(i))
    })
}

/// Whether the sentence has no cue but figures and dates, and a word of decision (`decides`)
/// whose subject, over "has" or an adverb, is one of `heads` or a name that one of them heads:
/// "The city lifted", "the Division of Aquatic Resources has closed", "the Bank of England
/// cut". What a body decides it publishes, with its figures.
fn a_body_decides(
    text: &str,
    sentence: &NormalizedSentence,
    reasons: &[ClaimReason],
    heads: &[&str],
    decides: impl Fn(usize) -> bool,
) -> bool {
    only_figures(reasons)
        && (1..sentence.len()).any(|i| decides(i) && headed_by(text, sentence, i, heads))
}

/// Words of a time that may stand between a body and its act: "Ohio regulators last year
/// approved", "The council on Monday lifted".
const TIME_BETWEEN: [&str; 8] = [
    "last",
    "this",
    "year",
    "week",
    "month",
    "on",
    "earlier",
    "yesterday",
];

/// Whether the subject before word `i` (`i > 0`) is one of `heads` or a name one heads, over
/// an auxiliary, an adverb or a time: "the council has also", "regulators last year".
fn headed_by(text: &str, sentence: &NormalizedSentence, i: usize, heads: &[&str]) -> bool {
    let mut at = i - 1;
    while at > 0
        && (matches!(
            sentence.word(at),
            "has" | "have" | "had" | "also" | "then" | "later" | "unanimously"
        ) || TIME_BETWEEN.contains(&sentence.word(at))
            || WEEKDAYS.contains(&sentence.word(at)))
    {
        at -= 1;
    }
    // Back over a name's capitalised words and its "of" to the word that heads it.
    while at > 0
        && !heads.contains(&sentence.word(at))
        && (sentence.word(at) == "of" || sentence.is_capitalised(text, at))
    {
        at -= 1;
    }
    heads.contains(&sentence.word(at))
}

/// What a central bank is called by, as the subject of its rate decision: "The central bank",
/// "the Federal Reserve", "The Fed", "The Bank of England", "the ECB".
const CENTRAL_BANKS: [&str; 5] = ["bank", "reserve", "fed", "ecb", "boe"];
/// What a central bank does with its rate at a meeting.
const RATE_DECISIONS: [&str; 14] = [
    "held", "holds", "left", "leaves", "kept", "keeps", "raised", "raises", "cut", "cuts",
    "lowered", "lowers", "hiked", "hikes",
];
/// Words from the decision to "rate" or "rates": "held its benchmark interest rate".
const RATE_WITHIN: usize = 4;

/// Whether the sentence gives a central bank's rate decision with no cue but its figures and
/// dates: "The central bank held its benchmark rate in a range of 4.25% to 4.5%", "The Bank of
/// England cut interest rates to 4% on Thursday". The bank publishes it; why it did so, or
/// what it will do, stays a claim.
fn gives_a_rate_decision(
    text: &str,
    sentence: &NormalizedSentence,
    reasons: &[ClaimReason],
) -> bool {
    a_body_decides(text, sentence, reasons, &CENTRAL_BANKS, |i| {
        RATE_DECISIONS.contains(&sentence.word(i))
            && sentence
                .words_after(i, RATE_WITHIN)
                .any(|w| matches!(w, "rate" | "rates"))
    })
}

/// The cues of figures and dates: what a published decision or a court's outcome carries.
const FIGURES: &[ReasonKind] = &[
    ReasonKind::Date,
    ReasonKind::Statistic,
    ReasonKind::Money,
    ReasonKind::Comparative,
];

/// Whether every cue of the sentence is of one of `kinds` (or it has none).
fn only_cues_of(reasons: &[ClaimReason], kinds: &[ReasonKind]) -> bool {
    reasons.iter().all(|r| kinds.contains(&r.kind))
}

/// Whether the sentence has a cue of the writer's view: a judgement, a superlative or a
/// cause, which no measure's terms state.
fn gives_a_view(reasons: &[ClaimReason]) -> bool {
    !only_cues_of(
        reasons,
        &[
            ReasonKind::Date,
            ReasonKind::Statistic,
            ReasonKind::Money,
            ReasonKind::Comparative,
            ReasonKind::Intent,
            ReasonKind::Prediction,
        ],
    )
}

/// No cue but figures and dates ([`FIGURES`]).
fn only_figures(reasons: &[ClaimReason]) -> bool {
    only_cues_of(reasons, FIGURES)
}

/// The posts and trades a person is named by: "Kall is director of debate at the university",
/// "She is a partner in the firm's London office". Not "leader", "head" or "candidate", which
/// say where someone stands ("Trump is the leader in the field").
const POSTS: [&str; 56] = [
    "president",
    "director",
    "editor",
    "chairman",
    "chairwoman",
    "chair",
    "executive",
    "officer",
    "founder",
    "co-founder",
    "partner",
    "member",
    "fellow",
    "professor",
    "lecturer",
    "researcher",
    "scientist",
    "economist",
    "analyst",
    "strategist",
    "adviser",
    "advisor",
    "aide",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "minister",
    "governor",
    "mayor",
    "senator",
    "congressman",
    "congresswoman",
    "councillor",
    "judge",
    "lawyer",
    "attorney",
    "author",
    "writer",
    "columnist",
    "correspondent",
    "reporter",
    "contributor",
    "host",
    "anchor",
    "producer",
    "manager",
    "coach",
    "activist",
    "commissioner",
    "ambassador",
    "dean",
    "teacher",
    "student",
    "owner",
    "immigrant",
];
/// What may follow a post: where it is held or of what, whom it serves ("adviser to the
/// mayor", "a contributor to the show"), or the end of the sentence.
const AFTER_A_POST: [&str; 10] = ["of", "at", "for", "in", "with", "on", "to", "and", ",", "."];

/// The relatives a named person's post may be told of: "Ms. Hale's father was a miner".
const RELATIVES: [&str; 10] = [
    "father",
    "mother",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "grandfather",
    "grandmother",
];

/// Whether the sentence names the post a person holds or held, and says nothing else: a name
/// (or a named person's relative, [`RELATIVES`]: "Ms. Hale's father was an immigrant") or
/// "he"/"she", perhaps set off with a description, a form of "be" or "became", and a noun
/// phrase headed by one of [`POSTS`], "Aaron Kall is director of debate at the University
/// of Michigan", "She was the president of the students' association". Who someone is, like
/// an author's line at a column's foot, is on record (says-who train: 3 such flags, all no).
fn names_a_post(text: &str, sentence: &NormalizedSentence) -> bool {
    let Some(mut i) = predicate_of_a_named_subject(text, sentence, 0) else {
        return false;
    };
    match (sentence.get_word(i), sentence.get_word(i + 1)) {
        (Some("is" | "was" | "became"), _) => i += 1,
        (Some("has" | "had"), Some("been")) => i += 2,
        _ => return false,
    }
    if sentence
        .get_word(i)
        .is_some_and(|w| matches!(w, "currently" | "also" | "now" | "later" | "then"))
    {
        i += 1;
    }
    if sentence
        .get_word(i)
        .is_some_and(|w| matches!(w, "not" | "never" | "no"))
    {
        return false;
    }
    // The post: at most four words after an article, then one of POSTS.
    if sentence
        .get_word(i)
        .is_some_and(|w| matches!(w, "a" | "an" | "the"))
    {
        i += 1;
    }
    (i..sentence.len().min(i + 5)).any(|j| {
        POSTS.contains(&sentence.word(j))
            && sentence
                .get_word(j + 1)
                .is_none_or(|next| AFTER_A_POST.contains(&next))
            && (i..j).all(|k| sentence.word(k).starts_with(char::is_alphanumeric))
    })
}

/// The first word of the predicate after a named subject at word `start`, the way a profile
/// opens: a name (or a named person's relative, [`RELATIVES`]: "Ms. Hale's father") or
/// "he"/"she", perhaps set off with a description ("Jenna Hager, a daughter of the president,
/// has been"). None where the clause opens otherwise: a clause ("Whoever is president, …",
/// "If"), "The", "It".
pub(super) fn predicate_of_a_named_subject(
    text: &str,
    sentence: &NormalizedSentence,
    start: usize,
) -> Option<usize> {
    let capitalised = |i: usize| sentence.is_capitalised(text, i);
    let opener = sentence.get_word(start)?;
    // The subject: capitalised words (and initials' stops), or a pronoun.
    let mut i = match opener {
        "he" | "she" => start + 1,
        _ => (start..sentence.len())
            .find(|&i| !(capitalised(i) || sentence.word(i) == "."))
            .unwrap_or(sentence.len()),
    };
    // Not a clause that opens "Whoever is president, …", "What is", "If".
    if i == start
        || opener.ends_with("ever")
        || matches!(
            opener,
            "the"
                | "this"
                | "that"
                | "it"
                | "there"
                | "what"
                | "who"
                | "which"
                | "where"
                | "when"
                | "why"
                | "how"
                | "if"
                | "as"
                | "while"
                | "once"
        )
    {
        return None;
    }
    // A relative of the named: "Ms. Hale's father was an immigrant".
    if sentence.get_word(i) == Some("'s")
        && sentence
            .get_word(i + 1)
            .is_some_and(|w| RELATIVES.contains(&w))
    {
        i += 2;
    }
    // A description set off by commas: "Jenna Hager, a daughter of the president, has been".
    if sentence.get_word(i) == Some(",") {
        match (i + 1..sentence.len()).find(|&j| sentence.word(j) == ",") {
            Some(close) => i = close + 1,
            None => return None,
        }
    }
    Some(i)
}

/// No cue but a date, or none at all: what a record or a narrated event may carry.
fn only_dated(reasons: &[ClaimReason]) -> bool {
    only_cues_of(reasons, &[ReasonKind::Date])
}

/// Whether the sentence narrates an event and has no cue but its date: in the passive, "The
/// road was closed for several hours", "was taken to hospital on Sunday", in the active with
/// no object, "The count took place overnight", "The rules take effect on May 1", "The post
/// office reopened the following week" ([`EVENT_VERBS`]), "The match kicked off at 3pm" (not
/// "kicked off his campaign"), "The fire broke out on Sunday", a meeting or a vote held
/// ("The council held a vote on 4 May", [`holds_an_event`]), a death, "has died at the age of 79", a court's outcome with
/// the sums and terms read out at it ([`tells_a_court_outcome`]), a public vote by its
/// tally, "The bill passed by 34 votes to 21", an election by its count, "Marsh took 18,402
/// votes", "Turnout was 41%" ([`cues::gives_a_count`]), a match by its clock or table ("scored in
/// the 88th minute", [`tells_a_match`]) or its play ("volleying in from the edge of the box",
/// [`tells_the_play`]), where someone went or was ("visited the clinic on
/// Thursday", [`tells_whereabouts`]), what a public body decided, with its figures ("The city
/// lifted the curfew", [`tells_an_official_act`]), a named doer's deal or ruling in the passive
/// ("was bought by Halvard Capital for £1.2bn", [`passive_acts::tells_an_act_by_its_doer`]), an inquiry under way ("Police are investigating the fire",
/// [`inquiry::tells_an_inquiry`]), the term of an announced measure ("The closures will last
/// until June", [`cues::gives_a_measures_term`]), an event counted among its kind ("was the
/// third since January", [`counts_an_event`]), a dated event in the simple past ("The two
/// sides last met on Nov. 7", [`tells_a_past_event`]), an organisation's size with its figures
/// ("Harland employs around 14,000 people", [`profiles_an_organisation`]), a central bank's
/// rate decision ("The Fed held rates at 4.5%", [`gives_a_rate_decision`]), a race's or an
/// examination's results ("finished 11th, two minutes down", [`results::tells_a_result`]), a
/// named company's price move ("Northway Bank dropped 14 per cent",
/// [`results::names_a_price_move`]),
/// the record of a life ("is survived by", [`life_record::tells_a_life_record`]), or the post a person holds ("Kall is director of debate
/// at the university", [`names_a_post`]). It is on record like
/// a result, and the score, learnt from debates, cannot tell (such sentences scored up to
/// 0.56). Only the events of [`EVENT_PARTICIPLES`]: a cue-less passive of any verb, "Patriot
/// was loaded with liabilities", is as often a claim as the other flags are, and unflagging
/// them all lowered the share of clean PolNeAR sentences flagged below its floor. A passive
/// that reads as a report, "He was accused of lying" (`reported_passive`), asks by whom. An
/// event that did not happen, "imprisoned for a year without being charged", is not what the
/// sentence narrates. A question put to someone, "She was asked about the bypass"
/// ([`inquiry::tells_a_question_put`]), is such a passive, and narrated all the same: the
/// answer, not the asking, is what an editor asks the source of.
fn narrates_an_event(
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
    reasons: &[ClaimReason],
    reported_passive: bool,
) -> bool {
    tells_a_court_outcome(sentence, reasons)
        || gives_a_market_move(sentence, reasons)
        || tells_an_official_act(text, sentence, reasons)
        || only_figures(reasons) && passive_acts::tells_an_act_by_its_doer(text, sentence)
        || gives_a_rate_decision(text, sentence, reasons)
        || profiles_an_organisation(text, sentence, reasons)
        || only_cues_of(reasons, results::RESULT_CUES) && results::tells_a_result(sentence)
        || only_cues_of(reasons, results::RESULT_CUES)
            && results::names_a_price_move(text, sentence)
        || !gives_a_view(reasons) && life_record::tells_a_life_record(text, sentence)
        || only_dated(reasons)
            && (!reported_passive || inquiry::tells_a_question_put(sentence))
            && (cues::gives_a_tally(text, tokens)
                || cues::gives_a_count(sentence, tokens)
                || inquiry::tells_a_question_put(sentence)
                || tells_whereabouts(text, sentence)
                || names_a_post(text, sentence)
                || tells_the_play(sentence)
                || cues::gives_a_measures_term(text, sentence, reasons)
                || counts_an_event(sentence)
                || tells_a_past_event(sentence, reasons)
                || inquiry::tells_an_inquiry(sentence)
                || (1..sentence.len()).any(|i| {
                    let word = sentence.word(i);
                    word == "died"
                        || tells_a_match(sentence, i)
                        || suffers_an_event(sentence, i)
                            && !(i >= 2 && sentence.word(i - 2) == "without")
                        || (matches!(word, "place" | "effect")
                            && matches!(sentence.word(i - 1), "took" | "takes" | "take"))
                        || (EVENT_VERBS.contains(&word) && takes_no_object(sentence, i))
                        || holds_an_event(sentence, i)
                        || (PHRASAL_EVENTS.contains(&(sentence.word(i - 1), word))
                            && takes_no_object(sentence, i))
                }))
}

/// Words that make a dated sentence more than a past event told: a perfect or a present
/// ("has not been met since 2015", "is due on April 2"), a modal or a forecast ("could rise
/// later this year", "is expected to"), an aim or an attitude ("were prepared for the company
/// to shunt its liabilities"), a view's content ("held the view that the 2019 vote was
/// rigged").
const BEYOND_THE_EVENT: [&str; 17] = [
    "has", "have", "had", "is", "are", "will", "would", "could", "may", "might", "should", "must",
    "can", "expected", "since", "to", "that",
];

/// Whether the sentence tells, in the simple past, a dated event with nothing checkable but
/// its date: "The two sides last met on Nov. 7", "The company went into administration last
/// year", "The last change, in September, removed the evening service" (a month after "in" or
/// "last", which is no cue). What happened on a day is on record; a denial, "never met", is a
/// claim still.
fn tells_a_past_event(sentence: &NormalizedSentence, reasons: &[ClaimReason]) -> bool {
    let words = || (0..sentence.len()).map(|i| sentence.word(i));
    let in_a_month = (1..sentence.len())
        .any(|i| is_month(sentence.word(i)) && matches!(sentence.word(i - 1), "in" | "last"));
    (in_a_month || reasons.iter().any(|r| r.kind == ReasonKind::Date))
        && words().any(|w| {
            IRREGULAR_PAST.contains(&w)
                || IRREGULAR_PASTS.contains(&w)
                || (w.len() > 4 && w.ends_with("ed"))
        })
        && !words().any(|w| BEYOND_THE_EVENT.contains(&w))
        && !denies(sentence)
}

/// What a market prices, as the subject of a move: "Shares in Lumora rose 4%", "The pound
/// fell to $1.21", "The national currency, the krona, rose", "Thornmere crude has gained 18%
/// since January", not a household's price ("Residential power prices rose 6.1%").
const MARKET_SUBJECTS: [&str; 18] = [
    "shares", "stock", "stocks", "index", "futures", "bonds", "yield", "yields", "pound",
    "sterling", "dollar", "euro", "yen", "currency", "crude", "brent", "gold", "copper",
];

/// How a price moves over a session, or has moved: "The stock had fallen 18% this year".
const MARKET_MOVES: [&str; 23] = [
    "rose",
    "fell",
    "gained",
    "lost",
    "jumped",
    "slipped",
    "climbed",
    "tumbled",
    "dropped",
    "edged",
    "closed",
    "ended",
    "surged",
    "soared",
    "plunged",
    "slumped",
    "risen",
    "fallen",
    "slid",
    "sank",
    "dipped",
    "weakened",
    "strengthened",
];

/// How far into the sentence a market subject may come: "Lumora's shares".
const MARKET_REACH: usize = 6;
/// Words (tokens) from a market subject to its move: "Shares in Halden Media Group rose", "The
/// yield on the 10-year Treasury note fell", "Shares in Verance's parent company, Halvorsen
/// Group, fell".
const MOVE_REACH: usize = 11;
/// Words (tokens) from a move to the currency it is quoted against: "weakened as much as 2.4%
/// to 118.6 per dollar".
const QUOTE_REACH: usize = 8;

/// Whether the sentence gives a price's move with no cue but its figures and times: "Lumora's
/// shares rose 4% in after-hours trading", "Shares in Corran fell 6%, the biggest fall on the
/// FTSE 100", "The stock had fallen 18% this year", or a currency's, whatever its name, quoted
/// against another near the sentence's start ([`quoted_against_a_currency`]: "The rand fell
/// 1.2% against the dollar on Tuesday"). Prices are the market's public record, the day's
/// record of a markets report; a cause given with a causal cue, "driven by fears of …", stays
/// a claim.
fn gives_a_market_move(sentence: &NormalizedSentence, reasons: &[ClaimReason]) -> bool {
    // "the biggest fall on the FTSE 100": a move's superlative is the market's record too.
    let moves = |i: usize| MARKET_MOVES.contains(&sentence.word(i));
    reasons
        .iter()
        .all(|r| FIGURES.contains(&r.kind) || r.kind == ReasonKind::Superlative)
        && ((0..sentence.len().min(MARKET_REACH)).any(|i| {
            MARKET_SUBJECTS.contains(&sentence.word(i))
                && (i + 1..sentence.len().min(i + 1 + MOVE_REACH)).any(moves)
        }) || (1..sentence.len().min(MARKET_REACH))
            .any(|i| moves(i) && quoted_against_a_currency(sentence, i)))
}

/// Whether the move at word `i` is quoted against a currency: "rose 1.4% against the euro",
/// "to 118.6 per dollar". Its subject is then a currency too.
fn quoted_against_a_currency(sentence: &NormalizedSentence, i: usize) -> bool {
    let currency = |at: usize| {
        sentence
            .get_word(at)
            .is_some_and(|w| w == "pound" || cues::CURRENCY_WORDS.contains(&w))
    };
    (i + 1..sentence.len().min(i + 1 + QUOTE_REACH)).any(|at| match sentence.word(at) {
        "against" => sentence.get_word(at + 1) == Some("the") && currency(at + 2),
        "per" => currency(at + 1),
        _ => false,
    })
}

/// What an organisation's profile counts: "employs 14,000 people", "operates 23 homes".
const PROFILE_VERBS: [&str; 4] = ["employs", "operates", "runs", "owns"];

/// Whether the sentence gives an organisation's profile with no cue but its figures: a name,
/// "the company" or "which" before one of [`PROFILE_VERBS`] and a figure, "Harland employs
/// around 14,000 people in 11 countries", "Meadowgate Care, which operates 23 homes across the
/// North West". The company publishes its size; a comparison, "employs more people than any
/// other firm", stays a claim.
fn profiles_an_organisation(
    text: &str,
    sentence: &NormalizedSentence,
    reasons: &[ClaimReason],
) -> bool {
    only_cues_of(reasons, &[ReasonKind::Date, ReasonKind::Statistic])
        && (1..sentence.len()).any(|i| {
            let before = sentence.word(i - 1);
            let subject = matches!(before, "which" | "company" | "firm" | "group")
                || sentence.is_capitalised(text, i - 1);
            let mut at = i + 1;
            if sentence
                .get_word(at)
                .is_some_and(|w| cues::ROUNDING.contains(&w))
            {
                at += 1;
            }
            PROFILE_VERBS.contains(&sentence.word(i))
                && subject
                && sentence
                    .get_word(at)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// A court's outcomes for a defendant, in the passive: "has been jailed for five years".
const COURT_OUTCOMES: [&str; 6] = [
    "jailed",
    "sentenced",
    "fined",
    "convicted",
    "acquitted",
    "imprisoned",
];

/// Whether the sentence tells a court's outcome with no cue but its figures and dates: "A
/// former manager who stole more than £180,000 from residents has been jailed for five
/// years", "Ofwat fined Marlow Water £11.5m in 2023". The sum, the term and the fine are the
/// court's or the regulator's record, read out or published with the outcome; a cause, a
/// forecast or a verdict of the writer's beside them stays a claim.
fn tells_a_court_outcome(sentence: &NormalizedSentence, reasons: &[ClaimReason]) -> bool {
    only_figures(reasons)
        && (1..sentence.len()).any(|i| {
            let word = sentence.word(i);
            // A finite passive: not "after being imprisoned", "without being convicted", "a
            // convicted fraudster".
            let passive = matches!(be_before(sentence, i), Some("was" | "were" | "been"));
            // A court or a regulator in the active: "Ofwat fined Marlow Water £11.5m".
            let active = matches!(word, "fined" | "jailed")
                && be_before(sentence, i).is_none()
                && !matches!(
                    sentence.word(i - 1),
                    "a" | "an" | "the" | "without" | "after"
                );
            COURT_OUTCOMES.contains(&word) && (passive || active)
        })
}

/// How a poll's margin of error is named.
const MARGINS_OF_ERROR: [&str; 4] = [
    "margin of error",
    "margins of error",
    "margin of sampling error",
    "credibility interval",
];
/// Words before the margin that compare a result with it ("within the margin of error"): the
/// sentence then gives the result, which needs its poll.
const AGAINST_THE_MARGIN: [&str; 4] = ["within", "outside", "beyond", "than"];

/// Whether the sentence gives a poll's margin of error ("The margin of error is plus or minus
/// 4 percentage points", "The survey has a credibility interval of 5 points"): the method a
/// pollster publishes with its figures, told after the poll is named, and on record like a
/// result (says-who train: 3 such flags, all no). A result told against the margin, "leads
/// 48-45, within the margin of error", keeps its score.
fn gives_a_margin_of_error(sentence: &NormalizedSentence) -> bool {
    let joined = sentence.joined.as_str();
    MARGINS_OF_ERROR.iter().any(|margin| {
        joined.match_indices(margin).any(|(at, _)| {
            let before = joined[..at].split(' ').rev().take(4);
            !before.into_iter().any(|w| AGAINST_THE_MARGIN.contains(&w))
        })
    })
}

/// Whether the sentence states a record and nothing checkable but its date: a result verb
/// after a capitalised word (a name, not "to beat", "he had won") or before a score ("to beat
/// Rovers 3-2"), "was elected", "a 3-1 win", a share of the vote in a count ("received 69 percent
/// of the vote"), or a step of a career or an announced schedule
/// with its date ("Melania was born in a poor communist country" is no record).
fn only_states_a_record(
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
    reasons: &[ClaimReason],
) -> bool {
    if !only_dated(reasons) {
        return false;
    }
    // "Cruz won", and over the perfect's auxiliary and an adverb: "Cruz has already won".
    let after_a_name = |i: usize| {
        let perfect = |at: usize| {
            matches!(
                sentence.word(at),
                "has" | "have" | "had" | "already" | "also" | "now" | "just"
            )
        };
        let mut at = i - 1;
        while at > 0 && perfect(at) {
            at -= 1;
        }
        !perfect(at) && tokens[at].text(text).starts_with(char::is_uppercase)
    };
    let passive = |i: usize| matches!(be_before(sentence, i), Some("was" | "were"));
    let dated = !reasons.is_empty();
    (1..sentence.len()).any(|i| {
        let word = sentence.word(i);
        (RESULT_VERBS.contains(&word)
            && (after_a_name(i) || cues::a_score_follows(text, tokens, i)))
            || (word == "elected" && passive(i))
            || (dated && CAREER_PASSIVES.contains(&word) && passive(i))
            || (dated && CAREER_VERBS.contains(&word))
    }) || cues::gives_a_result_by_score(text, sentence, tokens)
        || cues::gives_a_count(sentence, tokens)
        || ((dated || cues::names_a_time_to_come(text, sentence))
            && cues::announces_a_scheduled_act(sentence))
        || cues::schedules_an_act(text, sentence)
}

/// The ordinals an event is counted by among its kind: "the third since January".
pub(super) const COUNTING_ORDINALS: [&str; 9] = [
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];
/// How far after the ordinal the period counted over may begin: "the fourth walkout at the
/// plant this year".
const PERIOD_WITHIN: usize = 5;

/// Whether the sentence counts an event among its kind over a period: a form of "be", "the",
/// one of [`COUNTING_ORDINALS`], and "since" or "this" soon after, "The truce, signed on Oct.
/// 3, was the third since the start of the year", "It is the fourth such strike this year".
/// How many there were is on record, like a result.
fn counts_an_event(sentence: &NormalizedSentence) -> bool {
    (2..sentence.len()).any(|i| {
        COUNTING_ORDINALS.contains(&sentence.word(i))
            && sentence.word(i - 1) == "the"
            && matches!(sentence.word(i - 2), "is" | "was" | "are" | "were")
            && sentence
                .words_after(i, PERIOD_WITHIN)
                .any(|w| matches!(w, "since" | "this"))
    })
}

/// How many kinds of cue other than a date the sentence has.
fn cue_kinds(reasons: &[ClaimReason]) -> usize {
    let mut seen = [false; ReasonKind::ALL.len()];
    for reason in reasons.iter().filter(|r| r.kind != ReasonKind::Date) {
        seen[reason.kind.index()] = true;
    }
    seen.iter().filter(|s| **s).count()
}

static CHECKWORTHY_MODEL: &[u8] = include_bytes!("../../../data/claims/checkworthy.model");

fn checkworthy_model() -> &'static LinearModel {
    static MODEL: OnceLock<LinearModel> = OnceLock::new();
    MODEL.get_or_init(|| {
        LinearModel::from_bytes(CHECKWORTHY_MODEL).expect("data/claims/checkworthy.model is valid")
    })
}

/// Paragraph-local. `sentence` is a span into `text`; `tokens` = text::tokenize(text, sentence).
pub fn score_sentence(
    text: &str,
    sentence: Span,
    tokens: &[Token],
    block: BlockKind,
) -> ClaimScore {
    score_sentence_with(checkworthy_model(), text, sentence, tokens, block)
}

/// [`score_sentence`] with another model (training and evaluation).
pub fn score_sentence_with(
    model: &LinearModel,
    text: &str,
    sentence: Span,
    tokens: &[Token],
    block: BlockKind,
) -> ClaimScore {
    // The tokens are the sentence's; everything below works from them alone.
    debug_assert!(tokens.iter().all(|t| sentence.contains_span(t.span)));
    score_normalized(
        model,
        text,
        &NormalizedSentence::new(text, tokens),
        tokens,
        block,
    )
}

/// [`score_sentence`] and [`find_weasels`] of one sentence, which read the same normalised
/// words: built once, not twice.
pub fn score_sentence_and_find_weasels(
    text: &str,
    sentence: Span,
    tokens: &[Token],
    block: BlockKind,
) -> (ClaimScore, Vec<Weasel>) {
    debug_assert!(tokens.iter().all(|t| sentence.contains_span(t.span)));
    NORMALIZED.with_borrow_mut(|normalized| {
        normalized.refill(text, tokens);
        (
            score_normalized(checkworthy_model(), text, normalized, tokens, block),
            weasel::find_in(text, normalized, tokens),
        )
    })
}

thread_local! {
    /// The sentence being scored, normalised into buffers the next sentence reuses.
    static NORMALIZED: std::cell::RefCell<NormalizedSentence> =
        std::cell::RefCell::new(NormalizedSentence::new("", &[]));
}

fn score_normalized(
    model: &LinearModel,
    text: &str,
    normalized: &NormalizedSentence,
    tokens: &[Token],
    block: BlockKind,
) -> ClaimScore {
    let reasons = cues::find_reasons(text, normalized, tokens);
    let logit = with_features(|features| {
        add_features(text, normalized, tokens, &reasons, features);
        model.logit(features)
    });
    let mut prior = match block {
        BlockKind::Paragraph | BlockKind::ListItem
            if !not_statements::is_not_a_statement(text, normalized, tokens) =>
        {
            0.0
        }
        _ => NOT_PROSE_PRIOR,
    };
    prior += CUE_PRIOR * cue_kinds(&reasons).min(CUE_PRIOR_CAP) as f32;
    if only_states_a_record(text, normalized, tokens, &reasons) {
        prior += RECORD_PRIOR;
    }
    let cues = source_cue::read_cues(text, normalized, tokens);
    ClaimScore {
        score: sigmoid(logit + prior),
        narrated: narrates_an_event(text, normalized, tokens, &reasons, cues.passive)
            || gives_a_margin_of_error(normalized)
            || poll_method::gives_a_poll_method(normalized)
            || poll_method::gives_a_research_method(normalized)
            || poll_method::gives_a_studys_basis(normalized)
            || only_dated(&reasons) && withheld::tells_a_public_act_not_made(normalized)
            || only_figures(&reasons) && court_record::tells_the_court_record(normalized)
            || only_figures(&reasons) && estimate::gives_a_sources_estimate(normalized)
            || reasons.is_empty() && scene::sets_a_scene(normalized)
            || !gives_a_view(&reasons) && measure_terms::states_a_measures_terms(normalized)
            || background::figures_only_in_background(normalized, &reasons)
            || restatement::restates_figures(normalized),
        reasons,
        holder: stance::find_holder(text, normalized),
        document: stance::find_named_document(text, normalized),
        source_cue: cues.cue,
        reported: reported::reported(text, normalized, tokens, &cues),
        writers_own: reported::asserts_in_the_writers_voice(text, normalized, &cues),
        to_the_reader: not_statements::addresses_the_reader(text, normalized)
            || not_statements::poses_a_question(text, normalized),
        says_who_words: says_who::word_logit(normalized),
    }
}

/// The check-worthiness model's input for one sentence (see [`CLAIM_DENSE_FEATURES`]).
pub fn claim_features(text: &str, tokens: &[Token]) -> Features {
    let normalized = NormalizedSentence::new(text, tokens);
    let reasons = cues::find_reasons(text, &normalized, tokens);
    let mut features = Features::with_capacity(2 * tokens.len() + 16);
    add_features(text, &normalized, tokens, &reasons, &mut features);
    features
}

/// Adds the check-worthiness model's input for one sentence to `features`.
fn add_features(
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
    reasons: &[ClaimReason],
    features: &mut Features,
) {
    add_unigrams(sentence, WORD_WEIGHT, features);
    let mut seen = [false; ReasonKind::ALL.len()];
    for reason in reasons {
        seen[reason.kind.index()] = true;
    }
    for (index, _) in seen.iter().enumerate().filter(|(_, seen)| **seen) {
        features.push((dense(index), 1.0));
    }
    if model::is_question(sentence) {
        features.push((dense(QUESTION), 1.0));
    }
    if !model::ends_with_sentence_punctuation(sentence) {
        features.push((dense(NO_FINAL_PUNCTUATION), 1.0));
    }
    add_length(tokens, LENGTH, features);
    // Capitalised words after the first: names of people, places, organisations.
    let capitalized = tokens
        .iter()
        .skip(1)
        .filter(|t| t.text(text).starts_with(char::is_uppercase))
        .count();
    if capitalized >= 1 {
        features.push((dense(CAPITALIZED), 1.0));
    }
    if capitalized >= 3 {
        features.push((dense(CAPITALIZED + 1), 1.0));
    }
    let mut classes = 0u8;
    for i in 0..sentence.len() {
        classes |= sentence.listed[i].claim;
        let word = sentence.word(i);
        if word.len() > 4 && word.ends_with("ed") {
            classes |= PAST_TENSE_CLASS;
        }
        if word.ends_with("n't") {
            classes |= NEGATION_CLASS;
        }
    }
    for (class, (_, index)) in WORD_CLASSES.iter().enumerate() {
        if classes & (1 << class) != 0 {
            features.push((dense(*index), 1.0));
        }
    }
    if reasons.len() >= 3 {
        features.push((dense(MANY_CUES), 1.0));
    }
    let numbers = reasons
        .iter()
        .filter(|r| matches!(r.kind, ReasonKind::Statistic | ReasonKind::Money))
        .count();
    if numbers >= 2 {
        features.push((dense(MANY_NUMBERS), 1.0));
    }
    if sentence.len() > 0 && COURTESIES.contains(&sentence.word(0)) {
        features.push((dense(COURTESY), 1.0));
    }
}

#[cfg(test)]
mod tests;
