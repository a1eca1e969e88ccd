//! Who or what holds a sentence's claim, when the sentence itself says so without a speech
//! verb: an agent's attitude, intention or position ("Clinton wants to …", "environmentalists
//! worry that …", "the union endorsed …"), an agent's claim ("Trump's claim that …"), or a
//! document's finding ("polls show …", "In the latest survey, …"). The holder is the claim's
//! source (`analysis::sourcing`); so is a document named with its owner ("in a Fox poll",
//! [`find_named_document`]). The lists and why they exist:
//! `data/claims/stance_predicates.txt`.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use super::lexicon::NormalizedSentence;
use super::source_cue::after_an_adjective_of_ease;
use super::weasel::is_a_crowd;
use crate::analysis::attribution::cues::stirs_a_feeling;
use crate::analysis::Span;
use crate::text::calendar::{is_month, WEEKDAYS};
use crate::text::ends_in_single_s;

const STANCE_LIST: &str = include_str!("../../../data/claims/stance_predicates.txt");

/// Words after which the form is not an agent's predicate: passive or adjectival after "be"
/// ("is expected to", "was accused of", "were worried"), a noun or an adjective after a
/// determiner ("their plans to", "the intended targets"), a comparison that no one holds
/// ("higher than expected", "as intended", "as opposed to") and the end of a compound adjective
/// ("weaker-than-expected results", "a much-praised speech", "a less-feared candidate").
const NOT_AFTER: [&str; 34] = [
    "is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't", "be", "been", "being",
    "'s", "'re", "get", "got", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
    "no", "any", "these", "those", "such", "made", "than", "as", "-",
];

/// Words between a predicate and its "be" or agent that leave the voice as it is.
const NEGATIONS: [&str; 3] = ["not", "never", "n't"];

/// Adverbs that may stand between "be" and a passive participle: "widely criticised",
/// "roundly condemned", "strongly opposed", "was not universally loved".
const DEGREE_ADVERBS: [&str; 15] = [
    "widely",
    "universally",
    "generally",
    "often",
    "commonly",
    "frequently",
    "sometimes",
    "long",
    "roundly",
    "heavily",
    "strongly",
    "largely",
    "broadly",
    "fiercely",
    "repeatedly",
];

/// Adverbs of time that may stand there too: "was once expected to", "is now expected to",
/// "was initially seen as" are as agentless as "is expected to".
const TIME_ADVERBS: [&str; 9] = [
    "once",
    "now",
    "still",
    "already",
    "also",
    "initially",
    "originally",
    "previously",
    "later",
];

/// Prepositions after which a participle is an adjective ("on supported routes"); not "to",
/// which opens an infinitive.
const PREPOSITIONS: [&str; 14] = [
    "on", "of", "for", "in", "with", "from", "at", "by", "into", "over", "under", "about",
    "against", "without",
];

/// Pronouns that name an agent right before a `!agent` predicate ("she seemed to …").
const AGENT_PRONOUNS: [&str; 5] = ["he", "she", "they", "we", "i"];

/// One line of the list: the word that must follow the form, if any, and whether the word
/// before must name the agent (a capitalised name or a personal pronoun).
#[derive(Debug, Clone, Copy)]
struct Entry {
    next: Option<&'static str>,
    agent: bool,
}

/// The `@`-named word sets of the list, as bits of [`Listed::sets`].
const SETS: [&str; 5] = [
    "possessive",
    "claim-noun",
    "document",
    "finding",
    "estimate",
];
const POSSESSIVE: u8 = 1;
const CLAIM_NOUN: u8 = 1 << 1;
const DOCUMENT: u8 = 1 << 2;
const FINDING: u8 = 1 << 3;
const ESTIMATE: u8 = 1 << 4;

/// What the list says of a word: its predicate entries (a form may appear on several lines)
/// and the sets it is in.
#[derive(Debug, Default)]
pub(crate) struct Listed {
    entries: Vec<Entry>,
    sets: u8,
}

