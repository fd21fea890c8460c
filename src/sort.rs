//! One sort for the whole app.
//!
//! Every `sort_by_key` with its own key type compiles a fresh copy of the standard library's
//! sort (2–5 KB of WASM each). Here every sort goes through [`by_key`]: the standard sort runs on
//! `(u64, u32)` pairs only, once in the binary, and the elements are moved into place after.

/// Sorts `v` by `key`, stably (equal keys keep their order).
pub fn by_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if v.len() < 2 {
        return;
    }
    let mut keys: Vec<(u64, u32)> = v.iter().enumerate().map(|(i, x)| (key(x), i as u32)).collect();
    keys.sort_unstable();
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(keys.iter().filter_map(|&(_, i)| slots[i as usize].take()));
}

/// A signed day number as an order-preserving unsigned key.
pub fn day_key(day: i32) -> u64 {
    u64::from((day as u32) ^ 0x8000_0000)
}

/// The first eight bytes of a string, big-endian: sorting by it is alphabetical on those bytes.
pub fn prefix_key(s: &str) -> u64 {
    let mut b = [0u8; 8];
    for (d, s) in b.iter_mut().zip(s.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    u64::from_be_bytes(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        by_key(&mut v, |x| x.0);
        assert_eq!(v, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut days = vec![5, -3, 0, i32::MIN, i32::MAX];
        by_key(&mut days, |&d| day_key(d));
        assert_eq!(days, vec![i32::MIN, -3, 0, 5, i32::MAX]);
        let mut names = vec!["Tashkent", "almaty", "Astana", "Bishkek"];
        by_key(&mut names, |s| prefix_key(s));
        assert_eq!(names, vec!["almaty", "Astana", "Bishkek", "Tashkent"]);
    }
}
