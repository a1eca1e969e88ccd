//! Sentences that state nothing a reader could ask "says who?" about, whatever their words:
//! instructions to the reader ("Pay another quarter out of current income over the next four
//! years."), embed markup left in scraped copy (`<tweet tweet-id="…"><tweet/>.`) and headlines
//! set in Title Case, which scraped pages run into the text with a full stop, lines that end
//! in a colon, which introduce what follows, and the paper's corrections of itself, and public
//! appeals ("Anyone with information is asked to call …"), and the newsroom's note that someone
//! gave no comment ("… did not respond to a request for comment"), and questions ("Will the
//! investigations ever stop?"): a question asks and asserts nothing (of the 68 questions in
//! the says-who labels of PolNeAR dev and train, none is one an editor asks about). Headlines
//! without final punctuation are already heading blocks (`text::looks_like_heading`).

use super::lexicon::NormalizedSentence;
use super::model::is_question;
use crate::analysis::UNAMBIGUOUS_QUOTE_MARKS;
use crate::text::{is_title_case, Token, TokenKind};

/// Verbs that open instructions to the reader in news copy: service pieces ("Save a quarter
/// of the cost …", "Borrow the rest"), calls to action and page furniture ("Watch the full
/// video", "Sign up for her newsletter"), and a safety box's advice ("Boil tap water before
/// drinking it", "Stay out of floodwater", "Report downed lines to …"). Words that also open
/// statements as nouns ("Share prices", "Use of force", "Call centres", "Store sales") are left
/// out; "Let" too, since "Let me say that …" makes a claim.
const IMPERATIVE_VERBS: [&str; 50] = [
    "apply",
    "ask",
    "avoid",
    "boil",
    "borrow",
    "buy",
    "check",
    "choose",
    "click",
    "compare",
    "consider",
    "contact",
    "don't",
    "enroll",
    "enter",
    "fill",
    "find",
    "follow",
    "forget",
    "give",
    "imagine",
    "join",
    "keep",
    "listen",
    "look",
    "make",
    "note",
    "pay",
    "put",
    "read",
    "remember",
    "report",
    "run",
    "save",
    "see",
    "sell",
    "send",
    "sign",
    "spend",
    "start",
    "stay",
    "subscribe",
    "switch",
    "take",
    "tell",
    "think",
    "try",
    "unplug",
    "visit",
    "watch",
];

/// The share of a sentence's characters inside markup tags above which it is markup.
const MARKUP_SHARE: f32 = 0.5;

/// Whether the sentence, by its form, states nothing.
pub(crate) fn is_not_a_statement(
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
) -> bool {
    is_question(sentence)
        || is_imperative(sentence)
        || says_where_to_get_it(sentence)
        || appeals_for_information(sentence)
        || gives_contact_details(text, sentence, tokens)
        || is_a_bare_figure(sentence, tokens)
        || introduces_what_follows(sentence)
        || corrects_the_paper(sentence)
        || notes_the_editing(sentence)
        || reports_no_comment(sentence, tokens)
        || is_title_case(text, tokens)
        || is_markup(text, tokens)
}

/// The words a bare figure may stand with: a preposition, a conjunction, a word of degree or
/// an answer ("At 30.", "Or 50.", "Much less at 70.", "Yes 33%.").
const WITH_A_BARE_FIGURE: [&str; 20] = [
    "at", "or", "and", "but", "much", "less", "more", "than", "by", "in", "to", "from", "about",
    "nearly", "almost", "only", "even", "not", "no", "yes",
];

/// The sentence is a figure and nothing it counts: a list's number ("3."), a citation
/// ("[538.]"), a poll table's answer ("Yes 33%."), an aside that goes on from the sentence
/// before ("He could run at 40. Or 50."). The sentence before says what is counted and carries
/// the claim (says-who train: 3 false flags fewer; PolNeAR: dev none, train 7 flags fewer, all
/// without a gold attribution).
fn is_a_bare_figure(sentence: &NormalizedSentence, tokens: &[Token]) -> bool {
    let mut figure = false;
    for (i, token) in tokens.iter().enumerate() {
        match token.kind {
            TokenKind::Number => figure = true,
            TokenKind::Word if !WITH_A_BARE_FIGURE.contains(&sentence.word(i)) => return false,
            _ => {}
        }
    }
    figure
}

