//! Property tests: the block cache and the incremental prose parse never change an answer,
//! and position conversions
//! (LSP UTF-8/UTF-16 on a rope, `LineIndex` bytes/code points/UTF-16) round-trip on any text.

mod support;

use proptest::prelude::*;
use ropey::Rope;
use support::invariants;

use newslint::analysis::{analyze, Analyzer};
use newslint::config::Config;
use newslint::lsp::position::{to_offset, to_position, Encoding};
use newslint::text::{Format, LineIndex, Prose, ProseCache, Unit};

/// Pieces that exercise the engine: quote marks of every family, apostrophes, Markdown syntax,
/// line endings of all three kinds, multi-byte and astral characters, combining marks.
const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "「",
    "」",
    "said",
    "it was a good day",
    " ",
    " ",
    "Сергей",
    "Zoë",
    "e\u{301}",
    "👍",
    "👩‍👩‍👧",
    "שלום",
    "مرحبا",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "> ",
    "- ",
    "# ",
    "```",
    "`",
    "*",
    "[a](http://x.y)",
    "<!-- newslint-disable -->",
    "newslint: disable\n",
    "https://example.org/a.",
    "Mr.",
    ". ",
    "? ",
    "|",
    "---\n",
    "\t",
    "\u{0}",
    "\u{feff}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => "\\PC{0,6}",
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Pieces of reported prose: names with and without titles, cues, quotations of every kind,
/// paragraph and table-cell breaks.
const NAME_PIECES: &[&str] = &[
    "\n|---|---|\n",
    "\n| Foreign Minister | Sergei Lavrov |\n",
    "| President | Putin said |",
    "| the head of Russian diplomacy, | Lavrov |",
    "Sergei Lavrov",
    "Lavrov",
    "Sergey Lavrov",
    "Foreign Minister",
    "President Vladimir Putin",
    "Putin",
    "PUTIN",
    "the head of Russian diplomacy, ",
    "North Atlantic Treaty Organization",
    " (NATO)",
    "NATO",
    "Red Sox",
    "Boston Red Sox",
    "said",
    "told reporters",
    "according to",
    "he added:",
    "“",
    "”",
    "\"",
    "«",
    "»",
    "'",
    "‘",
    "’",
    "it was a good day",
    "=",
    ", ",
    ". ",
    ": ",
    " — ",
    "\n",
    "\n\n",
    "| ",
    " |",
    "> ",
    "Washington",
    "officials said",
    "a senior official",
    "It is ",
    "Mr. ",
    "Charles de Gaulle",
    "de Gaulle",
    "de",
    "3M",
];

fn name_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(NAME_PIECES).prop_map(str::to_owned),
        2 => proptest::sample::select(&[" ", " the ", " and ", " was "][..]).prop_map(str::to_owned),
        1 => "[A-Za-z]{1,8}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..40).prop_map(|p| p.concat())
}

/// An edit: where (as a fraction of the text), how much to delete, what to insert.
fn edits() -> impl Strategy<Value = Vec<(f64, usize, String)>> {
    proptest::collection::vec((0.0..=1.0f64, 0usize..12, piece()), 1..25)
}

/// Markdown whose reach may cross a block edge: fences, indented code, HTML blocks, lists
/// and their lazy lines, quotes, tables, setext and ATX headings, emphasis, links, and every
/// kind of line break.
const MARKDOWN_PIECES: &[&str] = &[
    "```\n",
    "~~~\n",
    "```",
    "    code\n",
    "\t",
    "- item\n",
    "* ",
    "1. one\n",
    "2) ",
    "  - nested\n",
    "> quote\n",
    "> ",
    "| a | b |\n",
    "|--|--|\n",
    "|",
    "# Heading\n",
    "## ",
    "Title\n===\n",
    "===\n",
    "--\n",
    "...\n",
    "***\n",
    "<div>\n",
    "</div>\n",
    "<!--\n",
    "-->\n",
    "<pre>\n",
    "</pre>\n",
    "[x]",
    "[^1]",
    "[a](http://x.y)",
    "<http://a.b>",
    "https://x.y/z ",
    "*em*",
    "**",
    "_",
    "`",
    "\\",
    "\n",
    "\n\n",
    "\n\n\n",
    "\r\n",
    " ",
    "  ",
    "Word ",
    "said. ",
    "Сергей ",
    "👍",
];

