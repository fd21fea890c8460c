//! Reading a corpus from disk: article files and the manifest beside them (feature `load`).
//!
//! This is the only module that touches the file system. A folder is read as every `*.txt` file
//! in it (sorted by name) plus its `corpus.toml` manifest, if present.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::date::Date;
use crate::ingest::ExternalMeta;
use crate::model::Source;
use crate::{Input, analyze};

/// The file name of a corpus folder's manifest.
pub const MANIFEST_NAME: &str = "corpus.toml";

/// Metadata a maintainer states for one article file.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    /// File name inside the corpus folder.
    pub file: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// Address of the article.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Byline.
    pub author: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Free text: where the file came from.
    pub origin: Option<String>,
}

/// A parsed `corpus.toml`.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// One entry per described file.
    #[serde(default, rename = "article")]
    pub articles: Vec<ManifestEntry>,
}

/// A problem reading the corpus from disk.
#[derive(Debug)]
pub struct Error {
    /// The file concerned.
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<u32>,
    /// What went wrong and what to do.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{l}: error: {}", self.path.display(), self.message),
            None => write!(f, "{}: error: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for Error {}

impl Manifest {
    /// Parses manifest text; `path` is used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<Manifest, Error> {
        let m: Manifest = toml::from_str(text).map_err(|e| Error {
            path: path.to_path_buf(),
            line: e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() as u32 + 1),
            message: format!("invalid manifest: {}", e.message()),
        })?;
        for entry in &m.articles {
            if let Some(p) = &entry.published {
                if Date::parse_iso(p).is_none() {
                    let line = text.find(p.as_str()).map(|at| text[..at].matches('\n').count() as u32 + 1);
                    return Err(Error {
                        path: path.to_path_buf(),
                        line,
                        message: format!("published = \"{p}\" is not a date: write it as YYYY-MM-DD"),
                    });
                }
            }
        }
        Ok(m)
    }

    /// The outside metadata for a file name.
    pub fn meta_for(&self, file_name: &str) -> ExternalMeta {
        let Some(e) = self.articles.iter().find(|e| e.file == file_name) else {
            return ExternalMeta::default();
        };
        ExternalMeta {
            title: e.title.clone(),
            outlet: e.outlet.clone(),
            author: e.author.clone(),
            url: e.url.clone(),
            published: e.published.as_deref().and_then(Date::parse_iso),
            source: Some(Source::Manifest),
        }
    }
}

/// Article files read from disk, with their manifest.
#[derive(Debug, Default)]
pub struct Loaded {
    /// `(file name, bytes)` in a stable order.
    pub files: Vec<(String, Vec<u8>)>,
    /// The manifest (empty when there is none).
    pub manifest: Manifest,
    /// Manifest entries that name no file, and similar warnings: `path: message`.
    pub warnings: Vec<String>,
}

impl Loaded {
    /// Reads files and folders. A folder contributes its `*.txt` files and its manifest; an
    /// explicit `manifest` path overrides the folder's.
    pub fn read(paths: &[PathBuf], manifest: Option<&Path>) -> Result<Loaded, Error> {
        let mut loaded = Loaded::default();
        let mut manifest_path = manifest.map(Path::to_path_buf);
        for p in paths {
            let io = |e: std::io::Error| Error { path: p.clone(), line: None, message: e.to_string() };
            if p.is_dir() {
                let mut names: Vec<PathBuf> = std::fs::read_dir(p)
                    .map_err(io)?
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|f| f.extension().is_some_and(|x| x == "txt") && f.is_file())
                    .collect();
                names.sort();
                for f in names {
                    let bytes =
                        std::fs::read(&f).map_err(|e| Error { path: f.clone(), line: None, message: e.to_string() })?;
                    loaded.files.push((file_name(&f), bytes));
                }
                let m = p.join(MANIFEST_NAME);
                if manifest_path.is_none() && m.is_file() {
                    manifest_path = Some(m);
                }
            } else {
                let bytes = std::fs::read(p).map_err(io)?;
                loaded.files.push((file_name(p), bytes));
            }
        }
        if let Some(m) = manifest_path {
            let text = std::fs::read_to_string(&m).map_err(|e| Error {
                path: m.clone(),
                line: None,
                message: e.to_string(),
            })?;
            loaded.manifest = Manifest::parse(&text, &m)?;
            for e in &loaded.manifest.articles {
                if !loaded.files.iter().any(|(n, _)| n == &e.file) {
                    loaded.warnings.push(format!(
                        "{}: warning: manifest entry for \"{}\" matches no article file",
                        m.display(),
                        e.file
                    ));
                }
            }
        }
        Ok(loaded)
    }

    /// The engine inputs, each with its manifest metadata.
    pub fn inputs(&self) -> Vec<Input<'_>> {
        self.files.iter().map(|(name, bytes)| Input { file: name, bytes, meta: self.manifest.meta_for(name) }).collect()
    }

    /// Runs the pipeline over what was read.
    pub fn analyze(&self) -> crate::Corpus {
        analyze(&self.inputs())
    }
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned())
}