/// The sentence ends in a colon: it introduces a quotation, an excerpt or a list ("The woman's
/// enthusiasm is recorded in detail:", "Here are five things to watch tonight:"), whose own
/// sentences carry any claim. Such lines are cut off as sentences only at a line or paragraph
/// break; the says-who labels of PolNeAR dev and train mark all 12 of them no. So does a
/// signpost that opens with "Here are"/"Here's" and a noun phrase, with or without its colon
/// ("Here are five other things we've learned."), unless a colon inside it gives the claim
/// ("Here's the consensus: Republicans are …") or it tells how or why ("Here's how the call
/// cost them the game", which asserts).
fn introduces_what_follows(sentence: &NormalizedSentence) -> bool {
    let words = sentence.len();
    if words > 0 && sentence.word(words - 1) == ":" {
        return true;
    }
    let opening = usize::from(matches!(sentence.get_word(0), Some("and" | "but" | "so")));
    // "Here’s" is read as "here 's".
    if sentence.get_word(opening) != Some("here")
        || !matches!(sentence.get_word(opening + 1), Some("are" | "is" | "'s"))
    {
        return false;
    }
    let what = opening + 2;
    sentence
        .get_word(what)
        .is_some_and(|w| !QUESTION_WORDS.contains(&w))
        && !(what..words).any(|i| sentence.word(i) == ":")
}

/// The forms of "you": the reader, spoken to.
const SECOND_PERSON: [&str; 9] = [
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "you'll",
    "you're",
    "you've",
    "you'd",
];

/// Whether the writer speaks to the reader, outside any quotation: a service piece's advice or
/// worked example ("For every $10,000 you borrow, you turn over …", "borrowing against your
/// home may be a good way …"). What the reader may do is no one's claim to source. A sentence
/// with a quotation mark is left alone: its "you" may be the speaker's.
pub(crate) fn addresses_the_reader(text: &str, sentence: &NormalizedSentence) -> bool {
    let Some((first, last)) = sentence.spans.first().zip(sentence.spans.last()) else {
        return false;
    };
    (0..sentence.len()).any(|i| SECOND_PERSON.contains(&sentence.word(i)))
        && !text[first.start..last.end].contains(UNAMBIGUOUS_QUOTE_MARKS)
}

/// The nouns with which a writer frames an open question: "the question is whether …".
const QUESTION_NOUNS: [&str; 2] = ["question", "issue"];
/// What opens the question so framed.
const QUESTION_WORDS: [&str; 8] = [
    "whether", "if", "how", "what", "who", "why", "when", "where",
];

/// Whether the writer frames an open question as the sentence's whole point, outside any
/// quotation: "The question is whether voters will turn out", "For backers, the question
/// isn't so much whether the exchanges will survive". It asks, as a question does; a second
/// clause after ";" or ", and"/", but" may still assert, so such a sentence is left alone.
pub(crate) fn poses_a_question(text: &str, sentence: &NormalizedSentence) -> bool {
    let Some((first, last)) = sentence.spans.first().zip(sentence.spans.last()) else {
        return false;
    };
    let whole = &text[first.start..last.end];
    if whole.contains(UNAMBIGUOUS_QUOTE_MARKS) || whole.contains(';') {
        return false;
    }
    let framed_at = (1..sentence.len()).find_map(|i| {
        if !QUESTION_NOUNS.contains(&sentence.word(i)) {
            return None;
        }
        // "the question, however, is whether": the noun's verb, past an aside.
        let mut j = i + 1;
        while matches!(sentence.get_word(j), Some("," | "however")) {
            j += 1;
        }
        if !matches!(
            sentence.get_word(j),
            Some("is" | "was" | "remains" | "isn't" | "wasn't")
        ) {
            return None;
        }
        j += 1;
        for optional in ["not", "so", "much"] {
            if sentence.get_word(j) == Some(optional) {
                j += 1;
            }
        }
        sentence
            .get_word(j)
            .is_some_and(|w| QUESTION_WORDS.contains(&w))
            .then_some(j)
    });
    framed_at.is_some_and(|j| {
        !(j + 1..sentence.len())
            .any(|k| sentence.word(k - 1) == "," && matches!(sentence.word(k), "and" | "but"))
    })
}

