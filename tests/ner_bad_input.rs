//! Hostile documents: no panic, and time that grows linearly with the input.

use std::time::{Duration, Instant};

use newslint::analysis::entities::{first_references, group, tag_sentence, Entities, TaggedSpan};
use newslint::text::{split_sentences, tokenize, BlockKind, Format, Prose};

fn analyse(source: &str) -> (Entities, Duration) {
    let started = Instant::now();
    let prose = Prose::parse(source, Format::PlainText);
    let mut tagged: Vec<TaggedSpan> = Vec::new();
    for block in &prose.blocks {
        for sentence in split_sentences(&prose.text, block.span, Format::PlainText.line_breaks()) {
            tagged.extend(tag_sentence(&prose.text, &tokenize(&prose.text, sentence)));
        }
    }
    let known = ["Known Name".to_owned(), "Vladimir Putin".to_owned()];
    let entities = group(&prose.text, &tagged, &known);
    let headings: Vec<_> = (prose.blocks.iter())
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| b.span)
        .collect();
    let _ = first_references(&entities, &headings);
    (entities, started.elapsed())
}

/// Runs `make(n)` and `make(4n)`: the larger may not take much more than 4× as long.
fn assert_linear(make: impl Fn(usize) -> String, n: usize) {
    let (_, small) = analyse(&make(n));
    let (_, large) = analyse(&make(4 * n));
    assert!(
        large < small * 10 + Duration::from_millis(200),
        "{n}: {small:?}, {}: {large:?}",
        4 * n
    );
}

#[test]
fn all_caps_document() {
    let source =
        "RUSSIA TO STEP UP COOPERATION WITH CHINA: PRESIDENT VLADIMIR PUTIN MET XI JINPING \
                  IN MOSCOW ON FRIDAY.\n"
            .repeat(200);
    let (entities, _) = analyse(&source);
    assert!(!entities.mentions.is_empty());
}

#[test]
fn many_capitalised_words() {
    let word = |i: usize| format!("Word{} ", ["Alpha", "Beta", "Gamma", "Delta"][i % 4]);
    let make = |n: usize| (0..n).map(word).collect::<String>();
    // Linear, measured as a ratio within the run: a wall-clock bound on 100,000 words failed
    // a debug build on a loaded machine (44 s) that runs it in 0.6 s in release.
    assert_linear(make, 5_000);
}

#[test]
fn one_name_repeated() {
    let make = |n: usize| "Vladimir Putin met Putin and Mr. Putin. ".repeat(n);
    let (entities, _) = analyse(&make(10_000));
    assert!(
        entities.referents.len() < 10,
        "{}",
        entities.referents.len()
    );
    assert_linear(make, 1_000);
    // A different title at every mention of one referent.
    let titled = |n: usize| {
        (0..n)
            .map(|i| format!("Vladimir Putin met the Council{i} chairman, Vladimir Putin. "))
            .collect::<String>()
    };
    assert_linear(titled, 1_000);
}

#[test]
fn many_distinct_names() {
    // Distinct names sharing surnames and spelling skeletons: the grouping must not compare
    // every pair.
    let make = |n: usize| {
        (0..n)
            .map(|i| {
                format!(
                    "Minister Sergei{i} Lavrova{} met Lavrova{} today. ",
                    i % 7,
                    i % 7
                )
            })
            .collect::<String>()
    };
    assert_linear(make, 1_000);
}

#[test]
fn non_latin_scripts() {
    let source = "Сергей Лавров встретился с Ван И в Пекине. 习近平在莫斯科会见了普京。 \
                  محمد بن سلمان 👍🏽 Zürich Ελλάδα\u{200d}\u{301} \"unclosed\n\n\n  \t";
    let (entities, _) = analyse(source);
    for mention in &entities.mentions {
        assert!(source.is_char_boundary(mention.span.start));
        assert!(source.is_char_boundary(mention.span.end));
    }
    analyse("");
    analyse("'s");
    analyse("(");
}

#[test]
fn enormous_words() {
    let word = |c: char| {
        std::iter::once('Z')
            .chain(std::iter::repeat_n(c, 50_000))
            .collect::<String>()
    };
    let source = format!("{} met {} in {}.\n", word('a'), word('e'), word('o'));
    let (_, elapsed) = analyse(&source);
    assert!(elapsed < Duration::from_secs(10), "{elapsed:?}");
}

#[test]
fn names_without_spaces_between() {
    let make = |n: usize| format!("{}.\n", "President,Vladimir,Putin,".repeat(n));
    assert_linear(make, 2_000);
}
