//! Disable comments: `<!-- newslint-disable RULE... -->`, `<!-- newslint-enable -->`,
//! `<!-- newslint-disable-next-line RULE -->`, `<!-- newslint-disable-line RULE -->`, and in
//! plain text the same words after `newslint:` on a line of their own. No rule named means all.

use regex::Regex;
use std::sync::LazyLock;

use super::{comment_line, Finding, Fix};
use crate::analysis::Span;
use crate::text::{line_start, Format};

#[derive(Debug, Clone, PartialEq, Eq)]
struct Suppression {
    span: Span,
    /// `None`: every rule.
    rules: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suppressions {
    /// In order of their starts.
    suppressions: Vec<Suppression>,
    /// For each suppression, the furthest end of it and those before it: a look-up walks back
    /// from the offset only while some suppression may still reach it — a page of
    /// `disable-line` comments is one step per finding, not the whole list (a region open from
    /// above still makes it walk back to the region, as before).
    reach: Vec<usize>,
}

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    // `R`: lines end at `\n`, `\r\n` or a lone `\r`, so CRLF files work too.
    Regex::new(r"(?mR)<!--\s*newslint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->|^[ \t]*newslint:[ \t]*(disable-next-line|disable-line|disable|enable)\b([^\r\n]*)$")
        .expect("valid regex")
});

impl Suppressions {
    pub fn parse(source: &str) -> Suppressions {
        let mut suppressions = Vec::new();
        // Every directive spells "newslint": a document without the word has none, and this
        // look costs far less than the line-anchored pattern over the whole text.
        if !source.contains("newslint") {
            return Suppressions::default();
        }
        // Open `disable` regions: where they start and what they cover.
        let mut open: Vec<(usize, Option<Vec<String>>)> = Vec::new();
        for captures in DIRECTIVE.captures_iter(source) {
            let whole = captures.get(0).expect("group 0 always matches");
            let verb = captures
                .get(1)
                .or(captures.get(3))
                .map_or("", |m| m.as_str());
            let names = captures
                .get(2)
                .or(captures.get(4))
                .map_or("", |m| m.as_str());
            let rules: Vec<String> = names
                .split([' ', ',', '\t'])
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            let rules = (!rules.is_empty()).then_some(rules);
            let line = line_span(source, whole.start());
            match verb {
                "disable-line" => suppressions.push(Suppression { span: line, rules }),
                "disable-next-line" => {
                    let break_len = if source[line.end..].starts_with("\r\n") {
                        2
                    } else {
                        1
                    };
                    let next = line_span(source, (line.end + break_len).min(source.len()));
                    suppressions.push(Suppression { span: next, rules });
                }
                "disable" => open.push((whole.end(), rules)),
                _ => {
                    // `enable` with rules closes the regions for those rules; bare `enable` closes all.
                    open.retain(|(start, disabled)| {
                        let closes = match (&rules, disabled) {
                            (None, _) => true,
                            (Some(enabled), Some(disabled)) => {
                                disabled.iter().all(|r| enabled.contains(r))
                            }
                            (Some(_), None) => false,
                        };
                        if closes {
                            suppressions.push(Suppression {
                                span: Span::new(*start, whole.start()),
                                rules: disabled.clone(),
                            });
                        }
                        !closes
                    });
                }
            }
        }
        for (start, rules) in open {
            suppressions.push(Suppression {
                span: Span::new(start, source.len() + 1),
                rules,
            });
        }
        suppressions.sort_by_key(|s| s.span.start);
        let reach = (suppressions.iter())
            .scan(0, |reach, s| {
                *reach = s.span.end.max(*reach);
                Some(*reach)
            })
            .collect();
        Suppressions {
            suppressions,
            reach,
        }
    }

    pub fn suppresses(&self, rule: &str, offset: usize) -> bool {
        let before = self
            .suppressions
            .partition_point(|s| s.span.start <= offset);
        (0..before)
            .rev()
            .take_while(|&i| self.reach[i] >= offset)
            .map(|i| &self.suppressions[i])
            .any(|s| {
                (s.span.contains(offset) || (s.span.is_empty() && s.span.start == offset))
                    && s.rules
                        .as_ref()
                        .is_none_or(|rules| rules.iter().any(|r| r == rule))
            })
    }
}

