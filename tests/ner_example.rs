//! The tagger and grouping on the bundled example and on sentences written for these tests.

use newslint::analysis::entities::{
    first_references, group, tag_sentence, Entities, EntityLabel, TaggedSpan,
};
use newslint::analysis::{analyze, Span};
use newslint::config::Config;
use newslint::text::{split_sentences, tokenize, Format, Prose};

fn tag_document(source: &str) -> Vec<TaggedSpan> {
    let prose = Prose::parse(source, Format::PlainText);
    let mut out = Vec::new();
    for block in &prose.blocks {
        for sentence in split_sentences(&prose.text, block.span, Format::PlainText.line_breaks()) {
            out.extend(tag_sentence(&prose.text, &tokenize(&prose.text, sentence)));
        }
    }
    out
}

fn analyse(source: &str, known: &[&str]) -> Entities {
    let known: Vec<String> = known.iter().map(|k| k.to_string()).collect();
    group(source, &tag_document(source), &known)
}

/// (label, canonical name, mention texts) per referent.
fn referents(source: &str, entities: &Entities) -> Vec<(&'static str, String, Vec<String>)> {
    entities
        .referents
        .iter()
        .map(|r| {
            let mentions = r
                .mentions
                .iter()
                .map(|&m| entities.mentions[m].span.slice(source).to_owned())
                .collect();
            (r.label.as_str(), r.canonical.clone(), mentions)
        })
        .collect()
}

fn find<'a>(
    all: &'a [(&'static str, String, Vec<String>)],
    canonical: &str,
) -> &'a (&'static str, String, Vec<String>) {
    all.iter()
        .find(|(_, c, _)| c == canonical)
        .unwrap_or_else(|| panic!("no referent {canonical:?} in {all:#?}"))
}

#[test]
fn bundled_example() {
    let source = include_str!("../examples/foreign-policy-concept.txt");
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    for (label, names) in [
        (
            "PER",
            &["Vladimir Putin", "Sergei Lavrov", "Xi Jinping"][..],
        ),
        ("ORG", &["NATO", "National Security Council"][..]),
        (
            "LOC",
            &[
                "Russia", "China", "Moscow", "Beijing", "Ukraine", "Mongolia", "Europe",
            ][..],
        ),
    ] {
        for name in names {
            assert_eq!(find(&all, name).0, label, "{name}");
        }
    }
    let putin = find(&all, "Vladimir Putin");
    assert!(putin.2.iter().any(|m| m == "Putin"), "{putin:?}");
    assert!(putin.2.iter().all(|m| !m.contains("President")));
    let putin_referent = entities
        .referents
        .iter()
        .find(|r| r.canonical == "Vladimir Putin")
        .unwrap();
    assert_eq!(putin_referent.titles, ["President"]);
    let lavrov = entities
        .referents
        .iter()
        .find(|r| r.canonical == "Sergei Lavrov")
        .unwrap();
    assert_eq!(lavrov.titles, ["head of Russian diplomacy"]);
    for (label, _, mentions) in &all {
        for not_a_person in ["Getting", "In", "Focus on Eurasia", "Focus", "West"] {
            assert!(
                !(*label == "PER" && mentions.iter().any(|m| m == not_a_person)),
                "{not_a_person} tagged as a person"
            );
        }
    }
}

#[test]
fn surnames_link_to_full_names_and_first_reference_is_reported() {
    let source = "Lavrov arrived in Ankara on Monday.\n\
        Foreign Minister Sergei Lavrov said talks with Turkey would go on.\n\
        Lavrov's spokeswoman Maria Zakharova declined to comment.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    let lavrov = find(&all, "Sergei Lavrov");
    assert_eq!(lavrov.0, "PER");
    assert_eq!(lavrov.2, ["Lavrov", "Sergei Lavrov", "Lavrov"]);
    let first = first_references(&entities, &[]);
    assert_eq!(first.len(), 1, "{first:?}");
    assert_eq!(first[0].first.slice(source), "Lavrov");
    assert_eq!(first[0].full.slice(source), "Sergei Lavrov");
}

#[test]
fn spelling_drift_is_recorded_with_every_variant_span() {
    let source = "Sergei Lavrov met the envoy in Geneva.\n\
        Sergey Lavrov later told reporters the meeting was useful.\n\
        Sergei Lavrov flew back to Moscow on Tuesday.\n";
    let entities = analyse(source, &[]);
    let referent = entities
        .referents
        .iter()
        .find(|r| r.label == EntityLabel::Per)
        .expect("a person");
    assert_eq!(referent.canonical, "Sergei Lavrov");
    assert_eq!(referent.mentions.len(), 3);
    assert_eq!(referent.spellings.len(), 1, "{:?}", referent.spellings);
    let drift = &referent.spellings[0];
    assert_eq!(
        (drift.canonical.as_str(), drift.variant.as_str()),
        ("Sergei", "Sergey")
    );
    assert_eq!(drift.spans.len(), 1);
    assert_eq!(drift.spans[0].slice(source), "Sergey");
}

#[test]
fn known_names_win_the_spelling() {
    let source = "President Volodymyr Zelenskyy spoke to parliament on Friday.\n\
        Zelensky said the talks in Kyiv had been difficult.\n\
        Zelensky thanked the allies.\n";
    let entities = analyse(source, &["Volodymyr Zelenskyy"]);
    let referent = entities
        .referents
        .iter()
        .find(|r| r.canonical == "Volodymyr Zelenskyy")
        .expect("the known name is canonical");
    assert_eq!(referent.mentions.len(), 3);
    assert_eq!(referent.spellings.len(), 1);
    assert_eq!(referent.spellings[0].canonical, "Zelenskyy");
    assert_eq!(referent.spellings[0].spans.len(), 2);
    assert_eq!(referent.titles, ["President"]);
}

#[test]
fn acronyms_and_aliases_group() {
    let source = "The North Atlantic Treaty Organization (NATO) met in Brussels on Thursday.\n\
        NATO officials said the United States would send more troops.\n\
        The U.S. ambassador said Washington was ready.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    let nato = find(&all, "North Atlantic Treaty Organization");
    assert_eq!(nato.0, "ORG");
    assert_eq!(
        nato.2.iter().filter(|m| *m == "NATO").count(),
        2,
        "{nato:?}"
    );
    let us = find(&all, "United States");
    assert!(us.2.iter().any(|m| m == "U.S."), "{us:?}");
}

#[test]
fn acronyms_of_lower_case_terms_are_not_entities() {
    let source = "The satellite measures global sea surface salinity (SSS) from orbit.\n\
        Aquarius mapped SSS near the Amazon for NASA.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    assert!(
        all.iter()
            .all(|(_, _, mentions)| mentions.iter().all(|m| m != "SSS")),
        "{all:?}"
    );
    find(&all, "NASA");
}

#[test]
fn acronyms_of_common_nouns_are_not_organisations() {
    let source = "This week they added more DLC, the only DLC for the game.\n\
        An ATM and currency exchange are available at Havana airport.\n\
        ATMs at the airport take cards from NATO countries.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    for acronym in ["DLC", "ATM", "ATMs"] {
        assert!(
            all.iter()
                .all(|(_, _, mentions)| mentions.iter().all(|m| m != acronym)),
            "{acronym}: {all:?}"
        );
    }
    assert_eq!(find(&all, "NATO").0, "ORG");
}

#[test]
fn a_one_word_short_form_of_a_university_is_the_university() {
    let source = "He earned a Ph.D. in philosophy from Harvard University in 1918.\n\
        One year later, he returned to the United States to teach at Harvard.\n\
        His brother studied at Oxford University and lived in Oxford for a decade.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    let harvard = find(&all, "Harvard University");
    assert_eq!(harvard.2, ["Harvard University", "Harvard"], "{all:?}");
    // The second occurrence of each word is the one-word name.
    let label_of = |word: &str| {
        let span = nth_span(source, word, 1);
        let at = entities.mentions.iter().find(|m| m.span == span);
        at.map(|m| m.label)
            .unwrap_or_else(|| panic!("{word}: {all:?}"))
    };
    assert_eq!(label_of("Harvard"), EntityLabel::Org);
    // A listed city stays the city.
    assert_eq!(label_of("Oxford"), EntityLabel::Loc);
}

