//! The content hash every stage that tells "is this output current?" uses: the templates'
//! fingerprint, a printed PDF's stamp, and (in `site`) the manifest's records of inputs and
//! outputs. One function, so the three always agree on how bytes are hashed.

/// A content hash (BLAKE3) of `parts`, as hex.
pub fn hash(parts: &[&[u8]]) -> String {
    let mut hasher = blake3::Hasher::new();
    for part in parts {
        // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
        hasher.update(&(part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    hasher.finalize().to_hex().to_string()
}

#[cfg(test)]
mod tests {
    use super::hash;

    #[test]
    fn hashes_separate_their_parts() {
        assert_ne!(hash(&[b"ab", b"c"]), hash(&[b"a", b"bc"]));
        assert_eq!(hash(&[b"ab", b"c"]), hash(&[b"ab", b"c"]));
    }
}
