//! Scores and weasels on prose we may ship: the bundled example and sentences written here.

use super::*;
use crate::text::{split_sentences, tokenize, Format, Prose};

const EXAMPLE: &str = include_str!("../../../examples/foreign-policy-concept.txt");

/// Every sentence of a plain-text document with its score, as the analysis would see them.
fn scored(source: &str) -> Vec<(String, f32)> {
    let prose = Prose::parse(source, Format::PlainText);
    let mut out = Vec::new();
    for block in &prose.blocks {
        for sentence in split_sentences(&prose.text, block.span, Format::PlainText.line_breaks()) {
            let tokens = tokenize(&prose.text, sentence);
            let score = score_sentence(&prose.text, sentence, &tokens, block.kind).score;
            out.push((sentence.slice(source).to_string(), score));
        }
    }
    out
}

fn score_of(scores: &[(String, f32)], needle: &str) -> f32 {
    scores
        .iter()
        .find(|(s, _)| s.contains(needle))
        .unwrap_or_else(|| panic!("no sentence contains {needle:?}"))
        .1
}

#[test]
fn the_example_flags_causal_and_evaluative_claims() {
    let scores = scored(EXAMPLE);
    for claim in [
        "which has led NATO to consolidate and Moscow to turn to China.",
        "which nonetheless seem increasingly biased in favor of Beijing.",
    ] {
        let score = score_of(&scores, claim);
        assert!(score >= 0.5, "{claim:?} scored {score}");
    }
}

#[test]
fn the_example_page_furniture_is_not_a_claim() {
    let scores = scored(EXAMPLE);
    for furniture in [
        "top of page",
        "Russia to step up cooperation with China: Foreign Policy Concept",
        "Focus on Eurasia",
        "G Iuvinale",
        "17 visualizzazioni0 commenti",
        "bottom of page",
    ] {
        let score = score_of(&scores, furniture);
        assert!(score < 0.5, "{furniture:?} scored {score}");
    }
}

fn reasons_of(sentence: &str) -> Vec<(ReasonKind, &str)> {
    let tokens = tokenize(sentence, Span::new(0, sentence.len()));
    score_sentence(
        sentence,
        Span::new(0, sentence.len()),
        &tokens,
        BlockKind::Paragraph,
    )
    .reasons
    .into_iter()
    .map(|r| (r.kind, r.span.slice(sentence)))
    .collect()
}

#[test]
fn reasons_name_the_cue_words() {
    let causal = "The assault on Ukraine has led NATO to consolidate and Moscow to turn to China.";
    assert!(reasons_of(causal).contains(&(ReasonKind::Causal, "has led")));
    // What a change "reflects" is its cause, the writer's reading of it.
    let reflects = "Much of the rise in claims reflects costlier repairs, not more storms.";
    assert!(reasons_of(reflects).contains(&(ReasonKind::Causal, "reflects")));
    let evaluative = "Relations nonetheless seem increasingly biased in favor of Beijing.";
    assert!(reasons_of(evaluative).contains(&(ReasonKind::Evaluative, "increasingly biased")));
    assert_eq!(
        reasons_of("Unemployment fell to 4.1% in 2019."),
        [
            (ReasonKind::Statistic, "Unemployment"),
            (ReasonKind::Comparative, "fell"),
            (ReasonKind::Statistic, "4.1%"),
            (ReasonKind::Date, "2019")
        ]
    );
}

#[test]
fn a_telephone_number_is_no_statistic() {
    for sentence in [
        "Report a gas leak to Northfield Gas at 1-800-555-0177.",
        "The helpline is on (555) 010-2030 until midnight.",
        "Readers abroad can ring +44 20 7946 0321.",
        "The hotline, 0800 555 0188, opens at noon.",
    ] {
        let statistics: Vec<_> = reasons_of(sentence)
            .into_iter()
            .filter(|(kind, _)| *kind == ReasonKind::Statistic)
            .collect();
        assert!(statistics.is_empty(), "{sentence}: {statistics:?}");
    }
    // A range of figures joined by a dash stays a statistic.
    assert!(reasons_of("Calls to the line rose to 120-150 a day.")
        .iter()
        .any(|(kind, _)| *kind == ReasonKind::Statistic));
}

/// The claim reading of `sentence` as a paragraph of its own.
fn paragraph_claim(sentence: &str) -> ClaimScore {
    let tokens = tokenize(sentence, Span::new(0, sentence.len()));
    score_sentence(
        sentence,
        Span::new(0, sentence.len()),
        &tokens,
        BlockKind::Paragraph,
    )
}

fn narrated(sentence: &str) -> bool {
    paragraph_claim(sentence).narrated
}

