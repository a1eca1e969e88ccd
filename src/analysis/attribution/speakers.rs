//! Speakers: the canonical name behind each source. Pronouns and surnames are resolved across
//! the whole document, so this runs after every unit has its frames.
//!
//! [`name_speakers`] works from the text alone (capitalised names, the nearest speaker before a
//! pronoun). [`resolve_speakers`] does better from the entity layer's mentions, given as plain
//! spans, labels and canonical names so that attribution does not depend on that layer.

use rustc_hash::FxHashMap as HashMap;

use super::frames::{
    is_according_to, ANSWER_LABEL, IRREGULAR_PASTS, QUESTION_LABEL, RELATION_NOUNS,
};
use super::{interview_label, Attribution, SHOWING_VERBS};
use crate::analysis::claims::is_document;
use crate::analysis::entities::{is_demonym, is_given_name, is_title_word, DEPARTMENT_HEADS};
use crate::analysis::gender::Gender;
use crate::analysis::{Span, UNAMBIGUOUS_QUOTE_MARKS};
use crate::text::{calendar, ceil_char_boundary, ends_in_single_s, is_abbreviation};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionLabel {
    Person,
    Organisation,
    Location,
    Misc,
}

/// A mention of a named entity, with the canonical name of its referent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NamedMention<'a> {
    pub span: Span,
    pub label: MentionLabel,
    pub canonical: &'a str,
}

/// How far back (in mentions) a pronoun looks for a compatible antecedent.
const PRONOUN_REACH: usize = 40;
/// How far back (in mentions) a bare surname looks for a namesake of the pronoun's gender: far
/// enough for a whole feature, bounded so that every pronoun costs the same.
const NAMESAKE_REACH: usize = 400;

/// How many reports back a part of a quotation looks for the frame it shares: the part just
/// before, or one with a report inside the frame between ("when the moderator asked").
const SAME_FRAME_REACH: usize = 2;

/// How far back (in bytes: a few paragraphs) "the company" looks for the organisation quoted.
const DESCRIPTION_REACH: usize = 1500;

/// The person an interview is with: the first person its intro names, before the first "Q:".
fn interviewee<'m>(
    text: &str,
    attributions: &[Attribution],
    mentions: &[NamedMention<'m>],
) -> Option<&'m str> {
    let question = attributions
        .iter()
        .find(|a| interview_label(text, a) == Some(QUESTION_LABEL))?
        .source?;
    (mentions.iter())
        .take_while(|m| m.span.end <= question.start)
        .find(|m| m.label == MentionLabel::Person)
        .map(|m| m.canonical)
}

/// A source up to the relative clause it may hold ("The lawmaker, who represents …", "a fan
/// who goes by @emberwatch on X"), or the participle's phrase that describes somebody unnamed
/// ("A man pushing a pram along the quay": [`before_participle_phrase`]).
pub(super) fn before_relative_clause(source: &str) -> &str {
    let end = [" who ", " which ", " whose "]
        .iter()
        .filter_map(|opener| source.find(opener))
        .min();
    before_participle_phrase(source[..end.unwrap_or(source.len())].trim_end_matches(','))
}

/// "A man pushing a pram along the quay": the person, "A man", of a source that opens with an
/// indefinite article and a noun or two in lower case, then an "-ing" word or a past participle
/// ("A leaflet signed by 30 parents") and a phrase of two words or more, which describes the
/// person as a relative clause would. Not "A wedding planning firm", where one noun follows
/// the "-ing" word.
fn before_participle_phrase(source: &str) -> &str {
    const MAX_NOUNS: usize = 2;
    let mut words = source.split(' ');
    if !words
        .next()
        .is_some_and(|article| among(article, INDEFINITES))
    {
        return source;
    }
    let words: Vec<&str> = words.collect();
    // The article and the first `n` words after it (words are split at single spaces).
    let up_to = |n: usize| {
        let cut: usize = words[..n].iter().map(|w| w.len() + 1).sum();
        let article = source.split(' ').next().map_or(0, str::len);
        &source[..article + cut]
    };
    // "A resident of Qarsin reached by …": where the person is from may come before it.
    let of_place = words.get(1) == Some(&"of")
        && words
            .get(2)
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    if of_place && words.len() >= 6 && is_participle(words[3]) {
        return up_to(3);
    }
    let participle =
        (1..=MAX_NOUNS.min(words.len())).find(|&i| words.get(i).is_some_and(|w| is_participle(w)));
    match participle {
        Some(i)
            if words.len() >= i + 3
                && words[..i]
                    .iter()
                    .all(|w| w.chars().all(|c| c.is_ascii_lowercase())) =>
        {
            up_to(i)
        }
        _ => source,
    }
}

/// An "-ing" word or a past participle in lower case: "pushing", "reached".
fn is_participle(word: &str) -> bool {
    word.len() > 4
        && (word.ends_with("ing") || word.ends_with("ed"))
        && word.chars().all(|c| c.is_ascii_lowercase())
}

/// Nouns of a group sent or formed by a body, which speaks as itself: "The observer mission of
/// the Council of Southern States" is the mission, not the council.
const GROUP_OF_NOUNS: &[&str] = &[
    "mission",
    "missions",
    "delegation",
    "delegations",
    "team",
    "teams",
    "panel",
    "panels",
];

/// A source up to the "to" of a relation it opens with: "An aide" of "An aide to the governor",
/// whose speaker is the aide, not the governor; or up to the "of" after a group's noun: "The
/// observer mission" of "The observer mission of the Council of Southern States".
fn before_relation(source: &str) -> &str {
    let last_word = |at: usize| source[..at].rsplit(' ').next().unwrap_or("");
    // Only a group's noun in lower case: "the Mission of Hope said" is the charity's name.
    let relation = (source.match_indices(" to "))
        .find(|&(at, _)| among(last_word(at), RELATION_NOUNS))
        .or_else(|| {
            (source.match_indices(" of ")).find(|&(at, _)| GROUP_OF_NOUNS.contains(&last_word(at)))
        });
    relation.map_or(source, |(at, _)| &source[..at])
}

