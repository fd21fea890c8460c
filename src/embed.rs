//! Embedding the widget in someone else's page.
//!
//! The host loads one module, `embed/presslens-embed.js` (written from `www/embed/` into the build
//! output by `scripts/delivery.mjs`). That module defines the `<presslens-widget>` custom element
//! and a JS `mount(element, options)`, and both end up here, in `mount` (built for wasm32 only):
//! the widget is rendered inside a shadow root on the host element, with the widget's stylesheet
//! linked from inside the shadow root, so the host's CSS and the widget's CSS cannot reach each
//! other.
//!
//! Nothing here writes a `style` attribute (a strict CSP forbids them): the `height` option is
//! applied through the CSSOM, which `style-src 'self'` allows.

use crate::options::{Theme, WidgetOptions};

/// The custom element the embed loader defines. While it is defined, the page is an embed host
/// and `main()` leaves the page alone (see [`crate::start`]).
pub const ELEMENT_NAME: &str = "presslens-widget";

/// Options a host passes to `mount(element, options)` (a JS object with camelCase keys, read by
/// `mount`). Every key is optional; unknown keys are ignored.
#[derive(Debug, Default, PartialEq)]
pub struct EmbedOptions {
    /// The initial view in the URL-hash vocabulary (`q=Tokayev&kind=quotes`); a leading `#` is
    /// allowed.
    pub view: Option<String>,
    /// `light`, `dark` or `auto` (the default; anything else is `auto`).
    pub theme: Option<String>,
    /// Fixed height of the element mounted on: a number (pixels) or one CSS length (`"480px"`,
    /// `"60vh"`, `"100%"` of its container). The widget scrolls inside it. Without it, the widget
    /// is as tall as its content.
    pub height: Option<Height>,
    /// Keep the view in the page's URL hash. Off by default: an embed leaves the host's URL alone.
    pub sync_hash: bool,
    /// URL of the widget's stylesheet, linked inside the shadow root. The embed loader fills it
    /// in (`presslens.css` beside itself).
    pub stylesheet: Option<String>,
}

/// The `height` option: a number of pixels or a CSS length.
#[derive(Debug, PartialEq)]
pub enum Height {
    /// Pixels.
    Pixels(f64),
    /// A CSS length or percentage, e.g. `"60vh"`.
    Css(String),
}

const UNITS: &[&str] = &[
    "px", "%", "em", "rem", "vh", "vw", "vmin", "vmax", "svh", "lvh", "dvh", "ch", "ex", "cm", "mm", "in", "pt", "pc",
];

impl EmbedOptions {
    /// The options the app itself receives.
    pub fn widget_options(&self) -> WidgetOptions {
        let view = self.view.as_deref().map(|v| v.trim().trim_start_matches('#')).filter(|v| !v.is_empty());
        WidgetOptions {
            view: view.map(str::to_string),
            sync_hash: self.sync_hash,
            theme: self.theme.as_deref().map_or(Theme::Auto, Theme::parse),
        }
    }

