//! An import source: a file, or stdin spooled to a temporary file so it
//! can be read more than once, with its encoding settled before reading.
use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use super::crlf::CrlfToLf;

use crate::error::{AppError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Encoding {
    /// UTF-8 BOM, else valid UTF-8, else GB18030
    Auto,
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    #[value(alias = "gbk", alias = "gb2312")]
    Gb18030,
}

pub struct Input {
    /// How errors name it: the path as given, or `stdin`.
    pub name: String,
    path: PathBuf,
    _spool: Option<NamedTempFile>,
    /// Bytes to skip at the start (a UTF-8 BOM).
    skip: u64,
    pub gb18030: bool,
    /// The header line ends in `\r\n`: read every `\r\n` as `\n`.
    crlf: bool,
    pub len: u64,
}

impl Input {
    pub fn open(arg: &Path, encoding: Encoding) -> Result<Input> {
        let (name, path, spool) = if arg.as_os_str() == "-" {
            let mut spool = tempfile::NamedTempFile::new().map_err(|e| {
                AppError::io(format!(
                    "cannot spool stdin: {}",
                    crate::error::plain_io(&e)
                ))
            })?;
            std::io::copy(&mut std::io::stdin().lock(), spool.as_file_mut()).map_err(|e| {
                AppError::io(format!("cannot read stdin: {}", crate::error::plain_io(&e)))
            })?;
            ("stdin".to_string(), spool.path().to_path_buf(), Some(spool))
        } else {
            (arg.display().to_string(), arg.to_path_buf(), None)
        };
        let mut file = File::open(&path).map_err(|e| AppError::io_at(arg, "read", &e))?;
        let len = file
            .metadata()
            .map_err(|e| AppError::io_at(arg, "read", &e))?
            .len();
        let mut head = [0u8; 3];
        let n = read_up_to(&mut file, &mut head).map_err(|e| AppError::io_at(arg, "read", &e))?;
        let bom = n == 3 && head == [0xEF, 0xBB, 0xBF];
        if n >= 2 && (head[..2] == [0xFF, 0xFE] || head[..2] == [0xFE, 0xFF]) {
            return Err(
                AppError::invalid(format!("{name}: the file is UTF-16, not supported"))
                    .hint("save it as \"CSV UTF-8\" (or plain CSV) and import again"),
            );
        }
        let skip = if bom { 3 } else { 0 };
        if len <= skip {
            return Err(AppError::invalid(format!(
                "{name}: the file is empty (no header row)"
            )));
        }
        let gb18030 = match encoding {
            Encoding::Utf8 => false,
            Encoding::Gb18030 => true,
            Encoding::Auto => {
                !bom && !is_utf8(&path).map_err(|e| AppError::io_at(arg, "read", &e))?
            }
        };
        let crlf = header_ends_in_crlf(&mut file).map_err(|e| AppError::io_at(arg, "read", &e))?;
        Ok(Input {
            name,
            path,
            _spool: spool,
            skip,
            gb18030,
            crlf,
            len,
        })
    }

    /// A fresh reader over the decoded (UTF-8) text; each pass opens one.
    pub fn reader(&self) -> Result<Box<dyn Read + Send>> {
        let mut file =
            File::open(&self.path).map_err(|e| AppError::io_at(&self.path, "read", &e))?;
        file.seek(SeekFrom::Start(self.skip))
            .map_err(|e| AppError::io_at(&self.path, "read", &e))?;
        let buffered = BufReader::with_capacity(256 * 1024, file);
        let decoded: Box<dyn Read + Send> = if self.gb18030 {
            let decoder = encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(encoding_rs::GB18030))
                .build(buffered);
            Box::new(BufReader::with_capacity(256 * 1024, decoder))
        } else {
            Box::new(buffered)
        };
        if self.crlf {
            Ok(Box::new(CrlfToLf::new(BufReader::with_capacity(
                256 * 1024,
                decoded,
            ))))
        } else {
            Ok(decoded)
        }
    }

    /// A CSV reader over the decoded text: headers first, ragged rows
    /// allowed (the importer names them).
    pub fn csv(&self) -> Result<csv::Reader<Box<dyn Read + Send>>> {
        Ok(csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(self.reader()?))
    }
}

