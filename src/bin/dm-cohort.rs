//! The cohort page (cohort.html): a CSV of patients read and scored in
//! the browser.

fn main() {
    dm_remission::platform::start::<dm_remission::cohort::CohortPage>();
}