/// The list, read once. Its words are looked up with the source-cue lists' in one table
/// ([`super::lexicon::ListedWord`]).
pub(crate) fn lists() -> &'static HashMap<&'static str, Listed> {
    static LISTS: OnceLock<HashMap<&'static str, Listed>> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut lists: HashMap<&'static str, Listed> = HashMap::default();
        for line in STANCE_LIST.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut words = line.split_whitespace();
            if let Some(name) = line.strip_prefix('@') {
                let name = name.split_whitespace().next().unwrap_or_default();
                let set = SETS
                    .iter()
                    .position(|s| *s == name)
                    .unwrap_or_else(|| panic!("stance_predicates.txt: unknown set @{name}"));
                for word in words.by_ref().skip(1) {
                    lists.entry(word).or_default().sets |= 1 << set;
                }
                continue;
            }
            let entry = Entry {
                next: words.clone().find_map(|w| w.strip_prefix('+')),
                agent: words.clone().any(|w| w == "!agent"),
            };
            for form in words.filter(|w| !w.starts_with(['+', '!'])) {
                lists.entry(form).or_default().entries.push(entry);
            }
        }
        lists
    })
}

/// "poll", "figures", "data": a word of the list's `@document` set (lower case).
pub(crate) fn is_document(word: &str) -> bool {
    lists().get(word).is_some_and(|l| l.sets & DOCUMENT != 0)
}

/// A sentence's words as the list has them.
struct ListedWords<'a> {
    sentence: &'a NormalizedSentence,
}

impl ListedWords<'_> {
    fn entries(&self, i: usize) -> &'static [Entry] {
        self.sentence.listed[i].stance.map_or(&[], |l| &l.entries)
    }

    fn is(&self, i: usize, set: u8) -> bool {
        self.sentence.listed[i]
            .stance
            .is_some_and(|l| l.sets & set != 0)
    }
}

/// How far before a finding verb its document may be ("data from the 2014 survey show").
const DOCUMENT_REACH: usize = 5;
/// How long an opening "In the … poll," may be, in words.
const OPENING_REACH: usize = 8;

/// The span naming who or what holds the sentence's claim, if the sentence says so. Paragraph-
/// local.
pub(crate) fn find_holder(text: &str, sentence: &NormalizedSentence) -> Option<Span> {
    let words = ListedWords { sentence };
    find_stance(text, &words)
        .or_else(|| find_claim_noun(&words))
        .or_else(|| find_document(&words))
}

/// "Trump's claim that …", "his insistence that …".
fn find_claim_noun(words: &ListedWords) -> Option<Span> {
    let sentence = words.sentence;
    (1..sentence.len().saturating_sub(1)).find_map(|i| {
        (words.is(i, CLAIM_NOUN) && sentence.word(i + 1) == "that" && words.is(i - 1, POSSESSIVE))
            .then(|| sentence.spans[i])
    })
}

/// "Polls show …", "data from the survey indicate …", or an opening "In the latest poll, …" /
/// "According to the report, …" (the attribution layer takes "according to" with a named
/// source; here the source is a document).
fn find_document(words: &ListedWords) -> Option<Span> {
    let sentence = words.sentence;
    let opening = sentence.len() > 2
        && (sentence.word(0) == "in"
            || (sentence.word(0) == "according" && sentence.word(1) == "to"));
    if opening {
        let reach = sentence.len().min(OPENING_REACH + 2);
        for i in 1..reach {
            let word = sentence.word(i);
            if words.is(i, DOCUMENT) {
                let comma_follows = sentence.words_after(i, 7).any(|w| w == ",");
                if comma_follows {
                    return Some(sentence.spans[i]);
                }
                break;
            }
            if !word.starts_with(char::is_alphanumeric) && word != "/" && word != "-" {
                break;
            }
        }
    }
    (1..sentence.len()).find_map(|i| {
        if !words.is(i, FINDING) || NOT_AFTER.contains(&sentence.word(i - 1)) {
            return None;
        }
        (i.saturating_sub(DOCUMENT_REACH)..i)
            .find(|&j| words.is(j, DOCUMENT))
            .map(|j| sentence.spans[j].cover(sentence.spans[i]))
    })
}

/// How many words may stand between a document and the owner or article before it, a name
/// right before the document aside: "its British growth forecast", "the latest NBC News/Wall
/// Street Journal poll".
const OWNER_REACH: usize = 6;

