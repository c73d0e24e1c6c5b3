//! The share link and the saved state: the profile as versioned text.
//!
//! A link carries the profile in the URL fragment (`#hsp-pr=v1.<base64url JSON>`), which
//! browsers never send to a server. The saved state (localStorage) is the same profile plus
//! the interface's language and salary unit. Pure Rust, tested natively; parsing JSON text is
//! left to the caller (the browser's `JSON.parse`, or serde_json in tests).

use crate::rules::Value;

/// The fragment key, and the version of what follows it.
pub const FRAGMENT_PREFIX: &str = "hsp-pr=v1.";
/// The localStorage key of the saved state.
pub const STORAGE_KEY: &str = "hsp-pr:v1";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
// Bit arithmetic on three bytes (< 2^24) and chunk lengths of 1 to 3: no overflow.
#[allow(clippy::arithmetic_side_effects)]
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let sextets = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63];
        for sextet in sextets.iter().take(chunk.len() + 1) {
            if let Some(c) = usize::try_from(*sextet).ok().and_then(|i| ALPHABET.get(i)) {
                out.push(char::from(*c));
            }
        }
    }
    out
}

/// Inverse of [`encode`]; also accepts standard base64 and padding. `None` on anything else.
// Sextets (< 64) shifted by at most 18 bits; chunk lengths of 2 to 4 (a lone one is refused):
// no overflow.
#[allow(clippy::arithmetic_side_effects)]
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let sextet = |c: u8| -> Option<u32> {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        Some(u32::from(value))
    };
    let clean: Vec<u8> = text.bytes().filter(|b| *b != b'=').collect();
    if clean.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= sextet(*c)? << (18 - 6 * u32::try_from(i).ok()?);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend(bytes.iter().take(chunk.len() - 1));
    }
    Some(out)
}

/// The fragment (without `#`) that carries `profile`.
pub fn fragment(profile: &Value) -> String {
    format!("{FRAGMENT_PREFIX}{}", encode(profile.to_json().as_bytes()))
}

/// What a fragment holds: nothing of ours, the JSON text of a profile, or something
/// unreadable (a damaged or foreign link).
#[derive(Debug, PartialEq, Eq)]
pub enum Fragment {
    None,
    Profile(String),
    Unreadable,
}

pub fn read_fragment(hash: &str) -> Fragment {
    let hash = hash.trim_start_matches('#');
    let Some(start) = hash.find("hsp-pr=") else {
        return Fragment::None;
    };
    let ours = hash.get(start..).unwrap_or("");
    let ours = ours.split('&').next().unwrap_or("");
    match ours.strip_prefix(FRAGMENT_PREFIX) {
        Some(payload) => decode(payload)
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .map_or(Fragment::Unreadable, Fragment::Profile),
        // Another version than ours, or damage.
        None => Fragment::Unreadable,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips() {
        for text in [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "高度専門職 🇯🇵",
            "{\"a\":[1,2]}",
        ] {
            let encoded = encode(text.as_bytes());
            assert!(
                encoded
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            );
            assert_eq!(decode(&encoded).as_deref(), Some(text.as_bytes()), "{text}");
        }
        assert_eq!(decode("YWJj"), Some(b"abc".to_vec()));
        assert_eq!(decode("YQ=="), Some(b"a".to_vec()));
        assert_eq!(decode("Y"), None);
        assert_eq!(decode("a$bc"), None);
    }

    #[test]
    fn fragments() {
        let profile = Value::Object(vec![("category".to_owned(), Value::String("b".to_owned()))]);
        let frag = fragment(&profile);
        assert_eq!(
            read_fragment(&format!("#{frag}")),
            Fragment::Profile("{\"category\":\"b\"}".to_owned())
        );
        assert_eq!(read_fragment(""), Fragment::None);
        assert_eq!(read_fragment("#section-2"), Fragment::None);
        assert_eq!(read_fragment("#hsp-pr=v9.abc"), Fragment::Unreadable);
        assert_eq!(read_fragment("#hsp-pr=v1.%%%"), Fragment::Unreadable);
        assert_eq!(read_fragment("#hsp-pr=v1.__8"), Fragment::Unreadable);
    }
}
