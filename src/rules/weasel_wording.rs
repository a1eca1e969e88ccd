//! `weasel-wording`: attribution that only pretends to source ("experts believe", "it is
//! widely thought", "reportedly").

use super::{Context, Finding, Rule};
use crate::analysis::attribution::SourcesWords;
use crate::analysis::claims::WeaselKind;
use crate::analysis::{Analysis, Sourcing, Span};
use crate::config::Level;

pub struct WeaselWording;

impl Rule for WeaselWording {
    fn id(&self) -> &'static str {
        "weasel-wording"
    }

    fn default_level(&self) -> Level {
        Level::Warning
    }

    fn summary(&self) -> &'static str {
        "vague attribution: \"some say\", \"experts believe\", \"it is widely thought\", \"reportedly\"; a hedge, vague amount or praise one level lower"
    }

    fn explanation(&self) -> &'static str {
        "Weasel words give a statement the look of a source without naming one: an unnamed crowd \
         (\"some people say\", \"many scholars state\", \"critics say\"), the passive (\"it is \
         believed\", \"it is widely thought\", \"research has shown\"), or an unsourced report \
         (\"reportedly\", \"allegedly\"). Name who says so, or say it in the paper's own voice \
         and stand by it. An unsourced report is not flagged when the sentence names its source \
         or carries a link or citation. Hedges (\"may\", \"appears\"), vague amounts (\"many\") \
         and praise (\"one of the best\") are flagged only in a sentence that reads as vague, \
         and one level below the rule's (\"info\" by default): they are more often the writer's \
         choice of words than a hidden source. Words inside a quotation are the speaker's and are \
         never flagged, nor is a hedge, a vague amount or praise in what a named source said or \
         wrote (\"the mayor said it was unclear whether …\"). A hedge that is a named source's \
         own verb (\"a leaked memo suggested\") asks whose doubt it is."
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let analysis = cx.analysis;
        let mut sources = SourcesWords::new(cx.source, &analysis.quotes, &analysis.attributions);
        // The cues of named sources, by start, with the source: "a leaked memo suggested" is the
        // memo's hedge, not the writer's.
        let mut named_cues: Vec<(Span, &str)> = (analysis.attributions.iter())
            .filter(|a| !a.anonymous)
            .filter_map(|a| {
                let source = a.source?.slice(cx.source);
                Some((a.cue?, a.speaker.as_deref().unwrap_or(source)))
            })
            .collect();
        named_cues.sort_unstable_by_key(|(cue, _)| cue.start);
        for weasel in &analysis.weasels {
            // "reportedly" is no weasel when the sentence names its source; the other kinds
            // ("experts believe", "it is thought") stay vague whatever else the sentence says.
            if weasel.kind == WeaselKind::Hedge && named_source_covers(analysis, weasel.span) {
                continue;
            }
            // A quotation's words, and a hedge in what a named source said ("the mayor said it
            // was unclear whether …"), are the source's, not the writer's to answer for.
            if sources.own(weasel) {
                continue;
            }
            let phrase = weasel.span.slice(cx.source);
            let kind = weasel.kind.describe();
            let cue_of = named_cues
                .partition_point(|(cue, _)| cue.start <= weasel.span.start)
                .checked_sub(1)
                .map(|i| named_cues[i])
                .filter(|(cue, _)| cue.contains_span(weasel.span));
            let message = match cue_of {
                // Still a hedge (CoNLL-2010 marks "suggest" whoever says it), but the source is
                // named: the question is whose doubt it is.
                Some((_, speaker)) if !weasel.kind.is_strong() => format!(
                    "{kind}: “{phrase}” — is the doubt the source's own ({speaker})? If not, \
                     report it plainly"
                ),
                _ => format!("{kind}: “{phrase}” — who says so?"),
            };
            let finding = Finding::new(self, weasel.span, message);
            // A hedge, a vague amount or praise is the writer's choice of words more often than a
            // hidden source: one level down, so that the vague attributions stand out.
            out.push(if weasel.kind.is_strong() {
                finding
            } else {
                finding.milder()
            });
        }
    }
}

