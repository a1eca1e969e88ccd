//! Linking: the distinct names of a document joined into referents — a surname to its full
//! name, spellings and transliterations, known aliases — with a union-find over name ids.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;

use super::{
    acronym_key, after_preposition_of_place, collapse, is_all_caps, title_case, words, Draft,
    PARTICLES,
};
use crate::analysis::entities::gazetteer::{with_lower, Gazetteer, List};
use crate::analysis::entities::{EntityLabel, BUSINESS_NOUNS, ORGANISATION_HEADS, STORMS};
use crate::analysis::gender::Gender;
use crate::analysis::Span;
use crate::text::{ceil_char_boundary, ends_in_single_s};

/// Distinct surface forms ("Vladimir Putin", "Putin") with their mentions. A name written
/// as [`collapse`] leaves it (most) borrows its text and words from the document.
pub(super) struct Names<'a> {
    pub(super) list: Vec<Name<'a>>,
    /// The words of every name, name after name: one array rather than one allocation per
    /// name on every keystroke.
    words: Vec<Cow<'a, str>>,
    pub(super) index: HashMap<Cow<'a, str>, usize>,
}

pub(super) struct Name<'a> {
    pub(super) text: Cow<'a, str>,
    /// Where its words are in [`Names::words`].
    pub(super) words: std::ops::Range<usize>,
    /// Mentions per label, in [`EntityLabel::ALL`] order.
    pub(super) votes: [usize; 4],
    pub(super) mentions: usize,
    /// Index of its first draft (documents order); `usize::MAX` for a known name not seen.
    pub(super) first: usize,
    pub(super) known: bool,
    /// How many of its mentions carry a man's title ("Mr. Obama") and how many a woman's
    /// ("Mrs. Obama", "Ms. Kim"): see [`Name::titled_gender`].
    pub(super) honorifics: [usize; 2],
    /// How many of its mentions read as a place come after a preposition of place ("officials
    /// in Kellport"): somewhere things are, not a paper or a university.
    pub(super) placed: usize,
}

impl Name<'_> {
    /// The gender its mentions' titles give it, where they agree.
    pub(super) fn titled_gender(&self) -> Option<Gender> {
        match self.honorifics {
            [0, 0] => None,
            [_, 0] => Some(Gender::Male),
            [0, _] => Some(Gender::Female),
            _ => None,
        }
    }

    pub(super) fn label(&self) -> EntityLabel {
        let best = (0..4).max_by_key(|&i| (self.votes[i], std::cmp::Reverse(i)));
        EntityLabel::ALL[best.unwrap_or(0)]
    }

    /// The label of more of its mentions than any other, if one has.
    pub(super) fn majority(&self) -> Option<EntityLabel> {
        let best = self.label();
        let runner_up = (0..4)
            .filter(|&i| i != best as usize)
            .map(|i| self.votes[i])
            .max();
        (runner_up < Some(self.votes[best as usize])).then_some(best)
    }
}

impl<'a> Names<'a> {
    /// Sized for at most `drafts` names.
    pub(super) fn with_capacity(drafts: usize) -> Names<'a> {
        Names {
            list: Vec::with_capacity(drafts),
            // Most names are one or two words.
            words: Vec::with_capacity(2 * drafts),
            index: HashMap::with_capacity_and_hasher(drafts, Default::default()),
        }
    }

    pub(super) fn intern(&mut self, text: &'a str, draft: &Draft, draft_index: usize) -> usize {
        let surface = draft.span.slice(text);
        let id = if draft.collapsed {
            match self.index.get(surface) {
                Some(&id) => id,
                // The draft's words are the name's: the same string, tokenised the same way.
                None => {
                    let words = draft.words.iter().map(|w| Cow::Borrowed(w.slice(text)));
                    self.push(Cow::Borrowed(surface), words, draft_index)
                }
            }
        } else {
            self.id(surface, draft_index)
        };
        let name = &mut self.list[id];
        name.votes[draft.label as usize] += 1;
        name.mentions += 1;
        match honorific_before(text, draft.span.start) {
            Some(Gender::Male) => name.honorifics[0] += 1,
            Some(Gender::Female) => name.honorifics[1] += 1,
            None => {}
        }
        if draft.label == EntityLabel::Loc && after_preposition_of_place(text, draft.span.start) {
            name.placed += 1;
        }
        id
    }

    pub(super) fn intern_known(&mut self, known: &str) {
        let id = self.id(known, usize::MAX);
        self.list[id].known = true;
    }

    fn id(&mut self, surface: &str, first: usize) -> usize {
        let key = collapse(surface);
        if let Some(&id) = self.index.get(key.as_str()) {
            return id;
        }
        let words = words(&key, Span::new(0, key.len()))
            .iter()
            .map(|w| Cow::Owned(w.slice(&key).to_owned()))
            .collect::<Vec<_>>();
        self.push(Cow::Owned(key), words, first)
    }

    fn push(
        &mut self,
        key: Cow<'a, str>,
        words: impl IntoIterator<Item = Cow<'a, str>>,
        first: usize,
    ) -> usize {
        let first_word = self.words.len();
        self.words.extend(words);
        self.list.push(Name {
            text: key.clone(),
            words: first_word..self.words.len(),
            votes: [0; 4],
            mentions: 0,
            first,
            known: false,
            honorifics: [0; 2],
            placed: 0,
        });
        self.index.insert(key, self.list.len() - 1);
        self.list.len() - 1
    }

    pub(super) fn words_of(&self, name: &Name) -> &[Cow<'a, str>] {
        &self.words[name.words.clone()]
    }
}

