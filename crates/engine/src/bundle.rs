//! The bundle: a compact, versioned binary form of a [`Corpus`].
//!
//! Written at build time (the widget's `build.rs`, or `presslens bundle`), compiled into the
//! WASM with `include_bytes!`, decoded once in the browser.
//!
//! # Layout
//!
//! ```text
//! offset  size  field
//! 0       8     magic: the ASCII bytes "PRESSLNS"
//! 8       2     format version, little-endian u16 (FORMAT_VERSION)
//! 10      …     the Corpus, serialised with postcard (serde data model, varint integers,
//!               length-prefixed strings and sequences, fields in declaration order)
//! ```
//!
//! Postcard is not self-describing: the field order of the types in [`crate::model`] *is* the
//! format. Any change to those types must bump [`FORMAT_VERSION`]; a reader built for another
//! version refuses the bundle with [`ErrorKind::VersionMismatch`] instead of misreading it.

use core::fmt;

use crate::model::Corpus;

/// The eight bytes every bundle starts with.
pub const MAGIC: [u8; 8] = *b"PRESSLNS";

/// The version of the layout of [`crate::model`] this build reads and writes.
pub const FORMAT_VERSION: u16 = 1;

const HEADER: usize = MAGIC.len() + 2;

/// Why a bundle could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// The kinds of [`Error`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The bytes do not start with [`MAGIC`]: not a presslens bundle.
    NotABundle,
    /// The bundle was written for another format version.
    VersionMismatch {
        /// Version in the bundle.
        found: u16,
        /// Version this build reads.
        expected: u16,
    },
    /// The payload could not be decoded (truncated or corrupted).
    Corrupt(String),
    /// The corpus could not be encoded.
    Encode(String),
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::NotABundle => write!(f, "not a presslens bundle (the first bytes are not \"PRESSLNS\")"),
            ErrorKind::VersionMismatch { found, expected } => write!(
                f,
                "bundle format version {found} cannot be read by this build, which reads version {expected}: \
                 rebuild the bundle with the same presslens version as the widget"
            ),
            ErrorKind::Corrupt(e) => write!(f, "bundle is truncated or corrupted: {e}"),
            ErrorKind::Encode(e) => write!(f, "could not encode the corpus: {e}"),
        }
    }
}

impl std::error::Error for Error {}

/// Serialises a corpus into a bundle.
pub fn encode(corpus: &Corpus) -> Result<Vec<u8>, Error> {
    let mut out = Vec::with_capacity(HEADER + 4096);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    let out = postcard::to_extend(corpus, out).map_err(|e| Error { kind: ErrorKind::Encode(e.to_string()) })?;
    Ok(out)
}

/// Reads a bundle written by [`encode`] of the same [`FORMAT_VERSION`].
pub fn decode(bytes: &[u8]) -> Result<Corpus, Error> {
    if bytes.len() < HEADER || bytes[..MAGIC.len()] != MAGIC {
        return Err(Error { kind: ErrorKind::NotABundle });
    }
    let found = u16::from_le_bytes([bytes[MAGIC.len()], bytes[MAGIC.len() + 1]]);
    if found != FORMAT_VERSION {
        return Err(Error { kind: ErrorKind::VersionMismatch { found, expected: FORMAT_VERSION } });
    }
    postcard::from_bytes(&bytes[HEADER..]).map_err(|e| Error { kind: ErrorKind::Corrupt(e.to_string()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_errors_are_distinct() {
        assert_eq!(decode(b"nope").unwrap_err().kind(), &ErrorKind::NotABundle);
        let mut b = encode(&Corpus::default()).unwrap();
        b[8] = 99;
        let e = decode(&b).unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::VersionMismatch { found: 99, .. }));
        assert!(e.to_string().contains("rebuild"));
        let good = encode(&Corpus::default()).unwrap();
        assert_eq!(decode(&good).unwrap(), Corpus::default());
        let mut cut = encode(&Corpus { articles: vec![], ..Corpus::default() }).unwrap();
        cut.truncate(HEADER + 1);
        assert!(decode(&cut).is_err());
    }
}
