//! Markers that source a sentence by themselves: reference marks ("[1]", "[^note]", "¹"),
//! a news agency in brackets ("(Reuters)"), a credit in brackets ("(source: the ministry)"),
//! an author-year citation ("(Smith et al., 2019)"),
//! and the dateline-and-agency lede ("MOSCOW (Reuters) —").

use std::sync::OnceLock;

use regex::Regex;

use crate::analysis::Span;

/// Agencies and broadcasters whose name in brackets credits a report.
const AGENCIES: &str = "Reuters|AP|AFP|Bloomberg|TASS|Xinhua|dpa|DPA|ANSA|UPI|CNN|BBC|Interfax|RIA Novosti|Kyodo|Yonhap|EFE|PA|Anadolu|IANS|PTI|ANI|Sputnik|NHK|ABC|CBS|NBC|NPR|Canadian Press|CP|AAP";

/// The insides of the bracket classes the patterns are written with.
struct Classes {
    upper: &'static str,
    letter: &'static str,
    word: &'static str,
    digit: &'static str,
    /// The superscript-footnote alternative of [`marker_pattern`].
    superscript_marks: &'static str,
}

const UNICODE: Classes = Classes {
    upper: r"\p{Lu}",
    letter: r"\p{L}",
    word: r"\w",
    digit: r"\d",
    superscript_marks: r"|[\p{L}\p{P}][¹²³⁴⁵⁶⁷⁸⁹⁰]+",
};

/// What [`UNICODE`] matches in text for which [`ascii_classes_suffice`]: a pattern written
/// with these compiles in a tenth of the time (bounded repeats copy each Unicode class).
const ASCII: Classes = Classes {
    upper: "A-Z",
    letter: "A-Za-z",
    word: "0-9A-Za-z_",
    digit: "0-9",
    // Superscript digits are outside ASCII.
    superscript_marks: "",
};

/// Whether the only characters of `text` outside ASCII are typographic punctuation (curly
/// quotes, dashes, ellipsis, no-break space), which none of the [`UNICODE`] classes but
/// `\p{P}` matches, nor a superscript: then the [`ASCII`] classes match the same.
fn ascii_classes_suffice(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_ascii() || matches!(c, '‘' | '’' | '“' | '”' | '–' | '—' | '…' | '\u{a0}'))
}

/// A pattern compiled at most once with each kind of [`Classes`], on first use.
struct Pattern {
    build: fn(&Classes) -> Regex,
    unicode: OnceLock<Regex>,
    ascii: OnceLock<Regex>,
}

impl Pattern {
    const fn new(build: fn(&Classes) -> Regex) -> Self {
        Pattern {
            build,
            unicode: OnceLock::new(),
            ascii: OnceLock::new(),
        }
    }

    /// The pattern with the cheapest classes that match in `text` as the Unicode ones do.
    fn for_text(&self, text: &str) -> &Regex {
        if ascii_classes_suffice(text) {
            self.ascii.get_or_init(|| (self.build)(&ASCII))
        } else {
            self.unicode.get_or_init(|| (self.build)(&UNICODE))
        }
    }
}

fn marker_pattern(classes: &Classes) -> Regex {
    let Classes {
        upper,
        letter,
        word,
        digit,
        superscript_marks,
    } = classes;
    let pattern = format!(
        concat!(
            // Numbered references and footnotes: [1], [1, 2], [3–5], [a], [note 4], [^src].
            r"\[(?:[{digit}]{{1,3}}(?:\s*[,–-]\s*[{digit}]{{1,3}})*|[a-z]|note [{digit}]{{1,3}}|\^[{word}-]+)\]",
            r"|\((?:{AGENCIES})\)",
            // A credit line in brackets: (source: the ministry), (Sources: Eurostat, IMF).
            r"|\([Ss]ources?: [^()\n]{{1,120}}\)",
            // Author-year: (Smith, 2020), (Smith and Jones 2019a), (Smith et al., 2019, p. 4).
            r"|\([{upper}][{letter}'’-]+(?: et al\.| (?:and|&) [{upper}][{letter}'’-]+)?,? (?:1[89]|20)[{digit}][{digit}][a-z]?(?:, pp?\. ?[{digit}]+(?:[-–][{digit}]+)?)?\)",
            "{superscript_marks}",
        ),
        AGENCIES = AGENCIES,
        digit = digit,
        word = word,
        upper = upper,
        letter = letter,
        superscript_marks = superscript_marks,
    );
    Regex::new(&pattern).expect("valid citation pattern")
}

