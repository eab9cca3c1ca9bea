package vm

import "math"

// Resource limits. The host's Tick bounds how many steps a program runs;
// the checks here bound what a single step may build, so that one
// expression like "x" * 10**10 or 2 ** 10**10 cannot take unbounded memory
// or time inside one step.

// defaultMaxAlloc is the largest object one operation may create when
// Options.MaxAlloc is 0.
const defaultMaxAlloc = 64 << 20

// memoryError returns CPython's bare MemoryError.
func (t *Thread) memoryError() *Exception { return NewException(MemoryErrorType) }

// CheckAlloc reports a MemoryError when an operation is about to build an
// object of n bytes beyond the interpreter's allocation budget, and
// otherwise charges the host one step per 64 KiB so that large but allowed
// work still advances the virtual clock and the step budget.
func (t *Thread) CheckAlloc(n int64) error {
	if n < 0 || n > t.interp.maxAlloc() {
		return t.memoryError()
	}
	if steps := int(n >> 16); steps > 0 {
		t.Steps += int64(steps)
		return t.host.Tick(t, steps)
	}
	return nil
}

// ChargeBig charges the host for a multiplication-like operation on
// big integers whose result has the given number of bits: such work grows
// faster than the size of the result (Karatsuba multiplication takes about
// words^1.58 word operations), and a program that repeats it in a loop
// must run out of steps, not of real time.
func (t *Thread) ChargeBig(bits int64) error {
	words := bits / 64
	if words < 256 {
		return nil
	}
	steps := int(math.Pow(float64(words), 1.58) / 64)
	t.Steps += int64(steps)
	return t.host.Tick(t, steps)
}

func (in *Interpreter) maxAlloc() int64 {
	if in.opts.MaxAlloc > 0 {
		return in.opts.MaxAlloc
	}
	return defaultMaxAlloc
}
