package vm

// timsort sorts keys with less, moving vals along, stably and with the
// comparisons CPython's list.sort makes for lists of fewer than 64
// items: natural runs found by count_run, extended by binary insertion
// sort (Objects/listsort.txt). Longer lists are cut into runs of
// CPython's minrun length and merged without galloping, so the result
// is the same but the sequence of comparisons may differ. less must
// stay false once it has failed; the caller reports the error.
func timsort(keys, vals []Value, less func(a, b Value) bool) {
	n := len(keys)
	if n < 2 {
		return
	}
	minrun := minRun(n)
	var runs [][2]int
	for lo := 0; lo < n; {
		run, desc := countRun(keys[lo:], less)
		if desc {
			reverseValues(keys[lo : lo+run])
			reverseValues(vals[lo : lo+run])
		}
		if run < minrun {
			force := min(n-lo, minrun)
			binarySort(keys[lo:lo+force], vals[lo:lo+force], run, less)
			run = force
		}
		runs = append(runs, [2]int{lo, lo + run})
		lo += run
	}
	for len(runs) > 1 {
		var merged [][2]int
		for i := 0; i+1 < len(runs); i += 2 {
			a, b := runs[i], runs[i+1]
			mergeRuns(keys[a[0]:b[1]], vals[a[0]:b[1]], a[1]-a[0], less)
			merged = append(merged, [2]int{a[0], b[1]})
		}
		if len(runs)%2 == 1 {
			merged = append(merged, runs[len(runs)-1])
		}
		runs = merged
	}
}

// minRun is CPython's merge_compute_minrun.
func minRun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// countRun returns the length of the run at the start of keys and
// whether it is strictly descending.
func countRun(keys []Value, less func(a, b Value) bool) (int, bool) {
	if len(keys) == 1 {
		return 1, false
	}
	n := 2
	if less(keys[1], keys[0]) {
		for n < len(keys) && less(keys[n], keys[n-1]) {
			n++
		}
		return n, true
	}
	for n < len(keys) && !less(keys[n], keys[n-1]) {
		n++
	}
	return n, false
}

// binarySort sorts keys whose first start items are already sorted, by
// binary insertion.
func binarySort(keys, vals []Value, start int, less func(a, b Value) bool) {
	for ; start < len(keys); start++ {
		pivot, pv := keys[start], vals[start]
		l, r := 0, start
		for l < r {
			p := l + (r-l)/2
			if less(pivot, keys[p]) {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(keys[l+1:start+1], keys[l:start])
		copy(vals[l+1:start+1], vals[l:start])
		keys[l], vals[l] = pivot, pv
	}
}

// mergeRuns merges the sorted runs keys[:mid] and keys[mid:], stably.
func mergeRuns(keys, vals []Value, mid int, less func(a, b Value) bool) {
	lk := append([]Value(nil), keys[:mid]...)
	lv := append([]Value(nil), vals[:mid]...)
	i, j, k := 0, mid, 0
	for i < len(lk) && j < len(keys) {
		if less(keys[j], lk[i]) {
			keys[k], vals[k] = keys[j], vals[j]
			j++
		} else {
			keys[k], vals[k] = lk[i], lv[i]
			i++
		}
		k++
	}
	for ; i < len(lk); i, k = i+1, k+1 {
		keys[k], vals[k] = lk[i], lv[i]
	}
}
