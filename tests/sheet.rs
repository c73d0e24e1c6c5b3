//! Every row and band edge of the official sheet (RULES.md §1, S1), just below, at and just
//! above each edge, in each category. Expected values are transcribed from RULES.md's tables
//! here, independently of the constants in `src/rules/points.rs`.

use hsp_pr::rules::points::{Item, Note, PointInputs, ScoreCard, score};
use hsp_pr::rules::profile::{
    Bonus, Bonuses, Category, Education, Japanese, Position, Research, ResearchItems,
};

const A: Category = Category::A;
const B: Category = Category::B;
const C: Category = Category::C;

/// A person with nothing on the sheet but what each test sets.
fn blank(category: Category) -> PointInputs {
    PointInputs {
        category,
        age: 45,
        education: Education::None,
        multiple_degrees: false,
        experience_years: 0.0,
        annual_salary_yen: 0,
        research: ResearchItems::default(),
        qualifications: 0,
        position: Position::None,
        japanese: Japanese::None,
        bonuses: Bonuses::default(),
    }
}

fn with_bonuses(category: Category, bonuses: &[Bonus]) -> PointInputs {
    PointInputs {
        bonuses: bonuses.iter().copied().collect(),
        ..blank(category)
    }
}

#[track_caller]
fn item_points(inputs: PointInputs, item: Item, expected: u32) {
    let card = score(&inputs);
    assert_eq!(card.line(item).points, expected, "{item:?} for {inputs:?}");
    assert_sum(&card);
}

#[track_caller]
fn total(inputs: PointInputs, expected: u32) {
    let card = score(&inputs);
    assert_eq!(card.total(), expected, "total for {inputs:?}");
    assert_sum(&card);
}

#[track_caller]
fn assert_sum(card: &ScoreCard) {
    let sum: u32 = Item::ALL.iter().map(|item| card.line(*item).points).sum();
    assert_eq!(card.total(), sum);
}

// ① Academic background (S1 sheets A/B/C; RULES.md §1.1–1.3): the highest single row.
#[test]
fn education_rows_of_each_sheet() {
    use Education::*;
    let table: [(Education, [u32; 3]); 6] = [
        (None, [0, 0, 0]),
        (Bachelor, [10, 10, 10]),
        (Master, [20, 20, 20]),
        (Professional, [20, 20, 20]),
        // (a) has no MBA/MOT row: a professional degree there (20); (b) 25; (c) 25.
        (MbaMot, [20, 25, 25]),
        // (c) puts the doctorate with master's and professional degrees (20).
        (Doctor, [30, 30, 20]),
    ];
    for (education, expected) in table {
        for (category, points) in [A, B, C].into_iter().zip(expected) {
            item_points(
                PointInputs {
                    education,
                    ..blank(category)
                },
                Item::Education,
                points,
            );
        }
    }
}

// ① +5: two or more doctor/master/professional degrees in different fields (S1 注2).
#[test]
fn multiple_degrees_add_five_on_top_of_the_highest_row() {
    for category in [A, B, C] {
        for education in [
            Education::Master,
            Education::Professional,
            Education::MbaMot,
            Education::Doctor,
        ] {
            let one = score(&PointInputs {
                education,
                ..blank(category)
            })
            .total();
            let two = score(&PointInputs {
                education,
                multiple_degrees: true,
                ..blank(category)
            })
            .total();
            assert_eq!(two, one + 5, "{category:?} {education:?}");
        }
    }
    // Doctor + MBA in (b) is the doctor row (30), not 30 + 25 (RULES.md §1.8).
    total(
        PointInputs {
            education: Education::Doctor,
            ..blank(B)
        },
        30,
    );
    total(
        PointInputs {
            education: Education::Doctor,
            multiple_degrees: true,
            ..blank(B)
        },
        35,
    );
}

// ② Professional experience: "a年以上b年未満" = ≥ a and < b.
#[test]
fn experience_band_edges_of_each_sheet() {
    let table: [(f64, [u32; 3]); 13] = [
        (0.0, [0, 0, 0]),
        (2.99, [0, 0, 0]),
        (3.0, [5, 5, 10]),
        (3.01, [5, 5, 10]),
        (4.99, [5, 5, 10]),
        (5.0, [10, 10, 15]),
        (6.99, [10, 10, 15]),
        (7.0, [15, 15, 20]),
        (7.01, [15, 15, 20]),
        (9.99, [15, 15, 20]),
        // (a) has no 10-year band.
        (10.0, [15, 20, 25]),
        (10.01, [15, 20, 25]),
        (40.0, [15, 20, 25]),
    ];
    for (years, expected) in table {
        for (category, points) in [A, B, C].into_iter().zip(expected) {
            item_points(
                PointInputs {
                    experience_years: years,
                    ..blank(category)
                },
                Item::Experience,
                points,
            );
        }
    }
}

