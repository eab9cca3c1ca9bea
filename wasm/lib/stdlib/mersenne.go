package stdlib

import (
	"math/big"
	"math/bits"

	"github.com/exitplay/exitplay/wasm/internal/sha512"
	"github.com/exitplay/exitplay/wasm/vm"
)

// The _random module: the Mersenne Twister MT19937 with CPython's seeding,
// so that random.seed(n) gives the numbers CPython gives. random.py builds
// the Random class and the module functions on top of it.

const mtN, mtM = 624, 397

// mersenne is a _random.MT generator object.
type mersenne struct {
	mt  [mtN]uint32
	idx int
}

var mersenneType = &vm.Type{Name: "MT", Qualname: "MT", Module: "_random", Dict: vm.NewDict(), Builtin: true}

// Type returns _random.MT.
func (*mersenne) Type() *vm.Type { return mersenneType }

func (g *mersenne) initGenrand(s uint32) {
	g.mt[0] = s
	for i := 1; i < mtN; i++ {
		g.mt[i] = 1812433253*(g.mt[i-1]^(g.mt[i-1]>>30)) + uint32(i)
	}
	g.idx = mtN
}

func (g *mersenne) initByArray(key []uint32) {
	g.initGenrand(19650218)
	i, j := 1, 0
	for k := max(mtN, len(key)); k > 0; k-- {
		g.mt[i] = (g.mt[i] ^ ((g.mt[i-1] ^ (g.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			g.mt[0] = g.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k := mtN - 1; k > 0; k-- {
		g.mt[i] = (g.mt[i] ^ ((g.mt[i-1] ^ (g.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			g.mt[0] = g.mt[mtN-1]
			i = 1
		}
	}
	g.mt[0] = 0x80000000
}

func (g *mersenne) next() uint32 {
	if g.idx >= mtN {
		for k := 0; k < mtN; k++ {
			y := g.mt[k]&0x80000000 | g.mt[(k+1)%mtN]&0x7fffffff
			v := g.mt[(k+mtM)%mtN] ^ y>>1
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			g.mt[k] = v
		}
		g.idx = 0
	}
	y := g.mt[g.idx]
	g.idx++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	y ^= y >> 18
	return y
}

// seedInt seeds from a non-negative integer as CPython's random_seed does:
// its 32-bit words, least significant first.
func (g *mersenne) seedInt(n *big.Int) {
	key := []uint32{0}
	if n.Sign() != 0 {
		key = key[:0]
		for _, w := range n.Bits() {
			key = append(key, uint32(uint64(w)))
			if bits.UintSize == 64 { // a word holds two keys
				key = append(key, uint32(uint64(w)>>32))
			}
		}
		for len(key) > 1 && key[len(key)-1] == 0 {
			key = key[:len(key)-1]
		}
	}
	g.initByArray(key)
}

func (g *mersenne) random() float64 {
	a, b := g.next()>>5, g.next()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

func (g *mersenne) getrandbits(k int) *big.Int {
	if k <= 32 {
		return big.NewInt(int64(g.next() >> (32 - k)))
	}
	r := new(big.Int)
	for shift := 0; k > 0; shift += 32 {
		w := g.next()
		if k < 32 {
			w >>= 32 - k
		}
		r.Or(r, new(big.Int).Lsh(big.NewInt(int64(w)), uint(shift)))
		k -= 32
	}
	return r
}

// seedValue turns random.seed's argument into the integer to seed with:
// ints by absolute value, str and bytes as CPython's version 2 seeding
// (the bytes followed by their SHA-512), anything else by its hash.
func seedValue(t *vm.Thread, a vm.Value) (*big.Int, error) {
	var data []byte
	switch x := a.(type) {
	case vm.Int, vm.Bool, *vm.BigInt:
		n, err := intArg(t, x, "seed")
		return n.Abs(n), err
	case vm.Str:
		data = []byte(x)
	case vm.Bytes:
		data = []byte(x)
	default:
		h, err := vm.Hash(t, a)
		if err != nil {
			return nil, err
		}
		return new(big.Int).Abs(big.NewInt(h)), nil
	}
	sum := sha512.Sum(data)
	return new(big.Int).SetBytes(append(data, sum[:]...)), nil
}

func init() {
	mersenneType.MRO = []*vm.Type{mersenneType, vm.ObjectType}
	mersenneType.Bases = []*vm.Type{vm.ObjectType}
	methods := map[string]vm.BuiltinFunc{
		"seed": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			g := args[0].(*mersenne)
			if len(args) < 2 || args[1] == vm.None {
				g.seedInt(big.NewInt(int64(t.Steps) + 0x5eed))
				return vm.None, nil
			}
			n, err := seedValue(t, args[1])
			if err != nil {
				return nil, err
			}
			g.seedInt(n)
			return vm.None, nil
		},
		"random": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return vm.Float(args[0].(*mersenne).random()), nil
		},
		"getrandbits": func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if len(args) != 2 {
				return nil, vm.Errorf(vm.TypeErrorType, "getrandbits() takes exactly one argument (%d given)", len(args)-1)
			}
			k, err := intArg(t, args[1], "getrandbits")
			if err != nil {
				return nil, err
			}
			if k.Sign() < 0 {
				return nil, vm.Errorf(vm.ValueErrorType, "number of bits must be non-negative")
			}
			if k.BitLen() > 24 {
				return nil, vm.NewException(vm.MemoryErrorType)
			}
			return vm.MakeInt(args[0].(*mersenne).getrandbits(int(k.Int64()))), nil
		},
	}
	for name, fn := range methods {
		mersenneType.Dict.SetStr(name, &vm.Builtin{Name: name, Fn: fn, Module: "MT"})
	}
}

func newRandomCore(t *vm.Thread) (*vm.Module, error) {
	m := vm.NewModule("_random")
	m.SetFunc("MT", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		g := &mersenne{}
		g.seedInt(big.NewInt(0))
		return g, nil
	})
	return m, nil
}
