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
         would not fit, is left alone (\"conceded defeat\", \"claimed a victory\"), and so is one \
         after a modal, an act asked for rather than reported (\"they should admit\")."
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
            // "conceded defeat" is no attribution verb to swap for "said"; "they should admit
            // that" asks for an act that has not happened, and takes no one's side.
            if !said_fits(cx.source, attribution) || after_a_modal(cx.source, cue.start) {
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

/// Modals of a wish, a duty or a possibility, and "will" shortened ("they'll"); "would" is left
/// out: "he would later admit" tells of an act.
const MODALS: &[&str] = &[
    "should", "must", "ought", "shall", "could", "might", "may", "can", "will",
];

/// Whether a modal comes before `at`, next to it or with one adverb between ("must now
/// concede", "should not claim").
fn after_a_modal(source: &str, at: usize) -> bool {
    let mut words = source[..at]
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase());
    let is_modal = |w: &str| MODALS.contains(&w) || w.ends_with("'ll") || w.ends_with("’ll");
    match words.next() {
        Some(w) if is_modal(&w) => true,
        Some(w)
            if w.ends_with("ly")
                || matches!(w.as_str(), "not" | "now" | "also" | "never" | "to") =>
        {
            words.next().is_some_and(|w| is_modal(&w))
        }
        _ => false,
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

    #[test]
    fn an_act_asked_for_or_supposed_is_left_alone() {
        let asked = "Ministers should now admit that the standard is too low. The board must \
                     concede that the plan failed. Critics will claim the figures are wrong.\n";
        assert!(findings(asked).is_empty(), "{:?}", findings(asked));
        let told = "The board finally conceded that the plan had failed.\n";
        let found: Vec<&str> = findings(told).iter().map(|f| f.span.slice(told)).collect();
        assert_eq!(found, ["conceded"]);
    }
}
