//! Labels, help and messages of the widget (en, ja, zh). Terms: GLOSSARY.md.

// One entry per message: the struct `Ui`, its constant `UI`, and (natively) the list of all
// messages for the language packs, from one table (`ui_table!`, in `i18n`) that `build.rs`
// makes from `i18n/<lang>.json` (the `ui.` keys).
include!(concat!(env!("OUT_DIR"), "/ui_table.rs"));

/// The form's name of a degree (the form, the past sheets, the summary, the printout).
pub fn education_label(education: crate::rules::profile::Education) -> &'static super::Tr {
    use crate::rules::profile::Education;
    match education {
        Education::None => &UI.edu_none,
        Education::Bachelor => &UI.edu_bachelor,
        Education::Master => &UI.edu_master,
        Education::Professional => &UI.edu_professional,
        Education::MbaMot => &UI.edu_mba_mot,
        Education::Doctor => &UI.edu_doctor,
    }
}

/// The form's name of a category.
pub fn category_label(category: crate::rules::profile::Category) -> &'static super::Tr {
    use crate::rules::profile::Category;
    match category {
        Category::A => &UI.category_a,
        Category::B => &UI.category_b,
        Category::C => &UI.category_c,
    }
}
