//! `presslens eval FILE...`: runs the engine over other projects' test cases (the peer-case
//! files: `quotes.json`, `dates.json`), prints the pass rate per file and lists what fails.
//! The cases measure generality; the engine never special-cases one.

use std::path::Path;

use serde_json::Value;

mod dates;
mod quotes;

/// The outcome of one file of cases.
pub struct Report {
    /// Cases run.
    pub total: usize,
    /// Cases passed.
    pub passed: usize,
    /// `id: what was expected, what came out` for each failure.
    pub failures: Vec<String>,
}

/// Evaluates one peer-case file; the kind is recognised from its cases.
pub fn run(path: &Path) -> Result<Report, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let doc: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}:{}: invalid JSON: {e}", path.display(), e.line()))?;
    let cases = doc["cases"].as_array().ok_or_else(|| format!("{}: no \"cases\" array", path.display()))?;
    let first = cases.first().ok_or_else(|| format!("{}: no cases", path.display()))?;
    if first.get("reference_date").is_some() {
        Ok(dates::run(cases))
    } else if first.get("expected").is_some() {
        Ok(quotes::run(cases))
    } else {
        Err(format!("{}: cases are neither date cases (reference_date) nor quote cases (expected)", path.display()))
    }
}
