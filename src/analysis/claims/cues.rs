//! The cues that make a sentence checkable — "17%", "$5 million", "in 2016", "the largest",
//! "has led", "Moscow must", "increasingly biased", "will" — as spans. They explain a score to
//! the editor and are also features of the check-worthiness model.

use super::lexicon::{parse_list, phrase_lists, NormalizedSentence, Patterns};
use super::{ClaimReason, ReasonKind};
use crate::analysis::Span;
use crate::text::calendar::{is_month, is_month_as_date, WEEKDAYS};
use crate::text::{Token, TokenKind};

const CUE_LIST: &str = include_str!("../../../data/claims/claim_cues.txt");

/// The cue list's phrases as `patterns`: per pattern id, the kind it is listed with.
pub(super) fn cue_kinds(patterns: &mut Patterns) -> Vec<Option<ReasonKind>> {
    let mut kinds: Vec<Option<ReasonKind>> = Vec::new();
    for (kind, phrase) in parse_list(CUE_LIST) {
        let kind = ReasonKind::from_name(kind)
            .unwrap_or_else(|| panic!("claim_cues.txt: unknown kind {kind:?}"));
        // A phrase listed twice keeps the kind listed first.
        let listed = patterns.entry(phrase, &mut kinds);
        *listed = listed.or(Some(kind));
    }
    kinds
}

const YEAR_PREPOSITIONS: [&str; 10] = [
    "in", "since", "by", "from", "until", "till", "of", "before", "after", "circa",
];
const CURRENCY_SYMBOLS: [&str; 5] = ["$", "€", "£", "¥", "₽"];
pub(super) const CURRENCY_WORDS: [&str; 11] = [
    "dollars", "dollar", "euros", "euro", "pounds", "rubles", "roubles", "yuan", "yen", "cents",
    "pence",
];
/// Magnitudes written on to a number: "£2.3bn", "$5m", "€1tn".
const MAGNITUDE_SUFFIXES: [&str; 5] = ["bn", "m", "mn", "tn", "trn"];
const MAGNITUDES: [&str; 8] = [
    "hundred",
    "thousand",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "trillions",
];
/// Words of rounding before a figure: "for roughly 20 minutes", "a city of about 92,000 people",
/// "employs around 14,000 people".
pub(super) const ROUNDING: [&str; 7] = [
    "about",
    "around",
    "some",
    "roughly",
    "nearly",
    "almost",
    "approximately",
];
/// A first- or second-person subject makes "must"/"wants to"/"will" the speaker's own stance
/// or promise, not a claim about what a third party intends or what will happen.
const PERSONAL_SUBJECTS: [&str; 5] = ["i", "we", "you", "i'm", "we're"];
/// "the will of the people" is not a prediction.
const WILL_AS_NOUN_AFTER: [&str; 8] = [
    "the",
    "a",
    "his",
    "her",
    "their",
    "our",
    "political",
    "free",
];

/// "has led" causes something only as "led to …" or "led X to act"; "led the Fed since 2018",
/// "led the polls" is leading. "drove" is a cause's verb but not before where the driving
/// went, "drove to the event", "drove 200 miles". "due to" before a verb schedules, "is due to
/// meet". "killed" and "destroyed" of nobody, "No one was killed", tell a harm that did not
/// happen ([`befalls_nobody`]). Every other causal cue is a cause's anyway.
fn causes_something(sentence: &NormalizedSentence, last: usize) -> bool {
    match sentence.word(last) {
        "killed" | "destroyed" => !befalls_nobody(sentence, last),
        "led" => sentence
            .words_after(last, LED_TO_WITHIN)
            .take_while(|w| w.chars().any(char::is_alphanumeric))
            .any(|w| w == "to"),
        "drove" => !sentence
            .words_after(last, 1)
            .any(|w| DRIVING_WENT.contains(&w) || w.starts_with(|c: char| c.is_ascii_digit())),
        // "is due to meet", "had been due to take a production on tour": a schedule,
        // whatever comes before it, not "due to the storm".
        "to" if last > 0 && sentence.word(last - 1) == "due" => {
            !(scheduled_act_after(sentence, last)
                || sentence
                    .words_after(last, 1)
                    .any(|w| DUE_TO_DO.contains(&w)))
        }
        _ => true,
    }
}

/// The subjects that deny a harm: "No one was killed", "Nobody was hurt", "None of the homes
/// were destroyed", "No buildings were destroyed".
const NOBODY: [&str; 4] = ["no", "nobody", "none", "no-one"];
/// How far before the passive's "was" its denying subject may begin: "None of the homes were".
const NOBODY_WITHIN: usize = 4;

/// Whether the passive at word `last` ("killed" in "No one was killed") has a subject that
/// denies it ([`NOBODY`]): the harm did not happen, and nothing is said to cause it.
fn befalls_nobody(sentence: &NormalizedSentence, last: usize) -> bool {
    let Some(be) = last.checked_sub(1) else {
        return false;
    };
    matches!(sentence.word(be), "was" | "were")
        && (be.saturating_sub(NOBODY_WITHIN)..be).any(|i| NOBODY.contains(&sentence.word(i)))
}

/// Verbs that make "due to" a schedule besides a scheduled act ([`scheduled_act_after`]): "due
/// to be sentenced", "was due to take office", not "due to the storm".
const DUE_TO_DO: [&str; 14] = [
    "be", "have", "take", "go", "come", "make", "give", "leave", "expire", "retire", "end",
    "finish", "complete", "receive",
];

/// How far after "led" the "to" of "led X to act" may come: "has led the former secretary of
/// state to …".
const LED_TO_WITHIN: usize = 8;
/// Where a drive went, "drove to the event", "drove into crowds".
const DRIVING_WENT: [&str; 12] = [
    "to", "from", "into", "by", "through", "across", "past", "off", "home", "back", "around",
    "away",
];

/// Nouns that a comparative before them names rather than compares: "higher ground", "higher
/// education", "the lower house", "a lower court".
const NAMED_BY_A_COMPARATIVE: [&str; 5] = ["ground", "education", "house", "chamber", "court"];

/// What "serious" and "severe" describe officially in police, hospital and accident copy,
/// "serious injuries", "a serious but stable condition", "severe burns": the services' own
/// words, not the writer's judgement.
const OFFICIAL_HARM: [&str; 6] = [
    "injuries",
    "injury",
    "condition",
    "wounds",
    "burns",
    "illness",
];
/// How far after "serious" its noun may come: "serious head injuries", "serious but stable
/// condition".
const HARM_WITHIN: usize = 3;

/// Whether word `at` is "serious" or "severe" describing a harm: an [`OFFICIAL_HARM`] noun
/// within [`HARM_WITHIN`] words, in the same phrase ("a dangerous condition" stays a judgement).
fn describes_a_harm(sentence: &NormalizedSentence, at: usize) -> bool {
    matches!(sentence.word(at), "serious" | "severe")
        && sentence
            .words_after(at, HARM_WITHIN)
            .take_while(|w| w.chars().any(char::is_alphanumeric))
            .any(|w| OFFICIAL_HARM.contains(&w))
}

/// What "major" sorts rather than judges: bodies, places and people of a kind, "major cities",
/// "the two major parties", "a major-party nominee", "at major retailers" (the big ones of the
/// kind, on record); "a major setback" and "major problems" stay judgements. In the labelled
/// sets "major" before these nouns was never what made a sentence a claim.
const SORTED_BY_MAJOR: [&str; 28] = [
    "party",
    "parties",
    "city",
    "cities",
    "town",
    "towns",
    "road",
    "roads",
    "route",
    "routes",
    "airport",
    "airports",
    "retailer",
    "retailers",
    "supermarkets",
    "bank",
    "banks",
    "airline",
    "airlines",
    "company",
    "companies",
    "employers",
    "donor",
    "donors",
    "shareholder",
    "investor",
    "candidates",
    "newspapers",
];

/// Whether word `at` is "major" sorting, not judging: before a [`SORTED_BY_MAJOR`] noun (through
/// a hyphen, "major-party"), or a noun itself before a preposition, "the season-opening major
/// in January" (a championship).
fn major_sorts(sentence: &NormalizedSentence, at: usize) -> bool {
    if sentence.word(at) != "major" {
        return false;
    }
    let next = sentence.get_word(at + 1);
    let next = if next == Some("-") {
        sentence.get_word(at + 2)
    } else {
        next
    };
    next.is_some_and(|w| SORTED_BY_MAJOR.contains(&w) || matches!(w, "in" | "at" | "since"))
}

/// What happens at a stated time after "will", "is due to", "is expected to": an announced
/// schedule, "The funeral will take place on Friday", "is due to be sentenced on Monday",
/// "City will face Arsenal on Saturday", "Train drivers will stage a 24-hour strike on Friday"
/// (and "take her seat", "carry out", read apart). It is on record, not an outcome an editor
/// asks "says who?" of, as of "will rise" or "will lose".
const SCHEDULED_ACTS: [&str; 46] = [
    "hold", "meet", "open", "close", "begin", "start", "resume", "appear", "speak", "premiere",
    "visit", "attend", "travel", "host", "air", "vote", "testify", "address", "debate", "play",
    "face", "announce", "report", "publish", "unveil", "return", "brief", "sign", "launch",
    "release", "present", "rule", "decide", "arrive", "hear", "consider", "discuss", "review",
    "deliver", "sit", "chair", "stage", "strike", "march", "rally", "protest",
];
/// "take place", "take part", "take office".
const TAKEN_PLACES: [&str; 3] = ["place", "part", "office"];
/// Scheduled acts in the passive: "will be held", "is due to be sentenced", "is due to be
/// debated".
const SCHEDULED_PASSIVES: [&str; 22] = [
    "held",
    "inspected",
    "reinspected",
    "reviewed",
    "sentenced",
    "buried",
    "cremated",
    "published",
    "broadcast",
    "shown",
    "screened",
    "streamed",
    "announced",
    "opened",
    "closed",
    "unveiled",
    "sworn",
    "inaugurated",
    "heard",
    "debated",
    "discussed",
    "signed",
];
const BE_FORMS: [&str; 4] = ["is", "are", "was", "were"];
/// Words that name a day without a number: "on Friday", "tomorrow".
const DAYS: [&str; 3] = ["today", "tonight", "tomorrow"];

