//! Faults with real processes and files (issue 7): kills, races, locks,
//! a full disk, a read-only file, a damaged file, backup under load.
