//! What a person's words tell of their gender: a title ("Mr", "Ms."), a noun of kin or office
//! ("his wife", "spokeswoman"), a pronoun, a given name. Speakers use it to resolve "she said";
//! entity grouping to keep "Mr. Obama" apart from "Michelle Obama".

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

impl Gender {
    pub(crate) fn of_pronoun(word: &str) -> Option<Gender> {
        if word.eq_ignore_ascii_case("he") || word.eq_ignore_ascii_case("him") {
            Some(Gender::Male)
        } else if word.eq_ignore_ascii_case("she") {
            Some(Gender::Female)
        } else {
            None
        }
    }

    pub(crate) fn of_title(title: &str) -> Option<Gender> {
        match title.trim_end_matches('.') {
            "Mr" | "Sir" | "Lord" => Some(Gender::Male),
            "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" => Some(Gender::Female),
            _ => None,
        }
    }

    /// A noun of kin or of office that says the gender of the name it introduces: "his wife,
    /// Morwenna", "spokeswoman Dana Whitlock", "her son, Tobias".
    pub(crate) fn of_role(noun: &str) -> Option<Gender> {
        match noun.to_ascii_lowercase().as_str() {
            "husband" | "widower" | "father" | "son" | "brother" | "grandfather" | "grandson"
            | "uncle" | "nephew" | "boyfriend" | "stepfather" | "stepson" | "spokesman"
            | "chairman" | "businessman" | "congressman" | "councilman" | "king" | "prince" => {
                Some(Gender::Male)
            }
            "man" | "boy" => Some(Gender::Male),
            "woman" | "girl" => Some(Gender::Female),
            "wife" | "widow" | "mother" | "daughter" | "sister" | "grandmother"
            | "granddaughter" | "aunt" | "niece" | "girlfriend" | "stepmother" | "stepdaughter"
            | "spokeswoman" | "chairwoman" | "businesswoman" | "congresswoman" | "councilwoman"
            | "queen" | "princess" | "actress" => Some(Gender::Female),
            _ => None,
        }
    }

    /// The gender a given name almost always goes with (`data/attribution/given_names.txt`).
    pub(crate) fn of_given_name(name: &str) -> Option<Gender> {
        static NAMES: LazyLock<HashMap<&'static str, Gender>> = LazyLock::new(|| {
            let mut names = HashMap::default();
            let mut gender = None;
            for line in GIVEN_NAMES.lines().filter(|line| !line.starts_with('#')) {
                match line.trim() {
                    "[female]" => gender = Some(Gender::Female),
                    "[male]" => gender = Some(Gender::Male),
                    words => {
                        for word in words.split_whitespace() {
                            names.extend(gender.map(|g| (word, g)));
                        }
                    }
                }
            }
            names
        });
        // "Anne-Sophie", "Jean-Pierre": a compound given name has the gender its known parts
        // agree on.
        NAMES.get(name).copied().or_else(|| {
            let mut parts = (name.split('-')).filter_map(|part| NAMES.get(part).copied());
            let first = parts.next()?;
            parts.all(|g| g == first).then_some(first)
        })
    }
}

const GIVEN_NAMES: &str = include_str!("../../data/attribution/given_names.txt");

/// Whether `word` is a given name of `data/attribution/given_names.txt`, "Desmond".
pub(crate) fn is_given_name(word: &str) -> bool {
    Gender::of_given_name(word).is_some()
}