/// RULES.md §1.4, transcribed: rows (lower bound in yen) × age columns (<30, 30–34, 35–39, ≥40).
const SALARY_MATRIX: [(u64, [u32; 4]); 8] = [
    (10_000_000, [40, 40, 40, 40]),
    (9_000_000, [35, 35, 35, 35]),
    (8_000_000, [30, 30, 30, 30]),
    (7_000_000, [25, 25, 25, 0]),
    (6_000_000, [20, 20, 20, 0]),
    (5_000_000, [15, 15, 0, 0]),
    (4_000_000, [10, 0, 0, 0]),
    (0, [0, 0, 0, 0]),
];

/// The ages at each column edge, with the column they belong to.
const AGE_EDGES: [(u32, usize); 8] = [
    (18, 0),
    (29, 0),
    (30, 1),
    (34, 1),
    (35, 2),
    (39, 2),
    (40, 3),
    (64, 3),
];

// ③ for (a) and (b): the age × salary matrix at every edge of both axes.
#[test]
fn salary_matrix_edges_for_a_and_b() {
    for category in [A, B] {
        for (index, (floor, row)) in SALARY_MATRIX.iter().enumerate() {
            let ceiling = index
                .checked_sub(1)
                .and_then(|i| SALARY_MATRIX.get(i))
                .map(|r| r.0);
            let mut salaries = vec![*floor, floor + 1];
            if let Some(ceiling) = ceiling {
                salaries.push(ceiling - 1);
            }
            for salary in salaries {
                for (age, column) in AGE_EDGES {
                    let inputs = PointInputs {
                        age,
                        annual_salary_yen: salary,
                        ..blank(category)
                    };
                    item_points(inputs, Item::Salary, row[column]);
                }
            }
        }
        // Just below the lowest band: nothing at any age.
        for (age, _) in AGE_EDGES {
            let inputs = PointInputs {
                age,
                annual_salary_yen: 3_999_999,
                ..blank(category)
            };
            item_points(inputs, Item::Salary, 0);
        }
    }
}

#[test]
fn salary_zero_lines_say_why() {
    let closed = score(&PointInputs {
        age: 35,
        annual_salary_yen: 5_500_000,
        ..blank(B)
    });
    assert_eq!(
        closed.line(Item::Salary).note,
        Some(Note::SalaryBandClosedAtAge)
    );
    let low = score(&PointInputs {
        age: 25,
        annual_salary_yen: 3_999_999,
        ..blank(B)
    });
    assert_eq!(
        low.line(Item::Salary).note,
        Some(Note::BelowLowestSalaryBand)
    );
}

// ③ for (c): bands not tied to age (RULES.md §1.3).
#[test]
fn salary_bands_for_c_at_every_edge() {
    let table: [(u64, u32); 13] = [
        (0, 0),
        (9_999_999, 0),
        (10_000_000, 10),
        (14_999_999, 10),
        (15_000_000, 20),
        (19_999_999, 20),
        (20_000_000, 30),
        (24_999_999, 30),
        (25_000_000, 40),
        (29_999_999, 40),
        (30_000_000, 50),
        (30_000_001, 50),
        (10_000_000_000, 50),
    ];
    for (salary, points) in table {
        for age in [25, 45, 70] {
            item_points(
                PointInputs {
                    age,
                    annual_salary_yen: salary,
                    ..blank(C)
                },
                Item::Salary,
                points,
            );
        }
    }
}

// Age points: (a), (b) only.
#[test]
fn age_band_edges() {
    let table: [(u32, u32); 9] = [
        (15, 15),
        (29, 15),
        (30, 10),
        (31, 10),
        (34, 10),
        (35, 5),
        (39, 5),
        (40, 0),
        (100, 0),
    ];
    for (age, points) in table {
        item_points(PointInputs { age, ..blank(A) }, Item::Age, points);
        item_points(PointInputs { age, ..blank(B) }, Item::Age, points);
        item_points(PointInputs { age, ..blank(C) }, Item::Age, 0);
    }
}

fn research(items: &[Research]) -> ResearchItems {
    items.iter().copied().collect()
}