/// Words that order the steps of instructions, before the verb: "Then, enroll in …".
const STEP_WORDS: [&str; 4] = ["then", "first", "next", "finally"];

/// The sentence opens with a verb addressed to the reader, perhaps after a list item's bullet
/// or a word that orders the steps ("Then, enroll …"): no subject before it. "Don't" and "Do not" open an
/// instruction whatever follows.
fn is_imperative(sentence: &NormalizedSentence) -> bool {
    // A list item's bullet, "- Compare …", goes before all.
    let bullet = usize::from(matches!(
        sentence.get_word(0),
        Some("-" | "*" | "•" | "–" | "—")
    ));
    let step = bullet
        + match sentence.get_word(bullet) {
            Some(w) if STEP_WORDS.contains(&w) => {
                1 + usize::from(sentence.get_word(bullet + 1) == Some(","))
            }
            _ => 0,
        };
    let word = |i: usize| sentence.get_word(step + i);
    let instructs = word(0).is_some_and(|w| IMPERATIVE_VERBS.contains(&w))
        || (word(0) == Some("do") && word(1) == Some("not"));
    // "Make no mistake, …" or "Watch, …" as a verb still instructs; "Use of …" and a verb
    // used as a noun before a comma do not reach this list; nor does the first part of a
    // compound noun, "Start-up costs".
    instructs
        && !matches!(word(1), Some("of" | "," | "'s" | "-"))
        && !states_after_a_colon(sentence)
}

/// How many words after a colon make a clause of their own.
const CLAUSE_AFTER_A_COLON: usize = 4;

/// Whether a clause follows a colon: "Don't throw the batteries in the trash, either: damaged
/// cells are a leading cause of fires". The advice before the colon states nothing, but the
/// reason given after it does, and an editor asks who says so.
fn states_after_a_colon(sentence: &NormalizedSentence) -> bool {
    (0..sentence.len()).any(|i| {
        sentence.word(i) == ":"
            && sentence
                .words_after(i, CLAUSE_AFTER_A_COLON)
                .filter(|w| w.starts_with(char::is_alphanumeric))
                .count()
                >= CLAUSE_AFTER_A_COLON
    })
}

/// Where a service line sends the reader, after "available": "on the board's website",
/// "from the box office", "online".
const WHERE_TO_GET_IT: [&str; 6] = ["on", "at", "from", "through", "via", "online"];
/// Words that make more of availability than where to get it: a denial or a restriction ("No
/// tickets are available", "is only available at …").
const MORE_THAN_WHERE: [&str; 4] = ["no", "not", "only", "never"];

/// Whether the sentence tells the reader where to get something: a form of "be", "available"
/// and one of [`WHERE_TO_GET_IT`], "Results are available on the board's official website",
/// "Tickets are available from the box office and online". Service information, as a contact
/// line is; none of [`MORE_THAN_WHERE`].
fn says_where_to_get_it(sentence: &NormalizedSentence) -> bool {
    (1..sentence.len()).any(|i| {
        sentence.word(i) == "available"
            && matches!(sentence.word(i - 1), "is" | "are" | "be")
            && sentence
                .get_word(i + 1)
                .is_some_and(|w| WHERE_TO_GET_IT.contains(&w))
    }) && !(0..sentence.len()).any(|i| {
        let word = sentence.word(i);
        MORE_THAN_WHERE.contains(&word) || word.ends_with("n't")
    })
}