/// Fills `speaker` from entity mentions, sorted by position: a source that overlaps a mention
/// takes that mention's canonical name; a pronoun takes the nearest compatible mention before it.
/// Sources that match nothing keep the speaker [`name_speakers`] gave them.
pub fn resolve_speakers(text: &str, attributions: &mut [Attribution], mentions: &[NamedMention]) {
    // Mentions by their text, in order: built on first need, so that finding the last mention
    // of a speaker's name is a look-up, not a walk back over every mention before it.
    let mut by_text: Option<HashMap<&str, Vec<usize>>> = None;
    let named_bare = std::cell::OnceCell::new();
    // The organisation that was the source of the last attribution with one, and where.
    let mut last_organisation: Option<(usize, String)> = None;
    // The organisation each noun of [`ORGANISATION_NOUNS`] last stood for: "The union Unite
    // said", then "the union"; "the company" once resolved stays that company, whoever else
    // is quoted in between.
    let mut described: HashMap<&'static str, String> = HashMap::default();
    let genders = titled_genders(text, mentions);
    // The last source that introduced somebody unnamed, "A witness", "Another shopper", with
    // where it ends and where a pronoun's and an epithet's reach end.
    let mut last_unnamed: Option<(usize, usize, usize, String)> = None;
    // Where the paragraph breaks are: found once per document, when first needed, not searched
    // for from every source or pronoun.
    let paragraph_breaks: std::cell::OnceCell<Vec<usize>> = std::cell::OnceCell::new();
    let paragraph_breaks =
        || paragraph_breaks.get_or_init(|| text.match_indices("\n\n").map(|(at, _)| at).collect());
    // Per title, what `titled_person` has read of the mentions.
    let mut titled = HashMap::default();
    let interviewee = interviewee(text, attributions, mentions);
    // The last answer's turn.
    let mut answer: Option<Span> = None;
    for index in 0..attributions.len() {
        let (done, rest) = attributions.split_at_mut(index);
        let attribution = &mut rest[0];
        let previous = done.last();
        let Some(source) = attribution.source else {
            continue;
        };
        // "“Tom trained on Monday,” he said. “We will see how he feels.”": the parts of a
        // quotation broken by one attribution have its one speaker, whatever each part names;
        // so do they when a report inside the frame comes between: "“…,” she said when the
        // moderator asked whether she would back the budget. “…”" is not the president the
        // paragraph before named.
        if let Some(part) =
            (done.iter().rev().take(SAME_FRAME_REACH)).find(|p| p.source == Some(source))
        {
            attribution.speaker = part.speaker.clone();
            attribution.anonymous = part.anonymous;
            continue;
        }
        // "“…,” Duvernay told lawmakers, according to a translation by the ministry": the
        // words are those of the speaker the report inside names; "according to" gives where
        // the reporter had them from, and stays the source.
        if let Some(inner) = report_inside_according_to(text, attribution, done) {
            attribution.speaker = inner.speaker.clone();
            attribution.anonymous = inner.anonymous;
            continue;
        }
        // "The claim: “…” (Sarah Lindqvist, candidate, election leaflet)": a fact check's
        // claim is the person its brackets credit, not "The claim".
        if let Some(name) = credited_in_brackets(text, source, attribution.content, mentions) {
            attribution.speaker = Some(name.to_owned());
            attribution.anonymous = false;
            continue;
        }
        // "The state news agency quoted the minister, Ana Brel, as saying …": the person the
        // agency quoted said the words; the agency stays the source as written.
        if let Some(person) = quoted_as_saying(text, attribution, mentions) {
            attribution.speaker = Some(person);
            attribution.anonymous = false;
            continue;
        }
        // "The logs, released on Friday, show that the director, Hana Ivers, told staff to
        // “…”": the person the document shows speaking, not the document.
        if let Some(person) = person_a_document_shows(text, source, mentions) {
            attribution.speaker = Some(person.to_owned());
            attribution.anonymous = false;
            continue;
        }
        // "Sen. Ada Pike, R-Lowfield, the panel's chair, called …": a source that opens with
        // the party-and-district tag is the person named right before it.
        if let Some(person) = named_before_party_tag(text, source, mentions) {
            attribution.speaker = Some(person.to_owned());
            attribution.anonymous = false;
            continue;
        }
        // An interview's answers are the interviewee's; its questions name nobody.
        if let (Some(label), Some(person)) = (interview_label(text, attribution), interviewee) {
            attribution.speaker = (label == ANSWER_LABEL).then(|| person.to_owned());
            attribution.anonymous = false;
            answer = (label == ANSWER_LABEL).then_some(attribution.content);
            continue;
        }
        // "A: … I think that's healthy": "I" in an answer is the interviewee too.
        if let Some(person) = interviewee.filter(|_| {
            source.slice(text) == "I" && answer.is_some_and(|turn| turn.contains_span(source))
        }) {
            attribution.speaker = Some(person.to_owned());
            continue;
        }
        // "Her message to companies was blunt: “…”": the person "her" stands for speaks, as
        // "she" would.
        let written = owner_of_words(source.slice(text)).unwrap_or(source.slice(text));
        // Any other source but a pronoun ends its reach.
        let unnamed = last_unnamed.clone();
        if Pronoun::of(written).is_none() {
            // Its reach ends with its paragraph, looked up among the paragraph breaks. An epithet's
            // reaches over the next paragraph too; so does a pronoun's from the subject of the
            // paragraph's last sentence: "A nurse …, said staff … ¶ “…,” she said."
            last_unnamed = unnamed_person(text, source, mentions).map(|speaker| {
                let breaks = paragraph_breaks();
                let next = breaks.partition_point(|&at| at < source.end);
                let paragraph_end = breaks.get(next).copied().unwrap_or(text.len());
                let next_end = breaks.get(next + 1).copied().unwrap_or(text.len());
                // After a paragraph that ends with a quotation too: "… were down.” ¶ Another
                // nurse said …".
                let opens_at = demonstrative_before(text, source.start).unwrap_or(source.start);
                let opens_sentence = (text[..opens_at].trim_end())
                    .trim_end_matches(['"', '”', '»'])
                    .ends_with(['.', '!', '?', '\n'])
                    || text[..opens_at].trim().is_empty();
                let last_sentence = text.get(source.end..paragraph_end).is_some_and(|rest| {
                    let rest = rest.trim_end().trim_end_matches(['.', '!', '?', '"', '”']);
                    ![". ", "! ", "? "].iter().any(|stop| rest.contains(stop))
                });
                let pronoun_end = if opens_sentence && last_sentence {
                    next_end
                } else {
                    paragraph_end
                };
                (source.end, pronoun_end, next_end, speaker.to_owned())
            });
        }
        // "Its deputy leader at the time, Colin Ardley, is honest about it now, calling …",
        // "Dana Whitcombe, a teacher from Leeds, at the terminal: “…”": the description is
        // the person named beside it.
        if let Some(person) = appositive_person(text, source, mentions) {
            attribution.speaker = Some(person.to_owned());
            attribution.anonymous = false;
            continue;
        }
        // A relative clause in the source names no speaker: "Clinton, who called Sanders a
        // liar, told …".
        let head_end = source.start + before_relative_clause(source.slice(text)).len();
        let named_end = source.start + before_relation(&text[source.start..head_end]).len();
        let before = mentions.partition_point(|m| m.span.start < named_end);
        let first = mentions[..before].partition_point(|m| m.span.end <= source.start);
        // "A nurse at the Mthombo Community Health Centre said", "an official in the Works
        // Department": the person, not where they work; but "An article in the Evening Courier"
        // (no person's noun before "in") is the paper's, "An email from Neera Tanden" hers.
        if let Some((.., person)) = last_unnamed.as_ref().filter(|(end, .., person)| {
            let noun = person.rsplit(' ').next().unwrap_or(person);
            *end == source.end
                && text
                    .get(source.start + person.len()..head_end)
                    .is_some_and(|rest| {
                        rest.starts_with(" at ")
                            || rest.starts_with(" in ")
                                && (among(noun, super::ANONYMOUS_HEADS)
                                    || is_title_word(noun)
                                    || Gender::of_role(noun).is_some())
                    })
                && !(mentions[first..before].iter()).any(|m| m.label == MentionLabel::Person)
        }) {
            attribution.speaker = Some(person.clone());
            continue;
        }
        if let Some(joint) = joint_speaker(
            text,
            Span::new(source.start, head_end),
            &mentions[first..before],
        ) {
            attribution.speaker = Some(joint);
            attribution.anonymous = false;
            continue;
        }
        // "Leader of the Opposition Tarun Vesh said": the person after the office, whom the
        // entity layer may split into "Leader" and an organisation "Opposition Tarun Vesh".
        if let Some(name) = name_after_office(&text[source.start..head_end]) {
            let mention = (mentions[first..before].iter())
                .find(|m| m.label == MentionLabel::Person && m.span.slice(text) == name);
            attribution.speaker = Some(mention.map_or(name, |m| m.canonical).to_owned());
            attribution.anonymous = false;
            continue;
        }
        // "One cabinet minister, speaking on condition of anonymity, said … ¶ “…,” the minister
        // said.": the person just introduced unnamed, by the same noun, when nobody has been
        // named since; not the prime minister the copy named before. The source stays as
        // written, as "the official" after "one senior administration official" does.
        if unnamed.as_ref().is_some_and(|(end, _, next_end, person)| {
            source.start < *next_end
                && the_noun(&text[source.start..head_end]).is_some_and(|noun| {
                    (person.rsplit(' ').next()).is_some_and(|last| last.eq_ignore_ascii_case(noun))
                })
                && !person_named_between(mentions, *end, source.start, attribution.content, |_| {
                    true
                })
        }) {
            attribution.speaker = Some(text[source.start..head_end].to_owned());
            continue;
        }
        // "The prime minister said": the person the copy gave that title before.
        if let Some(person) = titled_person(
            text,
            Span::new(source.start, head_end),
            mentions,
            &mut titled,
        ) {
            attribution.speaker = Some(person.to_owned());
            attribution.anonymous = false;
            continue;
        }
        // "Helen Caddick stood by her minister … ¶ The Prime Minister told MPs …": a title the
        // copy gives nobody, opening the sentence after one a person is the subject of.
        if let Some(person) =
            office_of_subject_before(text, Span::new(source.start, head_end), mentions)
        {
            attribution.speaker = Some(person.to_owned());
            attribution.anonymous = false;
            continue;
        }
        // "Brookfield said in a statement … “…,” the statement said": Brookfield.
        if let Some(issuer) = document_issuer(text, Span::new(source.start, head_end), done) {
            attribution.speaker = Some(issuer);
            attribution.anonymous = false;
            continue;
        }
        // "the family of one victim, Dorothy Pemberton, said": the people of a person speak,
        // not the person.
        if let Some(people) = people_of_a_person(&text[source.start..head_end]) {
            attribution.speaker = Some(people.to_owned());
            continue;
        }
        // "the 58-year-old said", "the German said", "the striker said": an epithet stands for
        // the person named before, as "he" would, and names nobody itself.
        let epithet = is_epithet(text, Span::new(source.start, head_end));
        // "Melania Trump, 46, … the 46-year-old said": the person given that age before.
        if let Some(person) = epithet
            .then(|| person_of_age(text, Span::new(source.start, head_end), mentions))
            .flatten()
        {
            attribution.speaker = Some(person.to_owned());
            continue;
        }
        if epithet {
            // Read back from before the quotation: "“… except one man,” the German said" is
            // not "man".
            let from = source.start.min(attribution.content.start);
            attribution.speaker = name_over_narration_before(text, from).map(str::to_owned);
        }
        // The mention nearest the end of the source is its head; one followed by a possessive
        // ("Russia's new Foreign Policy Concept") only modifies it. A person comes before an
        // organisation ("Elaine Kamarck, a senior fellow at the Brookings Institution"), and
        // both before other names ("Sergei Lavrov, the Russian foreign minister") and places.
        // "Residents in Bristol": a place after a preposition is where the source is, not who;
        // "the mayor of Chicago" is no city either.
        let before_mention = |m: &NamedMention| &text[source.start..m.span.start.max(source.start)];
        // "a nonprofit based in Marlow City": where the body is, whatever the entity layer
        // took the place for.
        let based_in = |m: &NamedMention| {
            let before = before_mention(m).trim_end();
            ["based in", "headquartered in", "located in", "based at"]
                .iter()
                .any(|phrase| before.ends_with(phrase))
        };
        let placed = |m: &NamedMention| {
            based_in(m)
                || m.label == MentionLabel::Location
                    && matches!(
                        before_mention(m)
                            .trim_end()
                            .rsplit(' ')
                            .next()
                            .unwrap_or(""),
                        "in" | "from" | "at" | "across" | "near" | "of"
                    )
        };
        // "An article … about the closure of the Riverside Theatre": what the source is about.
        let topic = |m: &NamedMention| {
            before_mention(m)
                .split(' ')
                .any(|word| matches!(word, "about" | "over" | "into" | "regarding" | "concerning"))
        };
        let is_head = |m: &&NamedMention| {
            let after = &text[m.span.end.min(source.end)..source.end];
            !(opens_with_possessive(after)
                || modifies_a_noun_past_capitals(after)
                || placed(m)
                || topic(m))
        };
        let in_source = || {
            mentions[..before]
                .iter()
                .rev()
                .take_while(|m| m.span.end > source.start || m.span.start >= source.start)
                .filter(|m| m.span.overlaps(source))
        };
        // "Tom Hale, a friend of Ann Price,", "James Corrigan at Northgate": a name after a
        // preposition is somebody the source's own name is related to, not the speaker.
        let after_preposition = |m: &NamedMention| {
            let before = before_mention(m).trim_end();
            let before = before.strip_suffix(" the").unwrap_or(before);
            matches!(
                before.rsplit(' ').next().unwrap_or(""),
                "of" | "for" | "at" | "with" | "from" | "to" | "by" | "in" | "on"
            )
        };
        let first_named = in_source()
            .filter(|m| {
                matches!(m.label, MentionLabel::Person | MentionLabel::Organisation)
                    && !after_preposition(m)
            })
            .last()
            .map(|m| m.span.start);
        let related = |m: &NamedMention| {
            after_preposition(m) && first_named.is_some_and(|start| start < m.span.start)
        };
        // "state Sen. Renata Vossberg, R-Hadley, said": a party-and-district tag after a name
        // tells the side and the seat, not who speaks, whatever the entity layer took it for.
        let party_tag = |m: &NamedMention| {
            let tag = m.span.slice(text).as_bytes();
            tag.len() > 3
                && matches!(tag[..3], [b'R' | b'D' | b'I', b'-', b'A'..=b'Z'])
                && before_mention(m).trim_end().ends_with(',')
        };
        let overlapping = [
            MentionLabel::Person,
            MentionLabel::Organisation,
            MentionLabel::Misc,
            MentionLabel::Location,
        ]
        .into_iter()
        .find_map(|label| in_source().find(|m| m.label == label && !related(m) && !party_tag(m)))
        .filter(is_head);
        if let Some(mention) = overlapping.filter(|_| !epithet) {
            let head = Span::new(source.start, head_end);
            attribution.speaker = Some(
                titled_namesake(text, source, mention, mentions)
                    .or_else(|| whole_name(text, head, mention))
                    .unwrap_or(mention.canonical)
                    .to_owned(),
            );
            if mention.label == MentionLabel::Organisation {
                last_organisation = Some((source.end, mention.canonical.to_owned()));
                // "The union Unite said": a later "the union" is Unite.
                let described_as = text[source.start..mention.span.start.max(source.start)]
                    .split(' ')
                    .filter_map(|word| {
                        ORGANISATION_NOUNS
                            .iter()
                            .find(|noun| word.eq_ignore_ascii_case(noun))
                    });
                for noun in described_as {
                    described.insert(noun, mention.canonical.to_owned());
                }
            }
            // "As reported by Reuters", "Sanders said": a source that is a person's or an
            // organisation's name is named, whatever its last letter made the frames read.
            if matches!(
                mention.label,
                MentionLabel::Person | MentionLabel::Organisation
            ) && mention.span.contains_span(source)
            {
                attribution.anonymous = false;
            }
            continue;
        }
        // "The Rapid Support Forces denied … In a statement, the group said": the organisation
        // the noun stood for before, else the one last quoted, when it was quoted nearby. The
        // organisation named last is no safer guess than "the group" (PolNeAR dev: 3 of 9
        // wrong, "the union" for a state agency).
        // "Highland Council said … the council said": the organisation named last with the
        // noun in its name, "the ministry" the Interior Ministry, "the trust" the NHS trust.
        if let Some(name) = the_noun(&text[source.start..head_end])
            .and_then(|noun| organisation_named_with(text, noun, &mentions[..first]))
        {
            if let Some(noun) = organisation_description(&text[source.start..head_end]) {
                described.insert(noun, name.to_owned());
            }
            attribution.speaker = Some(name.to_owned());
            continue;
        }
        if let Some(noun) = organisation_description(&text[source.start..head_end]) {
            let recent = || {
                (last_organisation.as_ref())
                    .filter(|(end, _)| source.start.saturating_sub(*end) <= DESCRIPTION_REACH)
                    .map(|(_, name)| name.clone())
            };
            // "Hartmoor Brewing will close the plant, the company announced": with no
            // organisation quoted before, the one the report is about.
            let subject =
                || organisation_opening(text, attribution.content, mentions).map(str::to_owned);
            // "Shares in Halvard Systems … fell 8 per cent. The company said …": the company
            // its paragraph named before it, not a ministry quoted a few paragraphs up.
            let in_paragraph = || {
                let breaks = paragraph_breaks();
                let before = breaks.partition_point(|&at| at + 2 <= source.start);
                let paragraph_start = before.checked_sub(1).map_or(0, |last| breaks[last] + 2);
                organisation_in_paragraph(text, paragraph_start, &mentions[..first])
                    .map(str::to_owned)
            };
            // "In a statement, Hearthline said it was … ¶ “…,” the company said": the name the
            // report just before gave, when the entity layer took it for a person that nothing
            // else tells is one.
            let reported_just_before = || {
                body_taken_for_person(text, source, previous, mentions, &genders).map(str::to_owned)
            };
            if let Some(name) = (described.get(noun).cloned())
                .or_else(in_paragraph)
                .or_else(reported_just_before)
                .or_else(recent)
                .or_else(subject)
            {
                described.insert(noun, name.clone());
                attribution.speaker = Some(name);
            }
            continue;
        }
        let Some(pronoun) = Pronoun::of(written).or(epithet.then_some(Pronoun::Person)) else {
            continue;
        };
        // "Another shopper said … “Everyone froze,” he said.": the person just introduced, when
        // nobody has been named since.
        let own_words = Some(attribution.content).filter(|c| c.end <= source.start);
        // "One paramedic from Geelong, who …, said … ¶ “…,” the 29-year-old said.": an epithet
        // stands for the person just introduced into the next paragraph too.
        if let Some((.., speaker)) = unnamed.filter(|(end, pronoun_end, next_end, person)| {
            let pronoun_gender = Gender::of_pronoun(written);
            // "Her husband said …": not "she".
            let role_gender = person.rsplit(' ').next().and_then(Gender::of_role);
            let reach_end = if epithet { next_end } else { pronoun_end };
            // "Her solicitor said … “…,” he said": not "she", who may be the owner; "his aide"
            // is no "he" for the same reason.
            let owner_differs = || {
                let owner = (person.split(' ').next())
                    .and_then(pronoun_of_possessive)
                    .and_then(Gender::of_pronoun);
                owner.is_none() || role_gender.is_some() || owner != pronoun_gender
            };
            (pronoun_gender.is_some() || epithet)
                && role_gender.is_none_or(|g| Some(g) == pronoun_gender || epithet)
                && (epithet || owner_differs())
                && source.start < *reach_end
                // "A family friend … said Mr Petrie had been planning to move out. “…,” she
                // said.": a man named in between is no "she".
                && !person_named_between(mentions, *end, source.start, attribution.content, |m| {
                    let gender = genders.get(m.canonical).copied().flatten();
                    epithet || pronoun_gender.is_none() || gender.is_none() || gender == pronoun_gender
                })
        }) {
            attribution.speaker = Some(speaker);
            continue;
        }
        // "it" right after a report, in its paragraph, stands for the report's source when that
        // is an organisation: named, "The Foreign Ministry said in a statement that … It said
        // …" (not whatever thing was a source before), or a body described, "The federal
        // energy ministry rejected the claim. In a statement, it said". So does "It" opening
        // the paragraph after one the report ends: "The regulator said: “… Lumen Bank …” ¶ It
        // added that …" is the regulator, not the bank its words name.
        let report_just_before = previous
            .filter(|_| matches!(source.slice(text), "it" | "It"))
            .and_then(|report| Some((report, report.source?)))
            .filter(|(report, reported_by)| {
                let in_its_paragraph = text
                    .get(reported_by.end..source.start)
                    .is_some_and(|between| !between.contains("\n\n"));
                // Only the report's closing marks and full stop lie between: "… said it
                // “acknowledges …”. ¶ It said …".
                let next_paragraph = source.slice(text) == "It"
                    && text
                        .get(report.content.end.max(reported_by.end)..source.start)
                        .is_some_and(|between| {
                            between.chars().all(|c| {
                                c.is_whitespace() || matches!(c, '.' | '"' | '”' | '’' | '\'')
                            })
                        });
                in_its_paragraph || next_paragraph
            });
        // So does "they" after a body or a group described, in the report's paragraph: "The
        // band said on X that … “…,” they wrote." is the band, not a name its words hold. After
        // people named together, "Ana Cole and Ben Ruiz, who run the Hilltop club, say …", it
        // is the pair, not the club, in that paragraph or the next (and a "they" that stood for
        // them passes them on).
        let group_just_before = previous
            .filter(|_| matches!(source.slice(text), "they" | "They"))
            .and_then(|report| Some((report, report.source?)))
            .filter(|(report, reported_by)| {
                let between = text.get(reported_by.end..source.start);
                let by = reported_by.slice(text);
                let joint = report
                    .speaker
                    .as_deref()
                    .is_some_and(|s| s.contains(" and "))
                    && (before_relative_clause(by).contains(" and ")
                        || matches!(by, "they" | "They"));
                (the_noun(by).is_some() || names_a_crowd(by))
                    && between.is_some_and(|between| !between.contains("\n\n"))
                    || joint && between.is_some_and(|between| between.matches("\n\n").count() < 2)
            });
        if let Some((report, _)) = group_just_before {
            attribution.speaker = report.speaker.clone();
            attribution.anonymous = report.anonymous;
            continue;
        }
        if let Some(report) = described_one_before_they(text, source, done) {
            attribution.speaker = report.speaker.clone();
            attribution.anonymous = report.anonymous;
            continue;
        }
        if let Some(report) = unnamed_one_before_they(text, source, previous) {
            attribution.speaker = report.speaker.clone();
            attribution.anonymous = report.anonymous;
            continue;
        }
        if let Some((report, reported_by)) = report_just_before {
            if let Some((_, name)) =
                (last_organisation.as_ref()).filter(|(end, _)| *end == reported_by.end)
            {
                attribution.speaker = Some(name.clone());
                continue;
            }
            if describes_a_body(reported_by.slice(text)) {
                attribution.speaker = report.speaker.clone();
                attribution.anonymous = report.anonymous;
                continue;
            }
            // "The survey, by pollsters Ashby Kerr, found … ¶ It said …": the document just
            // reported speaks on, whoever its aside names.
            if let Some(document) = names_a_document(reported_by.slice(text)) {
                attribution.speaker = report.speaker.clone().or(Some(document.to_owned()));
                attribution.anonymous = report.anonymous;
                continue;
            }
            // "The communique, released after two days of talks, said … ¶ It committed …": a
            // thing the copy names by its noun alone, up to an aside, speaks on; "it" never
            // stands for a person, so not for "The spokesman".
            if is_unnamed_thing(reported_by.slice(text)) {
                attribution.speaker = report.speaker.clone();
                attribution.anonymous = report.anonymous;
                continue;
            }
        }
        if let Some(document) = document_or_body_just_before(text, source, mentions) {
            attribution.speaker = Some(document.to_owned());
            attribution.anonymous = false;
            continue;
        }
        let gender = Gender::of_pronoun(written);
        // "I met a retired steelworker who had voted … ¶ “…,” he told me": the person a relative
        // clause introduced unnamed, when the copy has named nobody since.
        if let Some(person) = gender
            .and_then(|g| introduced_with_who(text, source, own_words, mentions).map(|p| (g, p)))
            .filter(|(g, person)| {
                let noun = person.rsplit(' ').next().unwrap_or(person);
                Gender::of_role(noun).is_none_or(|role| role == *g)
            })
            .map(|(_, person)| person)
        {
            attribution.speaker = Some(person.to_owned());
            continue;
        }
        if let Some(person) = gender
            .and_then(|g| unnamed_subject_opening_sentence(text, source, g, own_words, mentions))
        {
            attribution.speaker = Some(person.to_owned());
            continue;
        }
        if let Some(person) =
            gender.and_then(|g| unnamed_subject_in_sentence(text, source, g, mentions))
        {
            attribution.speaker = Some(person.to_owned());
            continue;
        }
        if let Some(person) =
            gender.and_then(|g| person_described_in_paragraph(text, source, g, mentions))
        {
            attribution.speaker = Some(person.to_owned());
            continue;
        }
        // "she" is not a man the copy has called "Mr Okafor" or "David Marsh". Only titles and
        // given names tell: a gender learnt from pronouns resolved before spreads one wrong
        // guess (PolNeAR dev: "he" no longer Trump after one "she" was taken for him).
        // Nor is a name the copy only ever writes after "the" or a preposition of place a
        // person "he", "she" or "the ferryman" can be, whatever the entity layer took it for:
        // "he will tie up the Morag for good" names his boat, "A museum in Oban" a town, "The
        // Salt Ledger is being reissued" a novel; but "the Sanders campaign" is Sanders's,
        // named bare elsewhere.
        let a_thing = |m: &NamedMention| {
            (gender.is_some() || epithet)
                && m.label == MentionLabel::Person
                && !named_bare
                    .get_or_init(|| people_named_bare(text, mentions))
                    .contains(m.canonical)
        };
        let fits = |genders: &HashMap<&str, Option<Gender>>, m: &NamedMention| {
            pronoun.accepts(m.label)
                && !a_thing(m)
                && !gender.is_some_and(|g| {
                    genders
                        .get(m.canonical)
                        .is_some_and(|known| known.is_some_and(|k| k != g))
                })
        };
        // "She said the informant, Curtis Vail, had been convicted … ¶ “Mr. Vail has told …,”
        // she said": the pronoun of the report just before stands for the same person when
        // nobody it could stand for is named since, outside that report's words and its own.
        let same_pronoun_before = previous.filter(|report| {
            gender.is_some()
                && report.speaker.is_some()
                && report.source.is_some_and(|before| {
                    before.slice(text).eq_ignore_ascii_case(written)
                        && !person_named_between(
                            mentions,
                            before.end,
                            source.start,
                            attribution.content,
                            |m| !report.content.contains_span(m.span) && fits(&genders, m),
                        )
                })
        });
        if let Some(report) = same_pronoun_before {
            attribution.speaker = report.speaker.clone();
            continue;
        }
        // A pronoun the reporting frames already tied to an earlier source ("… the document
        // said. … it said") keeps that source.
        if let Some(named) = attribution
            .speaker
            .clone()
            .filter(|s| Pronoun::of(s).is_none())
        {
            // ... in the entity's canonical spelling when the name is an entity's mention.
            let earlier = mentions.partition_point(|m| m.span.end <= source.start);
            let by_text = by_text.get_or_insert_with(|| {
                let mut by_text: HashMap<&str, Vec<usize>> = HashMap::default();
                for (index, m) in mentions.iter().enumerate() {
                    by_text.entry(m.span.slice(text)).or_default().push(index);
                }
                by_text
            });
            // "Captain Siobhan Reilly-Grant" is the mention "Siobhan Reilly-Grant": the name
            // past the titles the text-alone pass kept.
            let mut untitled = named.as_str();
            while !by_text.contains_key(untitled) {
                match untitled.split_once(' ') {
                    Some((first, rest)) if is_title_word(first.trim_end_matches('.')) => {
                        untitled = rest;
                    }
                    _ => break,
                }
            }
            let same_name = by_text.get(untitled).map_or(&[][..], Vec::as_slice);
            let last = same_name[..same_name.partition_point(|&i| i < earlier)].last();
            // Only a mention the pronoun can stand for: "he" is no "France"; nor, for "he" or
            // "she", one the last report's relative clause names (read below); nor a name
            // inside the remarks themselves, "“When Kulasa came, the water reached the
            // roof,” she said" (the storm is not who speaks).
            // "“… Mr. Kellerman did not …,” Osterhout said. ¶ He said …": the person the
            // words just before spoke of, named there last, is not who speaks on.
            let last_of_entity = |canonical: &str| {
                (mentions[..earlier].iter().rev())
                    .take(PRONOUN_REACH)
                    .find(|m| m.canonical == canonical)
            };
            let spoken_of = |i: usize| {
                own_words.is_some_and(|c| c.contains_span(mentions[i].span))
                    || gender
                        .is_some_and(|g| kin_of_pronouns_owner(text, mentions[i].span, g, done))
                    || where_a_relative_is_from(text, source, mentions[i].span)
                    || gender.is_some()
                        && previous.is_some_and(|p| {
                            in_relative_clause(text, p, mentions[i].span)
                                || last_of_entity(mentions[i].canonical)
                                    .is_some_and(|m| p.content.contains_span(m.span))
                        })
            };
            if let Some(&index) = last.filter(|&&i| fits(&genders, &mentions[i]) && !spoken_of(i)) {
                attribution.speaker = Some(mentions[index].canonical.to_owned());
                continue;
            }
            // A capitalised word the text-alone pass took for a name that no entity mention
            // bears out ("Well, …", "You", a headline's first word) is no speaker: the nearest
            // compatible mention is, or none.
            if !named.starts_with(char::is_uppercase) {
                continue;
            }
            attribution.speaker = None;
        }

        // Not a name inside the remarks themselves: "“I told Smith …,” he said" is not Smith;
        // nor one the clause it reports names: "He said Forsythe had shown no remorse" is not
        // Forsythe.
        let in_clause = if attribution.content.start >= source.end {
            let first = mentions.partition_point(|m| m.span.start < attribution.content.start);
            let end = mentions.partition_point(|m| m.span.start < attribution.content.end);
            &mentions[first..end.max(first)]
        } else {
            &[]
        };
        let named_in_clause = |m: &NamedMention| {
            in_clause.iter().any(|named| {
                named.canonical == m.canonical && attribution.content.contains_span(named.span)
            })
        };
        // "Asked by Delaney whether the cuts were his, she said": not the one who asks, nor
        // whom the question names.
        let question = previous.filter(|_| gender.is_some());
        let antecedent = mentions[..mentions.partition_point(|m| m.span.end <= source.start)]
            .iter()
            .rev()
            .filter(|m| {
                !own_words.is_some_and(|c| c.contains_span(m.span))
                    && !question.is_some_and(|q| named_by_question(text, q, attribution, m.span))
                    && !where_a_relative_is_from(text, source, m.span)
                    && !named_in_clause(m)
                    && !gender.is_some_and(|g| kin_of_pronouns_owner(text, m.span, g, done))
            })
            .take(PRONOUN_REACH)
            .find_map(|m| {
                if fits(&genders, m) {
                    return Some(*m);
                }
                // "Frank Lyle … was no relation to Margaret … ¶ Lyle still walks past it. “…,”
                // she says": a bare surname the entity layer gave the namesake of the other
                // gender is the one of the pronoun's.
                let bare = m.span.slice(text);
                let g =
                    gender.filter(|_| m.label == MentionLabel::Person && !bare.contains(' '))?;
                let known = |canonical: &str| genders.get(canonical).copied().flatten();
                known(m.canonical).filter(|&k| k != g)?;
                let namesake = mentions[..mentions.partition_point(|n| n.span.end <= source.start)]
                    .iter()
                    .rev()
                    .take(NAMESAKE_REACH)
                    .find(|n| {
                        n.canonical != m.canonical
                            && n.label == MentionLabel::Person
                            && n.canonical
                                .strip_suffix(bare)
                                .is_some_and(|f| f.ends_with(' '))
                            && known(n.canonical) == Some(g)
                    })?;
                Some(NamedMention {
                    canonical: namesake.canonical,
                    ..*m
                })
            });
        if let Some(mention) = antecedent {
            let mention = &mention;
            // "MacLeod told the court that Ms Doig was wearing … “She was visible,” she said":
            // the person the last report spoke of, or its source's relative clause named, is no
            // speaker while the person who spoke it fits the pronoun as well.
            // Only "he" or "she": "who" stands for the noun before it, "they" for no one person.
            // A question put to the speaker with no asker named ("Asked whether …, she said")
            // is passed over for the report before it.
            let last_sourced =
                (done.iter().rev().take(SAME_FRAME_REACH)).find(|p| p.source.is_some());
            let report_before = last_sourced.filter(|p| {
                gender.is_some()
                    && (p.content.contains_span(mention.span)
                        || in_relative_clause(text, p, mention.span))
            });
            let speaker_before = report_before
                .and_then(|p| reporting_person(p, mentions))
                .filter(|m| fits(&genders, m));
            // "Halima Dour said she had fled Dunmara … ¶ “…,” she said": the speaker who used the
            // same pronoun of herself, whatever the entity layer took her name for. Only a name
            // in that report's words: one in its source's relative clause ("One caller, who asked
            // to be identified only as Dana, said she …") is the speaker's own.
            let same_pronoun_speaker = report_before
                .filter(|p| {
                    speaker_before.is_none()
                        && p.content.contains_span(mention.span)
                        && holds_word(p.content.slice(text), written)
                })
                .and_then(|p| p.speaker.clone());
            attribution.speaker = same_pronoun_speaker
                .or_else(|| Some(speaker_before.unwrap_or(mention).canonical.to_owned()));
        }
    }
    speakers_of_reports_inside_according_to(text, attributions);
}