// ④–⑦: (a) 20 for one, 25 for two or more (a cap, not 20 + 25); (b) flat 15; (c) none.
#[test]
fn research_achievements_per_category() {
    use Research::*;
    let sets: [(&[Research], [u32; 3]); 6] = [
        (&[], [0, 0, 0]),
        (&[Patent], [20, 15, 0]),
        (&[Other], [20, 15, 0]),
        (&[Patent, Grants], [25, 15, 0]),
        (&[Grants, Papers, Other], [25, 15, 0]),
        (&[Patent, Grants, Papers, Other], [25, 15, 0]),
    ];
    for (items, expected) in sets {
        for (category, points) in [A, B, C].into_iter().zip(expected) {
            item_points(
                PointInputs {
                    research: research(items),
                    ..blank(category)
                },
                Item::Research,
                points,
            );
        }
    }
    let c = score(&PointInputs {
        research: research(&[Patent]),
        ..blank(C)
    });
    assert_eq!(c.line(Item::Research).note, Some(Note::NotScoredInCategory));
}

// ⑧ qualifications: (b) only, 5 for one, 10 for two or more.
#[test]
fn qualifications_only_in_b() {
    for (count, b_points) in [(0, 0), (1, 5), (2, 10), (3, 10), (100, 10)] {
        item_points(
            PointInputs {
                qualifications: count,
                ..blank(B)
            },
            Item::Qualifications,
            b_points,
        );
        item_points(
            PointInputs {
                qualifications: count,
                ..blank(A)
            },
            Item::Qualifications,
            0,
        );
        item_points(
            PointInputs {
                qualifications: count,
                ..blank(C)
            },
            Item::Qualifications,
            0,
        );
    }
}

// ⑳ position: (c) only.
#[test]
fn position_only_in_c() {
    for (position, c_points) in [
        (Position::None, 0),
        (Position::Director, 5),
        (Position::Representative, 10),
    ] {
        item_points(
            PointInputs {
                position,
                ..blank(C)
            },
            Item::Position,
            c_points,
        );
        item_points(
            PointInputs {
                position,
                ..blank(A)
            },
            Item::Position,
            0,
        );
        item_points(
            PointInputs {
                position,
                ..blank(B)
            },
            Item::Position,
            0,
        );
    }
}

// §1.5: each special addition alone, in each category where it applies and where it does not.
#[test]
fn each_special_addition_in_each_category() {
    use Bonus::*;
    let table: [(Bonus, Item, [u32; 3]); 9] = [
        (InnovationSupport, Item::InnovationSupport, [10, 10, 10]),
        (LocalGovSupport, Item::LocalGovSupport, [10, 10, 10]),
        (ForeignQualification, Item::ForeignQualification, [5, 5, 5]),
        (JapaneseUniversity, Item::JapaneseUniversity, [10, 10, 10]),
        (GrowthField, Item::GrowthField, [10, 10, 10]),
        (TopUniversity, Item::TopUniversity, [10, 10, 10]),
        (JicaTraining, Item::JicaTraining, [5, 5, 5]),
        // ⑲ (c) only; ㉑ (b) and (c) only (not on sheet A).
        (Investment100m, Item::Investment100m, [0, 0, 5]),
        (
            InvestmentManagement,
            Item::InvestmentManagement,
            [0, 10, 10],
        ),
    ];
    for (bonus, item, expected) in table {
        for (category, points) in [A, B, C].into_iter().zip(expected) {
            let inputs = with_bonuses(category, &[bonus]);
            item_points(inputs, item, points);
            total(inputs, points);
        }
    }
    for bonus in [Investment100m, InvestmentManagement] {
        let card = score(&with_bonuses(A, &[bonus]));
        assert!(
            card.shown()
                .any(|(_, line)| line.note == Some(Note::NotScoredInCategory))
        );
    }
}

// ⑨ ⑩ ⑫: SME counts only with innovation support; R&D > 3 % only for an SME.
#[test]
fn sme_rules() {
    use Bonus::*;
    for category in [A, B, C] {
        let sme_alone = score(&with_bonuses(category, &[Sme]));
        assert_eq!(sme_alone.total(), 0);
        assert_eq!(
            sme_alone.line(Item::Sme).note,
            Some(Note::RequiresInnovationSupport)
        );
        total(with_bonuses(category, &[InnovationSupport, Sme]), 20);
        let rnd_alone = score(&with_bonuses(category, &[RndOver3Pct]));
        assert_eq!(rnd_alone.total(), 0);
        assert_eq!(
            rnd_alone.line(Item::RndOver3Pct).note,
            Some(Note::RequiresSme)
        );
        // ⑫ needs SME status, not ⑨: 5, while ⑩ still needs ⑨.
        total(with_bonuses(category, &[Sme, RndOver3Pct]), 5);
        total(
            with_bonuses(category, &[InnovationSupport, Sme, RndOver3Pct]),
            25,
        );
        // ⑪ is additive with ⑨ and ⑩ (V13).
        total(
            with_bonuses(category, &[InnovationSupport, Sme, LocalGovSupport]),
            30,
        );
    }
}

