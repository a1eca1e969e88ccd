//! The cue lexicon: reporting verbs in all their forms, compiled in from
//! `data/attribution/reporting_verbs.txt`, plus the user's extra verbs.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

const REPORTING_VERBS: &str = include_str!("../../../data/attribution/reporting_verbs.txt");
/// Verbs whose noun-phrase object PolNeAR's annotators end at its first comma, one lemma a
/// line; `.ci/object_ends.py` derives the list from the training split.
const OBJECT_END_VERBS: &str = include_str!("../../../data/attribution/object_ends.txt");

/// Which form of its verb a word is; the neutral replacement keeps it ("claimed" → "said").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    Base,
    ThirdPerson,
    Past,
    Gerund,
    Participle,
    /// A user's extra verb: the form is not known.
    Unknown,
}

/// What a cue reports: somebody's words, or a stance or intention of theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// Speech, writing, cognition: "said", "wrote", "believes", "according to".
    Speech,
    /// An attitude or intention, no words spoken: "wants", "sees", "opposes", "refused". News
    /// annotation (PolNeAR) counts these as attributions; they never introduce a quotation by
    /// themselves ("“…,” said X" has no "“…,” wants X").
    Attitude,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueWord {
    pub lemma: &'static str,
    pub form: VerbForm,
    /// The particle the verb needs to report something ("point" + "out"); alternatives are
    /// split by "|" ("out|to"), see [`CueWord::particles`].
    pub particle: Option<&'static str>,
    /// A particle that makes it another verb, one that reports nothing ("knocked out power").
    pub not_with: Option<&'static str>,
    pub kind: CueKind,
    /// A verb of manner, "laughed", "shrugged": a cue right after a quotation, elsewhere only
    /// with its particle.
    pub after_quotation: bool,
}

impl CueWord {
    /// Forms that are also common nouns ("claims", "the report", "early-morning tweets") and
    /// count as cues only in a verb's position.
    pub fn is_ambiguous(self) -> bool {
        match self.form {
            VerbForm::Base => true,
            VerbForm::ThirdPerson => !self.is_never_a_noun(),
            _ => false,
        }
    }

    /// Verbs none of whose forms is a common noun: "says", "suggest", "believe" are verbs
    /// wherever they stand after their subject.
    pub fn is_never_a_noun(self) -> bool {
        VERB_ONLY_THIRD_PERSON.contains(&self.lemma)
    }

    /// The particles, any of which lets the verb report: "pointed out", "pointed to".
    pub fn particles(self) -> impl Iterator<Item = &'static str> {
        self.particle.into_iter().flat_map(|p| p.split('|'))
    }

    pub fn is_attitude(self) -> bool {
        self.kind == CueKind::Attitude
    }

    /// "-ing" forms: "…, adding that", "saying".
    pub fn is_gerund(self) -> bool {
        self.form == VerbForm::Gerund
    }

    /// Verbs of `data/attribution/object_ends.txt`: "endorsed Hillary Clinton on Thursday,
    /// another example of …" ends at the comma. The list is read once.
    pub fn ends_object_at_comma(self) -> bool {
        static LEMMAS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
            OBJECT_END_VERBS
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .collect()
        });
        LEMMAS.contains(&self.lemma)
    }

    /// Verbs whose first object is the hearer, not the content: "told reporters that …".
    pub fn takes_hearer(self) -> bool {
        matches!(
            self.lemma,
            "tell"
                | "ask"
                | "inform"
                | "remind"
                | "assure"
                | "reassure"
                | "warn"
                | "urge"
                | "advise"
                | "notify"
                | "convince"
                | "caution"
        )
    }

    /// Verbs whose object follows "at": "hinted at a run", "lashed out at the mayor", "balked
    /// at the price" (PolNeAR train: "at" after them opens a gold content 27 of 32 times).
    pub fn takes_at(self) -> bool {
        matches!(
            self.lemma,
            "hint" | "balk" | "lash" | "rail" | "scoff" | "sneer" | "poke" | "marvel"
        )
    }

    /// The same form of "say": what AP and Reuters style call the neutral attribution verb.
    pub fn neutral(self) -> &'static str {
        match self.form {
            VerbForm::Base | VerbForm::Unknown => "say",
            VerbForm::ThirdPerson => "says",
            VerbForm::Past | VerbForm::Participle => "said",
            VerbForm::Gerund => "saying",
        }
    }
}