/// How a contact line opens: "Email newsdesk@… or call …", "Call 0800 555 0199".
const CONTACT_VERBS: [&str; 6] = ["call", "ring", "phone", "email", "text", "write"];
/// The digits a telephone number has at least.
const PHONE_DIGITS: usize = 7;

/// Whether the sentence is a contact line, "Email newsdesk@kvrt9.com or call 319-555-0199.":
/// it opens with a way to get in touch and gives an address or a number to do it with.
/// ("Call centres closed", "Text messages show", with no address, are statements.)
fn gives_contact_details(text: &str, sentence: &NormalizedSentence, tokens: &[Token]) -> bool {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return false;
    };
    let line = text
        .get(first.span.start..last.span.end)
        .unwrap_or_default();
    sentence
        .get_word(0)
        .is_some_and(|w| CONTACT_VERBS.contains(&w))
        && (line.contains('@') || line.chars().filter(char::is_ascii_digit).count() >= PHONE_DIGITS)
}

/// Whom a public appeal is put to: "Anyone with information …", "Witnesses …".
const APPEALED_TO: [&str; 4] = ["anyone", "anybody", "witnesses", "whoever"];
/// How an appeal asks, before "to": "is asked to", "are urged to".
const APPEAL_ASKS: [&str; 4] = ["asked", "urged", "encouraged", "invited"];
/// What an appeal asks them to do.
const APPEAL_ACTS: [&str; 7] = ["call", "contact", "ring", "phone", "email", "come", "get"];

/// Whether the sentence is a public appeal, an instruction to the reader in the third person:
/// "Anyone with information is asked to call police on 101", "Witnesses should contact the
/// incident room", "Anyone who saw the crash is urged to come forward". The police's or the
/// council's number is no claim to source.
fn appeals_for_information(sentence: &NormalizedSentence) -> bool {
    sentence
        .get_word(0)
        .is_some_and(|w| APPEALED_TO.contains(&w))
        && (2..sentence.len()).any(|i| {
            let asks = match sentence.word(i - 1) {
                "should" => true,
                "to" => APPEAL_ASKS.contains(&sentence.word(i - 2)),
                _ => false,
            };
            asks && APPEAL_ACTS.contains(&sentence.word(i))
        })
}

/// Words before "comment" that ask for it or turn it down: "a request for comment", "calls
/// seeking comment", "declined to comment", "declined comment".
const ASKING_FOR_COMMENT: [&str; 5] = ["for", "seeking", "to", "declined", "refused"];

/// How many words may follow the formula: a time or a place ("on Friday", "by publication
/// time", "at the weekend").
const MAX_WORDS_AFTER_NO_COMMENT: usize = 4;

/// Whether the sentence is the newsroom's formula for a comment not given: "A spokesman for
/// the company did not respond to a request for comment", "Her lawyer could not immediately be
/// reached", "The ministry declined to comment on Friday". It tells the reader the reporter
/// asked; there is nothing in it to source. Only the formula and its subject: no figure, no
/// comma (an aside before it may make a claim of its own, "The firm, which cut 40 jobs, …").
fn reports_no_comment(sentence: &NormalizedSentence, tokens: &[Token]) -> bool {
    if tokens.iter().any(|t| t.kind == TokenKind::Number) {
        return false;
    }
    let words = sentence.len();
    let formula_end = (1..words).find(|&i| {
        let before = sentence.word(i - 1);
        match sentence.word(i) {
            "comment" => ASKING_FOR_COMMENT.contains(&before),
            "reached" => before == "be",
            _ => false,
        }
    });
    let Some(end) = formula_end else {
        return false;
    };
    let refuses =
        |w: &str| matches!(w, "not" | "never" | "declined" | "refused") || w.ends_with("n't");
    (0..end).any(|i| refuses(sentence.word(i)))
        && !(0..end).any(|i| sentence.word(i) == ",")
        && (end + 1..words)
            .filter(|&i| !matches!(sentence.word(i), "." | "!"))
            .count()
            <= MAX_WORDS_AFTER_NO_COMMENT
}