fn read_up_to(file: &mut File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// Whether the first line (of the first 64 KiB) ends in `\r\n`. ASCII
/// bytes mean the same in GB18030, so this needs no decoding.
fn header_ends_in_crlf(file: &mut File) -> std::io::Result<bool> {
    file.seek(SeekFrom::Start(0))?;
    let mut head = Vec::new();
    file.take(64 * 1024).read_to_end(&mut head)?;
    Ok(head
        .iter()
        .position(|&b| b == b'\n')
        .is_some_and(|i| i > 0 && head[i - 1] == b'\r'))
}

/// Whether the whole file is valid UTF-8, read in chunks.
fn is_utf8(path: &Path) -> std::io::Result<bool> {
    let mut file = File::open(path)?;
    let mut buf = vec![0u8; 1 << 20];
    let mut carry = 0;
    loop {
        let n = file.read(&mut buf[carry..])?;
        let end = carry + n;
        match std::str::from_utf8(&buf[..end]) {
            Ok(_) => carry = 0,
            // An incomplete sequence at the end of the chunk: keep it for the next.
            Err(e) if e.error_len().is_none() && n > 0 => {
                let valid = e.valid_up_to();
                buf.copy_within(valid..end, 0);
                carry = end - valid;
            }
            Err(_) => return Ok(false),
        }
        if n == 0 {
            return Ok(carry == 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn file_with(bytes: &[u8]) -> NamedTempFile {
        let mut f = NamedTempFile::new().expect("temp");
        f.write_all(bytes).expect("write");
        f
    }

    #[test]
    fn detects_utf8_and_gb18030() {
        let utf8 = file_with("a,b\n穆,安\n".as_bytes());
        assert!(is_utf8(utf8.path()).expect("reads"));
        let (gbk, _, _) = encoding_rs::GB18030.encode("a,b\n穆,安\n");
        let gbk = file_with(&gbk);
        assert!(!is_utf8(gbk.path()).expect("reads"));
        let input = Input::open(gbk.path(), Encoding::Auto).expect("opens");
        assert!(input.gb18030);
        let mut text = String::new();
        input
            .reader()
            .expect("reader")
            .read_to_string(&mut text)
            .expect("decodes");
        assert_eq!(text, "a,b\n穆,安\n");
    }

    #[test]
    fn crlf_line_ends_are_read_as_lf_only_in_crlf_files() {
        let read = |bytes: &[u8]| {
            let file = file_with(bytes);
            let mut text = String::new();
            Input::open(file.path(), Encoding::Auto)
                .expect("opens")
                .reader()
                .expect("reader")
                .read_to_string(&mut text)
                .expect("reads");
            text
        };
        assert_eq!(read(b"a,b\r\n\"x\r\ny\",z\r\n"), "a,b\n\"x\ny\",z\n");
        assert_eq!(read(b"a,b\n\"x\r\ny\",z\n"), "a,b\n\"x\r\ny\",z\n");
    }

    #[test]
    fn a_bom_is_skipped_and_empty_files_refused() {
        let bom = file_with("\u{feff}a,b\n".as_bytes());
        let input = Input::open(bom.path(), Encoding::Auto).expect("opens");
        let mut text = String::new();
        input
            .reader()
            .expect("reader")
            .read_to_string(&mut text)
            .expect("reads");
        assert_eq!(text, "a,b\n");
        let empty = file_with(b"");
        assert_eq!(
            Input::open(empty.path(), Encoding::Auto)
                .err()
                .map(|e| e.kind.exit_code()),
            Some(5)
        );
        let only_bom = file_with("\u{feff}".as_bytes());
        assert!(Input::open(only_bom.path(), Encoding::Auto).is_err());
    }
}
