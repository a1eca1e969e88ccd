//! `unsourced-claim`: a check-worthy statement that nothing attributes.

use super::{Context, Finding, Fix, Rule};
use crate::analysis::claims::ClaimReason;
use crate::analysis::{Claim, Span};
use crate::config::Level;
use crate::text::Format;

pub struct UnsourcedClaim;

impl Rule for UnsourcedClaim {
    fn id(&self) -> &'static str {
        "unsourced-claim"
    }

    fn default_level(&self) -> Level {
        Level::Warning
    }

    fn summary(&self) -> &'static str {
        "a check-worthy statement with no attribution"
    }

    fn explanation(&self) -> &'static str {
        "A statement a reader could check — a number, a date, a comparison, a cause, a claim about \
         what someone must or will do, a judgement stated as fact — should say where it comes \
         from. It counts as sourced when an attribution covers it (\"…, the ministry said\", \
         \"according to …\", \"per …\", a quotation with its speaker), when it carries a link or a \
         citation marker (\"[1]\", \"(Reuters)\", \"(source: …)\", a footnote) or its paragraph ends \
         with, or is followed by, a \"Source: …\" line, when it is in a lede that opens with an agency dateline, \
         when the sentence itself says who holds it (what its agent wants, plans, fears or backs: \
         \"Clinton wants to …\", \"environmentalists worry that …\"; \"Trump's claim that …\"; \
         what a document shows: \"polls show …\", \"In the latest survey, …\"), when it reports \
         a source's act in the active voice, in words news annotators mark as attribution (\"the \
         IMF pointed to …\"), or when the sentence before, in the same paragraph, is attributed \
         and this one continues it (\"It also …\"). Words of report that name no one \
         (\"is expected to\", \"was accused of\") do not source it, nor does a crowd with no \
         name (\"Critics say\", \"Some economists believe\"), even when one of them speaks in \
         the next sentence (the model weighs that), nor a source that names no one (\"Nobody disputes that …\"), nor an act told through hearsay (\"is understood to have argued\"); a \
         statement whose only source is hearsay with nobody behind it (\"It is understood that \
         …\", \"reportedly\") is a claim whatever its score. What \"will\" states plainly right after a decision is reported (\"The \
         regents voted to raise tuition. … Out-of-state students will pay 8% more.\") gives the \
         decision's terms and counts as sourced by it. Among the sentences nothing sources, \
         which ones are flagged is weighed by a model learnt from news sentences labelled for \
         \"would an editor ask: says who?\": it reads how check-worthy the sentence is, whether \
         it reads as the writer's own statement (praise or blame, \"is likely to\" with no one \
         named as expecting it, \"the minister appeared rattled\") or as a source's position \
         in other words, the attributions and vague wording around it, and its words. The \
         sentence is flagged when that model's probability reaches the `claims.threshold` \
         setting (0.5 by default; higher flags fewer). Headlines (Title Case too, and \
         a plain-text article's first paragraph of one short line, or a title and a subtitle), \
         instructions to the reader (\"Pay another quarter out of current income …\") and \
         advice that speaks to the reader outside a quotation (\"For every $10,000 you \
         borrow, …\"), \
         markup left in the text, a line ending in a colon that introduces what follows, and an \
         event narrated with nothing checkable in it (\"The \
         road was closed for several hours\", \"The count took place overnight\", \"has died at the age \
         of 79\", \"The minister visited the clinic on Thursday\", \"She is director of elections at the \
         university\", \"Police are investigating the crash\"), the terms of a law, rule or plan \
         (\"Under the plan, pupils will move to …\", \"has 60 days to appeal\") or a poll's margin of error or \
         method (\"The survey was conducted among 1,200 adults\") are not claims."
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let threshold = cx.config.claims.threshold;
        for claim in cx
            .analysis
            .claims
            .iter()
            .filter(|c| c.is_unsourced_claim(threshold))
        {
            let message = match (claim.crowd, claim.reasons.first()) {
                (Some(crowd), _) => format!(
                    "says who? “{}” names no one, and nothing else attributes this sentence",
                    crowd.slice(cx.source)
                ),
                (None, Some(reason)) => format!(
                    "says who? {}, and nothing attributes this sentence",
                    describe(reason, cx.source)
                ),
                (None, None) => {
                    "says who? this reads as a checkable claim and nothing attributes it".to_owned()
                }
            };
            let mut finding = Finding::new(self, claim.span, message);
            finding.fixes = fixes(cx, claim);
            out.push(finding);
        }
    }
}

