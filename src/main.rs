//! The widget's entry point in the browser: mount the app on `#presslens`.
fn main() {
    presslens_widget::start();
}