/// The words before "to" that announce a schedule: "is due to", "is scheduled to".
const SCHEDULED_TO: [&str; 5] = ["due", "scheduled", "set", "expected", "slated"];

/// The words between a form of "be" and "for" that give an event its time: "The next
/// meeting is scheduled for Jan. 27", "A march is planned for Saturday" (and "set", before a
/// time only).
const SCHEDULED_FOR: [&str; 4] = ["scheduled", "slated", "planned", "pencilled"];

/// What goes one way or another, before "in favour of": a vote or a ruling.
const VOTES_AND_RULINGS: [&str; 9] = [
    "voted",
    "votes",
    "vote",
    "voting",
    "dissented",
    "ruled",
    "rules",
    "ruling",
    "found",
];

/// Whether word `last` ends "will" or "due to", "scheduled to" and the like, and the words
/// after it are a [`SCHEDULED_ACTS`] act, perhaps after an adverb ("will also meet"); or
/// ends "is scheduled for" and the like ([`SCHEDULED_FOR`]), which announces its event
/// whatever it is.
fn scheduled_act_after(sentence: &NormalizedSentence, last: usize) -> bool {
    let word = |at: usize| sentence.get_word(at);
    if word(last) == Some("for") && last >= 2 {
        // "is set for a landslide" foresees; "is set for Tuesday" schedules.
        let when = word(last + 1).is_some_and(|w| {
            WEEKDAYS.contains(&w)
                || is_month(w)
                || DAYS.contains(&w)
                || matches!(w, "next" | "later" | "early" | "late" | "mid")
                || w.starts_with(|c: char| c.is_ascii_digit())
        });
        let scheduled = match sentence.word(last - 1) {
            "set" => when,
            w => SCHEDULED_FOR.contains(&w),
        };
        let be = sentence.word(last - 2);
        return scheduled && (BE_FORMS.contains(&be) || be == "been");
    }
    let announces = match word(last) {
        Some("will") => true,
        Some("to") => last > 0 && SCHEDULED_TO.contains(&sentence.word(last - 1)),
        _ => false,
    };
    if !announces {
        return false;
    }
    if is_scheduled_to(sentence, last) {
        return true;
    }
    let mut at = last + 1;
    if word(at).is_some_and(|w| w.ends_with("ly") || matches!(w, "also" | "then" | "now")) {
        at += 1;
    }
    match word(at) {
        // "will take her seat": a member's first sitting.
        Some("take") => {
            word(at + 1).is_some_and(|w| TAKEN_PLACES.contains(&w))
                || word(at + 1).is_some_and(|w| matches!(w, "his" | "her" | "their"))
                    && word(at + 2) == Some("seat")
        }
        // "will carry out monitoring visits".
        Some("carry") => word(at + 1) == Some("out"),
        // "will be held", "will be fully reinspected".
        Some("be") => {
            let adverb = word(at + 1).is_some_and(|w| w.ends_with("ly"));
            word(at + 1 + usize::from(adverb)).is_some_and(|w| SCHEDULED_PASSIVES.contains(&w))
        }
        Some(w) => SCHEDULED_ACTS.contains(&w),
        None => false,
    }
}

/// Whether word `last` ends "is scheduled to" before a verb: the calendar's word, whatever the
/// act ("The board is scheduled to take up the plan again on May 4"); "due to", "set to" and
/// "expected to" also foresee, and keep to [`SCHEDULED_ACTS`].
fn is_scheduled_to(sentence: &NormalizedSentence, last: usize) -> bool {
    last >= 2
        && sentence.word(last - 1) == "scheduled"
        && BE_FORMS.contains(&sentence.word(last - 2))
        && sentence
            .get_word(last + 1)
            .is_some_and(|w| w.chars().all(char::is_alphabetic))
}

/// Money cues that name a sum without stating it, and "spent", which spends time as often as
/// money ("spent a week in hospital"). ("paid" stays a cue alone: "paid no income tax" is a
/// claim about money; CLEF MAP 0.3035 → 0.3001 without it.)
const NAMED_SUMS: [&str; 6] = ["budget", "funding", "spending", "cost", "costs", "spent"];

/// Whether `reason` is a [`NAMED_SUMS`] money cue.
fn names_a_sum(text: &str, reason: &ClaimReason) -> bool {
    reason.kind == ReasonKind::Money
        && NAMED_SUMS
            .iter()
            .any(|sum| reason.span.slice(text).eq_ignore_ascii_case(sum))
}

/// Whether the sentence says when: a date among the number cues found so far ("on Sept.
/// 30"), a weekday, "today", a month as a date ("in March") or a part of one ("at the end of
/// June"), "next week", "next year", "in the coming weeks".
fn names_a_time(text: &str, sentence: &NormalizedSentence, reasons: &[ClaimReason]) -> bool {
    reasons.iter().any(|r| r.kind == ReasonKind::Date)
        || (0..sentence.len()).any(|i| {
            let word = sentence.word(i);
            WEEKDAYS.contains(&word)
                || DAYS.contains(&word)
                || (matches!(word, "week" | "weekend" | "month")
                    && i > 0
                    && matches!(sentence.word(i - 1), "next" | "this"))
                || in_the_coming(sentence, i)
                || a_span_from_now(sentence, i)
                || (matches!(word, "year" | "season") && i > 0 && sentence.word(i - 1) == "next")
                || (is_month(word) && is_month_as_date(text, sentence.spans[i]))
                || part_of_a_month(sentence, i)
        })
}

/// Whether word `i` is a span to come after "coming": "in the coming weeks", "over the coming
/// months".
fn in_the_coming(sentence: &NormalizedSentence, i: usize) -> bool {
    i > 0
        && sentence.word(i - 1) == "coming"
        && matches!(sentence.word(i), "days" | "weeks" | "weekends" | "months")
}

/// Counts of a span of time, for [`a_span_from_now`]: "within six months".
pub(super) const SPAN_COUNTS: [&str; 13] = [
    "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "few",
];

/// Whether word `i` ends a span counted from now: "within 30 months", "after 18 months", "in
/// six weeks", "over the next two years". After "will review" or "will be reinspected", it
/// gives the act its time as a date does.
fn a_span_from_now(sentence: &NormalizedSentence, i: usize) -> bool {
    let unit = sentence.word(i);
    let unit = unit.strip_suffix('s').unwrap_or(unit);
    if i < 2 || !matches!(unit, "day" | "week" | "month" | "year") {
        return false;
    }
    let count = sentence.word(i - 1);
    if !(count.bytes().all(|b| b.is_ascii_digit()) || SPAN_COUNTS.contains(&count)) {
        return false;
    }
    let mut at = i - 2;
    if sentence.word(at) == "next" && at >= 2 && sentence.word(at - 1) == "the" {
        at -= 2;
    }
    matches!(sentence.word(at), "within" | "after" | "in" | "over")
}

/// Whether word `i` is a month after a part of it: "at the end of June", "by the middle of
/// March".
fn part_of_a_month(sentence: &NormalizedSentence, i: usize) -> bool {
    i >= 2
        && is_month(sentence.word(i))
        && sentence.word(i - 1) == "of"
        && matches!(
            sentence.word(i - 2),
            "end" | "start" | "beginning" | "middle"
        )
}

/// The measures whose term is announced with them: "The closures will last until June".
const MEASURES: [&str; 18] = [
    "closure",
    "closures",
    "suspension",
    "ban",
    "restrictions",
    "curfew",
    "scheme",
    "programme",
    "program",
    "freeze",
    "cap",
    "measures",
    "lockdown",
    "moratorium",
    "ceasefire",
    "truce",
    "strike",
    "limits",
];
/// How a measure lasts: "will last", "will run", "will remain in place", "will stay in force".
const LASTS: [&str; 5] = ["last", "run", "remain", "stay", "continue"];
/// How far after "will" the measure's "until" may come: "will remain in force until".
const UNTIL_WITHIN: usize = 5;

/// Whether word `will` is "will" after a [`MEASURES`] noun and before a [`LASTS`] verb that
/// "until" and a time follow: "The closures will last until at least June", "The ban will
/// remain in place until Tuesday". The term is announced with the measure, not foreseen;
/// "The drought will last until June" stays a prediction. `reasons`: the number cues.
fn sets_a_measures_term(
    text: &str,
    sentence: &NormalizedSentence,
    reasons: &[ClaimReason],
    will: usize,
) -> bool {
    let lasts = will > 0
        && sentence.word(will) == "will"
        && MEASURES.contains(&sentence.word(will - 1))
        && sentence
            .get_word(will + 1)
            .is_some_and(|w| LASTS.contains(&w));
    if !lasts {
        return false;
    }
    let until = (will + 2..sentence.len().min(will + 2 + UNTIL_WITHIN))
        .find(|&i| sentence.word(i) == "until");
    let Some(until) = until else {
        return false;
    };
    // "until at least June": a month the calendar does not read as a date after "least".
    let month_at = |at: usize| sentence.get_word(at).is_some_and(is_month);
    month_at(until + 1)
        || sentence.get_word(until + 1) == Some("at")
            && sentence.get_word(until + 2) == Some("least")
            && month_at(until + 3)
        || names_a_time(text, sentence, reasons)
}

/// Whether the sentence gives a measure's term and when it ends ([`sets_a_measures_term`]).
pub(super) fn gives_a_measures_term(
    text: &str,
    sentence: &NormalizedSentence,
    reasons: &[ClaimReason],
) -> bool {
    (0..sentence.len()).any(|will| sets_a_measures_term(text, sentence, reasons, will))
}

/// Whether the sentence announces a [`SCHEDULED_ACTS`] act: "will take place", "is due to
/// meet".
pub(super) fn announces_a_scheduled_act(sentence: &NormalizedSentence) -> bool {
    (0..sentence.len()).any(|i| scheduled_act_after(sentence, i))
}