/// What makes a Markdown document parse whole on every edit, kept rare so that most edits
/// reparse a region.
const READ_ACROSS_BLOCKS: &[&str] = &["[x]: http://u.v\n", "[^1]: note\n", "---\n", "+++\n", "\r"];

fn markdown_piece() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        40 => proptest::sample::select(MARKDOWN_PIECES),
        1 => proptest::sample::select(READ_ACROSS_BLOCKS),
    ]
}

fn markdown_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(markdown_piece(), 0..60).prop_map(|p| p.concat())
}

fn markdown_edits() -> impl Strategy<Value = Vec<(f64, usize, Vec<&'static str>)>> {
    let inserted = proptest::collection::vec(markdown_piece(), 0..3);
    proptest::collection::vec((0.0..=1.0f64, 0usize..8, inserted), 1..12)
}

/// 400 cases per property; `PROPTEST_CASES=N` for a longer run.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(400)
}

fn floor_boundary(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// What keeps the incremental cache honest: one `Analyzer` reused over every version gives
    /// exactly the analysis of each version from scratch.
    #[test]
    fn incremental_analysis_equals_from_scratch(initial in text(), edits in edits(), markdown: bool) {
        let format = if markdown { Format::Markdown } else { Format::PlainText };
        let config = Config::default();
        let mut analyzer = Analyzer::default();
        let mut source = initial;
        for (at, delete, insert) in edits {
            let start = floor_boundary(&source, (at * source.len() as f64) as usize);
            let end = floor_boundary(&source, start + delete);
            source.replace_range(start..end, &insert);
            let incremental = analyzer.analyze(&source, format, &config);
            let scratch = analyze(&source, format, &config);
            invariants::check_analysis(&source, &scratch);
            prop_assert_eq!(incremental, scratch, "text {:?}", source);
        }
    }

    /// What the document stage takes from the blocks (attribution inside each block's units,
    /// the capitalised words where names are looked for again, with the few other words that
    /// begin a name) is what it would compute from the whole text; names, titles and
    /// quotations make the pieces here.
    #[test]
    fn block_shortcuts_change_nothing(pieces in proptest::collection::vec(name_piece(), 0..60), markdown: bool) {
        let format = if markdown { Format::Markdown } else { Format::PlainText };
        let source = pieces.concat();
        let known = Config {
            entities: newslint::config::EntitiesConfig {
                // Names that begin in lower case or with a digit are searched for apart
                // from the capitalised words.
                known: vec![
                    "Sergei Lavrov".into(),
                    "NATO".into(),
                    "de Gaulle".into(),
                    "3M".into(),
                ],
            },
            ..Config::default()
        };
        for config in [Config::default(), known] {
            let with = analyze(&source, format, &config);
            let without = Analyzer::without_shortcuts().analyze(&source, format, &config);
            invariants::check_analysis(&source, &with);
            prop_assert_eq!(with, without, "text {:?}", source);
        }
    }

    /// A settings change between two analyses also gives the from-scratch answer.
    #[test]
    fn incremental_analysis_across_settings(a in text(), b in text()) {
        let other = Config { inlay_hints: false, ..Config::default() };
        let mut analyzer = Analyzer::default();
        analyzer.analyze(&a, Format::Markdown, &Config::default());
        prop_assert_eq!(
            analyzer.analyze(&b, Format::Markdown, &other),
            analyze(&b, Format::Markdown, &other)
        );
    }

    /// Byte → LSP position → byte is the identity at every character boundary, in both
    /// encodings, and the position is the one counted the obvious way.
    #[test]
    fn lsp_positions_round_trip(text in text()) {
        let rope = Rope::from_str(&text);
        for offset in boundaries(&text) {
            for (encoding, unit) in [(Encoding::Utf8, Unit::Byte), (Encoding::Utf16, Unit::Utf16)] {
                let position = to_position(&rope, offset, encoding);
                let (line, column) = naive_line_col(&text, offset, unit);
                prop_assert_eq!((position.line as usize, position.character as usize), (line, column));
                prop_assert_eq!(to_offset(&rope, position, encoding), offset);
            }
        }
    }

    /// `LineIndex` (the CLI's and the JSON contract's conversions) agrees with a naive count in
    /// every unit, and with the LSP conversions.
    #[test]
    fn line_index_matches_a_naive_count(text in text()) {
        let index = LineIndex::new(&text);
        for offset in boundaries(&text) {
            prop_assert_eq!(index.char_offset(&text, offset), text[..offset].chars().count());
            for unit in [Unit::Byte, Unit::CodePoint, Unit::Utf16] {
                let at = index.line_col(&text, offset, unit);
                prop_assert_eq!((at.line, at.column), naive_line_col(&text, offset, unit), "{:?} at {}", unit, offset);
            }
        }
    }

    /// Any LSP position, however far out of range, lands on a character boundary in the text.
    #[test]
    fn any_position_lands_on_a_boundary(text in text(), line in 0u32..50, character in 0u32..200) {
        let rope = Rope::from_str(&text);
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let offset = to_offset(&rope, tower_lsp_server::lsp_types::Position::new(line, character), encoding);
            prop_assert!(offset <= text.len() && text.is_char_boundary(offset));
        }
    }
}

