//! The report page (report.html): the calculator's patient explained,
//! charted, copied, printed, and the MMT-8 worksheet.

fn main() {
    dm_remission::platform::start::<dm_remission::report::ReportPage>();
}
