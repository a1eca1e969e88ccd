//! Stance predicates: "Clinton wants to …", "environmentalists worry that …", "the union
//! endorsed …". The sentence names an agent and states that agent's attitude, intention or
//! position, so the agent is the claim's source (`analysis::sourcing`). The list and why it
//! exists: `data/claims/stance_predicates.txt`.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::lexicon::NormalizedSentence;
use crate::analysis::Span;

const STANCE_LIST: &str = include_str!("../../../data/claims/stance_predicates.txt");

/// Words after which the form is not an agent's predicate: passive or adjectival after "be"
/// ("is expected to", "was accused of", "were worried"), a noun or an adjective after a
/// determiner ("their plans to", "the intended targets").
const NOT_AFTER: [&str; 27] = [
    "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "get", "got", "the", "a", "an",
    "his", "her", "its", "their", "our", "my", "your", "no", "any", "these", "those", "such",
    "made",
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

/// Each form and its entries (a form may appear on several lines).
fn predicates() -> &'static HashMap<&'static str, Vec<Entry>> {
    static PREDICATES: OnceLock<HashMap<&'static str, Vec<Entry>>> = OnceLock::new();
    PREDICATES.get_or_init(|| {
        let mut map: HashMap<&str, Vec<Entry>> = HashMap::new();
        for line in STANCE_LIST.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let words = line.split_whitespace();
            let entry = Entry {
                next: words.clone().find_map(|w| w.strip_prefix('+')),
                agent: words.clone().any(|w| w == "!agent"),
            };
            for form in words.filter(|w| !w.starts_with(['+', '!'])) {
                map.entry(form).or_default().push(entry);
            }
        }
        map
    })
}

/// The first stance predicate in the sentence that has something before it to be its agent,
/// as a span into `text`. Paragraph-local.
pub(crate) fn find_stance(text: &str, sentence: &NormalizedSentence) -> Option<Span> {
    let predicates = predicates();
    (1..sentence.len()).find_map(|i| {
        let entries = predicates.get(sentence.word(i))?;
        let previous = sentence.word(i - 1);
        if NOT_AFTER.contains(&previous) {
            return None;
        }
        let next = (i + 1 < sentence.len()).then(|| sentence.word(i + 1));
        // "super PACs supported by the Koch brothers": a passive participle; "hate-fueled",
        // "Obama-backed": part of a compound.
        if matches!(next, Some("by" | "-")) {
            return None;
        }
        let names_agent = || {
            AGENT_PRONOUNS.contains(&previous)
                || sentence.spans[i - 1]
                    .slice(text)
                    .starts_with(char::is_uppercase)
        };
        entries
            .iter()
            .any(|e| (e.next.is_none() || e.next == next) && (!e.agent || names_agent()))
            .then(|| sentence.spans[i])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn stance(text: &str) -> Option<&str> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        find_stance(text, &NormalizedSentence::new(text, &tokens)).map(|s| s.slice(text))
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
    fn needs_an_agent_and_the_verb_reading() {
        assert_eq!(stance("His plans were never published."), None);
        assert_eq!(stance("The deal is expected to close in March."), None);
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
        assert_eq!(stance("The economy seems to be slowing."), None);
        assert_eq!(stance("Trump seemed to suggest a delay."), Some("seemed"));
    }
}
