//! The terms of a law, a rule or a plan, stated as they stand: "Under federal law, companies
//! with 100 or more employees must give 60 days' notice", "Under the plan, pupils at Linden
//! Park will move to Birchwood", "The measure would apply to parks with more than 20 lots",
//! "The policy applies to all 11 schools", "The council has 28 days to appeal". A measure's
//! terms are published with it, and the reporter reads them off the text, as the rules of a
//! procedure are; an editor does not ask who says so (the article sets and PolNeAR's
//! says-who labels mark every such sentence no). What a measure will cause, "The plan will
//! cost 3,000 jobs", is no term of it and stays a claim.
//!
//! So too a rule stated flat, with no measure named in the sentence: a penalty by its ceiling
//! ("Platforms that fail to comply face fines of up to $25 million", "Riding without a licence
//! is an offence"), and a duty, a bar or an entitlement with the condition or threshold that
//! bounds it ("Tenants are not allowed to sublet unless the lease says so", "Kiosks must close
//! by 11pm and open no more than six days a week"). The threshold is what makes it a rule's
//! wording, not the writer's call ("The city must do more" has none).

use super::lexicon::NormalizedSentence;

/// What states terms that bind: a law, a rule, a plan, an agreement.
const MEASURES: [&str; 31] = [
    "law",
    "laws",
    "rule",
    "rules",
    "regulations",
    "plan",
    "plans",
    "policy",
    "measure",
    "bill",
    "act",
    "agreement",
    "deal",
    "legislation",
    "ordinance",
    "scheme",
    "proposal",
    "proposals",
    "terms",
    "treaty",
    "contract",
    "settlement",
    "programme",
    "program",
    "amendment",
    "guidelines",
    "order",
    "offer",
    "rate",
    "levy",
    "fee",
];

/// The verbs a measure's terms are stated with, as its subject: "applies to", "would require",
/// "would let", "takes effect", "enters into force", "binds". (Not "covers only …": how far a
/// measure reaches is as often the writer's point.)
const TERMS_VERBS: [&str; 22] = [
    "apply", "applies", "require", "requires", "allow", "allows", "exempt", "exempts", "bind",
    "binds", "take", "takes", "enter", "enters", "expire", "expires", "ban", "bans", "let", "lets",
    "give", "gives",
];
/// The same verbs' participles, after "would have": the terms of a measure that fell, "The
/// offer would have given most teachers 3 per cent".
const TERMS_PARTICIPLES: [&str; 8] = [
    "applied", "required", "allowed", "exempted", "bound", "banned", "let", "given",
];
/// Words that may stand between a measure and its verb: a modal, an auxiliary, an adverb of
/// time ("would also apply", "does currently require").
const BEFORE_THE_VERB: [&str; 10] = [
    "would",
    "will",
    "does",
    "do",
    "also",
    "currently",
    "now",
    "only",
    "then",
    "still",
];
/// How many words after "Under" the measure may come: "Under data protection law,", "Under
/// the terms of the merger agreement,".
const UNDER_REACH: usize = 7;
/// The time units of a deadline: "has 60 days to file an appeal".
const DEADLINE_UNITS: [&str; 6] = ["days", "weeks", "months", "years", "hours", "minutes"];

/// Whether the sentence states a measure's terms ([`MEASURES`]): it opens "Under" a measure
/// and a comma, "Under the new policy, …"; or a measure is its subject, with the article or
/// possessive that opens the sentence and a clause set off by commas between, before one of
/// [`TERMS_VERBS`], "The rule, which takes effect in May, applies to …"; or a body has a
/// deadline to act, "The Justice Department has 60 days to file an appeal".
pub(super) fn states_a_measures_terms(sentence: &NormalizedSentence) -> bool {
    opens_under_a_measure(sentence)
        || a_measure_binds(sentence)
        || sets_a_deadline(sentence)
        || sets_a_penalty(sentence)
        || binds_within_a_threshold(sentence)
}

