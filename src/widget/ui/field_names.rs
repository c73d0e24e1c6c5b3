//! The label a person sees for a profile path, for the banner that names the fields to fix.

use crate::i18n::Tr;
use crate::i18n::ui::UI;

pub fn label(path: &str) -> Option<&'static Tr> {
    if path == "household.children" {
        return Some(&UI.children);
    }
    if path.starts_with("household.children[") {
        return Some(&UI.child_birth_date);
    }
    if path.starts_with("residence.sheet_") {
        return Some(&UI.section_past);
    }
    Some(match path {
        "category" => &UI.category,
        "birth_date" => &UI.birth_date,
        "age" => &UI.age,
        "education" => &UI.education,
        "multiple_degrees" => &UI.multiple_degrees,
        "experience_years" => &UI.experience,
        "annual_salary_yen" => &UI.salary,
        "qualifications" => &UI.qualifications,
        "position" => &UI.position,
        "japanese" => &UI.japanese,
        "household.spouse_annual_income_yen" => &UI.spouse_income,
        "household.married_since" => &UI.married_since,
        "residence.current_status" => &UI.current_status,
        "residence.in_japan_since" => &UI.in_japan_since,
        "residence.work_status_since" => &UI.work_status_since,
        "residence.hsp_since" => &UI.hsp_since,
        "residence.points_70_since" => &UI.points_70_since,
        "residence.points_80_since" => &UI.points_80_since,
        "residence.jskip_since" => &UI.jskip_since,
        "residence.current_status_since" => &UI.current_status_since,
        "residence.pr_since" => &UI.pr_since,
        "residence.salary_1y_before_yen" => &UI.salary_1y,
        "residence.salary_3y_before_yen" => &UI.salary_3y,
        _ => return None,
    })
}
