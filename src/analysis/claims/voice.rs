//! The piece's voice: whether the writer speaks in the first person through it, as a column
//! or an op-ed does ("I agree with them", "we will never be able to afford …"), outside the
//! quotations, or the page labels it as the writer's ("Leader", "Sketch: …"). Such a piece
//! argues; what it leaves unsourced is the writer's own claim, however much of it its
//! attributions cover ("I don't think his speeches are the only thing …").
//! Document level, unlike the rest of this module: `analysis::sourcing` asks it once per
//! document. Linear in the text.

use crate::analysis::{Quotes, Sentence, Span};
use crate::text::Prose;

/// The share of a piece's sentences in which the writer says "I" or "we" outside quotation
/// marks from which it is written in the writer's voice. News reports quote the first person
/// (on the labelled PolNeAR articles, no report reaches 0.1 outside quotations; the columns
/// from 0.2 up).
const FIRST_PERSON_SHARE: f32 = 0.2;

/// The writer's words for themself: "I" counts only before a lowercase word ("I think"), not as
/// a numeral at the end or before a capital ("World War I.", "Part I, Chapter 3"); one misread
/// numeral in a piece seldom makes a fifth of its sentences.
const SINGULAR: [&str; 8] = ["me", "my", "myself", "mine", "i'm", "i've", "i'd", "i'll"];
/// The writer's words for the writer and others, or the reader: "us" and "US" are told apart by
/// case.
const PLURAL: [&str; 10] = [
    "we",
    "us",
    "our",
    "ours",
    "ourselves",
    "let's",
    "we're",
    "we've",
    "we'd",
    "we'll",
];

/// How the writer speaks of themself in a sentence, outside quotations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Person {
    None,
    /// "we", "our": the writer's side, a claim about it is a claim ("we have added 1 million
    /// jobs").
    Plural,
    /// "I", "my": the writer's own experience ("I paid £64 in parking"), no claim to source.
    Singular,
}

/// An interview's paragraphs open with these: the first person in them is the interviewee's or
/// the interviewer's, not the writer's.
const INTERVIEW_LABELS: [&str; 2] = ["Q:", "A:"];

/// For each sentence, how the writer speaks in the first person in it, outside the outermost
/// quotations that set off speech and the paragraphs of an interview.
pub(crate) fn first_person(prose: &Prose, sentences: &[Sentence], quotes: &Quotes) -> Vec<Person> {
    let text = &prose.text;
    let interview = |block: usize| {
        let opening = prose.blocks[block].span.slice(text).trim_start();
        INTERVIEW_LABELS.iter().any(|l| opening.starts_with(l))
    };
    let mut quoted = (quotes.quotations.iter())
        .filter(|q| q.depth == 0 && quotes.marks_speech(q))
        .map(|q| q.span())
        .peekable();
    let mut speaking = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let mut start = sentence.span.start;
        let mut found = Person::None;
        if interview(sentence.block) {
            start = sentence.span.end;
        }
        while start < sentence.span.end && found != Person::Singular {
            while quoted.next_if(|q| q.end <= start).is_some() {}
            let end = quoted.peek().map_or(sentence.span.end, |q| {
                q.start.clamp(start, sentence.span.end)
            });
            found = found.max(person(Span::new(start, end).slice(text)));
            start = quoted.peek().map_or(sentence.span.end, |q| q.end.max(end));
        }
        speaking.push(found);
    }
    speaking
}

/// Whether the writer speaks in the first person (`first_person`) in at least
/// [`FIRST_PERSON_SHARE`] of the sentences.
pub(crate) fn in_the_first_person(first_person: &[Person]) -> bool {
    let speaking = first_person.iter().filter(|&&p| p != Person::None).count();
    speaking as f32 >= FIRST_PERSON_SHARE * first_person.len() as f32
}

/// What a news page calls a piece written in its writer's voice, as a label line above it
/// ("Leader", "Comment"), a title's prefix ("Analysis: …", "Sketch: …") or a byline's section
/// ("By … | News analysis").
const OPINION_LABELS: [&str; 12] = [
    "leader",
    "editorial",
    "comment",
    "commentary",
    "opinion",
    "op-ed",
    "column",
    "sketch",
    "analysis",
    "news analysis",
    "our view",
    "viewpoint",
];

