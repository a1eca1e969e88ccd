//! The compiled-in weight table: a flat little-endian layout read in place, with no parsing.
//!
//! ```text
//! header, 64 bytes: magic "NLNER\0\0\0" | u32 format version | u32 tag count | u32 slots
//!     | u32 entry count | u32 feature count | u32 row count | f32 scale | zeros
//! entries: u64 × entry count — a [`Table`] of feature hashes, each with its row's index
//! rows: per feature, strongest first, i8 × tag count then a u8 shift: weight = i8 << shift
//! ```
//! A feature's entry holds the top 40 bits of its hash and, in the low 24 bits, the index of
//! its row plus one (so that no entry is 0, the empty slot). Rows are stored for features only, not for every slot, and in order of strength,
//! so that the rows most look-ups read share cache lines. Features never seen in training
//! find no entry and contribute nothing. Weights are scaled so that the largest is 127 << 8; each
//! row keeps 7 bits of precision below its own largest weight, which is what i16 rows scored.

use std::sync::OnceLock;

use super::features::{self, Sentence};
use super::tags::{self, N_TAGS};

const MAGIC: &[u8; 8] = b"NLNER\0\0\0";
/// Bump whenever hashing, templates, tags or this layout change.
pub const FORMAT_VERSION: u32 = 3;
/// Tables begin on a cache line: the header is one.
pub const HEADER: usize = 64;
/// The entry bits that hold a row index; the rest is the feature hash's top bits.
const INDEX_BITS: u32 = 24;
/// A row: one i8 per tag, then its shift.
const ROW_BYTES: usize = N_TAGS + 1;
/// The largest shift: weights stay within an i16.
const MAX_SHIFT: u8 = 8;

/// Bytes compiled in on a cache-line boundary (`include_bytes!` alone promises no
/// alignment), so that a table entry never straddles two lines.
#[repr(C, align(64))]
pub struct Aligned<B: ?Sized>(pub B);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelError {
    BadMagic,
    WrongVersion(u32),
    WrongTagCount(u32),
    Truncated,
}

/// A hash table of `u64` entries written once and read in place: each entry is the top bits
/// of a key's hash (`!value_mask`) and a value (`value_mask`), 0 is an empty slot. A key's
/// home slot is its tag × `slots` / 2⁶⁴, and entries are laid out in order of home (linear
/// probing, inserted in that order), so a look-up scans from the home slot and stops at the
/// first entry whose home lies beyond — absent keys cost as few reads as present ones.
#[derive(Clone, Copy)]
pub struct Table<'a> {
    entries: &'a [[u8; 8]],
    slots: u64,
    value_mask: u64,
}