/// Verbs whose "-s" form is no plural noun: "says", "tells", "argues" are verbs wherever they stand.
const VERB_ONLY_THIRD_PERSON: &[&str] = &[
    "say",
    "tell",
    "add",
    "argue",
    "write",
    "explain",
    "insist",
    "suggest",
    "believe",
    "think",
    "acknowledge",
    "admit",
    "announce",
    "assert",
    "concede",
    "contend",
    "declare",
    "deny",
    "describe",
    "emphasize",
    "indicate",
    "maintain",
    "mention",
    "predict",
    "recall",
    "reiterate",
    "reveal",
    "speculate",
    "stress",
    "testify",
    "urge",
    "warn",
    "agree",
    "ask",
    "allege",
    "accuse",
    "confirm",
    "conclude",
    "continue",
    "criticize",
    "disclose",
    "inform",
    "remind",
    "reply",
    "respond",
    "observe",
    "proclaim",
    "complain",
    "boast",
    "recount",
    "liken",
    "read",
    "see",
    "want",
    "know",
    "oppose",
    "discuss",
    "decide",
    "learn",
    "reject",
    "recognize",
    "refer",
    "seek",
    "refuse",
    "endorse",
    "envision",
    "imagine",
    "prefer",
    "understand",
];

/// What a side lets in, in the words of a match report: "conceded a penalty" (the attribution
/// frames and the claims' source cues read it).
pub const CONCEDED_IN_A_GAME: &[&str] = &[
    "goal",
    "goals",
    "penalty",
    "penalties",
    "points",
    "try",
    "tries",
    "run",
    "runs",
    "wicket",
    "wickets",
    "corner",
    "corners",
    "set",
    "sets",
    "frame",
    "frames",
];

/// Verbs that take sides: they tell the reader whether to believe the speaker.
const LOADED_LEMMAS: &[&str] = &[
    "admit", "allege", "boast", "brag", "claim", "concede", "confess", "contend", "insist",
    "maintain", "note", "point", "reveal",
];

pub fn is_loaded(word: CueWord) -> bool {
    LOADED_LEMMAS.contains(&word.lemma)
}

/// Verbs that report words said or written ("said", "told reporters", "argued that"), not a
/// stance, an act or an inference ("supports", "continued", "suggests").
const WORDS_SAID_LEMMAS: &[&str] = &[
    "say",
    "tell",
    "add",
    "write",
    "state",
    "explain",
    "argue",
    "note",
    "insist",
    "claim",
    "contend",
    "assert",
    "warn",
    "acknowledge",
    "report",
    "testify",
    "recall",
    "tweet",
    "declare",
    "announce",
    "emphasize",
    "stress",
    "maintain",
    "reply",
    "respond",
    "conclude",
    "caution",
    "concede",
    "admit",
    "estimate",
    "observe",
    "remark",
    "comment",
];

/// Forms of verbs of feeling that also tell what something does to people: "Residents worry
/// that …" is their stance, "The delays should worry anyone" the writer's warning.
const FEELING_FORMS: &[&str] = &[
    "worry",
    "worries",
    "worried",
    "worrying",
    "concern",
    "concerns",
    "concerned",
    "concerning",
    "alarm",
    "alarms",
    "alarmed",
    "alarming",
    "trouble",
    "troubles",
    "troubled",
    "troubling",
    "puzzle",
    "puzzles",
    "puzzled",
    "puzzling",
];
/// Who a feeling is stirred in, as the object: "worries them", "should alarm anyone".
const FELT_BY: &[&str] = &[
    "me",
    "him",
    "us",
    "them",
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "nobody",
];

