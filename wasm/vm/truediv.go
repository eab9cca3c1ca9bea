package vm

import (
	"math"
	"math/big"
)

// trueQuotient is x / y for integers as Python's int true division computes
// it: the float64 nearest to the exact quotient (ties to even, subnormals
// included), ±Inf when that is beyond the float range, and a zero signed
// as the quotient would be. y must not be zero.
//
// It is big.Rat.Float64 with Python's signed zero, written out because
// Rat.Float64 links fmt into the browser engine for an error path.
func trueQuotient(x, y *big.Int) float64 {
	neg := (x.Sign() < 0) != (y.Sign() < 0)
	if x.Sign() == 0 {
		if neg {
			return math.Copysign(0, -1)
		}
		return 0
	}
	a, b := new(big.Int).Abs(x), new(big.Int).Abs(y)
	// e is the exponent of the quotient: 2**e <= a/b < 2**(e+1).
	e := a.BitLen() - b.BitLen()
	if cmpShifted(a, b, e) < 0 {
		e--
	}
	if e > 1023 {
		return math.Copysign(math.Inf(1), sign(neg))
	}
	// lsb is the exponent of the result's last bit: 53 significant bits,
	// fewer once the quotient falls below the normal range.
	lsb := max(e-52, -1074)
	num, den := a, b
	if lsb < 0 {
		num = new(big.Int).Lsh(a, uint(-lsb))
	} else {
		den = new(big.Int).Lsh(b, uint(lsb))
	}
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	// Round to nearest, ties to even: compare the remainder with half the
	// divisor.
	if c := r.Lsh(r, 1).Cmp(den); c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	return math.Copysign(math.Ldexp(float64(q.Uint64()), lsb), sign(neg)) // q <= 2**53: exact
}

// cmpShifted compares a with b·2**e (e may be negative).
func cmpShifted(a, b *big.Int, e int) int {
	if e >= 0 {
		return a.Cmp(new(big.Int).Lsh(b, uint(e)))
	}
	return new(big.Int).Lsh(a, uint(-e)).Cmp(b)
}

func sign(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}
