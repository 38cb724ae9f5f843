//! An import source: a file, or stdin, a pipe or a FIFO spooled once to a
//! private temporary file (an import reads its input twice), with its
//! encoding settled before reading (SPEC §3): a BOM (UTF-8, UTF-16 LE/BE)
//! decides; else with `auto` a file valid as UTF-8 throughout is UTF-8,
//! one mostly valid with some bad bytes is damaged (exit 5 naming the
//! line), anything else GB18030. Every reader decodes strictly, reads
//! `\r\n` as `\n` in CRLF files, and refuses over-long fields as it goes.
use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use super::crlf::CrlfToLf;
use super::decode::{self, Strict};
use super::guard::Guard;

use crate::error::{plain_io, AppError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Encoding {
    /// A BOM if there is one, else UTF-8 if the file is valid UTF-8, else GB18030
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
    _spool: Option<Spool>,
    /// Bytes to skip at the start (a BOM).
    skip: u64,
    /// `None`: UTF-8, passed through (the CSV reader checks each record).
    decoder: Option<&'static encoding_rs::Encoding>,
    pub gb18030: bool,
    /// The header line ends in `\r\n`: read every `\r\n` as `\n`.
    crlf: bool,
    pub len: u64,
}

impl Input {
    pub fn open(arg: &Path, encoding: Encoding) -> Result<Input> {
        let (name, path, spool) = source(arg)?;
        let mut file = File::open(&path).map_err(|e| AppError::io_at(arg, "read", &e))?;
        let len = file
            .metadata()
            .map_err(|e| AppError::io_at(arg, "read", &e))?
            .len();
        let mut head = [0u8; 3];
        let n = read_up_to(&mut file, &mut head).map_err(|e| AppError::io_at(arg, "read", &e))?;
        let (bom, skip) = match head[..n] {
            [0xEF, 0xBB, 0xBF] => (Some(encoding_rs::UTF_8), 3),
            [0xFF, 0xFE, ..] => (Some(encoding_rs::UTF_16LE), 2),
            [0xFE, 0xFF, ..] => (Some(encoding_rs::UTF_16BE), 2),
            _ => (None, 0),
        };
        if len <= skip {
            return Err(AppError::invalid(format!(
                "{name}: {}",
                crate::t!("sys-csv-empty-file")
            )));
        }
        let decoder = match (bom, encoding) {
            (Some(e), _) if e == encoding_rs::UTF_8 => None,
            (Some(e), _) => Some(e),
            (None, Encoding::Utf8) => None,
            (None, Encoding::Gb18030) => Some(encoding_rs::GB18030),
            (None, Encoding::Auto) => {
                file.seek(SeekFrom::Start(0))
                    .map_err(|e| AppError::io_at(arg, "read", &e))?;
                let scan = decode::scan(&mut BufReader::new(&mut file))
                    .map_err(|e| AppError::io_at(arg, "read", &e))?;
                if scan.is_damaged_utf8() {
                    let line = scan.first_bad_line.unwrap_or(1);
                    return Err(AppError::invalid(format!(
                        "{name}:{line}: {}",
                        crate::t!("sys-csv-damaged-utf8")
                    ))
                    .hint(crate::t!("sys-hint-damaged-utf8")));
                }
                (!scan.is_utf8()).then_some(encoding_rs::GB18030)
            }
        };
        let crlf = header_ends_in_crlf(&mut file, skip, decoder)
            .map_err(|e| AppError::io_at(arg, "read", &e))?;
        Ok(Input {
            name,
            path,
            _spool: spool,
            skip,
            decoder,
            gb18030: decoder == Some(encoding_rs::GB18030),
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
        let decoded: Box<dyn Read + Send> = match self.decoder {
            Some(encoding) => Box::new(Strict::new(buffered, encoding)),
            None => Box::new(buffered),
        };
        let text: Box<dyn Read + Send> = if self.crlf {
            Box::new(CrlfToLf::new(BufReader::with_capacity(256 * 1024, decoded)))
        } else {
            decoded
        };
        Ok(Box::new(Guard::new(text)))
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

/// The input's name, the regular file to read it from, and the spool that
/// file is when the input is stdin or not a regular file (a pipe, a FIFO,
/// `/dev/stdin`): such an input can be read only once, and sniffing its
/// encoding would consume it.
fn source(arg: &Path) -> Result<(String, PathBuf, Option<Spool>)> {
    if arg.as_os_str() == "-" {
        let spool = spool(&mut std::io::stdin().lock(), "stdin")?;
        return Ok(("stdin".into(), spool.path(), Some(spool)));
    }
    let name = arg.display().to_string();
    let meta = std::fs::metadata(arg).map_err(|e| AppError::io_at(arg, "read", &e))?;
    if meta.is_dir() {
        return Err(AppError::io(crate::t!(
            "sys-cannot-read-directory",
            name = name
        )));
    }
    if meta.is_file() {
        return Ok((name, arg.to_path_buf(), None));
    }
    let mut pipe = File::open(arg).map_err(|e| AppError::io_at(arg, "read", &e))?;
    let spool = spool(&mut pipe, &name)?;
    let path = spool.path();
    Ok((name, path, Some(spool)))
}

/// A copy of a stream, kept while the import reads it. On Linux it has no
/// name (`O_TMPFILE`): a killed import leaves no copy of the personal data
/// behind, and each pass opens it again through `/proc/self/fd`.
/// Elsewhere it is a named private file, removed when dropped.
enum Spool {
    Unnamed(File),
    Named(NamedTempFile),
}

impl Spool {
    fn create() -> std::io::Result<Spool> {
        if cfg!(target_os = "linux") && Path::new("/proc/self/fd").is_dir() {
            if let Ok(file) = tempfile::tempfile() {
                return Ok(Spool::Unnamed(file));
            }
        }
        NamedTempFile::new().map(Spool::Named)
    }

    fn file(&mut self) -> &mut File {
        match self {
            Spool::Unnamed(f) => f,
            Spool::Named(f) => f.as_file_mut(),
        }
    }

    fn path(&self) -> PathBuf {
        match self {
            #[cfg(unix)]
            Spool::Unnamed(f) => {
                use std::os::unix::io::AsRawFd;
                PathBuf::from(format!("/proc/self/fd/{}", f.as_raw_fd()))
            }
            #[cfg(not(unix))]
            Spool::Unnamed(_) => PathBuf::new(),
            Spool::Named(f) => f.path().to_path_buf(),
        }
    }
}

/// Copies `from` into a private temporary file, saying which side failed.
fn spool(from: &mut dyn Read, name: &str) -> Result<Spool> {
    let folder = std::env::temp_dir();
    let cannot_spool = |e: &std::io::Error| {
        let err = AppError::io(crate::t!(
            "sys-cannot-spool",
            name = name,
            folder = folder.display().to_string(),
            reason = plain_io(e)
        ));
        if e.kind() == std::io::ErrorKind::StorageFull {
            err.hint(crate::t!("sys-hint-tmpdir-full"))
        } else {
            err.hint(crate::t!("sys-hint-tmpdir-writable"))
        }
    };
    let mut spool = Spool::create().map_err(|e| cannot_spool(&e))?;
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(AppError::io(crate::t!(
                    "sys-cannot-read-reason",
                    name = name,
                    reason = plain_io(&e)
                )))
            }
        };
        spool
            .file()
            .write_all(&buf[..n])
            .map_err(|e| cannot_spool(&e))?;
    }
    Ok(spool)
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

/// Whether the first line (of the first 64 KiB, decoded) ends in `\r\n`.
fn header_ends_in_crlf(
    file: &mut File,
    skip: u64,
    decoder: Option<&'static encoding_rs::Encoding>,
) -> std::io::Result<bool> {
    file.seek(SeekFrom::Start(skip))?;
    let mut head = Vec::new();
    file.take(64 * 1024).read_to_end(&mut head)?;
    let text = match decoder {
        Some(encoding) => encoding.decode_without_bom_handling(&head).0.into_owned(),
        None => String::from_utf8_lossy(&head).into_owned(),
    };
    Ok(text
        .find('\n')
        .is_some_and(|i| i > 0 && text.as_bytes()[i - 1] == b'\r'))
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
        assert!(
            !Input::open(utf8.path(), Encoding::Auto)
                .expect("opens")
                .gb18030
        );
        let (gbk, _, _) = encoding_rs::GB18030.encode("a,b\n穆,安\n");
        let gbk = file_with(&gbk);
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
