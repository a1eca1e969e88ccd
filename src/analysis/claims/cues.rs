//! The cues that make a sentence checkable — "17%", "$5 million", "in 2016", "the largest",
//! "has led", "Moscow must", "increasingly biased", "will" — as spans. They explain a score to
//! the editor and are also features of the check-worthiness model.

use super::lexicon::{parse_list, phrase_lists, NormalizedSentence, Patterns};
use super::{ClaimReason, ReasonKind};
use crate::analysis::Span;
use crate::text::calendar::is_month;
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
const CURRENCY_WORDS: [&str; 9] = [
    "dollars", "dollar", "euros", "euro", "pounds", "rubles", "roubles", "yuan", "yen",
];
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
/// went, "drove to the event", "drove 200 miles". Every other causal cue is a cause's anyway.
fn causes_something(sentence: &NormalizedSentence, last: usize) -> bool {
    let words = (last + 1..sentence.len()).map(|i| sentence.word(i));
    match sentence.word(last) {
        "led" => words
            .take(LED_TO_WITHIN)
            .take_while(|w| w.chars().any(char::is_alphanumeric))
            .any(|w| w == "to"),
        "drove" => !words
            .take(1)
            .any(|w| DRIVING_WENT.contains(&w) || w.starts_with(|c: char| c.is_ascii_digit())),
        _ => true,
    }
}

/// How far after "led" the "to" of "led X to act" may come: "has led the former secretary of
/// state to …".
const LED_TO_WITHIN: usize = 8;
/// Where a drive went, "drove to the event", "drove into crowds".
const DRIVING_WENT: [&str; 12] = [
    "to", "from", "into", "by", "through", "across", "past", "off", "home", "back", "around",
    "away",
];

/// Every cue in the sentence, in source order; a cue inside a longer one is dropped.
pub(crate) fn find_reasons(
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
) -> Vec<ClaimReason> {
    let mut reasons = Vec::new();
    number_cues(text, sentence, tokens, &mut reasons);
    let lists = phrase_lists();
    for found in sentence.leftmost_longest(|pattern| lists.cue_kind(pattern)) {
        let previous = found.first.checked_sub(1).map(|i| sentence.word(i));
        let skip = match found.kind {
            ReasonKind::Intent => previous.is_some_and(|w| PERSONAL_SUBJECTS.contains(&w)),
            ReasonKind::Prediction => previous.is_some_and(|w| {
                PERSONAL_SUBJECTS.contains(&w)
                    || (sentence.word(found.first) == "will" && WILL_AS_NOUN_AFTER.contains(&w))
            }),
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
    for index in 0..sentence.len() {
        let word = sentence.word(index);
        if word.ends_with("'ll") && !matches!(word, "i'll" | "we'll" | "you'll") {
            reasons.push(ClaimReason {
                kind: ReasonKind::Prediction,
                span: sentence.spans[index],
            });
        }
    }
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

/// Numbers: years and day-month dates, amounts of money, percentages and other quantities.
/// Identifiers ("No. 229"), ordinals ("21st") and list markers ("1." opening a line) are not.
fn number_cues(
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
    out: &mut Vec<ClaimReason>,
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
        let clock_time =
            (next == Some(":") && i + 2 < n && tokens[i + 2].kind == TokenKind::Number)
                || (previous == Some(":") && i >= 2 && tokens[i - 2].kind == TokenKind::Number);
        // "Smith, 54, said": an age in apposition, not a statistic.
        let age = previous == Some(",")
            && next == Some(",")
            && number.len() <= 3
            && i >= 2
            && tokens[i - 2].text(text).starts_with(char::is_uppercase);
        if matches!(previous, Some("no." | "#" | "number" | "nos."))
            || (i == 0 && matches!(next, Some("." | ")")))
            || clock_time
            || age
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
        if number.chars().any(char::is_alphabetic) {
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
        if !counts_something && (names_with(text, tokens, i) || in_a_score(text, tokens, i)) {
            continue;
        }
        let mut kind = ReasonKind::Statistic;
        let mut first = i;
        if previous.is_some_and(|w| CURRENCY_SYMBOLS.contains(&w)) {
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
        out.push(reason(sentence, kind, first, last));
    }
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
}

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
        assert_eq!(
            cues("Turnout was 64 per cent."),
            [(Statistic, "64 per cent")]
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
        assert_eq!(cues("(About 40 guards were there.)"), [(Statistic, "40")]);
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
        assert_eq!(
            cues("Relations seem increasingly biased in favor of Beijing."),
            [
                (Evaluative, "seem"),
                (Evaluative, "increasingly biased"),
                (Evaluative, "in favor of")
            ]
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
