//! How much the groups differ on one question: a divergence score from 0
//! (every group that answered gave the same answer) to 1 (they are spread
//! as far apart as the question allows). One scale for every kind of
//! question, so the gespreksagenda can rank them together.
//!
//! - **Single choice and ja/nee/weet niet: normalised entropy.** With
//!   `p` the share of the answering groups per option,
//!   `H = −Σ p·ln p`, divided by `ln(min(groups, options))`, the most
//!   that many groups can reach on that many options. A 3–3 split on a
//!   yes/no question scores 1; 5–1 scores 0.65.
//! - **Scales and numbers: spread.** The standard deviation of the
//!   answers divided by half the range of the scale (the largest standard
//!   deviation possible there: half the groups at each end). Dates count
//!   in days, on a range of two years (a year either way scores 1).
//! - **Multiple choice, the tasks a partner joins, the items of a list:
//!   overlap.** One minus the mean Jaccard similarity (shared ÷ together)
//!   over all pairs of answering groups. Identical sets score 0, sets with
//!   nothing in common 1.
//! - **Free text is not scored**: no two groups write the same sentence.
//!
//! Fewer than two answers give no score: there is nothing to compare.

use std::collections::HashMap;
use std::hash::Hash;

/// Normalised entropy of `counts` (groups per option, zeros allowed) on a
/// question with `options` options.
pub fn entropy(counts: &[usize], options: usize) -> Option<f64> {
    let n: usize = counts.iter().sum();
    if n < 2 {
        return None;
    }
    let reach = n.min(options.max(counts.iter().filter(|c| **c > 0).count()));
    if reach < 2 {
        return Some(0.0);
    }
    let h: f64 = counts
        .iter()
        .filter(|c| **c > 0)
        .map(|&c| {
            let p = c as f64 / n as f64;
            -p * p.ln()
        })
        .sum();
    Some(clamp(h / (reach as f64).ln()))
}

/// Spread of `values` on a range from `low` to `high`.
pub fn spread(values: &[f64], low: f64, high: f64) -> Option<f64> {
    if values.len() < 2 {
        return None;
    }
    let half = (high - low) / 2.0;
    if half <= 0.0 {
        return Some(0.0);
    }
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
    Some(clamp(var.sqrt() / half))
}

/// One minus the mean Jaccard similarity over all pairs of `sets` (each
/// sorted, without repeats). Equal sets are counted once with their number,
/// so 500 groups with a handful of different answers cost a handful of
/// comparisons, not 125,000.
pub fn overlap<T: Ord + Hash + Eq>(sets: &[Vec<T>]) -> Option<f64> {
    let n = sets.len();
    if n < 2 {
        return None;
    }
    let mut distinct: HashMap<&[T], usize> = HashMap::new();
    for s in sets {
        *distinct.entry(s.as_slice()).or_default() += 1;
    }
    let distinct: Vec<(&[T], usize)> = distinct.into_iter().collect();
    let mut apart = 0.0;
    for (i, (a, ca)) in distinct.iter().enumerate() {
        for (b, cb) in &distinct[i + 1..] {
            apart += (ca * cb) as f64 * (1.0 - jaccard(a, b));
        }
    }
    let pairs = (n * (n - 1) / 2) as f64;
    Some(clamp(apart / pairs))
}

/// Shared ÷ together of two sorted sets; two empty sets are equal.
fn jaccard<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared as f64 / (a.len() + b.len() - shared) as f64
}

/// Rounding can put a score a hair outside 0..=1.
fn clamp(x: f64) -> f64 {
    if x.is_finite() {
        x.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn identical_answers_score_zero() {
        assert!(close(entropy(&[0, 6, 0], 3), 0.0));
        assert!(close(spread(&[3.0, 3.0, 3.0], 1.0, 5.0), 0.0));
        assert!(close(overlap(&[vec![1, 2], vec![1, 2], vec![1, 2]]), 0.0));
        assert!(close(overlap::<u32>(&[vec![], vec![]]), 0.0));
    }

    #[test]
    fn an_even_split_scores_highest() {
        // Every way to spread six groups over two options.
        let two: Vec<f64> = (0..=6)
            .map(|k| entropy(&[k, 6 - k], 2).expect("score"))
            .collect();
        assert!(close(Some(two[3]), 1.0), "{two:?}");
        assert!(two.iter().all(|s| *s <= two[3]));
        assert!(two[2] < two[3] && two[1] < two[2] && two[0] == 0.0);
        // On a choice of eleven forms, six groups all apart is the top.
        assert!(close(entropy(&[1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0], 11), 1.0));
        assert!(entropy(&[3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0], 11) < Some(1.0));
        // Scales: half at each end is the most spread.
        assert!(close(
            spread(&[1.0, 1.0, 1.0, 5.0, 5.0, 5.0], 1.0, 5.0),
            1.0
        ));
        let bunched = spread(&[2.0, 3.0, 3.0, 4.0], 1.0, 5.0).expect("score");
        assert!(bunched > 0.0 && bunched < 0.5, "{bunched}");
        assert!(close(overlap(&[vec![1], vec![2], vec![3]]), 1.0));
    }

    #[test]
    fn scores_grow_with_the_difference() {
        let five_one = entropy(&[5, 1], 2).expect("score");
        let four_two = entropy(&[4, 2], 2).expect("score");
        assert!(five_one < four_two && four_two < 1.0);
        let some = overlap(&[vec![1, 2], vec![1, 3]]).expect("score");
        assert!(close(Some(some), 1.0 - 1.0 / 3.0));
    }

    #[test]
    fn one_answer_has_no_score() {
        assert_eq!(entropy(&[1, 0], 2), None);
        assert_eq!(spread(&[4.0], 1.0, 5.0), None);
        assert_eq!(overlap(&[vec![1]]), None);
    }

    #[test]
    fn many_equal_sets_are_counted_not_compared() {
        let mut sets = vec![vec![1u32, 2]; 250];
        sets.extend(vec![vec![3u32]; 250]);
        let s = overlap(&sets).expect("score");
        // Cross pairs are 250·250 of 124,750; each is fully apart.
        assert!(close(Some(s), 62_500.0 / 124_750.0));
    }
}
