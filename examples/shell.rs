//! The prerendered shell (issue #15): the widget's first screen for a fresh visitor, rendered
//! natively by Yew's server renderer once per language, into `<out>/<tag>.html` (and, for the
//! offline file, which keeps nothing unless asked, `<out>/<tag>.offline.html`).
//! `scripts/build.sh` runs it; `scripts/bundle.py` puts the shells into the pages and the
//! loader. Usage: `cargo run --example shell --features shell -- <out> [YYYY-MM-DD]`.

use hsp_pr::i18n::Lang;
use hsp_pr::rules::Date;
use hsp_pr::widget::ui::{Saving, Shell, ShellProps, set_shell_file_page};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(args.next().ok_or("usage: shell <out> [YYYY-MM-DD]")?);
    // The day the shell is rendered for: given by the build (the commit's date), so that a
    // build of one commit is byte-identical on any day and a pinned hash stays right.
    let today = match args.next() {
        Some(day) => Date::parse(&day).ok_or("the date is not YYYY-MM-DD")?,
        None => Date::today_in_japan(),
    };
    std::fs::create_dir_all(&out)?;
    for lang in Lang::ALL {
        for (suffix, saving) in [("", Saving::On), (".offline", Saving::Off)] {
            set_shell_file_page(saving == Saving::Off);
            let props = ShellProps {
                lang,
                today,
                saving,
            };
            let html = futures::executor::block_on(
                yew::ServerRenderer::<Shell>::with_props(move || props)
                    .hydratable(false)
                    .render(),
            );
            std::fs::write(out.join(format!("{}{suffix}.html", lang.tag())), html)?;
        }
    }
    Ok(())
}
