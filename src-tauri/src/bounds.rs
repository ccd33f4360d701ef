//! Checks of the webview's arguments before they reach the core: the webview is outside
//! input like any file. Every string has a length limit, every number a range (NaN and
//! infinities arrive from JavaScript as `null` and are refused), every list a size, and
//! each failure is a typed [`AppError`] whose message never repeats more than a short
//! excerpt of what was sent.

use crate::error::{AppError, AppResult};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The longest language tag accepted (BCP 47 tags in use are far shorter).
pub const MAX_LANG_CHARS: usize = 35;
/// The longest id (card, message, facility, question, answer, variant ...).
pub const MAX_ID_CHARS: usize = 64;
/// The longest search text (places, cards).
pub const MAX_QUERY_CHARS: usize = 200;
/// The longest free text a form field takes (a name, an address, a message argument).
pub const MAX_TEXT_CHARS: usize = 500;
/// The most entries of a list or map argument (languages, card arguments, message arguments).
pub const MAX_ENTRIES: usize = 32;
/// The largest JSON document a command takes (an imported profile, the answers).
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024;
/// How much of a refused value an error message repeats.
const EXCERPT_CHARS: usize = 24;

/// A short, printable excerpt of `s` for error messages.
pub fn excerpt(s: &str) -> String {
    let mut out: String = s.chars().take(EXCERPT_CHARS).map(|c| if c.is_control() { '\u{fffd}' } else { c }).collect();
    if s.chars().count() > EXCERPT_CHARS {
        out.push('…');
    }
    out
}

/// A string of at most `max` characters without control characters.
pub fn text<'a>(field: &str, s: &'a str, max: usize) -> AppResult<&'a str> {
    let n = s.chars().count();
    if n > max {
        return Err(AppError::InvalidArgument(format!("{field} has {n} characters, at most {max} are accepted")));
    }
    if s.chars().any(char::is_control) {
        return Err(AppError::InvalidArgument(format!("{field} contains control characters: '{}'", excerpt(s))));
    }
    Ok(s)
}

/// An id: 1 to [`MAX_ID_CHARS`] characters, no spaces or control characters.
pub fn id<'a>(field: &str, s: &'a str) -> AppResult<&'a str> {
    text(field, s, MAX_ID_CHARS)?;
    if s.is_empty() || s.chars().any(char::is_whitespace) {
        return Err(AppError::InvalidArgument(format!("{field} '{}' is not an id", excerpt(s))));
    }
    Ok(s)
}

/// A list or map of at most [`MAX_ENTRIES`] entries.
pub fn entries(field: &str, n: usize) -> AppResult<()> {
    if n > MAX_ENTRIES {
        return Err(AppError::InvalidArgument(format!("{field} has {n} entries, at most {MAX_ENTRIES} are accepted")));
    }
    Ok(())
}

/// A whole number in `lo..=hi` sent as a JSON number (a fraction, NaN or a value out of
/// range is an error, never clamped); `None` gives `default`.
pub fn whole(field: &str, v: Option<f64>, default: usize, lo: usize, hi: usize) -> AppResult<usize> {
    let Some(v) = v else { return Ok(default) };
    if !v.is_finite() || v.fract() != 0.0 || v < lo as f64 || v > hi as f64 {
        return Err(AppError::InvalidArgument(format!("{field} = {v} is not a whole number from {lo} to {hi}")));
    }
    Ok(v as usize)
}

/// A number argument as JSON gives it: `None` when absent or `null` (JavaScript's NaN and
/// infinities), an error for anything that is not a number.
pub fn number(field: &str, v: Option<Value>) -> AppResult<Option<f64>> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => Ok(n.as_f64()),
        Some(other) => {
            Err(AppError::InvalidArgument(format!("{field} must be a number, not '{}'", excerpt(&other.to_string()))))
        }
    }
}

/// A JSON document of at most [`MAX_DOCUMENT_BYTES`] read as `T`; a wrong field is an
/// argument error naming its path.
pub fn document<T: DeserializeOwned>(field: &str, value: Value) -> AppResult<T> {
    let size = value.to_string().len();
    if size > MAX_DOCUMENT_BYTES {
        return Err(AppError::InvalidArgument(format!(
            "{field} is {size} bytes, at most {MAX_DOCUMENT_BYTES} are accepted"
        )));
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = e.inner().to_string();
        AppError::InvalidArgument(format!("{field}.{}: {}", e.path(), excerpt_long(&inner)))
    })
}

/// serde's messages can quote a whole string that was sent; keep them short.
fn excerpt_long(s: &str) -> String {
    if s.chars().count() <= 200 {
        s.to_string()
    } else {
        s.chars().take(200).collect::<String>() + "…"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_short_and_printable() {
        assert_eq!(excerpt("abc"), "abc");
        assert_eq!(excerpt("a\u{7}b"), "a\u{fffd}b");
        assert_eq!(excerpt(&"x".repeat(1_000_000)).chars().count(), EXCERPT_CHARS + 1);
    }

    #[test]
    fn whole_numbers_are_refused_not_clamped() {
        assert_eq!(whole("k", None, 30, 1, 100).unwrap(), 30);
        assert_eq!(whole("k", Some(5.0), 30, 1, 100).unwrap(), 5);
        for bad in [0.0, 101.0, 1e9, 2.5, f64::NAN, f64::INFINITY, -1.0] {
            assert!(whole("k", Some(bad), 30, 1, 100).is_err(), "{bad}");
        }
    }
}