/// The acts a schedule gives in the present tense: "The sides meet again next month".
const PRESENT_SCHEDULES: [&str; 12] = [
    "meet", "vote", "play", "face", "host", "visit", "travel", "return", "resume", "begin",
    "testify", "debate",
];
/// Words before a bare [`PRESENT_SCHEDULES`] verb that make it no present tense: an infinitive
/// or a modal's ("to meet", "could meet"), a noun ("the vote", "a debate", "their visit").
const NOT_BEFORE_A_PRESENT: [&str; 24] = [
    "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did",
    "does", "do", "not", "the", "a", "an", "his", "her", "its", "their", "our", "this", "that",
];

/// Whether the sentence names a time to come: "next month", "next Tuesday", "tomorrow", "in the coming weeks", a
/// month as a date ("on March 3"; a year, "in 2019", is as often past) or a part of one ("at
/// the end of June").
pub(super) fn names_a_time_to_come(text: &str, sentence: &NormalizedSentence) -> bool {
    (0..sentence.len()).any(|i| {
        let word = sentence.word(i);
        word == "tomorrow"
            || in_the_coming(sentence, i)
            || (i > 0
                && sentence.word(i - 1) == "next"
                && (matches!(word, "week" | "weekend" | "month" | "year" | "season")
                    || WEEKDAYS.contains(&word)))
            || (is_month(word) && is_month_as_date(text, sentence.spans[i]))
            || part_of_a_month(sentence, i)
    })
}

/// Whether the sentence gives a schedule in the present tense, a [`PRESENT_SCHEDULES`] act
/// after its subject with a time to come: "The two sides meet again next month", "The council
/// votes on the plan on March 3". It is announced, like "will take place on Friday"; a
/// prediction, "will win", "is expected to", keeps its cue.
pub(super) fn schedules_an_act(text: &str, sentence: &NormalizedSentence) -> bool {
    names_a_time_to_come(text, sentence)
        && (1..sentence.len()).any(|i| {
            let word = sentence.word(i);
            let act = word.strip_suffix('s').unwrap_or(word);
            let before = sentence.word(i - 1);
            PRESENT_SCHEDULES.contains(&act)
                && !NOT_BEFORE_A_PRESENT.contains(&before)
                && before.chars().all(char::is_alphabetic)
        })
}

/// "Polls have closed", "polls open at 7 a.m.", "voters went to the polls": the polling
/// stations and the vote, not a survey's figures.
fn polls_as_the_vote(sentence: &NormalizedSentence, index: usize) -> bool {
    matches!(sentence.word(index), "poll" | "polls")
        && (sentence.get_word(index + 1).is_some_and(|w| {
            let w = (sentence.get_word(index + 2))
                .filter(|_| matches!(w, "have" | "had" | "will" | "are" | "were"))
                .unwrap_or(w);
            OPENING_AND_CLOSING.contains(&w)
        }) || index >= 2
            && sentence.word(index - 1) == "the"
            && matches!(sentence.word(index - 2), "to" | "at")
            // "according to the polls", "a look at the polls": the surveys.
            && !(index.checked_sub(3)).is_some_and(|i| {
                matches!(
                    sentence.word(i),
                    "according" | "look" | "looks" | "looked" | "looking"
                )
            }))
}

/// What polling stations do.
const OPENING_AND_CLOSING: &[&str] = &[
    "open", "opens", "opened", "opening", "close", "closes", "closed", "closing",
];

/// Every cue in the sentence, in source order; a cue inside a longer one is dropped.
pub(crate) fn find_reasons(
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
) -> Vec<ClaimReason> {
    let mut reasons = Vec::new();
    let mut counts = Vec::new();
    number_cues(text, sentence, tokens, &mut reasons, &mut counts);
    // Whether the sentence says when is read from its number cues, and only for a schedule.
    let numbered = reasons.len();
    let lists = phrase_lists();
    for found in sentence.leftmost_longest(|pattern| lists.cue_kind(pattern)) {
        let previous = found.first.checked_sub(1).map(|i| sentence.word(i));
        let skip = match found.kind {
            ReasonKind::Intent => previous.is_some_and(|w| PERSONAL_SUBJECTS.contains(&w)),
            ReasonKind::Prediction => {
                previous.is_some_and(|w| {
                    PERSONAL_SUBJECTS.contains(&w)
                        || (sentence.word(found.first) == "will" && WILL_AS_NOUN_AFTER.contains(&w))
                }) || (scheduled_act_after(sentence, found.last)
                    && names_a_time(text, sentence, &reasons[..numbered]))
                    // "The closures will last until June": the term announced with a measure.
                    || sets_a_measures_term(text, sentence, &reasons[..numbered], found.first)
                    // "will take place next year", "will carry out checks in the coming
                    // weeks": the time of an act announced.
                    || ((sentence.word(found.first) == "next"
                        || in_the_coming(sentence, found.last + 1))
                        && announces_a_scheduled_act(sentence))
            }
            // "the first half", "a second-half goal", "half-time", "the half-hour mark": a
            // period or a time, not a share;
            // "the majority leader", "the House majority whip": a post.
            // "used to survey the slope", "to poll voters": the verb, no survey's figure.
            ReasonKind::Statistic => {
                previous == Some("to") && matches!(sentence.word(found.first), "survey" | "poll")
                    || polls_as_the_vote(sentence, found.first)
                    || keeps_a_majority(sentence, found.first)
                    || sentence.word(found.last) == "majority"
                        && matches!(
                            sentence.get_word(found.last + 1),
                            Some("leader" | "leaders" | "whip")
                        )
                    || is_a_half_of_play(sentence, found.first)
                    || is_an_ordinal(sentence, found.first, found.last)
                    || sentence.word(found.first) == "half"
                        && sentence.get_word(found.last + 1) == Some("-")
                        && matches!(sentence.get_word(found.last + 2), Some("time" | "hour"))
            }
            // "higher ground", "the lower house": a place or a body, no comparison.
            // "the cheaper option", "a larger share": which one, no comparison stated (a
            // sentence with "than" states one). "Rain fell": a movement.
            ReasonKind::Comparative => {
                found.first == found.last && is_a_movement(sentence, found.first)
                    || found.first == found.last
                        && (found.last + 1 < sentence.len())
                        && (NAMED_BY_A_COMPARATIVE.contains(&sentence.word(found.last + 1))
                            || matches!(previous, Some("the" | "a" | "an"))
                                && sentence.word(found.last).ends_with("er")
                                && sentence
                                    .word(found.last + 1)
                                    .starts_with(char::is_alphabetic)
                                && !(0..sentence.len()).any(|i| sentence.word(i) == "than"))
            }
            // "The most recent, Mark Fenwick, took up his post": which one, in time, no
            // superlative claim.
            ReasonKind::Superlative => {
                sentence.word(found.last) == "most"
                    && matches!(
                        sentence.get_word(found.last + 1),
                        Some("recent" | "recently")
                    )
                    // "no sign yet of": "yet" makes a superlative only after one, "the
                    // clearest sign yet".
                    || sentence.word(found.last) == "yet"
                        && !found
                            .first
                            .checked_sub(1)
                            .is_some_and(|i| sentence.word(i).ends_with("est"))
            }
            // "serious injuries": the services' description; "major cities": a kind. "voted in
            // favour of", "ruled in favor of": which way a vote or a ruling went, not a bias.
            ReasonKind::Evaluative => {
                found.first == found.last
                    && (describes_a_harm(sentence, found.last) || major_sorts(sentence, found.last))
                    || sentence.word(found.first) == "in"
                        && previous.is_some_and(|w| VOTES_AND_RULINGS.contains(&w))
            }
            ReasonKind::Causal => !causes_something(sentence, found.last),
            _ => false,
        };
        if !skip {
            reasons.push(ClaimReason {
                kind: found.kind,
                span: found.span,
            });
        }
    }
    ratios_in_words(sentence, tokens, &mut reasons);
    for index in 0..sentence.len() {
        let word = sentence.word(index);
        if word.ends_with("'ll") && !matches!(word, "i'll" | "we'll" | "you'll") {
            reasons.push(ClaimReason {
                kind: ReasonKind::Prediction,
                span: sentence.spans[index],
            });
        }
    }
    // "the budget", "funding for schools", "The Budget will be published": a sum named but not
    // stated is no claim about money; with an amount or a share beside it, it says what the
    // amount is of.
    let states_an_amount = reasons.iter().any(|r| {
        matches!(r.kind, ReasonKind::Statistic | ReasonKind::Money) && !names_a_sum(text, r)
    });
    if !states_an_amount {
        reasons.retain(|r| !names_a_sum(text, r));
    }
    // "percent" in "69 percent of the vote" is the count's.
    reasons.retain(|r| !counts.iter().any(|c: &Span| c.contains_span(r.span)));
    reasons.sort_by_key(|r| (r.span.start, std::cmp::Reverse(r.span.end)));
    // Sorted by start, longest first: a cue lies inside an earlier one exactly when it ends
    // no later than the furthest end so far. (Linear, even for a 1 MB table of numbers.)
    let mut furthest_end = 0;
    reasons.retain(|reason| {
        let inside = reason.span.end <= furthest_end;
        furthest_end = furthest_end.max(reason.span.end);
        !inside
    });
    reasons
}

