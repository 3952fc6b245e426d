//! What the preview has published, shared by the thread that rebuilds and the threads that
//! answer: a generation number, raised by every rebuild that changed what a page shows, and
//! the messages of the last build of each year. Pages carry the generation they were served
//! at; the event stream tells them when it has moved on.

use std::path::Path;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use crate::load::project;
use crate::printer::Kept;

/// The messages a page is shown with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    /// By year, in order of years, then what belongs to no one year (lawrpt.toml, templates,
    /// a fatal error).
    pub by_year: Vec<(String, Vec<Kept>)>,
    pub shared: Vec<Kept>,
}

impl Problems {
    /// The messages a page of `year` (or of no year: the index, a comparison page) shows: its
    /// year's and the shared ones, or all of them.
    pub fn for_page(&self, year: Option<&str>) -> Vec<&Kept> {
        self.by_year
            .iter()
            .filter(|(y, _)| year.is_none_or(|year| year == y))
            .flat_map(|(_, kept)| kept)
            .chain(&self.shared)
            .collect()
    }

    /// Folds a run's messages into what was known: a year that ran (`ran`, or with messages
    /// of its own now) has only this run's; a year that was skipped as unchanged keeps its
    /// last ones; a year whose report is gone has none; shared messages are this run's.
    pub fn merged(&self, kept: Vec<Kept>, ran: &[String], years: &[String]) -> Problems {
        let mut fresh: Vec<(String, Vec<Kept>)> = Vec::new();
        let mut shared = Vec::new();
        for message in kept {
            match message.file.as_deref().and_then(year_of) {
                Some(year) => match fresh.iter_mut().find(|(y, _)| *y == year) {
                    Some((_, list)) => list.push(message),
                    None => fresh.push((year, vec![message])),
                },
                None => shared.push(message),
            }
        }
        let by_year = years
            .iter()
            .filter_map(|year| {
                let now = fresh.iter().find(|(y, _)| y == year);
                let kept = match now {
                    Some((_, list)) => list.clone(),
                    None if ran.contains(year) => Vec::new(),
                    None => self
                        .by_year
                        .iter()
                        .find(|(y, _)| y == year)
                        .map(|(_, list)| list.clone())
                        .unwrap_or_default(),
                };
                (!kept.is_empty()).then(|| (year.clone(), kept))
            })
            .collect();
        Problems { by_year, shared }
    }
}

/// The year a message is about: that of `reports/<year>.yaml`.
fn year_of(file: &Path) -> Option<String> {
    let parent = file.parent()?.file_name()?;
    let year = file.file_stem()?.to_str()?;
    (parent == "reports" && project::is_year(year)).then(|| year.to_string())
}

#[derive(Debug, Default)]
struct Published {
    generation: u64,
    problems: Arc<Problems>,
    stopping: bool,
}

/// The state the threads share.
#[derive(Debug, Default)]
pub struct Shared {
    published: Mutex<Published>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Published> {
        // A thread that panicked while holding it left nothing half-done: the fields are
        // each written whole.
        self.published
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The generation now and the messages pages show.
    pub fn now(&self) -> (u64, Arc<Problems>) {
        let published = self.lock();
        (published.generation, Arc::clone(&published.problems))
    }

    /// Publishes a rebuild: pages served before it reload.
    pub fn publish(&self, problems: Problems) {
        let mut published = self.lock();
        published.generation += 1;
        published.problems = Arc::new(problems);
        self.changed.notify_all();
    }

    /// Wakes every waiting stream, for the end of the preview.
    pub fn stop(&self) {
        self.lock().stopping = true;
        self.changed.notify_all();
    }

    /// Waits until the generation is past `since`, for at most `timeout`: the generation
    /// then, or `None` when the preview is stopping.
    pub fn wait_past(&self, since: u64, timeout: Duration) -> Option<u64> {
        let published = self.lock();
        let (published, _) = self
            .changed
            .wait_timeout_while(published, timeout, |p| p.generation <= since && !p.stopping)
            .unwrap_or_else(PoisonError::into_inner);
        (!published.stopping).then_some(published.generation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::diagnostic::Severity;
    use std::path::PathBuf;

    fn kept(file: &str, severity: Severity) -> Kept {
        Kept {
            file: Some(PathBuf::from(file)),
            severity,
            plain: file.to_string(),
            styled: file.to_string(),
        }
    }

    fn errors(problems: &Problems) -> usize {
        problems
            .for_page(None)
            .iter()
            .filter(|k| k.severity == Severity::Error)
            .count()
    }

    fn years(list: &[&str]) -> Vec<String> {
        list.iter().map(|y| y.to_string()).collect()
    }

    #[test]
    fn a_year_skipped_as_unchanged_keeps_its_messages_and_a_rebuilt_one_loses_them() {
        let all = years(&["2023", "2024"]);
        let first = Problems::default().merged(
            vec![
                kept("reports/2023.yaml", Severity::Warning),
                kept("reports/2024.yaml", Severity::Error),
                kept("lawrpt.toml", Severity::Warning),
            ],
            &years(&["2023"]),
            &all,
        );
        assert_eq!(errors(&first), 1);
        assert_eq!(first.for_page(Some("2023")).len(), 2);
        assert_eq!(first.for_page(None).len(), 3);
        // 2024 fixed and rebuilt; 2023 unchanged; lawrpt.toml fixed.
        let second = first.merged(Vec::new(), &years(&["2024"]), &all);
        assert_eq!(errors(&second), 0);
        assert_eq!(second.for_page(Some("2024")).len(), 0);
        assert_eq!(second.for_page(Some("2023"))[0].plain, "reports/2023.yaml");
        // 2023's report removed.
        let third = second.merged(Vec::new(), &[], &years(&["2024"]));
        assert_eq!(third, Problems::default());
    }

    #[test]
    fn a_waiting_stream_wakes_on_a_rebuild_and_on_stop() {
        let shared = Arc::new(Shared::default());
        assert_eq!(shared.wait_past(0, Duration::from_millis(1)), Some(0));
        let other = Arc::clone(&shared);
        let waiter = std::thread::spawn(move || other.wait_past(0, Duration::from_secs(30)));
        shared.publish(Problems::default());
        assert_eq!(waiter.join().unwrap(), Some(1));
        shared.stop();
        assert_eq!(shared.wait_past(1, Duration::from_secs(30)), None);
    }
}
