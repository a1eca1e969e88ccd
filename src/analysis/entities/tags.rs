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

/// Row index of "sentence start" in a transition matrix.
pub const START: usize = N_TAGS;

/// `transitions[previous][next]`, with row [`START`] for the first tag.
pub type Transitions<S = i64> = [[S; N_TAGS]; N_TAGS + 1];

/// A path score: `i64` for the trainer's sums, `i32` for the bundled model's (weights within `i16`,
/// so that Viterbi compares four scores at once).
pub trait Score:
    Copy + Ord + Default + std::ops::Add<Output = Self> + std::ops::Sub<Output = Self> + std::fmt::Debug
{
    /// Unreachable states: below any path, and far enough from the type's minimum that
    /// adding scores cannot overflow.
    const NONE: Self;

    /// For each tag after a closed one ([`AFTER_CLOSED`]), its best closed predecessor
    /// ([`CLOSED`], the first of equals) and the score through it. `from_closed[k]` holds the
    /// transitions from `CLOSED[k]`, in the order of `AFTER_CLOSED` .
    fn best_after_closed(
        scores: &[Self; N_TAGS],
        from_closed: &[[Self; 9]; 9],
    ) -> ([Self; 9], [u8; 9]) {
        let best: [(Self, u8); 9] =
            std::array::from_fn(|j| best_closed_before(scores, from_closed, j));
        (best.map(|(score, _)| score), best.map(|(_, from)| from))
    }
}

/// The best closed predecessor of target `AFTER_CLOSED[j]`, the first of equals, and the
/// score through it.
#[inline]
fn best_closed_before<S: Score>(
    scores: &[S; N_TAGS],
    from_closed: &[[S; 9]; 9],
    j: usize,
) -> (S, u8) {
    let mut best = (scores[CLOSED[0]] + from_closed[0][j], CLOSED[0] as u8);
    for (k, &p) in CLOSED.iter().enumerate().skip(1) {
        let candidate = scores[p] + from_closed[k][j];
        if candidate > best.0 {
            best = (candidate, p as u8);
        }
    }
    best
}

impl Score for i64 {
    const NONE: i64 = i64::MIN / 4;
}

impl Score for i32 {
    const NONE: i32 = i32::MIN / 4;

    /// The first eight targets four at once, where SSE2 is (every x86_64).
    #[cfg(target_arch = "x86_64")]
    #[inline]
    fn best_after_closed(
        scores: &[i32; N_TAGS],
        from_closed: &[[i32; 9]; 9],
    ) -> ([i32; 9], [u8; 9]) {
        use std::arch::x86_64::*;
        let mut best_out = [0i32; 9];
        let mut from_out = [0i32; 9];
        // SAFETY: SSE2 is part of every x86_64 target; each unaligned load reads four of a
        // row's first eight `i32`s and each store writes four into the first eight of an
        // array of nine.
        unsafe {
            let load =
                |row: &[i32; 9], half: usize| _mm_loadu_si128(row[4 * half..].as_ptr().cast());
            let first = _mm_set1_epi32(scores[CLOSED[0]]);
            let mut best: [__m128i; 2] =
                std::array::from_fn(|h| _mm_add_epi32(first, load(&from_closed[0], h)));
            let mut from = [_mm_set1_epi32(CLOSED[0] as i32); 2];
            for (k, &p) in CLOSED.iter().enumerate().skip(1) {
                let score = _mm_set1_epi32(scores[p]);
                let tag = _mm_set1_epi32(p as i32);
                for h in 0..2 {
                    let candidate = _mm_add_epi32(score, load(&from_closed[k], h));
                    let better = _mm_cmpgt_epi32(candidate, best[h]);
                    let pick = |new, old| {
                        _mm_or_si128(_mm_and_si128(better, new), _mm_andnot_si128(better, old))
                    };
                    best[h] = pick(candidate, best[h]);
                    from[h] = pick(tag, from[h]);
                }
            }
            for h in 0..2 {
                _mm_storeu_si128(best_out[4 * h..].as_mut_ptr().cast(), best[h]);
                _mm_storeu_si128(from_out[4 * h..].as_mut_ptr().cast(), from[h]);
            }
        }
        let mut from_out = from_out.map(|tag| tag as u8);
        // The ninth target alone.
        (best_out[8], from_out[8]) = best_closed_before(scores, from_closed, 8);
        (best_out, from_out)
    }
}

