package digits

import (
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
)

// Parse agrees with big.Int.SetString on random digit strings of every
// base and many lengths, chunk boundaries included.
func TestAgreesWithSetString(t *testing.T) {
	const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	r := rand.New(rand.NewPCG(3, 4))
	for base := 2; base <= 36; base++ {
		for _, n := range []int{1, 2, 12, 13, 19, 20, 21, 39, 40, 63, 64, 65, 200, 1000} {
			var b strings.Builder
			for range n {
				b.WriteByte(alphabet[r.IntN(base)])
			}
			s := b.String()
			if r.IntN(2) == 0 {
				s = strings.ToUpper(s)
			}
			got, ok := Parse(s, base)
			want, _ := new(big.Int).SetString(s, base)
			if !ok || got.Cmp(want) != 0 {
				t.Fatalf("Parse(%q, %d) = %v, %v; want %v", s, base, got, ok, want)
			}
		}
	}
}

func TestRejects(t *testing.T) {
	for _, c := range []struct {
		s    string
		base int
	}{{"", 10}, {"12a", 10}, {"2", 2}, {"-1", 10}, {"+1", 10}, {"1_0", 10}, {"0x1f", 16}, {" 1", 10}, {"z", 35}, {"1", 37}, {"é", 36}} {
		if n, ok := Parse(c.s, c.base); ok {
			t.Errorf("Parse(%q, %d) = %v, want a rejection", c.s, c.base, n)
		}
	}
	if n, ok := Parse("zZ", 36); !ok || n.Int64() != 36*35+35 {
		t.Errorf("Parse(zZ, 36) = %v, %v", n, ok)
	}
}