/// Numbers written as words that a ratio counts with: "one in five", "three out of four".
const NUMBER_WORDS: [&str; 10] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// A ratio written in words, "About one in five unvaccinated people … are hospitalized",
/// "fewer than one in eight applicants", "three out of four": a statistic as much as "20%".
/// The second term may be a figure, "nine in 10" (whose "10" is a statistic of its own, the
/// ratio's span taking it in). Not "one in the morning", "ranked one in a field": the second
/// term must count.
fn ratios_in_words(sentence: &NormalizedSentence, tokens: &[Token], out: &mut Vec<ClaimReason>) {
    let counts = |at: usize| {
        sentence
            .get_word(at)
            .is_some_and(|w| NUMBER_WORDS.contains(&w) || w == "every")
            // "nine in 10", not "the one in 2016": a year is no term of a ratio.
            || tokens.get(at).is_some_and(|t| t.kind == TokenKind::Number)
                && sentence.word(at).len() <= 3
    };
    for first in 0..sentence.len() {
        if !NUMBER_WORDS.contains(&sentence.word(first)) {
            continue;
        }
        let second = match sentence.get_word(first + 1) {
            Some("in") => first + 2,
            Some("out") if sentence.get_word(first + 2) == Some("of") => first + 3,
            _ => continue,
        };
        if counts(second) {
            // "one in every five": the term after "every".
            let last = if sentence.word(second) == "every" {
                second + 1
            } else {
                second
            };
            if counts(last) && last < sentence.len() {
                out.push(reason(sentence, ReasonKind::Statistic, first, last));
            }
        }
    }
}

/// Numbers: years and day-month dates, amounts of money, percentages and other quantities.
/// Identifiers ("No. 229"), ordinals ("21st") and list markers ("1." opening a line) are not,
/// nor a share of the vote in a count's result, whose span goes to `counts`.
fn number_cues(
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
    out: &mut Vec<ClaimReason>,
    counts: &mut Vec<Span>,
) {
    let word = |i: usize| sentence.word(i);
    let n = sentence.len();
    for i in 0..n {
        if tokens[i].kind != TokenKind::Number {
            continue;
        }
        let number = word(i);
        let previous = i.checked_sub(1).map(word);
        let next = (i + 1 < n).then(|| word(i + 1));
        // "10:30", "at 7 p.m.": when, in a narrated day.
        let clock_time =
            (next == Some(":") && i + 2 < n && tokens[i + 2].kind == TokenKind::Number)
                || (previous == Some(":") && i >= 2 && tokens[i - 2].kind == TokenKind::Number)
                || next.is_some_and(|w| matches!(w.trim_end_matches('.'), "a.m" | "p.m"));
        // "after 12 minutes", "for roughly 20 minutes", "a 45-minute meeting", "eight minutes
        // later": when, in a narrated day, not a figure someone must vouch for (a rate is one:
        // "every 72 minutes").
        let unrounded = match previous {
            Some(w) if ROUNDING.contains(&w) => i.checked_sub(2).map(word),
            _ => previous,
        };
        let minutes = match next {
            Some("-") => sentence.get_word(i + 2) == Some("minute"),
            Some("minutes") => {
                matches!(unrounded, Some("after" | "on" | "for" | "within"))
                    || sentence.get_word(i + 2) == Some("later")
            }
            _ => false,
        };
        // "within 30 months", "after 18 months": a time from now, not a figure ("in four
        // years", "over the next ten years" stay one: in debates they time a promise's figures).
        let span_from_now = i + 1 < n
            && a_span_from_now(sentence, i + 1)
            && matches!(previous, Some("within" | "after"));
        // "curled a free-kick in from 25 yards": where a shot was taken, in narrated play.
        let range = previous == Some("from") && matches!(next, Some("yards" | "metres" | "meters"));
        // "Jan. 27-28", "3-4 March": the other end of a range of days is part of its date.
        let dash = |w: Option<&str>| matches!(w, Some("-" | "–"));
        let number_at = |at: usize| tokens.get(at).is_some_and(|t| t.kind == TokenKind::Number);
        let day_range = (dash(previous) && i >= 3 && number_at(i - 2) && is_month(word(i - 3)))
            || (dash(next) && number_at(i + 2) && sentence.get_word(i + 3).is_some_and(is_month));
        if matches!(previous, Some("no." | "#" | "number" | "nos."))
            || (i == 0 && matches!(next, Some("." | ")")))
            || clock_time
            || minutes
            || span_from_now
            || range
            || day_range
            || is_an_age(text, sentence, tokens, i)
            || is_a_height(text, sentence, tokens, i)
            || is_a_size(text, sentence, tokens, i)
            || is_a_street_block(sentence, i)
            || is_a_phone_number(text, tokens, i)
            || is_a_population(sentence, i, unrounded)
        {
            continue;
        }
        let digits_only = number.chars().all(|c| c.is_ascii_digit());
        if let Some(decade) = number.strip_suffix('s') {
            // "1990s"
            if decade.len() == 4 && decade.chars().all(|c| c.is_ascii_digit()) {
                out.push(reason(sentence, ReasonKind::Date, i, i));
            }
            continue;
        }
        // "£2.3bn", "$5m", "1.2bn people": a number with its magnitude written on ("m" only
        // after a currency symbol: "the 100m final" is a race).
        let after_currency = previous.is_some_and(|w| CURRENCY_SYMBOLS.contains(&w));
        let magnitude_written_on = MAGNITUDE_SUFFIXES.iter().any(|suffix| {
            (after_currency || *suffix != "m")
                && number.strip_suffix(suffix).is_some_and(|n| {
                    n.chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
                })
        });
        if number.chars().any(char::is_alphabetic) && !magnitude_written_on {
            continue;
        }
        // 1800–2100 is a year anywhere; an older one after "in 1702", "since 1066" and the like.
        let is_year = digits_only
            && number.len() == 4
            && number.parse::<u16>().is_ok_and(|y| {
                (1800..=2100).contains(&y)
                    || (1000..1800).contains(&y)
                        && previous.is_some_and(|w| YEAR_PREPOSITIONS.contains(&w))
            });
        let after_month = previous.is_some_and(is_month);
        let before_month = next.is_some_and(is_month);
        if is_year || after_month || before_month {
            let mut first = i;
            // "March 31, 2023": cover the month and day before a year.
            while first > 0 && i - first < 3 {
                let w = word(first - 1);
                if is_month(w)
                    || w == ","
                    || (tokens[first - 1].kind == TokenKind::Number && w.len() <= 2)
                {
                    first -= 1;
                } else {
                    break;
                }
            }
            // "MOSCOW, March 31": the comma before the month is not part of the date.
            while word(first) == "," {
                first += 1;
            }
            let last = if before_month { i + 1 } else { i };
            out.push(reason(sentence, ReasonKind::Date, first, last));
            continue;
        }
        let counts_something = next.is_some_and(|w| {
            MAGNITUDES.contains(&w) || CURRENCY_WORDS.contains(&w) || matches!(w, "%" | "percent")
        });
        if !counts_something
            && (names_with(text, tokens, i)
                || in_a_score(text, tokens, i)
                || previous.is_some_and(|w| LABELLING_NOUNS.contains(&w)))
        {
            continue;
        }
        let mut kind = ReasonKind::Statistic;
        let mut first = i;
        if after_currency {
            kind = ReasonKind::Money;
            first = i - 1;
        }
        let mut last = i;
        while last + 1 < n {
            let w = word(last + 1);
            if MAGNITUDES.contains(&w) || w == "%" || w == "percent" {
                last += 1;
            } else if w == "per" && last + 2 < n && word(last + 2) == "cent" {
                // British "64 per cent".
                last += 2;
            } else if CURRENCY_WORDS.contains(&w) {
                kind = ReasonKind::Money;
                last += 1;
            } else {
                break;
            }
        }
        if kind == ReasonKind::Statistic {
            if let Some((start, end)) = counts_the_vote(sentence, first, last) {
                counts.push(reason(sentence, kind, start, end).span);
                continue;
            }
            if let Some(end) = closes_a_market(sentence, first, last) {
                counts.push(reason(sentence, kind, first, end).span);
                continue;
            }
        }
        out.push(reason(sentence, kind, first, last));
    }
}

/// The verbs of a count's result: "took 57 percent of the vote", "won by 412 votes", "defeating
/// the incumbent by 9,000 votes", a place in it, "came third with 8,960 votes".
const COUNT_RESULTS: [&str; 20] = [
    "came",
    "finished",
    "finishing",
    "won",
    "winning",
    "took",
    "taking",
    "received",
    "receiving",
    "polled",
    "secured",
    "claimed",
    "claiming",
    "earned",
    "earning",
    "passed",
    "defeated",
    "defeating",
    "beat",
    "beating",
];
/// How far before the figure its result verb may come: "won the district with 35 percent".
const COUNT_RESULT_WITHIN: usize = 6;

/// Where the count begins and ends when the figure at words `first..=last` is a candidate's
/// share of the vote or a runner-up's after it, or seats, after a verb of the count's result, a
/// candidate's total and the winner's margin after it, a margin in votes, or the turnout:
/// "Sanders received 69 percent of the vote to Clinton's 31 percent", "winning seven of the 11
/// seats", "took 18,402 votes, 3,117 more than Ardley", "won the seat by more than 412 votes"
/// (the margin's "more than" is the count's, no comparison), "Turnout was 38%". The count is
/// on record, like a match's score; a share in a poll, "would get 15 percent of the vote",
/// names no result.
fn counts_the_vote(
    sentence: &NormalizedSentence,
    first: usize,
    last: usize,
) -> Option<(usize, usize)> {
    let word = |at: usize| sentence.get_word(at);
    let votes = |at: usize| matches!(word(at), Some("vote" | "votes"));
    // "Turnout was 38%, down from 45%": the count's own figure, and the last one's.
    let told = if first >= 2 && word(first - 1) == Some("from") {
        first - 2
    } else {
        first
    };
    if (told.saturating_sub(COUNT_RESULT_WITHIN)..told).any(|at| sentence.word(at) == "turnout") {
        return Some((first, last));
    }
    // "took 18,402 votes, 3,117 more than Ardley": the winner's margin after the total.
    let after_a_total = first >= 2 && word(first - 1) == Some(",") && votes(first - 2);
    if after_a_total
        && matches!(word(last + 1), Some("more" | "fewer"))
        && word(last + 2) == Some("than")
    {
        return counts_after_a_result(sentence, first - 2, COUNT_RESULT_WITHIN)
            .then_some((first, last + 2));
    }
    if word(last + 1) == Some("seats") {
        return counts_after_a_result(sentence, first, COUNT_RESULT_WITHIN)
            .then_some((first, last));
    }
    if votes(last + 1) {
        let mut start = first;
        while start > 0 && MARGIN_APPROXIMATIONS.contains(&sentence.word(start - 1)) {
            start -= 1;
        }
        // A margin, "won by 412 votes", or a candidate's total, "took 18,402 votes".
        let counted = if start > 0 && sentence.word(start - 1) == "by" {
            counts_after_a_result(sentence, start, MARGIN_RESULT_WITHIN)
        } else {
            counts_after_a_result(sentence, start, COUNT_RESULT_WITHIN)
        };
        return counted.then_some((start, last));
    }
    let of_the_vote =
        word(last + 1) == Some("of") && word(last + 2) == Some("the") && votes(last + 3);
    // "… of the vote to Ortiz's 41%": the share's "vote" just before.
    let runner_up = (first.saturating_sub(RUNNER_UP_WITHIN)..first)
        .find(|&at| at > 0 && word(at) == Some("to") && votes(at - 1));
    let counted = match runner_up {
        Some(to) => to - 1,
        None if of_the_vote => first,
        None => return None,
    };
    counts_after_a_result(sentence, counted, COUNT_RESULT_WITHIN).then_some((first, last))
}