/// What a rule's penalty is counted in, before "of up to": "fines of up to", "a sentence of up
/// to".
const PENALTIES: [&str; 8] = [
    "fine",
    "fines",
    "penalty",
    "penalties",
    "sentence",
    "sentences",
    "jail",
    "prison",
];

/// A penalty a rule sets: its ceiling ("a fine of up to £1,000", "punishable by up to 30 days"),
/// what those who break it "face" ("face fines"), or an act it makes "an offence" ("is an
/// offence", "is a criminal offence").
fn sets_a_penalty(sentence: &NormalizedSentence) -> bool {
    let word = |i: usize| sentence.get_word(i).unwrap_or("");
    (0..sentence.len()).any(|i| match sentence.word(i) {
        penalty if PENALTIES.contains(&penalty) => {
            (word(i + 1), word(i + 2), word(i + 3)) == ("of", "up", "to")
                || i >= 1 && word(i - 1) == "face"
        }
        "punishable" => word(i + 1) == "by",
        "offence" | "offense" => {
            i >= 2 && word(i - 2) == "is" && word(i - 1) == "an"
                || i >= 3 && (word(i - 3), word(i - 2), word(i - 1)) == ("is", "a", "criminal")
        }
        _ => false,
    })
}

/// Whether a clause of the sentence binds (a duty, a bar, an entitlement, an exemption:
/// "must", "cannot", "are not allowed to", "is required to", "are entitled to", "are eligible",
/// "been exempt") and bounds it by a condition or a threshold ("unless", "provided", "only if",
/// "as long as", "whichever", "at least", "no more than", "more than", "fewer than", "up to"):
/// "Owners renting out fewer than three units would have been exempt". Both in one clause,
/// between commas: in "the county saying it cannot pay until the money clears, patients face
/// at least a week of delays" the threshold is the writer's own figure.
fn binds_within_a_threshold(sentence: &NormalizedSentence) -> bool {
    let word = |i: usize| sentence.get_word(i).unwrap_or("");
    let binds = |i: usize| match word(i) {
        "must" | "cannot" => true,
        "allowed" => word(i + 1) == "to" && i >= 2 && word(i - 1) == "not",
        "required" | "entitled" => {
            word(i + 1) == "to" && i >= 1 && matches!(word(i - 1), "is" | "are")
        }
        "eligible" | "exempt" => i >= 1 && matches!(word(i - 1), "is" | "are" | "been"),
        _ => false,
    };
    let bounds = |i: usize| match word(i) {
        "unless" | "provided" | "whichever" => true,
        "if" => i >= 1 && word(i - 1) == "only",
        "long" => i >= 1 && word(i - 1) == "as" && word(i + 1) == "as",
        "least" => i >= 1 && word(i - 1) == "at",
        "than" => i >= 1 && matches!(word(i - 1), "more" | "fewer" | "less"),
        "to" => i >= 1 && word(i - 1) == "up",
        _ => false,
    };
    let mut clause = (false, false);
    for i in 0..sentence.len() {
        if word(i) == "," {
            clause = (false, false);
            continue;
        }
        clause = (clause.0 || binds(i), clause.1 || bounds(i));
        if clause == (true, true) {
            return true;
        }
    }
    false
}

fn opens_under_a_measure(sentence: &NormalizedSentence) -> bool {
    let comma = (1..sentence.len().min(UNDER_REACH + 2)).find(|&i| sentence.word(i) == ",");
    sentence.get_word(0) == Some("under")
        && comma.is_some_and(|comma| (1..comma).any(|i| MEASURES.contains(&sentence.word(i))))
}