impl<'a> Table<'a> {
    /// `entries`: the little-endian `u64`s written by [`Table::lay_out`] for `slots`.
    pub fn new(entries: &'a [u8], slots: u64, value_bits: u32) -> Table<'a> {
        Table {
            entries: as_arrays(entries),
            slots,
            value_mask: (1 << value_bits) - 1,
        }
    }

    #[inline]
    fn home(&self, tag: u64) -> usize {
        ((u128::from(tag) * u128::from(self.slots)) >> 64) as usize
    }

    #[inline]
    fn entry(&self, index: usize) -> Option<u64> {
        self.entries
            .get(index)
            .map(|&bytes| u64::from_le_bytes(bytes))
    }

    /// The home slot of `hash`.
    #[inline]
    fn home_of(&self, hash: u64) -> usize {
        self.home(hash & !self.value_mask)
    }

    /// The entry of the key whose hash is `hash`, if any.
    #[inline]
    pub fn find(&self, hash: u64) -> Option<u64> {
        let tag = hash & !self.value_mask;
        let home = self.home_of(hash);
        let mut index = home;
        loop {
            let entry = self.entry(index)?;
            if entry & !self.value_mask == tag && entry != 0 {
                return Some(entry);
            }
            if entry == 0 || self.home(entry & !self.value_mask) > home {
                return None;
            }
            index += 1;
        }
    }

    /// Starts loading the cache line of `hash`'s home slot.
    #[inline]
    pub fn prefetch(&self, hash: u64) {
        prefetch(self.entries, self.home_of(hash));
    }

    /// Lays out `(hash, value)` pairs (values within `value_bits`; keys whose tags are equal
    /// keep the first) for `slots` home slots. Returns the entries; the table may run past
    /// `slots` by the probe length of the last homes.
    pub fn lay_out(keys: &[(u64, u64)], slots: u64, value_bits: u32) -> Vec<u64> {
        let value_mask = (1u64 << value_bits) - 1;
        let table = Table::new(&[], slots, value_bits);
        let mut sorted: Vec<(usize, usize, u64)> = keys
            .iter()
            .enumerate()
            .map(|(order, &(hash, value))| {
                assert!(value & !value_mask == 0, "a value wider than its field");
                let tag = hash & !value_mask;
                (table.home(tag), order, tag | value)
            })
            .collect();
        sorted.sort_by_key(|&(home, order, entry)| (home, entry & !value_mask, order));
        sorted.dedup_by_key(|&mut (_, _, entry)| entry & !value_mask);
        let mut entries: Vec<u64> = vec![0; slots as usize];
        let mut next = 0;
        for (home, _, entry) in sorted {
            let index = home.max(next);
            if index >= entries.len() {
                entries.resize(index + 1, 0);
            }
            entries[index] = entry;
            next = index + 1;
        }
        entries
    }
}

/// A sum of rows: one score per tag.
#[derive(Clone, Copy)]
struct Scores {
    /// Tags 0–15, four to a register, where SSE2 is (every x86_64).
    #[cfg(target_arch = "x86_64")]
    lanes: [std::arch::x86_64::__m128i; 4],
    #[cfg(not(target_arch = "x86_64"))]
    lanes: [i32; 16],
    /// Tag 16.
    last: i32,
}

impl Default for Scores {
    fn default() -> Scores {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: SSE2 is part of every x86_64 target.
        let lanes = unsafe { [std::arch::x86_64::_mm_setzero_si128(); 4] };
        #[cfg(not(target_arch = "x86_64"))]
        let lanes = [0; 16];
        Scores { lanes, last: 0 }
    }
}

impl Scores {
    #[inline]
    fn add(&mut self, row: &[u8; ROW_BYTES]) {
        let shift = row[N_TAGS].min(MAX_SHIFT);
        // SAFETY: SSE2 is part of every x86_64 target; the unaligned 16-byte load reads the
        // row's first 16 bytes, inside it. Each i8 is widened to i16 by putting it in the
        // upper half of a lane and shifting right arithmetically, shifted left by the row's
        // shift (within an i16), then widened to i32 the same way.
        #[cfg(target_arch = "x86_64")]
        unsafe {
            use std::arch::x86_64::*;
            let weights = _mm_loadu_si128(row.as_ptr().cast());
            let count = _mm_cvtsi32_si128(i32::from(shift));
            let to_i16 = |half: __m128i| _mm_sll_epi16(_mm_srai_epi16::<8>(half), count);
            let low = to_i16(_mm_unpacklo_epi8(weights, weights));
            let high = to_i16(_mm_unpackhi_epi8(weights, weights));
            let to_i32 = |half: __m128i| _mm_srai_epi32::<16>(half);
            self.lanes[0] = _mm_add_epi32(self.lanes[0], to_i32(_mm_unpacklo_epi16(low, low)));
            self.lanes[1] = _mm_add_epi32(self.lanes[1], to_i32(_mm_unpackhi_epi16(low, low)));
            self.lanes[2] = _mm_add_epi32(self.lanes[2], to_i32(_mm_unpacklo_epi16(high, high)));
            self.lanes[3] = _mm_add_epi32(self.lanes[3], to_i32(_mm_unpackhi_epi16(high, high)));
        }
        #[cfg(not(target_arch = "x86_64"))]
        for (lane, &w) in self.lanes.iter_mut().zip(row) {
            *lane += i32::from(w as i8) << shift;
        }
        self.last += i32::from(row[16] as i8) << shift;
    }

