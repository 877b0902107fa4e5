//! Texts (or any bytes: the fingerprints of the documents) streamed to a temporary
//! file and read back by number, so that a corpus read once (standard input, a Python
//! generator) can be aligned pair by pair without holding it in memory. The file is unlinked as soon as it is open where the system
//! allows it (Unix), and removed on drop otherwise.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::PathBuf;

use super::ReuseError;

pub struct Spool {
    file: std::io::BufWriter<File>,
    path: Option<PathBuf>,
    /// Byte offset and length of each text.
    at: Vec<(u64, u64)>,
    end: u64,
}

fn io(what: &str, e: std::io::Error) -> ReuseError {
    ReuseError::Io(format!("cannot {what} the temporary file of texts: {e}"))
}

impl Spool {
    /// A new spool in the system's temporary folder (`TMPDIR`).
    pub fn new() -> Result<Spool, ReuseError> {
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let dir = std::env::temp_dir();
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let mut last = None;
        for _ in 0..8 {
            let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let path = dir.join(format!("isnad-reuse-{}-{nanos}-{n}", std::process::id()));
            match OpenOptions::new().read(true).write(true).create_new(true).open(&path) {
                Ok(file) => {
                    // Unlinked now where an open file outlives its name.
                    let path = if cfg!(unix) && std::fs::remove_file(&path).is_ok() { None } else { Some(path) };
                    return Ok(Spool { file: std::io::BufWriter::new(file), path, at: Vec::new(), end: 0 });
                }
                Err(e) => last = Some(e),
            }
        }
        Err(io("create", last.unwrap_or_else(|| std::io::Error::other("no free name"))))
    }

    /// Appends a text; its number is the count of texts before it.
    pub fn push(&mut self, text: &str) -> Result<u32, ReuseError> {
        self.push_bytes(text.as_bytes())
    }

    /// Appends raw bytes (the fingerprints of a document); numbered as texts are.
    pub fn push_bytes(&mut self, bytes: &[u8]) -> Result<u32, ReuseError> {
        self.file.write_all(bytes).map_err(|e| io("write", e))?;
        self.at.push((self.end, bytes.len() as u64));
        self.end += bytes.len() as u64;
        Ok(self.at.len() as u32 - 1)
    }

    pub fn len(&self) -> usize {
        self.at.len()
    }

    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    /// Text number `n`.
    pub fn get(&mut self, n: u32) -> Result<String, ReuseError> {
        let buf = self.get_bytes(n)?;
        String::from_utf8(buf).map_err(|_| ReuseError::Io("the temporary file of texts was changed".into()))
    }

    /// The bytes of item number `n`.
    pub fn get_bytes(&mut self, n: u32) -> Result<Vec<u8>, ReuseError> {
        let Some(&(start, len)) = self.at.get(n as usize) else {
            return Err(ReuseError::Io(format!("no text number {n} in the temporary file")));
        };
        self.file.flush().map_err(|e| io("write", e))?;
        let file = self.file.get_mut();
        file.seek(SeekFrom::Start(start)).map_err(|e| io("read", e))?;
        let mut buf = vec![0u8; len as usize];
        file.read_exact(&mut buf).map_err(|e| io("read", e))?;
        file.seek(SeekFrom::Start(self.end)).map_err(|e| io("read", e))?;
        Ok(buf)
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        if let Some(p) = &self.path {
            let _ = std::fs::remove_file(p);
        }
    }
}