/// The weasel's sentence is sourced by a link, a citation, or an attribution whose source is
/// not the weasel phrase itself ("critics say" is an attribution whose source is the weasel)
/// and whose content holds it ("Police said the man allegedly stole …"). A report hedged
/// before what it reports is the report itself unsourced: "Trump reportedly told aides …",
/// "The company is reportedly planning to …".
fn named_source_covers(analysis: &Analysis, span: Span) -> bool {
    let index = analysis
        .claims
        .partition_point(|c| c.span.end <= span.start);
    let Some(claim) = analysis
        .claims
        .get(index)
        .filter(|c| c.span.contains(span.start))
    else {
        return false;
    };
    match claim.sourcing {
        Some(Sourcing::Link(_) | Sourcing::Citation(_)) => true,
        Some(Sourcing::Attribution(i)) => {
            let attribution = &analysis.attributions[i];
            attribution.source.is_some_and(|s| !s.overlaps(span))
                && !attribution.anonymous
                && attribution.content.contains_span(span)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {

    fn flagged(source: &str) -> Vec<&str> {
        crate::rules::flagged("weasel-wording", source)
    }

    #[test]
    fn flags_the_phrase() {
        assert_eq!(
            flagged("It is widely thought that the plan will fail."),
            ["It is widely thought"]
        );
        assert_eq!(
            flagged("Experts believe the plan will fail."),
            ["Experts believe"]
        );
        assert!(flagged("The minister said the plan will fail.").is_empty());
    }

    #[test]
    fn a_crowd_pointed_back_to_is_no_vague_attribution() {
        assert_eq!(
            flagged("A lawsuit will follow next month, people said."),
            ["people said"]
        );
        assert!(flagged("A lawsuit will follow next month, the people said.").is_empty());
        assert!(flagged("A lawsuit will follow next month, two of the people said.").is_empty());
    }

    #[test]
    fn a_hedge_is_one_level_below_a_vague_attribution() {
        use crate::config::Level;
        let source = "Experts believe the plan will fail, and it may cost many jobs.";
        let levels: Vec<_> = crate::rules::findings("weasel-wording", source)
            .into_iter()
            .map(|f| (f.span.slice(source), f.level))
            .collect();
        assert_eq!(
            levels,
            [
                ("Experts believe", Level::Warning),
                ("may", Level::Info),
                ("many", Level::Info)
            ]
        );
    }

    #[test]
    fn leaves_the_sources_words_alone() {
        // A quotation's words are its speaker's, whatever they are.
        assert!(flagged("Clinton said, “We've been in touch with various officials.”").is_empty());
        // A hedge in what a named source said is the source's.
        assert!(flagged("The mayor said it was unclear whether a bomb caused it.").is_empty());
        assert!(flagged("Many of the ideas may fail, per the police report.").is_empty());
        // Not in what a stance or an act covers, nor in a vague crowd's words.
        assert_eq!(flagged("He supports many of the ideas."), ["many"]);
        assert_eq!(
            flagged("Experts said it was unclear whether a bomb caused it."),
            ["Experts said", "unclear"]
        );
    }

    #[test]
    fn a_report_hedged_before_what_it_reports_is_unsourced() {
        let story = "Title\n\nThe company is reportedly planning to close the plant.\n\n\
                     Trump reportedly told aides he would fire the director.\n\n\
                     According to the BBC, the singer allegedly assaulted a photographer.\n";
        assert_eq!(flagged(story), ["reportedly", "reportedly"]);
    }

    #[test]
    fn an_agentless_report_in_the_plural_or_the_past() {
        let story = "Title\n\nSuppliers are understood to be nervous about the cuts.\n\n\
                     The talks were said to have stalled.\n";
        assert_eq!(flagged(story), ["are understood to", "were said to"]);
    }

    #[test]
    fn a_named_sources_hedge_is_theirs() {
        let source = "Title\n\nA leaked memo suggested he had overruled officials.\n";
        let messages: Vec<String> = crate::rules::findings("weasel-wording", source)
            .into_iter()
            .map(|f| f.message)
            .collect();
        assert_eq!(
            messages,
            ["hedge: “suggested” — is the doubt the source's own (A leaked memo)? If not, report it plainly"]
        );
    }

    #[test]
    fn appearing_in_court_is_no_hedge() {
        let story =
            "Court\n\nA man appeared at Leeds Crown Court on Monday charged with murder. He \
                     was remanded in custody and will appear again on 14 March.\n";
        assert!(flagged(story).is_empty());
        assert_eq!(
            flagged("The plan appears to have failed, and many jobs may go."),
            ["appears", "many", "may"]
        );
    }

    #[test]
    fn a_short_span_of_time_and_a_counted_other_are_not_vague() {
        let story = "Crash\n\nThe road was closed for several hours while officers examined \
                     the scene. Two other people were treated for smoke inhalation and the \
                     driver was released a few minutes later.\n\nThe stretch of road has seen \
                     several serious crashes in recent years.\n";
        assert_eq!(flagged(story), ["several"]);
        // A long span, and a span as a quantity, stay vague.
        assert_eq!(
            flagged("The concept has been developing over several years."),
            ["several"]
        );
        assert_eq!(
            flagged("Station would run several hours to all night."),
            ["several"]
        );
    }

    #[test]
    fn an_amount_or_a_crowd_that_a_narrated_event_happens_to_is_not_vague() {
        let story = "Floods\n\nSeveral roads were blocked. Many people were taken to \
                     hospital.\n\nSeveral experts blamed the council. Still others were \
                     released, and many of those involved were jailed.\n";
        assert_eq!(flagged(story), ["Several experts", "others", "many"]);
    }

    #[test]
    fn one_of_a_group_is_no_praise() {
        let story = "Ruling\n\nMarta Ruiz, one of the plaintiffs, said she would appeal. Only \
                     one of the company's founders was at the hearing.\n";
        assert!(flagged(story).is_empty());
        assert_eq!(
            flagged("It is one of the oldest and one of the world's richest clubs."),
            ["one of the", "one of the"]
        );
    }

    #[test]
    fn an_indirect_question_is_no_hedge() {
        let source = "Fed holds rates\n\nAsked whether the Fed would consider raising rates \
                      again, he replied: “That's not our base case.”\n";
        assert!(flagged(source).is_empty());
        // A question a source would not answer, with its modal.
        assert!(flagged(
            "Powell declined to say whether a cut could come as soon as May.\n\
             Police are investigating whether the fire may have been started deliberately."
        )
        .is_empty());
        assert_eq!(
            flagged("Whether or not the bill passes, the tax may rise."),
            ["may"]
        );
        // "whether" alone still hedges.
        assert_eq!(
            flagged("Nobody can yet predict whether the new vaccine will work."),
            ["whether"]
        );
    }

    #[test]
    fn a_source_not_reached_is_no_hedge() {
        assert!(flagged("Her lawyer could not immediately be reached.\n").is_empty());
        assert_eq!(
            flagged("The rescuers could be reached by boat within hours.\n"),
            ["could"]
        );
    }
}
