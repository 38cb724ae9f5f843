//! Reports (SPEC §7): one function per report computing its rows.
pub mod chart;
pub mod courses;
pub mod feedback;
pub mod monthly;
pub mod residents;
pub mod today;
