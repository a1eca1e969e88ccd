//! The bundled article, read as an editor would: what is flagged and what is not.

use newslint::analysis::analyze;
use newslint::config::Config;
use newslint::rules::check;
use newslint::text::Format;

const ARTICLE: &str = include_str!("../examples/foreign-policy-concept.txt");

fn flagged(rule: &str) -> Vec<String> {
    let config = Config::default();
    let analysis = analyze(ARTICLE, Format::PlainText, &config);
    check(ARTICLE, &analysis, &config)
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.span.slice(ARTICLE).to_owned())
        .collect()
}

#[test]
fn unsourced_claims_are_the_reporters_own() {
    let claims = flagged("unsourced-claim");
    assert!(
        claims
            .iter()
            .any(|c| c.contains("which has led NATO to consolidate and Moscow to turn to China")),
        "{claims:#?}"
    );
    assert!(
        claims.iter().any(
            |c| c.starts_with("which nonetheless seem increasingly biased in favor of Beijing")
        ),
        "{claims:#?}"
    );
    for not_a_claim in [
        "the document said",
        "it said",
        "In general",
        "Russia intends",
        "G Iuvinale",
        "top of page",
        "17 visualizzazioni",
        "Focus on Eurasia",
        "Russia to step up cooperation",
    ] {
        assert!(
            claims.iter().all(|c| !c.contains(not_a_claim)),
            "{not_a_claim:?} flagged: {claims:#?}"
        );
    }
}

#[test]
fn quotations_have_their_speakers() {
    let config = Config::default();
    let analysis = analyze(ARTICLE, Format::PlainText, &config);
    let speaker_of = |words: &str| {
        let at = ARTICLE.find(words).unwrap();
        analysis
            .attributions
            .iter()
            .find(|a| a.content.contains(at))
            .and_then(|a| a.speaker.clone())
    };
    assert_eq!(
        speaker_of("In general, the West's policy").as_deref(),
        Some("Sergei Lavrov")
    );
    assert_eq!(
        speaker_of("upheavals on the international scene").as_deref(),
        Some("Vladimir Putin")
    );
    assert!(speaker_of("existential threat").is_some_and(|s| s.contains("doctrine")));
    assert!(speaker_of("Russia intends to pay priority").is_some_and(|s| s.contains("document")));
    assert_eq!(flagged("unbalanced-quote").len(), 2);
}
