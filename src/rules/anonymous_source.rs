//! `anonymous-source`: a source that is not named ("a senior official", "sources close to the matter").

use rustc_hash::FxHashSet as HashSet;

use super::{Context, Finding, Rule};
use crate::analysis::attribution::Attribution;
use crate::analysis::Span;
use crate::config::Level;

pub struct AnonymousSource;

impl Rule for AnonymousSource {
    fn id(&self) -> &'static str {
        "anonymous-source"
    }

    fn default_level(&self) -> Level {
        Level::Info
    }

    fn summary(&self) -> &'static str {
        "an unnamed source (\"a senior official said\", \"officials who spoke on condition of anonymity\")"
    }

    fn explanation(&self) -> &'static str {
        "Readers weigh a claim by who makes it. When a source cannot be named, say why (\"who \
         was not authorised to speak publicly\") and describe them as precisely as safety \
         allows. This note marks every unnamed source so an editor can check each one, a role \
         with an indefinite article included (\"a senior minister\", \"one Conservative MP\"). \
         A spokesperson for a named body (\"a Treasury spokesperson\") speaks on the record and is \
         not marked, unless they asked not to be named; nor are people reported only as acting \
         (\"councillors voted to approve\"), nor an unnamed crowd that `weasel-wording` already \
         questions (\"critics say\")."
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        // A set: a page of a thousand "an official said" looked through every one reported.
        let mut reported: HashSet<Span> = HashSet::default();
        // "Councillors voted to approve …" reports an act, not an unnamed source's account.
        let unnamed = |a: &&Attribution| {
            a.anonymous
                && !a.cue_is_attitude(cx.source)
                && !asks_for_comment(a.content.slice(cx.source))
        };
        for attribution in cx.analysis.attributions.iter().filter(unnamed) {
            // Up to a relative clause: the note names the source, not why it is unnamed.
            let Some(source) = attribution.source_head(cx.source) else {
                continue;
            };
            if !reported.insert(source) {
                continue;
            }
            out.push(Finding::new(
                self,
                source,
                format!("unnamed source: “{}”", source.slice(cx.source)),
            ));
        }
    }
}

/// How far into a content "comment" is looked for: "to a request for comment".
const MAX_WORDS_BEFORE_COMMENT: usize = 4;

/// The content is the comment asked for, not given: "(did not respond) to a request for
/// comment", "(declined) to comment on the plan". An unnamed person who said nothing is no
/// source the reader has to take on trust.
fn asks_for_comment(content: &str) -> bool {
    let words: Vec<&str> = content
        .split_whitespace()
        .take(MAX_WORDS_BEFORE_COMMENT + 1)
        .collect();
    words.windows(2).any(|pair| {
        matches!(pair[0], "to" | "for" | "seeking")
            && pair[1].trim_end_matches(['.', ',']) == "comment"
    })
}

#[cfg(test)]
mod tests {

    fn flagged(source: &str) -> Vec<&str> {
        crate::rules::flagged("anonymous-source", source)
    }

    #[test]
    fn a_crowd_the_weasel_warning_questions_is_not_noted_twice() {
        let source = "Critics say the scheme is unfair.\n";
        assert!(flagged(source).is_empty());
        assert_eq!(
            crate::rules::flagged("weasel-wording", source),
            ["Critics say"]
        );
        // With the weasel rule off, the note stays.
        let mut config = crate::config::Config::default();
        config
            .rules
            .insert("weasel-wording".into(), crate::config::Level::Off);
        let analysis = crate::analysis::analyze(source, crate::text::Format::PlainText, &config);
        let notes: Vec<_> = crate::rules::check(source, &analysis, &config)
            .into_iter()
            .filter(|f| f.rule == "anonymous-source")
            .map(|f| f.span.slice(source))
            .collect();
        assert_eq!(notes, ["Critics"]);
    }

    #[test]
    fn unnamed_sources() {
        assert_eq!(
            flagged("The talks have stalled, a senior official said.\n"),
            ["a senior official"]
        );
        assert_eq!(
            flagged("The deal is close, according to sources close to the matter.\n"),
            ["sources close to the matter"]
        );
        assert!(
            flagged("The talks have stalled, Foreign Minister Sergei Lavrov said.\n").is_empty()
        );
        // What describes an unnamed source names no one.
        assert_eq!(
            flagged(
                "The talks have stalled, a senior official in the Trump administration said.\n\
                 A senior State Department official said the talks had stalled.\n"
            ),
            [
                "a senior official in the Trump administration",
                "A senior State Department official"
            ]
        );
        assert!(flagged(
            "Another critic, Laurence H. Tribe of Harvard, said the ruling was wrong.\n"
        )
        .is_empty());
        // A name first is named, whatever describes it after; an unnamed head may follow
        // a partitive or an adjective.
        assert!(flagged("China, Pyongyang's only ally, said it opposed sanctions.\n").is_empty());
        assert_eq!(
            flagged(
                "One of his senior aides said the plan was dead.\n\
                 An inside source said the plan was dead.\n"
            ),
            ["One of his senior aides", "An inside source"]
        );
        // A source who asked not to be named, in any of the ways copy says so.
        assert_eq!(
            flagged(
                "One resident of Pontypridd, who did not want to be named, said the town had been cut off.\n"
            ),
            ["One resident of Pontypridd"]
        );
        // The note names the source; why it is unnamed stays out of it.
        assert_eq!(
            flagged(
                "A senior official, who spoke on condition of anonymity because he was not authorized to discuss the talks, said they had failed.\n"
            ),
            ["A senior official"]
        );
        // Nor is whom the reason speaks of another unnamed source.
        assert_eq!(
            flagged(
                "Two nurses, who asked not to be identified because they feared reprisals, described long shifts.\n"
            ),
            ["Two nurses"]
        );
    }

    #[test]
    fn an_act_is_no_unnamed_account() {
        // A vote, a welcome or a want is an act or a stance, not a source telling anything.
        assert!(flagged(
            "Councillors voted to approve the budget on Tuesday.\n\
             Residents welcomed the decision.\n"
        )
        .is_empty());
        // What unnamed people said or think still is.
        assert_eq!(
            flagged(
                "Councillors said the budget was the only option.\n\
                 Local residents believe the rise is unfair.\n"
            ),
            ["Councillors", "Local residents"]
        );
    }

    #[test]
    fn a_comment_not_given_names_no_source() {
        assert!(flagged(
            "A spokesman for the company did not respond to a request for comment.\n\
             A company spokeswoman declined to comment on the plan.\n"
        )
        .is_empty());
        assert_eq!(
            flagged("A company spokeswoman said the plan was under review.\n"),
            ["A company spokeswoman"]
        );
    }

    #[test]
    fn a_name_that_ends_in_s_is_named() {
        // One word in "s" reads like "Officials"; the entity layer knows a name.
        assert!(flagged("As reported by Reuters, the company lost $3 million.\n").is_empty());
        assert!(flagged("Sanders said the deal was bad.\n").is_empty());
        assert_eq!(flagged("Officials said the deal was bad.\n"), ["Officials"]);
    }

    #[test]
    fn each_unnamed_source_is_reported_once() {
        // A quotation in two parts around one source is two attributions of it.
        let page = "“One,” an official said, “two.”\n".repeat(300);
        let found = flagged(&page);
        assert_eq!(found.len(), 300);
        assert!(found.iter().all(|&s| s == "an official"));
    }
}
