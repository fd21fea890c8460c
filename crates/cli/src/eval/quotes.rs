//! Quote cases: `text → [{speaker, cue, quote}]`.

use serde_json::Value;

use super::Report;

/// Runs every quote case. (Not yet implemented: every case is reported as failing.)
pub fn run(cases: &[Value]) -> Report {
    Report {
        total: cases.len(),
        passed: 0,
        failures: cases.iter().map(|c| format!("{}: quote evaluation not implemented yet", c["id"])).collect(),
    }
}