#[test]
fn a_short_form_of_a_companys_name_read_as_a_person_is_the_company() {
    let source =
        "Shares in Brantley Foods fell on Monday after the snack maker warned on profits.\n\n\
        Alan Dunmore, who has led Brantley since 2019, said the year had been hard. \
        \"Brantley has been through worse,\" he said.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    let company = find(&all, "Brantley Foods");
    assert_eq!(company.0, "ORG", "{all:?}");
    assert_eq!(
        company.2,
        ["Brantley Foods", "Brantley", "Brantley"],
        "{all:?}"
    );
}

#[test]
fn a_clubs_last_word_read_as_a_person_is_the_club() {
    // "Forest" is a given name and a town too; no person of the story has it.
    let source = "Harlow Forest have signed a striker from Almara.\n\n\
        Forest finished fifth last season, and Bruno Tavares has made no secret of his wish \
        for a striker.\n\n\"Everybody knows what we need,\" he said last month.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    let club = find(&all, "Harlow Forest");
    assert_eq!(club.0, "ORG", "{all:?}");
    assert_eq!(club.2, ["Harlow Forest", "Forest"], "{all:?}");
    // So "he" is the manager, the one person named before it.
    let analysis = analyze(source, Format::PlainText, &Config::default());
    let quotation = (analysis.attributions.iter())
        .find(|a| a.direct)
        .expect("the quotation");
    assert_eq!(quotation.speaker.as_deref(), Some("Bruno Tavares"));
}

#[test]
fn a_short_name_is_the_name_it_heads_not_one_named_after_it() {
    let source = "Kelby Rovers have signed a goalkeeper.\n\n\
        Ruth Amadi, chair of the Rovers Supporters' Trust, welcomed the deal. \
        Rovers scored just 41 goals last season.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    let club = find(&all, "Kelby Rovers");
    assert_eq!(club.2, ["Kelby Rovers", "Rovers"], "{all:?}");
    // Before its "of", the head of a name: "the Assembly" is the one of Marren.
    let source = "The Assembly of Marren met on Monday. Critics of the White Assembly said the \
        vote was rushed, but the Assembly passed the bill.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    let assembly = find(&all, "Assembly of Marren");
    assert_eq!(assembly.2, ["Assembly of Marren", "Assembly"], "{all:?}");
}

#[test]
fn a_companys_short_name_in_the_headline_before_its_full_name_is_the_company() {
    let source = "Pirelli cables look to tap Chinese growth\n\n\
        Italian tyre and cables giant Pirelli SpA on Friday announced a venture in China. \
        Analysts said the move was good news for Pirelli.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    let company = find(&all, "Pirelli SpA");
    assert_eq!(company.0, "ORG", "{all:?}");
    assert_eq!(company.2, ["Pirelli", "Pirelli SpA", "Pirelli"], "{all:?}");
}

#[test]
fn names_listed_before_a_kind_of_place_are_places() {
    let source = "Schools in Calder, Marren and Hollins counties will be closed through Friday.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    for name in ["Calder", "Marren", "Hollins"] {
        assert_eq!(find(&all, name).0, "LOC", "{all:?}");
    }
}

#[test]
fn a_bodys_name_runs_back_over_and_to_its_first_word() {
    let source = "The Fisheries and Harbours Authority said on Monday that quotas would fall.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    assert_eq!(
        find(&all, "Fisheries and Harbours Authority").0,
        "ORG",
        "{all:?}"
    );
}

#[test]
fn a_name_right_after_an_organisations_noun_is_the_organisation() {
    let source =
        "The survey, by the consumer watchdog Fairbrook Ashdale, found that one in five bills was wrong.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    assert_eq!(find(&all, "Fairbrook Ashdale").0, "ORG", "{all:?}");
}

#[test]
fn a_place_of_a_place_is_one_place() {
    let source = "The storm moved across the Gulf of Mexico on Tuesday.\n\
        Pilgrims reached the Holy City of Jerusalem.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    assert_eq!(find(&all, "Gulf of Mexico").0, "LOC");
    assert_eq!(find(&all, "Holy City of Jerusalem").0, "LOC");
    assert_eq!(all.len(), 2, "{all:#?}");
}

#[test]
fn a_persons_name_ends_at_its_last_capitalised_word() {
    let source = "Cara holding the leash, Jean le Rond d'Alembert and Chen Chun-yeh watched.";
    // The spans a tagger that ran on into the next word would give.
    let tagged: Vec<TaggedSpan> = ["Cara holding", "Jean le Rond d'Alembert", "Chen Chun-yeh"]
        .iter()
        .map(|name| {
            let start = source.find(name).unwrap();
            TaggedSpan {
                span: Span::new(start, start + name.len()),
                label: EntityLabel::Per,
            }
        })
        .collect();
    let entities = group(source, &tagged, &[]);
    let mentions: Vec<&str> = entities
        .mentions
        .iter()
        .map(|m| m.span.slice(source))
        .collect();
    assert_eq!(
        mentions,
        ["Cara", "Jean le Rond d'Alembert", "Chen Chun-yeh"]
    );
}

#[test]
fn accents_and_short_forms_of_organisations_group() {
    let source = "The Boston Red Sox beat the Yankees in Mérida on Sunday.\n\
        The Red Sox said the trip to Merida was a success.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    let sox = find(&all, "Boston Red Sox");
    assert!(sox.2.iter().any(|m| m == "Red Sox"), "{all:?}");
    let merida = entities
        .referents
        .iter()
        .find(|r| r.canonical == "Mérida")
        .unwrap_or_else(|| panic!("{all:?}"));
    assert_eq!(merida.mentions.len(), 2);
    assert_eq!(merida.spellings.len(), 1);
    assert_eq!(merida.spellings[0].variant, "Merida");
}

#[test]
fn names_in_capitals_join_the_running_text() {
    let source = "PUTIN WARNS THE WEST AS NATO MEETS IN BRUSSELS\n\n\
        President Vladimir Putin said on Friday that NATO was a threat.\n\
        Putin spoke in Moscow.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    let putin = find(&all, "Vladimir Putin");
    assert!(putin.2.iter().any(|m| m == "PUTIN"), "{all:?}");
    assert!(
        entities.referents.iter().all(|r| r.spellings.is_empty()),
        "{all:?}"
    );
}

/// The titles read for the referent named `name`.
fn titles_of(entities: &Entities, name: &str) -> Option<Vec<String>> {
    entities
        .referents
        .iter()
        .find(|r| r.canonical == name)
        .map(|r| r.titles.clone())
}

#[test]
fn titles_at_the_start_of_the_text_and_in_appositives() {
    let source = "President Vladimir Putin met the Chinese leader.\n\
        Later that day, said the country's foreign minister, Sergei Lavrov, talks were useful.\n";
    let entities = analyse(source, &[]);
    let titles = |name: &str| titles_of(&entities, name);
    assert_eq!(titles("Vladimir Putin"), Some(vec!["President".to_owned()]));
    assert_eq!(
        titles("Sergei Lavrov"),
        Some(vec!["country's foreign minister".to_owned()])
    );
}

/// British local and police titles are titles too: "Cllr Tim Kent" is Tim Kent.
#[test]
fn british_council_and_police_titles_are_not_part_of_the_name() {
    let source = "The group leader, Cllr Tim Kent, said the plan was poor.\n\
        Det Insp Sarah Khan said it was reckless.\n";
    let entities = analyse(source, &[]);
    let titles = |name: &str| titles_of(&entities, name);
    assert_eq!(titles("Tim Kent"), Some(vec!["Cllr".to_owned()]));
    assert!(titles("Sarah Khan").is_some());
}

#[test]
fn title_case_headlines_keep_names_and_drop_common_words() {
    let source = "Talks Resume as Foreign Ministers Meet in Geneva\n\n\
        Russia Moves to Deepen Ties With China After Summit in Moscow\n\n\
        Sergei Lavrov Says the West Must Respect Russian Interests\n";
    let tagged: Vec<(&str, &str)> = tag_document(source)
        .iter()
        .filter(|t| t.label != EntityLabel::Misc)
        .map(|t| (t.label.as_str(), t.span.slice(source)))
        .collect();
    assert_eq!(
        tagged,
        [
            ("LOC", "Geneva"),
            ("LOC", "Russia"),
            ("LOC", "China"),
            ("LOC", "Moscow"),
            ("PER", "Sergei Lavrov"),
            ("LOC", "West"),
        ]
    );
}

/// Where `word` is written the `nth` time in `source` (from 0).
fn nth_span(source: &str, word: &str, nth: usize) -> Span {
    let start = source.match_indices(word).nth(nth).expect("in the text").0;
    Span::new(start, start + word.len())
}