/// Whether a mention at `span` is the asker of `question`, the report just before `answer`, or
/// somebody its question asks about, when it puts the question to the one who answers: neither
/// is the answer's "he" or "she". "Asked whether Brannigan would resign, she said", "Asked by
/// Delaney whether …, she said" (a question in the passive, its asker after the verb or
/// unnamed), or "Delaney suggested that … ¶ “I wasn't there,” she replied" (one asked or put to
/// the speaker, and replied to). "Smith suggested the plan would fail. “It's doomed,” she said"
/// may be Smith; "MPs pressed Sir Alan Threlfall … He replied" is whom the MPs asked.
fn named_by_question(text: &str, question: &Attribution, answer: &Attribution, span: Span) -> bool {
    put_to_speaker(text, question, answer).is_some_and(|asked| {
        question
            .source
            .is_some_and(|asker| asker.contains_span(span))
            || asked && question.content.contains_span(span)
    })
}

/// Whether `question` puts a question to the one who gives `answer` (see [`named_by_question`]),
/// and whether its content is the question rather than whom it is put to: "Asked whether …",
/// not "MPs pressed Sir Alan".
fn put_to_speaker(text: &str, question: &Attribution, answer: &Attribution) -> Option<bool> {
    let lemma = |report: &Attribution| {
        let cue = report.cue?.slice(text);
        Some(
            super::cues::Lexicon::new(&[])
                .lookup(super::cues::verb_of(cue))?
                .lemma,
        )
    };
    let cue = question.cue?;
    if !matches!(
        lemma(question)?,
        "ask" | "press" | "question" | "challenge" | "suggest"
    ) {
        return None;
    }
    let passive = question.source.is_none_or(|asker| asker.start > cue.start);
    let replied = matches!(
        lemma(answer),
        Some("reply" | "answer" | "respond" | "retort")
    );
    let first_word = question.content.slice(text).split(' ').next().unwrap_or("");
    let asked = matches!(
        first_word,
        "whether" | "if" | "why" | "what" | "how" | "when" | "about" | "that"
    );
    (passive || replied).then_some(asked)
}

/// The person a title and surname in `source` name when the entity layer grouped the mention
/// under a namesake of the other gender: "Dolores Fenwick … with her husband ¶ “…,” Mr.
/// Fenwick said" is the man of that surname the copy names ("Walter Fenwick"), else "Mr.
/// Fenwick" as written; never the woman.
fn titled_namesake<'t>(
    text: &'t str,
    source: Span,
    mention: &NamedMention<'t>,
    mentions: &[NamedMention<'t>],
) -> Option<&'t str> {
    let before = text.get(source.start..mention.span.start)?.trim_end();
    let title = before.rsplit(' ').next()?;
    let gender = Gender::of_title(title)?;
    let given_gender = |name: &str| Gender::of_given_name(name.split_once(' ')?.0);
    if given_gender(mention.canonical)? == gender {
        return None;
    }
    let surname = mention.span.slice(text);
    let namesake = mentions.iter().find(|m| {
        m.label == MentionLabel::Person
            && m.canonical
                .strip_suffix(surname)
                .is_some_and(|given| given.ends_with(' '))
            && given_gender(m.canonical) == Some(gender)
    });
    let title_start = source.start + before.len() - title.len();
    Some(namesake.map_or(&text[title_start..mention.span.end], |m| m.canonical))
}

/// Whether `words` hold `word` as a whole word, in any case.
fn holds_word(words: &str, word: &str) -> bool {
    words
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// The person between "quoted" and "as saying" ("as telling", "as calling", "as writing"):
/// the last person named there, else the words as written when they name nothing ("an
/// unnamed witness").
fn quoted_as_saying(
    text: &str,
    attribution: &Attribution,
    mentions: &[NamedMention],
) -> Option<String> {
    let cue = attribution.cue?;
    if cue.slice(text) != "quoted" {
        return None;
    }
    // From the cue: the frame may start the content after the person, at "that".
    let words = text.get(cue.end..attribution.content.end)?;
    let end = [" as saying", " as telling", " as calling", " as writing"]
        .iter()
        .filter_map(|phrase| words.find(phrase))
        .min()
        .filter(|&at| !words[..at].contains(['"', '“', '”', '\n']))?;
    let quoted = Span::new(cue.end, cue.end + end);
    let named = mentions
        .iter()
        .skip(mentions.partition_point(|m| m.span.end <= quoted.start))
        .take_while(|m| m.span.start < quoted.end);
    let mut named = named.peekable();
    if named.peek().is_none() {
        return Some(words[..end].trim().trim_end_matches(',').to_owned());
    }
    (named.filter(|m| m.label == MentionLabel::Person).last()).map(|m| m.canonical.to_owned())
}

/// The person a document shows reporting, when a frame's source runs from the document over
/// its verb of showing and "that" to them: "The minutes show that the treasurer, Ola Brandt,
/// asked …" is Ola Brandt.
fn person_a_document_shows<'m>(
    text: &str,
    source: Span,
    mentions: &[NamedMention<'m>],
) -> Option<&'m str> {
    let written = source.slice(text);
    let (that, _) = written.rmatch_indices(" that ").find(|(at, _)| {
        (written[..*at].rsplit(' ').next()).is_some_and(|verb| SHOWING_VERBS.contains(&verb))
    })?;
    let reported = source.start + that + " that ".len();
    let first = mentions.partition_point(|m| m.span.start < reported);
    (mentions[first..].iter())
        .take_while(|m| m.span.end <= source.end)
        .filter(|m| m.label == MentionLabel::Person)
        .last()
        .map(|m| m.canonical)
}
/// The person named right before a source that opens with a party-and-district tag, "Ada
/// Pike" of "Ada Pike, R-Lowfield, the panel's chair".
fn named_before_party_tag<'m>(
    text: &str,
    source: Span,
    mentions: &[NamedMention<'m>],
) -> Option<&'m str> {
    let tag = source.slice(text).as_bytes();
    if !(tag.len() > 3 && matches!(tag[..3], [b'R' | b'D' | b'I', b'-', b'A'..=b'Z'])) {
        return None;
    }
    let comma = text[..source.start].trim_end().strip_suffix(',')?.len();
    let before = mentions.partition_point(|m| m.span.end <= comma);
    mentions[..before]
        .last()
        .filter(|m| m.span.end == comma && m.label == MentionLabel::Person)
        .map(|m| m.canonical)
}

/// "The board went ahead after Pollard told trustees that values had “bottomed out”, according
/// to the minutes": the report inside comes after the one by "according to" that holds it (its
/// content starts later), so [`report_inside_according_to`] has not seen it; its speaker is
/// the speaker of the quotation its content holds. Each looks at the reports its content holds.
fn speakers_of_reports_inside_according_to(text: &str, attributions: &mut [Attribution]) {
    for index in 0..attributions.len() {
        let (done, rest) = attributions.split_at_mut(index + 1);
        let attribution = &mut done[index];
        let Some(cue) = attribution.cue else {
            continue;
        };
        if !(attribution.direct && is_according_to(cue.slice(text))) {
            continue;
        }
        let content = attribution.content;
        let Some(mark) = content.slice(text).find(UNAMBIGUOUS_QUOTE_MARKS) else {
            continue;
        };
        let mark = content.start + mark;
        let inside = |span: Option<Span>| span.is_some_and(|s| content.contains_span(s));
        let inner = (rest.iter())
            .take_while(|inner| inner.content.start < content.end)
            .find(|inner| {
                inside(inner.source)
                    && inside(inner.cue)
                    && inner.content.start <= mark
                    && mark < inner.content.end
                    && inner.speaker.is_some()
            });
        if let Some(inner) = inner {
            attribution.speaker = inner.speaker.clone();
            attribution.anonymous = inner.anonymous;
        }
    }
}

/// The nouns a fact check heads what it checks with: "The claim:", "Statement:".
const CHECKED_WORDS: &[&str] = &["claim", "statement", "quote", "assertion"];

/// The person or body credited in brackets right after a quotation that a fact check's
/// heading introduces: "The claim: “…” (Sarah Lindqvist, leaflet)", "Claim: “…” (Hollin Party)".
fn credited_in_brackets<'m>(
    text: &str,
    source: Span,
    content: Span,
    mentions: &[NamedMention<'m>],
) -> Option<&'m str> {
    let written = source.slice(text);
    let noun = after_the(written).unwrap_or(written);
    if !CHECKED_WORDS.iter().any(|w| noun.eq_ignore_ascii_case(w)) || content.start < source.end {
        return None;
    }
    let after = text.get(content.end..)?;
    let inside = after.trim_start_matches([' ', '.']).strip_prefix('(')?;
    let at = text.len() - inside.len();
    let first = mentions.partition_point(|m| m.span.start < at);
    mentions
        .get(first)
        .filter(|m| {
            m.span.start == at
                && matches!(m.label, MentionLabel::Person | MentionLabel::Organisation)
                && text[m.span.end..].starts_with([',', ')'])
        })
        .map(|m| m.canonical)
}

/// "… the allotment her partner, Colm Reddin, keeps. … she says": a person named after "her"
/// (or "his") and a noun is somebody the owner is related to, not whom a pronoun of the owner's
/// gender stands for; unless the noun gives them that gender too ("her daughter, Ana"), or they
/// were a source of their own since ("His lawyer, Hugo Lestrade, argued … “…,” he added"). Not
/// "who gave only her first name, Aigerim": the name is hers.
fn kin_of_pronouns_owner(text: &str, mention: Span, gender: Gender, done: &[Attribution]) -> bool {
    const OWN_NAMES: &[&str] = &["name", "nickname", "surname", "pseudonym", "alias"];
    let before = text[reach_start(text, mention.start, 40)..mention.start].trim_end();
    let before = before.strip_suffix(',').unwrap_or(before);
    let mut words = before.split_whitespace().rev();
    let Some(noun) = words
        .next()
        .filter(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
    else {
        return false;
    };
    // "her long-time partner": an adjective may come between.
    let owner = words
        .take(2)
        .find_map(|w| pronoun_of_possessive(w).and_then(Gender::of_pronoun));
    owner == Some(gender)
        && Gender::of_role(noun) != Some(gender)
        && !OWN_NAMES.contains(&noun)
        && !(done.iter().rev().take(PRONOUN_REACH))
            .any(|a| a.source.is_some_and(|s| s.contains_span(mention)))
}

/// Whether `mention` is where the person a relative "who" at `source` stands for is from,
/// not that person: "Dale Pruitt, 61, a retired millwright from nearby Osgood, who said …"
/// (a place after "from", "in", "at" or "near" in the clause just before, whatever the tagger
/// took it for).
fn where_a_relative_is_from(text: &str, source: Span, mention: Span) -> bool {
    if !source.slice(text).eq_ignore_ascii_case("who") {
        return false;
    }
    let between = text.get(mention.end..source.start).unwrap_or_default();
    if between.trim() != "," {
        return false;
    }
    let before = text[..mention.start].trim_end();
    let before = ["nearby", "neighbouring", "neighboring", "rural", "suburban"]
        .iter()
        .find_map(|adjective| before.strip_suffix(adjective))
        .map_or(before, str::trim_end);
    let preposition = before.rsplit([' ', '\n']).next().unwrap_or_default();
    matches!(preposition, "from" | "in" | "at" | "near" | "outside")
}

/// Nouns for what a person said, which a possessive can own: "Her message", "His answer".
pub(super) const WORDS_NOUNS: &[&str] = &[
    "message",
    "answer",
    "reply",
    "response",
    "advice",
    "warning",
    "verdict",
    "explanation",
];

/// The pronoun that owns a person's words as a source: "she" for "Her message", "he" for "His
/// answer". `None` for any other source.
fn owner_of_words(source: &str) -> Option<&'static str> {
    let (owner, noun) = source.split_once(' ')?;
    let pronoun = pronoun_of_possessive(owner)?;
    WORDS_NOUNS.contains(&noun).then_some(pronoun)
}

/// The subject pronoun a possessive of one gender stands for: "she" for "Her", "he" for "his".
fn pronoun_of_possessive(owner: &str) -> Option<&'static str> {
    match owner {
        "Her" | "her" => Some("she"),
        "His" | "his" => Some("he"),
        _ => None,
    }
}

/// Whether a person `could_be` the speaker is named from `from` to `to`, outside the quotation
/// before `to` whose source starts there (`content`): "“I told Smith …,” he said" names nobody
/// new.
fn person_named_between(
    mentions: &[NamedMention],
    from: usize,
    to: usize,
    content: Span,
    could_be: impl Fn(&NamedMention) -> bool,
) -> bool {
    let own_words = Some(content).filter(|c| c.end <= to);
    let since = mentions.partition_point(|m| m.span.start < from);
    mentions[since..]
        .iter()
        .take_while(|m| m.span.start < to)
        .any(|m| {
            m.label == MentionLabel::Person
                && !own_words.is_some_and(|c| c.contains_span(m.span))
                && could_be(m)
        })
}

/// The canonical names of the people the copy names at least once other than right after
/// "the", "in", "at" or "near": "Sanders" in "Sanders said", not "Morag" in "the Morag" or
/// "Oban" in "in Oban" alone.
fn people_named_bare<'m>(
    text: &str,
    mentions: &[NamedMention<'m>],
) -> rustc_hash::FxHashSet<&'m str> {
    mentions
        .iter()
        .filter(|m| m.label == MentionLabel::Person)
        .filter(|m| {
            !text[..m.span.start]
                .strip_suffix(' ')
                .and_then(|before| before.rsplit([' ', '\n']).next())
                .is_some_and(|word| among(word, &["the", "in", "at", "near"]))
        })
        .map(|m| m.canonical)
        .collect()
}

/// Somebody a relative "who" introduces unnamed after an indefinite article, "I met a retired
/// steelworker who had voted …", in the paragraph of the pronoun at `pronoun` or the one
/// before, as written: the person "he" or "she" stands for when nobody is named after it (the
/// pronoun's own quotation aside), nor before it in its sentence, "Trump mocked a protester who
/// …", whose subject is the one who speaks on.
fn introduced_with_who<'t>(
    text: &'t str,
    pronoun: Span,
    own_words: Option<Span>,
    mentions: &[NamedMention],
) -> Option<&'t str> {
    // Within a few paragraphs' reach, so that a document of one endless paragraph stays linear.
    let reach = reach_start(text, pronoun.start, DESCRIPTION_REACH);
    let paragraph = text[reach..pronoun.start]
        .rfind("\n\n")
        .map_or(reach, |at| reach + at);
    let from = text[reach..paragraph]
        .rfind("\n\n")
        .map_or(reach, |at| reach + at + 2);
    let (at, _) = text[from..pronoun.start]
        .rmatch_indices(" who ")
        .find(|(at, _)| !own_words.is_some_and(|c| c.contains(from + at)))?;
    let who = from + at + 1;
    let phrase = antecedent_before(text, who)?;
    // The phrase is a slice of `text`: where it starts is where its bytes are.
    let phrase_start = phrase.as_ptr() as usize - text.as_ptr() as usize;
    if phrase_start < from {
        return None;
    }
    // "She plays her not as a martyr but as a woman who has grown …": what somebody is like
    // or played as is nobody new.
    let before = text[..phrase_start].trim_end();
    if before.ends_with(" as") || before.ends_with(" like") {
        return None;
    }
    let mut words = phrase.split(' ');
    let article = words.next()?;
    let noun = words.next_back()?;
    // "One Conservative councillor, who asked not to be named, …": a party, a place or a
    // nationality before the noun describes the person; the noun itself is no name.
    let one_person = among(article, INDEFINITES)
        && noun.starts_with(char::is_lowercase)
        && !ends_in_single_s(noun);
    let sentence_start = text[from..phrase_start]
        .rfind(['.', '!', '?', '\n'])
        .map_or(from, |at| from + at + 1);
    let named_since = person_named_between(
        mentions,
        sentence_start,
        pronoun.start,
        own_words.unwrap_or_default(),
        |_| true,
    );
    (one_person && !named_since).then_some(phrase)
}

