//! `inconsistent-name`: one referent spelled two ways ("Sergei" and "Sergey Lavrov").

use super::{Context, Edit, Finding, Fix, Rule};
use crate::config::Level;

pub struct InconsistentName;

impl Rule for InconsistentName {
    fn id(&self) -> &'static str {
        "inconsistent-name"
    }

    fn default_level(&self) -> Level {
        Level::Warning
    }

    fn summary(&self) -> &'static str {
        "two spellings of one entity (\"Sergei\"/\"Sergey Lavrov\")"
    }

    fn explanation(&self) -> &'static str {
        "A name should be spelled one way throughout a story. Transliterations (Sergei/Sergey, \
         Zelensky/Zelenskyy, Gaddafi/Qaddafi), accents and typos that drift between mentions \
         make readers wonder whether two people are meant. The spelling kept is the newsroom's \
         (`[entities] known` in .newslint.toml) or else the one used most; the quick fix \
         rewrites every other spelling to it."
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let entities = &cx.analysis.entities;
        for referent in &entities.referents {
            for variant in &referent.spellings {
                let fix = Fix {
                    title: format!("Spell it “{}” everywhere", variant.canonical).into(),
                    edits: variant
                        .spans
                        .iter()
                        .map(|&span| Edit {
                            span,
                            replacement: variant.canonical.clone().into(),
                        })
                        .collect(),
                };
                for &span in &variant.spans {
                    let message = format!(
                        "“{}” is spelled “{}” elsewhere for {}",
                        variant.variant, variant.canonical, referent.canonical
                    );
                    out.push(Finding::new(self, span, message).with_fix(fix.clone()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze;
    use crate::config::Config;
    use crate::rules::check;
    use crate::text::Format;

    #[test]
    fn flags_the_other_spelling_and_fixes_all_of_them() {
        let source = "Foreign Minister Sergei Lavrov spoke on Monday. Sergei Lavrov left. Sergey Lavrov returned on Friday.";
        let config = Config::default();
        let analysis = analyze(source, Format::PlainText, &config);
        let findings: Vec<_> = check(source, &analysis, &config)
            .into_iter()
            .filter(|f| f.rule == "inconsistent-name")
            .collect();
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].span.slice(source), "Sergey");
        assert_eq!(findings[0].fixes[0].edits[0].replacement, "Sergei");
    }
}