/// Grouping of names tagged as given: (word, which time it is written, label).
fn group_tagged(source: &str, tagged: &[(&str, usize, EntityLabel)]) -> Entities {
    let tagged: Vec<TaggedSpan> = (tagged.iter())
        .map(|&(word, nth, label)| TaggedSpan {
            span: nth_span(source, word, nth),
            label,
        })
        .collect();
    group(source, &tagged, &[])
}

#[test]
fn a_surname_that_is_also_a_town_joins_the_person() {
    // "Holt" is a town too: the tagger's reading of it alone is given here as it may come,
    // a person in one sentence and a place in two others.
    let source = "Brock Holt signed. Holt hit twice. Fans cheered Holt. Holt ran home.";
    let entities = group_tagged(
        source,
        &[
            ("Brock Holt", 0, EntityLabel::Per),
            ("Holt", 1, EntityLabel::Loc),
            ("Holt", 2, EntityLabel::Per),
            ("Holt", 3, EntityLabel::Loc),
        ],
    );
    let all = referents(source, &entities);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].0, "PER");
    assert_eq!(all[0].1, "Brock Holt");
    assert!(entities
        .mentions
        .iter()
        .all(|m| m.label == EntityLabel::Per));
}

#[test]
fn a_surname_read_only_as_a_town_joins_the_person_and_a_capital_stays_the_place() {
    // "Dumas" is a Texan town and "Washington" a capital; the tagger read both alone as places.
    let source = "Alexandre Dumas met George Washington. Dumas wrote. Washington grew.";
    let entities = group_tagged(
        source,
        &[
            ("Alexandre Dumas", 0, EntityLabel::Per),
            ("George Washington", 0, EntityLabel::Per),
            ("Dumas", 1, EntityLabel::Loc),
            ("Washington", 1, EntityLabel::Loc),
        ],
    );
    let all = referents(source, &entities);
    assert_eq!(
        find(&all, "Alexandre Dumas").2,
        ["Alexandre Dumas", "Dumas"]
    );
    assert_eq!(find(&all, "Washington").0, "LOC", "{all:#?}");
}

#[test]
fn a_listed_town_read_once_as_a_place_is_the_place() {
    // The tagger reads a town as its sports team where it is a subject; read as a place
    // once, it is the place. A company name on no list keeps its majority.
    let source = "Mérida grew. Mérida prospered. Tourists fly to Mérida. \
        Acme grew. Acme hired. Workers went to Acme.";
    let entities = group_tagged(
        source,
        &[
            ("Mérida", 0, EntityLabel::Org),
            ("Mérida", 1, EntityLabel::Org),
            ("Mérida", 2, EntityLabel::Loc),
            ("Acme", 0, EntityLabel::Org),
            ("Acme", 1, EntityLabel::Org),
            ("Acme", 2, EntityLabel::Loc),
        ],
    );
    let labels = |name: &str| -> Vec<EntityLabel> {
        (entities.mentions.iter())
            .filter(|m| m.span.slice(source) == name)
            .map(|m| m.label)
            .collect()
    };
    assert_eq!(labels("Mérida"), [EntityLabel::Loc; 3]);
    assert_eq!(labels("Acme"), [EntityLabel::Org; 3]);
}

#[test]
fn mentions_of_one_name_take_the_label_most_of_them_have() {
    // The tagger's reading as it may come: a city read as an organisation where it is the
    // subject of "grew"; "Chicago" once the team and once the city, a tie.
    let source = "Mérida is hot. Tourists love Mérida. Mérida grew rich. \
                  Chicago beat Boston. Fans flew to Chicago.";
    let entities = group_tagged(
        source,
        &[
            ("Mérida", 0, EntityLabel::Loc),
            ("Mérida", 1, EntityLabel::Loc),
            ("Mérida", 2, EntityLabel::Org),
            ("Chicago", 0, EntityLabel::Org),
            ("Boston", 0, EntityLabel::Org),
            ("Chicago", 1, EntityLabel::Loc),
        ],
    );
    let label_at = |word: &str, nth: usize| {
        let span = nth_span(source, word, nth);
        let mention = entities.mentions.iter().find(|m| m.span == span);
        mention.expect("a mention").label
    };
    for nth in 0..3 {
        assert_eq!(label_at("Mérida", nth), EntityLabel::Loc);
    }
    assert_eq!(label_at("Chicago", 0), EntityLabel::Org);
    assert_eq!(label_at("Chicago", 1), EntityLabel::Loc);
}

/// (label, canonical name, mention texts) per referent, as `newslint analyze` finds them.
fn analysed(source: &str) -> Vec<(&'static str, String, Vec<String>)> {
    let analysis = analyze(source, Format::PlainText, &Config::default());
    referents(source, &analysis.entities)
}

#[test]
fn a_month_written_as_a_date_is_not_the_person_it_also_names() {
    let source = "May survives vote\n\n\
        Theresa May met union leaders in May, and the talks collapsed in June.\n\n\
        Prices rose 4% in May, the highest in a decade. The deadline is May 5, 2019.\n\n\
        Since May took office, pressure on May has grown. The plan put forward by May failed.\n";
    let all = analysed(source);
    let may = find(&all, "Theresa May");
    assert_eq!(may.0, "PER");
    // The headline and the four mentions of the person; none of the three dates.
    assert_eq!(
        may.2,
        ["May", "Theresa May", "May", "May", "May"],
        "{all:#?}"
    );
    assert_eq!(all.len(), 1, "{all:#?}");
}

#[test]
fn a_newsroom_short_form_joins_the_organisation_it_stands_for() {
    let source = "Fed holds rates steady\n\n\
        The Federal Reserve left its benchmark interest rate unchanged on Wednesday.\n\n\
        Fed Chair Jerome Powell told reporters that inflation had eased. Powell has led the Fed \
        since 2018.\n\n\
        A Pentagon spokesman said the Defense Department would not comment.\n";
    let all = analysed(source);
    let fed = find(&all, "Federal Reserve");
    assert_eq!(fed.0, "ORG");
    assert_eq!(fed.2, ["Fed", "Federal Reserve", "Fed", "Fed"], "{all:#?}");
    assert!(all.iter().all(|(_, name, _)| name != "Fed"), "{all:#?}");
    let defense = find(&all, "Defense Department");
    assert_eq!(defense.2, ["Pentagon", "Defense Department"], "{all:#?}");
}

#[test]
fn a_school_by_its_short_name_is_an_organisation() {
    let source = "Teachers strike\n\n\
        \"We are not going anywhere,\" said Maria Lopez, a teacher at Lincoln High.\n\n\
        She coached at Central High before that, and her son is at Springfield Elementary.\n";
    let all = analysed(source);
    for school in ["Lincoln High", "Central High", "Springfield Elementary"] {
        assert_eq!(find(&all, school).0, "ORG", "{all:#?}");
    }
    assert_eq!(find(&all, "Maria Lopez").0, "PER");
}

#[test]
fn an_index_keeps_its_number() {
    let source = "Stocks rally\n\n\
        Stocks rallied after the announcement, with the S&P 500 closing up 1.2%.\n\n\
        In London the FTSE 100 fell, and in Tokyo the Nikkei 225 gained.\n";
    let all = analysed(source);
    for index in ["S&P 500", "FTSE 100", "Nikkei 225"] {
        let found = find(&all, index);
        assert_eq!(
            (found.0, &found.2[..]),
            ("MISC", &[index.to_owned()][..]),
            "{all:#?}"
        );
    }
}

#[test]
fn a_surname_that_begins_with_a_particle_joins_the_person_when_capitalised() {
    let source = "Particles\n\n\
        Her lawyer, Jean-Pierre van der Berg, said she was honoured. Van der Berg later left.\n\n\
        Bashar al-Assad spoke on Sunday. Al-Assad said the war was over.\n\n\
        Kevin de Bruyne scored twice. De Bruyne was substituted.\n";
    let all = analysed(source);
    for (person, short) in [
        ("Jean-Pierre van der Berg", "Van der Berg"),
        ("Bashar al-Assad", "Al-Assad"),
        ("Kevin de Bruyne", "De Bruyne"),
    ] {
        let found = find(&all, person);
        assert_eq!(found.0, "PER", "{all:#?}");
        assert_eq!(found.2, [person, short], "{all:#?}");
    }
    assert_eq!(all.len(), 3, "{all:#?}");
}

