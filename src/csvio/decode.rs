//! Reading an input's bytes as UTF-8 text, strictly: GB18030 and UTF-16
//! are decoded without replacement, so a byte that does not decode stops
//! the read with the line it is on (exit 5) rather than becoming U+FFFD in
//! the database (SPEC §3). Also the scan `auto` decides by: a file that is
//! valid UTF-8 throughout is UTF-8; one whose non-ASCII text is mostly
//! valid UTF-8 with a few bytes that are not is damaged UTF-8 (exit 5,
//! naming the line of the first bad byte), not GB18030.
use std::io::{self, BufRead, Read};

use encoding_rs::{Decoder, DecoderResult};

/// Why reading stopped: a byte the encoding cannot decode, on `line`.
#[derive(Debug)]
pub struct Undecodable {
    pub line: u64,
    pub encoding: &'static str,
}

impl std::fmt::Display for Undecodable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!(
            "sys-decode-line-invalid",
            line = self.line.to_string(),
            encoding = self.encoding
        ))
    }
}

impl std::error::Error for Undecodable {}

/// Decodes `inner` (after any BOM) to UTF-8, refusing malformed input.
pub struct Strict<R> {
    inner: R,
    decoder: Decoder,
    name: &'static str,
    /// Decoded bytes not yet handed out.
    pending: Vec<u8>,
    start: usize,
    /// Lines ended so far in the decoded text, for the error.
    newlines: u64,
    done: bool,
}

impl<R: BufRead> Strict<R> {
    pub fn new(inner: R, encoding: &'static encoding_rs::Encoding) -> Self {
        Strict {
            inner,
            decoder: encoding.new_decoder_without_bom_handling(),
            name: encoding.name(),
            pending: Vec::with_capacity(64 * 1024),
            start: 0,
            newlines: 0,
            done: false,
        }
    }

    /// Decodes the next chunk of input into `pending`.
    fn refill(&mut self) -> io::Result<()> {
        let input = self.inner.fill_buf()?;
        let last = input.is_empty();
        self.pending.clear();
        self.start = 0;
        self.pending.resize(input.len() * 3 + 16, 0);
        let (result, read, written) =
            self.decoder
                .decode_to_utf8_without_replacement(input, &mut self.pending, last);
        self.pending.truncate(written);
        self.newlines += self.pending.iter().filter(|&&b| b == b'\n').count() as u64;
        self.inner.consume(read);
        match result {
            DecoderResult::Malformed(_, _) => Err(io::Error::other(Undecodable {
                line: self.newlines + 1,
                encoding: self.name,
            })),
            DecoderResult::InputEmpty => {
                self.done = last;
                Ok(())
            }
            DecoderResult::OutputFull => Ok(()),
        }
    }
}

impl<R: BufRead> Read for Strict<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.start == self.pending.len() {
            if self.done {
                return Ok(0);
            }
            self.refill()?;
        }
        let n = out.len().min(self.pending.len() - self.start);
        out[..n].copy_from_slice(&self.pending[self.start..self.start + n]);
        self.start += n;
        Ok(n)
    }
}

/// What a scan of the bytes found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Scan {
    /// Multi-byte UTF-8 sequences that are valid.
    pub valid: u64,
    /// Bytes that start no valid UTF-8 sequence.
    pub invalid: u64,
    /// The line of the first of them.
    pub first_bad_line: Option<u64>,
}

impl Scan {
    /// Valid UTF-8 throughout.
    pub fn is_utf8(&self) -> bool {
        self.invalid == 0
    }

    /// Mostly valid UTF-8, with some bytes that are not: at least four
    /// valid multi-byte sequences for each bad byte. Text in GB18030 reads
    /// the other way round (its byte pairs seldom form UTF-8).
    pub fn is_damaged_utf8(&self) -> bool {
        self.invalid > 0 && self.valid >= 4 * self.invalid
    }
}

