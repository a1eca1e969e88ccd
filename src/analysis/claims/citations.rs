//! Markers that source a sentence by themselves: reference marks ("[1]", "[^note]", "¹"),
//! a news agency in brackets ("(Reuters)"), an author-year citation ("(Smith et al., 2019)"),
//! and the dateline-and-agency lede ("MOSCOW (Reuters) —").

use std::sync::OnceLock;

use regex::Regex;

use crate::analysis::Span;

/// Agencies and broadcasters whose name in brackets credits a report.
const AGENCIES: &str = "Reuters|AP|AFP|Bloomberg|TASS|Xinhua|dpa|DPA|ANSA|UPI|CNN|BBC|Interfax|RIA Novosti|Kyodo|Yonhap|EFE|PA|Anadolu|IANS|PTI|ANI|Sputnik|NHK|ABC|CBS|NBC|NPR|Canadian Press|CP|AAP";

fn marker_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        let pattern = format!(
            concat!(
                // Numbered references and footnotes: [1], [1, 2], [3–5], [a], [note 4], [^src].
                r"\[(?:\d{{1,3}}(?:\s*[,–-]\s*\d{{1,3}})*|[a-z]|note \d{{1,3}}|\^[\w-]+)\]",
                r"|\((?:{agencies})\)",
                // Author-year: (Smith, 2020), (Smith and Jones 2019a), (Smith et al., 2019, p. 4).
                r"|\(\p{{Lu}}[\p{{L}}'’-]+(?: et al\.| (?:and|&) \p{{Lu}}[\p{{L}}'’-]+)?,? (?:1[89]|20)\d\d[a-z]?(?:, pp?\. ?\d+(?:[-–]\d+)?)?\)",
                r"|[\p{{L}}\p{{P}}][¹²³⁴⁵⁶⁷⁸⁹⁰]+",
            ),
            agencies = AGENCIES
        );
        Regex::new(&pattern).expect("valid citation pattern")
    })
}

/// Citation markers inside `text[sentence]` that source it. "[citation needed]" and the like
/// are requests for a source, not markers.
pub fn citation_markers(text: &str, sentence: Span) -> Vec<Span> {
    let slice = sentence.slice(text);
    marker_pattern()
        .find_iter(slice)
        .map(|m| {
            let mut start = m.start();
            // A superscript footnote is matched with the character it follows; drop that.
            if !m.as_str().starts_with(['[', '(']) {
                start += m.as_str().chars().next().map_or(0, char::len_utf8);
            }
            Span::new(sentence.start + start, sentence.start + m.end())
        })
        .collect()
}

/// The dateline pattern with its letter classes: `upper` and `letter` are the insides of
/// bracket classes (`\p{Lu}` and `\p{L}`, or their ASCII ranges).
fn dateline_pattern(upper: &str, letter: &str) -> Regex {
    // "MOSCOW (Reuters) —", "WASHINGTON, March 3 (AP) -", "Paris, 31 March (AFP) –".
    let pattern = format!(
        r"^[{upper}][{letter}.'’-]*(?: [{upper}][{letter}.'’-]*){{0,3}}(?:,\s*[{upper}][{letter}.]*(?: [{upper}][{letter}.]*)?)?(?:,?\s*[{letter}]{{3,9}}\.? \d{{1,2}}|,?\s*\d{{1,2}} [{letter}]{{3,9}})?\s*\((?:{AGENCIES})\)\s*[-–—:]"
    );
    Regex::new(&pattern).expect("valid dateline pattern")
}

/// Whether the first sentence of an article opens with a dateline crediting a news agency
/// ("MOSCOW (Reuters) — …"): the agency then sources the story's unattributed statements.
pub fn dateline_agency(text: &str, first_sentence: Span) -> bool {
    static UNICODE: OnceLock<Regex> = OnceLock::new();
    static ASCII: OnceLock<Regex> = OnceLock::new();
    let sentence = first_sentence.slice(text);
    // The pattern takes milliseconds to compile with Unicode letter classes (bounded repeats
    // copy them): it is built only for a sentence with an agency in brackets, which every
    // dateline has, and, when the sentence's only letters are ASCII ones (which the Unicode
    // classes would match no differently), with ASCII classes: a tenth of the time.
    if !names_an_agency_in_brackets(sentence) {
        return false;
    }
    let pattern = if sentence.chars().all(|c| c.is_ascii() || !c.is_alphabetic()) {
        ASCII.get_or_init(|| dateline_pattern("A-Z", "A-Za-z"))
    } else {
        UNICODE.get_or_init(|| dateline_pattern(r"\p{Lu}", r"\p{L}"))
    };
    pattern.is_match(sentence)
}

/// Whether `text` has "(Reuters)" or another of the [`AGENCIES`] in brackets.
fn names_an_agency_in_brackets(text: &str) -> bool {
    text.match_indices('(').any(|(open, _)| {
        let after = &text[open + 1..];
        AGENCIES.split('|').any(|agency| {
            after
                .strip_prefix(agency)
                .is_some_and(|rest| rest.starts_with(')'))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markers(text: &str) -> Vec<&str> {
        citation_markers(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn finds_reference_marks_agencies_and_author_year() {
        assert_eq!(
            markers("Exports fell 17%[3][4, 5] last year (Reuters), a study found (Smith et al., 2019)."),
            ["[3]", "[4, 5]", "(Reuters)", "(Smith et al., 2019)"]
        );
        assert_eq!(markers("Growth slowed.² See note[^src]."), ["²", "[^src]"]);
    }

    #[test]
    fn a_request_for_a_source_is_not_a_source() {
        assert!(markers("Crime doubled.[citation needed] Some say so.[who?]").is_empty());
        assert!(markers("The vote (held in 2019) was close (see below).").is_empty());
    }

    #[test]
    fn dateline_ledes() {
        for lede in [
            "MOSCOW (Reuters) — Russia said on Friday it would step up cooperation.",
            "WASHINGTON, March 3 (AP) - The Senate passed the bill.",
            "Paris, 31 March (AFP) – Strikes continued.",
            "SÃO PAULO, 2 março (Reuters) — Brazil's real firmed.",
        ] {
            assert!(dateline_agency(lede, Span::new(0, lede.len())), "{lede}");
        }
        for plain in [
            "Russia aims to further strengthen its partnership (Reuters) - with China.",
            "MOSCOW (Interfax-Ukraine) — Russia said on Friday it would step up cooperation.",
        ] {
            assert!(
                !dateline_agency(plain, Span::new(0, plain.len())),
                "{plain}"
            );
        }
    }
}
