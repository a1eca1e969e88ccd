//! `unbalanced-quote`: an opening mark never closed, a closing mark never opened, or a pair of
//! marks of two styles (`“ … "`).

use std::collections::HashMap;

use super::{Context, Finding, Fix, Rule};
use crate::analysis::QuoteProblem;
use crate::config::Level;

pub struct UnbalancedQuote;

impl Rule for UnbalancedQuote {
    fn id(&self) -> &'static str {
        "unbalanced-quote"
    }

    fn default_level(&self) -> Level {
        Level::Error
    }

    fn summary(&self) -> &'static str {
        "an opening quote mark with no close in its paragraph, or mismatched marks"
    }

    fn explanation(&self) -> &'static str {
        "A quotation must close in the paragraph where it opens. A quotation that runs over several \
         paragraphs is the one exception: each continuing paragraph opens with a quote mark and only \
         the last one closes. Both marks of a pair must be of one style: “curly” with “curly”, \
         \"straight\" with \"straight\", « guillemets » with « guillemets ». A reader — and every \
         tool that finds who said what — loses track of where the speaker's words end otherwise."
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let blocks = &cx.analysis.prose.blocks;
        // Blocks are in order: a search, not a walk from the first for each mark.
        let block_of = |at: usize| {
            let index = blocks.partition_point(|b| b.span.end <= at);
            blocks
                .get(index)
                .filter(|b| b.span.contains(at))
                .map(|_| index)
        };
        let problems = &cx.analysis.quotes.problems;
        let blocks_of: Vec<Option<usize>> =
            problems.iter().map(|p| block_of(p.span().start)).collect();
        let mut in_block: HashMap<Option<usize>, usize> = HashMap::new();
        for block in &blocks_of {
            *in_block.entry(*block).or_default() += 1;
        }
        let mut reported: HashMap<Option<usize>, usize> = HashMap::new();
        for (problem, block) in problems.iter().zip(&blocks_of) {
            let seen = reported.entry(*block).or_default();
            *seen += 1;
            // A paragraph of a thousand stray marks is one problem to an editor, not a thousand.
            let listed = *seen <= MAX_LISTED_PER_PARAGRAPH
                || in_block[block] == MAX_LISTED_PER_PARAGRAPH + 1;
            if !listed {
                if *seen == MAX_LISTED_PER_PARAGRAPH + 1 {
                    let more = in_block[block] - MAX_LISTED_PER_PARAGRAPH;
                    out.push(Finding::new(
                        self,
                        problem.span(),
                        format!("{more} more quote-mark problems in this paragraph (the first {MAX_LISTED_PER_PARAGRAPH} are listed one by one)"),
                    ));
                }
                continue;
            }
            out.push(self.finding(cx, *problem, block.map(|i| blocks[i].span.end)));
        }
    }
}

/// How many unbalanced marks of one paragraph get a finding each; the rest get one together.
const MAX_LISTED_PER_PARAGRAPH: usize = 10;

impl UnbalancedQuote {
    fn finding(&self, cx: &Context, problem: QuoteProblem, block_end: Option<usize>) -> Finding {
        match problem {
            QuoteProblem::Unclosed { open, expected } => {
                let mark = open.slice(cx.source);
                Finding::new(
                    self,
                    open,
                    format!("{mark} opens a quotation that is never closed in its paragraph (expected {expected})"),
                )
                .with_fix(Fix::insert(format!("Close the quotation at the end of the paragraph ({expected})"), block_end.unwrap_or(open.end), expected))
            }
            QuoteProblem::Unopened { close } => {
                let mark = close.slice(cx.source);
                Finding::new(
                    self,
                    close,
                    format!("{mark} closes a quotation that was never opened"),
                )
            }
            QuoteProblem::Mismatched {
                open,
                close,
                expected,
            } => {
                let (opened, closed) = (open.slice(cx.source), close.slice(cx.source));
                Finding::new(
                    self,
                    open,
                    format!("mismatched quote marks: {opened} is closed by {closed} (expected {expected})"),
                )
                .with_fix(Fix::replace(format!("Replace the closing {closed} with {expected}"), close, expected))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze;
    use crate::config::Config;
    use crate::rules::check;
    use crate::text::Format;

    fn messages(source: &str) -> Vec<(String, String, Vec<String>)> {
        let config = Config::default();
        let analysis = analyze(source, Format::PlainText, &config);
        check(source, &analysis, &config)
            .into_iter()
            .filter(|f| f.rule == "unbalanced-quote")
            .map(|f| {
                (
                    f.span.slice(source).to_owned(),
                    f.message,
                    f.fixes.into_iter().map(|x| x.title.into_owned()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn mismatched_marks_get_a_fix() {
        let got = messages("“In general, the West's policy is hybrid warfare.\"\n");
        assert_eq!(
            got,
            [(
                "“".to_owned(),
                "mismatched quote marks: “ is closed by \" (expected ”)".to_owned(),
                vec!["Replace the closing \" with ”".to_owned()]
            )]
        );
    }

    #[test]
    fn unclosed_and_unopened() {
        let got = messages("He said “we will win.\n\nThen” she left.");
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0].1,
            "“ opens a quotation that is never closed in its paragraph (expected ”)"
        );
        assert_eq!(got[1].1, "” closes a quotation that was never opened");
    }

    #[test]
    fn the_fix_closes_each_quotation_at_the_end_of_its_own_paragraph() {
        let source = "He said “we will win.\n\n".repeat(200);
        let config = Config::default();
        let analysis = analyze(&source, Format::PlainText, &config);
        let ends: Vec<usize> = check(&source, &analysis, &config)
            .into_iter()
            .filter(|f| f.rule == "unbalanced-quote")
            .map(|f| f.fixes[0].edits[0].span.start)
            .collect();
        let paragraph_ends: Vec<usize> = source.match_indices("\n\n").map(|(at, _)| at).collect();
        assert_eq!(ends, paragraph_ends);
    }

    #[test]
    fn a_paragraph_of_stray_marks_lists_ten_and_counts_the_rest() {
        // 1,000 marks: 998 open and never close, the last two pair up, mismatched.
        let source = format!("{}\n\nHe said “we will win.\n", "“".repeat(1_000));
        let got = messages(&source);
        assert_eq!(got.len(), 12);
        assert!(got[..10]
            .iter()
            .all(|(mark, message, _)| mark == "“" && message.starts_with("“ opens a quotation")));
        assert_eq!(
            got[10].1,
            "989 more quote-mark problems in this paragraph (the first 10 are listed one by one)"
        );
        assert!(got[10].2.is_empty());
        // The next paragraph's own problem is still listed; eleven problems are all listed.
        assert_eq!(messages(&"“".repeat(12)).len(), 11);
        assert_eq!(
            got[11].1,
            "“ opens a quotation that is never closed in its paragraph (expected ”)"
        );
    }

    #[test]
    fn disable_comments_silence_it() {
        assert!(
            messages("newslint: disable-next-line unbalanced-quote\nHe said “we will win.\n")
                .is_empty()
        );
        assert_eq!(
            messages("newslint: disable-next-line unsourced-claim\nHe said “we will win.\n").len(),
            1
        );
    }
}
