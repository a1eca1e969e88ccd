//! A poll's method: "The survey was conducted May 3-8 among 1,012 adults", "The university
//! surveyed 1,051 registered voters". Like its margin of error, the method is what a pollster
//! publishes with its figures, told after the poll is named: on record, not a claim (PolNeAR
//! dev and train: 12 such flags, none with a gold attribution; the one the says-who labels
//! cover is marked no). Its figures read as statistics, so it is recognised whatever its cues.
//! So is a study's method, told by the researchers who did it or of the study itself:
//! "Researchers from Bangor University measured carbon in cores from 14 meadows", "The trial
//! enrolled 1,840 patients".

use super::lexicon::NormalizedSentence;

/// What a poll is called, as the subject of "was conducted".
const POLLS: [&str; 4] = ["poll", "polls", "survey", "surveys"];
/// How far into the sentence the poll may be named: its subject ("The nationwide telephone
/// poll was conducted"), not a clause further on ("… where exit polls were conducted").
const SUBJECT_REACH: usize = 5;
/// Words that give a poll's result, not its method: a sentence with one is a claim to source.
const RESULTS: [&str; 14] = [
    "percent", "%", "point", "points", "found", "finds", "showed", "shows", "lead", "leads",
    "leading", "ahead", "behind", "trails",
];

/// Whether the sentence gives a poll's method and no result: a poll that "was conducted" or
/// "were conducted" as its subject, or a count of those "surveyed" or "interviewed" ("surveyed
/// 552 likely voters"; not "surveyed 40 percent of"), and none of [`RESULTS`].
pub(super) fn gives_a_poll_method(sentence: &NormalizedSentence) -> bool {
    let conducted = |i: usize| {
        sentence.word(i) == "conducted"
            && i >= 2
            && i - 2 <= SUBJECT_REACH
            && matches!(sentence.word(i - 1), "was" | "were")
            && POLLS.contains(&sentence.word(i - 2))
    };
    let counted = |i: usize| {
        matches!(sentence.word(i), "surveyed" | "interviewed")
            && sentence
                .words_after(i, 2)
                .any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    };
    (0..sentence.len()).any(|i| conducted(i) || counted(i)) && gives_no_result(sentence)
}

/// Whether none of the sentence's words is one of [`RESULTS`].
fn gives_no_result(sentence: &NormalizedSentence) -> bool {
    !(0..sentence.len()).any(|i| RESULTS.contains(&sentence.word(i)))
}

/// What a report or a study rests on, after "based on": "It was based on interviews with 146
/// people".
const BASES: [&str; 6] = [
    "interviews",
    "survey",
    "surveys",
    "responses",
    "questionnaires",
    "polling",
];

/// Whether the sentence gives what a report or a study is based on, counted, and no result:
/// "It was based on interviews with 146 people, including protesters and doctors" (told after
/// the report is named, s67-c44: labelled no, flagged as a causal claim). Not "The decision
/// was based on interviews that found …" (a result), nor a basis with no count.
pub(super) fn gives_a_studys_basis(sentence: &NormalizedSentence) -> bool {
    (1..sentence.len()).any(|i| {
        sentence.word(i - 1) == "based"
            && sentence.word(i) == "on"
            && sentence
                .words_after(i, 2)
                .filter(|w| !matches!(*w, "a" | "an"))
                .take(1)
                .any(|w| BASES.contains(&w))
            && sentence
                .words_after(i, sentence.len())
                .any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    }) && gives_no_result(sentence)
}

/// Who does a study, as the subject of its method, and the study itself, which is the source
/// of what it did: "The study, published in the Journal of …, followed 218,400 adults".
const RESEARCHERS: [&str; 11] = [
    "researchers",
    "scientists",
    "investigators",
    "authors",
    "team",
    "economists",
    "epidemiologists",
    "study",
    "studies",
    "trial",
    "trials",
];
/// What researchers do to gather their data, as their verb.
const METHODS: [&str; 15] = [
    "measured",
    "analysed",
    "analyzed",
    "sampled",
    "studied",
    "tracked",
    "examined",
    "tested",
    "collected",
    "compared",
    "followed",
    "monitored",
    "recruited",
    "enrolled",
    "modelled",
];

/// Whether the sentence gives a study's method and no result: researchers or the study as its
/// subject, in its first words ("Researchers from Bangor University measured …", "The team
/// tracked …", "The study, published in …, followed 218,400 adults"),
/// a verb of [`METHODS`] after them, and none of [`RESULTS`].
pub(super) fn gives_a_research_method(sentence: &NormalizedSentence) -> bool {
    let subject =
        (0..sentence.len().min(SUBJECT_REACH)).find(|&i| RESEARCHERS.contains(&sentence.word(i)));
    subject.is_some_and(|subject| {
        (subject + 1..sentence.len()).any(|i| METHODS.contains(&sentence.word(i)))
    }) && gives_no_result(sentence)
}