/// A reason as the message names it: "a statistic: “1.2%”".
fn describe(reason: &ClaimReason, source: &str) -> String {
    format!(
        "{}: “{}”",
        reason.kind.describe(),
        reason.span.slice(source)
    )
}

/// Where an attribution goes: before the sentence's final punctuation (and closing quote).
fn before_final_punctuation(source: &str, span: Span) -> usize {
    let text = span.slice(source);
    let trimmed = text.trim_end_matches(['.', '!', '?', '"', '”', '’', '\'', ')']);
    span.start + trimmed.len()
}

fn fixes(cx: &Context, claim: &Claim) -> Vec<Fix> {
    let at = before_final_punctuation(cx.source, claim.span);
    let mut fixes = vec![
        Fix::insert(
            "Add an attribution: “, according to [SOURCE]”",
            at,
            ", according to [SOURCE]",
        ),
        Fix::insert(
            "Mark it [citation needed]",
            claim.span.end,
            " [citation needed]",
        ),
    ];
    if cx.analysis.prose.format == Format::Markdown {
        fixes.push(Fix::insert(
            "Add a link to the source",
            at,
            " ([source](https://))",
        ));
    }
    fixes
}

#[cfg(test)]
mod tests {
    use crate::text::Format;

    fn flagged(source: &str) -> Vec<&str> {
        crate::rules::flagged("unsourced-claim", source)
    }

    /// The sentences of a plain-text story that the sourcing step reads as unsourced claims:
    /// for the tests of a reading (what sources a sentence, what is on record, what is a
    /// title), which the says-who model then weighs with the rest.
    fn read_as_unsourced(source: &str) -> Vec<&str> {
        crate::analysis::says_who::read_as_unsourced_claims(source)
    }

    /// The claims of a plain-text story that nothing sources, whatever the model then reads.
    fn left_unsourced(source: &str) -> Vec<&str> {
        let analysis =
            crate::analysis::analyze(source, Format::PlainText, &crate::config::Config::default());
        (analysis.claims.iter())
            .filter(|c| !c.sourced())
            .map(|c| c.span.slice(source))
            .collect()
    }

    /// The first reason of each claim the sourcing step reads as unsourced, as the message
    /// names it.
    fn first_reasons(source: &str) -> Vec<String> {
        let analysis =
            crate::analysis::analyze(source, Format::PlainText, &crate::config::Config::default());
        (analysis.claims.iter())
            .filter(|c| {
                let sentence = analysis.sentences[c.sentence].span;
                crate::analysis::says_who::is_flagged_by_rule(c, sentence)
            })
            .filter_map(|c| c.reasons.first())
            .map(|r| super::describe(r, source))
            .collect()
    }

