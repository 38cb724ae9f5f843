//! Atomic `-o` files: written to a temporary file in the target directory,
//! flushed to disk, then renamed over the target. Dropped before `commit`
//! (any error), the temporary file is removed and the old file stays.
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{AppError, Result};

pub struct AtomicFile {
    path: PathBuf,
    temp: BufWriter<NamedTempFile>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<Self> {
        if path.is_dir() {
            return Err(AppError::io(format!(
                "cannot write {}: it is a directory",
                path.display()
            )));
        }
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        // tempfile creates the file readable by its owner only: exports hold
        // personal data.
        let temp = tempfile::Builder::new()
            .prefix(".expatdesk-")
            .suffix(".tmp")
            .tempfile_in(&dir)
            .map_err(|e| AppError::io_at(path, "write", &e))?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            temp: BufWriter::new(temp),
        })
    }

    pub fn writer(&mut self) -> &mut dyn Write {
        &mut self.temp
    }

    pub fn commit(self) -> Result<()> {
        let path = self.path;
        let temp = self
            .temp
            .into_inner()
            .map_err(|e| AppError::io_at(&path, "write", e.error()))?;
        temp.as_file()
            .sync_data()
            .map_err(|e| AppError::io_at(&path, "write", &e))?;
        temp.persist(&path)
            .map_err(|e| AppError::io_at(&path, "write", &e.error))?;
        Ok(())
    }
}
