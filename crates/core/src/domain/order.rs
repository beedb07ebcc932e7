//! Stable sorting with one copy of the sorting code.
//!
//! Every `slice::sort_by` call with its own element type or closure is compiled into its own copy
//! of the standard library's sort (about 4 KB of wasm each; 16 call sites made 48 KB, which every
//! phone downloads). These functions sort a list of positions with one comparison through a
//! `dyn Fn`, compiled once, then move the elements into that order. They are stable, like
//! `sort_by`; the cost is an index vector and an indirect call per comparison.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (as `v.sort_by(cmp)`).
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_positions(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` stably by a key (as `v.sort_by_key(key)`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order (as `v.sort()`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The positions `0..n` in the order `cmp` gives them (stable): the only sort compiled.
fn sorted_positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..n).collect();
    positions.sort_by(|&a, &b| cmp(a, b));
    positions
}

/// Rearranges `v` so that its element `i` is the old element `order[i]`, following each cycle
/// of the permutation with swaps.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..v.len() {
        if order[start] == DONE {
            continue;
        }
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = DONE;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_stays_stable() {
        // A fixed pseudo-random sequence of (key, original position) pairs with many equal keys.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for len in [0usize, 1, 2, 3, 7, 20, 100, 1000] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    ((x % 7) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = items.clone();
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "length {len}");
            let mut desc = items.clone();
            sort_by(&mut desc, |a, b| b.0.cmp(&a.0));
            let mut std_desc = items;
            std_desc.sort_by_key(|p| std::cmp::Reverse(p.0));
            assert_eq!(desc, std_desc, "length {len}, descending");
        }
        let mut words = vec!["焊", "b", "a", "电", "a"];
        sort(&mut words);
        assert_eq!(words, ["a", "a", "b", "焊", "电"]);
    }
}
