//! Ctrl-C (SIGINT) and SIGTERM during a build: the run is asked to stop, not killed, so that
//! it removes its temporary files and releases the lock on the output folder on the way out.
//!
//! [`catch`] installs the handler (once per process; `build` does, `serve` has its own);
//! from then on a signal only raises a flag, which the site's workers, its writer and the
//! PDF printer look at between one file and the next ([`requested`]). A second signal ends the
//! process at once, with what a killed build leaves: whole files, and temporary files the next
//! build sweeps.

use std::sync::atomic::{AtomicBool, Ordering};

/// Raised by the first signal.
static REQUESTED: AtomicBool = AtomicBool::new(false);

/// The exit code of a run stopped by a signal, as a shell reports one killed by SIGINT.
pub const EXIT_CODE: u8 = 130;

/// Catches SIGINT and SIGTERM (Ctrl-C and Ctrl-Break on Windows) for the rest of the process.
/// Where no handler can be installed (one is already there), signals keep their default.
#[expect(
    clippy::exit,
    reason = "a second Ctrl-C must end the process wherever its threads are, as the signal's default would"
)]
pub fn catch() {
    let _ = ctrlc::set_handler(|| {
        if REQUESTED.swap(true, Ordering::SeqCst) {
            // Asked twice: the person wants out now.
            std::process::exit(i32::from(EXIT_CODE));
        }
    });
}

/// Whether a signal asked the run to stop.
pub fn requested() -> bool {
    REQUESTED.load(Ordering::Relaxed)
}