/// Whether `verb`, a verb of feeling between `previous` and `next` (lowercase words; `None`
/// when there is none, or it is quoted), tells what something stirs in people rather than what
/// its subject feels or holds: a person as its object ("It troubles them"), or any object
/// after a modal ("The figures should worry the Treasury"), not a clause ("should worry that
/// …", "will worry about …").
pub fn stirs_a_feeling(verb: &str, previous: Option<&str>, next: Option<&str>) -> bool {
    if !FEELING_FORMS.contains(&verb) {
        return false;
    }
    let Some(next) = next else {
        return false;
    };
    let modal = [
        "will", "would", "can", "could", "should", "may", "might", "must", "'ll",
    ];
    FELT_BY.contains(&next)
        || previous.is_some_and(|p| modal.contains(&p))
            && next.starts_with(char::is_alphabetic)
            && ![
                "that", "about", "over", "for", "if", "whether", "what", "how",
            ]
            .contains(&next)
}

/// The verb a cue as written starts with ("pointed" of "pointed out").
pub fn verb_of(cue: &str) -> &str {
    cue.split_whitespace().next().unwrap_or(cue)
}

/// Whether the cue reports words said or written (see `WORDS_SAID_LEMMAS`).
pub fn reports_words_said(word: CueWord) -> bool {
    WORDS_SAID_LEMMAS.contains(&word.lemma)
}

/// Whether `word`, as written, is a built-in cue that reports words said: "said", "told",
/// "adds".
pub fn is_a_verb_of_saying(word: &str) -> bool {
    Lexicon::new(&[])
        .lookup(word)
        .is_some_and(reports_words_said)
}

static BUILT_IN: LazyLock<HashMap<&'static str, CueWord>> = LazyLock::new(|| {
    let mut words = HashMap::default();
    let mut kind = CueKind::Speech;
    let mut after_quotation = false;
    for line in REPORTING_VERBS.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // "[attitude]" starts the section of verbs of attitude and intention.
        if line == "[attitude]" {
            kind = CueKind::Attitude;
            continue;
        }
        // "[after a quotation]" starts the section of verbs of manner, which speak.
        if line == "[after a quotation]" {
            kind = CueKind::Speech;
            after_quotation = true;
            continue;
        }
        let mut forms: Vec<&'static str> = line.split_whitespace().collect();
        let mut marked = |mark: char| {
            let particle = forms.last().and_then(|last| last.strip_prefix(mark));
            if particle.is_some() {
                forms.pop();
            }
            particle
        };
        let not_with = marked('-');
        let particle = marked('+');
        const ORDER: [VerbForm; 5] = [
            VerbForm::Base,
            VerbForm::ThirdPerson,
            VerbForm::Past,
            VerbForm::Gerund,
            VerbForm::Participle,
        ];
        let lemma = forms[0];
        // "As Professor Foner put it", "The sign read": a base form spelled like the past reads
        // as the past, which news uses far more. Not "forecast", in news mostly the noun ("the
        // IMF's forecast"): read as a past verb it makes reports of nothing.
        let past_like_base = forms.get(2) == Some(&lemma) && lemma != "forecast";
        for (word, form) in forms.iter().zip(ORDER) {
            let form = match form {
                VerbForm::Base if past_like_base => VerbForm::Past,
                form => form,
            };
            // A participle spelled like the past ("said") keeps the past reading.
            words.entry(*word).or_insert(CueWord {
                lemma,
                form,
                particle,
                not_with,
                kind,
                after_quotation,
            });
        }
    }
    words
});

/// The built-in verbs and the user's extra ones.
#[derive(Debug, Clone, Copy)]
pub struct Lexicon<'a> {
    extra: &'a [String],
}

impl<'a> Lexicon<'a> {
    pub fn new(extra: &'a [String]) -> Self {
        Lexicon { extra }
    }

    /// The cue reading of `word`, compared case-insensitively.
    pub fn lookup(&self, word: &str) -> Option<CueWord> {
        let mut buffer = [0u8; LONGEST_LISTED_WORD];
        let lower = ascii_lowercase(word, &mut buffer)?;
        if let Some(found) = BUILT_IN.get(lower) {
            return Some(*found);
        }
        self.extra
            .iter()
            .any(|extra| extra.eq_ignore_ascii_case(word))
            .then_some(CueWord {
                lemma: "",
                form: VerbForm::Unknown,
                particle: None,
                not_with: None,
                kind: CueKind::Speech,
                after_quotation: false,
            })
    }
}

