//! Over-long fields refused while they are read (SPEC §1: no value may be
//! over 64 KiB). The CSV reader gathers a whole record before anyone can
//! look at it, so a 200 MB line would be in memory before any rule saw it;
//! this layer under it follows the CSV quoting and stops the read as soon
//! as one field's raw text could no longer hold a valid value, or a record
//! is larger than any valid one, naming the line the record starts on.
use std::io::{self, Read};

use crate::text::MAX_BYTES;

/// Raw bytes one field may take: a 64 KiB value of nothing but quotes is
/// written with each doubled, plus the two around it.
pub const FIELD_LIMIT: usize = 2 * MAX_BYTES + 2;
/// Raw bytes one record may take: far more than every column of the
/// largest schema filled to its limit.
pub const RECORD_LIMIT: usize = 64 * FIELD_LIMIT;

/// Why reading stopped: the record starting on `line` is too long, at
/// its field number `field` (from 0).
#[derive(Debug)]
pub struct TooLong {
    pub line: u64,
    pub field: usize,
    pub record: bool,
}

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let line = self.line.to_string();
        f.write_str(&if self.record {
            crate::t!("sys-guard-record-too-long", line = line)
        } else {
            crate::t!("sys-guard-field-too-long", line = line)
        })
    }
}

impl std::error::Error for TooLong {}

pub struct Guard<R> {
    inner: R,
    quoted: bool,
    field: usize,
    /// Which field of the record is being read.
    index: usize,
    record: usize,
    /// The physical line being read, and the one the record started on.
    line: u64,
    record_line: u64,
}

impl<R: Read> Guard<R> {
    pub fn new(inner: R) -> Self {
        Guard {
            inner,
            quoted: false,
            field: 0,
            index: 0,
            record: 0,
            line: 1,
            record_line: 1,
        }
    }
}

impl<R: Read> Read for Guard<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(out)?;
        for &b in &out[..n] {
            match b {
                // `""` inside quotes toggles twice: quoting follows RFC 4180.
                b'"' => self.quoted = !self.quoted,
                b',' if !self.quoted => {
                    self.field = 0;
                    self.index += 1;
                }
                b'\n' => {
                    self.line += 1;
                    if !self.quoted {
                        self.field = 0;
                        self.index = 0;
                        self.record = 0;
                        self.record_line = self.line;
                        continue;
                    }
                }
                _ => {}
            }
            self.field += 1;
            self.record += 1;
            if self.field > FIELD_LIMIT || self.record > RECORD_LIMIT {
                return Err(io::Error::other(TooLong {
                    line: self.record_line,
                    field: self.index,
                    record: self.field <= FIELD_LIMIT,
                }));
            }
        }
        Ok(n)
    }
}

/// Whether a stop of the CSV reader was ours: the over-long field.
pub fn too_long(err: &io::Error) -> Option<&TooLong> {
    err.get_ref().and_then(|e| e.downcast_ref::<TooLong>())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &[u8]) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        Guard::new(input).read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn a_field_over_the_limit_stops_the_read_at_its_record() {
        let mut input = b"a,b\n1,\"two\nlines\"\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', FIELD_LIMIT + 1));
        let err = read_all(&input).expect_err("refused");
        let stop = too_long(&err).expect("ours");
        assert_eq!((stop.line, stop.field, stop.record), (4, 0, false));
    }

    #[test]
    fn quotes_and_commas_inside_fields_are_followed() {
        let value = "\"".repeat(MAX_BYTES);
        let quoted = format!("a\n\"{}\"\n", value.replace('"', "\"\""));
        assert!(
            read_all(quoted.as_bytes()).is_ok(),
            "a 64 KiB value of quotes fits"
        );
        let many = format!("{}\n", "y,".repeat(RECORD_LIMIT / 2 + 1));
        let err = read_all(many.as_bytes()).expect_err("refused");
        assert!(too_long(&err).is_some_and(|t| t.record && t.line == 1));
    }
}