/// The line holding `offset`, without its line break.
pub fn line_span(source: &str, offset: usize) -> Span {
    let start = line_start(source, offset);
    let end = source[offset..]
        .find(['\n', '\r'])
        .map_or(source.len(), |i| offset + i);
    Span::new(start, end)
}

/// Quick fixes that silence a finding's rule on its line (`line_span` of where it starts), or
/// in the whole file.
pub fn disable_fixes(source: &str, format: Format, finding: &Finding, line: Span) -> Vec<Fix> {
    let rule = finding.rule;
    debug_assert_eq!(line, line_span(source, finding.span.start));
    let for_line = match format {
        // An HTML comment at the end of the line keeps the Markdown paragraph whole.
        Format::Markdown => Fix::insert(
            format!("Disable {rule} for this line"),
            line.end,
            format!(" <!-- newslint-disable-line {rule} -->"),
        ),
        Format::PlainText => Fix::insert(
            format!("Disable {rule} for this line"),
            line.start,
            comment_line(format, &format!("newslint-disable-next-line {rule}")),
        ),
    };
    let file_start = front_matter_end(source);
    let for_file = Fix::insert(
        format!("Disable {rule} for this file"),
        file_start,
        comment_line(format, &format!("newslint-disable {rule}")),
    );
    vec![for_line, for_file]
}

/// Where a comment may go at the top of a file: after YAML front matter if there is some.
fn front_matter_end(source: &str) -> usize {
    let Some(rest) = source.strip_prefix("---\n") else {
        return 0;
    };
    rest.find("\n---\n").map_or(0, |i| 4 + i + 5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_lines_and_rule_lists() {
        let source = "a\n<!-- newslint-disable unsourced-claim -->\nb\n<!-- newslint-enable -->\nc <!-- newslint-disable-line -->\nnewslint: disable-next-line weasel-wording, anonymous-source\nd\ne";
        let s = Suppressions::parse(source);
        let at = |needle: &str| source.find(needle).unwrap();
        assert!(!s.suppresses("unsourced-claim", at("a")));
        assert!(s.suppresses("unsourced-claim", at("b\n")));
        assert!(!s.suppresses("weasel-wording", at("b\n")));
        assert!(!s.suppresses("unsourced-claim", at("<!-- newslint-enable")));
        assert!(s.suppresses("anything", at("c <!--")));
        assert!(s.suppresses("anonymous-source", at("d\n")));
        assert!(!s.suppresses("unsourced-claim", at("d\n")));
        assert!(!s.suppresses("weasel-wording", at("e")));
    }

    #[test]
    fn a_region_reaches_over_the_line_directives_after_it() {
        let lines = "x “a <!-- newslint-disable-line unbalanced-quote -->\n".repeat(500);
        let source = format!("<!-- newslint-disable weasel-wording -->\n{lines}y\n");
        let s = Suppressions::parse(&source);
        let last_line = source.rfind("x “a").unwrap();
        assert!(s.suppresses("unbalanced-quote", last_line));
        assert!(s.suppresses("weasel-wording", last_line));
        assert!(!s.suppresses("unsourced-claim", last_line));
        let after = source.rfind('y').unwrap();
        assert!(s.suppresses("weasel-wording", after));
        assert!(!s.suppresses("unbalanced-quote", after));
    }

    #[test]
    fn crlf_and_cr_line_endings() {
        for ending in ["\r\n", "\r", "\n"] {
            let source = [
                "newslint: disable-next-line unbalanced-quote",
                "a “x",
                "b “y",
                "",
            ]
            .join(ending);
            let s = Suppressions::parse(&source);
            let at = |needle: &str| source.find(needle).unwrap();
            assert!(s.suppresses("unbalanced-quote", at("a “")), "{ending:?}");
            assert!(!s.suppresses("unbalanced-quote", at("b “")), "{ending:?}");
        }
    }

    #[test]
    fn an_unclosed_region_runs_to_the_end() {
        let source = "newslint: disable\nall of this";
        assert!(Suppressions::parse(source).suppresses("unbalanced-quote", source.len() - 1));
    }
}
