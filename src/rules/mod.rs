//! Rules: turn an [`Analysis`] into findings with a rule id, level, message and fixes.
//! One rule per file; the registry below is the single list of them.

mod anonymous_source;
mod first_reference;
mod inconsistent_name;
mod loaded_attribution_verb;
mod suppression;
mod unattributed_quote;
mod unbalanced_quote;
mod unsourced_claim;
mod weasel_wording;

pub use suppression::{disable_fixes, line_span, Suppressions};

use std::borrow::Cow;

use crate::analysis::{Analysis, Span};
use crate::config::{Config, Level};
use crate::text::Format;

pub trait Rule: Sync {
    /// Stable id, used in settings, disable comments, JSON and SARIF.
    fn id(&self) -> &'static str;
    fn default_level(&self) -> Level;
    /// One line for `newslint rules`.
    fn summary(&self) -> &'static str;
    /// A paragraph for `newslint explain`, hovers and the SARIF rule help.
    fn explanation(&self) -> &'static str;
    fn check(&self, cx: &Context, out: &mut Vec<Finding>);
}

/// What a rule sees.
pub struct Context<'a> {
    pub source: &'a str,
    pub analysis: &'a Analysis,
    pub config: &'a Config,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    /// Set by [`check`] from the rule's default and the configuration.
    pub level: Level,
    pub span: Span,
    pub message: String,
    pub fixes: Vec<Fix>,
    /// Reported one level below the rule's ("info" for a "warning" rule): a weaker reading of
    /// what the rule looks for.
    pub milder: bool,
}

impl Finding {
    pub fn new(rule: &dyn Rule, span: Span, message: impl Into<String>) -> Finding {
        Finding {
            rule: rule.id(),
            level: rule.default_level(),
            span,
            message: message.into(),
            fixes: Vec::new(),
            milder: false,
        }
    }

    pub fn milder(mut self) -> Finding {
        self.milder = true;
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Finding {
        self.fixes.push(fix);
        self
    }
}

/// A quick fix: edits applied together. Edits never overlap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub title: Cow<'static, str>,
    pub edits: Vec<Edit>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub replacement: Cow<'static, str>,
}

impl Fix {
    // Titles and replacements are most often fixed text: a thousand unsourced claims build
    // three fixes each on every keystroke, with no allocation for the text.
    pub fn replace(
        title: impl Into<Cow<'static, str>>,
        span: Span,
        replacement: impl Into<Cow<'static, str>>,
    ) -> Fix {
        Fix {
            title: title.into(),
            edits: vec![Edit {
                span,
                replacement: replacement.into(),
            }],
        }
    }

    pub fn insert(
        title: impl Into<Cow<'static, str>>,
        at: usize,
        text: impl Into<Cow<'static, str>>,
    ) -> Fix {
        Fix::replace(title, Span::new(at, at), text)
    }
}

/// Every rule, in the order `newslint rules` lists them.
pub static RULES: &[&dyn Rule] = &[
    &unattributed_quote::UnattributedQuote,
    &unbalanced_quote::UnbalancedQuote,
    &unsourced_claim::UnsourcedClaim,
    &weasel_wording::WeaselWording,
    &anonymous_source::AnonymousSource,
    &loaded_attribution_verb::LoadedAttributionVerb,
    &inconsistent_name::InconsistentName,
    &first_reference::FirstReference,
];

pub fn rule(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.id() == id)
}

pub fn is_rule_id(id: &str) -> bool {
    rule(id).is_some()
}

/// The rules before this index in [`RULES`] run on the calling thread, the others on a second
/// one: the first three (quotations and every claim) take about as long as the rest.
const SECOND_THREAD_RULES: usize = 3;

/// Runs every enabled rule, drops what disable comments suppress, and orders by position.
pub fn check(source: &str, analysis: &Analysis, config: &Config) -> Vec<Finding> {
    let cx = Context {
        source,
        analysis,
        config,
    };
    let run = |rules: &[&dyn Rule]| {
        let mut findings = Vec::new();
        for rule in rules {
            let level = config.level(rule.id(), rule.default_level());
            if level == Level::Off {
                continue;
            }
            let start = findings.len();
            rule.check(&cx, &mut findings);
            for finding in &mut findings[start..] {
                finding.level = if finding.milder {
                    level.milder()
                } else {
                    level
                };
            }
        }
        findings
    };
    // On a large document the rules after the first three run on a second core; the findings
    // are put together in the order one thread gives.
    let (first, rest) = RULES.split_at(SECOND_THREAD_RULES);
    let (mut findings, rest) = crate::analysis::join_on_two_cores(
        source.len() >= crate::analysis::PARALLEL_MIN_BYTES,
        || run(first),
        || run(rest),
    );
    findings.extend(rest);
    let suppressions = Suppressions::parse(source);
    findings.retain(|f| !suppressions.suppresses(f.rule, f.span.start));
    findings.sort_by(|a, b| {
        (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule))
    });
    drop_unnamed_sources_a_weasel_questions(&mut findings);
    findings
}

/// "Critics say" is one finding, the `weasel-wording` warning that asks who says so: an
/// `anonymous-source` note on "Critics" inside it would say the same thing twice. A weasel
/// found one level lower (a hedge read as the writer's own) does not take the note's place.
fn drop_unnamed_sources_a_weasel_questions(findings: &mut Vec<Finding>) {
    let weasels: Vec<Span> = (findings.iter())
        .filter(|f| f.rule == "weasel-wording" && !f.milder)
        .map(|f| f.span)
        .collect();
    if weasels.is_empty() {
        return;
    }
    // `findings` is ordered by start, so `weasels` is too; weasel phrases do not overlap.
    let questioned = |span: Span| {
        let before = weasels.partition_point(|w| w.start <= span.start);
        before
            .checked_sub(1)
            .is_some_and(|last| weasels[last].contains_span(span))
    };
    findings.retain(|f| f.rule != "anonymous-source" || !questioned(f.span));
}

/// The format's own way to write a comment holding `body` on a line of its own.
pub fn comment_line(format: Format, body: &str) -> String {
    match format {
        Format::Markdown => format!("<!-- {body} -->\n"),
        Format::PlainText => format!("newslint: {}\n", body.trim_start_matches("newslint-")),
    }
}

/// Test helper: the findings of `rule` in plain-text `source`, with the default config.
#[cfg(test)]
pub(crate) fn findings(rule: &str, source: &str) -> Vec<Finding> {
    let config = Config::default();
    let analysis = crate::analysis::analyze(source, Format::PlainText, &config);
    check(source, &analysis, &config)
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect()
}

/// Test helper: the text under each finding of `rule` in plain-text `source`.
#[cfg(test)]
pub(crate) fn flagged<'s>(rule: &str, source: &'s str) -> Vec<&'s str> {
    findings(rule, source)
        .into_iter()
        .map(|f| f.span.slice(source))
        .collect()
}
