// Package digits turns strings of digits in bases 2 to 36 into big
// integers: int literals in the parser, int(str, base) in the interpreter.
//
// It does what big.Int.SetString does for a plain digit string, except that
// it accepts no sign, prefix or underscore (the callers strip and check
// those by Python's rules first). It exists because SetString's error path
// formats with fmt, which would otherwise be linked into the browser
// engine for this alone.
package digits

import "math/big"

// Parse returns the value of s, a non-empty string of digits of the given
// base (2 to 36; letters of either case are the digits from 10), and false
// when s is empty or holds anything else.
func Parse(s string, base int) (*big.Int, bool) {
	if s == "" || base < 2 || base > 36 {
		return nil, false
	}
	// Gather as many digits as fit in a uint64 at a time, then fold
	// each such chunk into n with one multiply-add.
	perChunk, chunkBase := 1, uint64(base)
	for chunkBase <= (1<<64-1)/uint64(base) {
		chunkBase *= uint64(base)
		perChunk++
	}
	n := new(big.Int)
	var scale, chunk big.Int
	for len(s) > 0 {
		k := min(perChunk, len(s))
		var v, mult uint64 = 0, 1
		for _, c := range []byte(s[:k]) {
			d := value(c)
			if d >= base {
				return nil, false
			}
			v = v*uint64(base) + uint64(d)
			mult *= uint64(base)
		}
		n.Mul(n, scale.SetUint64(mult))
		n.Add(n, chunk.SetUint64(v))
		s = s[k:]
	}
	return n, true
}

// value is the digit value of c, or 36 for a character that is no digit.
func value(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	}
	return 36
}
