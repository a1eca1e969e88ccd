//! Hovers: on a finding, what is wrong and why; on a quotation, who said it and what else they
//! said; on a speaker, what they are quoted as saying.

use tower_lsp_server::lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::documents::Analyzed;
use super::position::{to_range, Encoding};
use crate::analysis::entities::{EntityLabel, Mention};
use crate::analysis::{Attribution, Claim, Sourcing, Span};
use crate::rules::rule;

pub fn hover(analyzed: &Analyzed, offset: usize, encoding: Encoding) -> Option<Hover> {
    #[cfg(any(test, feature = "test-hooks"))]
    if analyzed.source.contains(TEST_HOVER_PANIC_TRIGGER) {
        panic!("forced by TEST_HOVER_PANIC_TRIGGER");
    }
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
    if let Some(mention) = super::entities::mention_at(analyzed, offset) {
        sections.push(entity_section(analyzed, mention));
        narrow(mention.span);
    }
    let threshold = analyzed.config.claims.threshold;
    for claim in analysis
        .claims
        .iter()
        .filter(|c| c.is_claim(threshold) && touches(c.span, offset))
    {
        sections.push(claim_section(analyzed, claim));
        narrow(claim.span);
    }
    if offset_is_on_first_line(analyzed, offset) {
        sections.push(summary(analyzed));
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

fn offset_is_on_first_line(analyzed: &Analyzed, offset: usize) -> bool {
    analyzed
        .rope
        .byte_to_line(offset.min(analyzed.rope.len_bytes()))
        == 0
}

/// The document in one line: claims and how many are sourced, quotations and speakers.
fn summary(analyzed: &Analyzed) -> String {
    let analysis = &analyzed.analysis;
    let threshold = analyzed.config.claims.threshold;
    let claims: Vec<_> = analysis
        .claims
        .iter()
        .filter(|c| c.is_claim(threshold))
        .collect();
    let sourced = claims.iter().filter(|c| c.sourced() || c.quoted).count();
    let quotes: Vec<_> = analysis.attributions.iter().filter(|a| a.direct).collect();
    let with_speaker = quotes.iter().filter(|a| a.source.is_some()).count();
    format!(
        "**newslint** — claims: {}, sourced: {sourced}, unsourced: {} · quotations: {}, with a speaker: {with_speaker}",
        claims.len(),
        claims.len() - sourced,
        quotes.len()
    )
}

fn claim_section(analyzed: &Analyzed, claim: &Claim) -> String {
    let source = &analyzed.source;
    let why: Vec<String> = claim
        .reasons
        .iter()
        .map(|r| format!("{}: “{}”", r.kind.describe(), r.span.slice(source)))
        .collect();
    let why = if why.is_empty() {
        "it reads as a checkable statement".to_owned()
    } else {
        why.join("; ")
    };
    let status = match claim.sourcing {
        None if claim.quoted => "inside a quotation: the quotation's speaker answers for it".to_owned(),
        None => match claim.crowd {
            Some(crowd) => format!(
                "**unsourced**: “{}” names no one. Name who says so (“…, the ministry said”), or \
                 quote one of them.",
                crowd.slice(source)
            ),
            None => "**unsourced**: nothing here says who says so. Name the source (“…, the ministry said”, \
                     “according to …”), link it, or add a citation."
                .to_owned(),
        },
        Some(
            Sourcing::Attribution(i)
            | Sourcing::CarriedOver(i)
            | Sourcing::Introduced(i)
            | Sourcing::Account(i),
        ) => {
            let attribution = &analyzed.analysis.attributions[i];
            let who = speaker_name(attribution, source).unwrap_or_else(|| "an unnamed source".to_owned());
            let by = match claim.sourcing {
                Some(Sourcing::Introduced(_)) => "the next sentence supports it, ",
                Some(Sourcing::Account(_)) => "it tells of the person quoted beside it, ",
                _ => "",
            };
            format!("sourced: {by}attributed to **{who}**")
        }
        Some(Sourcing::Link(_)) => "sourced: a link".to_owned(),
        Some(Sourcing::Citation(span)) => format!("sourced: citation {}", span.slice(source)),
        Some(Sourcing::Dateline) => "sourced: the agency dateline that opens the lede".to_owned(),
        Some(Sourcing::Holder(span)) => format!("sourced: it says who holds it, “{}”", span.slice(source)),
        Some(Sourcing::Document(span)) => format!("sourced: it names its document, “{}”", span.slice(source)),
        Some(Sourcing::Cue(span)) => format!("sourced: it reports a source's act, “{}”", span.slice(source)),
        Some(Sourcing::Decision(span)) => {
            format!("sourced: it gives the terms of the decision reported with “{}”", span.slice(source))
        }
    };
    // How likely an editor asks "says who?": what decides an unsourced sentence's flag.
    let says_who = if claim.sourced() || claim.quoted {
        String::new()
    } else {
        format!("; says who? {:.2}", claim.says_who)
    };
    format!(
        "**Claim** (check-worthiness {:.2}{says_who}) — why: {why}\n\n{status}",
        claim.score
    )
}

/// Test builds only (like `analysis::TEST_PANIC_TRIGGER`): a hover on a document containing
/// this text panics, to prove that rendering panics are contained too.
#[cfg(any(test, feature = "test-hooks"))]
pub const TEST_HOVER_PANIC_TRIGGER: &str = "\u{0}newslint-test-hover-panic\u{0}";

/// "**Sergei Lavrov** — person · 3 mentions, first on line 20 · head of Russian diplomacy".
fn entity_section(analyzed: &Analyzed, mention: &Mention) -> String {
    let entities = &analyzed.analysis.entities;
    let referent = &entities.referents[mention.referent];
    let first = referent
        .mentions
        .first()
        .map_or(mention.span, |&i| entities.mentions[i].span);
    let first_line = analyzed
        .rope
        .byte_to_line(first.start.min(analyzed.rope.len_bytes()))
        + 1;
    let count = referent.mentions.len();
    let mut text = format!(
        "**{}** — {} · {count} mention{}, first on line {first_line}",
        referent.canonical,
        describe_label(referent.label),
        if count == 1 { "" } else { "s" }
    );
    if !referent.titles.is_empty() {
        text.push_str(&format!(
            "\n\nTitles and roles: {}",
            referent.titles.join("; ")
        ));
    }
    for variant in &referent.spellings {
        text.push_str(&format!(
            "\n\nAlso spelled “{}” (house spelling “{}”)",
            variant.variant, variant.canonical
        ));
    }
    text
}

pub fn describe_label(label: EntityLabel) -> &'static str {
    match label {
        EntityLabel::Per => "person",
        EntityLabel::Org => "organisation",
        EntityLabel::Loc => "place",
        EntityLabel::Misc => "other name",
    }
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