/// "A retired miner, who asked not to be named, was less patient. “…,” he said.": somebody
/// unnamed who opens a sentence of the pronoun's paragraph as its subject, "A retired miner"
/// (as [`unnamed_person`] reads a source), when nobody is named after them before the pronoun
/// (its own quotation aside) and their noun fits its gender: the person "he" or "she" stands
/// for, not somebody named earlier.
fn unnamed_subject_opening_sentence<'t>(
    text: &'t str,
    pronoun: Span,
    gender: Gender,
    own_words: Option<Span>,
    mentions: &[NamedMention],
) -> Option<&'t str> {
    let paragraph = paragraph_start_within_reach(text, pronoun.start);
    let before = &text[paragraph..pronoun.start];
    // The last sentence that opens with "A", "An", "One" or "Another", outside the pronoun's
    // own words.
    let start = [". ", "! ", "? "]
        .iter()
        .flat_map(|stop| before.match_indices(stop).map(|(at, _)| at + 2))
        .chain([0])
        .map(|at| paragraph + at)
        .filter(|&at| !own_words.is_some_and(|c| c.contains(at)))
        .filter(|&at| {
            let first = text[at..pronoun.start].split(' ').next().unwrap_or("");
            ["A", "An", "One", "Another"].contains(&first)
        })
        .max()?;
    // The subject up to its first comma, or up to its verb: "A nurse was angry", "A nurse
    // complained"; but right after the article, "-ed" is a modifier: "A retired nurse".
    let sentence = &text[start..pronoun.start];
    let mut end = sentence
        .find([',', '.', '"', '“'])
        .unwrap_or(sentence.len());
    let mut offset = 0usize;
    for (taken, word) in sentence[..end].split(' ').enumerate() {
        let verb = taken > 1 && word.len() > 3 && word.ends_with("ed")
            || IRREGULAR_PASTS.contains(&word)
            || ["is", "was", "has", "had", "says", "will", "would", "could"].contains(&word);
        if taken > 0 && verb {
            end = offset.saturating_sub(1);
            break;
        }
        offset += word.len() + 1;
    }
    let person = unnamed_person(text, Span::new(start, start + end), mentions)?;
    let noun = person.rsplit(' ').next().unwrap_or(person);
    let named_since = person_named_between(
        mentions,
        start,
        pronoun.start,
        own_words.unwrap_or_default(),
        |_| true,
    );
    (!named_since && Gender::of_role(noun).is_none_or(|role| role == gender)).then_some(person)
}

/// "I did not get to the man in bay four until almost five. He was awake … “…,” he said.": "the
/// man", "the woman", "the boy" or "the girl" of the pronoun's gender, earlier in its paragraph,
/// when the paragraph names nobody before the pronoun: the person it stands for, not the last
/// person named paragraphs back.
fn person_described_in_paragraph<'t>(
    text: &'t str,
    pronoun: Span,
    gender: Gender,
    mentions: &[NamedMention],
) -> Option<&'t str> {
    const PEOPLE: [&str; 4] = ["man", "woman", "boy", "girl"];
    let paragraph = paragraph_start_within_reach(text, pronoun.start);
    let named = (mentions.iter())
        .skip(mentions.partition_point(|m| m.span.end <= paragraph))
        .take_while(|m| m.span.start < pronoun.start)
        .any(|m| m.label == MentionLabel::Person);
    if named {
        return None;
    }
    let before = &text[paragraph..pronoun.start];
    (before.match_indices("the "))
        .filter_map(|(at, _)| {
            let noun = before[at + 4..]
                .split(|c: char| !c.is_alphabetic())
                .next()?;
            let opens_word = at == 0 || before[..at].ends_with([' ', '(', '"', '“']);
            (opens_word && PEOPLE.contains(&noun) && Gender::of_role(noun) == Some(gender))
                .then(|| &text[paragraph + at..paragraph + at + 4 + noun.len()])
        })
        .last()
}

/// "… when a restaurant sommelier in Belcastel alerted the authorities to a grand cru that, he
/// told investigators, «…»": somebody unnamed whom the pronoun's own sentence makes the subject
/// of a verb in the past before it, as written up to where they are from ("a restaurant
/// sommelier"): the person "he" or "she" (`gender`) stands for when the pronoun is set off in
/// a relative clause ("that, he told investigators,"), the sentence names nobody else before it
/// and no "him" or "her" points elsewhere. Not the subject of a clause that sets the scene,
/// "When a reporter suggested the shop would shut, he shrugged".
fn unnamed_subject_in_sentence<'t>(
    text: &'t str,
    pronoun: Span,
    gender: Gender,
    mentions: &[NamedMention],
) -> Option<&'t str> {
    let look_back = look_back_start(text, pronoun.start);
    let before = &text[look_back..pronoun.start];
    let sentence_start = look_back + before.rfind(['.', '!', '?', '\n']).map_or(0, |at| at + 1);
    let sentence = &text[sentence_start..pronoun.start];
    let relative = (sentence.trim_end().strip_suffix(','))
        .is_some_and(|clause| clause.ends_with(" that") || clause.ends_with(" which"));
    if !relative {
        return None;
    }
    // Not in a quotation before the pronoun, its own or another's: "“Our competitors took a
    // hospital product …,” she said".
    if sentence.contains(UNAMBIGUOUS_QUOTE_MARKS) {
        return None;
    }
    let named = mentions
        .iter()
        .skip(mentions.partition_point(|m| m.span.end <= sentence_start))
        .take_while(|m| m.span.start < pronoun.start)
        .any(|m| m.label == MentionLabel::Person);
    if named {
        return None;
    }
    let words: Vec<&str> = sentence.split(' ').collect();
    let article = words
        .iter()
        .position(|w| matches!(*w, "a" | "an" | "A" | "An"))?;
    let is_past = |w: &str| w.len() > 3 && w.ends_with("ed") || IRREGULAR_PASTS.contains(&w);
    let nouns = words[article + 1..]
        .iter()
        .take_while(|w| {
            !w.is_empty()
                && w.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(**w, "in" | "from" | "at" | "of" | "who" | "that" | "with")
                && !is_past(w)
        })
        .count();
    if !(1..=3).contains(&nouns) {
        return None;
    }
    let noun = words[article + nouns];
    // "in Belcastel", "from Leeds": where the person is from.
    let mut next = article + nouns + 1;
    if words
        .get(next)
        .is_some_and(|w| matches!(*w, "in" | "from" | "at"))
        && words
            .get(next + 1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    {
        next += 2;
    }
    let verb = words.get(next)?;
    let past = is_past(verb);
    let one_person = !ends_in_single_s(noun)
        && !is_body_noun(noun)
        && Gender::of_role(noun).is_none_or(|role| role == gender);
    let pointed_elsewhere = words[next..].iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        matches!(w, "him" | "her" | "Him" | "Her")
    });
    if !(past && one_person && !pointed_elsewhere) {
        return None;
    }
    let start = words[..article].iter().map(|w| w.len() + 1).sum::<usize>();
    let end = start + words[article..=article + nouns].join(" ").len();
    Some(&sentence[start..end])
}

/// The person a description stands beside, set off by commas, when the source is that
/// description and names nobody: "Its deputy leader at the time, Colin Ardley, is …" (the
/// name after it, closed by a comma), "Dana Whitcombe, a teacher from Leeds, at …" (the name
/// before it, opening the sentence).
fn appositive_person<'m>(
    text: &str,
    source: Span,
    mentions: &[NamedMention<'m>],
) -> Option<&'m str> {
    let opener = source.slice(text).split(' ').next()?.to_lowercase();
    if !matches!(
        opener.as_str(),
        "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our"
    ) {
        return None;
    }
    let person = |m: &&NamedMention<'m>| m.label == MentionLabel::Person;
    let after = mentions.partition_point(|m| m.span.start < source.end);
    // A place in the description is where the person is from; a person or a body in it is
    // named already.
    let mut inside = mentions[..after]
        .iter()
        .rev()
        .take_while(|m| m.span.end > source.start);
    if inside.any(|m| matches!(m.label, MentionLabel::Person | MentionLabel::Organisation)) {
        return None;
    }
    if let Some(named) = mentions.get(after).filter(person) {
        let between = text.get(source.end..named.span.start)?;
        if between == ", " && text[named.span.end..].starts_with(',') {
            return Some(named.canonical);
        }
    }
    let named = mentions[..after]
        .iter()
        .rev()
        .find(|m| m.span.end <= source.start)?;
    let before = text
        .get(..named.span.start)?
        .trim_end_matches(['"', '“', ' ']);
    let opens = before.is_empty() || before.ends_with(['\n', '.', '!', '?']);
    (person(&named) && text.get(named.span.end..source.start)? == ", " && opens)
        .then_some(named.canonical)
}

/// "Harvest Fields said": the source's capitalised words with the one-word name the tagger read
/// at their end, where it read the words before it as no part of a name. Not a title, a
/// nationality or a word that opens sentences ("Councillor Hale", "German Fields"), nor a
/// name the copy writes longer elsewhere ("Democrat Clinton": Hillary Clinton).
fn whole_name<'t>(text: &'t str, head: Span, mention: &NamedMention) -> Option<&'t str> {
    let name = text.get(mention.span.start..mention.span.end)?;
    let rest = text.get(mention.span.end..head.end)?;
    if name.contains(' ') || name != mention.canonical {
        return None;
    }
    // "The Green Horizon Collective praised": the tagger read only the first word; the
    // capitalised words after it to the end of the source are the rest of the name.
    let rest = rest.trim_end_matches(',');
    if !rest.is_empty() {
        let capitalised = |word: &str| {
            word.starts_with(char::is_uppercase)
                && word.chars().all(|c| c.is_alphabetic() || c == '-')
                && !is_no_name(word)
                && !is_title_word(word)
        };
        let after = rest.strip_prefix(' ')?;
        let before = text.get(head.start..mention.span.start)?;
        // Only a name with no capitals before it but an article's: "The Green …".
        let opens = before.is_empty() || matches!(before, "The " | "the ");
        return (opens && after.split(' ').all(capitalised))
            .then(|| text.get(mention.span.start..mention.span.end + rest.len()))
            .flatten();
    }
    let before = text
        .get(head.start..mention.span.start)?
        .strip_suffix(' ')?;
    let first = before
        .split(' ')
        .rev()
        .take_while(|word| {
            word.starts_with(char::is_uppercase)
                && word.chars().all(|c| c.is_alphabetic() || c == '-')
                && !is_no_name(word)
                // "Perhaps Russia": an adverb that opens the sentence.
                && !matches!(*word, "Perhaps" | "Maybe")
                && !is_title_word(word)
                && !is_demonym(word)
        })
        .map(str::len)
        .reduce(|run, word| run + 1 + word)?;
    text.get(mention.span.start - 1 - first..mention.span.end)
}

/// Whether `span` lies in the relative clause of `attribution`'s source: "Irene Walsh" of
/// "Joanne Mercer, whose parents, Derek and Irene Walsh, died, said".
fn in_relative_clause(text: &str, attribution: &Attribution, span: Span) -> bool {
    attribution.source.is_some_and(|source| {
        let head_end = source.start + before_relative_clause(source.slice(text)).len();
        source.contains_span(span) && span.start >= head_end
    })
}

/// The person's mention that `attribution`'s source names, where its speaker is that person.
fn reporting_person<'m>(
    attribution: &Attribution,
    mentions: &'m [NamedMention],
) -> Option<&'m NamedMention<'m>> {
    let source = attribution.source?;
    let speaker = attribution.speaker.as_deref()?;
    let first = mentions.partition_point(|m| m.span.end <= source.start);
    mentions[first..]
        .iter()
        .take_while(|m| m.span.start < source.end)
        .find(|m| m.label == MentionLabel::Person && m.canonical == speaker)
}

/// Documents a speaker issues: "said in a statement", "wrote in a letter".
/// Not "email" or "memo": news of leaked ones, "Clinton's emails", is no news from them.
const ISSUED_DOCUMENTS: &[&str] = &["statement", "letter"];

/// The words before "a statement" or "a letter" that make it the source's own: "said in a
/// statement", "issued a statement", "wrote a letter".
const ISSUING_WORDS: &[&str] = &[
    "in",
    "issued",
    "released",
    "sent",
    "wrote",
    "signed",
    "published",
    "posted",
    "out",
];

/// The speaker of the last report nearby that was made in the document `head` names, "the
/// statement": "Brookfield said in a statement that …" or "In a statement, the company said …".
fn document_issuer(text: &str, head: Span, earlier: &[Attribution]) -> Option<String> {
    let noun = the_noun(head.slice(text)).filter(|noun| ISSUED_DOCUMENTS.contains(noun))?;
    (earlier.iter().rev())
        .filter_map(|report| Some((report.source?, report)))
        .take_while(|(source, _)| head.start.saturating_sub(source.end) <= DESCRIPTION_REACH)
        .find_map(|(source, report)| {
            // From the report's sentence start to its content: where "in a statement" or
            // "issued a statement" stands (one statement, not "a statements row"; and one the
            // source made, not a letter it "pointed to" or "cited").
            let start = source.start.min(report.content.start);
            let sentence_start = sentence_start_before(text, start);
            let made_in = text
                .get(sentence_start..report.content.start.max(source.end))
                .is_some_and(|words| {
                    words.match_indices(noun).any(|(at, _)| {
                        let made = words[..at].strip_suffix("a ").is_some_and(|before| {
                            let word = before.trim_end().rsplit(' ').next().unwrap_or("");
                            ISSUING_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
                        });
                        made && !words[at + noun.len()..].starts_with('s')
                    })
                });
            made_in.then(|| report.speaker.clone()).flatten()
        })
}

/// Where the sentence holding `offset` starts: after the last full stop or line break before
/// it that is no abbreviation's or initial's, "In a statement issued by his aide, Mr. Tom Hale,"
/// being one sentence.
fn sentence_start_before(text: &str, offset: usize) -> usize {
    let mut end = offset;
    while let Some(at) = text[..end].rfind(['.', '\n']) {
        let word = text[..at]
            .rsplit([' ', '\n', '(', '"', '“'])
            .next()
            .unwrap_or("");
        let mut letters = word.chars();
        let initial =
            matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
        if text[at..].starts_with('\n') || !(initial || is_abbreviation(word)) {
            return at + 1;
        }
        end = at;
    }
    0
}

/// Nouns of the people around a person: "the family of …", "supporters of …".
const PEOPLE_AROUND: &[&str] = &[
    "family",
    "relatives",
    "parents",
    "children",
    "friends",
    "colleagues",
    "neighbours",
    "neighbors",
    "supporters",
    "lawyers",
    "attorneys",
    "allies",
    "aides",
    "advisers",
    "associates",
];

/// Nouns of people whose trade is to speak for somebody else: "a spokesman for …". (A lawyer
/// for somebody is taken to put the client's case: "A lawyer for Ann Price said" is hers.)
const SPEAKING_FOR: &[&str] = &["spokesman", "spokeswoman", "spokesperson"];

/// "the family of one victim, Dorothy Pemberton", "Relatives of Tom Hale", "A source close to
/// the chancellor", "A spokesman for Mr Hale": a source headed by a noun of [`PEOPLE_AROUND`]
/// and "of", or any noun and "close to", up to its first comma, or by a noun of
/// [`SPEAKING_FOR`] and "for" with no name in apposition ("A spokeswoman for Delaney, Rachel
/// Osei," is named); the name after them is whom they are around or speak for, not who speaks.
/// So with a head of [`HEADS_BEFORE_A_TAIL`] and a tail after "of", "at", "in" or "from".
fn people_of_a_person(source: &str) -> Option<&str> {
    let phrase = source.split(',').next().unwrap_or(source).trim_end();
    let short = |head: &str| head.split(' ').count() <= 3;
    if phrase
        .split_once(" close to ")
        .is_some_and(|(head, _)| short(head))
    {
        return Some(phrase);
    }
    // A short head whose last word is one of `nouns`.
    let head_among = |head: &str, nouns: &[&str]| {
        let noun = head.rsplit(' ').next().unwrap_or(head);
        short(head) && among(noun, nouns)
    };
    let headed = |preposition: &str, nouns: &[&str]| {
        (phrase.split_once(preposition)).is_some_and(|(head, _)| head_among(head, nouns))
    };
    let apposition = phrase.len() < source.trim_end().len();
    // "Families of residents at a home in Co Leitrane", "An independent review of maternity
    // services at the trust": people or a document whose tail names where they are, or what
    // they are of, speak as themselves.
    let tail_head = [" of ", " at ", " in ", " from "]
        .iter()
        .filter_map(|preposition| phrase.find(preposition))
        .min()
        .map(|at| &phrase[..at]);
    let head_with_tail = tail_head.is_some_and(|head| head_among(head, HEADS_BEFORE_A_TAIL));
    (headed(" of ", PEOPLE_AROUND)
        || head_with_tail
        || !apposition && headed(" for ", SPEAKING_FOR))
    .then_some(phrase)
}

/// Nouns of people and documents that a tail after "of", "at", "in" or "from" only places:
/// "families of residents at a home", "a review of services at a trust".
const HEADS_BEFORE_A_TAIL: &[&str] = &[
    "families",
    "review",
    "report",
    "study",
    "survey",
    "audit",
    "inquiry",
    "investigation",
];

/// People named by their nation in a noun the demonym list (adjectives and plurals) lacks.
const NATIONALITY_NOUNS: &[&str] = &[
    "Argentine",
    "Brit",
    "Briton",
    "Croat",
    "Dane",
    "Finn",
    "Kiwi",
    "Pole",
    "Scot",
    "Serb",
    "Spaniard",
    "Swede",
    "Turk",
];

