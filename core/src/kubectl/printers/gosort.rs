//! Go's `sort.Sort` (pattern-defeating quicksort, Go ≥ 1.19), ported so that elements that
//! compare equal end up in exactly the order kubectl leaves them in. kubectl sorts events
//! (`kubectl events`, describe) and `--sort-by` rows with this unstable sort; for more than
//! 12 elements equal keys get shuffled — deterministically.
//!
//! The only difference between the Go releases that matter here is the xorshift used by
//! `breakPatterns`: Go ≤ 1.23 (kubectl 1.28, 1.32) shifts 13/17/5, Go 1.24 (kubectl 1.33)
//! shifts 13/7/17. Verified against the oracle: `kubectl events` of the `a-complete` state
//! (27 events, 8 with the same time) prints the 1.32 order with the first and the 1.33 order
//! with the second.

/// Which Go runtime's sort to reproduce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoSort {
    /// Go 1.19–1.23 (kubectl 1.28 … 1.32).
    Go119,
    /// Go 1.24+ (kubectl 1.33).
    Go124,
}

struct Sorter<'a, T, F: FnMut(&T, &T) -> bool> {
    data: &'a mut [T],
    less: F,
    variant: GoSort,
}

impl<T, F: FnMut(&T, &T) -> bool> Sorter<'_, T, F> {
    fn less(&mut self, i: usize, j: usize) -> bool {
        (self.less)(&self.data[i], &self.data[j])
    }

    fn swap(&mut self, i: usize, j: usize) {
        self.data.swap(i, j);
    }

    fn insertion_sort(&mut self, a: usize, b: usize) {
        for i in a + 1..b {
            let mut j = i;
            while j > a && self.less(j, j - 1) {
                self.swap(j, j - 1);
                j -= 1;
            }
        }
    }

    fn sift_down(&mut self, lo: usize, hi: usize, first: usize) {
        let mut root = lo;
        loop {
            let mut child = 2 * root + 1;
            if child >= hi {
                break;
            }
            if child + 1 < hi && self.less(first + child, first + child + 1) {
                child += 1;
            }
            if !self.less(first + root, first + child) {
                return;
            }
            self.swap(first + root, first + child);
            root = child;
        }
    }

    fn heap_sort(&mut self, a: usize, b: usize) {
        let first = a;
        let hi = b - a;
        let mut i = (hi as isize - 1) / 2;
        while i >= 0 {
            self.sift_down(i as usize, hi, first);
            i -= 1;
        }
        let mut i = hi as isize - 1;
        while i >= 0 {
            self.swap(first, first + i as usize);
            self.sift_down(0, i as usize, first);
            i -= 1;
        }
    }

    fn pdqsort(&mut self, mut a: usize, mut b: usize, mut limit: u32) {
        const MAX_INSERTION: usize = 12;
        let mut was_balanced = true;
        let mut was_partitioned = true;
        loop {
            let length = b - a;
            if length <= MAX_INSERTION {
                self.insertion_sort(a, b);
                return;
            }
            if limit == 0 {
                self.heap_sort(a, b);
                return;
            }
            if !was_balanced {
                self.break_patterns(a, b);
                limit -= 1;
            }
            let (mut pivot, mut hint) = self.choose_pivot(a, b);
            if hint == Hint::Decreasing {
                self.reverse_range(a, b);
                pivot = (b - 1) - (pivot - a);
                hint = Hint::Increasing;
            }
            if was_balanced
                && was_partitioned
                && hint == Hint::Increasing
                && self.partial_insertion_sort(a, b)
            {
                return;
            }
            if a > 0 && !self.less(a - 1, pivot) {
                let mid = self.partition_equal(a, b, pivot);
                a = mid;
                continue;
            }
            let (mid, already) = self.partition(a, b, pivot);
            was_partitioned = already;
            let (left, right) = (mid - a, b - mid);
            let balance_threshold = length / 8;
            if left < right {
                was_balanced = left >= balance_threshold;
                self.pdqsort(a, mid, limit);
                a = mid + 1;
            } else {
                was_balanced = right >= balance_threshold;
                self.pdqsort(mid + 1, b, limit);
                b = mid;
            }
        }
    }

    fn partition(&mut self, a: usize, b: usize, pivot: usize) -> (usize, bool) {
        self.swap(a, pivot);
        let (mut i, mut j) = (a as isize + 1, b as isize - 1);
        while i <= j && self.less(i as usize, a) {
            i += 1;
        }
        while i <= j && !self.less(j as usize, a) {
            j -= 1;
        }
        if i > j {
            self.swap(j as usize, a);
            return (j as usize, true);
        }
        self.swap(i as usize, j as usize);
        i += 1;
        j -= 1;
        loop {
            while i <= j && self.less(i as usize, a) {
                i += 1;
            }
            while i <= j && !self.less(j as usize, a) {
                j -= 1;
            }
            if i > j {
                break;
            }
            self.swap(i as usize, j as usize);
            i += 1;
            j -= 1;
        }
        self.swap(j as usize, a);
        (j as usize, false)
    }

    fn partition_equal(&mut self, a: usize, b: usize, pivot: usize) -> usize {
        self.swap(a, pivot);
        let (mut i, mut j) = (a as isize + 1, b as isize - 1);
        loop {
            while i <= j && !self.less(a, i as usize) {
                i += 1;
            }
            while i <= j && self.less(a, j as usize) {
                j -= 1;
            }
            if i > j {
                break;
            }
            self.swap(i as usize, j as usize);
            i += 1;
            j -= 1;
        }
        i as usize
    }

    fn partial_insertion_sort(&mut self, a: usize, b: usize) -> bool {
        const MAX_STEPS: usize = 5;
        const SHORTEST_SHIFTING: usize = 50;
        let mut i = a + 1;
        for _ in 0..MAX_STEPS {
            while i < b && !self.less(i, i - 1) {
                i += 1;
            }
            if i == b {
                return true;
            }
            if b - a < SHORTEST_SHIFTING {
                return false;
            }
            self.swap(i, i - 1);
            if i - a >= 2 {
                let mut j = i - 1;
                while j >= 1 {
                    if !self.less(j, j - 1) {
                        break;
                    }
                    self.swap(j, j - 1);
                    j -= 1;
                }
            }
            if b - i >= 2 {
                let mut j = i + 1;
                while j < b {
                    if !self.less(j, j - 1) {
                        break;
                    }
                    self.swap(j, j - 1);
                    j += 1;
                }
            }
        }
        false
    }

    fn break_patterns(&mut self, a: usize, b: usize) {
        let length = b - a;
        if length >= 8 {
            let mut random = length as u64;
            let modulus = 1u64 << bits_len(length as u64);
            let idx0 = a + (length / 4) * 2 - 1;
            for idx in idx0..=idx0 + 2 {
                random = match self.variant {
                    GoSort::Go119 => {
                        random ^= random << 13;
                        random ^= random >> 17;
                        random ^= random << 5;
                        random
                    }
                    GoSort::Go124 => {
                        random ^= random << 13;
                        random ^= random >> 7;
                        random ^= random << 17;
                        random
                    }
                };
                let mut other = (random & (modulus - 1)) as usize;
                if other >= length {
                    other -= length;
                }
                self.swap(idx, a + other);
            }
        }
    }

    fn choose_pivot(&mut self, a: usize, b: usize) -> (usize, Hint) {
        const SHORTEST_NINTHER: usize = 50;
        const MAX_SWAPS: usize = 4 * 3;
        let l = b - a;
        let mut swaps = 0usize;
        let mut i = a + l / 4;
        let mut j = a + l / 4 * 2;
        let mut k = a + l / 4 * 3;
        if l >= 8 {
            if l >= SHORTEST_NINTHER {
                i = self.median(i - 1, i, i + 1, &mut swaps);
                j = self.median(j - 1, j, j + 1, &mut swaps);
                k = self.median(k - 1, k, k + 1, &mut swaps);
            }
            j = self.median(i, j, k, &mut swaps);
        }
        match swaps {
            0 => (j, Hint::Increasing),
            MAX_SWAPS => (j, Hint::Decreasing),
            _ => (j, Hint::Unknown),
        }
    }

    fn order2(&mut self, a: usize, b: usize, swaps: &mut usize) -> (usize, usize) {
        if self.less(b, a) {
            *swaps += 1;
            return (b, a);
        }
        (a, b)
    }

    fn median(&mut self, a: usize, b: usize, c: usize, swaps: &mut usize) -> usize {
        let (a, b) = self.order2(a, b, swaps);
        let (b, c) = self.order2(b, c, swaps);
        let _ = c;
        let (_a, b) = self.order2(a, b, swaps);
        b
    }

    fn reverse_range(&mut self, a: usize, b: usize) {
        let (mut i, mut j) = (a, b - 1);
        while i < j {
            self.swap(i, j);
            i += 1;
            j -= 1;
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

fn bits_len(x: u64) -> u32 {
    64 - x.leading_zeros()
}

/// `sort.Sort` over a slice with a `Less` function.
pub fn sort<T>(data: &mut [T], variant: GoSort, less: impl FnMut(&T, &T) -> bool) {
    let n = data.len();
    if n <= 1 {
        return;
    }
    let limit = bits_len(n as u64);
    let mut s = Sorter {
        data,
        less,
        variant,
    };
    s.pdqsort(0, n, limit);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts() {
        for variant in [GoSort::Go119, GoSort::Go124] {
            let mut v: Vec<i64> = (0..500).map(|i| (i * 7919) % 263).collect();
            sort(&mut v, variant, |a, b| a < b);
            assert!(v.windows(2).all(|w| w[0] <= w[1]));
        }
    }

    /// `kubectl events` on the oracle's `a-complete` state: 27 events in name order, sorted by
    /// last timestamp; the node events (all at -3d7h) come out shuffled differently by
    /// kubectl 1.32 and 1.33 (goldens `golden/` and `golden-v1.33/a-complete__events.txt`).
    #[test]
    fn matches_kubectl_event_order() {
        // (time, label) in list order: pods gwrb5, h6spx, x5mgl, the RS, the deployment, node-1.
        let mut list: Vec<(i64, &str)> = Vec::new();
        for p in ["gwrb5", "h6spx", "x5mgl"] {
            let _ = p;
            list.extend([
                (-139, "Scheduled"),
                (-138, "Pulling"),
                (-137, "Pulled"),
                (-137, "Created"),
                (-137, "Started"),
            ]);
        }
        list.extend([
            (-139, "SC1"),
            (-139, "SC2"),
            (-139, "SC3"),
            (-139, "Scaling"),
        ]);
        // Start1 has an empty message, Start2 is "Starting kubelet." (printed first by both).
        for r in [
            "Start1", "Start2", "Mem", "Disk", "PID", "Alloc", "Reg", "Ready",
        ] {
            list.push((-284_400, r));
        }
        fn nodes<'a>(v: &[(i64, &'a str)]) -> Vec<&'a str> {
            v.iter().take(8).map(|x| x.1).collect()
        }
        let mut a = list.clone();
        sort(&mut a, GoSort::Go119, |x, y| x.0 < y.0);
        assert_eq!(
            nodes(&a),
            [
                "Start2", "Mem", "Reg", "Alloc", "PID", "Start1", "Ready", "Disk"
            ]
        );
        let mut b = list.clone();
        sort(&mut b, GoSort::Go124, |x, y| x.0 < y.0);
        assert_eq!(
            nodes(&b),
            [
                "Start2", "Disk", "Reg", "Alloc", "PID", "Start1", "Ready", "Mem"
            ]
        );
    }
}
