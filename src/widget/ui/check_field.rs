//! A labelled checkbox.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Default)]
pub struct CheckField {
    /// A unique id within the widget.
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub onchange: Callback<bool>,
    pub inactive: Option<AttrValue>,
    /// What ticking it is worth on the sheet ("+10"), shown before it is ticked.
    pub worth: Option<AttrValue>,
}

impl CheckField {
    pub fn view(self) -> Html {
        let onchange = self
            .onchange
            .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
        html! {
            <div class={classes!("check", self.inactive.as_ref().map(|_| "inactive"))}>
                <input type="checkbox" id={self.id.clone()} checked={self.checked} {onchange} />
                <label for={self.id}>
                    { self.label }
                    if let Some(worth) = self.worth {
                        { " " }<span class="worth" data-worth="">{ worth }</span>
                    }
                    if let Some(note) = self.inactive {
                        <span class="note">{ " — " }{ note }</span>
                    }
                </label>
            </div>
        }
    }
}