/// Counts valid multi-byte UTF-8 sequences and invalid bytes in `input`.
pub fn scan(input: &mut impl Read) -> io::Result<Scan> {
    let mut scan = Scan::default();
    let mut buf = vec![0u8; 1 << 20];
    let (mut carry, mut line) = (0usize, 1u64);
    loop {
        let n = input.read(&mut buf[carry..])?;
        let end = carry + n;
        let mut at = 0;
        while at < end {
            match std::str::from_utf8(&buf[at..end]) {
                Ok(text) => {
                    count(text, &mut scan, &mut line);
                    at = end;
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    let text = std::str::from_utf8(&buf[at..at + valid]).unwrap_or_default();
                    count(text, &mut scan, &mut line);
                    at += valid;
                    match e.error_len() {
                        // Cut by the chunk's end: finish it with the next.
                        None if n > 0 => break,
                        // Cut by the end of the file: a bad byte too.
                        None => {
                            scan.invalid += 1;
                            scan.first_bad_line.get_or_insert(line);
                            at = end;
                        }
                        Some(bad) => {
                            scan.invalid += 1;
                            scan.first_bad_line.get_or_insert(line);
                            line +=
                                buf[at..at + bad].iter().filter(|&&b| b == b'\n').count() as u64;
                            at += bad;
                        }
                    }
                }
            }
        }
        if n == 0 {
            return Ok(scan);
        }
        buf.copy_within(at..end, 0);
        carry = end - at;
    }
}

fn count(text: &str, scan: &mut Scan, line: &mut u64) {
    for c in text.chars() {
        if c == '\n' {
            *line += 1;
        } else if !c.is_ascii() {
            scan.valid += 1;
        }
    }
}

/// Whether a stop of the CSV reader was ours: the undecodable byte.
pub fn undecodable(err: &io::Error) -> Option<&Undecodable> {
    err.get_ref().and_then(|e| e.downcast_ref::<Undecodable>())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8], encoding: &'static encoding_rs::Encoding) -> io::Result<String> {
        let mut text = String::new();
        Strict::new(io::BufReader::with_capacity(3, bytes), encoding).read_to_string(&mut text)?;
        Ok(text)
    }

    #[test]
    fn gb18030_and_utf16_decode_strictly() {
        let (gbk, _, _) = encoding_rs::GB18030.encode("姓,名\n穆,安娜\n");
        assert_eq!(
            decode(&gbk, encoding_rs::GB18030).expect("decodes"),
            "姓,名\n穆,安娜\n"
        );
        let utf16: Vec<u8> = "a,b\nMüller,安\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(
            decode(&utf16, encoding_rs::UTF_16LE).expect("decodes"),
            "a,b\nMüller,安\n"
        );
        let mut bad = gbk.to_vec();
        bad.extend_from_slice(b"x\n\x81\x20\n");
        let err = decode(&bad, encoding_rs::GB18030).expect_err("refused");
        assert_eq!(undecodable(&err).map(|u| u.line), Some(4));
    }

    #[test]
    fn a_stray_byte_in_utf8_text_is_damage_not_gb18030() {
        let mut damaged = "name\nMüller\nZoë\nJosé\nSøren\nAnaïs\n"
            .as_bytes()
            .to_vec();
        damaged.extend_from_slice(b"Bad\xff\n");
        let s = scan(&mut damaged.as_slice()).expect("scans");
        assert_eq!((s.invalid, s.first_bad_line), (1, Some(7)));
        assert!(s.is_damaged_utf8());
        let (gbk, _, _) = encoding_rs::GB18030.encode("姓名\n穆安娜\n王小明\n");
        let s = scan(&mut &gbk[..]).expect("scans");
        assert!(!s.is_utf8() && !s.is_damaged_utf8(), "{s:?}");
        let s = scan(&mut "plain\nMüller\n".as_bytes()).expect("scans");
        assert!(s.is_utf8());
    }
}
