//! `first-reference`: a person first named by surname (or given name) alone while the full
//! name only comes later.

use super::{Context, Finding, Fix, Rule};
use crate::analysis::Span;
use crate::config::Level;
use crate::text::BlockKind;

pub struct FirstReference;

impl Rule for FirstReference {
    fn id(&self) -> &'static str {
        "first-reference"
    }

    fn default_level(&self) -> Level {
        Level::Info
    }

    fn summary(&self) -> &'static str {
        "a person first named by surname only"
    }

    fn explanation(&self) -> &'static str {
        "News style gives a person's full name at first reference and the surname after it. When \
         the first mention is \"Lavrov\" and \"Sergei Lavrov\" only comes later, a reader meets a \
         stranger. The quick fix writes the full name at the first mention."
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let entities = &cx.analysis.entities;
        let headings: Vec<Span> = (cx.analysis.prose.blocks.iter())
            .filter(|b| b.kind == BlockKind::Heading)
            .map(|b| b.span)
            .collect();
        for first in crate::analysis::entities::first_references(entities, &headings) {
            let name = first.first.slice(cx.source);
            let full = first.full.slice(cx.source);
            let message =
                format!("“{name}” is the first mention of {full}: give the full name here");
            out.push(
                Finding::new(self, first.first, message).with_fix(Fix::replace(
                    format!("Write “{full}” here"),
                    first.first,
                    full.to_owned(),
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze;
    use crate::config::Config;
    use crate::rules::check;
    use crate::text::Format;

    #[test]
    fn surname_before_full_name() {
        let source =
            "Lavrov arrived in Beijing on Monday. Foreign Minister Sergei Lavrov met Wang Yi.";
        let config = Config::default();
        let analysis = analyze(source, Format::PlainText, &config);
        let findings: Vec<_> = check(source, &analysis, &config)
            .into_iter()
            .filter(|f| f.rule == "first-reference")
            .collect();
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].span.slice(source), "Lavrov");
        assert_eq!(findings[0].fixes[0].edits[0].replacement, "Sergei Lavrov");
        let fine = "Sergei Lavrov arrived in Beijing on Monday. Lavrov met Wang Yi.";
        let analysis = analyze(fine, Format::PlainText, &config);
        assert!(check(fine, &analysis, &config)
            .iter()
            .all(|f| f.rule != "first-reference"));
    }

    /// The rule's findings on `source`: the span each names and the fix's replacement.
    fn first_references(source: &str, format: Format) -> Vec<(String, String)> {
        let config = Config::default();
        let analysis = analyze(source, format, &config);
        check(source, &analysis, &config)
            .into_iter()
            .filter(|f| f.rule == "first-reference")
            .map(|f| {
                let fix = f.fixes[0].edits[0].replacement.to_string();
                (f.span.slice(source).to_owned(), fix)
            })
            .collect()
    }

    #[test]
    fn a_headline_may_name_by_surname() {
        // Headlines name people by surname; the copy's first reference is what counts.
        for (source, format) in [
            (
                "Arsenal 2-1 Chelsea: Saka strikes late\n\nBukayo Saka scored in the 88th minute. \
                 Saka said it was the best feeling in the world.",
                Format::PlainText,
            ),
            (
                "# Saka strikes late\n\nBukayo Saka scored in the 88th minute.\n",
                Format::Markdown,
            ),
        ] {
            assert_eq!(first_references(source, format), [], "{source}");
        }
        // The copy still owes the full name at its own first reference.
        assert_eq!(
            first_references(
                "Saka strikes late\n\nSaka scored in the 88th minute. Bukayo Saka, 23, said \
                 it was the best feeling in the world.",
                Format::PlainText
            ),
            [("Saka".to_owned(), "Bukayo Saka".to_owned())]
        );
    }
}