/// The words naming a document the sentence says whose it is, paragraph-local: an owner before
/// it, "the IMF's estimate of growth", "its forecast", "Gallup's survey"; a name among its words
/// after an article, where the sentence opens or after "in", "from" or "by", "in a CNN national
/// poll", "The latest NBC News/Wall Street Journal poll" (or "in the same poll", "in the
/// study", the one named before); a name after "from" or "by", "a survey by Gallup", "polls from Quinnipiac and Fox
/// News". The sentence's figures are that source's, as those of "polls show" are (PolNeAR
/// train: 13 of the 17 such sentences flagged carry a gold attribution; dev: 2 of 2); "in the
/// polls" or "a recent survey" names no one. `@estimate` words are documents only so. Unlike
/// a holder's, what the document holds may come before it ("Cruz had 38 percent in a Fox
/// poll"), so it marks no attribution (`analysis::sourcing`).
pub(crate) fn find_named_document(text: &str, sentence: &NormalizedSentence) -> Option<Span> {
    let words = ListedWords { sentence };
    // Not the sentence's first word, which is capitalised whatever it is.
    let name = |k: usize| k > 0 && sentence.is_capitalised(text, k);
    (1..sentence.len()).find_map(|i| {
        if !words.is(i, DOCUMENT | ESTIMATE) {
            return None;
        }
        // A name of many words, "NBC News/Wall Street Journal/Marist", counts as one.
        let name_words = (0..i)
            .rev()
            .take_while(|&k| name(k) || matches!(sentence.word(k), "/" | "-" | "&" | "."))
            .count();
        let reach = (i - name_words).saturating_sub(OWNER_REACH);
        let owner = (reach..i).rev().find_map(|j| {
            let owned = match sentence.word(j) {
                "its" | "their" => true,
                // Not a time: "Thursday's report", "January's figures" say when, not whose.
                "'s" => j > 0 && name(j - 1) && !names_a_time(sentence.word(j - 1)),
                // Where the figures are, or what gives them: "in a Fox poll", "The CBS
                // survey found" (not "the absence of the Iowa straw poll").
                "a" | "an" | "the" => {
                    (j == 0 || matches!(sentence.word(j - 1), "in" | "from" | "by"))
                        && (j + 1..i).any(|k| name(k) || sentence.word(k) == "same")
                        // "The benefit in the study was greatest …": the one named before.
                        || (sentence.word(j) == "the"
                            && j + 1 == i
                            && j > 0
                            && sentence.word(j - 1) == "in"
                            && !sentence.word(i).ends_with('s'))
                }
                "/" | "-" | "&" | "." => return None,
                word if word.starts_with(char::is_alphanumeric) => return None,
                _ => false,
            };
            Some(owned.then(|| if sentence.word(j) == "'s" { j - 1 } else { j }))
        });
        if let Some(Some(j)) = owner {
            return Some(sentence.spans[j].cover(sentence.spans[i]));
        }
        let named_by = matches!(sentence.get_word(i + 1), Some("from" | "by"))
            .then(|| (i + 2..sentence.len()).find(|&k| sentence.word(k) != "the"))
            .flatten()
            .filter(|&k| name(k));
        named_by.map(|k| sentence.spans[i].cover(sentence.spans[k]))
    })
}

/// The first stance predicate in the sentence that has something before it to be its agent,
/// as a span into `text`.
fn find_stance(text: &str, words: &ListedWords) -> Option<Span> {
    let sentence = words.sentence;
    (1..sentence.len()).find_map(|i| {
        let entries = words.entries(i);
        if entries.is_empty() {
            return None;
        }
        // "is not expected to" is as agentless as "is expected to", and "have been widely
        // criticised" as "have been criticised": the voice is read past a negation or an
        // adverb of degree or time.
        let previous = (0..i)
            .rev()
            .map(|j| sentence.word(j))
            .find(|w| {
                !NEGATIONS.contains(w) && !DEGREE_ADVERBS.contains(w) && !TIME_ADVERBS.contains(w)
            })
            .unwrap_or_default();
        if NOT_AFTER.contains(&previous) || after_a_figure(sentence, i) {
            return None;
        }
        // "it is hard to blame them": the writer's judgement, nobody's attitude.
        if after_an_adjective_of_ease(sentence, i) {
            return None;
        }
        // "Spending on supported bus services", "a role for elected officials": after a
        // preposition a participle is an adjective before its noun, nobody's act.
        if PREPOSITIONS.contains(&previous) && sentence.word(i).ends_with("ed") {
            return None;
        }
        let next = sentence.get_word(i + 1);
        // "super PACs supported by the Koch brothers": a passive participle; "hate-fueled",
        // "Obama-backed": part of a compound.
        if matches!(next, Some("by" | "-")) {
            return None;
        }
        // "The delays should worry anyone": what something stirs, nobody's stance.
        if stirs_a_feeling(sentence.word(i), Some(previous), next) {
            return None;
        }
        // "who did not want to be named": the terms of a source's anonymity, no stance.
        if next == Some("to")
            && sentence.get_word(i + 2) == Some("be")
            && matches!(sentence.get_word(i + 3), Some("named" | "identified"))
        {
            return None;
        }
        // "the Thrift Savings Plan to …", "the City of Brotherly Love": a capitalised word
        // after the first is part of a name, no verb.
        let mut letters = sentence.spans[i].slice(text).chars();
        if letters.next().is_some_and(char::is_uppercase)
            && letters.next().is_some_and(char::is_lowercase)
        {
            return None;
        }
        if held_by_a_crowd(text, sentence, i) {
            return None;
        }
        let names_agent =
            || AGENT_PRONOUNS.contains(&previous) || sentence.is_capitalised(text, i - 1);
        entries
            .iter()
            .any(|e| (e.next.is_none() || e.next == next) && (!e.agent || names_agent()))
            .then(|| sentence.spans[i])
    })
}