/// Whether a [`COUNT_RESULTS`] verb comes at most `within` words before word `at`.
fn counts_after_a_result(sentence: &NormalizedSentence, at: usize, within: usize) -> bool {
    (at.saturating_sub(within)..at).any(|i| COUNT_RESULTS.contains(&sentence.word(i)))
}

/// How far before a margin its result verb may come: "defeating the incumbent, Daniel Ortiz, by
/// 9,000 votes" (a lead in a running count, "leads by 2.4 million votes", is no result).
const MARGIN_RESULT_WITHIN: usize = 10;

/// The words of a margin's rounding: "by more than 9,000 votes", "by just 12 votes".
const MARGIN_APPROXIMATIONS: [&str; 9] = [
    "more", "fewer", "less", "than", "nearly", "almost", "about", "just", "only",
];

/// Whether the sentence gives a count's result by a share of the vote, seats, a margin in votes,
/// the turnout ([`counts_the_vote`]) or a majority kept ([`keeps_a_majority`]): the election
/// took place, and its count is its result; or a market's close ([`closes_a_market`]).
pub(super) fn gives_a_count(sentence: &NormalizedSentence, tokens: &[Token]) -> bool {
    (0..sentence.len()).any(|i| {
        let mut last = i;
        while matches!(sentence.get_word(last + 1), Some("%" | "percent")) {
            last += 1;
        }
        (tokens[i].kind == TokenKind::Number
            && (counts_the_vote(sentence, i, last).is_some()
                || closes_a_market(sentence, i, last).is_some()))
            || keeps_a_majority(sentence, i)
    })
}

/// The verbs of a market's close: "closed 3% higher", "ended the day down 1.2%".
const MARKET_CLOSES: [&str; 6] = ["closed", "closes", "ended", "ends", "finished", "finishes"];
/// What a market's close is of: "Shares in Acme closed", "The FTSE 100 ended".
const MARKETS: [&str; 11] = [
    "shares", "stocks", "index", "ftse", "dow", "nasdaq", "nikkei", "dax", "pound", "sterling",
    "dollar",
];
/// How far before the figure the close's verb may come, and its market before the verb.
const MARKET_CLOSE_WITHIN: usize = 4;

/// Where the close ends when the figure at words `first..=last` is a market's close after its
/// verb: "Shares in Acme closed 3% higher" (to "higher", no comparison), "The FTSE 100 ended the
/// day down 1.2%". The close is public market data, like a count's result; why it moved,
/// "because investors expect …", keeps its cue.
fn closes_a_market(sentence: &NormalizedSentence, first: usize, last: usize) -> Option<usize> {
    let verb = (first.saturating_sub(MARKET_CLOSE_WITHIN)..first)
        .find(|&at| MARKET_CLOSES.contains(&sentence.word(at)))?;
    (verb.saturating_sub(MARKET_CLOSE_WITHIN)..verb)
        .any(|at| MARKETS.contains(&sentence.word(at)))
        .then(|| match sentence.get_word(last + 1) {
            Some("higher" | "lower" | "up" | "down") => last + 1,
            _ => last,
        })
}

/// The verbs that keep or lose a majority: "kept their majority", "lost its majority".
const MAJORITY_RESULTS: [&str; 6] = ["kept", "keeping", "retained", "retaining", "lost", "losing"];

/// Whether word `i` is "half" as a half of play: "the first half", "a second-half goal".
pub(super) fn is_a_half_of_play(sentence: &NormalizedSentence, i: usize) -> bool {
    let before = |back: usize| i.checked_sub(back).map(|at| sentence.word(at));
    let period = |w: Option<&str>| matches!(w, Some("first" | "second"));
    sentence.word(i) == "half" && (period(before(1)) || before(1) == Some("-") && period(before(2)))
}

/// Verbs of rising and falling that also tell of a body or the weather moving.
const MOVEMENT_VERBS: &[&str] = &[
    "rose", "risen", "rising", "fell", "fallen", "falling", "grew", "grown", "dropped",
];
/// Subjects that rise or fall in space, not in number: "heavy rain fell", "night fell" (a
/// person's pronoun says nothing: "she rose to speak", "we grew the economy").
const MOVING_SUBJECTS: &[&str] = &[
    "rain", "snow", "hail", "night", "darkness", "silence", "sun", "moon", "smoke", "curtain",
];
/// Words after the verb that make it a movement or a change of state: "fell ill", "grew up",
/// "dropped out".
const MOVEMENT_AFTER: &[&str] = &[
    "ill", "asleep", "off", "victim", "silent", "pregnant", "up", "out",
];
/// Words that open the object of "dropped" as a transitive verb: "dropped the charges".
const DROPPED_OBJECT: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "charges"];

/// Whether word `i`, a verb of rising or falling, tells of something moving rather than a
/// change in an amount: "Heavy rain fell across the county", "he fell ill", "grew up in Leeds",
/// "dropped the charges" (not "prices fell", "sales grew 4%", "fell the most since 2008").
fn is_a_movement(sentence: &NormalizedSentence, i: usize) -> bool {
    let verb = sentence.word(i);
    let before = i.checked_sub(1).map(|at| sentence.word(at));
    let after = sentence.get_word(i + 1).unwrap_or_default();
    MOVEMENT_VERBS.contains(&verb)
        && (before.is_some_and(|w| MOVING_SUBJECTS.contains(&w))
            || MOVEMENT_AFTER.contains(&after)
            || verb == "dropped" && DROPPED_OBJECT.contains(&after))
}

/// Whether "a third" (words `first..=last`) is an ordinal before its noun, "a third time",
/// "a third term", and not a share ("a third of", "a third more", "fell by a third").
fn is_an_ordinal(sentence: &NormalizedSentence, first: usize, last: usize) -> bool {
    let share_after = |w: &str| {
        matches!(
            w,
            "of" | "more"
                | "less"
                | "fewer"
                | "higher"
                | "lower"
                | "larger"
                | "smaller"
                | "bigger"
                | "greater"
                | "cheaper"
                | "longer"
                | "shorter"
        )
    };
    sentence.word(first) == "a"
        && sentence.word(last) == "third"
        && sentence
            .get_word(last + 1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()) && !share_after(w))
}

/// Whether word `at` is a majority a party won, kept or lost, "the Democrats kept their
/// majority", "won an overall majority": a count's result, on record (not "a majority of
/// voters", a share someone must vouch for).
fn keeps_a_majority(sentence: &NormalizedSentence, at: usize) -> bool {
    let word = |i: usize| sentence.get_word(i);
    matches!(word(at), Some("majority" | "majorities"))
        && word(at + 1) != Some("of")
        && (at.saturating_sub(3)..at).any(|verb| {
            (COUNT_RESULTS.contains(&sentence.word(verb))
                || MAJORITY_RESULTS.contains(&sentence.word(verb)))
                && matches!(
                    word(verb + 1),
                    Some("a" | "an" | "its" | "their" | "his" | "her" | "the")
                )
        })
}

/// How far after "of the vote to" the runner-up's share may come: "to Mr Ortiz's 41%".
const RUNNER_UP_WITHIN: usize = 5;

/// Whether number `i` is one of the two figures of a height in feet and inches, "5-foot-11":
/// how someone looks, on record like an age.
fn is_a_height(text: &str, sentence: &NormalizedSentence, tokens: &[Token], i: usize) -> bool {
    let height_from = |first: usize| {
        first + 4 < tokens.len()
            && tokens[first].kind == TokenKind::Number
            && joined_by_dash(text, tokens, first + 1)
            && matches!(sentence.word(first + 2), "foot" | "feet")
            && joined_by_dash(text, tokens, first + 3)
            && tokens[first + 4].kind == TokenKind::Number
    };
    height_from(i) || i >= 4 && height_from(i - 4)
}

/// Units a thing's size is given in, joined to its figure before the thing: "a 60-metre cable".
const SIZE_UNITS: [&str; 14] = [
    "metre",
    "meter",
    "foot",
    "inch",
    "yard",
    "mile",
    "kilometre",
    "kilometer",
    "km",
    "acre",
    "hectare",
    "tonne",
    "ton",
    "storey",
];

/// Whether number `i` gives the size of a thing it describes, after an article and joined by
/// a dash to its unit: "lowered a rescuer on a 60-metre cable", "the 275-acre golf club",
/// "a 6-foot cardboard cutout". What the thing is, told as its name is, not a figure someone
/// must vouch for: "the cable was 60 metres long" stays a statistic.
fn is_a_size(text: &str, sentence: &NormalizedSentence, tokens: &[Token], i: usize) -> bool {
    i > 0
        && i + 2 < tokens.len()
        && matches!(sentence.word(i - 1), "a" | "an" | "the")
        && joined_by_dash(text, tokens, i + 1)
        && SIZE_UNITS.contains(&sentence.word(i + 2))
}