    fn get(&self) -> [i32; N_TAGS] {
        let mut out = [0; N_TAGS];
        #[cfg(target_arch = "x86_64")]
        for (k, lane) in self.lanes.iter().enumerate() {
            // SAFETY: SSE2; the store writes 16 bytes into a 16-byte array.
            unsafe {
                let mut four = [0i32; 4];
                std::arch::x86_64::_mm_storeu_si128(four.as_mut_ptr().cast(), *lane);
                out[4 * k..4 * k + 4].copy_from_slice(&four);
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        out[..16].copy_from_slice(&self.lanes);
        out[16] = self.last;
        out
    }
}

/// `bytes` as consecutive arrays of `N` (a remainder shorter than `N` left out).
fn as_arrays<const N: usize>(bytes: &[u8]) -> &[[u8; N]] {
    // SAFETY: `[u8; N]` has the size of `N` bytes and the alignment of `u8`, and the slice
    // covers `bytes.len() / N` whole arrays inside `bytes`, borrowed for as long.
    unsafe { std::slice::from_raw_parts(bytes.as_ptr().cast(), bytes.len() / N) }
}

/// Starts loading the cache line of `items[index]`, if there is one.
#[inline]
fn prefetch<T>(items: &[T], index: usize) {
    if let Some(item) = items.get(index) {
        prefetch_line((item as *const T).cast());
    }
}

/// Starts loading the cache line of `byte` (a hint: it never faults).
#[inline]
fn prefetch_line(byte: *const u8) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: SSE is part of every x86_64 target, and a prefetch is a hint that never
        // faults, whatever the address.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(byte.cast()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = byte;
}

pub struct Model<'a> {
    table: Table<'a>,
    rows: &'a [[u8; ROW_BYTES]],
    features: usize,
    /// The transition scores, read once: their features are the same for every sentence.
    transitions: tags::Transitions<i32>,
}

/// The bundled model, read in place.
pub fn bundled() -> &'static Model<'static> {
    static BYTES: &Aligned<[u8]> = &Aligned(*include_bytes!("../../../data/ner/model.bin"));
    static MODEL: OnceLock<Model<'static>> = OnceLock::new();
    MODEL.get_or_init(|| {
        Model::parse(&BYTES.0)
            .expect("the bundled NER model matches this build (retrain with examples/train_ner)")
    })
}

impl<'a> Model<'a> {
    pub fn parse(bytes: &'a [u8]) -> Result<Model<'a>, ModelError> {
        if bytes.len() < HEADER {
            return Err(ModelError::Truncated);
        }
        if &bytes[..8] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let word = |i: usize| u32::from_le_bytes(bytes[8 + 4 * i..12 + 4 * i].try_into().unwrap());
        if word(0) != FORMAT_VERSION {
            return Err(ModelError::WrongVersion(word(0)));
        }
        if word(1) as usize != N_TAGS {
            return Err(ModelError::WrongTagCount(word(1)));
        }
        let slots = word(2) as usize;
        let entries = word(3) as usize;
        let features = word(4) as usize;
        let rows = word(5) as usize;
        let entries_end = HEADER + entries * 8;
        if bytes.len() != entries_end + rows * ROW_BYTES || slots == 0 || entries < slots {
            return Err(ModelError::Truncated);
        }
        let mut model = Model {
            table: Table::new(&bytes[HEADER..entries_end], slots as u64, INDEX_BITS),
            rows: as_arrays(&bytes[entries_end..]),
            features,
            transitions: [[0; N_TAGS]; N_TAGS + 1],
        };
        let mut transitions = model.transitions;
        for (p, row) in transitions.iter_mut().enumerate() {
            let previous = (p < N_TAGS).then_some(p as u8);
            let mut scores = Scores::default();
            if let Some(index) = model.row(features::transition_feature(previous)) {
                model.add_row(index, &mut scores);
            }
            *row = scores.get();
        }
        model.transitions = transitions;
        Ok(model)
    }

    pub fn feature_count(&self) -> usize {
        self.features
    }

    /// The index of `feature`'s row, if the model knows it.
    #[inline]
    fn row(&self, feature: u64) -> Option<usize> {
        self.table
            .find(feature)
            .map(|entry| (entry & ((1 << INDEX_BITS) - 1)) as usize - 1)
    }

    /// Adds the weights of row `index` (if there is one) to `scores`.
    #[inline]
    fn add_row(&self, index: usize, scores: &mut Scores) {
        if let Some(row) = self.rows.get(index) {
            scores.add(row);
        }
    }

    /// Adds the weights of `feature` (if the model knows it) to `scores`.
    #[cfg(test)]
    pub fn add(&self, feature: u64, scores: &mut [i32; N_TAGS]) {
        let mut sum = Scores::default();
        if let Some(index) = self.row(feature) {
            self.add_row(index, &mut sum);
        }
        for (score, add) in scores.iter_mut().zip(sum.get()) {
            *score += add;
        }
    }

    /// The best tag sequence for a sentence: emission scores per token (the sum of its
    /// features' rows) and the transitions, decoded by Viterbi.
    pub fn decode(&self, sentence: &Sentence) -> Vec<u8> {
        SCRATCH.with_borrow_mut(|scratch| {
            self.emissions(sentence, scratch);
            tags::viterbi(&scratch.emissions, &self.transitions)
        })
    }

    /// The emission scores of each token, into `scratch.emissions`. The table is megabytes,
    /// so a look-up is mostly waiting for memory. The tokens go through a pipeline: the
    /// entries of token i + 2 start loading, token i + 1's entries (loaded by now) give
    /// their rows, which start loading, and token i's rows are added.
    /// Not inlined: inlined into `decode`, `check` of news-1m.md took 41 M more instructions.
    #[inline(never)]
    fn emissions(&self, sentence: &Sentence, scratch: &mut Scratch) {
        let all = sentence.all_features();
        let n = sentence.token_count();
        let features = |i: usize| {
            let start = i.checked_sub(1).map_or(0, |p| sentence.features_end(p));
            &all[start..sentence.features_end(i)]
        };
        let Scratch {
            rows,
            row_ends,
            emissions,
        } = scratch;
        rows.clear();
        row_ends.clear();
        emissions.clear();
        for i in 0..n + 2 {
            if i < n {
                for &feature in features(i) {
                    self.table.prefetch(feature);
                }
            }
            if let Some(found) = i.checked_sub(1).filter(|&f| f < n) {
                for &feature in features(found) {
                    let Some(index) = self.row(feature) else {
                        continue;
                    };
                    if let Some(row) = self.rows.get(index) {
                        // A row may straddle two cache lines.
                        prefetch_line(row.as_ptr());
                        prefetch_line(row[ROW_BYTES - 1..].as_ptr());
                        rows.push(index as u32);
                    }
                }
                row_ends.push(rows.len());
            }
            if let Some(summed) = i.checked_sub(2) {
                let start = summed.checked_sub(1).map_or(0, |p| row_ends[p]);
                let mut scores = Scores::default();
                for &index in &rows[start..row_ends[summed]] {
                    scores.add(&self.rows[index as usize]);
                }
                emissions.push(scores.get());
            }
        }
    }
}

/// What decoding a sentence writes and the next one overwrites: kept per thread, so that
/// tagging allocates nothing per sentence once the buffers have grown.
struct Scratch {
    /// The row indices of the features the model knows, token after token.
    rows: Vec<u32>,
    /// Per token: where its rows end in `rows`.
    row_ends: Vec<usize>,
    emissions: Vec<[i32; N_TAGS]>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = const {
        std::cell::RefCell::new(Scratch {
            rows: Vec::new(),
            row_ends: Vec::new(),
            emissions: Vec::new(),
        })
    };
}

/// Serialises averaged weights (strongest first: on a tag collision the first is kept, and
/// rows are laid out in this order, so the often-used ones share cache lines). Home slots
/// are twice the feature count + 1 (a look-up reads 1.5 entries on average); weights are scaled so the largest magnitude becomes
/// 127 << [`MAX_SHIFT`], and each row takes the smallest shift that fits its largest in an i8.
pub fn write(features: &[(u64, [f32; N_TAGS])]) -> Vec<u8> {
    let slots = features.len() * 2 + 1;
    let largest = features
        .iter()
        .flat_map(|(_, w)| w.iter())
        .fold(0f32, |m, w| m.max(w.abs()));
    let scale = if largest > 0.0 {
        f32::from(127i16 << MAX_SHIFT) / largest
    } else {
        1.0
    };
    assert!(
        features.len() + 1 < 1 << INDEX_BITS,
        "rows past the index field"
    );
    let keys: Vec<(u64, u64)> = features
        .iter()
        .enumerate()
        .map(|(index, &(feature, _))| (feature, index as u64 + 1))
        .collect();
    let entries = Table::lay_out(&keys, slots as u64, INDEX_BITS);
    let mut out = Vec::with_capacity(HEADER + entries.len() * 8 + features.len() * ROW_BYTES);
    out.extend_from_slice(MAGIC);
    for word in [
        FORMAT_VERSION,
        N_TAGS as u32,
        slots as u32,
        entries.len() as u32,
        features.len() as u32,
        features.len() as u32,
    ] {
        out.extend_from_slice(&word.to_le_bytes());
    }
    out.extend_from_slice(&scale.to_le_bytes());
    out.resize(HEADER, 0);
    for entry in entries {
        out.extend_from_slice(&entry.to_le_bytes());
    }
    for (_, row) in features {
        let row_largest = row.iter().fold(0f32, |m, w| m.max((w * scale).abs()));
        let shift = (0..MAX_SHIFT)
            .find(|&shift| (row_largest / f32::from(1u8 << shift)).round() <= 127.0)
            .unwrap_or(MAX_SHIFT);
        let step = f32::from(1u16 << shift);
        for w in row {
            out.push(((w * scale / step).round().clamp(-127.0, 127.0) as i8) as u8);
        }
        out.push(shift);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_weights_are_found_and_unknown_features_ignored() {
        let mut row = [0f32; N_TAGS];
        row[3] = 2.0;
        row[0] = -1.0;
        // Feature hashes are spread over all 64 bits, as these are.
        let [a, b, unknown] = [42u64, 7, 1234567].map(super::super::hashing::finish);
        let bytes = write(&[(a, row), (b, [0.5; N_TAGS])]);
        let model = Model::parse(&bytes).unwrap();
        let mut scores = [0; N_TAGS];
        model.add(a, &mut scores);
        assert_eq!(scores[3], 127 << MAX_SHIFT);
        assert!(scores[0] < 0);
        assert_eq!(scores[1], 0);
        let before = scores;
        model.add(unknown, &mut scores);
        assert_eq!(scores, before);
        model.add(b, &mut scores);
        // A quarter of the largest.
        assert_eq!(scores[1], 127 << (MAX_SHIFT - 2));
        // A row of small weights keeps its precision (one i8 scale for all would make it 0).
        let mut small = [0f32; N_TAGS];
        small[5] = 0.003;
        let bytes = write(&[(a, row), (b, small)]);
        let mut scores = [0; N_TAGS];
        Model::parse(&bytes).unwrap().add(b, &mut scores);
        assert_eq!(scores[5], 49); // 0.003 × 16256, rounded
        assert_eq!(
            Model::parse(&bytes[..bytes.len() - 1]).err(),
            Some(ModelError::Truncated)
        );
    }

    #[test]
    fn tables_find_every_key_and_no_other() {
        let keys: Vec<(u64, u64)> = (1..5000u64)
            .map(|k| (k.wrapping_mul(0x9e37_79b9_7f4a_7c15), k % 250 + 1))
            .collect();
        let entries = Table::lay_out(&keys, 4000, 8);
        let bytes: Vec<u8> = entries.iter().flat_map(|e| e.to_le_bytes()).collect();
        let table = Table::new(&bytes, 4000, 8);
        for &(hash, value) in &keys {
            assert_eq!(table.find(hash).map(|e| e & 0xff), Some(value));
        }
        for k in 5000..20_000u64 {
            assert_eq!(table.find(k.wrapping_mul(0x9e37_79b9_7f4a_7c15)), None);
        }
    }
}
