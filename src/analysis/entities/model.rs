//! The compiled-in weight table: a flat little-endian layout read in place, with no parsing.
//!
//! ```text
//! magic "NLNER\0\0\0" | u32 format version | u32 tag count | u32 slot count | u32 feature count
//! | f32 scale | keys: u32 × slots (0 = empty) | weights: i16 × slots × tags
//! ```
//! Open addressing with linear probing: a feature hash `h` starts at slot `h × slots >> 64`
//! and is stored under the fingerprint `h as u32` (0 reserved). Features never seen in
//! training find an empty slot and contribute nothing.

use super::tags::N_TAGS;

const MAGIC: &[u8; 8] = b"NLNER\0\0\0";
/// Bump whenever hashing, templates, tags or this layout change.
pub const FORMAT_VERSION: u32 = 1;
const HEADER: usize = 8 + 5 * 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelError {
    BadMagic,
    WrongVersion(u32),
    WrongTagCount(u32),
    Truncated,
    Full,
}

pub struct Model<'a> {
    slots: usize,
    keys: &'a [u8],
    weights: &'a [u8],
    features: usize,
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
        let features = word(3) as usize;
        let keys_end = HEADER + slots * 4;
        let weights_end = keys_end + slots * N_TAGS * 2;
        if bytes.len() != weights_end || slots == 0 {
            return Err(ModelError::Truncated);
        }
        let keys = &bytes[HEADER..keys_end];
        // A probe stops only at an empty slot: a full table would loop forever.
        if !keys.chunks_exact(4).any(|key| key == [0; 4]) {
            return Err(ModelError::Full);
        }
        Ok(Model {
            slots,
            keys,
            weights: &bytes[keys_end..weights_end],
            features,
        })
    }

    pub fn feature_count(&self) -> usize {
        self.features
    }

    /// Starts loading the cache lines `add(feature)` will most likely read (the feature's home
    /// slot and the one or two lines of its 34-byte weight row): the table is megabytes, so a
    /// look-up is mostly waiting for memory, and a sentence's features are known before any
    /// is added.
    #[inline]
    pub fn prefetch(&self, feature: u64) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            let slot = home_slot(feature, self.slots);
            let key = self.keys[slot * 4..].as_ptr().cast();
            let row = &self.weights[slot * N_TAGS * 2..(slot + 1) * N_TAGS * 2];
            let (row_start, row_end) = (row.as_ptr().cast(), row[row.len() - 1..].as_ptr().cast());
            // SAFETY: SSE is part of every x86_64 target, and a prefetch is a hint that never
            // faults (both pointers are in bounds anyway).
            unsafe {
                _mm_prefetch::<_MM_HINT_T0>(key);
                _mm_prefetch::<_MM_HINT_T0>(row_start);
                _mm_prefetch::<_MM_HINT_T0>(row_end);
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = feature;
    }

    /// Adds the weights of `feature` (if the model knows it) to `scores`.
    #[inline]
    pub fn add(&self, feature: u64, scores: &mut [i32; N_TAGS]) {
        let fingerprint = fingerprint(feature);
        let mut slot = home_slot(feature, self.slots);
        loop {
            let key = u32::from_le_bytes(self.keys[slot * 4..slot * 4 + 4].try_into().unwrap());
            if key == 0 {
                return;
            }
            if key == fingerprint {
                let row = &self.weights[slot * N_TAGS * 2..(slot + 1) * N_TAGS * 2];
                for (score, pair) in scores.iter_mut().zip(row.chunks_exact(2)) {
                    *score += i32::from(i16::from_le_bytes([pair[0], pair[1]]));
                }
                return;
            }
            slot = if slot + 1 == self.slots { 0 } else { slot + 1 };
        }
    }
}

fn fingerprint(feature: u64) -> u32 {
    (feature as u32).max(1)
}

fn home_slot(feature: u64, slots: usize) -> usize {
    ((u128::from(feature) * slots as u128) >> 64) as usize
}

/// Serialises averaged weights. Slots are 1.25 × the feature count + 1 (load factor ≤ 0.8,
/// so a probe always ends at an empty slot);
/// weights are scaled so the largest magnitude becomes `i16::MAX`.
pub fn write(features: &[(u64, [f32; N_TAGS])]) -> Vec<u8> {
    let slots = features.len() * 5 / 4 + 1;
    let largest = features
        .iter()
        .flat_map(|(_, w)| w.iter())
        .fold(0f32, |m, w| m.max(w.abs()));
    let scale = if largest > 0.0 {
        f32::from(i16::MAX) / largest
    } else {
        1.0
    };
    let mut keys = vec![0u32; slots];
    let mut weights = vec![0i16; slots * N_TAGS];
    for &(feature, row) in features {
        let fingerprint = fingerprint(feature);
        let mut slot = home_slot(feature, slots);
        while keys[slot] != 0 {
            // Two features with the same home and fingerprint would be indistinguishable at
            // tagging time; the later (weaker, as callers sort by strength) one is dropped.
            if keys[slot] == fingerprint {
                break;
            }
            slot = (slot + 1) % slots;
        }
        if keys[slot] == fingerprint {
            continue;
        }
        keys[slot] = fingerprint;
        for (t, w) in row.iter().enumerate() {
            weights[slot * N_TAGS + t] = (w * scale).round() as i16;
        }
    }
    let mut out = Vec::with_capacity(HEADER + slots * (4 + 2 * N_TAGS));
    out.extend_from_slice(MAGIC);
    for word in [
        FORMAT_VERSION,
        N_TAGS as u32,
        slots as u32,
        features.len() as u32,
    ] {
        out.extend_from_slice(&word.to_le_bytes());
    }
    out.extend_from_slice(&scale.to_le_bytes());
    for key in keys {
        out.extend_from_slice(&key.to_le_bytes());
    }
    for weight in weights {
        out.extend_from_slice(&weight.to_le_bytes());
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
        let bytes = write(&[(42, row), (7, [0.5; N_TAGS])]);
        let model = Model::parse(&bytes).unwrap();
        let mut scores = [0; N_TAGS];
        model.add(42, &mut scores);
        assert_eq!(scores[3], i32::from(i16::MAX));
        assert!(scores[0] < 0);
        let before = scores;
        model.add(1234567, &mut scores);
        assert_eq!(scores, before);
        assert_eq!(
            Model::parse(&bytes[..bytes.len() - 1]).err(),
            Some(ModelError::Truncated)
        );
    }
}
