//! The BILOU tag set: `O`, then Begin/Inside/Last/Unit for each label.

use super::EntityLabel;

pub const N_TAGS: usize = 17;
pub const OUTSIDE: u8 = 0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Begin,
    Inside,
    Last,
    Unit,
}

const POSITIONS: [Position; 4] = [
    Position::Begin,
    Position::Inside,
    Position::Last,
    Position::Unit,
];

pub fn tag(label: EntityLabel, position: Position) -> u8 {
    1 + label as u8 * 4 + position as u8
}

/// `None` for `O`.
pub fn split(tag: u8) -> Option<(EntityLabel, Position)> {
    let index = tag.checked_sub(1)?;
    Some((
        EntityLabel::ALL[usize::from(index / 4)],
        POSITIONS[usize::from(index % 4)],
    ))
}

/// Whether `next` may follow `previous` (`None` = sentence start); `last` = no token follows.
pub fn allowed(previous: Option<u8>, next: u8, last: bool) -> bool {
    let open = previous
        .and_then(split)
        .filter(|(_, p)| matches!(p, Position::Begin | Position::Inside));
    match (open, split(next)) {
        (Some((label, _)), Some((next_label, position))) => {
            label == next_label
                && (position == Position::Last || (position == Position::Inside && !last))
        }
        (Some(_), None) => false,
        (None, None) => true,
        (None, Some((_, position))) => {
            position == Position::Unit || (position == Position::Begin && !last)
        }
    }
}

/// The highest-scoring tag allowed after `previous` (ties go to the lower tag, `O` first).
pub fn best_allowed<S: Ord + Copy>(scores: &[S; N_TAGS], previous: Option<u8>, last: bool) -> u8 {
    (0..N_TAGS as u8)
        .filter(|&t| allowed(previous, t, last))
        .max_by_key(|&t| (scores[usize::from(t)], std::cmp::Reverse(t)))
        .unwrap_or(OUTSIDE)
}

/// Entity chunks `(first token, end token exclusive, label)` from a tag sequence. Lenient
/// about sequences the decoder would not produce (an unfinished `B`, a stray `I`).
pub fn chunks(tags: &[u8]) -> Vec<(usize, usize, EntityLabel)> {
    let mut chunks = Vec::new();
    let mut open: Option<(usize, EntityLabel)> = None;
    for (i, &tag) in tags.iter().enumerate() {
        let parsed = split(tag);
        if let Some((start, label)) = open {
            let continues = matches!(parsed, Some((l, Position::Inside | Position::Last)) if l == label);
            if !continues {
                chunks.push((start, i, label));
                open = None;
            }
        }
        match parsed {
            None => {}
            Some((label, Position::Unit)) => chunks.push((i, i + 1, label)),
            Some((label, Position::Begin)) => open = Some((i, label)),
            Some((label, Position::Inside)) if open.is_none() => open = Some((i, label)),
            Some((label, Position::Last)) => {
                let start = open.take().map_or(i, |(s, _)| s);
                chunks.push((start, i + 1, label));
            }
            Some((_, Position::Inside)) => {}
        }
    }
    if let Some((start, label)) = open {
        chunks.push((start, tags.len(), label));
    }
    chunks
}

/// BILOU tags for `n` tokens given entity chunks (as from [`chunks`]).
pub fn encode(n: usize, chunks: &[(usize, usize, EntityLabel)]) -> Vec<u8> {
    let mut tags = vec![OUTSIDE; n];
    for &(start, end, label) in chunks {
        if end - start == 1 {
            tags[start] = tag(label, Position::Unit);
        } else {
            tags[start] = tag(label, Position::Begin);
            for t in &mut tags[start + 1..end - 1] {
                *t = tag(label, Position::Inside);
            }
            tags[end - 1] = tag(label, Position::Last);
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_and_chunk_round_trip() {
        let chunks_in = vec![(0, 2, EntityLabel::Per), (3, 4, EntityLabel::Loc)];
        let tags = encode(5, &chunks_in);
        assert_eq!(chunks(&tags), chunks_in);
        assert!(allowed(Some(tags[0]), tags[1], false));
        assert!(!allowed(Some(tags[0]), OUTSIDE, false));
        assert!(!allowed(None, tag(EntityLabel::Org, Position::Begin), true));
    }
}
