//! One component a file.

pub mod app;
pub mod article_list;
pub mod header;