#[test]
fn a_brand_written_with_an_inner_capital_is_an_organisation() {
    let source = "Banks brace for rate decision\n\n\
        JPMorgan Chase said on Tuesday it would hire 2,000 staff in London.\n\n\
        PayPal said it would cut jobs. DeepMind said it would publish the results. Jamie Dimon, JPMorgan's \
        chief executive, told analysts the economy was resilient.\n\n\
        Wimbledon finalist MaliVai Washington lost. Tim McGrath won.\n\n\
        Image: ShakataGaNai.\n\n\
        Sanders leads Clinton in NBC New Hampshire poll @SteveKornacki\n";
    let all = analysed(source);
    let jpmorgan = find(&all, "JPMorgan Chase");
    assert_eq!(jpmorgan.0, "ORG", "{all:#?}");
    assert_eq!(jpmorgan.2, ["JPMorgan Chase", "JPMorgan"], "{all:#?}");
    for brand in ["PayPal", "DeepMind"] {
        assert_eq!(find(&all, brand).0, "ORG", "{all:#?}");
    }
    // People written with an inner capital: after a surname prefix, or in a name of two words.
    // A credit or a handle names its user.
    for person in [
        "Jamie Dimon",
        "MaliVai Washington",
        "Tim McGrath",
        "ShakataGaNai",
        "SteveKornacki",
    ] {
        assert_eq!(find(&all, person).0, "PER", "{all:#?}");
    }
}

#[test]
fn an_arabic_name_joined_by_bin_is_one_name() {
    let source = "Gulf talks\n\n\
        Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, met Prime Minister Keir Starmer.\n\n\
        Crown Prince Mohammed bin Salman said on Monday the kingdom would invest more. Later, \
        bin Salman flew to Paris.\n\n\
        Egypt's president, Abdel Fattah el-Sisi, spoke by phone. Sisi said the border would stay \
        open. Ayman al-Zawahiri was killed in Kabul. Zawahiri had led the group since 2011.\n";
    let all = analysed(source);
    for (person, mentions) in [
        (
            "Tamim bin Hamad Al Thani",
            &["Tamim bin Hamad Al Thani"][..],
        ),
        (
            "Mohammed bin Salman",
            &["Mohammed bin Salman", "Salman"][..],
        ),
        (
            "Abdel Fattah el-Sisi",
            &["Abdel Fattah el-Sisi", "Sisi"][..],
        ),
        ("Ayman al-Zawahiri", &["Ayman al-Zawahiri", "Zawahiri"][..]),
    ] {
        let found = find(&all, person);
        assert_eq!(found.0, "PER", "{all:#?}");
        assert_eq!(found.2, mentions, "{all:#?}");
    }
    let people = all.iter().filter(|(label, _, _)| *label == "PER").count();
    assert_eq!(people, 5, "{all:#?}");
}

#[test]
fn a_name_beside_a_persons_trade_is_a_person() {
    let source = "Floods reach the valley\n\n\
        In the next village, farmer Youssef Abi Akl surveyed his fields.\n\n\
        Wu Fan, a Chinese teacher working at the harbour school, said classes had stopped.\n\n\
        In Leeds Road, a resident said the drains had failed. The plumber Thames Water sent \
        never came.\n";
    let all = analysed(source);
    for person in ["Youssef Abi Akl", "Wu Fan"] {
        assert_eq!(find(&all, person).0, "PER", "{all:#?}");
    }
    assert_eq!(find(&all, "Leeds Road").0, "LOC", "{all:#?}");
    assert_eq!(find(&all, "Thames Water").0, "ORG", "{all:#?}");
}

#[test]
fn a_name_read_as_often_as_an_organisation_as_a_place_is_the_organisation() {
    let source = "Banks brace for rate decision\n\n\
        JPMorgan Chase said it would hire staff in London, after calls from Labour backbenchers \
        to tax bank bonuses.\n\n\
        Keir Starmer met the Emir in Downing Street. Labour has promised to keep the cap.\n";
    let analysis = analyze(source, Format::PlainText, &Config::default());
    let labour: Vec<&str> = (analysis.entities.mentions.iter())
        .filter(|m| m.span.slice(source) == "Labour")
        .map(|m| m.label.as_str())
        .collect();
    assert_eq!(labour, ["ORG", "ORG"], "{:#?}", analysis.entities);
    let referents = referents(source, &analysis.entities);
    let named_labour = referents.iter().filter(|(_, name, _)| name == "Labour");
    assert_eq!(named_labour.count(), 1, "{referents:#?}");
}

#[test]
fn a_full_name_found_again_wins_over_the_part_the_tagger_read() {
    // The tagger reads "Jinping" alone where the name begins a sentence.
    let source = "Summit\n\n\
        Xi Jinping met President Yoon in Beijing.\n\n\
        Chinese President Xi Jinping spoke.\n";
    let all = analysed(source);
    let xi = find(&all, "Xi Jinping");
    assert_eq!(xi.0, "PER", "{all:#?}");
    assert_eq!(xi.2, ["Xi Jinping", "Xi Jinping"], "{all:#?}");
}

#[test]
fn an_organisations_name_found_again_wins_over_the_parts_the_tagger_read() {
    // The second time, the tagger reads a place, "Finchley", and a person, "Roe", who would then
    // be the "she" of the next paragraph.
    let source = "The slow burn\n\n\
        The book was turned down before a small press, Finchley & Roe, took it on.\n\n\
        It has since sold 400,000 copies, according to Finchley & Roe, and won a prize.\n";
    let all = analysed(source);
    let press = find(&all, "Finchley & Roe");
    assert_eq!(press.0, "ORG", "{all:#?}");
    assert_eq!(press.2, ["Finchley & Roe", "Finchley & Roe"], "{all:#?}");
    assert!(all.iter().all(|(_, name, _)| name != "Roe"), "{all:#?}");
}

#[test]
fn a_bylines_outlet_on_its_own_line_is_an_organisation() {
    // Alone on its line under the byline, the paper's name was read as a person's.
    let source = "Cyberattack cripples hospital system\n\n\
        By Renee Castillo and Matt Oyelaran\n\n\
        Eastbridge Ledger\n\n\
        Harlow Valley Health has been operating on paper for five days, the company said.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Eastbridge Ledger").0, "ORG", "{all:#?}");
}

#[test]
fn a_hyphenated_name_is_one_name() {
    let source = "Korean talks\n\n\
        South Korean President Moon Jae-in met North Korean leader Kim Jong-un at the border. \
        Moon said the talks were frank. Taiwan's president, Tsai Ing-wen, sent a message.\n\n\
        Rolls-Royce Holdings shares fell after the Russia-Ukraine war hit demand. Pro-Moscow \
        leaders criticised the Franco-German plan.\n";
    let all = analysed(source);
    // A Korean or Taiwanese given name keeps its syllable after the hyphen.
    assert_eq!(
        find(&all, "Moon Jae-in").2,
        ["Moon Jae-in", "Moon"],
        "{all:#?}"
    );
    for person in ["Kim Jong-un", "Tsai Ing-wen"] {
        assert_eq!(find(&all, person).0, "PER", "{all:#?}");
    }
    // A capitalised part joins the name that holds the other ("Royce" was read alone) …
    assert_eq!(find(&all, "Rolls-Royce Holdings").0, "ORG", "{all:#?}");
    assert_eq!(find(&all, "Franco-German").0, "MISC", "{all:#?}");
    // … but not a name of its own, nor a prefix.
    for place in ["Russia", "Ukraine", "Moscow"] {
        assert_eq!(find(&all, place).2, [place], "{all:#?}");
    }
}

#[test]
fn a_well_known_organisation_is_no_person() {
    let source = "Rolls-Royce to cut 2,000 jobs\n\n\
        Rolls-Royce said on Tuesday it would cut 2,000 jobs. Oxfam criticised the decision, and \
        Shell said it would follow. Toyota and Sony met in Tokyo.\n\n\
        Michael Dell, the founder, spoke on Monday. Dell said demand was weak.\n\n\
        Competition from Aldi remained fierce, according to Kantar and Hargreaves Lansdown.\n";
    let all = analysed(source);
    assert_eq!(
        find(&all, "Rolls-Royce").2,
        ["Rolls-Royce", "Rolls-Royce"],
        "{all:#?}"
    );
    for organisation in [
        "Rolls-Royce",
        "Oxfam",
        "Shell",
        "Sony",
        "Aldi",
        "Kantar",
        "Hargreaves Lansdown",
    ] {
        assert_eq!(find(&all, organisation).0, "ORG", "{all:#?}");
    }
    // The surname of a person the document names in full stays the person's.
    assert_eq!(
        find(&all, "Michael Dell").2,
        ["Michael Dell", "Dell"],
        "{all:#?}"
    );
    assert_eq!(find(&all, "Michael Dell").0, "PER", "{all:#?}");
}