/// The tags that close an entity or are outside one (`O`, `L`, `U`): the only ones `O`, `B`
/// and `U` may follow.
const CLOSED: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];
/// `O`, then `B` and `U` of each label.
const AFTER_CLOSED: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];

/// The best-scoring tag sequence allowed by BILOU (first-order Viterbi). Ties go to the
/// lower tag, so `O` wins a tie.
///
/// BILOU leaves few predecessors to try: `O`, `B` and `U` follow one of the nine closed tags
/// ([`CLOSED`]), `I` and `L` of a label follow its `B` or `I`. (Tags not allowed at the start
/// score far below any path, so they never win a comparison.) After each token the scores
/// are taken relative to `O`'s, which changes no comparison and keeps them small: within a
/// few rows' sums of each other, as every tag is a step or two from `O` (an `i32` holds
/// them).
pub fn viterbi<S: Score>(emissions: &[[S; N_TAGS]], transitions: &Transitions<S>) -> Vec<u8> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let mut scores = [S::NONE; N_TAGS];
    for (t, score) in scores.iter_mut().enumerate() {
        if allowed(None, t as u8, n == 1) {
            *score = transitions[START][t] + emissions[0][t];
        }
    }
    let outside = scores[usize::from(OUTSIDE)];
    scores = scores.map(|score| score - outside);
    // The transitions from each closed tag to the tags after one, side by side.
    let from_closed: [[S; 9]; 9] =
        std::array::from_fn(|k| AFTER_CLOSED.map(|t| transitions[CLOSED[k]][t]));
    let mut back: Vec<[u8; N_TAGS]> = Vec::with_capacity(n);
    back.push([0; N_TAGS]);
    for (i, emission) in emissions.iter().enumerate().skip(1) {
        let last = i + 1 == n;
        let mut next = [S::NONE; N_TAGS];
        let mut pointers = [0u8; N_TAGS];
        let (best, from) = S::best_after_closed(&scores, &from_closed);
        for (j, &t) in AFTER_CLOSED.iter().enumerate() {
            // A `B` cannot end the sentence.
            if !(last && t % 4 == 1) {
                next[t] = best[j] + emission[t];
                pointers[t] = from[j];
            }
        }
        for begin in [1, 5, 9, 13] {
            let inside = begin + 1;
            // An `I` cannot end the sentence.
            for t in [inside, begin + 2].into_iter().skip(usize::from(last)) {
                let from_begin = scores[begin] + transitions[begin][t];
                let from_inside = scores[inside] + transitions[inside][t];
                let (best, from) = if from_inside > from_begin {
                    (from_inside, inside)
                } else {
                    (from_begin, begin)
                };
                next[t] = best + emission[t];
                pointers[t] = from as u8;
            }
        }
        let outside = next[usize::from(OUTSIDE)];
        scores = next.map(|score| score - outside);
        back.push(pointers);
    }
    let mut best = OUTSIDE;
    for (t, &score) in scores.iter().enumerate() {
        if score > scores[usize::from(best)] {
            best = t as u8;
        }
    }
    let mut path = vec![best; n];
    for i in (1..n).rev() {
        path[i - 1] = back[i][usize::from(path[i])];
    }
    path
}