/// The gender of the honorific right before a name at `start`, "Mr." of "Mr. Obama". Read
/// from the text, as names found again carry no title; a few bytes back, so that a text
/// without spaces costs nothing.
fn honorific_before(text: &str, start: usize) -> Option<Gender> {
    let floor = ceil_char_boundary(text, start.saturating_sub(6));
    let before = text[floor..start].strip_suffix(' ')?;
    Gender::of_title(before.rsplit(char::is_whitespace).next()?)
}

/// Names linked into referents, and the spelling clusters that linking read.
#[derive(Debug, Clone)]
pub(super) struct Links {
    parent: Parents,
    /// Spelling clusters: word → representative word, for words with another spelling.
    spelling: HashMap<String, String>,
    /// Every word of a cluster of two or more spellings, representatives included.
    pub(super) clustered: HashSet<String>,
    /// One-word names read as places or people that are short forms of a longer name of
    /// another kind, with its label: an organisation's ("Harvard" of "Harvard University",
    /// "Harwell" of "Harwell Foods"), a storm's ("Delphine" of "Hurricane Delphine"). Their
    /// mentions are the longer name's.
    pub(super) short_forms: HashMap<usize, EntityLabel>,
}

impl Links {
    pub(super) fn root(&mut self, a: usize) -> usize {
        self.parent.root(a)
    }

    pub(super) fn normal<'w>(&'w self, word: &'w str) -> &'w str {
        normal(&self.spelling, word)
    }
}

/// `word`'s representative spelling.
fn normal<'w>(spelling: &'w HashMap<String, String>, word: &'w str) -> &'w str {
    spelling.get(word).map_or(word, String::as_str)
}

/// Disjoint sets over names.
#[derive(Debug, Clone)]
struct Parents(Vec<usize>);

