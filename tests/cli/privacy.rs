//! Privacy (issue 7): erase, the subject export, the audit log.