/// What a paper's correction calls the piece it corrects.
const PIECES: [&str; 6] = [
    "article", "story", "column", "headline", "caption", "version",
];
/// How a correction says the piece erred.
const ERRED: [&str; 7] = [
    "misstated",
    "misidentified",
    "misspelled",
    "misquoted",
    "misattributed",
    "incorrectly",
    "erroneously",
];

/// A correction of the paper's own: "An article on Thursday about … misstated the year",
/// "An earlier version of this story incorrectly described …". The publisher states it, on
/// record; the says-who labels count such boilerplate no. The piece must come before the
/// error: "the state incorrectly stated" is a claim.
fn corrects_the_paper(sentence: &NormalizedSentence) -> bool {
    let erred = (0..sentence.len()).find(|&i| ERRED.contains(&sentence.word(i)));
    erred.is_some_and(|at| (0..at).any(|i| PIECES.contains(&sentence.word(i))))
}

/// What an editor's note calls the piece it was made from.
const EDITED_PIECES: [&str; 6] = [
    "interview",
    "conversation",
    "exchange",
    "transcript",
    "article",
    "story",
];
/// How the note says it was cut.
const EDITING: [&str; 3] = ["edited", "condensed", "abridged"];
/// What may stand between the piece and its cut: "has been lightly edited".
const BEFORE_EDITING: [&str; 5] = ["has", "been", "was", "is", "lightly"];
/// The longest such note: "This interview has been edited for length and clarity".
const MAX_EDITING_NOTE_WORDS: usize = 14;

/// An editor's note on the piece, closing an interview's introduction: "The interview has been
/// edited for length and clarity", "This conversation was condensed". The publisher's own
/// note, which nobody asks to source: the piece is the subject of the cut in the passive, "the
/// minister edited the report" or "The story, edited twice by the press office, omitted …"
/// are claims.
fn notes_the_editing(sentence: &NormalizedSentence) -> bool {
    let piece = (0..sentence.len()).find(|&i| EDITED_PIECES.contains(&sentence.word(i)));
    sentence.len() <= MAX_EDITING_NOTE_WORDS
        && piece.is_some_and(|at| {
            (at + 1..sentence.len())
                .find(|&i| !BEFORE_EDITING.contains(&sentence.word(i)))
                .is_some_and(|i| i > at + 1 && EDITING.contains(&sentence.word(i)))
        })
}

