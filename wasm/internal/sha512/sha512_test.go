package sha512

import (
	stdsha512 "crypto/sha512"
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"
)

// The FIPS 180-4 example messages (NIST's "SHA512.pdf" and "SHA2
// Additional Examples") and their digests.
func TestKnownVectors(t *testing.T) {
	cases := []struct{ msg, want string }{
		{"", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"},
		{"abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"},
		{"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
			"8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"},
		{strings.Repeat("a", 1000000), "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b"},
	}
	for _, c := range cases {
		sum := Sum([]byte(c.msg))
		if got := hex.EncodeToString(sum[:]); got != c.want {
			t.Errorf("Sum(%.20q… len %d) = %s, want %s", c.msg, len(c.msg), got, c.want)
		}
	}
}

// Every length around the one- and two-block padding boundaries, and
// random data, agree with crypto/sha512.
func TestAgreesWithCrypto(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 600 {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(r.Uint32())
		}
		if got, want := Sum(data), stdsha512.Sum512(data); got != want {
			t.Fatalf("length %d: got %x, want %x", n, got, want)
		}
	}
}