/// How many lines at the top of a piece may carry its label: a title, a standfirst, a label
/// and a byline.
const LABEL_LINES: usize = 4;

/// Whether the page labels the piece as written in its writer's voice (`OPINION_LABELS`), or
/// as a paper's own view ("The Courier view: …"), in its first lines.
pub(crate) fn labelled_as_opinion(prose: &Prose) -> bool {
    let text = &prose.text;
    let lines = (prose.blocks.iter())
        .flat_map(|b| b.span.slice(text).lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(LABEL_LINES);
    let is_label = |part: &str| {
        let part = part.trim().trim_end_matches(['.', ':']).to_lowercase();
        OPINION_LABELS.contains(&part.as_str())
    };
    let words = |part: &str| part.split_whitespace().count();
    lines.into_iter().any(|line| {
        let before_colon = line.split_once(':').map(|(head, _)| head);
        is_label(line)
            || before_colon.is_some_and(|head| {
                is_label(head)
                    || (head.starts_with("The ") && head.ends_with(" view") && words(head) <= 4)
            })
            || line.contains('|') && line.split('|').any(is_label)
    })
}

fn person(words: &str) -> Person {
    let mut found = Person::None;
    let mut words = words
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(word) = words.next() {
        if word == "I" {
            if words
                .peek()
                .is_some_and(|next| next.starts_with(|c: char| c.is_lowercase()))
            {
                return Person::Singular;
            }
            continue;
        }
        // Lower case, or a capital only at the start: "Our", not "US".
        if word.chars().skip(1).any(char::is_uppercase) {
            continue;
        }
        // Compared in place: asked of every word of the document on every keystroke.
        let is = |listed: &[&str]| listed.iter().any(|l| same_word(word, l));
        if is(&SINGULAR) {
            return Person::Singular;
        }
        if is(&PLURAL) {
            found = Person::Plural;
        }
    }
    found
}

/// Whether `word` is `listed` (lower case, straight apostrophe) but for case and a curly
/// apostrophe.
fn same_word(word: &str, listed: &str) -> bool {
    let mut letters = word.chars().map(|c| match c {
        '’' => '\'',
        c => c.to_ascii_lowercase(),
    });
    listed.chars().all(|l| letters.next() == Some(l)) && letters.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Format, Prose};

    #[test]
    fn a_page_labels_a_piece_in_its_writers_voice() {
        for (opening, labelled) in [
            (
                "The Courier view: the parking rise will empty the high street\n\nLeader\n\n",
                true,
            ),
            (
                "Sketch: A minister, a folder and a very long afternoon\n\n",
                true,
            ),
            (
                "Voss's coalition is running out of road\nBy Mira Ost | News analysis\n\n",
                true,
            ),
            ("Opinion\n\nWhy the bins matter\n\n", true),
            // A report on a poll of opinion, and an analysis in the copy, are no label.
            (
                "Opinion poll puts Heritage level with the Commonwealth Party\n\n",
                false,
            ),
            (
                "Council votes 8-5\n\nAn analysis of the figures shows a gap.\n\n",
                false,
            ),
        ] {
            let prose = Prose::parse(
                &format!("{opening}The council met on Tuesday.\n"),
                Format::PlainText,
            );
            assert_eq!(labelled_as_opinion(&prose), labelled, "{opening}");
        }
    }

    #[test]
    fn the_writers_first_person() {
        for (words, expected) in [
            ("I think the plan will fail", Person::Singular),
            ("My neighbour no longer drives", Person::Singular),
            ("Our council has ignored every warning", Person::Plural),
            ("Let’s be honest about the cost", Person::Plural),
            ("I’m tired of the excuses", Person::Singular),
            ("We've heard this before", Person::Plural),
            // A numeral, a country, a reader.
            ("who fought in World War I.", Person::None),
            ("Part I, Chapter 3", Person::None),
            ("troops from the US and Britain", Person::None),
            ("you pay less in the spring", Person::None),
        ] {
            assert_eq!(person(words), expected, "{words}");
        }
    }
}
