//! Stable 64-bit hashing for features and gazetteer phrases.
//!
//! The model stores features by hash, so these functions are part of the model format: the
//! same bytes must give the same hash on every platform and every build. Changing them means
//! retraining (bump [`super::model::FORMAT_VERSION`]).

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const GOLDEN: u64 = 0x9e37_79b9_7f4a_7c15;

pub const EMPTY: u64 = FNV_OFFSET;

/// FNV-1a over `bytes`, continuing from `state` (start with [`EMPTY`]).
pub fn bytes(state: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(state, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

pub fn str(text: &str) -> u64 {
    bytes(EMPTY, text.as_bytes())
}

/// SplitMix64 finaliser: spreads FNV's weak low bits over the whole word.
pub fn finish(mut z: u64) -> u64 {
    z = z.wrapping_add(GOLDEN);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Combines two hashes, order-sensitively.
pub fn pair(a: u64, b: u64) -> u64 {
    finish(a.rotate_left(23) ^ b.wrapping_mul(GOLDEN))
}

/// A [`std::hash::Hasher`] for keys that already are good hashes.
#[derive(Default)]
pub struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = self::bytes(self.0, bytes);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type PassThroughBuild = std::hash::BuildHasherDefault<PassThrough>;
