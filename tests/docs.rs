//! The README's rules table says what the registry says.

use newslint::rules::RULES;

#[test]
fn readme_rules_table_matches_the_registry() {
    let readme = include_str!("../README.md");
    let start = readme
        .find("<!-- rules:start")
        .expect("rules table start marker");
    let end = readme
        .find("<!-- rules:end -->")
        .expect("rules table end marker");
    let rows: Vec<String> = readme[start..end]
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(str::to_owned)
        .collect();
    let expected: Vec<String> = RULES
        .iter()
        .map(|r| {
            format!(
                "| `{}` | {} | {} |",
                r.id(),
                r.default_level().as_str(),
                r.summary()
            )
        })
        .collect();
    assert_eq!(
        rows, expected,
        "update the README's rules table from `newslint rules`"
    );
}