/// Nouns of a person's sport, art or station that copy uses for a person it has named. Not
/// "man", "woman", "witness": those stand as often for somebody introduced unnamed in other
/// words, "a middle-aged cashier … said the woman"; nor "author", of a document as often.
const EPITHET_NOUNS: &[&str] = &[
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "batsman",
    "bowler",
    "pitcher",
    "quarterback",
    "jockey",
    "golfer",
    "sprinter",
    "swimmer",
    "cyclist",
    "boxer",
    "actor",
    "actress",
    "singer",
    "comedian",
    "novelist",
    "broadcaster",
    "presenter",
    "businessman",
    "businesswoman",
    "billionaire",
    "tycoon",
    // Trades: "Ms Jasmine Ong, 28, said … “…,” said the nurse".
    "nurse",
    "teacher",
    "farmer",
    "engineer",
    "driver",
];

/// Nouns of a campaign that copy puts after the party or the race, "the Democratic Senate
/// candidate", for the candidate it has named.
const CAMPAIGN_NOUNS: &[&str] = &["candidate", "nominee", "challenger", "incumbent"];

/// The races a campaign noun may be of, written in lower case: "the Democratic presidential
/// nominee", "the Green Party mayoral candidate".
const RACE_ADJECTIVES: &[&str] = &[
    "presidential",
    "vice-presidential",
    "mayoral",
    "gubernatorial",
    "senatorial",
    "congressional",
    "parliamentary",
    "leadership",
];

/// How far back (in bytes) an epithet looks for an unnamed person introduced by its noun, or
/// for the person given its age.
const EPITHET_REACH: usize = 5000;

/// Where the paragraph holding `offset` starts, or where [`DESCRIPTION_REACH`] before it does if
/// that is later: what is looked back over from every pronoun stays within reach, so that one
/// endless paragraph stays linear.
fn paragraph_start_within_reach(text: &str, offset: usize) -> usize {
    let reach = reach_start(text, offset, DESCRIPTION_REACH);
    text[reach..offset]
        .rfind("\n\n")
        .map_or(reach, |at| reach + at + 2)
}

/// Where the `reach` bytes before `offset` begin, on a character's boundary.
fn reach_start(text: &str, offset: usize, reach: usize) -> usize {
    ceil_char_boundary(text, offset.saturating_sub(reach))
}

/// The person an age epithet ("the 46-year-old") stands for: the nearest person named before
/// it with that age in apposition, "Melania Trump, 46,".
fn person_of_age<'m>(text: &str, head: Span, mentions: &[NamedMention<'m>]) -> Option<&'m str> {
    let age = head.slice(text).get(4..)?.strip_suffix("-year-old")?;
    if age.is_empty() || !age.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let from = reach_start(text, head.start, EPITHET_REACH);
    let apposition = format!(", {age},");
    text[from..head.start]
        .rmatch_indices(&apposition)
        .find_map(|(at, _)| {
            let comma = from + at;
            let named = mentions.partition_point(|m| m.span.end < comma);
            mentions
                .get(named)
                .filter(|m| m.span.end == comma && m.label == MentionLabel::Person)
                .map(|m| m.canonical)
        })
}

/// "the 58-year-old", "the German", "the striker": "the" and one word, an age, a nationality
/// or one of
/// [`EPITHET_NOUNS`] or made with "-man", "the ferryman" — not one the copy gave somebody
/// unnamed before, "A former colleague, who asked not to be named, … the colleague said",
/// "the minister's spokesman", who stays unnamed.
fn is_epithet(text: &str, head: Span) -> bool {
    let source = head.slice(text);
    let Some(word) = source
        .get(..4)
        .filter(|the| the.eq_ignore_ascii_case("the "))
        .and_then(|_| source.get(4..))
        .filter(|word| !word.is_empty())
    else {
        return false;
    };
    // "the Democratic Senate candidate", "the Republican nominee": a noun of a campaign after
    // the party or the race, capitalised, stands for the candidate the copy named, as "the
    // striker" does for a player.
    if let Some((race, noun)) = word.rsplit_once(' ') {
        let race_words = || race.split(' ');
        return CAMPAIGN_NOUNS.contains(&noun)
            && race_words().count() <= 3
            && race_words().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
                    || RACE_ADJECTIVES.contains(&w)
            })
            && !introduced_unnamed(text, head, noun);
    }
    if word.ends_with("-year-old") {
        return true;
    }
    // One person: "the German", not "the Germans"; "the Dutchman", "the Spaniard".
    if word.starts_with(char::is_uppercase) {
        let stem = (word.strip_suffix("woman"))
            .or_else(|| word.strip_suffix("man"))
            .filter(|stem| !stem.is_empty());
        return !word.ends_with('s')
            && (is_demonym(word)
                || stem.is_some_and(is_demonym)
                || NATIONALITY_NOUNS.contains(&word));
    }
    // "the ferryman", "the radioman": a noun of a trade or station made with "-man" or
    // "-woman" is one too, whatever the trade; not an office's title, "the chairman", which
    // names only the person the copy gave it.
    let compound = word.len() > "woman".len()
        && word.ends_with("man")
        && !(OFFICES.iter().chain(TITLES)).any(|title| title.eq_ignore_ascii_case(word));
    let Some(noun) = (EPITHET_NOUNS.iter().copied())
        .find(|n| word.eq_ignore_ascii_case(n))
        .or(compound.then_some(word))
    else {
        return false;
    };
    !introduced_unnamed(text, head, noun)
}

/// Whether the copy introduced somebody unnamed by `noun` before `head`, "A former colleague,
/// who asked not to be named," or "the prime minister's spokesman", within [`EPITHET_REACH`].
fn introduced_unnamed(text: &str, head: Span, noun: &str) -> bool {
    let from = reach_start(text, head.start, EPITHET_REACH);
    let before = &text[from..head.start];
    before.match_indices(noun).any(|(at, _)| {
        let after = &before[at + noun.len()..];
        // "a farmer, Tom Hale,": named where introduced.
        let named = after
            .strip_prefix(", ")
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        let whole_word = before[..at].ends_with(' ') && !after.starts_with(char::is_alphabetic);
        let phrase = before[..at]
            .rsplit(['.', ',', ';', ':', '"', '“', '”', '\n'])
            .next()
            .unwrap_or("");
        let indefinite = (phrase.split_whitespace().rev().take(4)).any(|w| among(w, INDEFINITES));
        // "the prime minister's spokesman": somebody's, unnamed.
        let owned = phrase.split_whitespace().next_back().is_some_and(|w| {
            w.ends_with("'s") || w.ends_with("’s") || among(w, &["his", "her", "their", "its"])
        });
        whole_word && (indefinite || owned) && !named
    })
}

/// "A witness", "Another shopper, who asked not to be named": a source that introduces one
/// person the copy does not name, as written up to its comma or relative clause.
fn unnamed_person<'t>(text: &'t str, source: Span, mentions: &[NamedMention]) -> Option<&'t str> {
    let head = before_relative_clause(source.slice(text));
    let whole_head = head.split(',').next().unwrap_or(head).trim_end();
    // "One paramedic from Geelong": where the person is from names nobody; nor does whom
    // they speak for, "A spokeswoman for the council".
    // "A resident of Qarsin": where the person is from, when it is named.
    let of_place = (whole_head.find(" of ")).filter(|&at| {
        whole_head[at + 4..].starts_with(char::is_uppercase)
            && whole_head[..at]
                .split(' ')
                .skip(1)
                .all(|w| w.starts_with(char::is_lowercase))
    });
    let head = [" from ", " in ", " at ", " near ", " for "]
        .iter()
        .filter_map(|preposition| {
            (whole_head.find(preposition)).filter(|&at| {
                // "A nurse at the Mthombo Community Health Centre" too; and any place after
                // an article and a noun with lower-case modifiers or an age, "A nurse in the
                // emergency department", "One 15-year-old pupil at the school".
                let place = &whole_head[at + preposition.len()..];
                let place = place.strip_prefix("the ").unwrap_or(place);
                let mut described = whole_head[..at].split(' ').skip(1).peekable();
                place.starts_with(char::is_uppercase)
                    || (described.peek().is_some()
                        && described.all(|w| {
                            w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                        }))
            })
        })
        .chain(of_place)
        .min()
        .map_or(whole_head, |at| &whole_head[..at]);
    // "The principal of a large primary school, who asked not to be named": somebody picked
    // out by what they belong to, itself unnamed, is one person as "A principal" is; so is
    // "One mother of a Pinewood second-grader", whose head is "mother", not the child; and
    // "The father of one of the missing climbers", one of several, named or not.
    let of_one = (head.split(' ').next())
        .filter(|article| among(article, &["the", "a", "an", "another", "one"]))
        .and_then(|_| {
            [" of a ", " of an ", " of one of "]
                .iter()
                .filter_map(|of| head.find(of))
                .min()
        });
    let head = of_one.map_or(head, |at| &head[..at]);
    let place = Span::new(source.start + head.len(), source.start + whole_head.len());
    let mut words = head.split(' ');
    // "That teacher, who spoke on condition of anonymity, said": the demonstrative the
    // reporting frame left out of the source points back at somebody unnamed too.
    let demonstrative = demonstrative_before(text, source.start);
    let article = match demonstrative {
        Some(at) => text[at..source.start].trim_end(),
        None => words.next()?,
    };
    let noun = words.next_back()?;
    let in_source = || {
        mentions
            .iter()
            .skip(mentions.partition_point(|m| m.span.end <= source.start))
            .take_while(|m| m.span.start < source.end)
    };
    // "An RFS spokeswoman", "A Harwell spokeswoman": an organisation's name before the noun
    // says whose, and names nobody.
    let noun_start = source.start + head.len() - noun.len();
    let whose =
        |m: &NamedMention| m.label == MentionLabel::Organisation && m.span.end <= noun_start;
    // "a spokeswoman, Anna Richardson White": named in apposition; but not "A survivor, a
    // trader from Kesra", where a place in the description says where they are from.
    let from_a_place = |m: &NamedMention| {
        let before = text[source.start..m.span.start.max(source.start)].trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        [" from", " in", " at", " near"]
            .iter()
            .any(|p| before.ends_with(p))
    };
    let described = |m: &NamedMention| m.label == MentionLabel::Misc && m.span.end <= noun_start;
    let named = in_source()
        .any(|m| !whose(m) && !described(m) && !place.contains_span(m.span) && !from_a_place(m));
    let mut word_start = source.start
        + if demonstrative.is_some() {
            0
        } else {
            article.len() + 1
        };
    let modifiers = words.all(|word| {
        let start = word_start;
        word_start += word.len() + 1;
        // "One 15-year-old pupil": an age is a modifier too.
        word.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
            || in_source().any(|m| {
                // "A senior Republican aide": a party or a nationality describes the person.
                (whose(m) || m.label == MentionLabel::Misc)
                    && m.span.start <= start
                    && start < m.span.end
            })
    });
    // Not the agent of a passive, "Herman Cain was asked by a caller why …", nor the subject
    // of a clause that sets the scene, "When a journalist suggested …, she shrugged": the
    // pronoun is the person the sentence is about.
    // The word before may open its paragraph: "…\n\nWhen a reporter asked".
    let agent = text[..demonstrative.unwrap_or(source.start)]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|word| {
            among(
                word,
                &[
                    "by", "from", "to", "of", "for", "with", "when", "as", "after", "while", "if",
                    "because", "since", "before", "until", "although", "though", "once",
                ],
            )
        });
    // One person: an indefinite article and a noun that is no plural, "A witness", "One
    // resident", "A member of the public"; not "Some shoppers", "A group of residents". So is
    // the writer's own acquaintance, "My neighbour", "Our landlord": "he" or "she" cannot be
    // the writer, as it can be the owner of "his aide". So is somebody's kin, "the man's son",
    // "her husband", whose gender the pronoun must fit, not the owner's.
    let indefinite = among(article, &["a", "an", "another", "one", "my", "our"])
        || demonstrative.is_some()
        || among(article, &["that", "this"]);
    let kin = || {
        let owned = among(article, &["his", "her", "their"])
            || article.eq_ignore_ascii_case("the")
                && head.split(' ').nth(1).is_some_and(|owner| {
                    owner.ends_with("'s") || owner.ends_with("’s") || owner.ends_with("s'")
                });
        // "Her solicitor", "the victim's lawyer": somebody's, of no gender the noun tells (no
        // paper, "her statement"). After "his" or "her", only a pronoun of the other gender
        // than the owner's can be them (see `owner_differs`).
        owned && (Gender::of_role(noun).is_some() || !is_document(noun))
    };
    ((indefinite || of_one.is_some() || kin())
        && modifiers
        && !is_body_noun(noun)
        && noun.starts_with(char::is_lowercase)
        && !ends_in_single_s(noun)
        && !named
        && !agent)
        .then_some(head)
}

/// Where "That" or "This" opens a sentence right before `start`, the start of a source the
/// reporting frame began after the demonstrative (which it may take for a conjunction): "That
/// teacher, who …, said".
fn demonstrative_before(text: &str, start: usize) -> Option<usize> {
    let before = text[..start].strip_suffix(' ')?;
    let word = ["That", "This"]
        .into_iter()
        .find(|word| before.ends_with(word))?;
    let at = before.len() - word.len();
    let opens = text[..at].trim_end_matches([' ', '\t']);
    let closed = opens.trim_end().trim_end_matches(['"', '”', '’', '\'']);
    (opens.trim().is_empty() || opens.ends_with('\n') || closed.ends_with(['.', '!', '?']))
        .then_some(at)
}

/// Bodies a building or a place of work names, beside [`ORGANISATION_NOUNS`] and
/// [`INSTITUTION_NOUNS`]: "A museum in Oban has expressed interest" introduces nobody "he" or
/// "the ferryman" could be.
const BODY_NOUNS: &[&str] = &[
    "museum",
    "gallery",
    "library",
    "school",
    "college",
    "university",
    "hospital",
    "church",
    "theatre",
    "theater",
    "trust",
    "foundation",
    "institute",
];

/// The report whose source and cue lie inside a direct attribution by "according to", the
/// speaker of its words: "“…,” Hale said, according to a transcript of the show". Reports
/// come in order of their content's start, the inner one first.
fn report_inside_according_to<'a>(
    text: &str,
    attribution: &Attribution,
    earlier: &'a [Attribution],
) -> Option<&'a Attribution> {
    let cue = attribution.cue?;
    if !(attribution.direct && is_according_to(cue.slice(text))) {
        return None;
    }
    let inside = |span: Option<Span>| span.is_some_and(|s| attribution.content.contains_span(s));
    (earlier.iter().rev())
        .take_while(|inner| inner.content.start >= attribution.content.start)
        .find(|inner| inside(inner.source) && inside(inner.cue) && inner.speaker.is_some())
}

/// Whether an unnamed source's noun names a body, not a person: "A museum", "A local charity".
pub(crate) fn is_body_noun(noun: &str) -> bool {
    [ORGANISATION_NOUNS, INSTITUTION_NOUNS, BODY_NOUNS]
        .iter()
        .any(|nouns| among(noun, nouns))
}

/// "The European Space Agency and NASA said", "Moore, Washington and Banks said", "Amazon and
/// Apple both announced": a source that is nothing but names of people or organisations
/// joined by "and" and commas speaks for all of them, "European Space Agency and NASA".
fn joint_speaker(text: &str, head: Span, mentions: &[NamedMention]) -> Option<String> {
    let named = |m: &NamedMention| {
        matches!(m.label, MentionLabel::Person | MentionLabel::Organisation)
            && head.contains_span(m.span)
    };
    let in_order = mentions
        .windows(2)
        .all(|p| p[0].span.end <= p[1].span.start);
    if mentions.len() < 2 || !mentions.iter().all(named) || !in_order {
        return None;
    }
    let gap = |from: usize, to: usize| text[from..to].trim();
    let opens = matches!(gap(head.start, mentions[0].span.start), "" | "The" | "the");
    let closes = matches!(
        gap(mentions[mentions.len() - 1].span.end, head.end),
        "" | "both" | "all"
    );
    let last_join = mentions.len() - 2;
    let joined = mentions.windows(2).enumerate().all(|(i, pair)| {
        let between = gap(pair[0].span.end, pair[1].span.start);
        let between = between.strip_suffix(" the").unwrap_or(between);
        match i == last_join {
            true => matches!(between, "and" | ", and" | "&"),
            false => between == ",",
        }
    });
    if !(opens && closes && joined) {
        return None;
    }
    let names: Vec<&str> = mentions.iter().map(|m| m.canonical).collect();
    let (last, rest) = names.split_last()?;
    Some(format!("{} and {last}", rest.join(", ")))
}

/// People's genders as their titles tell them, "Mr Okafor", "Ms. Kim", or their given names,
/// "Christine Henson": `None` where these disagree. One pass over the mentions.
fn titled_genders<'a>(
    text: &str,
    mentions: &[NamedMention<'a>],
) -> HashMap<&'a str, Option<Gender>> {
    let mut genders = HashMap::default();
    for m in mentions.iter().filter(|m| m.label == MentionLabel::Person) {
        // The title before the mention, or the mention's own first word; or a noun of kin or
        // office right before it, a comma between allowed.
        let before = text[..m.span.start].trim_end();
        // A quotation or a bracket may open right before the title: "“Mr. Vail has told …".
        let title_before = (before.rsplit(char::is_whitespace).next().unwrap_or(""))
            .trim_start_matches(|c: char| !c.is_alphanumeric());
        let own_first = m.span.slice(text).split(' ').next().unwrap_or("");
        let role_before = title_before.strip_suffix(',').unwrap_or(title_before);
        let gender = Gender::of_title(title_before)
            .or_else(|| Gender::of_title(own_first))
            .or_else(|| Gender::of_role(role_before));
        learn_gender(&mut genders, m.canonical, gender);
        // A given name needs a surname after it: "Christine" alone may be a surname.
        if let Some((given, _)) = m.canonical.split_once(' ') {
            learn_gender(&mut genders, m.canonical, Gender::of_given_name(given));
        }
    }
    // "Patrick Delaney KC … Delaney suggested": a surname the entity layer keeps apart from the
    // full name has the full name's given name's gender; husband and wife, "Walter Fenwick"
    // and "Dolores Fenwick", leave a bare "Fenwick" unknown.
    let surnames: rustc_hash::FxHashSet<&str> = (mentions.iter())
        .filter(|m| m.label == MentionLabel::Person && !m.canonical.contains(' '))
        .map(|m| m.canonical)
        .filter(|surname| !genders.contains_key(surname))
        .collect();
    // One pass over the words of the full names, so the cost is linear in the names.
    let surname_genders: Vec<(&str, Gender)> = (genders.keys())
        .filter_map(|name| {
            let (given, rest) = name.split_once(' ')?;
            Some((rest, Gender::of_given_name(given)?))
        })
        .flat_map(|(rest, gender)| rest.split(' ').map(move |word| (word, gender)))
        .filter(|(word, _)| surnames.contains(word))
        .collect();
    for (surname, gender) in surname_genders {
        learn_gender(&mut genders, surname, Some(gender));
    }
    genders
}