#[test]
fn an_event_in_the_passive_one_that_happens_or_a_death_with_no_cue_is_narrated() {
    for sentence in [
        "The victim was taken to Hull Royal Infirmary.",
        "The count took place overnight.",
        "The post office reopened the following week.",
        "The hearing resumed on Monday after a short adjournment.",
        "A man was taken to hospital with serious injuries after a crash on Sunday night.",
        "The road was closed for several hours while officers examined the scene.",
        "Riot police were deployed to the station in the evening after fans marched through the town.",
        "The cause of the fire is being investigated.",
        "The match was not postponed.",
        "Former councillor John Reid has died at the age of 79.",
        // Arrests, charges and verdicts are on the court's or the police's record.
        "A 31-year-old man from Hexham was arrested on Friday morning.",
        "The former treasurer was convicted of fraud in March.",
        "Her brother was cleared of all charges.",
        // The court's outcome with the sums and terms read out at it.
        "A bookkeeper who stole more than £90,000 from the charity has been jailed for four years.",
        "He was fined $20,000 and sentenced to 200 hours of community service.",
        "The regulator fined Harbour Water £8m in 2022 for failing to report leaks.",
        // A rule that comes into force, a paper that appeared.
        "The new parking charges take effect on May 1.",
        "The findings were published in the journal Thorax.",
        "The match kicked off at 7.45pm in driving rain.",
        // A central bank's rate decision, which it publishes.
        "The central bank held its benchmark rate in a range of 4.25% to 4.5%.",
        "The Bank of England has cut interest rates to 4% on Thursday.",
        // A meeting or a vote held.
        "The council held a vote on 4 May.",
        "The two leaders held talks in Geneva on Friday.",
        // A fire or fighting that starts.
        "The fire broke out on Sunday afternoon near the village of Benahavis.",
        "Fighting erupted in the north of the city on Tuesday.",
        // A public vote told by its tally.
        "The licensing bill passed by 52 votes to 38 in the upper house.",
        "The motion was carried by a vote of 6 to 3 on Thursday.",
        // A match told by its clock, and where the result leaves a side.
        "Okafor equalised in the 67th minute with a curling free kick.",
        "The visitors went ahead on 12 minutes, and Price was booked before half-time.",
        "Dunmore hit the bar four minutes later.",
        "The draw leaves Dunmore second in the table, three points behind leaders Alton.",
        "The defeat leaves Alton 18th in the league, a point above the relegation zone.",
        "Alton scored twice in the space of four minutes before the half-hour mark.",
        "Kerr curled a free kick into the top corner from 25 yards in the 31st minute.",
        // What a public body decided is published.
        "Late on Sunday the council lifted the curfew it had imposed after the riots.",
        "The appeals court sent the case back to a lower court.",
        "In 2011 the state legislature repealed the ban.",
        // With its time between the body and the act.
        "Harbour regulators last year approved a levy of at least 40% on new data centres.",
        // With the figures it published, or by the name its noun heads.
        "The electoral commission has approved 412 polling stations, up from 350 in 2019.",
        "The Division of Coastal Fisheries has closed three beaches to let the dunes recover.",
        // The term announced with a measure.
        "The parking ban will stay in force until at least October.",
        "The curfew will last until Friday morning.",
        // An organisation's size, as it publishes it.
        "Brackwell Dairies employs around 2,300 people at six sites.",
        "The hostel is run by Northfold Housing, which operates 41 shelters across Ulster.",
        // An event counted among its kind.
        "The ceasefire, agreed in Nairobi on May 9, was the second since the start of the year.",
        "It was the fourth walkout at the plant this year.",
        // A match told by its play.
        "Alton had gone ahead through a first-half penalty after their striker was hauled down.",
        "Reid levelled soon after the restart, volleying in from the edge of the box.",
        "Dunmore equalised when Keane curled a free kick into the top corner.",
        // Rugby's and cricket's.
        "Referee Hemi Walters also awarded a penalty try, and at 25-13 the contest appeared over.",
        "Wing Fetu Alofaga scored twice in the first half, and the home side led 18-7.",
        "Khan bowled Patel with the first ball of the innings.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // A report with no one behind it, a cue, the active voice.
        "He was accused of lying.",
        "The bid was rejected because of its price.",
        "The road was closed for 40 days.",
        "Officers examined the scene.",
        // An event that did not happen.
        "He spent two years in a cell without being charged.",
        "The film shows how the system failed a teenager after being imprisoned for three years.",
        // A court's outcome with a forecast beside it.
        "He was jailed for four years, a term that will deter others.",
        "The regulator fined Harbour Water £8m, which will push up bills.",
        // An act with an object someone may claim.
        "The episode reopened long-standing divisions among his advisers.",
        "The senator kicked off her campaign in Dayton.",
        "The twins broke out of jail.",
        // A view held, or what a meeting decided.
        "She held the view that the 2019 vote was rigged.",
        "The council held a vote on 4 May and cut the library budget by 40%.",
        // A rate decision with its effect, or a lender's rates.
        "The Fed cut rates to 2%, which will revive the housing market.",
        "Harbour Building Society cut its mortgage rates to 4%.",
        // A tally with a claim beside it.
        "The bill passed by 52 votes to 38, which will weaken the governor.",
        // A match with a judgement or a prediction; a table at dinner.
        "Okafor equalised in the 67th minute, the best goal of the season.",
        "Dunmore will finish top of the table.",
        "The two founders were at the head of the table.",
        // A body's act with a figure, or a person's.
        "The board cut the chief executive's bonus by 40 percent.",
        "The electoral commission has approved 412 polling stations, which will swing the vote.",
        "Harbour Water closed 12 of its reservoirs in 2022.",
        "The mayor lifted the mood of the room.",
        // How long a thing will last that nobody announced, or a term with no end named.
        "The drought will last until June.",
        "The parking ban will stay in force until the economy recovers.",
        // A size compared with others'.
        "Brackwell Dairies employs more people than any other firm in the county.",
        // A rank that is no count of events.
        "The ceasefire, agreed in Nairobi on May 9, was the second step to peace.",
        // One word of a match's play alone is politics as often.
        "The governor has restored the death penalty for treason.",
        "She was a fierce defender of the ballot box.",
        "The charity hired its first full-time organiser.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

#[test]
fn an_elections_count_is_narrated() {
    for sentence in [
        "Ruth Okafor, a retired midwife, took 9,412 votes, 1,208 more than the sitting councillor.",
        "The Independents came second with 3,870 votes.",
        "Dale Morrow won 2,106 votes and kept his deposit.",
        "Turnout was 36.4%, down from 52% at the last election.",
        "She received 61 percent of the vote to Finch's 39 percent.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // A running count, a poll's share, a count with a forecast beside it.
        "Okafor leads by 2,300 votes with half the wards still to declare.",
        "The party would get 15 percent of the vote, the survey suggests.",
        "Dale Morrow won 2,106 votes, which will force a recount.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

#[test]
fn a_scene_the_writer_saw_is_narrated() {
    for sentence in [
        "In the east end of Marrow Bay, green tarps now cover nearly every roof.",
        "Sandbags have replaced doors on whole streets.",
        "A list of the missing still hangs in the window of the post office.",
        "Okafor appeared by video from the county jail.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // A restriction or an impression is more than what was seen.
        "The scheme covers only homes in the flood zone.",
        "The mood appeared to change over the weekend.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

#[test]
fn a_charge_a_plea_and_the_maximum_penalty_are_the_court_record() {
    for sentence in [
        "Ned Farrow, of the 300 block of Heron Way, is charged with arson in the March 4 fire.",
        "Farrow pleaded not guilty at a hearing on Tuesday.",
        "If convicted of arson, Farrow faces up to 15 years in state prison.",
        "The charge carries a maximum sentence of 10 years' imprisonment.",
        "Farrow was jailed for nine years.",
        "He was also banned from driving for 13 and a half years.",
        "Tillery remains free on a $50,000 bond.",
        "She was released on $10,000 bail.",
        // The sum a party claims is on the court's file.
        "The union, which has joined the case as a civil party, is seeking 2 million euros in damages.",
        "Ms. Hale sued the county for $3 million in damages.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // What the defendant is said to have done is the prosecution's claim.
        "Farrow is accused of setting 14 fires in 2023.",
        // A term with no custody is no penalty.
        "The valley faces up to 20 years of drought.",
        // A bond the markets trade is no bail.
        "The city sold a $50 million bond on Tuesday to pay for the bridge.",
        // Limiting damages is no sum claimed.
        "Insurers are seeking to limit the damages to $2 million.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

#[test]
fn a_named_price_move_by_its_percentage_is_on_record() {
    for sentence in [
        "Northway Bank dropped 14 per cent and Pellam & Co. lost 9 per cent.",
        "The S&P 500 fell 2 percent this week, while the Dow lost 0.8 percent.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // A poll's move in points is a claim.
        "In this poll, Trump rose 1 percentage point since the debate.",
        // The sentence's first word may be no name.
        "Support fell 5 percent among young voters.",
        // A place is no company: the writer's figure.
        "Sales in Scotland fell 12% as rivals cut prices.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

#[test]
fn a_named_sources_estimate_is_its_act() {
    for sentence in [
        "The government put the figure at 40 percent.",
        "Penhaligon put his losses at more than £400,000.",
        "Forbes put his net worth at $45 billion.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // A crowd with no name is no source.
        "Some put the death toll at 300.",
        // No figure is put.
        "The vote put her at odds with the president, who won 52 percent.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

#[test]
fn a_named_doers_deal_or_ruling_in_the_passive_is_on_record() {
    for sentence in [
        "It was bought by the private equity firm Halvard Capital in 2021 for £1.2bn.",
        "An earlier rule, in 2020, was struck down by a federal judge.",
        "The case was brought by a coalition of 14 states.",
        "It was recommended for approval by the council's planning officials, subject to 31 conditions.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // No doer, or a crowd for one: by whom?
        "The plant was loaded with $40 million in debt in 2019.",
        "The plan was rejected by many as too costly in 2019.",
        "The rule was rejected by critics in 2019.",
        // A cause beside the act stays a claim.
        "It was bought by Halvard Capital in 2021, which led to 300 job losses.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

/// The document `sentence` names with its owner, if any (`stance::find_named_document`).
fn named_document(sentence: &str) -> Option<&str> {
    paragraph_claim(sentence)
        .document
        .map(|span| span.slice(sentence))
}

#[test]
fn a_document_named_with_its_owner_or_a_name_is_found() {
    for (sentence, document) in [
        (
            "Patel had 41 percent support in a Harbour Radio poll.",
            "a Harbour Radio poll",
        ),
        (
            "That kept the Treasury's estimate of growth at 1.4 percent this year.",
            "Treasury's estimate",
        ),
        (
            "On Tuesday the fund cut its growth forecast to 1.2 percent.",
            "its growth forecast",
        ),
        (
            "Turnout fell by a fifth in a survey by Northfield University.",
            "survey by Northfield",
        ),
        // The poll named before.
        (
            "Support for the plan rose to 58 percent in the same poll.",
            "the same poll",
        ),
        (
            "The benefit in the study was greatest among people over 75.",
            "the study",
        ),
        // A name of many words, joined by slashes.
        (
            "Patel led by 9 points in the latest Harbour Radio/Northfield Gazette/Lister poll.",
            "the latest Harbour Radio/Northfield Gazette/Lister poll",
        ),
    ] {
        assert_eq!(named_document(sentence), Some(document), "{sentence:?}");
    }
    for sentence in [
        // Polls in general, or one that names no one, are no source.
        "Patel has a wide lead in the polls.",
        "Support for the plan rose to 58 percent in a recent survey.",
        "The race is chaotic because of the absence of the Ashford straw poll.",
        "The weather forecast for Friday is poor.",
        "The former Ashford mayor has been stuck in single digits in the polls.",
        // A time says when, not whose.
        "The stock had gained 38% this year before Thursday's report.",
        "The rate fell below 4% in January's figures.",
    ] {
        assert_eq!(named_document(sentence), None, "{sentence:?}");
    }
}

#[test]
fn a_dated_event_told_in_the_simple_past_is_narrated() {
    for sentence in [
        "The two sides last met on Nov. 7.",
        "The company went into administration last year.",
        "The dog turned up under a neighbour's porch on Sunday morning.",
        "At its last full inspection, in 2017, the school was judged outstanding.",
        "The twins broke out of jail in 2019.",
        // A month is the date: "in March", "last June".
        "The last timetable change, in March, removed the Sunday service altogether.",
        // "not … until" tells when, and denies nothing.
        "Power was not restored until 6am on Monday.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // A perfect, a present, a forecast or a denial: claims to check.
        "That target has not been met nationally since 2015.",
        "Its next meeting is on April 2.",
        "Prices could rise later this year.",
        "The two sides never met in 2023.",
        // No date: the past alone tells nothing on record. An aim or an attitude is a claim.
        "The Highlanders looked the better side.",
        "In 2015 regulators were prepared for the company to shunt its liabilities.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

#[test]
fn where_someone_went_or_was_is_narrated() {
    for sentence in [
        "The health secretary visited the clinic on Thursday.",
        "Patel campaigned in Dover and Folkestone last week.",
        "The minister arrived at the summit on Sunday evening.",
        "Okafor met with union leaders on Tuesday.",
        "The candidate spent the afternoon with volunteers at the party's office.",
        "Last week she made three campaign stops in the county.",
        "He was in Brussels for the talks.",
        // A scene: where someone sat, stood or gathered, and with whom.
        "Lindqvist, the outgoing party chair, sat in a hotel lobby in Leeds on a wet morning.",
        "Volunteers gathered at a community hall on the edge of town.",
        "A farmer stood beside the ruins of his barn.",
        "The foreign minister met for three hours with her Turkish counterpart.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // Denied, a stance, a state, or what someone met with: claims to check.
        "The mayor never visited the flooded estates.",
        "The party campaigned hard against the new runway.",
        "Patel arrived exhausted after the count.",
        "The plan has been met with anger.",
        // A stance, not a place; a committee.
        "The mayor stood by her decision to close the library.",
        "The standing committee in Leeds blocked the plan.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

#[test]
fn an_inquiry_under_way_or_a_process_opened_is_narrated() {
    for sentence in [
        "The county prosecutor is investigating the crash.",
        "Ms. Hale and her deputy began lengthy negotiations with the rail unions.",
        "On Tuesday, regulators opened an investigation into the collapse.",
        "The senator scrutinized reports from the harbour authority.",
        "The two ministers held talks in Vienna.",
        "The cause of the fire remains under investigation.",
        "The contract is under review.",
        // A question put, in the passive: the asking is on record.
        "At a town hall on Friday, the mayor was asked about the closure of the bypass.",
        "In an interview last year, she was asked whether she would stand again.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // Denied, a suspicion, no object, or a noun: claims to check.
        "The council has not opened an investigation into the contract.",
        "Police are investigating whether the fire was set deliberately.",
        "The cause of the fire is not under investigation.",
        "The agency investigated in advance but failed to act.",
        "The report noted a rise in naval probing along the coast.",
        // A request, and a question with its result.
        "The minister was asked to resign over the contract.",
        "When voters were asked who they trusted, 54 percent chose the mayor.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

fn states_a_record(sentence: &str) -> bool {
    let tokens = tokenize(sentence, Span::new(0, sentence.len()));
    let normalized = NormalizedSentence::new(sentence, &tokens);
    let reasons = cues::find_reasons(sentence, &normalized, &tokens);
    only_states_a_record(sentence, &normalized, &tokens, &reasons)
}

#[test]
fn an_event_scheduled_for_a_time_is_on_record() {
    for sentence in [
        "The next meeting is scheduled for Jan. 27.",
        "The talks are scheduled for Jan. 27-28.",
        "The vote has been set for next Tuesday.",
        "A march is planned for Saturday, July 18.",
        "The summit will take place on 3-4 March.",
        "The board is scheduled to take up the plan again on May 4.",
    ] {
        assert!(states_a_record(sentence), "{sentence:?}");
    }
    for sentence in [
        // What is foreseen, not scheduled.
        "Labour is set for a landslide on Thursday.",
        "The meeting is scheduled for Jan. 27 and will approve a 5% rise.",
    ] {
        assert!(!states_a_record(sentence), "{sentence:?}");
    }
}

#[test]
fn a_result_is_on_record_in_the_perfect_too() {
    for sentence in [
        "Okafor won the mayoral primary in Leeds.",
        "Okafor has won the mayoral primary in Leeds.",
        "The Greens have already won the county.",
        "Okafor also won the county.",
    ] {
        assert!(states_a_record(sentence), "{sentence:?}");
    }
    for sentence in [
        // A hope, not a result.
        "The party hopes to have won the seat.",
        "The party expects to have beaten its rivals by Friday.",
    ] {
        assert!(!states_a_record(sentence), "{sentence:?}");
    }
}

#[test]
fn a_polls_method_is_on_record() {
    for sentence in [
        "The survey was conducted March 2-6 among 1,204 registered voters.",
        "The statewide telephone poll was conducted over five days on landlines and cellphones.",
        "The institute surveyed 812 likely voters in Kent and 790 in Essex.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // A result, or a poll further on than the subject: claims to source.
        "The survey was conducted in May and found the mayor 6 points ahead.",
        "Turnout fell in four of the seven districts where exit polls were conducted in June.",
        "The charity surveyed 40 percent of the county's schools and found most short of staff.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

#[test]
fn a_studys_method_told_by_its_researchers_is_on_record() {
    for sentence in [
        "Researchers from Bangor University measured carbon in sediment cores taken from 14 meadows between 2021 and 2023.",
        "The team tracked 3,400 patients for five years.",
        // The study itself, after its journal.
        "The study, published in the Annals of Coastal Health, followed 48,200 adults for an average of six years.",
        "The trial enrolled 1,840 patients in 12 countries.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // A result, or researchers who are no subject: claims to source.
        "Researchers measured 14 meadows and found carbon building up 35 times faster.",
        "The money paid for 40 researchers who studied the coast.",
        "Scientists say the meadows store carbon 35 times faster than forests.",
        "The study followed 48,200 adults and found a 20 percent higher risk.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

#[test]
fn what_a_report_is_based_on_is_on_record() {
    for sentence in [
        "The report was based on interviews with 212 nurses, managers and former patients.",
        "It is based on a survey of 3,050 tenants carried out last winter.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // A result, or a basis with no count: claims to source.
        "The report was based on interviews with 212 nurses and found that most wards were short of staff.",
        "The decision was based on interviews, not on the records.",
        "Prices are based on demand, and rose 12 percent in May.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

#[test]
fn the_post_a_person_holds_is_on_record() {
    for sentence in [
        "Maya Okafor is director of elections at the University of Leeds.",
        "Grant was the chairman of the Eastbury Rotary Club.",
        "She is a senior political correspondent for the Northfield Gazette.",
        "Lena Park, a former teacher, has been a member of the council since 2014.",
        "Tom Reyes is an economist.",
        // A post held to someone or something.
        "Nadia Brook, a niece of the late senator, has been a contributor to the programme since 2011.",
        "Amir Haddad is now a senior adviser to the mayor.",
        // A relative's post or trade.
        "Ms. Lindqvist's father was a Swedish immigrant.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // Where someone stands, or a clause that opens with the post.
        "Grant is the leader of the field in the polls.",
        "Whoever is president, the bank's role remains unclear.",
        "The director of the museum is Maya Okafor.",
        "Grant is not a member of the club.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
}

#[test]
fn a_public_act_not_made_is_on_record() {
    for sentence in [
        "The White House has not taken a position on the draft.",
        "The harbour board does not publish its daily figures.",
        "A consultation closed in January, but ministers have yet to publish their response.",
        "The council has yet to decide whether to appeal.",
        "The regulator hasn't commented on the merger.",
        "The club did not immediately respond.",
        "The council has not set a date for the vote.",
        "The company has not given a reason for the closure.",
        "The club has not made the figures public.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    for sentence in [
        // A substantive act not done is a claim about the world.
        "The company has not paid tax in a decade.",
        "The government has yet to implement most of the review's recommendations.",
        // Nor is an infinitive's negation what the sentence tells.
        "She is the first candidate in decades to not release her tax returns.",
        // Not ruling a thing out keeps it in view: a stance.
        "The union has not ruled out a strike.",
        // A public act with a figure still gives the figure.
        "The board has not published its accounts, which show a loss of £4 million.",
    ] {
        assert!(!narrated(sentence), "{sentence:?}");
    }
    assert_read_as_unsourced("The company has not paid tax in a decade.");
}

fn paragraph_score(sentence: &str) -> f32 {
    paragraph_claim(sentence).score
}

#[test]
fn news_claims_with_cues_pass_the_threshold() {
    for sentence in [
        "Unemployment rose to 7.2% last month.",
        "The strike has forced hundreds of flights to be cancelled.",
        "The reform was a disaster for small businesses.",
        "The decision has sparked outrage among farmers.",
    ] {
        let score = paragraph_score(sentence);
        assert!(score >= 0.5, "{sentence:?} scored {score}");
    }
}

#[test]
fn questions_pleasantries_and_page_furniture_score_low() {
    for sentence in [
        "Why does it matter?",
        "What happens next?",
        "Thank you very much.",
        "Good evening.",
        "Here is what we know.",
        "Read more below.",
        "Share this article.",
        "Updated at 10:32 GMT.",
    ] {
        let score = paragraph_score(sentence);
        assert!(score < 0.5, "{sentence:?} scored {score}");
    }
}

fn weasels_of(sentence: &str) -> Vec<(WeaselKind, &str)> {
    let tokens = tokenize(sentence, Span::new(0, sentence.len()));
    find_weasels(sentence, Span::new(0, sentence.len()), &tokens)
        .into_iter()
        .map(|w| (w.kind, w.span.slice(sentence)))
        .collect()
}

#[test]
fn vague_attributions_passives_and_hedges() {
    use WeaselKind::*;
    let cases = [
        (
            "Some people say the reform failed.",
            VagueAttribution,
            "Some people say",
        ),
        (
            "Observers note that turnout was low.",
            VagueAttribution,
            "Observers note",
        ),
        (
            "Studies show that the diet works.",
            VagueAttribution,
            "Studies show",
        ),
        (
            "It has been suggested that the fire was set.",
            Passive,
            "It has been suggested",
        ),
        // Expected by whom?
        (
            "Republicans are expected to draw a map that favors them.",
            Passive,
            "are expected to",
        ),
        (
            "A decision is expected on Tuesday.",
            Passive,
            "is expected on",
        ),
        // Nigerian journalese: "gathered" from whom?
        (
            "It was gathered that several filling stations had shut.",
            Passive,
            "It was gathered",
        ),
        (
            "It was learnt that the governor had intervened.",
            Passive,
            "It was learnt",
        ),
        (
            "Some officials say the bridge is unsafe.",
            VagueAttribution,
            "Some officials say",
        ),
        (
            "Many scholars state that the treaty was a mistake.",
            VagueAttribution,
            "Many scholars state",
        ),
        (
            "Experts declare the bridge unsafe.",
            VagueAttribution,
            "Experts declare",
        ),
        (
            "Critics say the plan is too costly.",
            VagueAttribution,
            "Critics say",
        ),
        (
            "Research has shown that the drug works.",
            VagueAttribution,
            "Research has shown",
        ),
        (
            "According to some, the vote was rigged.",
            VagueAttribution,
            "According to some",
        ),
        (
            "It is widely thought that the talks will collapse.",
            Passive,
            "It is widely thought",
        ),
        (
            "It is believed the ship sank in 1702.",
            Passive,
            "It is believed",
        ),
        ("It’s said that he never lost a case.", Passive, "It’s said"),
        ("The tower is said to be haunted.", Passive, "is said to"),
        (
            "The minister reportedly resigned on Monday.",
            Hedge,
            "reportedly",
        ),
        ("The funds were allegedly diverted.", Hedge, "allegedly"),
        // The past tense of the class verbs, as of "said" and "argued".
        (
            "Legal experts maintained that the spirit of the law was observed.",
            VagueAttribution,
            "experts maintained",
        ),
        (
            "Some residents feared the dam would break.",
            VagueAttribution,
            "Some residents feared",
        ),
        (
            "The charity was alleged to have funded the group.",
            Passive,
            "was alleged to",
        ),
        // Groups whose trade is a cause or a view.
        (
            "Campaigners point out that the dam was never finished.",
            VagueAttribution,
            "Campaigners point out",
        ),
        (
            "Environmental groups say the target is far too weak.",
            VagueAttribution,
            "groups say",
        ),
        // Market copy: a crowd of traders, and what "is expected" by nobody named.
        (
            "Some traders believe the market is oversupplied.",
            VagueAttribution,
            "Some traders believe",
        ),
        (
            "It is widely expected that the group will extend its cuts.",
            Passive,
            "It is widely expected",
        ),
    ];
    for (sentence, kind, phrase) in cases {
        assert!(
            weasels_of(sentence).contains(&(kind, phrase)),
            "{sentence:?}: {:?}",
            weasels_of(sentence)
        );
    }
}

#[test]
fn attributed_statements_are_not_weasels() {
    for sentence in [
        "The minister resigned on Monday, the ministry said.",
        "Lavrov said the West was waging a hybrid war against Russia.",
        "The Foreign Policy Concept was approved by President Vladimir Putin on Friday.",
        // Ordinary news attribution; anonymity is the anonymous-source rule's business.
        "Officials said the bridge was safe.",
    ] {
        assert_eq!(weasels_of(sentence), [], "{sentence:?}");
    }
}

#[test]
fn the_month_of_may_is_no_hedge() {
    for sentence in [
        "Inflation may have reached 9 percent in May, the highest in decades, some economists say.",
        "May 5 may be the deadline, many believe.",
    ] {
        let found = weasels_of(sentence);
        assert!(
            !found.iter().any(|&(_, w)| w == "May"),
            "{sentence}: {found:?}"
        );
        assert!(
            found.iter().any(|&(_, w)| w == "may"),
            "{sentence}: {found:?}"
        );
    }
}

#[test]
fn an_amount_asked_for_is_no_weasel() {
    let question = "How many Americans must die before we strike back with all our strength?";
    assert_eq!(weasels_of(question), []);
    assert_eq!(
        weasels_of("Many Americans say we must strike back with all our strength."),
        [(WeaselKind::VagueAttribution, "Many Americans say")]
    );
}

/// What `reading` says of `sentence` alone (also for the readings' own test modules).
pub(super) fn reads(sentence: &str, reading: fn(&NormalizedSentence) -> bool) -> bool {
    let tokens = tokenize(sentence, Span::new(0, sentence.len()));
    reading(&NormalizedSentence::new(sentence, &tokens))
}

fn gives_an_impression(sentence: &str) -> bool {
    reads(sentence, impression::gives_an_impression)
}

#[test]
fn an_impression_of_a_state_is_the_writers_own() {
    for sentence in [
        "The council appeared unconvinced by the developer's figures.",
        "Ministers seemed increasingly isolated within the cabinet.",
        "By the final week the campaign looked exhausted.",
        "It seems increasingly likely that the bypass will be delayed again.",
    ] {
        assert!(gives_an_impression(sentence), "{sentence:?}");
    }
    for sentence in [
        // Where someone appeared, what they looked into, and "seems to".
        "The senator appeared in court on Monday to answer the charges.",
        "The governor appeared alongside the mayor at a rally in Dover.",
        "The mayor looked into the claims about the contract last year.",
        "She seemed to favour the plan for the new bridge.",
        // "look" as a noun.
        "A closer look revealed a gap of $2 million in the accounts.",
    ] {
        assert!(!gives_an_impression(sentence), "{sentence:?}");
    }
    // Whose impression it is goes unsaid: the writer's, and an editor asks who says so.
    assert_read_as_unsourced("The council appeared unconvinced by the developer's figures.");
}

/// Asserts that `sentence`, analysed alone, reads as an unsourced claim by the hand-set rule
/// (which the says-who model weighs with the rest).
fn assert_read_as_unsourced(sentence: &str) {
    let read = crate::analysis::says_who::read_as_unsourced_claims(sentence);
    assert!(!read.is_empty(), "{sentence:?}");
}

fn assesses_what_is_known(sentence: &str) -> bool {
    reads(sentence, assessment::assesses_what_is_known)
}

#[test]
fn an_assessment_of_what_is_known_is_the_writers_own() {
    for sentence in [
        "It is unclear whether the council can afford the new bridge.",
        "It remains uncertain that the depot will reopen.",
        "With the deficit growing, it is hard to see how the county balances its budget.",
        "It is anyone's guess whether the harbour scheme survives the next election.",
        "Perhaps it’s no surprise that the ferry operator raised its fares again.",
        "It was not surprising that turnout fell in the rain.",
        "It is clearer than ever that the league needs a new stadium.",
        "It's highly unlikely the bypass opens before 2030.",
        "Of course, it is hardly surprising that the tax plan favours landlords.",
        "The council, of course, has no money left for the pool.",
    ] {
        assert!(assesses_what_is_known(sentence), "{sentence:?}");
    }
    for sentence in [
        // "clear" of the weather, and "it" as an object.
        "It was clear and cold when the march began.",
        "The mayor made it clear that she would not resign.",
        // Hard to do, not hard to tell.
        "It is hard to build houses on the flood plain.",
        "It is no longer open to the public.",
        "Refunds were paid as a matter of course.",
    ] {
        assert!(!assesses_what_is_known(sentence), "{sentence:?}");
    }
    // Nobody is named who finds it so: the writer's, and an editor asks who says so.
    assert_read_as_unsourced(
        "It is anyone's guess whether the harbour scheme survives the next election.",
    );
}

#[test]
fn a_general_statement_about_a_class_is_the_writers_own() {
    for sentence in [
        "Freight rates have also risen sharply.",
        "Most households would benefit from switching to a fixed tariff.",
        "Harbour pilots are trained to board ships in heavy seas.",
        "Nobody on the council can afford the new fares.",
        "Many small farms can no longer cover their costs.",
    ] {
        assert!(
            reads(sentence, generality::states_a_generality),
            "{sentence:?}"
        );
    }
    for sentence in [
        // What happened, a particular group, a condition, a single subject.
        "All passengers were offered hotel rooms.",
        "The ferry operators are raising fares.",
        "Their lawyers are preparing an appeal.",
        "If voters are unhappy, the mayor will hear about it.",
        "The harbour master says the pilots are ready.",
        "Business is booming on the island routes.",
        // An event just done, not what holds of polls.
        "Polls have closed across Aldmark.",
    ] {
        assert!(
            !reads(sentence, generality::states_a_generality),
            "{sentence:?}"
        );
    }
    // Nobody is named who holds it: the writer's, and an editor asks who says so (the reading
    // as reported alone took these for a group's position).
    assert_read_as_unsourced("Freight rates have also risen sharply.");
    assert_read_as_unsourced("Wage settlements have been slowing for several months.");
}

#[test]
fn a_races_and_an_examinations_results_are_on_record() {
    for sentence in [
        "The Norwegian crossed the line alone in 3hr 58min 40sec, 22 seconds ahead of Brandt.",
        "Moreau finished 14th, three minutes down, and slipped to sixth overall.",
        "Kowalski is now fourth overall at 2min 11sec.",
        "General classification: 1. Ana Ruiz (Spain) 41hr 03min 12sec; 2. Eva Holm (Norway).",
        "Priya Menon of Lakeview School topped the commerce stream with 987 marks out of 1,000.",
        "Boys recorded a pass percentage of 72.4 per cent, against 80.1 per cent for girls.",
        "The chemistry pass rate fell to 64.2 per cent from 70.5 per cent last year.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    // Why a result came is the writer's reading, and an editor asks who says so.
    assert!(!narrated(
        "The chemistry pass rate fell to 64.2 per cent because of a shortage of teachers."
    ));
    assert!(!narrated("Costs rose 38 percent ahead of the election."));
}

#[test]
fn the_record_of_a_life_is_on_record() {
    for sentence in [
        "He was made a knight in 2011 for services to engineering.",
        "She was appointed OBE in 2016.",
        "He is survived by his wife, Ruth, and three sons.",
        "A funeral will be held in Truro, and a memorial service is planned for June.",
        "His mother had taken the family to Canada when he was nine.",
        "Ms. Rowe, a former trader, has three children and is married to a surgeon.",
        "Judge Amis is a lawyer who was born in 1961 and grew up outside Leeds.",
        "She grew up in a mining town outside Leeds.",
        "In a sign of the times, Judge Amis, who hears the case, is a lawyer who grew up in Leeds.",
        // The dated steps of a career, as a profile gives them.
        "Ortiz joined the bank as a clerk in 1994 and rose to run its Lisbon office by 2003.",
        "In 2011 he became chief executive of Trevane Foods, a bakery group.",
        "Ms. Kaur was appointed finance director in 2018.",
    ] {
        assert!(narrated(sentence), "{sentence:?}");
    }
    assert!(!narrated(
        "He was made a scapegoat for the failures of the whole department."
    ));
    assert!(!narrated("He voted against the war when he was a senator."));
    // A birthplace alone may be the very claim; a family told in a relative clause or after
    // the main verb is background to the claim.
    assert!(!narrated("The senator was born in Kenya."));
    assert!(!narrated(
        "Mr. Hale, who grew up in Leeds, embezzled £2m from the charity."
    ));
    assert!(!narrated(
        "Mr. Hale told the court he has four children and cannot pay the fine."
    ));
    // Undated, a step may be the news; in a relative clause, the record is background to it.
    assert!(!narrated(
        "Ortiz became the most powerful banker in Lisbon."
    ));
    assert!(!narrated(
        "Ms. Kaur, who joined in 2018, has since cut the group's debt by half."
    ));
}

#[test]
fn service_lines_tell_the_reader_where_and_how() {
    for line in [
        "Enter the code printed on the base at the maker's website to check your heater.",
        "Visit the council's website to find your new collection day.",
        "Tickets are available from the theatre box office and online.",
        "The full results are available on the exam board's website.",
        // A safety box's advice after a storm.
        "Boil tap water for at least one minute before drinking it.",
        "Stay out of floodwater, which may carry sewage.",
        "Run generators outdoors, at least 20 feet from any window.",
        "Report fallen trees to the county roads department at 1-800-555-0162.",
    ] {
        let score = paragraph_score(line);
        assert!(score < 0.5, "{line:?} scored {score}");
    }
    // A reason given after the advice's colon is a claim of its own.
    assert_read_as_unsourced(
        "Don't leave the heaters on overnight, either: faulty thermostats are a leading cause of house fires.",
    );
}

/// An impression, an assessment of what is known or a generality, with nobody named who holds
/// it, is the writer's own assertion; praise and blame, a forecast and the first person
/// singular are not (`ClaimScore::writers_own`).
#[test]
fn an_assertion_nobody_holds_is_the_writers_own() {
    for sentence in [
        "It is clearer than ever that the county has no plan for the winter.",
        "Big price rises have also been a headache for the scheme's supporters.",
        "Nothing about the offer seems credible.",
        // What may be or may come of something.
        "The decision comes at a time when her influence on the board may be waning.",
        "A win in the north could settle the nomination.",
    ] {
        assert!(paragraph_claim(sentence).writers_own, "{sentence}");
    }
    for sentence in [
        // The first person names who holds it.
        "Nothing about the offer seems credible to me.",
        // Praise or blame often sits in a report of someone's view.
        "The mayor shares this bleak view.",
        // A forecast is as often a schedule.
        "The council is expected to meet on Friday.",
        // A word that reads as a source's act.
        "The union warned that it is unclear whether the talks will resume.",
        // The month, and what was not done.
        "The executives first met the buyer in May 2015.",
        "The board's figures could not be independently verified.",
    ] {
        assert!(!paragraph_claim(sentence).writers_own, "{sentence}");
    }
}
