//! The statistics of one question, kind by kind.
use super::*;

fn question(kind: Kind) -> Question {
    Question {
        id: "q".into(),
        label: "Vraag".into(),
        short_label: String::new(),
        help: String::new(),
        example: String::new(),
        kind,
        raad: Vec::new(),
        optional: false,
        show_if: None,
        inherited: Vec::new(),
    }
}

#[test]
fn scales_give_their_spread_and_median() {
    let q = question(Kind::Scale {
        low: "laag".into(),
        high: "hoog".into(),
    });
    let a = [
        Answer::Scale(2),
        Answer::Scale(5),
        Answer::Scale(3),
        Answer::Scale(4),
    ];
    let answers: Vec<(usize, &Answer)> = a.iter().enumerate().collect();
    let (stats, s) = of(&q, &answers, None);
    match stats {
        Stats::Scale {
            min,
            median_x2,
            max,
            rows,
            ..
        } => {
            assert_eq!((min, median_x2, max), (2, 7, 5));
            assert_eq!(rows[1].groups, vec![0]);
            assert_eq!(rows[4].groups, vec![1]);
        }
        other => panic!("{other:?}"),
    }
    assert!(s.is_some_and(|s| s > 0.0 && s < 1.0));
}

#[test]
fn unknown_choices_get_a_row_of_their_own() {
    let q = question(Kind::Choice(vec![crate::guide::Choice {
        id: "a".into(),
        label: "A".into(),
    }]));
    let a = [
        Answer::Choice("a".into()),
        Answer::Choice("x".into()),
        Answer::Choice("x".into()),
    ];
    let answers: Vec<(usize, &Answer)> = a.iter().enumerate().collect();
    let (stats, _) = of(&q, &answers, None);
    assert_eq!(
        stats,
        Stats::Choice(vec![
            Row {
                label: "A".into(),
                groups: vec![0]
            },
            Row {
                label: "x".into(),
                groups: vec![1, 2]
            },
        ])
    );
}

#[test]
fn dates_and_numbers_give_a_range() {
    let q = question(Kind::Date);
    let a = [
        Answer::Date(jiff::civil::date(2027, 3, 1)),
        Answer::Date(jiff::civil::date(2028, 3, 1)),
    ];
    let answers: Vec<(usize, &Answer)> = a.iter().enumerate().collect();
    let (stats, s) = of(&q, &answers, None);
    assert!(
        matches!(&stats, Stats::Range { lowest, highest, .. } if lowest == "01-03-2027" && highest == "01-03-2028")
    );
    // 366 days apart (2028 is a leap year): each a half year from the
    // middle, half the way to "a year either way".
    assert!(s.is_some_and(|s| (s - 183.0 / 365.0).abs() < 1e-9), "{s:?}");
    let q = question(Kind::Number {
        min: 1,
        max: 10,
        unit: "jaar".into(),
    });
    let a = [Answer::Number(4), Answer::Number(2)];
    let answers: Vec<(usize, &Answer)> = a.iter().enumerate().collect();
    let (stats, _) = of(&q, &answers, None);
    assert!(
        matches!(&stats, Stats::Range { lowest, highest, .. } if lowest == "2 jaar" && highest == "4 jaar")
    );
}