#[test]
fn a_listed_name_after_a_nationality_is_the_organisations_full_name() {
    let source = "Oil major trims staff\n\n\
        Royal Dutch Shell said on Thursday it would cut 900 jobs. A Shell spokesman declined \
        to comment.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Royal Dutch Shell").0, "ORG", "{all:#?}");
    assert_eq!(
        find(&all, "Royal Dutch Shell").2,
        ["Royal Dutch Shell", "Shell"],
        "{all:#?}"
    );
}

#[test]
fn capitalised_words_that_end_in_an_organisations_head_are_one() {
    let source = "Storm Edda Cuts Power to Homes\n\nMore than 12,000 homes are without power, \
        according to Northern Power Networks. The contract went to Harbour Freight Logistics.\n\n\
        Rail Services resumed on Monday.\n";
    let all = analysed(source);
    for organisation in ["Northern Power Networks", "Harbour Freight Logistics"] {
        assert_eq!(find(&all, organisation).0, "ORG", "{all:#?}");
    }
    // Not two words at a sentence's start, nor a headline's words.
    assert!(
        all.iter()
            .all(|(_, name, _)| !name.contains("Services") && !name.contains("Homes")),
        "{all:#?}"
    );
}

#[test]
fn a_listed_organisation_and_a_country_after_it_is_its_branch() {
    // The tagger read "Earth Netherlands" as a place.
    let source = "Ruling\n\nFriends of the Earth Netherlands, which backed the farmers, said \
        the ruling opened the door to similar claims.\n";
    let all = analysed(source);
    assert_eq!(
        find(&all, "Friends of the Earth Netherlands").0,
        "ORG",
        "{all:#?}"
    );
}

#[test]
fn a_listed_organisation_the_tagger_missed_is_found() {
    // At a sentence's start the tagger reads these as nothing, or as a person.
    for (sentence, organisation) in [
        ("Ofwat fined the company £5m on Tuesday.", "Ofwat"),
        ("Network Rail said the line would reopen.", "Network Rail"),
        ("Lloyds said profits had risen.", "Lloyds"),
        (
            "Friends of the Earth called it a betrayal.",
            "Friends of the Earth",
        ),
        (
            "The tax will not rise, Downing Street said on Tuesday.",
            "Downing Street",
        ),
    ] {
        let all = analysed(sentence);
        assert_eq!(find(&all, organisation).0, "ORG", "{all:#?}");
    }
    // A listed name of one common word beginning a sentence is the word.
    let all = analysed("Boots were found at the scene.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn a_name_with_lower_case_particles_is_one_person() {
    let source = "Walking study\n\n\
        Dr Borja del Pozo Cruz led the study. Ursula von der Leyen and Anna van den Berg \
        welcomed it.\n";
    let all = analysed(source);
    for person in [
        "Borja del Pozo Cruz",
        "Ursula von der Leyen",
        "Anna van den Berg",
    ] {
        assert_eq!(find(&all, person).0, "PER", "{all:#?}");
    }
}

#[test]
fn a_common_word_in_lower_case_opens_no_name() {
    let source = "Walking study\n\n\
        It was published in the journal JAMA Neurology. The federal Office of Science paid for \
        it, and the anti-Brexit campaign disagreed.\n";
    let all = analysed(source);
    assert!(
        all.iter().any(|(_, name, _)| name == "JAMA Neurology"),
        "{all:#?}"
    );
    assert!(
        all.iter().any(|(_, name, _)| name == "Office of Science"),
        "{all:#?}"
    );
    // A prefix written against the name stays with it.
    assert!(
        all.iter().any(|(_, name, _)| name == "anti-Brexit"),
        "{all:#?}"
    );
}

#[test]
fn a_nationality_alone_is_no_organisation() {
    let source = "Walking study\n\nThe study was funded by the Danish research council.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Danish").0, "MISC", "{all:#?}");
}

#[test]
fn a_statistics_office_named_for_its_country_is_an_organisation() {
    let source = "Prices\n\n\
        Import prices rose 3% last month, according to Statistics Netherlands. Statistics \
        Canada reported more jobs, and Eurostat said inflation eased.\n";
    let all = analysed(source);
    for office in ["Statistics Netherlands", "Statistics Canada", "Eurostat"] {
        assert_eq!(find(&all, office).0, "ORG", "{all:#?}");
    }
}

#[test]
fn a_company_suffix_is_part_of_the_organisation() {
    let source = "Bank results\n\n\
        Barclays plc and Oxfam both criticised the decision. Shares in Lloyds Banking Group plc \
        fell, and Nestlé SA said prices would rise. Smith & Co. said it would appeal.\n\n\
        Barclays said profits rose.\n";
    let all = analysed(source);
    assert_eq!(
        find(&all, "Barclays plc").2,
        ["Barclays plc", "Barclays"],
        "{all:#?}"
    );
    for company in [
        "Barclays plc",
        "Lloyds Banking Group plc",
        "Nestlé SA",
        "Smith & Co.",
    ] {
        assert_eq!(find(&all, company).0, "ORG", "{all:#?}");
    }
}

#[test]
fn a_surname_written_first_joins_the_full_name() {
    let source = "Summit in Beijing\n\n\
        Chinese leader Xi Jinping met Premier Li Keqiang in Beijing. Xi said the two countries \
        would deepen ties. He said the talks had gone well. Li added that trade would grow.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Xi Jinping").2, ["Xi Jinping", "Xi"], "{all:#?}");
    assert_eq!(find(&all, "Li Keqiang").2, ["Li Keqiang", "Li"], "{all:#?}");
    let people = all.iter().filter(|(label, _, _)| *label == "PER").count();
    assert_eq!(people, 2, "{all:#?}");
}

#[test]
fn a_referent_has_the_label_its_mentions_end_with() {
    // "at Harvard" reads as a place first; its mentions end as the university's, and so does
    // the referent that groups them.
    let source = "Fees\n\n\
        She studied at Harvard before moving to Boston. Harvard University said on Monday \
        that fees would rise.\n";
    let analysis = analyze(source, Format::PlainText, &Config::default());
    let entities = &analysis.entities;
    for referent in &entities.referents {
        for &m in &referent.mentions {
            let mention = &entities.mentions[m];
            assert_eq!(
                mention.label,
                referent.label,
                "{} in {}: {entities:#?}",
                mention.span.slice(source),
                referent.canonical
            );
        }
    }
    let all = referents(source, entities);
    assert_eq!(find(&all, "Harvard University").0, "ORG", "{all:#?}");
}

#[test]
fn a_well_known_organisation_is_named_in_full() {
    // The tagger reads "Children" and "UK" alone.
    let source = "Aid appeal\n\n\
        Save the Children and Christian Aid called for a ceasefire. Age UK said pensioners \
        were struggling.\n";
    let all = analysed(source);
    for organisation in ["Save the Children", "Christian Aid", "Age UK"] {
        let found = find(&all, organisation);
        assert_eq!(
            (found.0, &found.2[..]),
            ("ORG", &[organisation.to_owned()][..]),
            "{all:#?}"
        );
    }
}

#[test]
fn a_name_in_a_row_of_separators_leaves_them_out() {
    // A Markdown table row the parser keeps as prose (its delimiter row does not match).
    let source = "| President | Putin said the talks failed.\n";
    let entities = analyse(source, &[]);
    assert_eq!(
        referents(source, &entities),
        [("PER", "Putin".to_owned(), vec!["Putin".to_owned()])]
    );
}

#[test]
fn a_name_that_ends_in_an_organisation_word_is_no_person() {
    let source = "Cup tie\n\n\
        The Premier League said it would look again at the rules. The council said the road \
        would reopen.\n\n\
        Greater Manchester Police said a man had been arrested. Great Ormond Street Hospital \
        said the girl was stable.\n";
    let all = analysed(source);
    // Read before any verb, and as the object.
    for fined in [
        "The Premier League fined the club on Friday.",
        "Leeds are bottom of the Premier League after the defeat.",
    ] {
        let fined_all = analysed(fined);
        assert_eq!(
            find(&fined_all, "Premier League").0,
            "MISC",
            "{fined_all:#?}"
        );
    }
    assert_eq!(find(&all, "Premier League").0, "MISC", "{all:#?}");
    for organisation in ["Greater Manchester Police", "Great Ormond Street Hospital"] {
        find(&all, organisation);
    }
    // Not a person's surname before "said", nor a name cut at the sentence's first word.
    assert!(
        all.iter()
            .all(|(_, name, _)| name != "League" && name != "Manchester Police"),
        "{all:#?}"
    );
}