/// Whether number `i` is someone's age, which is on record like a name, not a statistic:
/// "Smith, 54, said" (in apposition), "Hale, who was 84," "aged 84" (not "aged 18 to 24", a
/// range of ages), "at the age of 84", "died at 84", "a 23-year-old man".
fn is_an_age(text: &str, sentence: &NormalizedSentence, tokens: &[Token], i: usize) -> bool {
    let word = |at: usize| sentence.get_word(at);
    let before = |back: usize| i.checked_sub(back).and_then(word);
    let next = word(i + 1);
    let in_apposition = before(1) == Some(",")
        && matches!(next, Some("," | "—" | "―"))
        && sentence.word(i).len() <= 3
        && i >= 2
        && tokens[i - 2].text(text).starts_with(char::is_uppercase);
    let a_range = matches!(next, Some("to" | "and" | "-" | "–"));
    let years_old = i + 1 < tokens.len()
        && joined_by_dash(text, tokens, i + 1)
        && word(i + 2) == Some("year")
        && word(i + 4) == Some("old");
    let in_a_relative_clause = matches!(before(1), Some("was" | "is"))
        && before(2) == Some("who")
        && matches!(next, Some("," | "."));
    in_apposition
        || in_a_relative_clause
        || years_old
        || (before(1) == Some("aged") && !a_range)
        || (before(1) == Some("of") && before(2) == Some("age"))
        || (before(1) == Some("at") && matches!(before(2), Some("died" | "dies" | "dead")))
}

/// Whether number `i` places an address on its street, "of the 400 block of Larkspur Lane", as
/// US police and court copy does: where someone lives, not a count.
fn is_a_street_block(sentence: &NormalizedSentence, i: usize) -> bool {
    i >= 1
        && sentence.word(i - 1) == "the"
        && sentence.get_word(i + 1) == Some("block")
        && sentence.get_word(i + 2) == Some("of")
}

/// How many tokens either side of a figure a telephone number may run to: "+44 (0) 20 7946 0000".
const PHONE_TOKENS: usize = 12;
/// How many digits a telephone number with its area code has: "319-555-0199" has 10,
/// "+44 20 7946 0000" 12. A date written with dashes or dots, "12.03.2021", has 8 at most.
const PHONE_NUMBER_DIGITS: std::ops::RangeInclusive<usize> = 9..=15;
/// How many groups of digits a telephone number has at least: "1-800-555-0143" has 4.
const PHONE_GROUPS: usize = 3;

/// Whether number `i` is a group of a telephone number, "call 1-800-555-0143", "(555)
/// 010-2030", "+44 20 7946 0000": where to call, no figure anyone must vouch for. Groups are
/// joined by a dash or a dot, or by a space in a number that opens with "+", "(" or a trunk
/// "0" (a row of figures in a table, "2019 2020 2021", opens with none of them).
fn is_a_phone_number(text: &str, tokens: &[Token], i: usize) -> bool {
    let part = |at: usize| {
        let token = tokens[at];
        let word = token.text(text);
        match token.kind {
            TokenKind::Number => word.chars().all(|c| c.is_ascii_digit() || c == '.'),
            TokenKind::Punct => matches!(word, "-" | "." | "(" | ")" | "+"),
            TokenKind::Word => false,
        }
    };
    // What stands between token `at - 1` and token `at`.
    let gap = |at: usize| {
        text.get(tokens[at - 1].span.end..tokens[at].span.start)
            .unwrap_or("?")
    };
    let joined = |at: usize| matches!(gap(at), "" | " ");
    let mut first = i;
    while first > 0 && i - first < PHONE_TOKENS && part(first - 1) && joined(first) {
        first -= 1;
    }
    let mut last = i;
    while last + 1 < tokens.len() && last - i < PHONE_TOKENS && part(last + 1) && joined(last + 1) {
        last += 1;
    }
    let opening = tokens[first].text(text);
    let spaced = matches!(opening, "+" | "(") || opening.starts_with('0');
    if !spaced && (first + 1..=last).any(|at| !gap(at).is_empty()) {
        return false;
    }
    let groups = tokens[first..=last]
        .iter()
        .filter(|t| t.kind == TokenKind::Number)
        .flat_map(|t| t.text(text).split('.'))
        .filter(|group| !group.is_empty());
    let (count, digits) = groups.fold((0, 0), |(count, digits), group| {
        (count + 1, digits + group.len())
    });
    count >= PHONE_GROUPS && PHONE_NUMBER_DIGITS.contains(&digits)
}

/// Places whose population may be given in apposition: "the city of about 92,000 people".
const POPULATED_PLACES: [&str; 12] = [
    "city",
    "town",
    "village",
    "county",
    "country",
    "nation",
    "state",
    "island",
    "province",
    "region",
    "community",
    "suburb",
];
/// Who a place's population counts.
const INHABITANTS: [&str; 4] = ["people", "residents", "inhabitants", "souls"];

/// Whether number `i`, perhaps after a word of [`ROUNDING`] (`unrounded` is the word before
/// that), gives a place's size in apposition, "The storm hit the city of about 92,000 people",
/// "a village of 300 residents": the census's figure that tells the reader what kind of place
/// it is, no claim of the story's (a count of people in the story, "92,000 people were
/// evacuated", stays one).
fn is_a_population(sentence: &NormalizedSentence, i: usize, unrounded: Option<&str>) -> bool {
    let rounded = usize::from(i >= 1 && ROUNDING.contains(&sentence.word(i - 1)));
    unrounded == Some("of")
        && (i.checked_sub(2 + rounded))
            .is_some_and(|at| POPULATED_PLACES.contains(&sentence.word(at)))
        && sentence
            .get_word(i + 1)
            .is_some_and(|w| INHABITANTS.contains(&w))
}

/// Whether number `i` is part of a name: after a capitalised word inside the sentence, "the
/// S&P 500", "Boeing 737", "Apollo 11", or joined to one by a hyphen, "Catch-22", "Covid-19".
/// The sentence's first word may be any word ("About 500 people", "(About 46 detainees"):
/// only a word in capitals counts there, "FTSE 100".
fn names_with(text: &str, tokens: &[Token], i: usize) -> bool {
    let name_word = |at: usize| {
        let word = tokens[at].text(text);
        let opens = tokens[..at].iter().all(|t| t.kind == TokenKind::Punct);
        tokens[at].kind == TokenKind::Word
            && word.starts_with(char::is_uppercase)
            && (!opens || word.chars().all(char::is_uppercase))
    };
    match i {
        0 => false,
        _ if joined_by_dash(text, tokens, i - 1) => i >= 2 && name_word(i - 2),
        _ => name_word(i - 1),
    }
}

/// Nouns whose number labels a thing rather than counts one: "page 14", "quoting reference
/// 214", "junction 4".
const LABELLING_NOUNS: &[&str] = &[
    "page",
    "reference",
    "ref",
    "case",
    "junction",
    "platform",
    "gate",
    "room",
    "chapter",
    "section",
    "paragraph",
    "clause",
    "line",
    "exit",
    "route",
    "bus",
];

/// Whether token `at` is a hyphen or dash written with no space on either side ("2-1").
fn joined_by_dash(text: &str, tokens: &[Token], at: usize) -> bool {
    matches!(tokens[at].text(text), "-" | "–")
        && at > 0
        && at + 1 < tokens.len()
        && tokens[at - 1].span.end == tokens[at].span.start
        && tokens[at].span.end == tokens[at + 1].span.start
}

/// Whether number `i` is one side of a score or tally, "beat Arsenal 2-1", "a 5-4 ruling": a
/// result on record, not a figure someone must vouch for. The winner's figure comes first;
/// a range rises, "ages 18-24", and stays a statistic.
fn in_a_score(text: &str, tokens: &[Token], i: usize) -> bool {
    let value = |at: usize| {
        (tokens[at].kind == TokenKind::Number)
            .then(|| tokens[at].text(text).replace(',', "").parse::<f64>().ok())
            .flatten()
    };
    let score = |first: usize| match (value(first), value(first + 2)) {
        (Some(winner), Some(loser)) => winner >= loser,
        _ => false,
    };
    (i + 2 < tokens.len() && joined_by_dash(text, tokens, i + 1) && score(i))
        || (i >= 2 && joined_by_dash(text, tokens, i - 1) && score(i - 2))
        || in_a_tally_in_words(text, tokens, i)
}

/// Whether number `i` is one side of a vote's tally written in words, "passed by 34 votes to
/// 21", "by a vote of 7 to 2", "voted 5 to 4": the count of a public vote, on record like a
/// score.
fn in_a_tally_in_words(text: &str, tokens: &[Token], i: usize) -> bool {
    let is = |at: usize, words: &[&str]| {
        tokens
            .get(at)
            .is_some_and(|t| words.iter().any(|w| t.text(text).eq_ignore_ascii_case(w)))
    };
    let number = |at: usize| tokens.get(at).is_some_and(|t| t.kind == TokenKind::Number);
    let against = |at: usize| is(at, &["to", "against"]);
    // "34 votes to 21".
    let votes_to = |first: usize| {
        number(first) && is(first + 1, &["votes"]) && against(first + 2) && number(first + 3)
    };
    // "a vote of 7 to 2", "voted 5 to 4".
    let vote_of = |first: usize| {
        number(first)
            && against(first + 1)
            && number(first + 2)
            && first >= 1
            && (is(first - 1, &["voted"])
                || first >= 2 && is(first - 1, &["of"]) && is(first - 2, &["vote"]))
    };
    votes_to(i) || (i >= 3 && votes_to(i - 3)) || vote_of(i) || (i >= 2 && vote_of(i - 2))
}

/// Whether the sentence gives a vote's tally in words, "passed by 34 votes to 21": the vote
/// took place, and its count is its result.
pub(super) fn gives_a_tally(text: &str, tokens: &[Token]) -> bool {
    (0..tokens.len())
        .any(|i| tokens[i].kind == TokenKind::Number && in_a_tally_in_words(text, tokens, i))
}

