//! The order of the debrief: the gespreksagenda (where the groups differ
//! most), then where everyone agrees, then what nobody answered.

use super::topics::{Topic, TopicId};

/// The agenda holds at most this many topics: twenty minutes of debrief.
pub const AGENDA_MAX: usize = 10;
/// Below this weight (see [`weight`]) a difference is one group out of
/// many, or a split among a few groups only: not worth a place.
pub const AGENDA_MIN_SCORE: f64 = 0.2;
/// At most this many topics from one question (the fields of one list),
/// so a list with many items does not fill the whole agenda.
pub const PER_QUESTION_MAX: usize = 3;

/// Indices into the topics, per part of the debrief.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Order {
    /// Highest score first.
    pub agenda: Vec<usize>,
    /// Every group that answered gave the same answer (two or more did).
    pub agreed: Vec<usize>,
    /// Top-level questions that applied to some group but none answered.
    pub unanswered: Vec<usize>,
}

/// How much a topic weighs for the agenda: its score, in proportion to
/// the share of the `groups` that answered it. A split between the two
/// groups that added the same task matters less to the room than a split
/// of all six on the form.
pub fn weight(topic: &Topic, groups: usize) -> f64 {
    let share = topic.answered as f64 / groups.max(1) as f64;
    topic.score.unwrap_or(0.0) * share.min(1.0)
}

/// The debrief's order for `topics` of a comparison of `groups` groups.
pub fn order(topics: &[Topic], groups: usize) -> Order {
    let weights: Vec<f64> = topics.iter().map(|t| weight(t, groups)).collect();
    let mut ranked: Vec<usize> = (0..topics.len())
        .filter(|&t| weights[t] >= AGENDA_MIN_SCORE)
        .collect();
    // Heaviest first; on a tie the topic more groups answered, then the
    // guide's order (a stable sort keeps it).
    ranked.sort_by(|&a, &b| {
        weights[b]
            .partial_cmp(&weights[a])
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(topics[b].answered.cmp(&topics[a].answered))
    });
    let mut agenda = Vec::new();
    for t in ranked {
        let question = topics[t].question();
        let same = agenda
            .iter()
            .filter(|&&a: &&usize| topics[a].question() == question)
            .count();
        if same < PER_QUESTION_MAX {
            agenda.push(t);
        }
        if agenda.len() == AGENDA_MAX {
            break;
        }
    }
    let agreed = (0..topics.len())
        .filter(|&t| topics[t].answered >= 2 && topics[t].score.is_some_and(|s| s == 0.0))
        .collect();
    let unanswered = (0..topics.len())
        .filter(|&t| {
            let topic = &topics[t];
            matches!(topic.id, TopicId::Question(_)) && topic.asked > 0 && topic.answered == 0
        })
        .collect();
    Order {
        agenda,
        agreed,
        unanswered,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::stats::Stats;

    fn topic(question: &str, field: Option<&str>, score: Option<f64>, answered: usize) -> Topic {
        let id = match field {
            None => TopicId::Question(question.into()),
            Some(f) => TopicId::Field {
                question: question.into(),
                item: 0,
                field: f.into(),
            },
        };
        Topic {
            id,
            step: 0,
            title: question.into(),
            context: None,
            asked: 6,
            answered,
            optional: false,
            stats: Stats::Texts(Vec::new()),
            score,
        }
    }

    #[test]
    fn the_agenda_ranks_by_score_and_keeps_one_list_from_filling_it() {
        let mut topics = vec![
            topic("a", None, Some(0.5), 6),
            topic("b", None, Some(0.9), 6),
            topic("c", None, Some(0.0), 6),
            topic("d", None, None, 0),
            topic("e", None, Some(0.1), 6),
        ];
        for f in ["f1", "f2", "f3", "f4"] {
            topics.push(topic("lijst", Some(f), Some(0.95), 4));
        }
        let o = order(&topics, 6);
        assert_eq!(
            o.agenda,
            vec![1, 5, 6, 7, 0],
            "b; three of the list (0.95 of four groups is 0.63); a; e too small"
        );
        assert_eq!(o.agreed, vec![2]);
        assert_eq!(o.unanswered, vec![3]);
    }

    #[test]
    fn a_split_among_few_groups_weighs_less() {
        let topics = vec![
            topic("gedeeld", None, Some(1.0), 2),
            topic("iedereen", None, Some(0.6), 6),
        ];
        let o = order(&topics, 6);
        assert_eq!(o.agenda, vec![1, 0], "0.6 of six groups before 1.0 of two");
        let o = order(&topics[..1], 12);
        assert!(
            o.agenda.is_empty(),
            "two of twelve groups is not the room's topic"
        );
    }

    #[test]
    fn ties_go_to_the_topic_more_groups_answered() {
        let topics = vec![
            topic("a", None, Some(0.6), 3),
            topic("b", None, Some(0.6), 5),
        ];
        assert_eq!(order(&topics, 6).agenda, vec![1, 0]);
    }
}