#[test]
fn a_company_named_for_its_trade_is_no_person() {
    let source = "Bills to rise\n\n\
        Royal Mail said parcels would be late. Customers of Welsh Water were told to boil \
        water, and Thames Water apologised for the spill.\n\n\
        Samantha Power said the aid would continue. He sprinkled Holy Water on the bread.\n";
    let all = analysed(source);
    for company in ["Royal Mail", "Welsh Water", "Thames Water"] {
        assert_eq!(find(&all, company).0, "ORG", "{all:#?}");
    }
    // A given name before the noun stays a person; a common word before it names no company.
    assert_eq!(find(&all, "Samantha Power").0, "PER", "{all:#?}");
    assert!(
        all.iter().all(|(_, name, _)| name != "Holy Water"),
        "{all:#?}"
    );
}

#[test]
fn a_house_of_parliament_is_an_organisation() {
    let source = "Vote tonight\n\n\
        The minister told the Commons that the plan was sound. Peers in the Lords voted it \
        down, and the Bundestag passed a similar law.\n";
    let all = analysed(source);
    for house in ["Commons", "Lords", "Bundestag"] {
        assert_eq!(find(&all, house).0, "ORG", "{all:#?}");
    }
}

#[test]
fn a_british_or_irish_given_name_begins_a_person() {
    // Given names the US census lists lack; the tagger read these as places or nothing.
    for (sentence, person) in [
        ("The red card was shown to Declan Rice.", "Declan Rice"),
        ("The penalty was awarded to Eoin Rice.", "Eoin Rice"),
        ("The seat was won by Niamh Field.", "Niamh Field"),
        ("The trophy was handed to Rhodri Brook.", "Rhodri Brook"),
    ] {
        let all = analysed(sentence);
        assert_eq!(find(&all, person).0, "PER", "{all:#?}");
    }
}

#[test]
fn a_given_name_before_a_head_word_that_is_a_surname_is_a_person() {
    for (sentence, person) in [
        ("Helen Court won the final in straight sets.", "Helen Court"),
        ("Sarah Council said she would stand again.", "Sarah Council"),
    ] {
        let all = analysed(sentence);
        assert_eq!(find(&all, person).0, "PER", "{all:#?}");
    }
    // A head word that is no surname keeps the organisation.
    let all = analysed("Howard University said the study was flawed.");
    assert_eq!(find(&all, "Howard University").0, "ORG", "{all:#?}");
}

#[test]
fn a_named_storm_is_no_person() {
    let source = "Weather warning\n\n\
        Storm Darragh hit Wales on Saturday. Forecasters said Hurricane Milton would reach the \
        coast by Monday.\n";
    let all = analysed(source);
    for storm in ["Storm Darragh", "Hurricane Milton"] {
        assert_eq!(find(&all, storm).0, "MISC", "{all:#?}");
    }
    assert!(all.iter().all(|(label, _, _)| *label != "PER"), "{all:#?}");
}

#[test]
fn a_name_run_over_a_verb_into_the_next_is_two() {
    // "Met" read as the verb, and "Office named Storm Orla" as one organisation.
    let all = analysed("The Met Office named Storm Orla on Monday.");
    assert_eq!(find(&all, "Met Office").0, "ORG", "{all:#?}");
    assert_eq!(find(&all, "Storm Orla").0, "MISC", "{all:#?}");
}

#[test]
fn a_club_beside_a_score_is_no_person() {
    let source = "Late winner\n\n\
        Chelsea won 3-1 at home, and Everton lost 2-0 to Chelsea in the cup. Murray won 6-4 6-3 \
        at Queen's.\n\n\
        Chelsea Clinton spoke at the gala on Friday.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Chelsea").0, "ORG", "{all:#?}");
    // A surname beside a tennis score, and a given name before a surname, stay people.
    for person in ["Murray", "Chelsea Clinton"] {
        assert_eq!(find(&all, person).0, "PER", "{all:#?}");
    }
}

#[test]
fn a_one_word_name_with_a_plural_verb_is_a_team() {
    let source = "Table\n\n\
        Chelsea are top of the league after the weekend. Charlton were held at home.\n\n\
        If Mendes were elected, Mr. Mendes would resign. Tom and Mendes are friends.\n";
    let all = analysed(source);
    for team in ["Chelsea", "Charlton"] {
        assert_eq!(find(&all, team).0, "ORG", "{all:#?}");
    }
    // A subjunctive and one name of a pair stay people.
    assert_eq!(find(&all, "Mendes").0, "PER", "{all:#?}");
}

#[test]
fn an_institution_named_for_what_it_does_is_one_organisation() {
    let source = "Outbreak\n\n\
        The Centers for Disease Control and Prevention said 12 people were ill. The Committee to \
        Protect Journalists and Amnesty International condemned the arrests. A fellow at the \
        Council on Foreign Relations spoke at Hofstra University on Long Island. The Council on \
        Friday approved the plan.\n";
    let all = analysed(source);
    for name in [
        "Centers for Disease Control and Prevention",
        "Committee to Protect Journalists",
        "Council on Foreign Relations",
        "Hofstra University",
    ] {
        assert_eq!(find(&all, name).0, "ORG", "{all:#?}");
    }
    // The next name after "and", a place after "on" and a date stay out.
    assert_eq!(find(&all, "Amnesty International").0, "ORG", "{all:#?}");
    assert_eq!(find(&all, "Long Island").0, "LOC", "{all:#?}");
}

#[test]
fn a_departments_remit_is_part_of_its_name() {
    let source = "Waiting lists\n\n\
        A Department of Health and Social Care spokesman said the money would help. The \
        Department for Environment, Food and Rural Affairs did not respond. The Department of \
        Housing and Urban Development and the Bureau of Alcohol, Tobacco, Firearms and \
        Explosives were also asked. The Department of Justice and Apple declined to comment.\n";
    let all = analysed(source);
    for name in [
        "Department of Health and Social Care",
        "Department for Environment, Food and Rural Affairs",
        "Department of Housing and Urban Development",
        "Bureau of Alcohol, Tobacco, Firearms and Explosives",
        "Department of Justice",
        "Apple",
    ] {
        assert_eq!(find(&all, name).0, "ORG", "{all:#?}");
    }
}

#[test]
fn a_sentences_article_opens_no_name() {
    let source = "Visas\n\nA Home Office spokesman said the rules were clear.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Home Office").0, "ORG", "{all:#?}");
    assert!(
        all.iter().all(|(_, name, _)| name != "A Home Office"),
        "{all:#?}"
    );
}

#[test]
fn a_datelines_city_in_capitals_is_a_place() {
    let source = "Chip curbs\n\n\
        SAN FRANCISCO — Shares of Nvidia fell 6% on Wednesday.\n\n\
        NASA — The agency said the launch had slipped.\n\n\
        THE HAGUE (Reuters) — Judges ordered a halt to the evictions.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "SAN FRANCISCO").0, "LOC", "{all:#?}");
    // A city named with the article keeps it.
    assert_eq!(find(&all, "THE HAGUE").0, "LOC", "{all:#?}");
    // An organisation's acronym before a dash is no dateline.
    assert_eq!(find(&all, "NASA").0, "ORG", "{all:#?}");
}

#[test]
fn well_known_companies_are_organisations() {
    let source = "Tech spending\n\n\
        Microsoft, Alphabet and Meta Platforms plan to spend more on data centres. Broadcom \
        said on Tuesday that orders rose, and Lockheed Martin said its backlog grew.\n";
    let all = analysed(source);
    for company in ["Alphabet", "Meta Platforms", "Broadcom", "Lockheed Martin"] {
        assert_eq!(find(&all, company).0, "ORG", "{all:#?}");
    }
}

#[test]
fn a_name_described_as_a_firm_is_an_organisation() {
    let source = "Data breach\n\n\
        Datavault, a London data firm, lost the records of 2,000 patients. Northvolt, the \
        Swedish battery maker, filed for bankruptcy. Sarah Jones, a partner at the law firm, \
        advised both.\n";
    let all = analysed(source);
    for company in ["Datavault", "Northvolt"] {
        assert_eq!(find(&all, company).0, "ORG", "{all:#?}");
    }
    // The head of "a partner at the law firm" is a partner.
    assert_eq!(find(&all, "Sarah Jones").0, "PER", "{all:#?}");
}

#[test]
fn a_name_set_off_after_an_organisations_description_is_an_organisation() {
    let source = "Port strike\n\n\
        The employers' association, Portline, rejected the demands. Its parent company, Acme \
        Holdings, declined to comment. For the union, Smith, a veteran organiser, was blunt.\n";
    let all = analysed(source);
    for company in ["Portline", "Acme Holdings"] {
        assert_eq!(find(&all, company).0, "ORG", "{all:#?}");
    }
    // A fronted phrase ends before the sentence's subject.
    assert_eq!(find(&all, "Smith").0, "PER", "{all:#?}");
}

#[test]
fn a_chinese_name_whose_surname_is_an_english_word_is_a_person() {
    let source = "Trade talks\n\n\
        He Lifeng, China's vice-premier, met the chancellor in London. Officials said He Lifeng \
        would return in the spring. He said the talks had gone well.\n";
    let all = analysed(source);
    assert_eq!(
        find(&all, "He Lifeng").2,
        ["He Lifeng", "He Lifeng"],
        "{all:#?}"
    );
    // The pronoun stays no name.
    let people = all.iter().filter(|(label, _, _)| *label == "PER").count();
    assert_eq!(people, 1, "{all:#?}");
}

#[test]
fn a_name_given_an_age_is_a_person() {
    // Court and police copy introduce people with their age: "Jordan" is no country here.
    let source = "Man jailed\n\n\
        Jordan Price, 27, of Harehills, admitted wounding. In March, 27 people were hurt.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Jordan Price").0, "PER", "{all:#?}");
    assert!(all.iter().all(|(_, name, _)| name != "Jordan"), "{all:#?}");
}

