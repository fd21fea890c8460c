//! How a host configures the widget (the standalone page, an embed, the one-file build).

/// Colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Parses `auto`, `light` or `dark` (anything else is `Auto`).
    pub fn parse(s: &str) -> Theme {
        match s.trim().to_ascii_lowercase().as_str() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        }
    }
    /// The class the root element carries for this theme.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Auto => "pl-theme-auto",
            Theme::Light => "pl-theme-light",
            Theme::Dark => "pl-theme-dark",
        }
    }
}

/// Options a host page gives the widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetOptions {
    /// The initial view, written in the URL-hash vocabulary (e.g. `q=Lukashenko&kind=quotes`).
    pub view: Option<String>,
    /// Keep the view in the page's URL hash (read it at start, write it on change, follow
    /// back/forward). True for the standalone page; embeds leave the host's URL alone unless asked.
    pub sync_hash: bool,
    /// Colour scheme.
    pub theme: Theme,
}

impl Default for WidgetOptions {
    fn default() -> Self {
        WidgetOptions { view: None, sync_hash: true, theme: Theme::Auto }
    }
}
