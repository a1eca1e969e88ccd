//! An inquiry or a negotiation told as narration: "The Justice Department is investigating
//! the shooting", "The two envoys began talks with Beijing", "The minister scrutinized the
//! reports". That the inquiry is under way is on record (its finding is another matter, and
//! comes with a cue of its own); news annotators mark the inquirer as the source of such a
//! sentence (PolNeAR dev: 2 of the 3 such flags carry a gold attribution; the says-who
//! labels mark the other no). So is a question put to someone, told in the passive: "At a
//! town hall, Ms. Hale was asked about the bypass" is a record of the event; the answer is
//! another sentence's claim.

use super::denies;
use super::lexicon::NormalizedSentence;

/// The verbs of an inquiry, in the active and with an object after them: "is investigating
/// the letter", "scrutinized reports". Not "examined", which tells as often of a scene or a
/// patient ("Officers examined the scene") as of an inquiry.
const INQUIRY_VERBS: [&str; 10] = [
    "investigating",
    "investigated",
    "scrutinizing",
    "scrutinized",
    "reviewing",
    "reviewed",
    "auditing",
    "audited",
    "probing",
    "probed",
];
/// What opens, resumes or holds a process: "began talks", "opened an investigation".
const OPENING_VERBS: [&str; 10] = [
    "began", "begun", "opened", "launched", "started", "resumed", "held", "holds", "opens",
    "begins",
];
/// The processes such a verb opens.
const PROCESSES: [&str; 10] = [
    "negotiations",
    "talks",
    "investigation",
    "inquiry",
    "probe",
    "review",
    "audit",
    "hearing",
    "hearings",
    "deliberations",
];
/// Words after an inquiry verb that show it has no object, or asks a question: "investigated
/// in advance", "is investigating whether" (what it suspects is a claim).
const NO_OBJECT: [&str; 12] = [
    "in", "on", "at", "for", "by", "into", "to", "whether", "if", "how", "why", "and",
];

/// Whether the sentence tells of an inquiry under way or a process opened, and denies none of
/// it: an [`INQUIRY_VERBS`] verb with an object, after "is", "are", "was", "were" or "been"
/// when it ends in "-ing" ("is investigating the shooting"; not "military probing") and
/// after its subject otherwise ("scrutinized the reports"; not "was scrutinized by"), or an
/// [`OPENING_VERBS`] verb with one of [`PROCESSES`] within three words after it ("began
/// arduous negotiations", "opened an investigation"), or a matter held under one ("remains
/// under investigation").
pub(super) fn tells_an_inquiry(sentence: &NormalizedSentence) -> bool {
    !denies(sentence)
        && (1..sentence.len()).any(|i| {
            let word = sentence.word(i);
            if word == "under" {
                return is_held_under_inquiry(sentence, i);
            }
            if OPENING_VERBS.contains(&word) {
                return sentence.words_after(i, 3).any(|w| PROCESSES.contains(&w));
            }
            if !INQUIRY_VERBS.contains(&word) {
                return false;
            }
            let has_object = sentence.get_word(i + 1).is_some_and(|next| {
                next.starts_with(char::is_alphanumeric) && !NO_OBJECT.contains(&next)
            });
            let before = sentence.word(i - 1);
            let finite = if word.ends_with("ing") {
                matches!(before, "is" | "are" | "was" | "were" | "been")
            } else {
                before.starts_with(char::is_alphabetic)
                    && !matches!(
                        before,
                        "the"
                            | "a"
                            | "an"
                            | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "be"
                            | "been"
                            | "being"
                    )
            };
            has_object && finite
        })
}

/// The states a matter is held in while an inquiry runs: "under investigation".
const UNDER_INQUIRY: [&str; 3] = ["investigation", "review", "inquiry"];

/// Whether the "under" at `i` says a matter is held under an inquiry, after "be" or "remain":
/// "The cause of the fire remains under investigation", "The contract is under review". That
/// the inquiry runs is on record; what it may find is not said.
fn is_held_under_inquiry(sentence: &NormalizedSentence, i: usize) -> bool {
    matches!(
        sentence.word(i - 1),
        "is" | "are" | "was" | "were" | "remains" | "remain" | "remained"
    ) && sentence
        .get_word(i + 1)
        .is_some_and(|next| UNDER_INQUIRY.contains(&next))
}

/// What may follow "was asked" to put a question: "was asked about", "whether", "what".
const QUESTIONS: [&str; 9] = [
    "about", "what", "whether", "if", "who", "how", "why", "which", "when",
];

/// Whether the sentence tells of a question put to someone: a past form of "be", perhaps an
/// adverb, "asked" and one of [`QUESTIONS`], "Hale was asked about the bypass", "voters were
/// asked whether". Not "was asked to resign", a request whose reasons an editor may ask about
/// (PolNeAR train: 5 of the 6 such flags carry a gold attribution, the question's cue).
pub(super) fn tells_a_question_put(sentence: &NormalizedSentence) -> bool {
    (1..sentence.len()).any(|i| {
        sentence.word(i) == "asked"
            && (sentence.get_word(i + 1)).is_some_and(|next| QUESTIONS.contains(&next))
            && super::be_before(sentence, i).is_some()
    })
}