/// The longest word a cue list or a word list may hold, in bytes.
pub const LONGEST_LISTED_WORD: usize = 24;

/// `word` lower-cased into `buffer` without allocating, a curly apostrophe read as a straight
/// one ("’s"); `None` when it cannot be a listed word.
pub fn ascii_lowercase<'b>(
    word: &'b str,
    buffer: &'b mut [u8; LONGEST_LISTED_WORD],
) -> Option<&'b str> {
    if word.is_ascii() {
        // Most words are in lower-case ASCII already: their own reading, not copied.
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return (word.len() <= buffer.len()).then_some(word);
        }
        let lower = buffer.get_mut(..word.len())?;
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).ok();
    }
    let mut len = 0;
    for c in word.chars() {
        let byte = match c {
            '’' => b'\'',
            c if c.is_ascii() => c.to_ascii_lowercase() as u8,
            _ => return None,
        };
        *buffer.get_mut(len)? = byte;
        len += 1;
    }
    std::str::from_utf8(&buffer[..len]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_and_neutral_replacements() {
        let lexicon = Lexicon::new(&[]);
        let claimed = lexicon.lookup("claimed").unwrap();
        assert!(is_loaded(claimed));
        assert_eq!(claimed.neutral(), "said");
        assert_eq!(lexicon.lookup("Insists").unwrap().neutral(), "says");
        assert_eq!(lexicon.lookup("conceding").unwrap().neutral(), "saying");
        assert_eq!(
            lexicon.lookup("written").unwrap().form,
            VerbForm::Participle
        );
        assert_eq!(lexicon.lookup("said").unwrap().form, VerbForm::Past);
        let pointed = lexicon.lookup("pointed").unwrap();
        assert_eq!(pointed.particles().collect::<Vec<_>>(), ["out", "to"]);
        assert_eq!(lexicon.lookup("knocked").unwrap().not_with, Some("out"));
        assert!(!is_loaded(lexicon.lookup("said").unwrap()));
        assert_eq!(lexicon.lookup("opined").unwrap().lemma, "opine");
        assert!(lexicon.lookup("table").is_none());
    }

    #[test]
    fn user_verbs_extend_the_list() {
        let extra = vec!["harrumphed".to_owned()];
        assert!(Lexicon::new(&[]).lookup("harrumphed").is_none());
        assert_eq!(
            Lexicon::new(&extra).lookup("Harrumphed").unwrap().form,
            VerbForm::Unknown
        );
    }

    /// News copy spells "-ize" or "-ise" by house style: "A spokeswoman apologised to
    /// passengers" reports as "apologized" does.
    #[test]
    fn every_ize_verb_has_its_ise_spelling() {
        for (form, cue) in BUILT_IN.iter() {
            if let Some(stem) = form.strip_suffix("ize").filter(|_| *form == cue.lemma) {
                let british = format!("{stem}ise");
                assert!(BUILT_IN.contains_key(british.as_str()), "{british}");
            }
        }
    }

    /// British copy doubles the final "l" of "signal" and "label" ("signalled", "labelling");
    /// American copy does not ("signaled").
    #[test]
    fn every_single_l_past_has_its_double_l_spelling() {
        let vowels = |c: char| "aeiou".contains(c);
        for (form, cue) in BUILT_IN.iter() {
            let lemma = cue.lemma;
            let single_vowel_before_l = lemma.ends_with('l')
                && lemma.chars().rev().nth(1).is_some_and(vowels)
                && !lemma.chars().rev().nth(2).is_some_and(vowels);
            if cue.form == VerbForm::Past && *form == format!("{lemma}ed") && single_vowel_before_l
            {
                for british in [format!("{lemma}led"), format!("{lemma}ling")] {
                    assert!(BUILT_IN.contains_key(british.as_str()), "{british}");
                }
            }
        }
    }

    #[test]
    fn the_list_is_a_few_hundred_forms() {
        assert!(BUILT_IN.len() > 450, "{}", BUILT_IN.len());
    }
}
