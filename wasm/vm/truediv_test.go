package vm

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// trueQuotient agrees with big.Rat.Float64 (exact rounding) on quotients
// spread over the whole float range, subnormals and overflow included.
func TestTrueQuotientAgreesWithRat(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	randInt := func(bits int) *big.Int {
		n := new(big.Int)
		for range (bits + 31) / 32 {
			n.Lsh(n, 32).Or(n, big.NewInt(int64(r.Uint32())))
		}
		n.Rsh(n, uint(n.BitLen()-bits)%32)
		if r.IntN(2) == 0 {
			n.Neg(n)
		}
		return n
	}
	for i := range 20000 {
		x, y := randInt(1+r.IntN(1200)), randInt(1+r.IntN(1200))
		if i%4 == 0 { // exact ties and small quotients
			y = big.NewInt(int64(1 + r.IntN(64)))
		}
		if y.Sign() == 0 {
			continue
		}
		want, _ := new(big.Rat).SetFrac(x, y).Float64()
		if got := trueQuotient(x, y); got != want {
			t.Fatalf("%v / %v = %v, want %v", x, y, got, want)
		}
	}
}

func TestTrueQuotientEdges(t *testing.T) {
	pow := func(e uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), e) }
	cases := []struct {
		x, y *big.Int
		want float64
	}{
		{big.NewInt(0), big.NewInt(-7), math.Copysign(0, -1)},
		{big.NewInt(0), big.NewInt(7), 0},
		{big.NewInt(1), pow(1074), math.SmallestNonzeroFloat64},
		{big.NewInt(1), pow(1075), 0},                                         // a tie: rounds to even (zero)
		{big.NewInt(3), pow(1076), math.SmallestNonzeroFloat64},               // 0.75 of the smallest
		{big.NewInt(-1), pow(1076), math.Copysign(0, -1)},                     // 0.25 of the smallest
		{pow(1024), big.NewInt(1), math.Inf(1)},                               // 2**1024
		{new(big.Int).Sub(pow(1024), pow(970)), big.NewInt(-1), math.Inf(-1)}, // rounds up past the max
		{new(big.Int).Sub(pow(1024), pow(971)), big.NewInt(1), math.MaxFloat64},
		{big.NewInt(1), big.NewInt(3), 1.0 / 3},
	}
	for _, c := range cases {
		got := trueQuotient(c.x, c.y)
		if got != c.want || math.Signbit(got) != math.Signbit(c.want) {
			t.Errorf("%v / %v = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}