/// Whether the sentence gives a match's result by its score, "a 3-1 win", "a 2-2 draw" (not
/// "a 4-4 ruling would leave …", which may never happen).
pub(super) fn gives_a_result_by_score(
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
) -> bool {
    (0..tokens.len().saturating_sub(3)).any(|i| {
        tokens[i].kind == TokenKind::Number
            && in_a_score(text, tokens, i)
            && RESULTS.contains(&sentence.word(i + 3))
    })
}

/// Whether a score follows result verb `i` within a few words, its object: "came from behind to
/// beat Rovers 3-2", "won 2-0 at home". A score is given only for a contest that took place, so
/// it makes a result of what alone reads as a hope ("hoping to beat Rovers").
pub(super) fn a_score_follows(text: &str, tokens: &[Token], i: usize) -> bool {
    const OBJECT_WORDS: usize = 4;
    (i + 1..tokens.len().min(i + 2 + OBJECT_WORDS))
        .any(|at| tokens[at].kind == TokenKind::Number && in_a_score(text, tokens, at))
}

/// What a score is the score of, "a 3-1 win".
const RESULTS: [&str; 5] = ["win", "victory", "defeat", "loss", "draw"];

fn reason(
    sentence: &NormalizedSentence,
    kind: ReasonKind,
    first: usize,
    last: usize,
) -> ClaimReason {
    ClaimReason {
        kind,
        span: Span::new(sentence.spans[first].start, sentence.spans[last].end),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::analysis::claims::lexicon::tests::PhraseSet;
    use crate::text::tokenize;

    fn cues(text: &str) -> Vec<(ReasonKind, &str)> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        find_reasons(text, &NormalizedSentence::new(text, &tokens), &tokens)
            .into_iter()
            .map(|r| (r.kind, r.span.slice(text)))
            .collect()
    }

    #[test]
    fn numbers_by_what_they_count() {
        use ReasonKind::*;
        assert_eq!(
            cues("Prices rose 17% in 2022, costing $5 million by March 31, 2023."),
            [
                (Comparative, "rose"),
                (Statistic, "17%"),
                (Date, "2022"),
                (Money, "$5 million"),
                (Date, "March 31, 2023")
            ]
        );
        assert_eq!(cues("A decree (No. 229) in the 21st century."), []);
        assert_eq!(cues("Smith, 54, spoke at 10:30 a.m."), []);
        assert_eq!(cues("The council meets at 7 p.m. in the town hall."), []);
        assert_eq!(cues("The striker, 6-foot-2 and quick, joined in May."), []);
        assert_eq!(cues("The wall is 20 feet high."), [(Statistic, "20")]);
        assert_eq!(
            cues("City scored after 12 minutes, and after a 45-minute delay the game resumed."),
            []
        );
        assert_eq!(
            cues("A patient dies every 40 minutes."),
            [(Statistic, "40")]
        );
        assert_eq!(
            cues("Support was 64 per cent."),
            [(Statistic, "64 per cent")]
        );
        // A number that labels a page, a case or a junction counts nothing.
        assert_eq!(
            cues("Call police, quoting reference 214, or see page 14."),
            []
        );
        // A number in a name, or a score, is no statistic; a range and a share are.
        assert_eq!(
            cues("The S&P 500 closed up 1.2% and the FTSE 100 rose 3 percent."),
            [
                (Statistic, "1.2%"),
                (Comparative, "rose"),
                (Statistic, "3 percent")
            ]
        );
        assert_eq!(
            cues("Orders for Boeing 737 jets, Catch-22 and Covid-19 in Game 7."),
            []
        );
        assert_eq!(cues("City beat Arsenal 2-1 after a 5-4 ruling."), []);
        // A vote's tally in words is a score too, and a candidate's total a count's result; a
        // count of votes alone is a statistic.
        assert_eq!(
            cues(
                "It passed by 52 votes to 38 after a vote of 6 to 3; the board voted 5 against 4."
            ),
            []
        );
        assert_eq!(cues("She won 52 votes."), []);
        assert_eq!(cues("The measure needs 52 votes."), [(Statistic, "52")]);
        assert!(cues("Polls have closed across the country.").is_empty());
        assert!(cues("Voters go to the polls in the spring.").is_empty());
        assert_eq!(
            cues("Hale leads, according to the polls."),
            [(Statistic, "polls")]
        );
        assert_eq!(cues("Polls show the Greens ahead."), [(Statistic, "Polls")]);
        // A share of the vote, or a margin, in the count's result is on record; in a poll it
        // is a statistic.
        assert_eq!(
            cues("Okoro took 57 percent of the vote to Ms Lee's 38 percent, and won by 412 votes."),
            []
        );
        assert_eq!(
            cues("She defeated the incumbent, Tom Lee, by more than 9,000 votes."),
            []
        );
        assert_eq!(
            cues("Okoro would get 15 percent of the vote."),
            [(Statistic, "15 percent")]
        );
        assert_eq!(cues("Okoro leads by 2,400 votes."), [(Statistic, "2,400")]);
        // So are the seats a party won, a majority it kept or lost and the turnout, the last
        // one's too; seats it needs and a majority of voters are figures someone must vouch for.
        assert_eq!(
            cues("The Greens kept their majority, winning nine of the 15 seats."),
            []
        );
        assert_eq!(cues("Turnout was 61 percent, down from 66 percent."), []);
        assert_eq!(cues("Labour lost its overall majority."), []);
        assert_eq!(cues("The Greens need 15 seats."), [(Statistic, "15")]);
        // A market's close is public data, its "higher" no comparison; a share of sales is not.
        assert_eq!(cues("Shares in Harbour Foods closed 4% higher."), []);
        assert_eq!(
            cues("Online sales closed the year 4% higher."),
            [(Statistic, "4%"), (Comparative, "higher")]
        );
        assert_eq!(
            cues("A majority of voters backed the Greens."),
            [(Statistic, "majority")]
        );
        // The majority leader holds a post, not a share.
        assert_eq!(cues("The Senate majority leader met the governor."), []);
        assert_eq!(cues("(About 40 guards were there.)"), [(Statistic, "40")]);
        // Where someone lives and what kind of place it is count nothing; how many the story's
        // event touched does.
        assert_eq!(
            cues("Ann Hale, of the 1200 block of Tern Road, hit the town of about 9,000 people."),
            []
        );
        assert_eq!(
            cues("About 9,000 people in the town of Wexley lost power."),
            [(Statistic, "9,000")]
        );
        assert_eq!(cues("The alarm sounded for roughly 20 minutes."), []);
        // "twice" counts in a comparison, not as how often something happened.
        assert_eq!(
            cues("Rents are twice as high; he scored twice."),
            [(Statistic, "twice as")]
        );
        assert_eq!(
            cues("Voters aged 18-24 gave Trump 45%."),
            [(Statistic, "18"), (Statistic, "24"), (Statistic, "45%")]
        );
        assert_eq!(
            cues("MOSCOW, March 31 — the ship sank in 1702 with 1500 men."),
            [(Date, "March 31"), (Date, "1702"), (Statistic, "1500")]
        );
    }

    #[test]
    fn a_ratio_in_words_is_a_statistic() {
        use ReasonKind::*;
        assert_eq!(
            cues("About one in five unvaccinated people who get it are hospitalized."),
            [(Statistic, "one in five")]
        );
        assert_eq!(
            cues("It admits three out of four applicants and one in every eight athletes."),
            [
                (Statistic, "three out of four"),
                (Statistic, "one in every eight")
            ]
        );
        assert_eq!(
            cues("Nine in 10 voters say so."),
            [(Statistic, "Nine in 10")]
        );
        // No ratio: the second term counts nothing, or is a year.
        assert_eq!(cues("She was the one in charge."), []);
        assert_eq!(
            cues("Jo Hale was the one in 2016 who left."),
            [(Date, "2016")]
        );
    }

    #[test]
    fn the_size_of_a_thing_is_no_statistic() {
        use ReasonKind::*;
        assert_eq!(
            cues("The crew lowered a rescuer to the ledge on a 60-metre cable."),
            []
        );
        assert_eq!(cues("The cable was 60 metres long."), [(Statistic, "60")]);
    }

    #[test]
    fn amounts_written_short_and_words_that_only_look_like_cues() {
        use ReasonKind::*;
        assert_eq!(
            cues("Profit was £2.3bn, up from $5m; Brent was up 82 cents."),
            [(Money, "£2.3bn"), (Money, "$5m"), (Money, "82 cents")]
        );
        assert_eq!(
            cues("It has 1.2bn users and 40 staff."),
            [(Statistic, "1.2bn"), (Statistic, "40")]
        );
        // A race, a period of play, a place and a chamber.
        assert_eq!(
            cues("She won the 100m final in the first half of the season."),
            []
        );
        assert_eq!(cues("Town led through a first-half penalty."), []);
        assert_eq!(
            cues("Snow lay on higher ground and the lower house met."),
            []
        );
        // Which option, not how much cheaper: no comparison stated.
        assert_eq!(cues("The family chose the cheaper option."), []);
        assert_eq!(
            cues("The family chose the cheaper option, cheaper than a loan."),
            [(Comparative, "cheaper"), (Comparative, "cheaper")]
        );
        assert_eq!(
            cues("Half of voters back it; prices are higher than in 2019."),
            [
                (Statistic, "Half"),
                (Comparative, "higher than"),
                (Date, "2019")
            ]
        );
    }

    #[test]
    fn a_sum_named_but_not_stated_is_no_claim_about_money() {
        use ReasonKind::*;
        for sentence in [
            "The Budget will be published on Wednesday.",
            "Budget 2026: what the chancellor has to decide",
            "Funding for the new library was agreed by the cabinet.",
            "The cost of the scheme is still being worked out.",
            "The boy suffered a punctured lung and spent a week in hospital.",
        ] {
            assert!(
                cues(sentence).iter().all(|(kind, _)| *kind != Money),
                "{sentence}"
            );
        }
        // With an amount or a share it says what the amount is of.
        assert_eq!(
            cues("Spending on roads fell by a third, a cut of £40m."),
            [
                (Money, "Spending"),
                (Comparative, "fell"),
                (Statistic, "a third"),
                (Money, "£40m")
            ]
        );
        // Rain, a body or a charge that falls, rises or drops is no amount that changed.
        for sentence in [
            "Heavy rain fell across the county on Saturday.",
            "He fell ill on the flight home.",
            "She grew up above a chip shop.",
            "Prosecutors dropped the charges.",
        ] {
            assert!(
                cues(sentence).iter().all(|(kind, _)| *kind != Comparative),
                "{sentence}"
            );
        }
        assert_eq!(cues("Prices fell sharply."), [(Comparative, "fell")]);
        // An ordinal is no share.
        for sentence in [
            "It should not take a third time for Westminster to listen.",
            "The mayor is seeking a third term.",
            "Police are looking for a third player in the match.",
        ] {
            assert!(
                cues(sentence).is_empty(),
                "{sentence}: {:?}",
                cues(sentence)
            );
        }
        assert_eq!(
            cues("Turnout fell by a third."),
            [(Comparative, "fell"), (Statistic, "a third")]
        );
        // A currency is money without a figure.
        assert_eq!(cues("The dollars were never found."), [(Money, "dollars")]);
    }

    #[test]
    fn an_age_is_no_statistic() {
        use ReasonKind::*;
        for sentence in [
            "Margaret Hale has died at the age of 84.",
            "The singer died at 84; Peter Jones, aged 71, retired aged 62.",
            "The victim, a 23-year-old man, was named as Terence Crutcher, 40 — a father.",
            "Mrs Hale, who was 84, is survived by two daughters.",
        ] {
            assert_eq!(cues(sentence), [], "{sentence}");
        }
        // A range of ages, and a share of people above one, are statistics.
        assert_eq!(
            cues("Voters aged 18 to 24 and 40% of those over the age of 65 backed it."),
            [(Statistic, "18"), (Statistic, "24"), (Statistic, "40%")]
        );
        assert_eq!(cues("The score was 84."), [(Statistic, "84")]);
    }

    #[test]
    fn a_scheduled_act_with_its_time_is_no_prediction() {
        use ReasonKind::*;
        assert_eq!(
            cues("The funeral will take place on Friday at St Mary's Church."),
            [(Date, "on Friday")]
        );
        assert_eq!(
            cues("He is due to be sentenced on 12 March and City will face Arsenal tomorrow."),
            [(Date, "12 March")]
        );
        assert_eq!(cues("The inquiry is scheduled to open in March."), []);
        assert_eq!(cues("The hearing will take place next year."), []);
        // "is due to" before an act is its schedule, not a cause.
        assert_eq!(
            cues("The envoy is due to brief the council on Tuesday."),
            [(Date, "on Tuesday")]
        );
        assert_eq!(
            cues("The delay is due to staff shortages."),
            [(Causal, "due to")]
        );
        assert_eq!(cues("The libraries will close at the end of June."), []);
        assert_eq!(
            cues("Drivers will stage a strike on Friday."),
            [(Date, "on Friday")]
        );
        assert_eq!(
            cues("Inspectors will carry out checks in the coming weeks."),
            []
        );
        // "due to" before a verb schedules, whatever comes before it; before a noun it causes.
        assert_eq!(
            cues("The company had been due to take a new production on tour."),
            []
        );
        assert_eq!(
            cues("The delay was due to the storm."),
            [(Causal, "due to")]
        );
        // A span counted from now times an act as a date does; an outcome keeps its cue.
        assert_eq!(
            cues("The council will review the limits after 18 months."),
            []
        );
        assert_eq!(
            cues("The school will be fully reinspected within 30 months."),
            []
        );
        assert_eq!(
            cues("Rents will rise over the next two years."),
            [(Prediction, "will")]
        );
        assert_eq!(
            cues("The new councillor will take her seat on Thursday."),
            [(Date, "on Thursday")]
        );
        // An outcome is a prediction whatever its date; a schedule without one stays one too.
        assert_eq!(
            cues("The council will approve the plan on Monday."),
            [(Prediction, "will"), (Date, "on Monday")]
        );
        assert_eq!(cues("The council will meet."), [(Prediction, "will")]);
        assert_eq!(
            cues("The minister is likely to resign on Friday."),
            [(Prediction, "is likely to"), (Date, "on Friday")]
        );
        assert_eq!(
            cues("The standoff is unlikely to end quickly."),
            [(Prediction, "is unlikely to")]
        );
        // "due to" a cause is causal.
        assert_eq!(
            cues("The delay was due to the storm."),
            [(Causal, "due to")]
        );
    }

    #[test]
    fn injuries_described_as_the_services_do_and_half_time_are_no_cues() {
        use ReasonKind::*;
        assert_eq!(
            cues("He suffered serious head injuries and is in a serious but stable condition."),
            []
        );
        assert_eq!(
            cues("She has severe burns; City equalised before half-time."),
            []
        );
        assert_eq!(
            cues("It was a serious mistake and a dangerous condition to leave it in."),
            [(Evaluative, "serious"), (Evaluative, "dangerous")]
        );
    }

    #[test]
    fn major_that_sorts_a_kind_is_no_judgement() {
        use ReasonKind::*;
        assert_eq!(
            cues("Buses to major airports and the two major parties' offices run late."),
            []
        );
        assert_eq!(
            cues("She is the first major-party nominee from the state."),
            []
        );
        assert_eq!(cues("He won the season's last major in Perth."), []);
        assert_eq!(
            cues("The closure is a major setback, with major problems at the depot."),
            [(Evaluative, "major"), (Evaluative, "major")]
        );
    }

    #[test]
    fn the_most_recent_is_no_superlative() {
        use ReasonKind::*;
        assert_eq!(cues("The most recent, Ann Hale, took up her post."), []);
        assert_eq!(
            cues("It is the most serious outbreak, and the most recently built."),
            [(Superlative, "the most"), (Evaluative, "serious")]
        );
    }

    /// "the clearest sign yet": the superlative is in "yet", whatever the adjective.
    #[test]
    fn a_superlative_yet() {
        use ReasonKind::*;
        assert_eq!(
            cues("The report is the clearest sign yet that hiring is slowing."),
            [(Superlative, "sign yet")]
        );
        assert_eq!(cues("There is no sign yet of a recovery."), []);
    }

    #[test]
    fn to_survey_is_a_verb() {
        use ReasonKind::*;
        assert_eq!(cues("Drones were used to survey the dunes."), []);
        assert_eq!(
            cues("According to a survey, rents rose."),
            [(Statistic, "survey"), (Comparative, "rose")]
        );
    }

    #[test]
    fn a_harm_that_befell_nobody_is_no_cause() {
        use ReasonKind::*;
        assert_eq!(
            cues("No one was killed, and none of the barns were destroyed."),
            []
        );
        assert_eq!(
            cues("The blast killed two workers and destroyed the mill."),
            [(Causal, "killed"), (Causal, "destroyed")]
        );
        assert_eq!(cues("Two workers were killed."), [(Causal, "killed")]);
    }

    #[test]
    fn causal_intent_and_evaluative_cues() {
        use ReasonKind::*;
        assert_eq!(
            cues("The war has led NATO to consolidate and Moscow must fight."),
            [(Causal, "has led"), (Intent, "must")]
        );
        assert_eq!(cues("We must act."), []);
        // Leading is not causing; driving somewhere is not driving something.
        assert_eq!(cues("Powell has led the Fed and led the team."), []);
        assert_eq!(
            cues("The leak has led the former secretary of state to apologise."),
            [(Causal, "has led")]
        );
        assert_eq!(
            cues("She drove to the event; he drove 200 miles."),
            [(Statistic, "200")]
        );
        assert_eq!(cues("Demand drove prices up."), [(Causal, "drove")]);
        // An adverb before "led", a cause still to come, a squeeze.
        assert_eq!(
            cues("The flooding has already led farmers to sell their herds."),
            [(Causal, "has already led")]
        );
        assert_eq!(
            cues("A strike would force the port to turn ships away."),
            [(Causal, "would force")]
        );
        assert_eq!(
            cues("Bakers have been squeezed by the price of flour."),
            [(Causal, "squeezed by")]
        );
        assert_eq!(cues("She has already led the team twice."), []);
        assert_eq!(
            cues("Relations seem increasingly biased in favor of Beijing."),
            [
                (Evaluative, "seem"),
                (Evaluative, "increasingly biased"),
                (Evaluative, "in favor of")
            ]
        );
        // Which way a vote or a ruling went.
        assert_eq!(
            cues("Two governors dissented in favor of a smaller cut; the judge ruled in favour of Ms Hale."),
            []
        );
        assert_eq!(
            cues("They'll win, but the will of the people is clear."),
            [(Prediction, "They'll")]
        );
    }

    #[test]
    fn phrases_match_as_a_leftmost_longest_automaton_over_the_list_did() {
        let list: Vec<(String, ReasonKind)> = parse_list(CUE_LIST)
            .map(|(kind, phrase)| (phrase, ReasonKind::from_name(kind).unwrap()))
            .collect();
        let alone = PhraseSet::new(list.clone());
        let lists = phrase_lists();
        // The list's words, and pieces that make occurrences inside words ("super" + "majority").
        let mut pieces: Vec<String> = list
            .iter()
            .flat_map(|(phrase, _)| phrase.split(' ').map(String::from).collect::<Vec<_>>())
            .collect();
        pieces.extend(["super", "ex", "ing", "ly", "-", ".", "many", "experts"].map(String::from));
        let words = proptest::collection::vec(
            (
                proptest::sample::select(pieces),
                proptest::sample::select(vec![" ", " ", " ", "", "\n"]),
            ),
            1..14,
        );
        proptest!(ProptestConfig::with_cases(20_000), |(words in words)| {
            let text: String = words.iter().flat_map(|(w, s)| [w.as_str(), s]).collect();
            let tokens = tokenize(&text, Span::new(0, text.len()));
            let sentence = NormalizedSentence::new(&text, &tokens);
            prop_assert_eq!(
                sentence.leftmost_longest(|pattern| lists.cue_kind(pattern)),
                alone.find(&sentence)
            );
        });
    }
}