/// Records what a title or a given name says of a person's gender; a contradiction leaves it
/// unknown.
fn learn_gender<'a>(
    genders: &mut HashMap<&'a str, Option<Gender>>,
    canonical: &'a str,
    gender: Option<Gender>,
) {
    let Some(gender) = gender else {
        return;
    };
    let known = genders.entry(canonical).or_insert(Some(gender));
    if *known != Some(gender) {
        *known = None;
    }
}

/// The name the report just before `source` (in its paragraph or the one before) has as its
/// source, written bare, when the entity layer took it for a person whom nothing shows to be
/// one: no given name, no title or noun of kin. "In a statement, Hearthline said it was … ¶
/// “…,” the company said" is Hearthline; "Okafor said … ¶ “…,” the company said" after "Mr
/// Okafor" is not him.
fn body_taken_for_person<'m>(
    text: &str,
    source: Span,
    previous: Option<&Attribution>,
    mentions: &[NamedMention<'m>],
    genders: &HashMap<&str, Option<Gender>>,
) -> Option<&'m str> {
    let reported_by = previous?.source?;
    let between = text.get(reported_by.end..source.start)?;
    if between.matches("\n\n").count() > 1 {
        return None;
    }
    let at = mentions.partition_point(|m| m.span.end <= reported_by.start);
    let mention = mentions
        .get(at)
        .filter(|m| m.span.start <= reported_by.start && m.span.end >= reported_by.end)?;
    let first_word = mention.canonical.split(' ').next().unwrap_or("");
    (mention.label == MentionLabel::Person
        && Pronoun::of(reported_by.slice(text)).is_none()
        && !is_given_name(first_word)
        && genders.get(mention.canonical).is_none_or(Option::is_none))
    .then_some(mention.canonical)
}

/// The organisation that opens `content` as its subject, perhaps after "The": "Hartmoor
/// Brewing will close …".
fn organisation_opening<'m>(
    text: &str,
    content: Span,
    mentions: &[NamedMention<'m>],
) -> Option<&'m str> {
    let at = mentions.partition_point(|m| m.span.start < content.start);
    let mention = mentions.get(at)?;
    let before = text.get(content.start..mention.span.start)?.trim();
    (mention.label == MentionLabel::Organisation
        && (before.is_empty() || before.eq_ignore_ascii_case("the")))
    .then_some(mention.canonical)
}

/// Honorifics a person's mention may leave out: "The company's chairman, Sir Anthony Blake".
const HONORIFICS: &[&str] = &[
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Dr",
    "Dr.",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Professor",
];

/// "The prime minister said", "the chairman said": the last person the copy gave that title
/// before, "Prime Minister Ann Doyle", "Chief executive Olivia Marchetti", "Ann Doyle, the prime
/// minister,", "The local MP, Gareth Lyle". Only a source of "the" and up to three words with no
/// name among them.
///
/// `memo` keeps, per title, how far the mentions have been read and the last that holds it:
/// sources come in text order, so each mention is read once per title, not once per source
/// ("according to the Kremlin" in every paragraph of a long file read all the mentions before
/// it each time).
fn titled_person<'m>(
    text: &str,
    head: Span,
    mentions: &[NamedMention<'m>],
    memo: &mut HashMap<String, (usize, Option<usize>)>,
) -> Option<&'m str> {
    let source = head.slice(text);
    let title = source
        .get(..4)
        .filter(|the| the.eq_ignore_ascii_case("the "))
        .and_then(|_| source.get(4..))?;
    let words = title.split(' ').count();
    if words > 3
        || !title.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
        || organisation_description(source).is_some()
    {
        return None;
    }
    // The title's whole words end the phrase, and head it: not "the Clinton campaign" of "an
    // adviser to the Clinton campaign, Minyon Moore".
    let heads = |phrase: &str, set_off: bool| {
        let phrase = without_portfolio(phrase, title);
        let Some(rest) = phrase
            .len()
            .checked_sub(title.len())
            .filter(|&at| phrase.is_char_boundary(at))
            .filter(|&at| phrase[at..].eq_ignore_ascii_case(title))
            .map(|at| &phrase[..at])
            .or_else(|| before_short_title(phrase, title))
        else {
            return false;
        };
        if rest.ends_with(|c: char| c.is_alphanumeric()) {
            return false;
        }
        // Within its line: a paragraph before ends the clause whatever its last mark.
        let line = &rest[rest.rfind('\n').map_or(0, |i| i + 1)..];
        let mut words = line.split_whitespace().rev().peekable();
        // "Vice President Joseph Biden" is not "the president", nor is "former president Bill
        // Clinton".
        if words.peek().is_some_and(|w| among(w, ROLE_CHANGERS)) {
            return false;
        }
        // Back over its modifiers to the clause's start: "of" makes the title another noun's
        // complement, "Secretary of State", "the authors of the report", and so does any
        // preposition before its determiner, "an adviser to the campaign".
        let mut determined = false;
        for word in words.take_while(|w| !w.ends_with(CLAUSE_ENDS)) {
            if among(word, TITLE_PREPOSITIONS) {
                return !determined && !word.eq_ignore_ascii_case("of");
            }
            determined |= among(word, &["the", "a", "an", "its", "his", "her", "their"])
                || word.ends_with("'s")
                || word.ends_with("’s");
        }
        // Set off by a comma, the title is a noun phrase of its own, "The local MP, Gareth
        // Lyle", not the end of a clause, "In the July 9 cable, Stevens reported".
        determined || !set_off
    };
    let before_source = mentions.partition_point(|m| m.span.end <= head.start);
    let (read, holder) = memo.entry(title.to_ascii_lowercase()).or_insert((0, None));
    if *read > before_source {
        // A source before the last one asked (sources overlap rarely): read again.
        (*read, *holder) = (0, None);
    }
    let found = (*read..before_source)
        .rev()
        // Not a day the tagger took for a name, "released an ad Monday".
        .filter(|&i| {
            let m = &mentions[i];
            m.label == MentionLabel::Person
                && !(calendar::WEEKDAYS.iter())
                    .any(|day| m.span.slice(text).eq_ignore_ascii_case(day))
        })
        .find(|&i| {
            let m = &mentions[i];
            // "Prime Minister Ann Doyle", "The local MP, Gareth Lyle", "chairman, Sir Anthony".
            // On the name's line only: a standfirst that ends "says the Larder Trust" gives the
            // byline under it no title.
            let mut before = text[..m.span.start].trim_end();
            let same_line = !text[before.len()..m.span.start].contains('\n');
            if let Some(honorific) = HONORIFICS.iter().find(|h| before.ends_with(*h)) {
                before = before[..before.len() - honorific.len()].trim_end();
            }
            let set_off = before.ends_with(',');
            let before = before.strip_suffix(',').unwrap_or(before).trim_end();
            // "Ann Doyle, the prime minister,": an apposition up to its comma or full stop.
            let after = text[m.span.end..].strip_prefix(", ").unwrap_or("");
            let apposition = &after[..after.find([',', '.', ';', '\n']).unwrap_or(after.len())];
            let determined = apposition
                .split(' ')
                .next()
                .is_some_and(|d| ["the", "a", "an"].contains(&d));
            // A possessive only where the title stands right before it, "Gov. Raymond Ashby's
            // desk": "Since last week's poll, Trump's standing improved" gives Trump no "poll".
            if opens_with_possessive(&text[m.span.end..]) {
                return same_line && !set_off && heads(before, false);
            }
            same_line && heads(before, set_off) || determined && heads(apposition, true)
        });
    *read = before_source;
    *holder = found.or(*holder);
    holder.map(|i| mentions[i].canonical)
}

/// The person a title stands for when the copy gives that title to nobody (`titled_person`
/// found none): "the Prime Minister", capitalised, opening the sentence right after one whose
/// subject is a person, "Helen Caddick stood by her housing minister … ¶ The Prime Minister
/// told MPs …". The same sentence's other names are no holder: "as Labour accused Julian
/// Penhallow" is only whom the subject is set against.
fn office_of_subject_before<'m>(
    text: &str,
    head: Span,
    mentions: &[NamedMention<'m>],
) -> Option<&'m str> {
    let source = head.slice(text);
    let title = source
        .strip_prefix("the ")
        .or_else(|| source.strip_prefix("The "))?;
    let office = title.rsplit(' ').next()?;
    let is_office = OFFICES.iter().any(|o| {
        !o.ends_with('.') && !matches!(*o, "Vice" | "Prime") && o.eq_ignore_ascii_case(office)
    });
    // Capitalised, the title is the office's one holder, as British copy writes it; "the
    // chairman" after "Ann Doyle toured the plant" may be anybody's.
    if title.split(' ').count() > 3
        || !title.split(' ').all(|w| w.starts_with(char::is_uppercase))
        || !is_office
        || !title.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
        || title.split(' ').any(|w| among(w, ROLE_CHANGERS))
    {
        return None;
    }
    let look_back = look_back_start(text, head.start);
    let before = text[look_back..head.start].trim_end();
    let previous = before.strip_suffix(['.', '!', '?'])?;
    // A sentence the look-back cut short has no subject to read.
    let sentence_start = match previous.rfind(['.', '!', '?', '\n']) {
        Some(at) => at + 1,
        None if look_back == 0 => 0,
        None => return None,
    };
    let sentence = previous[sentence_start..].trim_start();
    // The name opens the sentence: "Vice President Ann Doyle spoke" gave her another title.
    let name = subject_of_sentence(sentence).filter(|name| sentence.starts_with(name))?;
    // The sentence is a slice of `text`: where it starts is where its bytes are.
    let start = sentence.as_ptr() as usize - text.as_ptr() as usize;
    let name_start = start + (name.as_ptr() as usize - sentence.as_ptr() as usize);
    let at = mentions.partition_point(|m| m.span.end <= name_start);
    mentions
        .get(at)
        .filter(|m| {
            m.label == MentionLabel::Person
                && m.span.start == name_start
                && m.span.end == name_start + name.len()
        })
        .map(|m| m.canonical)
}

/// The words that introduce one person unnamed: "a spokesman", "one councillor".
const INDEFINITES: &[&str] = &["a", "an", "another", "one"];

/// Whether `word` is one of `list`, in any case.
fn among(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Words that make a title in front of them another noun's complement ("a spokesman for the
/// campaign").
const TITLE_PREPOSITIONS: &[&str] = &[
    "of", "for", "to", "at", "in", "with", "from", "on", "by", "about", "against", "behind",
    "under", "over", "into", "since", "after", "before", "during", "until",
];

/// The marks that end the clause a title may stand in: "… promise.” The company's chairman".
const CLAUSE_ENDS: &[char] = &[',', '.', ';', ':', '!', '?', '"', '”', '(', ')'];

/// Titles written short before a name, with the title they stand for: "Gov. Raymond Ashby" is
/// "the governor".
const TITLE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Gov.", "governor"),
    ("Sen.", "senator"),
    ("Rep.", "congressman"),
    ("Rep.", "congresswoman"),
    ("Gen.", "general"),
    ("Col.", "colonel"),
    ("Capt.", "captain"),
    ("Sgt.", "sergeant"),
    ("Det.", "detective"),
    ("Insp.", "inspector"),
    ("Supt.", "superintendent"),
    ("Prof.", "professor"),
    ("Cllr", "councillor"),
    ("Cllr.", "councillor"),
];

/// `phrase` up to `title` where a portfolio follows it to the end, "said Minister" of "said
/// Minister for National Development", "Secretary" of "Secretary of State for Health": the
/// title before a name is the office's, and a portfolio names the office's field in capitals.
/// `phrase` itself when none ends it.
fn without_portfolio<'a>(phrase: &'a str, title: &str) -> &'a str {
    let mut end = phrase.len();
    let mut capitalised = false;
    for word in phrase.split(' ').rev() {
        let start = end - word.len();
        if word.starts_with(char::is_uppercase) {
            capitalised = true;
        } else if matches!(word, "for" | "of") && capitalised {
            let office = phrase[..start].trim_end();
            let ends_with_title = (office.len().checked_sub(title.len()))
                .and_then(|at| office.get(at..))
                .is_some_and(|last| last.eq_ignore_ascii_case(title));
            if ends_with_title {
                return office;
            }
            capitalised = false;
        } else if !matches!(word, "and" | "the") {
            break;
        }
        end = start.saturating_sub(1);
    }
    phrase
}

/// `phrase` before its last word where that word is `title` written short, "Gov." for
/// "governor".
fn before_short_title<'a>(phrase: &'a str, title: &str) -> Option<&'a str> {
    let word = phrase.rsplit(char::is_whitespace).next().unwrap_or(phrase);
    (TITLE_ABBREVIATIONS.iter())
        .any(|&(short, full)| word == short && full.eq_ignore_ascii_case(title))
        .then(|| &phrase[..phrase.len() - word.len()])
}

/// Words before a title that make it another role ("Vice President", "former president",
/// "Lt. Gov.").
const ROLE_CHANGERS: &[&str] = &[
    "lieutenant",
    "lt.",
    "vice",
    "deputy",
    "former",
    "ex",
    "assistant",
    "acting",
    "associate",
    "under",
    "late",
];

/// The nouns of [`organisation_description`].
const ORGANISATION_NOUNS: &[&str] = &[
    "group",
    "company",
    "firm",
    "organisation",
    "organization",
    "agency",
    "charity",
    "airline",
    "carrier",
    "retailer",
    "automaker",
    "carmaker",
    "insurer",
    "lender",
    "bank",
    "startup",
    "manufacturer",
    "club",
    "union",
    "regulator",
    "watchdog",
    "militia",
    "conglomerate",
    "developer",
    "chain",
];

/// "the company", "the group": a definite description that, in news copy, stands for an
/// organisation named before. Not "the army", "the government", "the party" or "the court": those
/// name institutions of their own that the copy need not have named; nor "the network" or "the
/// newspaper", which copy that cites one outlet about another leaves ambiguous.
/// Institutions a definite description names, beside the organisations of
/// [`ORGANISATION_NOUNS`]: "the federal energy ministry", "the provincial health department".
const INSTITUTION_NOUNS: &[&str] = &[
    "ministry",
    "department",
    "council",
    "government",
    "commission",
    "authority",
    "board",
    "committee",
    "utility",
    "federation",
    "association",
];

/// Whether a source is a definite description of a body: "The federal energy ministry", "the
/// utility", "the company", "The Bench" (a body's noun for its last word).
fn describes_a_body(source: &str) -> bool {
    let mut words = source.split_whitespace();
    let opens_with_the = words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let head = words.last().unwrap_or("");
    // In any case: "The Bench said the rule was unfair. “…,” it said." is the bench, which the
    // entity layer may take for a person.
    opens_with_the && is_a_bodys_noun(head)
}

/// Whether `word` is the noun of an organisation, an institution or a deciding body:
/// "ministry", "university", "court".
fn is_a_bodys_noun(word: &str) -> bool {
    [ORGANISATION_NOUNS, INSTITUTION_NOUNS, DECIDING_BODIES]
        .iter()
        .any(|nouns| among(word, nouns))
}

/// The name after an office "of the" one body, "Tarun Vesh" of "Leader of the Opposition Tarun
/// Vesh" or "Speaker of the House Marla Quist, who …": capitalised words all, the office's
/// last a title, the body one word and the name two, the last no body's noun ("Chairman of
/// the Federal Reserve Board" names nobody; nor can "President of the United States Joe Biden"
/// tell the body's words from the name's by their capitals).
pub(super) fn name_after_office(source: &str) -> Option<&str> {
    let head = source.split(',').next().unwrap_or(source).trim_end();
    let (office, rest) = head.split_once(" of the ")?;
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let office_words: Vec<&str> = office.split(' ').collect();
    let rest_words: Vec<&str> = rest.split(' ').collect();
    (office_words.iter().all(|w| capitalised(w))
        && office_words.last().is_some_and(|w| is_title_word(w))
        && rest_words.len() == 3
        && rest_words.iter().all(|w| capitalised(w))
        && rest_words.last().is_some_and(|last| !is_a_bodys_noun(last)))
    .then(|| &rest[rest_words[0].len() + 1..])
}

/// "Voters in the valley towns", "Residents": a plural noun, capitalised only to open the
/// sentence, and words in lower case after it; a group that a "they" after its report stands
/// for.
fn names_a_crowd(source: &str) -> bool {
    let mut words = source.split(' ');
    words.next().is_some_and(|noun| {
        ends_in_single_s(noun) && noun.chars().skip(1).all(|c| c.is_ascii_lowercase())
    }) && words.all(|w| w.chars().all(|c| c.is_ascii_lowercase()))
}

/// How many earlier reports a "they" looks back over for the unnamed person it may stand for.
const THEY_REACH: usize = 20;

/// "A former employee said … ¶ The former employee was sceptical. “…,” they said.": a singular
/// "they" in a paragraph that opens with "The" and the description a source was quoted under
/// (a singular lower-case head) stands for that source, not for the last organisation named.
fn described_one_before_they<'a>(
    text: &str,
    source: Span,
    done: &'a [Attribution],
) -> Option<&'a Attribution> {
    if !matches!(source.slice(text), "they" | "They") {
        return None;
    }
    let paragraph = &text[paragraph_start_within_reach(text, source.start)..source.start];
    let opening = paragraph.strip_prefix("The ")?;
    done.iter().rev().take(THEY_REACH).find(|report| {
        let Some(described) = report.source.map(|s| s.slice(text)) else {
            return false;
        };
        // "A former driver" or "the former driver" before, "The former driver" now.
        let Some((article, description)) = described.split_once(' ') else {
            return false;
        };
        let singular = description.rsplit(' ').next().is_some_and(|head| {
            head.chars().all(|c| c.is_ascii_lowercase()) && !ends_in_single_s(head)
        });
        ["a", "an", "the"]
            .iter()
            .any(|a| article.eq_ignore_ascii_case(a))
            && singular
            && report.speaker.is_some()
            && opening.starts_with(description)
            && opening[description.len()..].starts_with(' ')
    })
}