#[test]
fn a_club_named_after_its_town_is_an_organisation() {
    let source = "Pitcher signs\n\n\
        Drafted by the Tampa Bay Rays in 2019, Ortiz spent two seasons with the Kansas City \
        Royals. He winters in the Cayman Islands and trains in Colorado Springs.\n";
    let all = analysed(source);
    for club in ["Tampa Bay Rays", "Kansas City Royals"] {
        assert_eq!(find(&all, club).0, "ORG", "{all:#?}");
    }
    // A plural of the place's own geography stays the place.
    for place in ["Cayman Islands", "Colorado Springs"] {
        assert_eq!(find(&all, place).0, "LOC", "{all:#?}");
    }
}

#[test]
fn followers_of_a_faith_are_no_person() {
    let source = "Vigil held\n\n\
        Sikhs and Muslims gathered outside the temple on Sunday. Rohingya Muslims have fled \
        across the border, and Mr. Baptist, a local councillor, said more would come.\n";
    let all = analysed(source);
    for group in ["Sikhs", "Rohingya Muslims"] {
        assert_eq!(find(&all, group).0, "MISC", "{all:#?}");
    }
    // A surname that is also a faith's follower, in the singular, stays the person's.
    assert_eq!(find(&all, "Baptist").0, "PER", "{all:#?}");
}

#[test]
fn a_street_named_with_a_surname_word_is_a_place() {
    let source = "Fraud verdict\n\n\
        Helen Ward, 58, of Mill Lane, Stockport, was convicted on Friday. The film starred \
        Glenn Close.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Mill Lane").0, "LOC", "{all:#?}");
    // After a given name, the street's word is a surname.
    assert_eq!(find(&all, "Glenn Close").0, "PER", "{all:#?}");
    // A landscape's word opens a place's name.
    let source = "Ferry keepers\n\nMorag Dunlop has run the crossing of Loch Ardan since 1984.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Loch Ardan").0, "LOC", "{all:#?}");
}

#[test]
fn the_seat_a_member_sits_for_is_a_place() {
    let source = "Bus subsidies\n\n\
        The question had been granted to Labour's Siân Garvey, the member for Teifi Vale, who \
        began gently. 'Can the minister tell the House,' she asked, 'how many routes will \
        close?'\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Teifi Vale").0, "LOC", "{all:#?}");
    assert_eq!(find(&all, "Siân Garvey").0, "PER", "{all:#?}");
}

#[test]
fn an_interviews_labels_name_no_one() {
    let source = "Interview: the baker\n\n\
        Lena Brandt opened her bakery in Leipzig in 2021.\n\n\
        Q: Why bread?\n\n\
        A: Because everyone eats it.\n";
    let all = analysed(source);
    assert!(
        all.iter().all(|(_, name, _)| name != "Q" && name != "A"),
        "{all:#?}"
    );
    assert_eq!(find(&all, "Leipzig").0, "LOC", "{all:#?}");
}

#[test]
fn a_name_described_with_which_is_no_person() {
    let source = "Lighthouse keepers remembered\n\n\
        Trinity House, which runs the lighthouse, said automation had made the service safer. \
        Arthur Penhale, who kept the light for 30 years, disagreed.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Trinity House").0, "ORG", "{all:#?}");
    assert_eq!(find(&all, "Arthur Penhale").0, "PER", "{all:#?}");
}

#[test]
fn a_place_set_off_after_an_organisation_is_no_person() {
    let source = "Results day\n\n\
        Ramya Sastry, a psychiatrist at the Government Hospital for Mental Care, Erragadda, \
        urged parents not to compare marks.\n\n\
        \"A mark sheet is not a verdict,\" she said.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Erragadda").0, "LOC", "{all:#?}");
    assert_eq!(find(&all, "Ramya Sastry").0, "PER", "{all:#?}");
}

#[test]
fn the_town_after_an_address_street_is_no_person() {
    let source = "Driver guilty\n\n\
        Lewis Carden, 29, of Hatherley Road, Dunmore, had denied the charge, telling the jury \
        that he had looked at the phone only \"for a second\".\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Dunmore").0, "LOC", "{all:#?}");
    assert_eq!(find(&all, "Lewis Carden").0, "PER", "{all:#?}");
}

#[test]
fn a_title_or_a_members_acronym_alone_names_no_one() {
    let source = "Raid on jeweller\n\n\
        Detective Inspector Nadia Frost said the shop had been raided before. The Detective \
        Inspector said two men were sought. The local MP, Gareth Lyle, said he had written to \
        the council, and the MP said residents were frightened.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Nadia Frost").0, "PER", "{all:#?}");
    assert_eq!(find(&all, "Gareth Lyle").0, "PER", "{all:#?}");
    assert!(
        all.iter().all(|(_, name, _)| !matches!(
            name.as_str(),
            "Inspector" | "Detective Inspector" | "MP"
        )),
        "{all:#?}"
    );
}

#[test]
fn a_relative_named_by_a_given_name_and_a_listed_town_after_in_are_what_they_are() {
    let source = "Fishing family\n\n\
        Tamsin Rook grew up above a chip shop. Her father, Alan, skippered a trawler out of \
        Scarborough until the boat was sold. Her brother, Jordan, still lives in Whitby, and \
        their mother moved to a cottage near Pickering.\n";
    let all = analysed(source);
    for person in ["Alan", "Jordan"] {
        assert_eq!(find(&all, person).0, "PER", "{all:#?}");
    }
    for place in ["Scarborough", "Whitby"] {
        assert_eq!(find(&all, place).0, "LOC", "{all:#?}");
    }
}

#[test]
fn a_fund_a_food_maker_and_a_primary_school_are_organisations() {
    let source = "Snack maker warns\n\n\
        \"Margins will be tight,\" said Helen Drury, a fund manager at Larchmont Capital. \
        Shares in Fennick Foods fell 9 per cent, and parents at Ashby Marsh Primary held a \
        bake sale.\n";
    let all = analysed(source);
    for organisation in ["Larchmont Capital", "Fennick Foods", "Ashby Marsh Primary"] {
        assert_eq!(find(&all, organisation).0, "ORG", "{all:#?}");
    }
}

#[test]
fn a_named_storm_read_as_a_persons_two_words_is_the_storm() {
    let source = "Gales on the way\n\n\
        The Met Office said Storm Brannagh, the fourth named storm of the season, would arrive \
        overnight. Forecaster Priya Ventura said the winds would peak on Friday.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Storm Brannagh").0, "MISC", "{all:#?}");
    assert_eq!(find(&all, "Priya Ventura").0, "PER", "{all:#?}");
}

#[test]
fn a_storms_given_name_alone_is_the_storm() {
    let source = "Hurricane Odile makes landfall\n\n\
        Hurricane Odile came ashore near Port Verity early on Monday. By noon the weather \
        service said Odile had weakened, and officials expect Odile to bring heavy rain.\n";
    let all = analysed(source);
    let storm = find(&all, "Hurricane Odile");
    assert_eq!(storm.0, "MISC", "{all:#?}");
    assert!(storm.2.iter().any(|m| m == "Odile"), "{all:#?}");
    assert!(all.iter().all(|(label, _, _)| *label != "PER"), "{all:#?}");
}