/// Entity chunks `(first token, end token exclusive, label)` from a tag sequence. Lenient
/// about sequences the decoder would not produce (an unfinished `B`, a stray `I`).
pub fn chunks(tags: &[u8]) -> Vec<(usize, usize, EntityLabel)> {
    let mut chunks = Vec::new();
    let mut open: Option<(usize, EntityLabel)> = None;
    for (i, &tag) in tags.iter().enumerate() {
        let parsed = split(tag);
        if let Some((start, label)) = open {
            let continues =
                matches!(parsed, Some((l, Position::Inside | Position::Last)) if l == label);
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

    #[test]
    fn viterbi_respects_bilou() {
        // Token 0 prefers B-PER, token 1 prefers O: B-PER O is not allowed.
        let b_per = tag(EntityLabel::Per, Position::Begin);
        let l_per = tag(EntityLabel::Per, Position::Last);
        let mut emissions = [[0i64; N_TAGS]; 2];
        emissions[0][usize::from(b_per)] = 10;
        emissions[1][usize::from(OUTSIDE)] = 4;
        emissions[1][usize::from(l_per)] = 3;
        let path = viterbi(&emissions, &[[0; N_TAGS]; N_TAGS + 1]);
        assert_eq!(path, [b_per, l_per]);
        emissions[0][usize::from(tag(EntityLabel::Per, Position::Unit))] = 5;
        emissions[1][usize::from(OUTSIDE)] = 20;
        let path = viterbi(&emissions, &[[0; N_TAGS]; N_TAGS + 1]);
        assert_eq!(path, [tag(EntityLabel::Per, Position::Unit), OUTSIDE]);
    }

    /// The plain Viterbi over every allowed pair of tags, ties to the lower tag.
    #[allow(clippy::needless_range_loop)]
    fn viterbi_over_all_pairs(emissions: &[[i64; N_TAGS]], transitions: &Transitions) -> Vec<u8> {
        const NONE: i64 = i64::MIN / 4;
        let n = emissions.len();
        let mut scores = [NONE; N_TAGS];
        for t in 0..N_TAGS {
            if allowed(None, t as u8, n == 1) {
                scores[t] = transitions[START][t] + emissions[0][t];
            }
        }
        let mut back = vec![[0u8; N_TAGS]];
        for i in 1..n {
            let last = i + 1 == n;
            let mut next = [NONE; N_TAGS];
            let mut pointers = [0u8; N_TAGS];
            for t in 0..N_TAGS {
                if last
                    && matches!(
                        split(t as u8),
                        Some((_, Position::Begin | Position::Inside))
                    )
                {
                    continue;
                }
                let mut best = NONE;
                for p in 0..N_TAGS {
                    let candidate = scores[p] + transitions[p][t];
                    if allowed(Some(p as u8), t as u8, false)
                        && scores[p] > NONE
                        && candidate > best
                    {
                        best = candidate;
                        pointers[t] = p as u8;
                    }
                }
                if best > NONE {
                    next[t] = best + emissions[i][t];
                }
            }
            scores = next;
            back.push(pointers);
        }
        let mut best = 0;
        for t in 0..N_TAGS {
            if scores[t] > scores[best] {
                best = t;
            }
        }
        let mut path = vec![best as u8; n];
        for i in (1..n).rev() {
            path[i - 1] = back[i][usize::from(path[i])];
        }
        path
    }

    /// A fixed pseudo-random sequence (xorshift64).
    fn xorshift(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn scores_of_the_bundled_models_size_decode_alike_in_i32_over_a_long_sentence() {
        // Emissions as large as 36 rows of i16 can sum to, over a sentence whose path score
        // is far beyond i32: only relative scores fit.
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut large = || (xorshift(&mut state) % 2_400_001) as i32 - 1_200_000;
        let emissions: Vec<[i32; N_TAGS]> = (0..3000)
            .map(|_| std::array::from_fn(|_| large()))
            .collect();
        let transitions: Transitions<i32> =
            std::array::from_fn(|_| std::array::from_fn(|_| large() / 8));
        let wide = |scores: &[i32; N_TAGS]| scores.map(i64::from);
        assert_eq!(
            viterbi(&emissions, &transitions),
            viterbi_over_all_pairs(
                &emissions.iter().map(wide).collect::<Vec<_>>(),
                &transitions.map(|row| wide(&row))
            )
        );
    }

    #[test]
    fn viterbi_agrees_with_the_search_over_all_pairs_in_i64_and_i32() {
        // Small scores from a fixed generator, so that ties are frequent.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut small = || (xorshift(&mut state) % 7) as i64 - 3;
        for n in 1..12 {
            for _ in 0..200 {
                let emissions: Vec<[i64; N_TAGS]> =
                    (0..n).map(|_| std::array::from_fn(|_| small())).collect();
                let transitions: Transitions =
                    std::array::from_fn(|_| std::array::from_fn(|_| small()));
                let expected = viterbi_over_all_pairs(&emissions, &transitions);
                assert_eq!(viterbi(&emissions, &transitions), expected);
                // The bundled model's i32 scores, compared four at a time.
                let narrow = |scores: &[i64; N_TAGS]| scores.map(|s| s as i32);
                let emissions: Vec<[i32; N_TAGS]> = emissions.iter().map(narrow).collect();
                assert_eq!(
                    viterbi(&emissions, &transitions.map(|row| narrow(&row))),
                    expected
                );
            }
        }
    }
}
