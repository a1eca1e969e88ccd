//! `unattributed-quote`: a quotation with no speaker in reach.

use super::{Context, Finding, Fix, Rule};
use crate::config::Level;

pub struct UnattributedQuote;

/// A quotation this short with nobody named is read as a scare quote ("a “hybrid war”"), not as
/// somebody's words.
const SCARE_QUOTE_MAX_WORDS: usize = 3;

impl Rule for UnattributedQuote {
    fn id(&self) -> &'static str {
        "unattributed-quote"
    }

    fn default_level(&self) -> Level {
        Level::Warning
    }

    fn summary(&self) -> &'static str {
        "a direct quotation with no speaker in reach"
    }

    fn explanation(&self) -> &'static str {
        "Every quotation needs a speaker the reader can find: in its sentence (“…,” Lavrov said), \
         in the line that introduces it (Lavrov added:), or in the remarks it continues. A \
         quotation nobody is said to have said reads as the reporter's own claim. Titles in \
         quotation marks and scare quotes of a few words are not flagged; a partial quotation \
         inside a sentence that names its source is attributed to that source. Single marks \
         (‘…’) count as quotation marks when the copy quotes with them, British style; in \
         copy that quotes with double marks they set off headlines and quotes within quotes."
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let quotations = &cx.analysis.quotes.quotations;
        for attribution in &cx.analysis.attributions {
            if !attribution.direct || attribution.source.is_some() {
                continue;
            }
            let Some(quotation) = attribution.quotation.map(|i| &quotations[i]) else {
                continue;
            };
            let words = quotation
                .content
                .slice(cx.source)
                .split_whitespace()
                .count();
            if words <= SCARE_QUOTE_MAX_WORDS {
                continue;
            }
            let span = quotation.span();
            out.push(
                Finding::new(self, span, "quotation with no speaker: say who said it").with_fix(
                    Fix::insert(
                        "Insert an attribution placeholder",
                        span.end,
                        ", [SOURCE] said",
                    ),
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {

    fn flagged(source: &str) -> Vec<&str> {
        crate::rules::flagged("unattributed-quote", source)
    }

    #[test]
    fn a_quotation_nobody_said_is_flagged() {
        let source =
            "The mayor visited the plant.\n\n“We will rebuild every house on this street.”\n";
        assert_eq!(
            flagged(source),
            ["“We will rebuild every house on this street.”"]
        );
    }

    #[test]
    fn attributed_partial_and_scare_quotes_are_not() {
        assert!(flagged("“We will rebuild every house,” the mayor said.\n").is_empty());
        assert!(
            flagged("The mayor said the town would “rebuild every single house” by May.\n")
                .is_empty()
        );
        assert!(flagged("Critics call it a “hybrid war”.\n").is_empty());
        assert!(flagged("She watched “The Lord of the Rings” twice.\n").is_empty());
        // A linked headline under its credit names an article; nobody said it.
        assert!(
            flagged("“Pop-up gallery opens beside the old tram depot,” by Ana Ruiz.\n").is_empty()
        );
    }

    #[test]
    fn continued_remarks_keep_their_speaker() {
        let source = "“We will rebuild,” the mayor said. “Every house on this street will stand again.”\n\n“And the school will open in May, as we promised.”\n";
        assert!(flagged(source).is_empty(), "{:?}", flagged(source));
    }
}