proptest! {
    // A parse costs microseconds: ten times the cases.
    #![proptest_config(ProptestConfig::with_cases(cases() * 10))]

    /// Each version parsed from the last one (only the blocks around the edit, where that is
    /// provably the same) equals its parse from scratch.
    #[test]
    fn incremental_prose_equals_from_scratch(initial in markdown_text(), edits in markdown_edits(), markdown: bool) {
        let format = if markdown { Format::Markdown } else { Format::PlainText };
        let mut cache = ProseCache::default();
        let mut source = initial;
        cache.parse(&source, format);
        for (at, delete, inserted) in edits {
            let start = floor_boundary(&source, (at * source.len() as f64) as usize);
            let end = floor_boundary(&source, start + delete);
            source.replace_range(start..end, &inserted.concat());
            prop_assert_eq!(cache.parse(&source, format), Prose::parse(&source, format), "text {:?}", source);
        }
    }
}

/// Character boundaries a cursor can be at (not between the two bytes of a CRLF).
/// Found by `incremental_analysis_equals_from_scratch`: markup blanked to spaces left nothing
/// but spaces between the reach of a title look-back and a name ("Сергей"), and the look-back
/// sliced backwards.
#[test]
fn a_name_after_a_run_of_blanked_markup() {
    let source = "https://example.org/a.👩\u{200d}👩\u{200d}👧‘𐀀```<!-- newslint-disable -->AԱͺ[a](http://x.y)“““““““[a](http://x.y)““““‘““> “￼```Сергей\n";
    for format in [Format::Markdown, Format::PlainText] {
        let scratch = analyze(source, format, &Config::default());
        invariants::check_analysis(source, &scratch);
        assert_eq!(
            Analyzer::default().analyze(source, format, &Config::default()),
            scratch
        );
    }
}

fn boundaries(text: &str) -> Vec<usize> {
    (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .filter(|&i| !(text[..i].ends_with('\r') && text[i..].starts_with('\n')))
        .collect()
}

/// Line (after `\n`, `\r\n` or a lone `\r`) and column in `unit`, counted the slow way.
fn naive_line_col(text: &str, offset: usize, unit: Unit) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + before.matches('\r').count()
        - before.matches("\r\n").count();
    let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let part = &text[line_start..offset];
    let column = match unit {
        Unit::Byte => part.len(),
        Unit::CodePoint => part.chars().count(),
        Unit::Utf16 => part.encode_utf16().count(),
    };
    (line, column)
}
