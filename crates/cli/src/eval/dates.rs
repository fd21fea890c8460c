//! Date cases: `(reference_date, text, target) → expected_date, precision`.

use serde_json::Value;

use super::Report;

/// Runs every date case. (Not yet implemented: every case is reported as failing.)
pub fn run(cases: &[Value]) -> Report {
    Report {
        total: cases.len(),
        passed: 0,
        failures: cases.iter().map(|c| format!("{}: date evaluation not implemented yet", c["id"])).collect(),
    }
}
