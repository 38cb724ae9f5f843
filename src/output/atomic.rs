//! Atomic `-o` files: written to a temporary file in the target directory,
//! flushed to disk, then renamed over the target. Dropped before `commit`
//! (any error), the temporary file is removed and the old file stays; one
//! left by a killed run is removed by the next file written there
//! (`scratch`).
//! The first write failure is kept, so the error names the file (a full
//! disk, say) rather than whatever layer saw it first.
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::scratch::Scratch;

use crate::error::{AppError, Result};

pub struct AtomicFile {
    path: PathBuf,
    temp: Tracked,
}

/// The buffered temporary file, remembering how its first write failed.
struct Tracked {
    inner: BufWriter<Scratch>,
    failure: Option<io::Error>,
}

impl Tracked {
    fn note<T>(&mut self, result: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &result {
            if self.failure.is_none() {
                self.failure = Some(io::Error::new(e.kind(), crate::error::plain_io(e)));
            }
        }
        result
    }
}

impl Write for Tracked {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let result = self.inner.write(buf);
        self.note(result)
    }
    fn flush(&mut self) -> io::Result<()> {
        let result = self.inner.flush();
        self.note(result)
    }
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<Self> {
        if path.is_dir() {
            return Err(AppError::io(crate::t!(
                "sys-cannot-write-directory",
                path = path.display().to_string()
            )));
        }
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        // tempfile creates the file readable by its owner only: exports hold
        // personal data.
        let temp = Scratch::create(&dir).map_err(|e| AppError::io_at(path, "write", &e))?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            temp: Tracked {
                inner: BufWriter::new(temp),
                failure: None,
            },
        })
    }

    pub fn writer(&mut self) -> &mut dyn Write {
        &mut self.temp
    }

    /// `err`, raised while writing into this file, as the write failure
    /// on this file when there was one ("cannot write FILE: …").
    pub fn explain(&self, err: AppError) -> AppError {
        match &self.temp.failure {
            Some(e) => AppError::io_at(&self.path, "write", e),
            None => err,
        }
    }

    pub fn commit(self) -> Result<()> {
        let path = self.path;
        let mut temp = self
            .temp
            .inner
            .into_inner()
            .map_err(|e| AppError::io_at(&path, "write", e.error()))?;
        temp.file()
            .and_then(|f| f.sync_data())
            .map_err(|e| AppError::io_at(&path, "write", &e))?;
        temp.persist(&path)
            .map_err(|e| AppError::io_at(&path, "write", &e))?;
        Ok(())
    }
}