// ⑭ ⑮: N2 is not available with a Japanese degree; N1 stacks with it.
#[test]
fn japanese_language_rules() {
    for category in [A, B, C] {
        let n2 = PointInputs {
            japanese: Japanese::N2,
            ..blank(category)
        };
        let n1 = PointInputs {
            japanese: Japanese::N1,
            ..blank(category)
        };
        total(n2, 10);
        total(n1, 15);
        let jp_degree = Bonuses::default().with(Bonus::JapaneseUniversity);
        let n2_and_degree = score(&PointInputs {
            bonuses: jp_degree,
            ..n2
        });
        assert_eq!(n2_and_degree.total(), 10);
        assert_eq!(
            n2_and_degree.line(Item::Japanese).note,
            Some(Note::N2ExcludedByJapaneseUniversity)
        );
        total(
            PointInputs {
                bonuses: jp_degree,
                ..n1
            },
            25,
        );
    }
}

// The one case where holding more lowers the total: ⑭ excludes N2 (⑮-Ⅱ) and a JICA training
// held in Japanese university classes (⑱), so N2 10 + ⑱ 5 = 15 becomes ⑭ 10 alone.
#[test]
fn a_japanese_degree_can_lower_the_total() {
    use Bonus::*;
    for category in [A, B, C] {
        let before = PointInputs {
            japanese: Japanese::N2,
            ..with_bonuses(
                category,
                &[JicaTraining, JicaTrainingUsedJapaneseUniversity],
            )
        };
        total(before, 15);
        let after = PointInputs {
            bonuses: before.bonuses.with(JapaneseUniversity),
            ..before
        };
        total(after, 10);
    }
}

// ⑰ stacks with ⑭ and counts once.
#[test]
fn top_university_stacks_with_japanese_degree() {
    for category in [A, B, C] {
        total(
            with_bonuses(category, &[Bonus::JapaneseUniversity, Bonus::TopUniversity]),
            20,
        );
    }
}

// ⑱: not with ⑭ only when the training used Japanese university classes.
#[test]
fn jica_training_rules() {
    use Bonus::*;
    for category in [A, B, C] {
        total(
            with_bonuses(category, &[JicaTraining, JapaneseUniversity]),
            15,
        );
        let excluded = score(&with_bonuses(
            category,
            &[
                JicaTraining,
                JapaneseUniversity,
                JicaTrainingUsedJapaneseUniversity,
            ],
        ));
        assert_eq!(excluded.total(), 10);
        assert_eq!(
            excluded.line(Item::JicaTraining).note,
            Some(Note::JicaExcludedByJapaneseUniversity)
        );
        // The used-classes fact alone excludes nothing without ⑭.
        total(
            with_bonuses(
                category,
                &[JicaTraining, JicaTrainingUsedJapaneseUniversity],
            ),
            5,
        );
        total(
            with_bonuses(category, &[JicaTrainingUsedJapaneseUniversity]),
            0,
        );
    }
}

// The ¥3M floor: (b) and (c) only; (a) has none (RULES.md §1.0).
#[test]
fn salary_floor_edges() {
    for (salary, fails) in [
        (0, true),
        (2_999_999, true),
        (3_000_000, false),
        (3_000_001, false),
    ] {
        assert_eq!(
            PointInputs {
                annual_salary_yen: salary,
                ..blank(B)
            }
            .fails_salary_floor(),
            fails
        );
        assert_eq!(
            PointInputs {
                annual_salary_yen: salary,
                ..blank(C)
            }
            .fails_salary_floor(),
            fails
        );
        assert!(
            !PointInputs {
                annual_salary_yen: salary,
                ..blank(A)
            }
            .fails_salary_floor()
        );
    }
}

// The theoretical maxima of RULES.md §1.6.
#[test]
fn theoretical_maxima() {
    let all_bonuses: Bonuses = Bonus::ALL
        .into_iter()
        .filter(|b| *b != Bonus::JicaTrainingUsedJapaneseUniversity)
        .collect();
    let everything = |category, education| PointInputs {
        category,
        age: 25,
        education,
        multiple_degrees: true,
        experience_years: 12.0,
        annual_salary_yen: 40_000_000,
        research: Research::ALL.into_iter().collect(),
        qualifications: 2,
        position: Position::Representative,
        japanese: Japanese::N1,
        bonuses: all_bonuses,
    };
    total(everything(A, Education::Doctor), 220);
    total(everything(B, Education::Doctor), 235);
    total(everything(C, Education::MbaMot), 220);
}