    /// The messages the rule gives a plain-text story.
    fn messages(source: &str) -> Vec<String> {
        crate::rules::findings("unsourced-claim", source)
            .into_iter()
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn a_number_in_a_name_is_no_statistic() {
        let story =
            "Markets\n\nStocks rallied after the announcement, with the S&P 500 closing up \
                     1.2%.\n";
        assert_eq!(first_reasons(story), ["a statistic: “1.2%”"]);
    }

    #[test]
    fn a_contests_result_is_on_record() {
        let result = "Manchester City beat Arsenal 2-1 at the Etihad on Sunday, with Erling \
                      Haaland scoring twice.";
        let elected = "Sarah Jones was elected mayor in 2019.";
        let share = "Labour won 412 seats, its largest majority since 1997.";
        let by_score = "Leeds United moved to the top of the Championship with a 3-1 win over \
                        Burnley at Elland Road on Saturday.";
        // The score makes a result of "to beat".
        let came_back = "Ashford Town came from behind to beat Dover 3-2 at the Crabble on \
                         Saturday.";
        // A share of the vote in the count is its result.
        let count = "Grace Okoro received 57 percent of the vote to Tom Lee's 38 percent.";
        // So are the seats won, a majority kept and the turnout.
        let seats = "In the county election, the Greens kept their majority, winning nine of the \
                     15 seats.";
        let turnout = "Turnout was 41%.";
        let story = format!(
            "Results\n\n{result}\n\n{elected}\n\n{share}\n\n{by_score}\n\n{came_back}\n\n\
             {count}\n\n{seats}\n\n{turnout}\n"
        );
        assert_eq!(read_as_unsourced(&story), [share]);
    }

    #[test]
    fn an_age_a_career_and_a_schedule_are_on_record() {
        let story = "Former mayor dies\n\nMargaret Hale, who served three terms as mayor of \
                     Ashford, has died at the age of 84. She was first elected in 1987 and led \
                     the council through the floods of 2000. She had worked at the docks since \
                     1962.\n\nThe funeral will take place on \
                     Friday at St Mary's Church. The council will hold a minute's silence before \
                     its meeting on Monday. Council tax will rise by 5% next year.\n";
        // The death is on record too, and its age no statistic; a forecast is not.
        assert_eq!(first_reasons(story), ["a prediction: “will”"]);
        assert_eq!(
            read_as_unsourced(story),
            ["Council tax will rise by 5% next year."]
        );
    }

    #[test]
    fn a_markets_close_is_on_record() {
        let closed = "Shares in Harbour Foods closed 4% higher at 212p.";
        let ended = "The FTSE 250 ended the day down 0.8%.";
        // Why the shares moved is a claim.
        let why = "Shares in Harbour Foods closed 4% lower because of fears over its debt.";
        let story = format!("Markets\n\n{closed}\n\n{ended}\n\n{why}\n");
        assert_eq!(flagged(&story), [why]);
    }

    #[test]
    fn a_schedule_in_the_present_is_on_record() {
        let story = "Fixtures\n\nThe two clubs meet again in the county cup final next month.\n\n\
                     Ashford are expected to win the final next month.\n";
        // A prediction with the same time to come is not.
        assert_eq!(
            flagged(story),
            ["Ashford are expected to win the final next month."]
        );
    }

    #[test]
    fn hearsay_of_an_act_names_no_one() {
        let hearsay = "The transport secretary, Ruth Vane, is understood to have argued at a \
                       cabinet meeting last week for cutting the rail budget by £2bn.";
        let on_record = "The transport secretary, Ruth Vane, argued at a cabinet meeting last \
                         week for cutting the rail budget by £2bn.";
        // (Told after the act on record: a named source speaking next would source it.)
        let story = format!("Rail plan\n\n{on_record}\n\n{hearsay}\n");
        assert_eq!(
            messages(&story),
            [
                "says who? “is understood to” names no one, and nothing else attributes this \
              sentence"
            ]
        );
        assert_eq!(flagged(&story), [hearsay]);
        let suspect = "Engineers at the site are thought to suspect that recent work on a \
                       nearby gas main may have disturbed the ground around the pipe.";
        assert_eq!(flagged(&format!("Burst main\n\n{suspect}\n")), [suspect]);
    }

    #[test]
    fn what_nobody_disputes_is_the_writers_claim() {
        let disputes = "Nobody disputes that the council is short of money.";
        let argue = "No one can seriously argue that the board acted in haste.";
        // Nobody on record: the police are.
        let hurt = "Nobody was hurt in the fire, police said.";
        let story = format!("Leader\n\n{disputes} {hurt}\n\n{argue}\n");
        assert_eq!(read_as_unsourced(&story), [disputes, argue]);
    }

    #[test]
    fn a_measures_terms_are_read_off_it() {
        let under = "Under the new contract, drivers will be paid £14 an hour for waiting time \
                     at depots.";
        let applies = "The ordinance, which the board passed 5-2 in March, applies to buildings \
                       of more than 12 storeys.";
        let deadline = "The union has 14 days to lodge an appeal.";
        let debated = "The motion is due to be debated when the council meets on Tuesday.";
        // What the contract will bring about is the writer's forecast.
        let forecast = "The contract will cost the company £30m a year.";
        let story = format!(
            "Depot deal\n\n{under}\n\n{forecast}\n\n{deadline}\n\n{debated}\n\n{applies}\n"
        );
        assert!(flagged(&story).iter().all(|s| *s == forecast));
        assert_eq!(read_as_unsourced(&story), [forecast]);
    }

    #[test]
    fn a_schedule_with_a_time_to_come_is_on_record() {
        let visit = "Inspectors are due to visit the home again next month.";
        let hearing = "A hearing to recover the money will take place next year.";
        let closing = "The four libraries will close at the end of June.";
        // A forecast with the same time to come is not.
        let fees = "Fees at the home will rise by 5% next year.";
        let story = format!("Care home\n\n{visit}\n\n{hearing}\n\n{closing}\n\n{fees}\n");
        assert!(flagged(&story).iter().all(|s| *s == fees));
        assert_eq!(read_as_unsourced(&story), [fees]);
    }

    #[test]
    fn a_market_move_is_on_record() {
        let shares =
            "Shares in Corran Textiles fell 6% on Thursday, the biggest fall on the FTSE 100.";
        let pound = "The pound rose to $1.27 in early trading.";
        let bonds = "The yield on the 10-year Treasury note fell to 4.21%.";
        // A move over the year, in the perfect; a currency by any name, quoted against another.
        let year = "The stock had fallen about 28 percent over the past year.";
        let rand = "The rand fell 1.2% against the dollar on Tuesday.";
        let peso = "The peso weakened as much as 2.4% to 18.6 per dollar in early trade.";
        let krona = "The national currency, the krona, rose 1.4% against the euro on Monday, \
                     its biggest one-day gain in two years.";
        // A traded commodity.
        let crude = "Westbrook crude has gained 18% since the start of the year.";
        // The writer's cause for the move is not the market's record.
        let cause = "Shares in Corran fell 6%, driven by fears of a price war.";
        // Nor is a price that is no market's, however it moved.
        let rents = "Rents have risen 12% against last year.";
        let power = "Household power prices rose 7.5% over the past year.";
        let story = format!(
            "Markets\n\n{shares}\n\n{pound}\n\n{bonds}\n\n{year}\n\n{rand}\n\n{peso}\n\n\
             {krona}\n\n{crude}\n\n{cause}\n\n{rents}\n\n{power}\n"
        );
        assert_eq!(flagged(&story), [cause, rents, power]);
    }

    #[test]
    fn figures_in_a_background_clause_are_on_record() {
        let career = "Mr. Strickland, who has led Halvard since 2019, ended his testimony with a \
                      flourish.";
        let opened = "The bridge, which opened in 1932 and carries 40,000 cars a day, will close \
                      for repairs next month.";
        let diagnosed = "For Tom Reyes, who was diagnosed four years ago at the age of 49, the \
                         approval is a moment of hope.";
        // A main clause in the perfect goes on with the figures; one with a figure of its own
        // is a claim.
        let perfect = "The fare cap, which limited single fares to £2 in 2023, has pushed up \
                       passenger numbers.";
        let own = "The consultation, which ran for eight weeks last spring, received 4,100 \
                   responses from a quarter of households.";
        let story =
            format!("Bridge\n\n{career}\n\n{opened}\n\n{diagnosed}\n\n{perfect}\n\n{own}\n");
        assert_eq!(read_as_unsourced(&story), [perfect, own]);
    }

    #[test]
    fn a_courts_or_a_regulators_outcome_is_on_record() {
        let jailed = "A bookkeeper who stole more than £90,000 from the charity has been jailed \
                      for four years.";
        let fined = "Ofwat, the water regulator, fined Harbour Water £11.5m in 2023 for failing \
                     to manage its treatment works properly.";
        // What the outcome will do is a claim (the reading: the model's verdict on a
        // three-sentence story drifts with each retrain).
        let effect = "The fine is likely to push up bills by £40 a year.";
        let story = format!("Court and regulator\n\n{jailed}\n\n{fined}\n\n{effect}\n");
        assert_eq!(read_as_unsourced(&story), [effect]);
    }

    #[test]
    fn a_budget_named_is_no_claim_about_money() {
        let story = "Budget week\n\nThe Budget will be published on Wednesday. The chancellor \
                     will cut spending on roads by £2bn.\n";
        // The reading, not the model's verdict on a borderline sentence.
        assert_eq!(first_reasons(story), ["a prediction: “will”"]);
        assert!(messages(story).iter().all(|m| !m.contains("money")));
    }

    #[test]
    fn an_event_narrated_with_no_cue_is_on_record() {
        let story = "Man seriously injured in Hull crash\n\nThe victim, a man from Hull in his \
                     40s, was taken to Hull Royal Infirmary. The road was closed for several \
                     hours while officers examined the scene. The cause of the fire is being \
                     investigated.\n\nThe count took place overnight. The post office reopened \
                     the following week.\n\nFormer councillor John Reid has died at the age of 79.\n\n\
                     The closure of the bypass has led to more crashes on the old road.\n";
        // A consequence is a claim, narrated or not (its reading: whether the model flags it
        // in so short a story drifts with each retrain).
        assert_eq!(
            read_as_unsourced(story),
            ["The closure of the bypass has led to more crashes on the old road."]
        );
        assert_eq!(first_reasons(story), ["a causal claim: “has led”"]);
    }

    #[test]
    fn a_polls_margin_of_error_is_on_record() {
        let result = "Smith leads Jones by 48 percent to 45 percent, within the margin of error.";
        let story = format!(
            "Poll\n\nA new survey by the Hale Institute puts the mayor's race close. {result} \
             The margin of error is plus or minus 4.2 percentage points.\n\nThe survey of \
             1,020 adults has a credibility interval of 3 percentage points.\n"
        );
        // The result is a claim, told against the margin or not.
        assert_eq!(read_as_unsourced(&story), [result]);
    }

    #[test]
    fn leading_something_is_no_causal_claim() {
        let story = "Fed holds rates\n\nPowell, 71, has led the Fed since 2018. The war has led \
                     NATO to consolidate and Moscow to turn to China.\n";
        assert_eq!(
            first_reasons(story),
            ["a dated event: “2018”", "a causal claim: “has led”"]
        );
    }

    #[test]
    fn a_statistic_is_unsourced_without_a_source_and_not_with_one() {
        let claim = "Unemployment rose to 17% in March, the highest level since 1994.";
        assert_eq!(read_as_unsourced(claim), [claim]);
        assert!(read_as_unsourced(
            "Unemployment rose to 17% in March, the highest level since 1994 [1]."
        )
        .is_empty());
        assert!(read_as_unsourced(
            "MOSCOW (Reuters) — Unemployment rose to 17% in March, the highest level since 1994."
        )
        .is_empty());
        assert!(read_as_unsourced(
            "Unemployment rose to 17% in March (source: Labor Department), the highest since 1994."
        )
        .is_empty());
    }

    #[test]
    fn per_as_first_reported_by_and_based_on_figures_name_a_source() {
        for sentence in [
            "Per the report, 40 percent of voters are undecided.",
            "The company lost $3 million last year, per its annual filing.",
        ] {
            assert!(flagged(sentence).is_empty(), "{sentence}");
        }
        assert!(flagged(
            "As first reported by the Times, the company will close its plant in Ohio in 2017."
        )
        .is_empty());
        assert!(
            flagged("Prices rose 4 percent last year, based on figures from the ministry.")
                .is_empty()
        );
        // A rate is no source.
        let rate = "Gas prices rose to $5 per gallon in March, the highest level since 2008.";
        assert_eq!(read_as_unsourced(rate), [rate]);
    }

    #[test]
    fn a_source_line_credits_the_paragraph_it_ends_or_follows() {
        let earlier = "Inflation reached 9% in May, the highest level since 1982.";
        // A plain-text article's first one-line paragraph is its title: one comes first.
        let story = format!(
            "Prices and jobs\n\n{earlier}\n\nUnemployment rose to 17% in March, the highest level since 1994.\n\n\
             Source: Labor Department\n"
        );
        assert_eq!(read_as_unsourced(&story), [earlier]);
        let story = format!(
            "Prices and jobs\n\n{earlier}\nSource: Eurostat\n\nUnemployment rose to 17% in March, the highest level \
             since 1994.\n"
        );
        assert_eq!(
            read_as_unsourced(&story),
            ["Unemployment rose to 17% in March, the highest level since 1994."]
        );
    }

    #[test]
    fn an_agency_dateline_sources_its_lede_and_not_the_rest_of_the_story() {
        let later = "Inflation reached 9% in May, the highest level since 1982.";
        let story = format!(
            "MOSCOW (Reuters) — Unemployment rose to 17% in March, the highest level since \
             1994.\n\n{later}\n"
        );
        assert_eq!(flagged(&story), [later]);
    }

    #[test]
    fn a_plain_text_articles_one_line_title_is_not_a_claim() {
        let title = "Every 72 minutes, a veteran commits suicide.";
        let lede =
            "MOSCOW (Reuters) — Unemployment rose to 17% in March, the highest level since 1994.";
        assert!(read_as_unsourced(&format!("{title}\n\n{lede}\n")).is_empty());
        // The same line inside the story, or alone, is a statement like any other.
        let story = format!("{lede}\n\n{title}\n");
        assert_eq!(read_as_unsourced(&story), [title]);
        assert_eq!(read_as_unsourced(title), [title]);
    }

    #[test]
    fn a_plain_text_articles_title_and_subtitle_are_not_claims() {
        let title = "Council backs the biggest tax rise in a decade;";
        let subtitle = "Budget gap will cost each household $300 a year.";
        let lede =
            "LEEDS (Reuters) — Council tax will rise by 9% in April, the highest rise since 2010.";
        assert!(read_as_unsourced(&format!("{title}\n{subtitle}\n\n{lede}\n")).is_empty());
        // Two lines that run on are no title: "Budget gap …" is a claim of the story.
        let story = format!("{title}\n{subtitle}\n{lede}\n\n{lede}\n");
        assert!(read_as_unsourced(&story).contains(&subtitle));
    }

    #[test]
    fn advice_to_the_reader_is_not_a_claim() {
        let advice = "For every $10,000 you borrow, you will repay an extra 1 percent of your \
                      income each year.";
        let worked = "If your child earns less than $30,000, your payments may fall by half.";
        // The same figures told of others are the writer's claim.
        let claim = "For every $10,000 families borrow, they will repay an extra 1 percent of \
                     their income each year.";
        let story = format!("Paying for college\n\n{advice}\n\n{worked}\n\n{claim}\n");
        assert_eq!(read_as_unsourced(&story), [claim]);
    }

    #[test]
    fn a_sentence_stating_its_agents_stance_is_sourced_by_the_agent() {
        assert!(flagged("Clinton wants to sign up 5 million people by 2020.").is_empty());
        assert!(flagged(
            "The Sierra Club worries that the cleanup could cost taxpayers $200 million."
        )
        .is_empty());
        // Passive: nobody is named as holding the expectation.
        let expected = "The deal is expected to cost taxpayers $200 million by 2020.";
        assert_eq!(flagged(expected), [expected]);
    }

    #[test]
    fn a_sources_act_named_in_the_sentence_sources_it() {
        assert!(flagged(
            "The IMF pointed to Britain's decision to leave the European Union as an example of \
             rising sentiment against globalization that risks undermining trade."
        )
        .is_empty());
        // An agentless passive names no one: "accused by whom?"
        let accused =
            "Mr. Quiros was accused of using $50 million of investors' money for personal \
                       expenses.";
        assert_eq!(read_as_unsourced(accused), [accused]);
    }

    #[test]
    fn a_crowd_with_no_name_sources_nothing_unless_one_of_it_speaks_next() {
        let critics = "Critics say the new stadium has made the club less competitive.";
        assert_eq!(
            messages(&format!("Title\n\n{critics}\n")),
            ["says who? “Critics say” names no one, and nothing else attributes this sentence"]
        );
        // One of them speaks in the next paragraph: the sentence introduces them, a reading the
        // says-who model weighs.
        let analysts = "Some analysts say the bank may have underestimated the resistance.\n\n\
                        “They priced this deal as if it were 2010,” said Mark Albrecht, who \
                        follows the industry for Halvorsen & Kline.";
        assert!(flagged(&format!("Title\n\n{analysts}\n")).is_empty());
        // A crowd named before and pointed back to is no vague one.
        let people = "The lawyers told the companies the $34 billion deal would reduce \
                      competition in 200 markets, according to three people familiar with the \
                      talks. A lawsuit could be filed as soon as next month, two of the people \
                      said.";
        assert!(flagged(&format!("Title\n\n{people}\n")).is_empty());
    }

    #[test]
    fn a_body_or_an_act_next_is_no_one_of_the_crowd_speaking() {
        // The company the critics fear answers for them no more than a council or a vote.
        let critics = "Critics fear the doorbell could become a tool for police.";
        let company = "The company says the feature is off by default.";
        let residents = "Residents say the site will be sold for housing.";
        let council = "The council said no decision had been taken.";
        let reserves = "Critics say those reserves would run dry within three years.";
        let wards = "Labour won 14 of the city's 22 wards, including Northgate and Castle Hill, \
                     which both backed Mr Hale in 2022.";
        for (crowd, next) in [(critics, company), (residents, council), (reserves, wards)] {
            let story = format!("Title\n\n{crowd}\n\n{next}\n");
            assert!(left_unsourced(&story).contains(&crowd), "{story}");
        }
        // A body the crowd's own word names is one of it.
        let shippers = "Shippers say the delays will add weeks to deliveries.\n\n\
                        The Atlantic Shippers' Council estimated the cost at $40 million a day.";
        assert!(flagged(&format!("Title\n\n{shippers}\n")).is_empty());
    }

    #[test]
    fn the_terms_of_a_decision_reported_before_are_sourced_by_it() {
        let terms = "Title\n\nThe regents voted 7-2 on Friday to raise tuition by 6.5%. \
                     Out-of-state students will pay 8% more, or $39,960.\n";
        assert!(!flagged(terms).iter().any(|f| f.starts_with("Out-of-state")));
        // A forecast stays the writer's, decision or not.
        let forecast = "Title\n\nThe agency approved the rules in June. If the rules survive, \
                        they will cost the coal industry thousands of jobs.\n";
        assert!(flagged(forecast)
            .iter()
            .any(|f| f.starts_with("If the rules")));
    }

    #[test]
    fn a_relative_clauses_verb_does_not_source_the_sentence_around_it() {
        let pledged = "Donald Trump has repeatedly pledged to ban all Muslims — 1.6 billion \
                       members of an entire religion — from entering the U.S.";
        let note = "Editor’s note: Donald Trump regularly incites political violence and is a \
                    serial liar, rampant xenophobe, racist, misogynist and birther who has \
                    repeatedly pledged to ban all Muslims — 1.6 billion members of an entire \
                    religion — from entering the U.S.";
        assert!(flagged(&format!("Title\n\n{pledged}\n")).is_empty());
        assert_eq!(flagged(&format!("Title\n\n{note}\n")), [note]);
    }

    #[test]
    fn headlines_instructions_and_markup_are_not_flagged() {
        let source = "Clinton Breaks With Obama On 9/11 Lawsuit Bill.\n\n\
             Save a quarter of the cost over a child's first 18 years. Pay another quarter out \
             of current income over the next four years.\n\n\
             <tweet tweet-id=\"783499116076687360\"><tweet/>.\n";
        assert_eq!(flagged(source), Vec::<&str>::new());
    }

    #[test]
    fn a_fixed_expression_does_not_source_the_reporters_claim() {
        // "filed" reads as a source's act, but filing for bankruptcy is the company's own step.
        let claim = "When Patriot filed for bankruptcy in 2015 - its second time in three years - \
             environmentalists and regulators were prepared for the company to figure out ways \
             to shunt liabilities and maximize returns.";
        assert_eq!(read_as_unsourced(claim), [claim]);
    }

    #[test]
    fn a_statement_with_no_sign_of_a_source_counts_from_a_lower_score() {
        let statement = "Every 72 minutes, a veteran commits suicide.";
        let analysis = crate::analysis::analyze(
            statement,
            Format::PlainText,
            &crate::config::Config::default(),
        );
        let score = analysis.claims[0].score;
        assert!(score < 0.5, "the margin is not what flags it: {score}");
        assert_eq!(read_as_unsourced(statement), [statement]);
        // A question asserts nothing.
        assert!(read_as_unsourced("Will the investigations of the bank ever stop?").is_empty());
    }

    #[test]
    fn a_report_left_out_leaves_the_one_beside_it() {
        // The aside's "the devil can quote" is no report and is left out; the Post's stays.
        let claim =
            "As the Washington Post—even the devil can quote election statistics—observed, \
                     Republicans now control both legislative chambers in 30 states.";
        assert!(flagged(claim).is_empty());
        assert!(flagged(&format!("So what do we see? {claim}")).is_empty());
    }

    #[test]
    fn figures_from_a_document_named_with_its_owner_are_sourced() {
        let story = "Patel had 41 percent support in a Harbour Radio poll. That kept the \
                     Treasury's estimate of growth at 1.4 percent this year. Support for the plan \
                     rose to 58 percent in a recent survey.";
        assert_eq!(
            read_as_unsourced(story),
            ["Support for the plan rose to 58 percent in a recent survey."]
        );
    }

    #[test]
    fn the_report_goes_on_after_but_and_a_semicolon() {
        for sentence in [
            "The Tax Policy Center says it would depress revenue at first, but would eventually \
             add $84 billion over 10 years.",
            "The center estimates that the plan would raise $1.1 trillion, the ministry said; the \
             foundation puts the figure at $498 billion.",
        ] {
            assert!(flagged(sentence).is_empty(), "{sentence}");
        }
    }
}
