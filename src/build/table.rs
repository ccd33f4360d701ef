//! Reading a source CSV: BOM, header by column name, one row at a time with its line number,
//! and every malformed row turned into a [`Rejected`] entry instead of an abort.

use crate::error::{Error, Result};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// A row the builder did not take, with where it was and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// Source file name (without folders).
    pub file: String,
    /// 1-based line where the record starts (the header is line 1).
    pub line: u64,
    /// What was wrong.
    pub reason: String,
}

/// Line breaks inside a record's (quoted) fields.
fn newlines(record: &csv::ByteRecord) -> u64 {
    record.iter().map(|f| f.iter().filter(|&&b| b == b'\n').count() as u64).sum()
}

/// A CSV source with named columns.
pub struct Table<R: Read> {
    path: PathBuf,
    file: String,
    reader: csv::Reader<R>,
    columns: HashMap<String, usize>,
    width: usize,
    /// Where the next record starts, counted from the records read so far: the csv crate's
    /// own count lags one line behind on CRLF files (the MHLW files), whose terminator's
    /// `\n` it consumes only when the next record starts.
    next_line: u64,
}

/// One good row: fields by column name, plus its line.
pub struct Record {
    /// 1-based line of the record.
    pub line: u64,
    fields: Vec<String>,
}

impl Record {
    /// The field at a column index from [`Table::column`].
    pub fn get(&self, index: usize) -> &str {
        self.fields[index].trim()
    }
}

impl<R: Read> Table<R> {
    /// Reads the header and checks that every `required` column is present.
    /// `path` names the source in messages (for a zip member: `archive.zip!member.csv`).
    pub fn open(path: &Path, input: R, required: &[&str]) -> Result<Self> {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(input);
        let bad = |message: String| Error::BadSource { path: path.to_path_buf(), message };
        let mut header = csv::ByteRecord::new();
        let got = reader.read_byte_record(&mut header).map_err(|e| bad(format!("cannot read the header: {e}")))?;
        if !got {
            return Err(bad("the file is empty".into()));
        }
        let mut columns = HashMap::new();
        for (i, raw) in header.iter().enumerate() {
            let name = std::str::from_utf8(raw).map_err(|_| {
                bad("the header is not UTF-8 (the sources are UTF-8; re-encode a Shift_JIS download first)".into())
            })?;
            let name = name.trim_start_matches('\u{feff}').trim();
            columns.insert(name.to_string(), i);
        }
        let missing: Vec<&str> = required.iter().copied().filter(|c| !columns.contains_key(*c)).collect();
        if !missing.is_empty() {
            return Err(bad(format!(
                "not the expected format: header lacks column(s) {} (found {} columns)",
                missing.join(", "),
                header.len()
            )));
        }
        let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
        let next_line = 2 + newlines(&header);
        Ok(Table { path: path.to_path_buf(), file, reader, columns, width: header.len(), next_line })
    }

    /// Index of a column that [`Table::open`] checked.
    pub fn column(&self, name: &str) -> usize {
        self.columns[name]
    }

    /// The file name used in rejections.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The path given to [`Table::open`].
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A rejection of `line` in this file.
    pub fn reject(&self, line: u64, reason: impl Into<String>) -> Rejected {
        Rejected { file: self.file.clone(), line, reason: reason.into() }
    }

    /// The next well-formed row, putting malformed ones into `rejected` on the way.
    pub fn next_record(&mut self, rejected: &mut Vec<Rejected>) -> Result<Option<Record>> {
        loop {
            match self.next_row()? {
                None => return Ok(None),
                Some(Ok(record)) => return Ok(Some(record)),
                Some(Err(rej)) => rejected.push(rej),
            }
        }
    }

    /// The next row: `Some(Ok)` for a well-formed row, `Some(Err)` for a row to count as
    /// rejected, `None` at the end. An I/O failure of the underlying file is an error.
    pub fn next_row(&mut self) -> Result<Option<std::result::Result<Record, Rejected>>> {
        let mut raw = csv::ByteRecord::new();
        match self.reader.read_byte_record(&mut raw) {
            Ok(false) => Ok(None),
            Ok(true) => {
                // The larger of the two counts: ours misses blank lines, the csv crate's
                // misses the CRLF newline; neither overcounts.
                let line = raw.position().map(|p| p.line()).unwrap_or(0).max(self.next_line);
                self.next_line = line + 1 + newlines(&raw);
                if raw.len() != self.width {
                    return Ok(Some(Err(
                        self.reject(line, format!("{} fields where the header has {}", raw.len(), self.width))
                    )));
                }
                let mut fields = Vec::with_capacity(raw.len());
                for (i, f) in raw.iter().enumerate() {
                    match std::str::from_utf8(f) {
                        Ok(s) => fields.push(s.to_string()),
                        Err(_) => return Ok(Some(Err(self.reject(line, format!("field {} is not UTF-8", i + 1))))),
                    }
                }
                Ok(Some(Ok(Record { line, fields })))
            }
            Err(e) => match e.kind() {
                csv::ErrorKind::Io(_) => {
                    Err(Error::BadSource { path: self.path.clone(), message: format!("read failed: {e}") })
                }
                _ => {
                    let line = e.position().map(|p| p.line()).unwrap_or(0);
                    Ok(Some(Err(self.reject(line, format!("malformed CSV: {e}")))))
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rejected_lines(text: &str) -> Vec<u64> {
        let mut t = Table::open(Path::new("t.csv"), text.as_bytes(), &["a", "b"]).unwrap();
        let mut rejected = Vec::new();
        let mut good = Vec::new();
        while let Some(r) = t.next_record(&mut rejected).unwrap() {
            good.push(r.line);
        }
        eprintln!("good {good:?}");
        rejected.iter().map(|r| r.line).collect()
    }

    #[test]
    fn rejected_rows_are_reported_with_their_file_line() {
        // Header on line 1; the three-field row is on line 3.
        assert_eq!(rejected_lines("a,b\n1,2\n3,x,y\n4,5\n"), vec![3]);
        assert_eq!(rejected_lines("a,b\r\n1,2\r\n3,x,y\r\n"), vec![3], "CRLF");
        assert_eq!(rejected_lines("\u{feff}a,b\n1,2\n3,x,y\n"), vec![3], "BOM");
        // A quoted field with a line break: the record starts on line 2, the next on 4.
        assert_eq!(rejected_lines("a,b\n\"1\n1\",2\n3,x,y\n"), vec![4]);
    }
}