// RULES.md §9, the public worked examples.
#[test]
fn public_example_p1_young_engineer() {
    let p1 = PointInputs {
        age: 28,
        education: Education::Master,
        experience_years: 4.0,
        annual_salary_yen: 6_500_000,
        japanese: Japanese::N1,
        ..blank(B)
    };
    let card = score(&p1);
    assert_eq!(
        [
            Item::Education,
            Item::Experience,
            Item::Salary,
            Item::Age,
            Item::Japanese
        ]
        .map(|i| card.line(i).points),
        [20, 5, 20, 15, 15]
    );
    assert_eq!(card.total(), 75);
}

#[test]
fn public_example_p3_older_phd_exactly_80() {
    let p3 = PointInputs {
        age: 45,
        education: Education::Doctor,
        experience_years: 15.0,
        annual_salary_yen: 8_500_000,
        ..blank(B)
    };
    total(p3, 80);
}

#[test]
fn public_example_p7_ceo() {
    let p7 = PointInputs {
        age: 50,
        education: Education::MbaMot,
        experience_years: 12.0,
        annual_salary_yen: 22_000_000,
        position: Position::Representative,
        bonuses: Bonuses::default().with(Bonus::Investment100m),
        ..blank(C)
    };
    total(p7, 95);
}

// Own worked profiles, one per category, summed by hand from RULES.md §1.
#[test]
fn worked_profile_a_postdoc() {
    // Doctor 30 + 5–7 years 10 + ¥5.2M at 33 → 15 + age 10 + papers and grants 25 + N2 10.
    let postdoc = PointInputs {
        age: 33,
        education: Education::Doctor,
        experience_years: 5.5,
        annual_salary_yen: 5_200_000,
        research: research(&[Research::Papers, Research::Grants]),
        japanese: Japanese::N2,
        ..blank(A)
    };
    total(postdoc, 100);
}

#[test]
fn worked_profile_a_has_no_floor() {
    // A researcher paid less than ¥3M: doctor 30 + 7 years 15 + age 15 + patent 20 = 80,
    // and (a) has no salary floor, so still eligible.
    let researcher = PointInputs {
        age: 29,
        education: Education::Doctor,
        experience_years: 7.0,
        annual_salary_yen: 2_000_000,
        research: research(&[Research::Patent]),
        ..blank(A)
    };
    total(researcher, 80);
    assert!(!researcher.fails_salary_floor());
}

#[test]
fn worked_profile_b_below_floor() {
    // 75 points but ¥2.9M: not HSP in (b) whatever the points.
    let engineer = PointInputs {
        age: 26,
        education: Education::Master,
        experience_years: 3.0,
        annual_salary_yen: 2_900_000,
        japanese: Japanese::N1,
        bonuses: Bonuses::default()
            .with(Bonus::JapaneseUniversity)
            .with(Bonus::InnovationSupport),
        ..blank(B)
    };
    // 20 + 5 + 0 + 15 + 15 + 10 + 10
    total(engineer, 75);
    assert!(engineer.fails_salary_floor());
}

#[test]
fn worked_profile_c_director() {
    // Master 20 + 7–10 years 20 + ¥15M 20 + director 5 + ㉑ 10 = 75; age and research nothing.
    let director = PointInputs {
        age: 38,
        education: Education::Master,
        experience_years: 8.0,
        annual_salary_yen: 15_000_000,
        position: Position::Director,
        research: research(&[Research::Patent]),
        bonuses: Bonuses::default().with(Bonus::InvestmentManagement),
        ..blank(C)
    };
    total(director, 75);
}

// `scored_in` (used by the form's "not scored here" notes) agrees with the sheet itself: an
// item can score in a category exactly when the category's sheet has its row.
#[test]
fn scored_in_agrees_with_the_sheet() {
    use hsp_pr::rules::points::scored_in;
    for category in [A, B, C] {
        let everything = PointInputs {
            age: 25,
            education: Education::Doctor,
            multiple_degrees: true,
            experience_years: 12.0,
            annual_salary_yen: 40_000_000,
            research: Research::ALL.into_iter().collect(),
            qualifications: 2,
            position: Position::Representative,
            japanese: Japanese::N1,
            bonuses: Bonus::ALL
                .into_iter()
                .filter(|b| *b != Bonus::JicaTrainingUsedJapaneseUniversity)
                .collect(),
            ..blank(category)
        };
        let card = score(&everything);
        for item in Item::ALL {
            assert_eq!(
                scored_in(item, category),
                card.line(item).points > 0,
                "{item:?} in {category:?}"
            );
        }
    }
}