#[test]
fn a_firms_first_word_alone_is_the_firm() {
    // "Pemberton" is on the list of surnames.
    let source = "Startup raises $40 million\n\n\
        The round was led by Pemberton Capital, the company said.\n\n\
        Pemberton partner Lena Whitcombe, who will join the board, said the firm had looked at \
        dozens of startups.\n";
    let all = analysed(source);
    let firm = find(&all, "Pemberton Capital");
    assert_eq!(firm.0, "ORG", "{all:#?}");
    assert!(firm.2.iter().any(|m| m == "Pemberton"), "{all:#?}");
    assert_eq!(find(&all, "Lena Whitcombe").0, "PER", "{all:#?}");
}

#[test]
fn a_company_named_in_another_language_is_no_person() {
    let source = "Shippers wait\n\n\
        “Nobody knows when the goods will arrive,” said Anja Brandholm, managing director of \
        the Kiel forwarder Brandholm Logistik.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Brandholm Logistik").0, "ORG", "{all:#?}");
    assert_eq!(find(&all, "Anja Brandholm").0, "PER", "{all:#?}");
}

#[test]
fn a_committees_remit_of_two_words_before_and_is_part_of_its_name() {
    let source = "Toll plan questioned\n\n\
        The chief executive was questioned by the Commons Roads and Bridges Committee on \
        Tuesday.\n";
    let all = analysed(source);
    assert_eq!(
        find(&all, "Commons Roads and Bridges Committee").0,
        "ORG",
        "{all:#?}"
    );
    assert_eq!(all.len(), 1, "{all:#?}");
}

#[test]
fn a_word_before_a_trade_opening_a_headline_is_no_person() {
    let source = "Van driver who was texting jailed for killing pedestrian\n\n\
        By Rhys Tanner, Crime Reporter\n\n\
        A delivery driver has been jailed.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Rhys Tanner").0, "PER", "{all:#?}");
    assert_eq!(all.len(), 1, "{all:#?}");
}

#[test]
fn a_plural_noun_opening_a_sentence_after_a_dateline_is_no_person() {
    let source = "Grounded tanker blocks Orwen Strait for third day\n\n\
        Marta Lindqvist | Shipping editor\n\n\
        PORT ESKER — Salvors will make another attempt on Friday to refloat the tanker Grey \
        Heron, which has been aground across the strait since Monday.\n";
    let all = analysed(source);
    assert!(all.iter().all(|(_, name, _)| name != "Salvors"), "{all:#?}");
    assert_eq!(find(&all, "Marta Lindqvist").0, "PER", "{all:#?}");
}

#[test]
fn a_body_named_by_a_lower_case_noun_and_an_honour() {
    let source = "Mooring fees to rise\n\n\
        The exchange took place at Tuesday's meeting of the Port Kellan harbour board, \
        according to a transcript. Its chair, Ian Gault, who was appointed MBE in 2004, said \
        the rise was overdue.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Port Kellan harbour board").0, "ORG", "{all:#?}");
    assert_eq!(find(&all, "Ian Gault").0, "PER", "{all:#?}");
    assert!(all.iter().all(|(_, name, _)| name != "MBE"), "{all:#?}");
}

#[test]
fn a_given_name_alone_with_an_age_is_a_person() {
    let source = "Review: Salt Road\n\n\
        The story follows Tiago, 17, played by the newcomer Bruno Reis, through one summer in \
        Lisbon.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Tiago").0, "PER", "{all:#?}");
    assert_eq!(find(&all, "Lisbon").0, "LOC", "{all:#?}");
}

#[test]
fn an_unlisted_town_after_in_and_a_forest_are_places() {
    let source = "Harwick flood: what we know\n\n\
        Hundreds of homes in Harwick and the surrounding villages were evacuated on Sunday. \
        Rain fell across the region, with the Met Office recording 94mm at its Dalby Forest \
        station in 24 hours, more than a month's average. \
        Hydrologists say towns like Harwick can expect such floods every few years.\n";
    let all = analysed(source);
    let harwick = find(&all, "Harwick");
    assert_eq!(harwick.0, "LOC", "{all:#?}");
    assert_eq!(harwick.2.len(), 3, "{all:#?}");
    assert_eq!(find(&all, "Dalby Forest").0, "LOC", "{all:#?}");
}

#[test]
fn a_stations_number_or_region_is_part_of_its_name() {
    let source = "Flood response praised\n\n\
        Cllr Margaret Oduya told BBC Radio York the response had been swift. Her deputy told \
        BBC Radio 4 that the barrier had held.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "BBC Radio York").0, "ORG", "{all:#?}");
    assert_eq!(find(&all, "BBC Radio 4").0, "ORG", "{all:#?}");
    assert!(all.iter().all(|(_, name, _)| name != "York"), "{all:#?}");
}

#[test]
fn a_towns_city_club_and_a_one_word_club_with_have_are_organisations() {
    let source = "Hartley closes in on move\n\n\
        Jack Hartley joined Villa from Leicester City in 2021. Napoli have agreed a fee, and he \
        flew to Mexico City on Monday.\n";
    let all = analysed(source);
    assert_eq!(find(&all, "Leicester City").0, "ORG", "{all:#?}");
    assert_eq!(find(&all, "Napoli").0, "ORG", "{all:#?}");
    assert_eq!(find(&all, "Mexico City").0, "LOC", "{all:#?}");
}

#[test]
fn a_first_name_read_once_as_a_person_is_the_person_in_every_mention() {
    let source = "The night the river rose\n\n\
        Her sister, Isla, lives in Leeds. Isla remembers the flood well. She says it was the \
        worst night of her life.\n";
    let analysis = analyze(source, Format::PlainText, &Config::default());
    let labels: Vec<&str> = (analysis.entities.mentions.iter())
        .filter(|m| m.span.slice(source) == "Isla")
        .map(|m| m.label.as_str())
        .collect();
    assert_eq!(labels, ["PER", "PER"]);
}

#[test]
fn a_surname_with_a_mans_title_joins_the_man_of_that_name_not_his_wife() {
    // Both full names appear once; "Michelle Obama" comes first. "Mr. Obama" is the
    // president, as "Mrs. Clinton" is not "Bill Clinton".
    let source = "The first lady, Michelle Obama, sat in the front row.\n\
        Mr. Obama thanked the donors, and Mr. Obama's speech ran long.\n\
        Barack Obama was first elected in 2008.\n\
        Bill Clinton spoke next. Hillary Clinton followed him.\n\
        Mrs. Clinton said the race was close.\n";
    let entities = analyse(source, &[]);
    let all = referents(source, &entities);
    assert_eq!(find(&all, "Michelle Obama").2, ["Michelle Obama"]);
    assert_eq!(
        find(&all, "Barack Obama").2,
        ["Obama", "Obama", "Barack Obama"]
    );
    assert_eq!(find(&all, "Bill Clinton").2, ["Bill Clinton"]);
    assert_eq!(
        find(&all, "Hillary Clinton").2,
        ["Hillary Clinton", "Clinton"]
    );
}

#[test]
fn a_body_two_places_share_is_named_by_both() {
    let source = "Hospital car park fees to rise\n\n\
        Parking will cost more from April, Ashvale and Morrow Hospitals Trust said on \
        Thursday. Staff at Thornby and South Fell District Council were told the same.\n";
    let all = analysed(source);
    for name in [
        "Ashvale and Morrow Hospitals Trust",
        "Thornby and South Fell District Council",
    ] {
        assert_eq!(find(&all, name).0, "ORG", "{all:#?}");
    }
    // Places listed before a body keep their own names.
    let listed = analysed(
        "Flooding closed roads in Ashvale, Thornby and Morrow County Council \
         said more rain was due.\n",
    );
    assert!(
        listed
            .iter()
            .all(|(_, name, _)| !name.starts_with("Thornby and")),
        "{listed:#?}"
    );
}

#[test]
fn a_place_before_an_organisations_words_opens_its_name() {
    let source =
        "Tarnley Civic Action, which fought the bypass, said the vote betrayed the valley. \
        Members of the Dunholt Walkers Society met on Friday.\n";
    let all = analysed(source);
    for organisation in ["Tarnley Civic Action", "Dunholt Walkers Society"] {
        assert_eq!(find(&all, organisation).0, "ORG", "{all:#?}");
    }
}