/// Most of the sentence lies inside tags (`<tweet …>`, `</tweet>`).
fn is_markup(text: &str, tokens: &[Token]) -> bool {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return false;
    };
    let sentence = &text[first.span.start..last.span.end];
    if !sentence.contains('<') {
        return false;
    }
    let mut in_tag = false;
    let (mut tagged, mut all) = (0usize, 0usize);
    let mut chars = sentence.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '<' && chars.peek().is_some_and(|n| n.is_alphabetic() || *n == '/') {
            in_tag = true;
        }
        if !c.is_whitespace() {
            all += 1;
            tagged += usize::from(in_tag);
        }
        if c == '>' {
            in_tag = false;
        }
    }
    tagged as f32 > MARKUP_SHARE * all as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Span;
    use crate::text::tokenize;

    /// `test` of a whole sentence, read as the claims layer reads one.
    fn reads(sentence: &str, test: fn(&str, &NormalizedSentence, &[Token]) -> bool) -> bool {
        let tokens = tokenize(sentence, Span::new(0, sentence.len()));
        test(
            sentence,
            &NormalizedSentence::new(sentence, &tokens),
            &tokens,
        )
    }

    fn not_a_statement(sentence: &str) -> bool {
        reads(sentence, is_not_a_statement)
    }

    #[test]
    fn a_bare_figure() {
        for sentence in [
            "At 40.",
            "Or 50.",
            "Much less at 70.",
            "Yes 33%.",
            "[12.]",
            "3.",
        ] {
            assert!(not_a_statement(sentence), "{sentence:?}");
        }
        for sentence in ["Turnout was 38%.", "About 40 percent.", "Up 12."] {
            assert!(!not_a_statement(sentence), "{sentence:?}");
        }
    }

    #[test]
    fn contact_lines() {
        assert!(not_a_statement(
            "Email newsdesk@kvrt9.com or call 319-555-0199."
        ));
        assert!(not_a_statement("Call the helpline on 0800 555 0199."));
        assert!(!not_a_statement(
            "Call centres closed 3,000 jobs last year."
        ));
        assert!(!not_a_statement("Email traffic rose 40% after the breach."));
    }

    #[test]
    fn instructions_to_the_reader() {
        for sentence in [
            "Pay another quarter out of current income over the next four years.",
            "Save a quarter of the cost over a child's first 18 years.",
            "Don't forget that your college-age child is capable of earning $6,000 annually.",
            "Watch the full video of Beck’s remarks below:",
            "Sign up for her newsletter, Piping Hot Truth.",
            "Start by borrowing only what the first year costs.",
            "Then, enroll in the cheapest plan your employer offers.",
            "Finally, apply for every grant the college lists.",
            "Compare your rate with the best-buy tables every six months.",
            "Check whether your bank pays a bonus that ends after a year.",
            "Switch to a fixed-rate deal if you will not need the money for two years.",
            "- Check the rate on your account every six months.",
        ] {
            assert!(not_a_statement(sentence), "{sentence:?}");
        }
    }

    #[test]
    fn a_public_appeal() {
        for sentence in [
            "Anyone with information is asked to call police on 101, quoting incident 88.",
            "Witnesses should contact the incident room on 0161 555 0101.",
            "Anyone who saw the collision is urged to come forward.",
        ] {
            assert!(not_a_statement(sentence), "{sentence:?}");
        }
        for sentence in [
            "Witnesses said the van was travelling at more than 60mph.",
            "Anyone who saw the collision would have been shocked by it.",
        ] {
            assert!(!not_a_statement(sentence), "{sentence:?}");
        }
    }

    #[test]
    fn a_comment_not_given() {
        for sentence in [
            "A spokesman for the company did not respond to a request for comment.",
            "The mayor didn't immediately respond to requests for comment on Friday.",
            "Her lawyer could not immediately be reached.",
            "Representatives for the union were not available for comment.",
            "The ministry declined to comment.",
            "Harbour Freight did not return calls seeking comment by publication time.",
        ] {
            assert!(not_a_statement(sentence), "{sentence:?}");
        }
        for sentence in [
            // An aside or a figure makes a claim of its own.
            "The firm, which has been fined twice, did not respond to a request for comment.",
            "The company, which cut 40 jobs, declined to comment.",
            // A comment given, or a refusal that is the news.
            "The ministry said it would comment on the findings next week.",
            "The senator declined to comment on the report, then resigned from the committee.",
            "Negotiators could not be reached after talks collapsed over the pay offer.",
        ] {
            assert!(!not_a_statement(sentence), "{sentence:?}");
        }
    }

    #[test]
    fn a_correction_of_the_papers_own() {
        assert!(not_a_statement(
            "An article on Monday about the harbour redevelopment misstated the year the \
             council approved it."
        ));
        assert!(not_a_statement(
            "An earlier version of this story incorrectly described the mayor's role."
        ));
        assert!(!not_a_statement(
            "The county incorrectly removed 4,000 voters from the rolls in 2019."
        ));
    }

    #[test]
    fn an_editors_note_on_the_interview() {
        assert!(not_a_statement(
            "This interview has been edited for length and clarity."
        ));
        assert!(not_a_statement(
            "The conversation was condensed and lightly edited."
        ));
        assert!(!not_a_statement(
            "The minister's office edited the interview before it was published."
        ));
        assert!(!not_a_statement(
            "The story, edited twice by the press office, omitted the overspend."
        ));
    }

    #[test]
    fn a_line_that_ends_in_a_colon_introduces_what_follows() {
        assert!(not_a_statement(
            "The council's plan for the high street is set out in detail:"
        ));
        assert!(not_a_statement(
            "Here are the three biggest changes to the budget:"
        ));
        assert!(not_a_statement(
            "Here are five other things we learned at the council meeting."
        ));
        assert!(not_a_statement("And here’s a list of the firms that bid."));
        assert!(!not_a_statement(
            "Here’s how the late penalty cost the club its place in the final."
        ));
        assert!(!not_a_statement(
            "Here's the consensus view: the council will run out of money by 2027."
        ));
        // A colon inside the sentence introduces its own claim.
        assert!(!not_a_statement(
            "The reason is simple: the council has spent 40% more than it raised."
        ));
    }

    #[test]
    fn a_question_asserts_nothing() {
        assert!(not_a_statement(
            "Will the investigations of the bank ever stop?"
        ));
        assert!(not_a_statement(
            "So why did the council spend $4 million on a bridge nobody uses?"
        ));
        // A quotation's question inside a reported statement does not make it one.
        assert!(!not_a_statement(
            "\"Why now?\" the mayor asked, days after the council cut 400 jobs."
        ));
    }

    #[test]
    fn the_reader_spoken_to_outside_a_quotation() {
        let addressed = |sentence: &str| {
            reads(sentence, |s, normalized, _| {
                addresses_the_reader(s, normalized)
            })
        };
        assert!(addressed(
            "You’ll probably hear back from the college in the spring."
        ));
        assert!(addressed(
            "Borrowing against your home may be the cheapest way to pay."
        ));
        assert!(!addressed(
            "“You will pay for this,” the senator told the minister."
        ));
        assert!(!addressed(
            "Young voters are borrowing more than their parents did."
        ));
    }

    #[test]
    fn an_open_question_framed_by_the_writer() {
        let poses =
            |sentence: &str| reads(sentence, |s, normalized, _| poses_a_question(s, normalized));
        assert!(poses(
            "The big question is whether the council can fill the gap before winter."
        ));
        assert!(poses(
            "For the union, the issue isn’t so much whether the plant closes as when."
        ));
        assert!(!poses(
            "The question is what to do, and the mayor’s plan is plainly unworkable."
        ));
        assert!(!poses(
            "The road will reopen in May; the only question is whether tolls will rise."
        ));
        assert!(!poses(
            "“The question is whether they pay,” the mayor said."
        ));
        assert!(!poses(
            "The question of funding has dogged the project since 2019."
        ));
    }

    #[test]
    fn title_case_headlines_and_markup() {
        for sentence in [
            "Only 24 Percent of Hillary Clinton’s Contributors Are Small Donors.",
            "Clinton Breaks With Obama On 9/11 Lawsuit Bill.",
            "Obama on Climate Change: The Trends Are 'Terrifying.'",
            "Examining the U.N.'s Record on Urgent Global Challenges.",
            "Voices From the Picket Line.",
            "Translated by Amal Haddad.",
            "<tweet tweet-id=\"783499116076687360\"><tweet/>.",
        ] {
            assert!(not_a_statement(sentence), "{sentence:?}");
        }
    }

    #[test]
    fn statements_that_open_like_them_are_statements() {
        for sentence in [
            "Filed for six bankruptcies, made millions while bond holders lost fortunes.",
            "Use of force rose by 12 percent last year.",
            "Share prices fell 5 percent on Monday.",
            "Then the council raised rents by 8 percent.",
            "Start-up costs rose by a third last year.",
            "Senate Majority Leader Mitch McConnell blocked the bill.",
            "Bank of America Corp. cut 3,000 jobs.",
            "Trump said <b>nothing</b> about the 47 percent of voters who pay no income tax.",
        ] {
            assert!(!not_a_statement(sentence), "{sentence:?}");
        }
    }
}