    /// The CSS height to give the widget, `None` for its content's height, or why the option is
    /// not a height.
    pub fn css_height(&self) -> Result<Option<String>, String> {
        let bad = |h: &str| {
            format!("presslens: height {h:?} is not a CSS length (use e.g. 480, \"480px\", \"60vh\" or \"100%\")")
        };
        match &self.height {
            None => Ok(None),
            // Whole pixels: formatting floats would cost the WASM ~20 KB.
            Some(Height::Pixels(px)) if (1.0..=1e6).contains(&px.round()) => {
                Ok(Some(format!("{}px", px.round() as u32)))
            }
            Some(Height::Pixels(_)) => Err(bad("(number)")),
            Some(Height::Css(s)) => {
                let s = s.trim();
                if s.is_empty() || s.eq_ignore_ascii_case("auto") {
                    return Ok(None);
                }
                let digits = s.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(s.len());
                let (number, unit) = s.split_at(digits);
                // A positive decimal number (checked by hand: float parsing would cost the WASM ~15 KB).
                let number_ok = number.matches('.').count() <= 1 && number.chars().any(|c| matches!(c, '1'..='9'));
                let unit = unit.to_ascii_lowercase();
                match (number_ok, unit.as_str()) {
                    (true, "") => Ok(Some(format!("{number}px"))),
                    (true, u) if UNITS.contains(&u) => Ok(Some(format!("{number}{u}"))),
                    _ => Err(bad(s)),
                }
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{Widget, loader_present, mount};

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{Element, HtmlElement, Node, ShadowRoot, ShadowRootInit, ShadowRootMode};
    use yew::AppHandle;

    use super::{ELEMENT_NAME, EmbedOptions, Height};
    use crate::{App, AppProps, bundled};

    /// Reads `options` as the host wrote it, by plain property reads: serde-wasm-bindgen here
    /// cost 22 KB of WASM and 2.4 KB of JS glue (measured; see docs/delivery.md).
    fn read_options(options: JsValue) -> Result<EmbedOptions, JsError> {
        if options.is_undefined() || options.is_null() {
            return Ok(EmbedOptions::default());
        }
        if !options.is_object() {
            return Err(error("presslens: options must be an object"));
        }
        let get = |key: &str| js_sys::Reflect::get(&options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
        let string = |key: &str| -> Result<Option<String>, JsError> {
            let v = get(key);
            if v.is_undefined() || v.is_null() {
                Ok(None)
            } else {
                v.as_string().map(Some).ok_or_else(|| error(format!("presslens: option {key} must be a string")))
            }
        };
        let h = get("height");
        let height = if h.is_undefined() || h.is_null() {
            None
        } else if let Some(px) = h.as_f64() {
            Some(Height::Pixels(px))
        } else if let Some(css) = h.as_string() {
            Some(Height::Css(css))
        } else {
            return Err(error("presslens: height must be a number of pixels or a CSS length"));
        };
        Ok(EmbedOptions {
            view: string("view")?,
            theme: string("theme")?,
            height,
            sync_hash: get("syncHash").is_truthy(),
            stylesheet: string("stylesheet")?,
        })
    }

    /// True when the embed loader has defined `<presslens-widget>` on this page.
    pub fn loader_present() -> bool {
        web_sys::window().is_some_and(|w| !w.custom_elements().get(ELEMENT_NAME).is_undefined())
    }

    /// One mounted widget. `unmount()` removes it; the host element stays.
    #[wasm_bindgen]
    pub struct Widget {
        app: Option<AppHandle<App>>,
        /// What this widget put in the shadow root (a later mount on the same element may have
        /// replaced them: unmounting this one never removes that one).
        nodes: Vec<Node>,
        /// The host element whose height this widget set.
        sized: Option<HtmlElement>,
    }

    #[wasm_bindgen]
    impl Widget {
        /// Removes the widget: stops its app and takes its nodes out of the shadow root.
        pub fn unmount(&mut self) {
            if let Some(app) = self.app.take() {
                app.destroy();
            }
            for node in self.nodes.drain(..) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
            if let Some(host) = self.sized.take() {
                let _ = host.style().remove_property("height");
            }
        }
    }

    fn clear(root: &ShadowRoot) {
        while let Some(child) = root.last_child() {
            let _ = root.remove_child(&child);
        }
    }

    fn error(message: impl std::fmt::Display) -> JsError {
        JsError::new(&message.to_string())
    }

    /// A DOM call's failure as a JS error.
    fn js<T>(r: Result<T, JsValue>) -> Result<T, JsError> {
        r.map_err(|e| error(format!("presslens: {e:?}")))
    }

    /// Mounts the widget inside a shadow root on `element` (reusing its open shadow root if it has
    /// one). `options` is an object with the keys of [`EmbedOptions`], or `undefined`.
    #[wasm_bindgen]
    pub fn mount(element: JsValue, options: JsValue) -> Result<Widget, JsError> {
        let element: Element =
            element.dyn_into().map_err(|_| error("presslens: mount(element, options) needs a DOM element"))?;
        let options = read_options(options)?;
        let height = options.css_height().map_err(error)?;

        let shadow = match element.shadow_root() {
            Some(s) => s,
            None => element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).map_err(|_| {
                error(format!("presslens: cannot attach a shadow root to <{}>", element.tag_name().to_lowercase()))
            })?,
        };
        clear(&shadow);
        let document = element.owner_document().ok_or_else(|| error("presslens: the element has no document"))?;

        let container: HtmlElement = js(document.create_element("div"))?.unchecked_into();
        container.set_class_name(if height.is_some() { "pl-embed pl-embed-fixed" } else { "pl-embed" });
        // Lets the host style the frame from outside: presslens-widget::part(widget) { … }.
        js(container.set_attribute("part", "widget"))?;
        // The height goes on the element mounted on (so a percentage means a share of *its*
        // container); the frame inside fills it and scrolls. CSSOM, not a style attribute:
        // allowed under `style-src 'self'`.
        let sized = match (&height, element.dyn_ref::<HtmlElement>()) {
            (Some(h), Some(host)) => {
                js(host.style().set_property("height", h))?;
                Some(host.clone())
            }
            _ => None,
        };

        let mut nodes = Vec::with_capacity(2);
        if let Some(href) = options.stylesheet.as_deref().filter(|h| !h.is_empty()) {
            let link = js(document.create_element("link"))?;
            js(link.set_attribute("rel", "stylesheet"))?;
            js(link.set_attribute("href", href))?;
            js(shadow.append_child(&link))?;
            nodes.push(link.into());
            // Unstyled content would flash (and measure wrong) until the sheet arrives: the
            // container starts `hidden`, and the sheet's `.pl-embed { display: block }` shows it.
            container.set_hidden(true);
        }
        js(shadow.append_child(&container))?;
        nodes.push(container.clone().into());

        let props = AppProps { corpus: bundled::corpus(), options: options.widget_options() };
        let app = yew::Renderer::<App>::with_root_and_props(container.into(), props).render();
        Ok(Widget { app: Some(app), nodes, sized })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_height(h: Height) -> EmbedOptions {
        EmbedOptions { height: Some(h), ..Default::default() }
    }

    #[test]
    fn embeds_leave_the_hash_alone_unless_asked() {
        let o = EmbedOptions::default().widget_options();
        assert!(!o.sync_hash);
        assert_eq!(o.theme, Theme::Auto);
        assert_eq!(o.view, None);
        let o = EmbedOptions { sync_hash: true, ..Default::default() }.widget_options();
        assert!(o.sync_hash);
    }

    #[test]
    fn view_and_theme_are_read_like_the_url_hash_and_the_attribute() {
        let o = EmbedOptions {
            view: Some(" #q=Tokayev&kind=quotes".into()),
            theme: Some("Dark".into()),
            ..Default::default()
        }
        .widget_options();
        assert_eq!(o.view.as_deref(), Some("q=Tokayev&kind=quotes"));
        assert_eq!(o.theme, Theme::Dark);
        let o =
            EmbedOptions { view: Some("#".into()), theme: Some("sepia".into()), ..Default::default() }.widget_options();
        assert_eq!(o.view, None);
        assert_eq!(o.theme, Theme::Auto);
    }

    #[test]
    fn heights_are_css_lengths_or_pixels() {
        let ok = |h: Height| with_height(h).css_height().unwrap();
        assert_eq!(ok(Height::Pixels(480.0)), Some("480px".into()));
        assert_eq!(ok(Height::Css("480".into())), Some("480px".into()));
        assert_eq!(ok(Height::Css(" 60VH ".into())), Some("60vh".into()));
        assert_eq!(ok(Height::Css("100%".into())), Some("100%".into()));
        assert_eq!(ok(Height::Css("12.5rem".into())), Some("12.5rem".into()));
        assert_eq!(ok(Height::Css("auto".into())), None);
        assert_eq!(ok(Height::Css("".into())), None);
    }

    #[test]
    fn a_height_that_is_not_a_length_is_refused_with_a_hint() {
        for bad in ["tall", "10px; color: red", "-5px", "1.2.3px", ".px", "0", "calc(1px)", "5 px"] {
            let e = with_height(Height::Css(bad.into())).css_height().unwrap_err();
            assert!(e.contains("480px"), "{bad}: {e}");
        }
        assert!(with_height(Height::Pixels(-1.0)).css_height().is_err());
        assert!(with_height(Height::Pixels(0.2)).css_height().is_err());
        assert_eq!(with_height(Height::Pixels(480.4)).css_height().unwrap(), Some("480px".into()));
        assert!(with_height(Height::Pixels(f64::NAN)).css_height().is_err());
    }
}
