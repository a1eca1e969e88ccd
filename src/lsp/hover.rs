//! Hovers: on a finding, what is wrong and why; on a quotation, who said it and what else they
//! said; on a speaker, what they are quoted as saying.

use tower_lsp_server::lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::documents::Analyzed;
use super::position::{to_range, Encoding};
use crate::analysis::{Attribution, Span};
use crate::rules::rule;

pub fn hover(analyzed: &Analyzed, offset: usize, encoding: Encoding) -> Option<Hover> {
    let mut sections = Vec::new();
    let mut range: Option<Span> = None;
    let mut narrow = |span: Span| {
        range = Some(match range {
            Some(r) if r.len() <= span.len() => r,
            _ => span,
        })
    };
    for finding in analyzed.findings.iter().filter(|f| touches(f.span, offset)) {
        let explanation = rule(finding.rule).map_or("", |r| r.explanation());
        sections.push(format!(
            "**{}** ({}): {}\n\n{explanation}",
            finding.rule,
            finding.level.as_str(),
            finding.message
        ));
        narrow(finding.span);
    }
    let analysis = &analyzed.analysis;
    for attribution in &analysis.attributions {
        let Some(quotation) = attribution
            .quotation
            .map(|i| &analysis.quotes.quotations[i])
        else {
            continue;
        };
        if touches(quotation.span(), offset) {
            sections.push(quotation_section(analyzed, attribution));
            narrow(quotation.span());
        } else if attribution.source.is_some_and(|s| touches(s, offset)) {
            sections.push(speaker_section(analyzed, attribution));
            narrow(attribution.source.expect("checked above"));
        }
    }
    if sections.is_empty() {
        return None;
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: sections.join("\n\n---\n\n"),
        }),
        range: range.map(|r| to_range(&analyzed.rope, r, encoding)),
    })
}

fn touches(span: Span, offset: usize) -> bool {
    span.start <= offset && offset <= span.end
}

/// The speaker's canonical name, or the source as written ("he", "the document").
pub fn speaker_name(attribution: &Attribution, source: &str) -> Option<String> {
    attribution
        .speaker
        .clone()
        .or_else(|| attribution.source.map(|s| s.slice(source).to_owned()))
}

fn quotation_section(analyzed: &Analyzed, attribution: &Attribution) -> String {
    let source = &analyzed.source;
    let words = attribution.content.slice(source).split_whitespace().count();
    let mut text = format!(
        "**Quotation** — {words} word{}",
        if words == 1 { "" } else { "s" }
    );
    match speaker_name(attribution, source) {
        Some(speaker) => {
            text.push_str(&format!("\n\nSpeaker: **{speaker}**"));
            if let Some(cue) = attribution.cue {
                text.push_str(&format!(" (cue: “{}”)", cue.slice(source)));
            }
            let others = quotes_by(analyzed, &speaker, Some(attribution.content));
            if !others.is_empty() {
                text.push_str("\n\nAlso quoted:\n");
                text.push_str(&others.join("\n"));
            }
        }
        None => text.push_str("\n\nNo speaker found: nothing in reach says who said this."),
    }
    text
}

fn speaker_section(analyzed: &Analyzed, attribution: &Attribution) -> String {
    let speaker = speaker_name(attribution, &analyzed.source).unwrap_or_default();
    let quotes = quotes_by(analyzed, &speaker, None);
    format!(
        "**Source: {speaker}** — quoted {} time{}:\n{}",
        quotes.len(),
        if quotes.len() == 1 { "" } else { "s" },
        quotes.join("\n")
    )
}

/// `- line N: “first words…”` for each direct quotation by `speaker`, except `skip`.
fn quotes_by(analyzed: &Analyzed, speaker: &str, skip: Option<Span>) -> Vec<String> {
    let source = &analyzed.source;
    analyzed
        .analysis
        .attributions
        .iter()
        .filter(|a| a.direct && Some(a.content) != skip)
        .filter(|a| speaker_name(a, source).as_deref() == Some(speaker))
        .map(|a| {
            let line = analyzed
                .rope
                .byte_to_line(a.content.start.min(analyzed.rope.len_bytes()))
                + 1;
            format!("- line {line}: “{}”", excerpt(a.content.slice(source)))
        })
        .collect()
}

fn excerpt(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(13).collect();
    if words.len() > 12 {
        format!("{} …", words[..12].join(" "))
    } else {
        words.join(" ")
    }
}