impl Parents {
    fn root(&mut self, mut a: usize) -> usize {
        while self.0[a] != a {
            self.0[a] = self.0[self.0[a]];
            a = self.0[a];
        }
        a
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

/// Aliases that share no letters worth matching ("U.S." / "United States"), and the short
/// forms news style books give a few bodies, which neither initials nor a name's first or
/// last words find ("Fed" / "Federal Reserve", "GOP" / "Republican Party").
const ALIASES: &[&[&str]] = &[
    &[
        "united states",
        "united states of america",
        "us",
        "usa",
        "america",
    ],
    &["united kingdom", "uk", "britain", "great britain"],
    &["european union", "eu"],
    &["united nations", "un"],
    &["soviet union", "ussr"],
    &["united arab emirates", "uae"],
    &[
        "federal reserve",
        "fed",
        "federal reserve board",
        "federal reserve system",
    ],
    &["republican party", "gop"],
    &["department of defense", "defense department", "pentagon"],
];

fn alias_group(name: &str) -> Option<usize> {
    if name.is_ascii() {
        // Compared in place: asked of every name on every keystroke.
        let key = name.bytes().filter(|&b| b != b'.');
        let key = key.map(|b| b.to_ascii_lowercase());
        return ALIASES
            .iter()
            .position(|group| group.iter().any(|alias| alias.bytes().eq(key.clone())));
    }
    let key = name.replace('.', "").to_lowercase();
    ALIASES
        .iter()
        .position(|group| group.contains(&key.as_str()))
}

pub(super) fn link(names: &Names) -> Links {
    let spelling = spelling_clusters(names);
    let mut links = Parents((0..names.list.len()).collect());
    // Words compared for linking: spelling variants merged, accents folded, no leading
    // article ("The Union" / "Union", "Yucatán" / "Yucatan"), and a word in capitals read
    // as the same word in running text when that occurs ("PUTIN" / "Putin"; "NATO" stays).
    // Borrowed from the names where nothing changes them (most words).
    let running: HashSet<Cow<str>> = names
        .words
        .iter()
        .filter(|w| !is_all_caps(w))
        .map(|w| fold_accents(normal(&spelling, w)))
        .collect();
    // Fixed once the spelling clusters are: computed once per name.
    let normals: Vec<Vec<Cow<str>>> = (names.list.iter())
        .map(|name| {
            let words = names.words_of(name);
            let article =
                words.first().is_some_and(|w| w == "the" || w == "The") && words.len() > 1;
            words[usize::from(article)..]
                .iter()
                .map(|w| {
                    let word = fold_accents(normal(&spelling, w));
                    let running_form = is_all_caps(&word)
                        .then(|| title_case(&word))
                        .filter(|t| running.contains(t.as_str()));
                    particle_in_lower_case(running_form.map_or(word, Cow::Owned))
                })
                .collect()
        })
        .collect();
    // Same name up to spelling ("Sergei Lavrov" / "Sergey Lavrov").
    let mut by_normal: HashMap<&[Cow<str>], usize> = HashMap::default();
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
    // Multi-word organisations and others by first and last word ("Boston Red Sox").
    let mut by_edge: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_alias: HashMap<usize, usize> = HashMap::default();
    for (id, name) in names.list.iter().enumerate() {
        let normal = &normals[id];
        if normal.is_empty() {
            continue;
        }
        if let Some(&other) = by_normal.get(normal.as_slice()) {
            links.union(id, other);
        } else {
            by_normal.insert(normal, id);
        }
        let label = name.label();
        if normal.len() > 1 && (label == EntityLabel::Per || name.known) {
            by_last
                .entry(&normal[normal.len() - 1])
                .or_default()
                .push(id);
            by_first.entry(&normal[0]).or_default().push(id);
        }
        if normal.len() > 1 && label != EntityLabel::Per {
            let letters: String = (names.words_of(name).iter())
                .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            if letters.chars().count() >= 2 {
                by_initials.entry(letters).or_default().push(id);
            }
            by_edge.entry(&normal[0]).or_default().push(id);
            if normal.len() > 1 {
                by_edge
                    .entry(&normal[normal.len() - 1])
                    .or_default()
                    .push(id);
            }
        }
        if let Some(group) = alias_group(&name.text) {
            match by_alias.get(&group) {
                Some(&other) => links.union(id, other),
                None => {
                    by_alias.insert(group, id);
                }
            }
        }
    }
    // Candidates are capped so that a pathological document stays linear.
    const MAX_CANDIDATES: usize = 64;
    let best = |candidates: &[usize], accept: &dyn Fn(usize) -> bool| -> Option<usize> {
        candidates
            .iter()
            .take(MAX_CANDIDATES)
            .copied()
            .filter(|&c| accept(c))
            .max_by_key(|&c| {
                let n = &names.list[c];
                (
                    n.known,
                    n.words.len(),
                    n.mentions,
                    std::cmp::Reverse(n.first),
                )
            })
    };
    let gazetteer = Gazetteer::get();
    let mut short_forms = HashMap::default();
    for (id, name) in names.list.iter().enumerate() {
        let normal = &normals[id];
        let label = name.label();
        match normal.len() {
            0 => {}
            1 => {
                let word = &normal[0];
                // Looked up as written too: the lists keep accents ("Mérida").
                let written = names.words_of(name).last().expect("a word");
                let mut on_lists = with_lower(word, |lower| gazetteer.lists_of(lower));
                if written != word {
                    on_lists |= with_lower(written, |lower| gazetteer.lists_of(lower));
                }
                let listed = |lists: &[List]| lists.iter().any(|l| on_lists & l.bit() != 0);
                // "Washington" alone is the place, whatever George did, unless the tagger
                // read it as a person somewhere in the document; a town is the surname of the
                // person the document names ("Dumas" after "Alexandre Dumas").
                let read_as_person = name.votes[EntityLabel::Per as usize] > 0;
                let capital_or_country = listed(&[List::Country, List::Capital]);
                if read_as_person || !capital_or_country {
                    // "Mr. Obama" is not "Michelle Obama" of the same story.
                    let titled = name.titled_gender();
                    let same_gender = |other: usize| {
                        let full = &names.list[other];
                        let given = names.words_of(full).first().map(|w| &**w);
                        let gender = full
                            .titled_gender()
                            .or(given.and_then(Gender::of_given_name));
                        titled.is_none() || gender.is_none() || gender == titled
                    };
                    let surname = by_last.get(&**word).and_then(|c| best(c, &same_gender));
                    let given = || {
                        (label == EntityLabel::Per)
                            .then(|| by_first.get(&**word).and_then(|c| best(c, &|_| true)))
                            .flatten()
                    };
                    if let Some(full) = surname.or_else(given) {
                        links.union(id, full);
                        continue;
                    }
                }
                // "Hurricane Delphine … the weather service said Delphine had weakened": the
                // given name of a storm the document names is the storm, however the tagger
                // read it alone.
                let storm = by_edge.get(&**word).and_then(|c| {
                    best(c, &|other| {
                        is_storm_name(&normals[other]) && normals[other].last() == Some(word)
                    })
                });
                if let Some(storm) = storm {
                    links.union(id, storm);
                    short_forms.insert(id, names.list[storm].label());
                    continue;
                }
                let place = listed(&[List::Country, List::City]);
                if let Some(key) = acronym_key(&name.text) {
                    if let Some(long) = by_initials.get(&key).and_then(|c| best(c, &|_| true)) {
                        links.union(id, long);
                        continue;
                    }
                }
                if matches!(label, EntityLabel::Org | EntityLabel::Misc) && !place {
                    link_part_of_name(&mut links, id, normal, &by_edge, &best, &normals);
                } else if label == EntityLabel::Per {
                    // "Harwell Foods … Pickering, who has led Harwell": read as a person but
                    // the name of no person the document names (the surnames and given names
                    // were looked up above), the first word of an organisation's name is that
                    // organisation, where the name ends in a head word, a company's last word
                    // ("Halvorsen Capital … Halvorsen partner Mei-Ling Fairbanks") or a plural
                    // of a trade, "Foods", "Holdings"; not "Trump" of "Trump Train". Before or
                    // after the full name: a headline uses the short one first ("Harwell
                    // shares slump").
                    let opens = |other: usize| {
                        let long = &normals[other];
                        let head = long.last().is_some_and(|w| {
                            with_lower(w, |lower| gazetteer.contains(lower, List::OrgWord))
                                || ORGANISATION_HEADS.contains(&&**w)
                                || BUSINESS_NOUNS.contains(&&**w)
                                || w.len() > 3 && ends_in_single_s(w)
                        });
                        !place
                            && long.len() > 1
                            && long.starts_with(normal)
                            && head
                            && names.list[other].label() == EntityLabel::Org
                    };
                    // "Harlow Forest … Forest finished fifth", "Aston Villa … Villa": the last
                    // word of an organisation's name is that organisation as a club's fans and
                    // reporters shorten it, a town's or a given name too ("Forest"): no person
                    // of the document has it (looked up above). Not a surname with a title,
                    // "Mr Vellar", nor after a given name the tagger read as an organisation's
                    // ("Dragan Vellar has won").
                    let person_like = name.titled_gender().is_some();
                    let closes = |other: usize| {
                        let long = &normals[other];
                        !person_like
                            && long.len() > 1
                            && long.ends_with(normal)
                            && !with_lower(&long[0], |lower| {
                                gazetteer.contains(lower, List::FirstName)
                            })
                            && names.list[other].label() == EntityLabel::Org
                    };
                    let organisation = by_edge
                        .get(&**word)
                        .and_then(|c| best(c, &opens).or_else(|| best(c, &closes)));
                    if let Some(organisation) = organisation {
                        links.union(id, organisation);
                        short_forms.insert(id, EntityLabel::Org);
                    }
                } else if label == EntityLabel::Loc
                    && !place
                    && name.placed == 0
                    && alias_group(&name.text).is_none()
                {
                    // "at Harvard" reads as a place to the tagger; with "Harvard University"
                    // in the document, and on no list of places, it is the university. Not
                    // where something is "in" it: "officials in Kellport" are no "Kellport
                    // Daily"'s.
                    let adds_head_words = |other: usize| {
                        let long = &normals[other];
                        let rest = if long.starts_with(normal) {
                            &long[1..]
                        } else if long.ends_with(normal) {
                            &long[..long.len() - 1]
                        } else {
                            return false;
                        };
                        names.list[other].label() == EntityLabel::Org
                            && !rest.is_empty()
                            && rest.iter().all(|w| {
                                w == "of"
                                    || with_lower(w, |lower| {
                                        gazetteer.contains(lower, List::OrgWord)
                                    })
                            })
                    };
                    let organisation = by_edge.get(&**word).and_then(|c| best(c, &adds_head_words));
                    if let Some(organisation) = organisation {
                        links.union(id, organisation);
                        short_forms.insert(id, EntityLabel::Org);
                    }
                }
            }
            _ => {
                // "Vladimir Putin" inside "Vladimir Vladimirovich Putin"; a name that begins with
                // a particle is a person's surname however the tagger read it ("Al-Assad" as an
                // organisation), when the document names the person.
                let person = label == EntityLabel::Per || PARTICLES.contains(&&*normal[0]);
                let longer = person
                    .then(|| by_last.get(&*normal[normal.len() - 1]))
                    .flatten();
                let longer = longer.and_then(|c| {
                    best(c, &|other| {
                        names.list[other].words.len() > normal.len()
                            && is_subsequence(normal, &normals[other])
                    })
                });
                if let Some(longer) = longer {
                    links.union(id, longer);
                } else if matches!(label, EntityLabel::Org | EntityLabel::Misc) {
                    link_part_of_name(&mut links, id, normal, &by_edge, &best, &normals);
                }
            }
        }
    }
    let clustered = spelling
        .iter()
        .flat_map(|(word, representative)| [word.clone(), representative.clone()])
        .collect();
    Links {
        parent: links,
        spelling,
        clustered,
        short_forms,
    }
}

/// Whether `words` name a storm: its given name after a word of [`STORMS`] ("Storm Darragh",
/// "Tropical Storm Fran").
fn is_storm_name(words: &[Cow<str>]) -> bool {
    words.len() >= 2 && STORMS.contains(&&*words[words.len() - 2])
}

/// `word` with a particle that begins it ([`PARTICLES`], alone or before a hyphen) in lower
/// case: how the words of names are compared, so that "Al-Assad" is "al-Assad".
fn particle_in_lower_case(word: Cow<str>) -> Cow<str> {
    let head = word.split('-').next().unwrap_or_default();
    let capitalised = head.starts_with(|c: char| c.is_ascii_uppercase());
    if !capitalised || !PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(head)) {
        return word;
    }
    let mut lowered = word.into_owned();
    lowered[..1].make_ascii_lowercase();
    Cow::Owned(lowered)
}

/// Picks the best of some candidate names that pass a test.
type PickBest<'a> = dyn Fn(&[usize], &dyn Fn(usize) -> bool) -> Option<usize> + 'a;

/// "Red Sox" and "Harvard" as short forms of "Boston Red Sox" and "Harvard University": the
/// words of the short name begin or end the longer one. A name they head comes first: its last
/// words, or those before its "of": "Rovers" is "Thornbury Rovers", not the "Rovers
/// Supporters' Trust" named after the club, and "House" the "House of Representatives".
fn link_part_of_name(
    links: &mut Parents,
    id: usize,
    normal: &[Cow<str>],
    by_edge: &HashMap<&str, Vec<usize>>,
    best: &PickBest,
    normals: &[Vec<Cow<str>>],
) {
    let contains = |other: usize| {
        let long = &normals[other];
        long.len() > normal.len() && (long.starts_with(normal) || long.ends_with(normal))
    };
    let headed = |other: usize| {
        let long = &normals[other];
        let of = long.iter().position(|w| w == "of");
        contains(other)
            && match of {
                Some(at) => at == normal.len() && long.starts_with(normal),
                None => long.ends_with(normal),
            }
    };
    let first = by_edge.get(&*normal[0]);
    let last = by_edge.get(&*normal[normal.len() - 1]);
    let longer = [(first, &headed as &dyn Fn(usize) -> bool), (last, &headed)]
        .into_iter()
        .chain([
            (first, &contains as &dyn Fn(usize) -> bool),
            (last, &contains),
        ])
        .find_map(|(candidates, accept)| candidates.and_then(|c| best(c, accept)));
    if let Some(longer) = longer {
        links.union(id, longer);
    }
}

/// Latin letters without their diacritics, for comparing names ("Mérida" / "Merida").
fn fold_accents(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    word.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
            'ç' | 'ć' | 'č' => 'c',
            'Ç' | 'Ć' | 'Č' => 'C',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
            'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => 'E',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
            'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => 'I',
            'ñ' | 'ń' | 'ň' => 'n',
            'Ñ' | 'Ń' | 'Ň' => 'N',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
            'ś' | 'š' | 'ş' => 's',
            'Ś' | 'Š' | 'Ş' => 'S',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
            'ý' | 'ÿ' => 'y',
            'Ý' => 'Y',
            'ź' | 'ż' | 'ž' => 'z',
            'Ź' | 'Ż' | 'Ž' => 'Z',
            other => other,
        })
        .collect()
}

