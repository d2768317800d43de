//! FNV-1a, 32 bit: the hash of `pod-template-hash` (Go's `hash/fnv` New32a), also used to
//! pick cluster IPs and node ports deterministically from a Service's name.

/// An FNV-1a 32-bit hasher.
#[derive(Clone, Copy, Debug)]
pub struct Fnv1a32(u32);

impl Default for Fnv1a32 {
    fn default() -> Self {
        Fnv1a32(0x811c_9dc5)
    }
}

impl Fnv1a32 {
    /// Feeds bytes.
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }

    /// The hash of what was written.
    pub fn sum32(self) -> u32 {
        self.0
    }
}

/// The FNV-1a hash of `namespace/name`.
pub fn object_name_hash(namespace: &str, name: &str) -> u32 {
    let mut h = Fnv1a32::default();
    h.write(namespace.as_bytes());
    h.write(b"/");
    h.write(name.as_bytes());
    h.sum32()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_go_fnv_new32a() {
        // hash/fnv New32a: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
        for (input, want) in [
            ("", 0x811c_9dc5),
            ("a", 0xe40c_292c),
            ("foobar", 0xbf9c_f968),
        ] {
            let mut h = Fnv1a32::default();
            h.write(input.as_bytes());
            assert_eq!(h.sum32(), want, "{input:?}");
        }
    }
}
