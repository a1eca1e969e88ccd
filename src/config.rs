//! Settings: defaults ← `.newslint.toml` ← LSP `initializationOptions` ← `didChangeConfiguration`.
//!
//! Every layer is a partial JSON-like tree merged over the one before; the merged tree is then
//! read into [`Config`]. Keys are camelCase; the kebab-case spelling is accepted too, as TOML
//! files usually have it. A layer that does not parse is reported and skipped, never fatal.

use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// The settings file looked for in the workspace root (LSP) or the current directory (CLI).
pub const FILE_NAME: &str = ".newslint.toml";
/// The largest settings file read (1 MiB).
pub const MAX_FILE_BYTES: u64 = 1 << 20;

/// A rule's level as the user sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Hint,
    Info,
    Warning,
    Error,
}

impl Level {
    /// One level down, "hint" the lowest: what a rule reports as a weaker finding.
    pub fn milder(self) -> Level {
        match self {
            Level::Error => Level::Warning,
            Level::Warning => Level::Info,
            Level::Info | Level::Hint => Level::Hint,
            Level::Off => Level::Off,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Hint => "hint",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }

    pub fn parse(name: &str) -> Option<Level> {
        serde_json::from_value(Value::String(name.to_ascii_lowercase())).ok()
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Config {
    /// Rule id → level; rules not named keep their default level.
    pub rules: BTreeMap<String, Level>,
    /// `— Speaker` hints after quotations.
    pub inlay_hints: bool,
    /// Entity type hints (`PER`, `ORG`…) after the first mention of each entity.
    pub entity_hints: bool,
    pub entities: EntitiesConfig,
    pub attribution: AttributionConfig,
    pub claims: ClaimsConfig,
    /// Documents larger than this many bytes are not analysed (one informational diagnostic instead).
    pub max_file_size: usize,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct EntitiesConfig {
    /// Names the newsroom knows, in their house spelling; they win over the tagger.
    pub known: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct AttributionConfig {
    /// Extra reporting verbs ("opined"), in any form; added to the built-in list.
    pub speech_verbs: Vec<String>,
    /// Report reported speech the frame filter would leave out: what the filter's trainer
    /// reads (`attribution::filter`). Not a setting.
    #[serde(skip)]
    pub(crate) report_every_frame: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct ClaimsConfig {
    /// An unsourced sentence is flagged from this says-who probability; a sourced one counts
    /// as a claim from this check-worthiness score.
    pub threshold: f32,
}

impl Default for ClaimsConfig {
    fn default() -> Self {
        ClaimsConfig { threshold: 0.5 }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            rules: BTreeMap::new(),
            inlay_hints: true,
            entity_hints: false,
            entities: EntitiesConfig::default(),
            attribution: AttributionConfig::default(),
            claims: ClaimsConfig::default(),
            max_file_size: 10 * 1024 * 1024,
        }
    }
}

/// The layers of settings, kept apart so that one can be replaced without losing the others.
#[derive(Debug, Clone, Default)]
pub struct ConfigLayers {
    pub file: Option<Value>,
    pub init_options: Option<Value>,
    pub client_settings: Option<Value>,
}

impl ConfigLayers {
    /// The merged configuration and, when the merge does not read, a message saying why
    /// (the defaults are used then).
    pub fn resolve(&self) -> (Config, Option<String>) {
        let mut merged = Value::Object(Default::default());
        for layer in [&self.file, &self.init_options, &self.client_settings]
            .into_iter()
            .flatten()
        {
            merge(&mut merged, unwrap_section(layer), true);
        }
        match Config::from_value(merged) {
            Ok((config, warnings)) => (config, (!warnings.is_empty()).then(|| warnings.join("; "))),
            Err(message) => (Config::default(), Some(message)),
        }
    }
}

impl Config {
    /// The settings, and warnings for what was ignored: a rule id this version does not know
    /// is dropped (an editor may offer rules a newer server has) and the rest still applies.
    pub fn from_value(value: Value) -> Result<(Config, Vec<String>), String> {
        let mut config: Config =
            serde_json::from_value(value).map_err(|e| format!("invalid newslint settings: {e}"))?;
        let mut warnings = Vec::new();
        config.rules.retain(|id, _| {
            let known = crate::rules::is_rule_id(id);
            if !known {
                warnings.push(format!(
                    "unknown rule `{id}` ignored (see `newslint rules`)"
                ));
            }
            known
        });
        Ok((config, warnings))
    }

    /// Reads and parses a settings file; every error names the file. A settings file is a few
    /// lines: one over `MAX_FILE_BYTES` is refused unread rather than held in memory.
    pub fn read_file(path: &Path) -> Result<Value, String> {
        let named = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
        let size = std::fs::metadata(path).map_err(|e| named(&e))?.len();
        if size > MAX_FILE_BYTES {
            return Err(named(&format!(
                "{size} bytes is too large for a settings file (the limit is {MAX_FILE_BYTES})"
            )));
        }
        let text = std::fs::read_to_string(path).map_err(|e| named(&e))?;
        Config::parse_toml(&text).map_err(|e| named(&e))
    }

    /// Parses a `.newslint.toml` into a settings layer.
    pub fn parse_toml(text: &str) -> Result<Value, String> {
        let table: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut value = Value::Object(Default::default());
        merge(
            &mut value,
            &serde_json::to_value(table).map_err(|e| e.to_string())?,
            true,
        );
        // Check it now so that the message names the file rather than the merged settings.
        Config::from_value(value.clone())?;
        Ok(value)
    }

    /// The level a rule runs at: the user's setting or the rule's default.
    pub fn level(&self, rule: &str, default: Level) -> Level {
        self.rules.get(rule).copied().unwrap_or(default)
    }
}

/// Editors send either the settings object itself or `{"newslint": {...}}`.
fn unwrap_section(value: &Value) -> &Value {
    value.get("newslint").unwrap_or(value)
}

/// Deep merge: objects merge key by key, anything else replaces. Setting names are
/// camel-cased on the way (`max-file-size` → `maxFileSize`); rule ids under `rules` are not.
fn merge(base: &mut Value, layer: &Value, camelize: bool) {
    match (base, layer) {
        (Value::Object(base), Value::Object(layer)) => {
            for (key, value) in layer {
                let key = if camelize {
                    kebab_to_camel(key)
                } else {
                    key.clone()
                };
                let camelize_inside = key != "rules";
                match base.get_mut(&key) {
                    Some(existing) => merge(existing, value, camelize_inside),
                    None => {
                        let mut fresh = if value.is_object() {
                            Value::Object(Default::default())
                        } else {
                            Value::Null
                        };
                        merge(&mut fresh, value, camelize_inside);
                        base.insert(key, fresh);
                    }
                }
            }
        }
        (base, layer) => *base = layer.clone(),
    }
}

fn kebab_to_camel(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn layers_merge_in_order() {
        let layers = ConfigLayers {
            file: Some(Config::parse_toml("inlay-hints = false\n[rules]\nunbalanced-quote = \"off\"\n[entities]\nknown = [\"Sergei Lavrov\"]\n").unwrap()),
            init_options: Some(json!({"newslint": {"rules": {"unbalanced-quote": "warning"}, "entities": {"known": ["Vladimir Putin"]}}})),
            client_settings: Some(json!({"inlayHints": true, "claims": {"threshold": 0.7}})),
        };
        let (config, error) = layers.resolve();
        assert_eq!(error, None);
        assert!(config.inlay_hints);
        assert_eq!(config.rules["unbalanced-quote"], Level::Warning);
        assert_eq!(config.entities.known, ["Vladimir Putin"]);
        assert_eq!(config.claims.threshold, 0.7);
    }

    #[test]
    fn an_unknown_rule_is_dropped_and_the_rest_kept() {
        let layers = ConfigLayers {
            client_settings: Some(
                json!({"rules": {"no-such-rule": "off", "unbalanced-quote": "info"}, "inlayHints": false}),
            ),
            ..Default::default()
        };
        let (config, warning) = layers.resolve();
        assert_eq!(config.rules.get("unbalanced-quote"), Some(&Level::Info));
        assert!(!config.inlay_hints);
        assert!(warning
            .unwrap()
            .contains("unknown rule `no-such-rule` ignored"));
    }

    #[test]
    fn broken_settings_say_what_is_wrong() {
        let err = Config::parse_toml("[rules\nx = 1").unwrap_err();
        assert!(err.contains("line 1"), "{err}");
        let err = Config::parse_toml("[rules]\nunbalanced-quote = \"loud\"").unwrap_err();
        assert!(err.contains("unknown variant `loud`"), "{err}");
        let err = Config::parse_toml("inlay-hint = true").unwrap_err();
        assert!(err.contains("unknown field `inlayHint`"), "{err}");
        let layers = ConfigLayers {
            client_settings: Some(json!({"claims": {"threshold": "high"}})),
            ..Default::default()
        };
        let (config, error) = layers.resolve();
        assert_eq!(config, Config::default());
        assert!(error.unwrap().contains("invalid type"));
    }
}