/// "One member of staff, who asked not to be named, said … “…,” they said.": a "they" in
/// the paragraph of a report whose source is one person described and not named ("One", "A"
/// or "An" and words in lower case, up to a relative clause) is that person, the singular
/// "they" of a source kept anonymous, not the last name before it.
fn unnamed_one_before_they<'a>(
    text: &str,
    source: Span,
    previous: Option<&'a Attribution>,
) -> Option<&'a Attribution> {
    if !matches!(source.slice(text), "they" | "They") {
        return None;
    }
    let report = previous?;
    let reported_by = report.source?;
    let described = before_relative_clause(reported_by.slice(text));
    let (article, description) = described.split_once(' ')?;
    // "One of the cleaners" is one person; "A few residents" are not.
    let one_person = (article.eq_ignore_ascii_case("one")
        || ["a", "an"].iter().any(|a| article.eq_ignore_ascii_case(a))
            && description
                .rsplit(' ')
                .next()
                .is_some_and(|head| !ends_in_single_s(head)))
        && description
            .split(' ')
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()));
    let in_its_paragraph = text
        .get(reported_by.end..source.start)
        .is_some_and(|between| !between.contains("\n\n"));
    (one_person && in_its_paragraph && report.speaker.is_some()).then_some(report)
}

/// "The communique", "The memo, sent on Friday": a source that is "the" and one singular
/// lower-case noun, up to an aside, which names no person (no title or role: "The spokesman").
fn is_unnamed_thing(source: &str) -> bool {
    let head = source.split(',').next().unwrap_or(source).trim_end();
    the_noun(head).is_some_and(|noun| {
        !noun.is_empty()
            && !ends_in_single_s(noun)
            && !is_title_word(noun)
            && Gender::of_role(noun).is_none()
    })
}

/// "The report", "the study, by …": a source that is a definite document, up to an aside.
fn names_a_document(source: &str) -> Option<&str> {
    let head = source.split(',').next().unwrap_or(source).trim_end();
    the_noun(head)
        .filter(|noun| is_document(noun))
        .map(|_| head)
}

/// Bodies that sit and decide, which copy names by the noun alone once it has said which: "The
/// tribunal was not persuaded. It found that …".
const DECIDING_BODIES: &[&str] = &[
    "tribunal", "court", "bench", "panel", "jury", "inquiry", "inquest",
];

/// "The report itself is cautious on this point. It recommends …": "It" opening a sentence
/// right after one, in its paragraph, that opens with "The" and a document ("report", "study",
/// "survey", …) or a deciding body ("The tribunal was not persuaded. It found …") stands for
/// that document or body, not for the last organisation named. A few words may describe it,
/// "The 40-page document, released on Monday, …"; and "It" opening a paragraph reads the last
/// sentence of the paragraph before. So does "it" inside a sentence that named the document
/// before, with no name between: "the threats the report lists and what it calls …".
fn document_or_body_just_before<'t>(
    text: &'t str,
    source: Span,
    mentions: &[NamedMention],
) -> Option<&'t str> {
    match source.slice(text) {
        "It" => {}
        "it" => return document_earlier_in_sentence(text, source, mentions),
        _ => return None,
    }
    let mut paragraph_start = paragraph_start_within_reach(text, source.start);
    if text[paragraph_start..source.start].trim().is_empty() && paragraph_start >= 2 {
        paragraph_start = paragraph_start_within_reach(text, paragraph_start - 2);
    }
    let before = text[paragraph_start..source.start].trim_end();
    let previous = before.strip_suffix('.')?;
    let sentence_start = previous.rfind(". ").map_or(0, |at| at + 2);
    let sentence = &previous[sentence_start..];
    let rest = sentence.strip_prefix("The ")?;
    let noun_end = the_described_noun(rest)?;
    Some(&sentence[..4 + noun_end])
}

/// How many words may describe a document before its noun: "The 40-page document".
const DOCUMENT_DESCRIPTION_WORDS: usize = 2;

/// Where the noun of a document or deciding body ends in `words` (what follows "The"): the
/// noun first, or after a few lower-case or numbered words, "40-page", "new", "final".
fn the_described_noun(words: &str) -> Option<usize> {
    let mut end = 0;
    for word in words.split(' ').take(DOCUMENT_DESCRIPTION_WORDS + 1) {
        let noun = word.trim_end_matches([',', ':', ';']);
        if is_document(noun) || among(noun, DECIDING_BODIES) {
            return Some(end + noun.len());
        }
        let describes = !noun.is_empty()
            && noun.len() == word.len()
            && noun
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !among(noun, &["of", "in", "on", "and", "or", "to", "for", "by"]);
        if !describes {
            return None;
        }
        end += word.len() + 1;
    }
    None
}

/// "Among the threats the document lists are … and what it calls “…”": the document the
/// sentence named before "it", by "the" and its noun, when no name comes between.
fn document_earlier_in_sentence<'t>(
    text: &'t str,
    source: Span,
    mentions: &[NamedMention],
) -> Option<&'t str> {
    let start = sentence_start_before(text, source.start);
    let sentence = &text[start..source.start];
    let at = (sentence.match_indices("the ").map(|(at, _)| at))
        .chain(sentence.match_indices("The ").map(|(at, _)| at))
        .filter(|&at| at == 0 || sentence[..at].ends_with(' '))
        .filter_map(|at| the_described_noun(&sentence[at + 4..]).map(|end| (at, at + 4 + end)))
        .max_by_key(|&(at, _)| at)?;
    let (from, to) = (start + at.0, start + at.1);
    let first = mentions.partition_point(|m| m.span.start < to);
    let named_between = (mentions[first..].iter())
        .take_while(|m| m.span.start < source.start)
        .any(|m| m.label != MentionLabel::Location);
    (!named_between).then(|| &text[from..to])
}

/// The noun of "the council", "The ministry": one lower-case word after the article.
fn the_noun(source: &str) -> Option<&str> {
    after_the(source).filter(|noun| noun.chars().all(|c| c.is_ascii_lowercase()))
}

/// What follows a leading "the " or "The ", if the words open with it.
fn after_the(words: &str) -> Option<&str> {
    words
        .get(..4)
        .filter(|the| the.eq_ignore_ascii_case("the "))
        .and_then(|_| words.get(4..))
}

/// The canonical name of the last organisation in `mentions` whose name has `noun` for its
/// head, the last word before any "of", "for" or "on": "Highland Council" for "council",
/// "Commission on Presidential Debates" for "commission"; not "the research" for "Institute for
/// Climate Impact Research", nor a plural, "the standards". Not "the group" or "the network",
/// which name a kind as often as a company ("UnitedHealth Group", "Dish Network").
fn organisation_named_with<'m>(
    text: &str,
    noun: &str,
    mentions: &[NamedMention<'m>],
) -> Option<&'m str> {
    if noun.ends_with('s') || matches!(noun, "group" | "network") {
        return None;
    }
    let head = |name: &str| {
        (name.split(' '))
            .take_while(|word| !matches!(*word, "of" | "for" | "on"))
            .last()
            .is_some_and(|word| word.eq_ignore_ascii_case(noun))
    };
    (mentions.iter().rev())
        .filter(|m| m.label == MentionLabel::Organisation)
        .find(|m| head(m.span.slice(text)))
        .map(|m| m.canonical)
}

/// The canonical name of the last organisation `mentions` (those before the source) name from
/// `paragraph_start` (the source's paragraph's), when its name's last word is no institution's
/// noun: "Halvard Systems", not "Commerce Ministry", for "the company". (PolNeAR train: 6
/// speakers of "the company", "the airline", "the group" right where none or another was.)
fn organisation_in_paragraph<'m>(
    text: &str,
    paragraph_start: usize,
    mentions: &[NamedMention<'m>],
) -> Option<&'m str> {
    // Not the agent of a passive or what a noun belongs to: "Ameriquest was sued by the
    // NAACP … the company agreed", "Alphabet, the parent company of Google, … The company
    // reported" (PolNeAR train); nor where something came from: "Kestrel Air bought six jets
    // from Norland Aviation, the airline said" is the buyer.
    let related = |m: &NamedMention| {
        let before = text[..m.span.start].trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        matches!(
            before.rsplit(char::is_whitespace).next(),
            Some("by" | "of" | "from")
        )
    };
    let last = (mentions.iter().rev())
        .take_while(|m| m.span.start >= paragraph_start)
        .find(|m| m.label == MentionLabel::Organisation && !related(m))?;
    let head = last.span.slice(text).rsplit(' ').next().unwrap_or("");
    // Nor a university or a hospital: "… ads centred on the now-defunct Trump University. The
    // group also plans …" is the fund, not the university (PolNeAR train).
    let institution = [INSTITUTION_NOUNS, BODY_NOUNS]
        .iter()
        .any(|nouns| among(head, nouns));
    (!institution).then_some(last.canonical)
}

fn organisation_description(source: &str) -> Option<&'static str> {
    let noun = source
        .get(..4)
        .filter(|the| the.eq_ignore_ascii_case("the "))
        .and_then(|_| source.get(4..))?;
    ORGANISATION_NOUNS
        .iter()
        .find(|n| noun.eq_ignore_ascii_case(n))
        .copied()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pronoun {
    /// he, she, I, who
    Person,
    /// it, which
    Thing,
    /// that
    Any,
    /// we, they: a body or a group, never one named person. "We" speaks for a body's members,
    /// or is the newspaper ("We spoke to her about prices" is the reporter, not the woman named
    /// before); "Voters here feel ignored. They have stopped believing …" is not the pollster
    /// quoted a paragraph before. A singular "they" for somebody unnamed is read from the
    /// report that described them ([`described_one_before_they`]).
    Group,
}

impl Pronoun {
    fn of(word: &str) -> Option<Pronoun> {
        // Compared in place: a lower-cased copy per source was an allocation per keystroke each.
        const PRONOUNS: &[(&str, Pronoun)] = &[
            ("he", Pronoun::Person),
            ("she", Pronoun::Person),
            ("i", Pronoun::Person),
            ("him", Pronoun::Person),
            ("who", Pronoun::Person),
            ("it", Pronoun::Thing),
            ("which", Pronoun::Thing),
            ("they", Pronoun::Group),
            ("we", Pronoun::Group),
            ("that", Pronoun::Any),
        ];
        (PRONOUNS.iter())
            .find(|(pronoun, _)| word.eq_ignore_ascii_case(pronoun))
            .map(|&(_, pronoun)| pronoun)
    }

    fn accepts(self, label: MentionLabel) -> bool {
        match self {
            Pronoun::Person => label == MentionLabel::Person,
            Pronoun::Thing | Pronoun::Group => {
                matches!(label, MentionLabel::Organisation | MentionLabel::Misc)
            }
            Pronoun::Any => label != MentionLabel::Location,
        }
    }
}

/// Capitalised words that are not part of a name: titles before it, and words that open
/// sentences.
fn is_no_name(word: &str) -> bool {
    OFFICES.contains(&word) || TITLES.contains(&word)
}

/// Capitalised titles of an office, which a portfolio or an employer may precede: "Transport
/// Minister", "Trump Campaign Chairman".
const OFFICES: &[&str] = &[
    "President",
    "Vice",
    "Sen.",
    "Senator",
    "Rep.",
    "Representative",
    "Gov.",
    "Governor",
    "Secretary",
    "Minister",
    "Prime",
    "Chancellor",
    "Mayor",
    "Judge",
    "Justice",
    "Speaker",
    "Chairman",
    "Chairwoman",
];

/// The other capitalised words that are not part of a name: honorifics, and words that open
/// sentences.
const TITLES: &[&str] = &[
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Prof.",
    "Gen.",
    "Former",
    "The",
    "A",
    "An",
    "According",
    // Capitalised at the start of a sentence, but no name.
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "Or",
    "So",
    "In",
    "On",
    "At",
    "For",
    "With",
    "From",
    "By",
    "After",
    "Before",
    "When",
    "While",
    "As",
    "If",
    "Although",
    "Though",
    "Because",
    "Since",
    "During",
    "Then",
    "There",
    "Here",
    "What",
    "Who",
    "Still",
    // Quantities that open a sentence: "Hundreds of bakers said …" names nobody.
    "Hundreds",
    "Thousands",
    "Dozens",
    "Millions",
    "Also",
    "Now",
    "However",
    "Meanwhile",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Speakers from the text alone: the name in the source, its longest form seen so far
/// ("Putin" → "Vladimir Putin"), the nearest speaker before a pronoun, or the source as written
/// ("the document").
pub fn name_speakers(text: &str, attributions: &mut [Attribution]) {
    let mut order: Vec<usize> = (0..attributions.len())
        .filter(|&i| attributions[i].source.is_some())
        .collect();
    order.sort_by_key(|&i| attributions[i].source.map(|s| s.start));
    let mut full_names: HashMap<String, (String, bool)> = HashMap::default();
    let mut last_person: Option<String> = None;
    let mut last_thing: Option<String> = None;
    for index in order {
        let Some(source) = attributions[index].source else {
            continue;
        };
        let written = source.slice(text);
        let speaker = match Pronoun::of(written) {
            Some(pronoun) => {
                let named_just_before = matches!(written, "who" | "which" | "that")
                    .then(|| name_before(text, source.start))
                    .flatten()
                    .map(|name| longest_form(&mut full_names, name));
                // "a standoff that had threatened to …", "objections from residents who say
                // …": the relative pronoun's noun, not the last person named.
                let antecedent = matches!(written, "who" | "which" | "that")
                    .then(|| antecedent_before(text, source.start))
                    .flatten()
                    .map(|phrase| match name_after_determiner(phrase) {
                        Some(name) => longest_form(&mut full_names, name),
                        None => phrase.to_owned(),
                    });
                named_just_before.or(antecedent).or(match pronoun {
                    Pronoun::Person => match written {
                        "he" | "He" | "she" | "She" => {
                            name_over_narration_before(text, source.start)
                        }
                        _ => name_in_sentences_before(text, source.start),
                    }
                    .map(|name| longest_form(&mut full_names, name))
                    .or(last_person.clone()),
                    Pronoun::Thing => last_thing.clone().or(last_person.clone()),
                    Pronoun::Group => last_thing.clone(),
                    Pronoun::Any => last_person.clone().or(last_thing.clone()),
                })
            }
            // "Leonard Burman, director of the Tax Policy Center": the name before the apposition.
            // "An article on 12 October about the closure of …": not what the source is about.
            None => match (before_topic(written).split_once(','))
                .and_then(|(head, _)| proper_name(before_relation(head)))
                .or_else(|| {
                    proper_name(before_relation(before_topic(before_relative_clause(
                        written,
                    ))))
                })
                .filter(|name| !COUNTS.contains(name))
            {
                Some(name) => {
                    let name = longest_form(&mut full_names, name);
                    last_person = Some(name.clone());
                    Some(name)
                }
                None => {
                    let thing = before_topic(before_relative_clause(written))
                        .trim()
                        .to_owned();
                    // "the 52-year-old said": a person, whom a later "it" does not stand for.
                    if !is_epithet(text, source) {
                        last_thing = Some(thing.clone());
                    }
                    Some(thing)
                }
            },
        };
        attributions[index].speaker = speaker;
    }
}

/// A count that opens a source, "One of them, who asked not to be named, said", "Some of the
/// residents say": no name, the source as written is the speaker. (Only for the source's own
/// name: in a sentence read for a pronoun's antecedent, the bare word leaves the search to the
/// entity mentions, as it should: "Many of Trump’s assertions since he declared …".)
const COUNTS: &[&str] = &[
    "One", "Two", "Three", "Some", "Many", "Most", "Several", "Each", "Both", "All", "None", "Half",
];

/// A source up to what it is about: "An article on 12 October" of "An article on 12 October
/// about the closure of the Riverside Theatre"; "about" before a figure is "some".
fn before_topic(source: &str) -> &str {
    let about = (source.match_indices(" about "))
        .map(|(at, _)| at)
        .find(|&at| !source[at + 7..].starts_with(|c: char| c.is_ascii_digit()));
    about.map_or(source, |at| &source[..at])
}

/// How far back (in bytes) a pronoun reads over paragraphs that go on speaking of its person.
const PRONOUN_CHAIN_REACH: usize = 2000;

/// The name in the nearest sentence before `offset` that has one, the pronoun's own sentence
/// first ("Foreign Minister Sergei Lavrov arrived late. He said …"); in the pronoun's sentence
/// and the one before it (sentences that "he" or "she" opens in between aside), the speaker
/// named after a quotation before any other name ([`speaker_after_quotation`]).
fn name_in_sentences_before(text: &str, offset: usize) -> Option<&str> {
    // Antecedents are near: a few sentences at most.
    let mut sentences = 0;
    text[look_back_start(text, offset)..offset]
        .rsplit(['.', '!', '?', '\n'])
        .find_map(|sentence| {
            let goes_on = sentence
                .split_whitespace()
                .next()
                .is_some_and(|first| matches!(first, "He" | "She" | "he" | "she"));
            sentences += usize::from(sentence.contains(char::is_alphabetic) && !goes_on);
            subject_of_sentence(sentence)
                .or_else(|| (sentences <= 2).then(|| speaker_after_quotation(sentence))?)
                .or_else(|| proper_name(sentence))
        })
}

/// The name "he" or "she" at `offset` stands for: as [`name_in_sentences_before`], or the
/// subject of a sentence further back over paragraphs of narration that go on speaking of one
/// person so, "MacInnes has stayed out of it. He has spent … ¶ On the crossing, he points out
/// … ¶ “…,” he says". A paragraph of remarks ends the search: whom "he" means there is the
/// quoted speaker's to say.
fn name_over_narration_before(text: &str, offset: usize) -> Option<&str> {
    name_in_sentences_before(text, offset).or_else(|| {
        let from = reach_start(text, offset, PRONOUN_CHAIN_REACH);
        // The pronoun's own paragraph first, which holds its own quotation; not one cut short
        // by the reach.
        let mut end = offset;
        for (nth, paragraph) in text[from..offset].rsplit('\n').enumerate() {
            let start = end - paragraph.len();
            end = start.saturating_sub(1);
            if start == from && from > 0 {
                return None;
            }
            let remarks = paragraph.contains(UNAMBIGUOUS_QUOTE_MARKS) || paragraph.contains("''");
            if nth > 0 && remarks {
                return None;
            }
            if let Some(name) = paragraph
                .rsplit(['.', '!', '?'])
                .find_map(subject_of_sentence)
            {
                return Some(name);
            }
            if nth > 0 && !paragraph.trim().is_empty() && !speaks_of_somebody(paragraph) {
                return None;
            }
        }
        None
    })
}

/// The name a sentence opens with as its subject, "Pryce dismissed …", or after an opening
/// clause, "Asked what he would say, Whelan smiled".
fn subject_of_sentence(sentence: &str) -> Option<&str> {
    opens_with_subject_and_verb(sentence).or_else(|| {
        // Not after a quotation's first words, "“After that day, Clinton called …”".
        let (opening, main_clause) = sentence.split_once(", ")?;
        // "As for Whitcombe, she is replanting her beans.": the person the sentence turns to is
        // the "she" after the comma, its subject.
        let topic = (opening.trim_start().strip_prefix("As for "))
            .or_else(|| opening.trim_start().strip_prefix("As to "))
            .map(str::trim_end)
            .filter(|topic| {
                proper_name(topic) == Some(*topic)
                    && (main_clause.split(' ').next()).is_some_and(|w| matches!(w, "he" | "she"))
            });
        if topic.is_some() {
            return topic;
        }
        let quoted = opening.contains(['"', '“', '”', '‘']) || opening.contains("''");
        (!quoted).then(|| opens_with_subject_and_verb(main_clause))?
    })
}

/// "“We have had problems with Moscow before,” Obama said after meeting Vladimir Putin. He did
/// not …": the speaker named right after the quotation's closing mark, before the verb of
/// saying, is the sentence's subject, whom "he" goes on speaking of, not a name in the clause
/// after the verb.
fn speaker_after_quotation(sentence: &str) -> Option<&str> {
    const CLOSINGS: &[&str] = &[",\" ", ",” ", ",'' ", "?\" ", "?” ", "!\" ", "!” "];
    let after = CLOSINGS
        .iter()
        .filter_map(|closing| sentence.find(closing).map(|at| at + closing.len()))
        .min()?;
    let rest = &sentence[after..];
    let name_end = capitalised_words_end(rest)?;
    let verb = rest[name_end..].split_whitespace().next()?;
    super::cues::is_a_verb_of_saying(verb).then(|| proper_name(&rest[..name_end]))?
}

/// Whether `text` speaks of somebody as "he" or "she".
fn speaks_of_somebody(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|word| matches!(word, "he" | "He" | "she" | "She"))
}

