//! A published text's bytes → text. Web pages saved by Chinese offices come as UTF-8 (with or
//! without a byte-order mark), as GB18030 (GBK, GB2312: the older Windows default), or as
//! UTF-16 from Notepad; lines end in LF, CRLF or CR. encoding_rs decodes; nothing is replaced:
//! a byte that is valid in none of them is an error that says where it is.

use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE};

/// Decoded text with LF line ends, and the encoding it was in, for the import's summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Why the bytes are not text lawrpt can read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Undecodable {
    /// Where the first byte that is not UTF-8 stands.
    pub line: usize,
    pub col: usize,
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, Undecodable> {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (utf8(rest)?, "UTF-8 with BOM")
    } else if let Some((encoding, bom)) = Encoding::for_bom(bytes)
        && (encoding == UTF_16LE || encoding == UTF_16BE)
    {
        let text = encoding
            .decode_without_bom_handling_and_without_replacement(&bytes[bom..])
            .ok_or(Undecodable { line: 1, col: 1 })?;
        (text.into_owned(), encoding.name())
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        (text.to_string(), "UTF-8")
    } else {
        match GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
            Some(text) => (text.into_owned(), "GB18030"),
            // Neither: point where the reading got further, most likely the file's encoding.
            None => {
                let as_utf8 = utf8(bytes).err().unwrap_or(Undecodable { line: 1, col: 1 });
                let as_gb18030 = gb18030_error(bytes);
                return Err(as_utf8.max(as_gb18030));
            }
        }
    };
    Ok(Decoded {
        text: text.replace("\r\n", "\n").replace('\r', "\n"),
        encoding,
    })
}

/// Where GB18030 decoding of `bytes` fails, as a line and column of what it decoded.
fn gb18030_error(bytes: &[u8]) -> Undecodable {
    let mut decoder = GB18030.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len() * 3);
    let mut text = String::with_capacity(capacity);
    let _ = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    let line_start = text.rfind('\n').map_or(0, |i| i + 1);
    Undecodable {
        line: text.matches('\n').count() + 1,
        col: text[line_start..].chars().count() + 1,
    }
}

fn utf8(bytes: &[u8]) -> Result<String, Undecodable> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(error) => {
            let good = &bytes[..error.valid_up_to()];
            let line_start = good.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            let before = String::from_utf8_lossy(&good[line_start..]);
            Err(Undecodable {
                line: good.iter().filter(|b| **b == b'\n').count() + 1,
                col: before.chars().count() + 1,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn reads(bytes: &[u8], text: &str, encoding: &str) {
        assert_eq!(
            decode(bytes),
            Ok(Decoded {
                text: text.to_string(),
                encoding: Box::leak(encoding.to_string().into_boxed_str()),
            })
        );
    }

    #[test]
    fn utf8_with_or_without_a_bom_and_any_line_ends() {
        reads("一、总体\n正文".as_bytes(), "一、总体\n正文", "UTF-8");
        reads(
            "\u{feff}一、总体\r\n正文\r\n".as_bytes(),
            "一、总体\n正文\n",
            "UTF-8 with BOM",
        );
        reads("甲\r乙".as_bytes(), "甲\n乙", "UTF-8");
    }

    #[test]
    fn gb18030_is_recognised_when_the_bytes_are_not_utf8() {
        let (bytes, _, _) = GB18030.encode("一、2024年度法治政府建设情况\r\n（一）加强领导");
        reads(
            &bytes,
            "一、2024年度法治政府建设情况\n（一）加强领导",
            "GB18030",
        );
    }

    #[test]
    fn utf16_with_its_bom_is_read() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "报告\n".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        reads(&bytes, "报告\n", "UTF-16LE");
    }

    #[test]
    fn bytes_no_encoding_reads_are_refused_with_their_place() {
        // 0xFF never occurs in GB18030 or UTF-8.
        assert_eq!(decode(b"ok\nab\xFF"), Err(Undecodable { line: 2, col: 3 }));
        assert_eq!(
            decode(b"\xEF\xBB\xBFok\n\xFF"),
            Err(Undecodable { line: 2, col: 1 })
        );
        // A GB18030 file with one bad byte on its third line: the place is the GB18030 one.
        let (bytes, _, _) = GB18030.encode("一、总体情况\n（一）加强领导\n正文");
        let mut bytes = bytes.into_owned();
        bytes.push(0xFF);
        assert_eq!(decode(&bytes), Err(Undecodable { line: 3, col: 3 }));
    }
}