/// Auxiliaries and adverbs of time that may stand between an agent and its predicate, besides
/// a negation or an adverb of degree: "economists had expected", "charities now consider".
const AUXILIARIES: [&str; 14] = [
    "have", "has", "had", "do", "does", "did", "would", "will", "may", "might", "could", "also",
    "still", "now",
];
/// Words before a plural that make it a group the copy has named or counted: "the economists",
/// "its investors", "two analysts".
const SPECIFYING: [&str; 15] = [
    "the", "these", "those", "its", "his", "her", "their", "our", "'s", "two", "three", "four",
    "five", "both", "all",
];

/// Whether the agent of the predicate at `at` is an unnamed crowd: a word of the weasel
/// list's crowds ("Investors appear to", "Many analysts expect") or, inside the sentence, any
/// bare plural ("economists regard as healthy", "a level charities consider unaffordable").
/// The crowd is no source, it only pretends to be one (issue 5's "critics say"): the
/// sentence's claim stays the writer's. Not a name ("Democrats"), nor a group the copy has
/// named or counted ("the economists", "the union's lawyers", "two analysts").
fn held_by_a_crowd(text: &str, sentence: &NormalizedSentence, at: usize) -> bool {
    let Some(agent) = (0..at).rev().find(|&j| {
        let word = sentence.word(j);
        !(AUXILIARIES.contains(&word)
            || NEGATIONS.contains(&word)
            || DEGREE_ADVERBS.contains(&word))
    }) else {
        return false;
    };
    let word = sentence.word(agent);
    // A sentence's first word is capitalised whatever it is: only the list tells a crowd.
    let bare_plural = agent > 0
        && !sentence.is_capitalised(text, agent)
        && word.len() > 4
        && ends_in_single_s(word);
    let specified = agent.checked_sub(1).is_some_and(|j| {
        SPECIFYING.contains(&sentence.word(j)) || j > 0 && sentence.is_capitalised(text, j)
    });
    (is_a_crowd(word) || bare_plural) && !specified
}

/// Words of a sum besides its digits: "a £9 million plan to …".
const FIGURE_WORDS: [&str; 8] = ["£", "$", "€", "million", "billion", "trillion", "bn", "m"];

/// Whether the form at `at` follows a figure that a determiner opens ("a £9 million plan to
/// …", "the 20m plan to …"): the form is a noun inside that phrase, with nobody named to hold
/// it. A figure alone may be the agent: "About 40 plan to stay", "Some 2,000 oppose the scheme".
fn after_a_figure(sentence: &NormalizedSentence, at: usize) -> bool {
    let figure =
        |word: &str| word.starts_with(|c: char| c.is_ascii_digit()) || FIGURE_WORDS.contains(&word);
    let start = (0..at)
        .rev()
        .take_while(|&j| figure(sentence.word(j)))
        .last();
    start.is_some_and(|start| start > 0 && NOT_AFTER.contains(&sentence.word(start - 1)))
}

