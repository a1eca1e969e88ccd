//! A scene the writer observed: "In the northeast neighbourhood of Aspen Ridge, blue tarps now
//! cover nearly every second roof", "Plywood has replaced windows on whole blocks", "A
//! handwritten list of the missing still hangs on the door of the village hall", "Fenwick
//! appeared by video from the county jail". Where things stand, hang or have arrived, told with
//! a place and no figure, comparison, judgement or cause, is what the reporter saw, and an
//! editor does not ask who says so; the check-worthiness model, learnt from debates, scores such
//! concrete sentences near the bar, and the writer's voice lowers the bar below them.

use super::lexicon::NormalizedSentence;

/// Verbs of where things are or have come to be.
const SCENE_VERBS: [&str; 20] = [
    "cover", "covers", "covered", "hang", "hangs", "hung", "replaced", "appeared", "arrived",
    "stand", "stands", "stood", "sit", "sits", "lie", "lies", "lined", "remained", "filled",
    "littered",
];
/// Prepositions of place that set a scene: "hangs on the door", "appeared by video from the
/// jail".
const PLACES: [&str; 14] = [
    "on", "in", "at", "from", "by", "across", "along", "outside", "inside", "over", "under",
    "around", "into", "onto",
];
/// How far after its verb the scene's place may come: "has replaced windows on whole blocks".
const PLACE_WITHIN: usize = 3;
/// Words that make more than a scene of it: a restriction, a cause, a comparison or a denial
/// ("The licence covers only patients …", "… because many residents …").
const MORE_THAN_A_SCENE: [&str; 9] = [
    "only", "because", "since", "than", "more", "most", "not", "never", "no",
];

/// Whether the sentence sets a scene: a verb of [`SCENE_VERBS`] with a place after it
/// ([`PLACES`], within [`PLACE_WITHIN`] words) or after an opening "In …" or "At …", and none
/// of [`MORE_THAN_A_SCENE`]. "appeared" only with its place right after it, "appeared by
/// video": "appeared to change", "appeared choreographed" is an impression; "by" places no
/// other verb. The caller asks for no cue besides.
pub(super) fn sets_a_scene(sentence: &NormalizedSentence) -> bool {
    let opens_with_a_place = matches!(sentence.get_word(0), Some("in" | "at"));
    let placed = |i: usize| {
        if sentence.word(i) == "appeared" {
            return sentence
                .get_word(i + 1)
                .is_some_and(|w| PLACES.contains(&w));
        }
        // "stood by her decision" is a stance.
        opens_with_a_place
            || sentence
                .words_after(i, PLACE_WITHIN)
                .any(|w| w != "by" && PLACES.contains(&w))
    };
    (1..sentence.len()).any(|i| SCENE_VERBS.contains(&sentence.word(i)) && placed(i))
        && !(0..sentence.len()).any(|i| {
            let word = sentence.word(i);
            MORE_THAN_A_SCENE.contains(&word) || word.ends_with("n't")
        })
}
