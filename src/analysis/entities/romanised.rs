//! How Chinese, Korean and Taiwanese names are written in English news: surname first, the
//! given name in pinyin ("Xi Jinping") or as two syllables joined by a hyphen ("Moon Jae-in",
//! "Tsai Ing-wen").

use super::gazetteer::{with_lower, Gazetteer};

/// Whether `word` reads as one syllable of a romanised Korean or Chinese name: lower-case
/// letters, one run of vowels, and no consonant after it but those such a syllable ends in
/// ("un", "moon", "hyun", "wen", "yeh"; not "led", "era", "style").
pub fn is_syllable(word: &str) -> bool {
    let bytes = word.as_bytes();
    // "y" before a vowel is a consonant ("hyun", "yeol"), elsewhere a vowel ("style").
    let vowel = |i: usize| match bytes[i] {
        b'a' | b'e' | b'i' | b'o' | b'u' => true,
        b'y' => !bytes.get(i + 1).is_some_and(|&b| b"aeiou".contains(&b)),
        _ => false,
    };
    let Some(first_vowel) = (0..bytes.len()).position(vowel) else {
        return false;
    };
    let coda = (first_vowel..bytes.len())
        .find(|&i| !vowel(i))
        .unwrap_or(bytes.len());
    let coda = &bytes[coda..];
    bytes.iter().all(u8::is_ascii_lowercase)
        && bytes.len() <= 5
        && matches!(coda, b"" | b"n" | b"ng" | b"l" | b"k" | b"p" | b"m" | b"h")
}

/// The surname of a name written surname first ("Xi" of "Xi Jinping", "Moon" of "Moon
/// Jae-in"): two words, a short surname and a given name in pinyin after a pinyin surname,
/// or of two syllables joined by a hyphen. `None` for other names ("Kim Kardashian", "Lee
/// Anderson", "Ken Loach"), and for a surname that is an English word, which would be found
/// at every sentence that begins with it ("He Lifeng", "Sun Yang").
pub fn surname_first(name: &str) -> Option<&str> {
    let (surname, given) = name.split_once(' ')?;
    if !one_capital(surname) || surname.len() > 5 {
        return None;
    }
    let hyphenated = given
        .split_once('-')
        .is_some_and(|(first, second)| one_capital(first) && is_syllable(second));
    let pinyin = || {
        one_capital(given)
            && with_lower(surname, |lower| pinyin_syllables(lower) == Some(1))
            && with_lower(given, |lower| pinyin_syllables(lower).is_some())
    };
    let english = with_lower(surname, |lower| {
        matches!(lower, "he" | "an" | "me") || Gazetteer::get().phrase(lower).common()
    });
    ((hyphenated || pinyin()) && !english).then_some(surname)
}

/// Whether `surname` and `given` write a name in pinyin, surname first, with a given name of
/// two syllables or more that is on no word list ("He Lifeng", "Ma Zhaoxu"; not "A Woman",
/// "To Diana", "To Shanghai"): a pair of capitalised words few English phrases match,
/// whatever the surname ("He", "Sun") means in English.
pub fn is_pinyin_name(surname: &str, given: &str) -> bool {
    let english_or_name = |lower: &str| {
        let word = Gazetteer::get().phrase(lower);
        word.common() || word.lists() != 0
    };
    surname.len() >= 2
        && one_capital(surname)
        && one_capital(given)
        && !with_lower(given, english_or_name)
        && with_lower(surname, |lower| pinyin_syllables(lower) == Some(1))
        && with_lower(given, |lower| {
            pinyin_syllables(lower).is_some_and(|n| n >= 2)
        })
}

/// One ASCII capital, then ASCII lower-case letters only.
fn one_capital(word: &str) -> bool {
    let mut letters = word.bytes();
    letters.next().is_some_and(|b| b.is_ascii_uppercase())
        && letters.all(|b| b.is_ascii_lowercase())
}

/// Pinyin initials, longest first.
const INITIALS: [&str; 23] = [
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];

