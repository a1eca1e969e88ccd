//! Reviews: a piece that judges a book, a film, a play or a record. The critic's verdicts ("the
//! London chapters are the strongest") and the retelling of the plot ("the novel opens in
//! 1974") are the review itself; no editor asks "says who?" of them. What a review states
//! about the world in figures ("the film took $300m") still counts. Document level, like
//! [`voice`](super::voice): `analysis::sourcing` asks it once per document, of its first line.

/// The marks of a critic's star rating, which only reviews carry.
const STARS: [char; 3] = ['★', '☆', '✭'];

/// Whether a piece's first line titles it a review: "Review: 'Salt Road' is a slow, lovely
/// film", "The Salt Road by Ines Carvalho review – a quietly devastating saga", "Tallow &
/// Brine, Port Ennis: restaurant review – bold cooking", or a star rating. "Ministers order
/// review of flood defences" is a news story about one: the word must open the title before a
/// colon, or close a part of the title that a dash or a colon ends.
pub(crate) fn titles_a_review(first_line: &str) -> bool {
    let line = first_line.trim();
    if line.contains(STARS) {
        return true;
    }
    let lower = line.to_lowercase().replace(" - ", " – ");
    let mut parts: Vec<&str> = lower.split([':', '–', '—', '|']).collect();
    parts.pop();
    lower.starts_with("review:")
        || parts
            .iter()
            .any(|part| part.trim_end().ends_with(" review"))
}

#[cfg(test)]
mod tests {
    use super::titles_a_review;

    #[test]
    fn a_review_says_so_in_its_title() {
        for title in [
            "Review: 'Salt Road' is a slow, lovely film about leaving home",
            "The Salt Road by Ines Carvalho review – a quietly devastating family saga",
            "Hamlet review - a prince for the TikTok age",
            "Tallow & Brine, Port Ennis: restaurant review – bold, briny cooking",
            "Salt Road ★★★★☆",
        ] {
            assert!(titles_a_review(title), "{title}");
        }
        for title in [
            "Ministers order review of flood defences",
            "Harwick flood: what we know so far",
            "Council to review parking charges",
            "Review of police conduct finds failings",
            "Government announces NHS pay review",
            "Flood defences: ministers order a review",
        ] {
            assert!(!titles_a_review(title), "{title}");
        }
    }
}