/// Where the last 401 chars before `offset` begin (the text's start if it is shorter). Where
/// those are ASCII (most news) the start is found without decoding them: this runs once per
/// pronoun on every keystroke.
fn look_back_start(text: &str, offset: usize) -> usize {
    const REACH: usize = 400;
    let ascii_start = offset.checked_sub(REACH + 1);
    match ascii_start.filter(|&s| text.as_bytes()[s..offset].is_ascii()) {
        Some(start) => start,
        None => text[..offset]
            .char_indices()
            .rev()
            .nth(REACH)
            .map_or(0, |(i, _)| i),
    }
}

/// The longest form of `name` seen so far, keyed by its last word: "Putin" after "Vladimir
/// Putin". A name that opens with another given name is another person of that surname ("Her
/// son, Martin Fane" after "Dolores Fane"), and the surname alone is now theirs; a capitalised
/// word that is no given name ("Was Fane happy?") is not. Once two people share the surname
/// ("Niall Corrigan", then "Tess Corrigan, no relation"), a name stays as written:
/// which of them a bare "Corrigan" is, the entity layer's grouping of that mention tells.
fn longest_form(full_names: &mut HashMap<String, (String, bool)>, name: &str) -> String {
    let key = name.rsplit(' ').next().unwrap_or(name).to_ascii_lowercase();
    let (known, shared) = full_names
        .entry(key)
        .or_insert_with(|| (name.to_owned(), false));
    let given_name = |name: &str| {
        name.split_once(' ')
            .is_some_and(|(first, _)| is_given_name(first))
    };
    let another_person = || given_name(name) && given_name(known) && !known.ends_with(name);
    let another = another_person();
    *shared |= another;
    if name.len() > known.len() || another {
        *known = name.to_owned();
    }
    // A bare surname, or a full name, stays as written; "Was Fane" (no given name) is the
    // longest form still.
    if *shared && (given_name(name) || !name.contains(' ')) {
        return name.to_owned();
    }
    known.clone()
}

/// The capitalised words right before `offset` and a comma: "Donald Trump, who said"; past an
/// age in apposition, "Noor, 47, who asked …" is Noor, not "47".
fn name_before(text: &str, offset: usize) -> Option<&str> {
    let before = text[..offset].trim_end().strip_suffix(',')?.trim_end();
    // ", 47" is at most five characters: look no further back for it.
    let near = before.char_indices().rev().nth(5).map_or(0, |(i, _)| i);
    let before = match before[near..].rsplit_once(", ") {
        Some((name, age))
            if (1..=3).contains(&age.len()) && age.bytes().all(|b| b.is_ascii_digit()) =>
        {
            before[..near + name.len()].trim_end()
        }
        _ => before,
    };
    // A name is a few words: look at the last sixty characters at most.
    let window = before.char_indices().rev().nth(60).map_or(0, |(i, _)| i);
    let clause = before[window..].rsplit([',', '.', ';', '(']).next()?;
    let name = proper_name(clause)?;
    before.ends_with(name).then_some(name)
}

/// Whether the text right after a name makes it a possessive: "Russia's new …", "Sanders’
/// campaign".
fn opens_with_possessive(after: &str) -> bool {
    after.starts_with("'s")
        || after.starts_with("’s")
        || after
            .strip_prefix(['\'', '’'])
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
}

/// The noun phrase right before a relative "who", "that" or "which" (a comma between allowed), back
/// to its determiner: "ending a standoff that …" → "a standoff". `None` when a sentence or
/// clause ends right before it.
fn antecedent_before(text: &str, offset: usize) -> Option<&str> {
    let before = text[look_back_start(text, offset)..offset].trim_end();
    let comma = before.ends_with(',');
    let before = before.strip_suffix(',').unwrap_or(before).trim_end();
    let start = phrase_start(before)?;
    // "one man carrying his shopping, who …": after a comma, the clause is about the noun a
    // participle describes, not the participle's object.
    let participle = before[..start].trim_end().rsplit(' ').next().filter(|w| {
        comma && w.len() > 4 && w.ends_with("ing") && w.starts_with(char::is_lowercase)
    });
    let start = match participle {
        Some(participle) => {
            let head = before[..start].trim_end();
            phrase_start(head[..head.len() - participle.len()].trim_end()).unwrap_or(start)
        }
        None => start,
    };
    Some(before[start..].trim_start())
}

/// Where the noun phrase that ends `before` starts, back to its determiner; `None` when a
/// sentence or clause ends right before it.
fn phrase_start(before: &str) -> Option<usize> {
    const MAX_WORDS: usize = 5;
    const NOT_IN_A_NOUN_PHRASE: &[&str] = &[
        "of", "in", "on", "at", "by", "for", "with", "to", "from", "and", "or", "but", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "who", "which", "can", "could", "will",
        "would", "should", "may", "might", "must", "do", "does", "did", "not", "how", "what",
        "why", "when", "where", "said", "says", "told", "added",
    ];
    let mut start = before.len();
    for (taken, word) in before.rsplit(' ').take(MAX_WORDS).enumerate() {
        // A line break ends it too: a heading or a byline is nobody's noun phrase. The words
        // after the break open the paragraph's phrase: "¶ Another regular, who …".
        let (word, opens_line) = match word.rsplit_once('\n') {
            Some((_, after)) => (after, true),
            None => (word, false),
        };
        let ends_clause = word.ends_with(|c: char| c.is_ascii_punctuation() && c != '\'')
            || word.ends_with(['”', '’', '—', '–']);
        let lower = word.to_lowercase();
        if word.is_empty() || ends_clause || NOT_IN_A_NOUN_PHRASE.contains(&lower.as_str()) {
            break;
        }
        start -= word.len() + usize::from(taken > 0);
        if opens_line {
            break;
        }
        if super::NOUN_PHRASE_OPENERS.contains(&lower.as_str()) || lower == "that" {
            break;
        }
    }
    (!before[start..].trim_start().is_empty()).then_some(start)
}

/// "the Chicago Police Department" → "Chicago Police Department": a noun phrase that is a name
/// but for its article. Not "the Saudi government".
fn name_after_determiner(phrase: &str) -> Option<&str> {
    let bare = phrase
        .strip_prefix("the ")
        .or_else(|| phrase.strip_prefix("The "))
        .unwrap_or(phrase);
    proper_name(bare).filter(|&name| name == bare)
}

/// Whether a name followed by `after`, within a source, is a modifier of the noun that follows
/// ("Trump supporters", "Clinton aides", "Several officials"), not the source's head.
fn modifies_a_noun(after: &str) -> bool {
    const AFTER_A_HEAD: &[&str] = &[
        "of",
        "from",
        "for",
        "at",
        "in",
        "on",
        "to",
        "with",
        "and",
        "or",
        "who",
        "which",
        "whose",
        "himself",
        "herself",
        "themselves",
        "itself",
        // A verb after the name, where a whole sentence is read for a pronoun's antecedent
        // ("Tony Dyer said …. “…,” he said").
        "said",
        "says",
        "told",
        "added",
        "wrote",
        "warned",
        "argued",
        "explained",
        "is",
        "was",
        "has",
        "had",
        "will",
        "would",
        "also",
    ];
    after.starts_with(' ')
        && after.split_whitespace().next().is_some_and(|word| {
            word.starts_with(char::is_lowercase) && !AFTER_A_HEAD.contains(&word)
        })
}

/// [`modifies_a_noun`] past other capitalised modifiers, up to three: "House" of "a House
/// Republican leadership aide" is no more the source than "Republican" is.
fn modifies_a_noun_past_capitals(after: &str) -> bool {
    let mut rest = after;
    for _ in 0..3 {
        let Some(next) = rest
            .strip_prefix(' ')
            .filter(|r| r.starts_with(|c: char| c.is_uppercase()))
        else {
            break;
        };
        let word_end = next.find(char::is_whitespace).unwrap_or(next.len());
        // "Hale Clinic, …", "Smith Jr.": a word that closes the phrase ends the modifiers.
        if next[..word_end].ends_with([',', '.', ';', ':']) {
            break;
        }
        rest = &next[word_end..];
    }
    modifies_a_noun(rest)
}

/// "Pryce dismissed the figure", "Isla remembers the winter": the name that opens a sentence,
/// before a past tense or a cue verb in the present, which is the name's verb rather than a noun
/// it modifies. Only where a whole sentence is read for a pronoun's antecedent: in a source,
/// "Democratic registered voters", "People briefed on the talks" name nobody.
fn opens_with_subject_and_verb(sentence: &str) -> Option<&str> {
    let sentence = sentence.trim_start();
    let name_end = capitalised_words_end(sentence)?;
    let verb = sentence[name_end..].split_whitespace().next()?;
    let past_tense = verb.len() > 5 && verb.ends_with("ed") && !verb.contains('-')
        // "Keller was furious that …", "MacInnes has stayed out", "Mollison did not speak at
        // the meeting": an auxiliary.
        || matches!(verb, "was" | "is" | "has" | "had" | "did" | "does" | "will" | "would")
        || IRREGULAR_PASTS.contains(&verb);
    // "Isla remembers the winter …": a cue verb in the present.
    let reports = || {
        super::cues::Lexicon::new(&[])
            .lookup(verb)
            .is_some_and(|cue| cue.form == super::cues::VerbForm::ThirdPerson)
    };
    if verb.starts_with(char::is_lowercase) && (past_tense || reports()) {
        return proper_name(&sentence[..name_end]);
    }
    // "Highlanders coach Scott Renwick cut a frustrated figure", "Labour deputy leader Ann Doyle
    // has …": the name after a title in lower case that a team or a party opens is the subject.
    let after_name = &sentence[name_end..];
    let lower_words = after_name
        .split_whitespace()
        .take_while(|w| w.starts_with(char::is_lowercase));
    let title = lower_words.take(3).last().filter(|w| is_title_word(w))?;
    let title_end = after_name.find(title)? + title.len();
    let rest = &after_name[title_end..];
    rest.trim_start()
        .starts_with(char::is_uppercase)
        .then(|| opens_with_subject_and_verb(rest))
        .flatten()
}

/// Where the capitalised words that open `text` end (none set off by a comma or owning a
/// possessive): "Pryce dismissed" → after "Pryce".
fn capitalised_words_end(text: &str) -> Option<usize> {
    text.split(' ')
        .take_while(|w| w.starts_with(char::is_uppercase) && !w.ends_with([',', '\'', '’']))
        .map(|w| w.len() + 1)
        .sum::<usize>()
        .checked_sub(1)
}

/// The person- or organisation-like name in a source: the longest run of capitalised words
/// that is not a title, not the object of a preposition ("the head of Russian diplomacy") and
/// not a possessive ("Russia's").
pub fn proper_name(source: &str) -> Option<&str> {
    /// A run of capitalised words: where it starts and ends, how many words, and whether it
    /// can be the name (not after a preposition, not a possessive).
    #[derive(Clone, Copy)]
    struct Run {
        start: usize,
        end: usize,
        words: usize,
        eligible: bool,
    }
    let source = source.split('(').next().unwrap_or(source);
    let mut best: Option<Run> = None;
    let mut run: Option<Run> = None;
    let mut previous = "";
    // Inside a department's name, which runs on over "of" and its remit's "and": "Department
    // of Health and Social Care".
    let mut in_department = false;
    let mut offset = 0;
    for word in source.split_inclusive(char::is_whitespace) {
        let start = offset;
        offset += word.len();
        let bare = word.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
        // "Russia's", and the plural's bare apostrophe: "the Clintons' foundation".
        let plural = bare
            .strip_suffix(['\'', '’'])
            .filter(|stem| stem.ends_with(['s', 'S']));
        let possessive = bare.ends_with("'s") || bare.ends_with("’s") || plural.is_some();
        let bare = plural.unwrap_or_else(|| strip_all(strip_all(bare, "'s"), "’s"));
        // "An article on 12 October": a date names nobody.
        let date = || {
            calendar::is_month(&bare.to_lowercase())
                && calendar::is_month_as_date(source, Span::new(start, start + bare.len()))
        };
        // "Channel 6 said": a number that ends the source after a name is the name's.
        let numbered = run.is_some()
            && (1..=3).contains(&bare.len())
            && bare.bytes().all(|b| b.is_ascii_digit())
            && source[offset..].trim().is_empty();
        let capitalised =
            // "Department of Justice": in a department's name a title's word is its remit.
            bare.starts_with(char::is_uppercase)
                && (in_department || !is_no_name(bare))
                && !date()
                || numbered;
        if capitalised {
            let current = run.get_or_insert(Run {
                start,
                end: start,
                words: 0,
                eligible: !matches!(previous, "of" | "for" | "at" | "in" | "from" | "to"),
            });
            current.end = start + bare.len();
            current.words += 1;
            current.eligible &= !possessive;
        }
        let bridge = run.is_some()
            && !capitalised
            && (matches!(bare, "of" | "for") && DEPARTMENT_HEADS.contains(&previous)
                || in_department && bare == "and");
        if bridge {
            in_department = true;
            previous = bare;
            continue;
        }
        // "Transport Minister Colin Abernathy's office": the words right before an office's
        // title are its portfolio or employer, no name.
        let portfolio = !in_department && OFFICES.contains(&bare);
        if !capitalised || possessive || word.trim_end().ends_with(',') {
            in_department = false;
            if let Some(finished) = run
                .take()
                .filter(|r| r.eligible && !portfolio && !modifies_a_noun(&source[r.end..]))
            {
                if best.is_none_or(|b| finished.words >= b.words) {
                    best = Some(finished);
                }
            }
        }
        // "in The Hague": the article leaves the preposition in force.
        if !matches!(bare, "The" | "A" | "An") {
            previous = bare;
        }
    }
    if let Some(finished) = run.filter(|r| r.eligible) {
        if best.is_none_or(|b| finished.words >= b.words) {
            best = Some(finished);
        }
    }
    best.map(|r| &source[r.start..r.end])
}

/// `text.trim_end_matches(suffix)` without building a substring searcher on every call (this
/// runs for every word of every source, on every keystroke).
fn strip_all<'a>(mut text: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = text.strip_suffix(suffix) {
        text = rest;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_look_back_starts_401_chars_back_in_any_script() {
        for text in ["Ab. ".repeat(150), "Ab. é ".repeat(120), "éé".repeat(300)] {
            for offset in (0..=text.len()).filter(|&o| text.is_char_boundary(o)) {
                let decoded = text[..offset].char_indices().rev().nth(400);
                assert_eq!(
                    look_back_start(&text, offset),
                    decoded.map_or(0, |(i, _)| i),
                    "{offset}"
                );
            }
        }
    }

    #[test]
    fn names_in_sources() {
        assert_eq!(
            proper_name("the head of Russian diplomacy, Sergei Lavrov"),
            Some("Sergei Lavrov")
        );
        assert_eq!(
            proper_name("Stein spokeswoman Melezia Figueroa"),
            Some("Melezia Figueroa")
        );
        assert_eq!(
            proper_name("President Vladimir Putin"),
            Some("Vladimir Putin")
        );
        assert_eq!(
            proper_name("Russia's new Foreign Policy Concept"),
            Some("Foreign Policy Concept")
        );
        assert_eq!(proper_name("Gov. Mike Pence (R-IN)"), Some("Mike Pence"));
        assert_eq!(
            proper_name("Transport Minister Colin Abernathy's office"),
            None
        );
        assert_eq!(proper_name("Health Secretary Ann Doyle"), Some("Ann Doyle"));
        assert_eq!(proper_name("the document"), None);
        assert_eq!(proper_name("The court in The Hague"), None);
        assert_eq!(proper_name("A reporter for USA Today"), None);
        assert_eq!(proper_name("Channel 6"), Some("Channel 6"));
        assert_eq!(proper_name("Smith, 42"), Some("Smith"));
    }
}
