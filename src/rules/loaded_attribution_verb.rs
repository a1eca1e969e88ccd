//! `loaded-attribution-verb`: "claimed", "admitted", "insisted" … where "said" is neutral.

use super::{Context, Finding, Fix, Rule};
use crate::analysis::attribution::cues::{is_loaded, verb_of, Lexicon};
use crate::analysis::attribution::said_fits;
use crate::analysis::Span;
use crate::config::Level;

pub struct LoadedAttributionVerb;

impl Rule for LoadedAttributionVerb {
    fn id(&self) -> &'static str {
        "loaded-attribution-verb"
    }

    fn default_level(&self) -> Level {
        Level::Info
    }

    fn summary(&self) -> &'static str {
        "an attribution verb that takes sides (\"claimed\", \"admitted\", \"insisted\") where \"said\" is neutral"
    }

    fn explanation(&self) -> &'static str {
        "\"Said\" tells the reader who spoke and nothing more. \"Claimed\" hints that the speaker \
         is wrong, \"admitted\" and \"conceded\" that they gave something up, \"insisted\" that \
         they were stubborn, \"revealed\" and \"pointed out\" that what they said is true. AP and \
         Reuters style keep to \"said\" unless the stronger verb is itself the news. The fix \
         replaces the verb with the same form of \"say\". A verb with an object, where \"said\" \
         would not fit, is left alone (\"conceded defeat\", \"claimed a victory\")."
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let lexicon = Lexicon::new(&[]);
        let mut reported: Option<Span> = None;
        for attribution in &cx.analysis.attributions {
            let Some(cue) = attribution.cue else { continue };
            // A cue shared by several attributions (continued remarks) is reported once.
            if reported == Some(cue) {
                continue;
            }
            let written = cue.slice(cx.source);
            let verb = verb_of(written);
            let Some(word) = lexicon.lookup(verb).filter(|w| is_loaded(*w)) else {
                continue;
            };
            // "conceded defeat" is no attribution verb to swap for "said".
            if !said_fits(cx.source, attribution) {
                continue;
            }
            reported = Some(cue);
            let neutral = same_case(word.neutral(), verb);
            out.push(
                Finding::new(
                    self,
                    cue,
                    format!("“{written}” takes sides; the neutral attribution verb is “{neutral}”"),
                )
                .with_fix(Fix::replace(
                    format!("Replace with “{neutral}”"),
                    cue,
                    neutral,
                )),
            );
        }
    }
}

/// `word` capitalised like `model` ("Claimed" → "Said").
fn same_case(word: &str, model: &str) -> String {
    if model.starts_with(char::is_uppercase) {
        let mut chars = word.chars();
        chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        word.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze;
    use crate::config::Config;
    use crate::rules::{check, Finding};
    use crate::text::Format;

    fn findings(source: &str) -> Vec<Finding> {
        let config = Config::default();
        let analysis = analyze(source, Format::PlainText, &config);
        check(source, &analysis, &config)
            .into_iter()
            .filter(|f| f.rule == "loaded-attribution-verb")
            .collect()
    }

    #[test]
    fn the_fix_keeps_tense_and_form() {
        let source = "The minister claimed that the figures were wrong. She insists the plan will work. “It is late,” he conceded. He pointed out that nobody came.\n";
        let found = findings(source);
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|f| {
                (
                    f.span.slice(source),
                    f.fixes[0].edits[0].replacement.as_ref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("claimed", "said"),
                ("insists", "says"),
                ("conceded", "said"),
                ("pointed out", "said")
            ]
        );
        assert_eq!(
            found[0].message,
            "“claimed” takes sides; the neutral attribution verb is “said”"
        );
    }

    #[test]
    fn neutral_verbs_and_nouns_are_left_alone() {
        assert!(findings("The minister said the figures were wrong.\n").is_empty());
        assert!(findings("The claims were wrong, the minister said.\n").is_empty());
    }

    #[test]
    fn verbs_with_an_object_are_left_alone() {
        // "said" cannot take their place: "said defeat", "said on a recount".
        for source in [
            "The senator conceded defeat on Tuesday.\n",
            "Trump insisted on a recount in three states.\n",
            "Sanders claimed a victory of sorts in Michigan.\n",
            "The company admitted wrongdoing in the case.\n",
        ] {
            assert!(findings(source).is_empty(), "{source}");
        }
        let clauses = "The senator conceded she would lose. Trump insisted there was fraud. Sanders claimed his plan would work.\n";
        assert_eq!(findings(clauses).len(), 3);
    }
}
