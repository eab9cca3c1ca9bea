package vm

import (
	"math/big"
	"strings"
	"unicode"
)

// Conversions between int and decimal text: CPython 3.11's limit on the
// number of digits (sys.set_int_max_str_digits) and Unicode decimal
// digits in int() and float().

// DefaultMaxStrDigits is sys.int_info.default_max_str_digits.
const DefaultMaxStrDigits = 4300

// MaxStrDigits returns the current limit (sys.get_int_max_str_digits); 0
// means no limit.
func (in *Interpreter) MaxStrDigits() int {
	if in.maxStrDigits < 0 {
		return 0
	}
	if in.maxStrDigits == 0 {
		return DefaultMaxStrDigits
	}
	return in.maxStrDigits
}

// SetMaxStrDigits sets the limit (sys.set_int_max_str_digits); 0 means
// no limit. Values between 1 and 639 are rejected as in CPython.
func (in *Interpreter) SetMaxStrDigits(t *Thread, n int) error {
	if n != 0 && n < 640 {
		return t.valueErrorf("maxdigits must be 0 or larger than 640")
	}
	if n == 0 {
		n = -1
	}
	in.maxStrDigits = n
	return nil
}

func maxDigits(t *Thread) int {
	if t == nil {
		return DefaultMaxStrDigits
	}
	return t.interp.MaxStrDigits()
}

// decimalString converts n to decimal text within the digit limit.
func decimalString(t *Thread, n *big.Int) (string, error) {
	limit := maxDigits(t)
	// A number of b bits has at least (b-1)*log10(2) digits.
	if limit > 0 && float64(n.BitLen()-1)*0.30102999566398 >= float64(limit) {
		return "", digitLimitError(t, 0)
	}
	s := n.String()
	if limit > 0 && len(strings.TrimPrefix(s, "-")) > limit {
		return "", digitLimitError(t, 0)
	}
	return s, nil
}

// digitLimitError is the ValueError for a conversion over the limit;
// parsed is the number of digits of a parsed string (0 when printing).
func digitLimitError(t *Thread, parsed int) *Exception {
	limit := maxDigits(t)
	if parsed > 0 {
		return t.valueErrorf("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, parsed)
	}
	return t.valueErrorf("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
}

// asciiDigits replaces the Unicode decimal digits of s (Arabic-Indic,
// full-width, ...) with ASCII ones, as int() and float() accept them.
func asciiDigits(s string) string {
	if isASCII(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < 0x80 || !unicode.Is(unicode.Nd, r) {
			return r
		}
		// Decimal digits come in runs of whole blocks 0-9.
		start := r
		for unicode.Is(unicode.Nd, start-1) {
			start--
		}
		return '0' + (r-start)%10
	}, s)
}