fn a_measure_binds(sentence: &NormalizedSentence) -> bool {
    if !matches!(
        sentence.get_word(0),
        Some("the" | "this" | "its" | "their" | "his" | "her")
    ) {
        return false;
    }
    // The measure heads the subject within three words: "The new rule", "The state's rules".
    let Some(measure) = (1..sentence.len().min(4)).find(|&i| MEASURES.contains(&sentence.word(i)))
    else {
        return false;
    };
    let mut at = measure + 1;
    // Over a clause set off by commas: "The rule, which was due to take effect on Dec. 1,".
    if sentence.get_word(at) == Some(",") {
        match (at + 1..sentence.len()).find(|&j| sentence.word(j) == ",") {
            Some(close) => at = close + 1,
            None => return false,
        }
    }
    while sentence
        .get_word(at)
        .is_some_and(|w| BEFORE_THE_VERB.contains(&w))
    {
        at += 1;
    }
    match sentence.get_word(at) {
        Some("have") => sentence
            .get_word(at + 1)
            .is_some_and(|w| TERMS_PARTICIPLES.contains(&w)),
        Some("take" | "takes") => sentence.get_word(at + 1) == Some("effect"),
        Some("enter" | "enters") => sentence.get_word(at + 1) == Some("into"),
        Some(verb) => TERMS_VERBS.contains(&verb),
        None => false,
    }
}

/// "has 60 days to file an appeal", "have 14 days to respond": the time a procedure gives, in
/// figures.
fn sets_a_deadline(sentence: &NormalizedSentence) -> bool {
    (0..sentence.len().saturating_sub(3)).any(|i| {
        matches!(sentence.word(i), "has" | "have")
            && DEADLINE_UNITS.contains(&sentence.word(i + 2))
            && sentence.word(i + 3) == "to"
            && sentence
                .word(i + 1)
                .starts_with(|c: char| c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn states(text: &str) -> bool {
        crate::analysis::claims::tests::reads(text, states_a_measures_terms)
    }

    #[test]
    fn a_measures_terms_are_read_off_it() {
        assert!(states(
            "Under state law, landlords must give tenants 90 days' notice of a rent rise."
        ));
        assert!(states(
            "Under the new contract, drivers will be paid for waiting time at depots."
        ));
        assert!(states(
            "The ordinance, which the board passed in March, applies to buildings over 12 storeys."
        ));
        assert!(states(
            "The rules would also require lenders to publish their fees."
        ));
        assert!(states("The union has 14 days to lodge an appeal."));
        assert!(states(
            "The bill would let landlords raise rents once a year and cap deposits at a month."
        ));
        assert!(states(
            "The offer would have given nurses a 4 per cent rise this year and 3 per cent next."
        ));
        assert!(states(
            "The new levy applies to flights leaving after 1 April."
        ));
        // What a measure will cause is no term of it.
        assert!(!states("The plan will cost the region 3,000 jobs."));
        assert!(!states(
            "Under pressure from donors, the charity dropped the scheme."
        ));
        assert!(!states("The union has voted to strike for 14 days."));
    }

    #[test]
    fn a_rule_stated_flat_by_its_penalty_or_its_threshold_is_its_terms() {
        for sentence in [
            "Stallholders who trade without a permit face fines of up to €2,000 a day.",
            "Parking on the verge is an offence, even for residents.",
            "Dumping waste in the estuary is punishable by up to six months in prison.",
            "Tenants are not allowed to sublet unless the lease says so.",
            "Kiosks must close by 11pm and open no more than six days a week.",
            "Growers with fewer than 40 hectares would have been exempt.",
        ] {
            assert!(states(sentence), "{sentence}");
        }
        for sentence in [
            // A duty with no threshold is as often the writer's call.
            "The city must do more to house its nurses.",
            // A threshold with no duty is a figure.
            "More than 300 stallholders trade at the market each week.",
            "The mayor faces a difficult choice before the vote.",
            // A duty reported in one clause, the writer's figure in another.
            "With the board saying it cannot pay until March, families face at least a month without help.",
        ] {
            assert!(!states(sentence), "{sentence}");
        }
    }
}