/// Citation markers inside `text[sentence]` that source it. "[citation needed]" and the like
/// are requests for a source, not markers.
pub fn citation_markers(text: &str, sentence: Span) -> Vec<Span> {
    static MARKERS: Pattern = Pattern::new(marker_pattern);
    let slice = sentence.slice(text);
    MARKERS
        .for_text(slice)
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

fn dateline_pattern(classes: &Classes) -> Regex {
    let Classes {
        upper,
        letter,
        digit,
        ..
    } = classes;
    let region = format!(r"(?:,\s*[{upper}][{letter}.]*(?: [{upper}][{letter}.]*)?)?");
    let date = format!(
        r"(?:,?\s*[{letter}]{{3,9}}\.? [{digit}]{{1,2}}|,?\s*[{digit}]{{1,2}} [{letter}]{{3,9}})?"
    );
    // "MOSCOW (Reuters) —", "WASHINGTON, March 3 (AP) -", "Paris, 31 March (AFP) –": a listed
    // agency after a place written any way; any name of up to four capitalised words after a
    // place in capitals, the dateline's own style, "LUSAKA, March 18 (Panafrican News Wire) —",
    // "CEDAR RIDGE, Iowa (KVRT) —".
    let pattern = format!(
        concat!(
            r"^(?:[{upper}][{letter}.'’-]*(?: [{upper}][{letter}.'’-]*){{0,3}}{region}{date}\s*\((?:{AGENCIES})\)",
            r"|[{upper}][{upper}.'’-]+(?: [{upper}][{upper}.'’-]*){{0,3}}{region}{date}\s*\([{upper}][{letter}.&'’-]*(?: [{upper}][{letter}.&'’-]*){{0,3}}\))",
            r"\s*[-–—:]",
        ),
        upper = upper,
        letter = letter,
        region = region,
        date = date,
        AGENCIES = AGENCIES,
    );
    Regex::new(&pattern).expect("valid dateline pattern")
}

/// Whether the first sentence of an article opens with a dateline crediting a news agency
/// ("MOSCOW (Reuters) — …"): the agency then sources the lede's unattributed statements.
pub fn dateline_agency(text: &str, first_sentence: Span) -> bool {
    static DATELINE: Pattern = Pattern::new(dateline_pattern);
    let sentence = first_sentence.slice(text);
    // The pattern takes milliseconds to compile (Unicode classes, bounded repeats): it is
    // built only for a sentence that may open with a dateline, a bracket early on.
    let opening = sentence
        .char_indices()
        .nth(DATELINE_REACH)
        .map_or(sentence, |(i, _)| &sentence[..i]);
    opening.contains('(') && DATELINE.for_text(sentence).is_match(sentence)
}

/// How many characters into a lede its dateline's bracket may open: a place, a region, a
/// date.
const DATELINE_REACH: usize = 80;

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
        assert_eq!(
            markers("“Exports fell,” it said (Smith, 2020); others (Müller, 2019) agree[^a_1]."),
            ["(Smith, 2020)", "(Müller, 2019)", "[^a_1]"]
        );
        assert_eq!(
            markers("“Exports fell,” it said — (Smith, 2020)[^a_1]."),
            ["(Smith, 2020)", "[^a_1]"]
        );
        assert_eq!(
            markers("Prices rose 4% (source: the ministry), wages 2% (Sources: Eurostat, IMF)."),
            ["(source: the ministry)", "(Sources: Eurostat, IMF)"]
        );
    }

    #[test]
    fn a_request_for_a_source_is_not_a_source() {
        assert!(markers("Crime doubled.[citation needed] Some say so.[who?]").is_empty());
        assert!(markers("The vote (held in 2019) was close (see below).").is_empty());
        assert!(markers("The leak (its source unknown) was small (source:).").is_empty());
    }

    #[test]
    fn dateline_ledes() {
        for lede in [
            "MOSCOW (Reuters) — Russia said on Friday it would step up cooperation.",
            "WASHINGTON, March 3 (AP) - The Senate passed the bill.",
            "Paris, 31 March (AFP) – Strikes continued.",
            "SÃO PAULO, 2 março (Reuters) — Brazil's real firmed.",
            "MOSCOW (Interfax-Ukraine) — Russia said on Friday it would step up cooperation.",
            "LUSAKA, March 18 (Panafrican News Wire) — The maize harvest failed.",
            "CEDAR RIDGE, Iowa (KVRT) — The school board met on Monday.",
        ] {
            assert!(dateline_agency(lede, Span::new(0, lede.len())), "{lede}");
        }
        for plain in [
            "Russia aims to further strengthen its partnership (Reuters) - with China.",
            // A name in brackets after a place not in capitals is no dateline's credit.
            "Moscow (Interfax-Ukraine) — Russia said on Friday it would step up cooperation.",
            "The ministry (Defence) — a body of 40 staff — said nothing.",
        ] {
            assert!(
                !dateline_agency(plain, Span::new(0, plain.len())),
                "{plain}"
            );
        }
    }
}
