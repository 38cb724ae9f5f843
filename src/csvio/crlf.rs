//! `\r\n` read as `\n`, for files with CRLF line ends (as Excel writes
//! them). The csv crate counts lines by `\n` and takes the `\n` of a CRLF
//! line end only when it starts reading the next record, so without this
//! every record of such a file would be named one line too early. Inside a
//! quoted cell the pair becomes `\n` as well, which is how multi-line text
//! is stored anyway. A `\r` not followed by `\n` is passed on unchanged.
use std::io::{self, BufRead, Read};

pub struct CrlfToLf<R> {
    inner: R,
    /// A `\r` was taken from `inner`; the next byte decides whether it stays.
    held_cr: bool,
}

impl<R: BufRead> CrlfToLf<R> {
    pub fn new(inner: R) -> Self {
        CrlfToLf {
            inner,
            held_cr: false,
        }
    }
}

impl<R: BufRead> Read for CrlfToLf<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let mut n = 0;
        while n < out.len() {
            let input = self.inner.fill_buf()?;
            if self.held_cr {
                self.held_cr = false;
                if input.first() != Some(&b'\n') {
                    out[n] = b'\r';
                    n += 1;
                }
                continue;
            }
            if input.is_empty() {
                break;
            }
            let take = input.len().min(out.len() - n);
            match input[..take].iter().position(|&b| b == b'\r') {
                None => {
                    out[n..n + take].copy_from_slice(&input[..take]);
                    n += take;
                    self.inner.consume(take);
                }
                Some(i) => {
                    out[n..n + i].copy_from_slice(&input[..i]);
                    n += i;
                    self.held_cr = true;
                    self.inner.consume(i + 1);
                }
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads everything through `CrlfToLf`, `chunk` bytes at a time from
    /// an inner reader that hands out `inner` bytes at a time.
    fn through(input: &[u8], inner: usize, chunk: usize) -> Vec<u8> {
        let mut reader = CrlfToLf::new(io::BufReader::with_capacity(inner, input));
        let mut all = Vec::new();
        let mut buf = vec![0u8; chunk];
        loop {
            let n = reader.read(&mut buf).expect("reads");
            if n == 0 {
                return all;
            }
            all.extend_from_slice(&buf[..n]);
        }
    }

    #[test]
    fn crlf_becomes_lf_and_a_lone_cr_stays_at_any_boundary() {
        let input = b"a,b\r\n\"x\r\ny\",z\r\nlone\rcr\r\r\n\r";
        let expected = b"a,b\n\"x\ny\",z\nlone\rcr\r\n\r";
        for inner in 1..8 {
            for chunk in 1..8 {
                assert_eq!(
                    through(input, inner, chunk),
                    expected,
                    "inner {inner}, chunk {chunk}"
                );
            }
        }
        assert_eq!(through(b"plain\nlf\n", 4, 3), b"plain\nlf\n");
    }
}