fn is_subsequence(short: &[Cow<str>], long: &[Cow<str>]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

/// Words of names that are spellings of one another (Sergei/Sergey, Zelensky/Zelenskyy,
/// Gaddafi/Qaddafi): same consonant skeleton and a small edit distance. Words are bucketed
/// by skeleton, so only near-identical words are ever compared.
pub(super) fn spelling_clusters(names: &Names) -> HashMap<String, String> {
    const MAX_BUCKET: usize = 8;
    let gazetteer = Gazetteer::get();
    let mut buckets: HashMap<String, Vec<&str>> = HashMap::default();
    // A word met again would go where it went the first time: looked up once.
    let mut seen: HashSet<&str> = HashSet::default();
    // People only: place and group names drift by suffix ("Israel" / "Israeli") far more
    // often than by spelling.
    for name in names.list.iter().filter(|n| n.label() == EntityLabel::Per) {
        for word in names.words_of(name) {
            if !seen.insert(word) {
                continue;
            }
            let place = with_lower(word, |lower| {
                [List::Country, List::City, List::Demonym]
                    .iter()
                    .any(|&list| gazetteer.contains(lower, list))
            });
            let Some(key) = skeleton(word).filter(|_| !place) else {
                continue;
            };
            let bucket = buckets.entry(key).or_default();
            if bucket.len() < MAX_BUCKET && !bucket.contains(&&**word) {
                bucket.push(word);
            }
        }
    }
    let mut representative: HashMap<String, String> = HashMap::default();
    // Any name: the same word with and without accents ("Yucatán" / "Yucatan").
    let mut by_folded: HashMap<Cow<str>, &str> = HashMap::default();
    for word in &names.words {
        let first = *by_folded.entry(fold_accents(word)).or_insert(word);
        if first != word {
            representative.insert(word.to_string(), first.to_owned());
        }
    }
    let mut keys: Vec<&String> = buckets.keys().collect();
    keys.sort();
    for key in keys {
        let bucket = &buckets[key];
        for (i, a) in bucket.iter().enumerate() {
            for b in &bucket[..i] {
                let (la, lb) = (a.to_lowercase(), b.to_lowercase());
                let both_listed = [List::FirstName, List::Surname]
                    .iter()
                    .any(|&list| gazetteer.contains(&la, list) && gazetteer.contains(&lb, list));
                let limit = if la.chars().count().min(lb.chars().count()) >= 7 {
                    2
                } else {
                    1
                };
                if !both_listed
                    && la != lb
                    && edit_distance(&la, &lb) <= limit
                    && !representative.contains_key(*a)
                {
                    let root = representative
                        .get(*b)
                        .cloned()
                        .unwrap_or_else(|| b.to_string());
                    representative.insert(a.to_string(), root);
                }
            }
        }
    }
    representative
}

/// A transliteration-blind key: lower case, vowels (after the first letter), h and w
/// dropped, similar consonants merged, doubles collapsed. `None` for short words, where a
/// one-letter difference is usually another name, and for implausibly long ones.
fn skeleton(word: &str) -> Option<String> {
    // Long "words" are not names, and would make the edit distance costly.
    let length = word.chars().count();
    if !(5..=40).contains(&length) || !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let mut key = String::new();
    for (i, c) in word.to_lowercase().chars().enumerate() {
        let class = match c {
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'à' | 'á' | 'â' | 'ä' | 'è' | 'é' | 'ê' | 'ë'
            | 'ì' | 'í' | 'î' | 'ï' | 'ò' | 'ó' | 'ô' | 'ö' | 'ù' | 'ú' | 'û' | 'ü' => {
                if i == 0 {
                    '*'
                } else {
                    continue;
                }
            }
            'h' | 'w' | '\'' | '’' | '-' => continue,
            'c' | 'k' | 'q' | 'g' => 'k',
            'z' | 'x' => 's',
            'd' => 't',
            'b' => 'p',
            'v' => 'f',
            other => other,
        };
        if !key.ends_with(class) {
            key.push(class);
        }
    }
    Some(key)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}