/// A weekday or a month (lower case), which owns no document.
fn names_a_time(word: &str) -> bool {
    WEEKDAYS.contains(&word) || is_month(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn stance(text: &str) -> Option<&str> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        find_holder(text, &NormalizedSentence::new(text, &tokens)).map(|s| s.slice(text))
    }

    #[test]
    fn finds_an_agents_attitude() {
        assert_eq!(
            stance("Clinton wants to sign up 5 million people."),
            Some("wants")
        );
        assert_eq!(
            stance("Environmentalists worry that the cost could fall to taxpayers."),
            Some("worry")
        );
        assert_eq!(
            stance("The Clinton campaign plans to employ Mr. Obama."),
            Some("plans")
        );
    }

    #[test]
    fn asking_not_to_be_named_is_no_stance() {
        assert_eq!(
            stance("Another regular, who did not want to be named, was more forgiving."),
            None
        );
    }

    #[test]
    fn an_unnamed_crowd_holds_nothing() {
        for sentence in [
            "Investors appear to be bracing for a loss.",
            "Sales fell below the 40% that economists regard as healthy.",
            "It spends 5% on water, a level charities now consider unaffordable.",
            "Many analysts expect the bank to cut rates.",
        ] {
            assert_eq!(stance(sentence), None, "{sentence:?}");
        }
        assert_eq!(
            stance("Democrats worry that the cost could fall to taxpayers."),
            Some("worry")
        );
        assert_eq!(
            stance("The economists expect the bank to cut rates."),
            Some("expect")
        );
        assert_eq!(
            stance("The Sierra Club's lawyers worry that the cost could fall."),
            Some("worry")
        );
    }

    #[test]
    fn needs_an_agent_and_the_verb_reading() {
        assert_eq!(stance("His plans were never published."), None);
        assert_eq!(stance("The deal is expected to close in March."), None);
        assert_eq!(
            stance("The deal is not expected to close before March."),
            None
        );
        assert_eq!(stance("The new rules aren't expected to cut bills."), None);
        assert_eq!(
            stance("It was once expected to be an easy win for the mayor."),
            None
        );
        assert_eq!(stance("The plant is now expected to close in May."), None);
        assert_eq!(
            stance("Similar schemes in Wales have been widely criticised."),
            None
        );
        assert_eq!(stance("She was not universally loved."), None);
        assert_eq!(stance("Republican support was more solid."), None);
        assert_eq!(stance("Consider the case of Ohio."), None);
        assert_eq!(
            stance("Trump did not unveil their plans to pay for it."),
            None
        );
        assert_eq!(
            stance("Groups supported by the brothers seized on it."),
            None
        );
        assert_eq!(
            stance("Spending on supported bus routes has fallen by half since 2010."),
            None
        );
        assert_eq!(
            stance("Councillors will choose the clinic, and it is hard to blame them."),
            None
        );
        assert_eq!(stance("The economy seems to be slowing."), None);
        assert_eq!(stance("Trump seemed to suggest a delay."), Some("seemed"));
        assert_eq!(
            stance("Turnout was higher than expected in the suburbs."),
            None
        );
        assert_eq!(
            stance("Tolls fell as opposed to rents, and the bridge opened as intended."),
            None
        );
        assert_eq!(
            stance("The mayor faces a weaker-than-expected budget and a much-praised rival."),
            None
        );
        assert_eq!(
            stance("Opening the Civic Savings Plan to everyone would cost the city."),
            None
        );
    }

    #[test]
    fn a_plan_after_its_figure_is_nobodys() {
        for sentence in [
            "The bypass is the last stage of a $40 million plan to ease traffic in the valley.",
            "The library is part of a 12m plan to renew the town centre.",
        ] {
            assert_eq!(stance(sentence), None, "{sentence:?}");
        }
        assert_eq!(stance("About 40 plan to stay in the valley."), Some("plan"));
        assert_eq!(stance("Some 2,000 oppose the scheme."), Some("oppose"));
    }

    #[test]
    fn finds_a_claim_noun_and_a_documents_finding() {
        assert_eq!(
            stance("Politifact checked Trump's claim that there were 3,000 shootings."),
            Some("claim")
        );
        assert_eq!(
            stance("Polls show a close contest in the state."),
            Some("Polls show")
        );
        assert_eq!(
            stance("Data from the 2014 survey show that women held 41 percent of jobs."),
            Some("Data from the 2014 survey show")
        );
        assert_eq!(
            stance("In the previous national poll, conducted in early September, Clinton led."),
            Some("poll")
        );
        assert_eq!(stance("In the morning, Clinton led the rally."), None);
        assert_eq!(stance("The report was found in a drawer."), None);
    }
}