/// Pinyin finals after an initial.
const FINALS: [&str; 33] = [
    "a", "o", "e", "i", "u", "v", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue", "er", "an", "en",
    "in", "un", "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo", "uai",
    "uan", "uang",
];

/// Finals that begin a syllable with no initial; pinyin marks one inside a word with an
/// apostrophe ("Xi'an"), so that only a word's first syllable may be one.
const BARE_FINALS: [&str; 12] = [
    "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er",
];

/// How many pinyin syllables (without tone marks) `word` is written as, in lower case; `None`
/// when it is not pinyin ("jinping": 2, "xi": 1; "anderson", "dean": `None`).
fn pinyin_syllables(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > 18 {
        return None;
    }
    // `fewest[i]`: the fewest syllables that write `word[..i]`.
    let mut fewest = [None::<usize>; 19];
    fewest[0] = Some(0);
    for start in 0..bytes.len() {
        let Some(before) = fewest[start] else {
            continue;
        };
        let rest = &word[start..];
        let bare = (start == 0).then_some(&BARE_FINALS[..]);
        let after_initial = INITIALS.iter().filter_map(|initial| {
            let tail = rest.strip_prefix(initial)?;
            Some(
                FINALS
                    .iter()
                    .filter(move |f| tail.starts_with(*f))
                    .map(|f| initial.len() + f.len()),
            )
        });
        let bare = bare
            .into_iter()
            .flatten()
            .filter(|f| rest.starts_with(*f))
            .map(|f| f.len());
        for length in after_initial.flatten().chain(bare) {
            let end = &mut fewest[start + length];
            *end = Some(end.map_or(before + 1, |e| e.min(before + 1)));
        }
    }
    fewest[bytes.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_syllable_of_a_romanised_name() {
        for syllable in [
            "un", "in", "moon", "hyun", "wen", "yeol", "jeou", "bak", "hye", "yeh",
        ] {
            assert!(is_syllable(syllable), "{syllable}");
        }
        for word in [
            "led", "era", "born", "like", "style", "backed", "Un", "x", "strong",
        ] {
            assert!(!is_syllable(word), "{word}");
        }
    }

    #[test]
    fn words_written_in_pinyin() {
        for (word, syllables) in [
            ("xi", 1),
            ("jinping", 2),
            ("keqiang", 2),
            ("xiaoping", 2),
            ("yi", 1),
            ("huning", 2),
            ("wang", 1),
            ("an", 1),
        ] {
            assert_eq!(pinyin_syllables(word), Some(syllables), "{word}");
        }
        for word in ["anderson", "dean", "loach", "kim", "moon", "smith", ""] {
            assert_eq!(pinyin_syllables(word), None, "{word}");
        }
    }

    #[test]
    fn full_names_in_pinyin() {
        for (surname, given) in [("He", "Lifeng"), ("Sun", "Weidong"), ("Ma", "Zhaoxu")] {
            assert!(is_pinyin_name(surname, given), "{surname} {given}");
        }
        for (surname, given) in [
            ("He", "Yong"),
            ("A", "Lifeng"),
            ("A", "Woman"),
            ("To", "Diana"),
            ("He", "Rose"),
            ("he", "Lifeng"),
        ] {
            assert!(!is_pinyin_name(surname, given), "{surname} {given}");
        }
    }

    #[test]
    fn names_written_surname_first() {
        for (name, surname) in [
            ("Xi Jinping", "Xi"),
            ("Li Keqiang", "Li"),
            ("Wang Yi", "Wang"),
            ("Moon Jae-in", "Moon"),
            ("Tsai Ing-wen", "Tsai"),
        ] {
            assert_eq!(surname_first(name), Some(surname), "{name}");
        }
        for name in [
            "Kim Kardashian",
            "Lee Anderson",
            "Ken Loach",
            "He Lifeng",
            "Xi Jinping Thought",
            "Angela Merkel",
        ] {
            assert_eq!(surname_first(name), None, "{name}");
        }
    }
}
