//! Bytes in arbitrary chunks → complete lines, in bounded memory.
//!
//! A line ends at `\n`, `\r\n` or a lone `\r` (Server-Sent Events allows all three; NDJSON uses
//! the first two). A `\r` at the very end of a chunk waits for the next one, so a `\r\n` split
//! across chunks is one line end, not two. UTF-8 is checked per complete line, so a character
//! split across chunks is fine. A line longer than the limit is an error, not a growing buffer.

use bytes::BytesMut;

/// Why a line could not be taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineError {
    /// The line grew past the limit before it ended.
    TooLong {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The line is not UTF-8.
    NotUtf8 {
        /// How many of its bytes are valid UTF-8.
        valid_up_to: usize,
    },
}

/// Splits a byte stream into lines of at most `limit` bytes.
#[derive(Debug)]
pub struct LineSplitter {
    buffer: BytesMut,
    limit: usize,
    /// The last chunk ended in `\r`: a `\n` starting the next one belongs to that line end.
    after_cr: bool,
}

impl LineSplitter {
    /// A splitter refusing lines longer than `limit` bytes (line end excluded).
    pub fn new(limit: usize) -> Self {
        Self {
            buffer: BytesMut::new(),
            limit,
            after_cr: false,
        }
    }

    /// Adds a chunk and returns the lines it completes.
    pub fn push(&mut self, mut chunk: &[u8]) -> Result<Vec<String>, LineError> {
        if self.after_cr && chunk.first() == Some(&b'\n') {
            chunk = &chunk[1..];
        }
        self.after_cr = false;
        let mut lines = Vec::new();
        while let Some(end) = chunk.iter().position(|b| *b == b'\n' || *b == b'\r') {
            self.extend(&chunk[..end])?;
            lines.push(self.take()?);
            let cr = chunk[end] == b'\r';
            chunk = &chunk[end + 1..];
            if cr {
                match chunk.first() {
                    Some(b'\n') => chunk = &chunk[1..],
                    None => self.after_cr = true,
                    Some(_) => {}
                }
            }
        }
        self.extend(chunk)?;
        Ok(lines)
    }

    /// The unterminated rest when the stream ends (`None` when there is none).
    pub fn finish(&mut self) -> Result<Option<String>, LineError> {
        if self.buffer.is_empty() {
            return Ok(None);
        }
        self.take().map(Some)
    }

    fn extend(&mut self, bytes: &[u8]) -> Result<(), LineError> {
        if self.buffer.len() + bytes.len() > self.limit {
            self.buffer.clear();
            return Err(LineError::TooLong { limit: self.limit });
        }
        self.buffer.extend_from_slice(bytes);
        Ok(())
    }

    fn take(&mut self) -> Result<String, LineError> {
        let line = self.buffer.split();
        String::from_utf8(line.to_vec()).map_err(|e| LineError::NotUtf8 {
            valid_up_to: e.utf8_error().valid_up_to(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_everywhere(input: &[u8], limit: usize) -> Vec<Vec<String>> {
        (0..=input.len())
            .map(|cut| {
                let mut splitter = LineSplitter::new(limit);
                let mut lines = splitter.push(&input[..cut]).unwrap();
                lines.extend(splitter.push(&input[cut..]).unwrap());
                lines.extend(splitter.finish().unwrap());
                lines
            })
            .collect()
    }

    #[test]
    fn every_line_end_and_every_split_gives_the_same_lines() {
        let input = "a\nb\r\nc\rdé€\n\nlast".as_bytes();
        let want = ["a", "b", "c", "dé€", "", "last"]
            .map(str::to_owned)
            .to_vec();
        for (cut, lines) in split_everywhere(input, 64).into_iter().enumerate() {
            assert_eq!(lines, want, "cut at {cut}");
        }
    }

    #[test]
    fn a_line_past_the_limit_is_an_error_and_the_buffer_is_dropped() {
        let mut splitter = LineSplitter::new(4);
        assert_eq!(splitter.push(b"abc").unwrap(), Vec::<String>::new());
        assert_eq!(splitter.push(b"de\n"), Err(LineError::TooLong { limit: 4 }));
        assert!(splitter.buffer.is_empty());
        assert_eq!(splitter.push(b"ok\n").unwrap(), ["ok"]);
    }

    #[test]
    fn a_line_that_is_not_utf8_is_an_error() {
        let mut splitter = LineSplitter::new(16);
        assert_eq!(
            splitter.push(b"ab\xff\n"),
            Err(LineError::NotUtf8 { valid_up_to: 2 })
        );
    }
}
