package stdlib

import (
	"math"
	"math/big"

	"github.com/exitplay/exitplay/wasm/vm"
)

func toFloat(t *vm.Thread, v vm.Value) (float64, error) {
	switch x := vm.BaseOf(v).(type) {
	case vm.Float:
		return float64(x), nil
	case vm.Int:
		return float64(x), nil
	case vm.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *vm.BigInt:
		r, err := t.Call(vm.FloatType, x)
		if err != nil {
			return 0, err
		}
		return float64(r.(vm.Float)), nil
	}
	return 0, vm.Errorf(vm.TypeErrorType, "must be real number, not %s", v.Type().Name)
}

// floatArgs converts the n arguments (one or two) of math.name to float,
// with CPython's errors for a wrong count and for a value that is not a
// real number.
func floatArgs(t *vm.Thread, name string, args []vm.Value, n int) (xs [2]float64, err error) {
	if len(args) != n {
		if n == 1 {
			return xs, vm.Errorf(vm.TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return xs, vm.Errorf(vm.TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
	}
	for i, a := range args {
		if xs[i], err = toFloat(t, a); err != nil {
			return xs, err
		}
	}
	return xs, nil
}

func domainError() error { return vm.Errorf(vm.ValueErrorType, "math domain error") }

// float1 wraps a one-argument float function with CPython's errors:
// a NaN result from a non-NaN argument is a domain error, an infinite
// result from a finite argument is a range error.
func float1(name string, f func(float64) float64) vm.BuiltinFunc {
	return func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		xs, err := floatArgs(t, name, args, 1)
		if err != nil {
			return nil, err
		}
		x := xs[0]
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return nil, domainError()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			if name == "log" || name == "log2" || name == "log10" {
				return nil, domainError()
			}
			return nil, vm.Errorf(vm.OverflowErrorType, "math range error")
		}
		return vm.Float(r), nil
	}
}

func intArg(t *vm.Thread, v vm.Value, fname string) (*big.Int, error) {
	switch x := vm.BaseOf(v).(type) {
	case vm.Int:
		return big.NewInt(int64(x)), nil
	case vm.Bool:
		if x {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *vm.BigInt:
		return x.Big(), nil
	}
	return nil, vm.Errorf(vm.TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
}

// bigResult checks a product of k factors of at most n (factorial, comb,
// perm) against the interpreter's allocation budget and charges its cost.
func bigResult(t *vm.Thread, n, k *big.Int) error {
	if !n.IsInt64() || !k.IsInt64() || n.Int64() > 1<<40 {
		return vm.NewException(vm.MemoryErrorType)
	}
	bits := k.Int64() * int64(n.BitLen())
	if err := t.CheckAlloc(bits / 8); err != nil {
		return err
	}
	return t.ChargeBig(bits)
}

func newMath(t *vm.Thread) (*vm.Module, error) {
	m := vm.NewModule("math")
	m.SetAttr("pi", vm.Float(math.Pi))
	m.SetAttr("e", vm.Float(math.E))
	m.SetAttr("tau", vm.Float(2*math.Pi))
	m.SetAttr("inf", vm.Float(math.Inf(1)))
	m.SetAttr("nan", vm.Float(math.NaN()))
	for name, f := range map[string]func(float64) float64{
		"sqrt": math.Sqrt, "exp": math.Exp, "log2": math.Log2, "log10": math.Log10, "fabs": math.Abs,
		"sin": math.Sin, "cos": math.Cos, "tan": math.Tan, "asin": math.Asin, "acos": math.Acos, "atan": math.Atan,
		"sinh": math.Sinh, "cosh": math.Cosh, "tanh": math.Tanh, "expm1": math.Expm1, "log1p": math.Log1p,
		"degrees": func(x float64) float64 { return x * 180 / math.Pi },
		"radians": func(x float64) float64 { return x * math.Pi / 180 },
	} {
		m.SetFunc(name, float1(name, f))
	}
	m.SetFunc("log", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "log expected 1 or 2 arguments, got %d", len(args))
		}
		var x float64
		if b, ok := args[0].(*vm.BigInt); ok {
			// log of a huge int: use its decimal length.
			n, _ := intArg(t, b, "log")
			if n.Sign() <= 0 {
				return nil, domainError()
			}
			mant := new(big.Float)
			exp := new(big.Float).SetInt(n).MantExp(mant)
			f, _ := mant.Float64()
			x = math.Log(f) + float64(exp)*math.Ln2
		} else {
			v, err := toFloat(t, args[0])
			if err != nil {
				return nil, err
			}
			if v <= 0 {
				return nil, domainError()
			}
			x = math.Log(v)
		}
		if len(args) == 2 {
			base, err := toFloat(t, args[1])
			if err != nil {
				return nil, err
			}
			if base <= 0 || base == 1 {
				if base == 1 {
					return nil, vm.Errorf(vm.ZeroDivisionErrorType, "float division by zero")
				}
				return nil, domainError()
			}
			return vm.Float(x / math.Log(base)), nil
		}
		return vm.Float(x), nil
	})
	round := func(name string, f func(float64) float64) vm.BuiltinFunc {
		return func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			if len(args) == 1 {
				switch args[0].(type) {
				case vm.Int, *vm.BigInt:
					return args[0], nil
				case vm.Bool:
					return t.Call(vm.IntType, args[0])
				}
			}
			x, err := floatArgs(t, name, args, 1)
			if err != nil {
				return nil, err
			}
			return t.Call(vm.IntType, vm.Float(f(x[0])))
		}
	}
	m.SetFunc("floor", round("floor", math.Floor))
	m.SetFunc("ceil", round("ceil", math.Ceil))
	m.SetFunc("trunc", round("trunc", math.Trunc))
	m.SetFunc("pow", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		xy, err := floatArgs(t, "pow", args, 2)
		if err != nil {
			return nil, err
		}
		x, y := xy[0], xy[1]
		r := math.Pow(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) || x == 0 && y < 0 {
			return nil, domainError()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			return nil, vm.Errorf(vm.OverflowErrorType, "math range error")
		}
		return vm.Float(r), nil
	})
	two := func(name string, f func(a, b float64) float64) vm.BuiltinFunc {
		return func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			ab, err := floatArgs(t, name, args, 2)
			if err != nil {
				return nil, err
			}
			return vm.Float(f(ab[0], ab[1])), nil
		}
	}
	m.SetFunc("atan2", two("atan2", math.Atan2))
	m.SetFunc("copysign", two("copysign", math.Copysign))
	m.SetFunc("fmod", two("fmod", math.Mod))
	m.SetFunc("hypot", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		var s float64
		for _, a := range args {
			x, err := toFloat(t, a)
			if err != nil {
				return nil, err
			}
			s = math.Hypot(s, x)
		}
		return vm.Float(s), nil
	})
	pred := func(name string, f func(float64) bool) vm.BuiltinFunc {
		return func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			x, err := floatArgs(t, name, args, 1)
			if err != nil {
				return nil, err
			}
			return vm.Bool(f(x[0])), nil
		}
	}
	m.SetFunc("isnan", pred("isnan", math.IsNaN))
	m.SetFunc("isinf", pred("isinf", func(x float64) bool { return math.IsInf(x, 0) }))
	m.SetFunc("isfinite", pred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }))
	m.SetFunc("isclose", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		ab, err := floatArgs(t, "isclose", args, 2)
		if err != nil {
			return nil, err
		}
		a, b := ab[0], ab[1]
		rel, abs := 1e-9, 0.0
		for _, k := range kw {
			v, err := toFloat(t, k.Value)
			if err != nil {
				return nil, err
			}
			if k.Name == "rel_tol" {
				rel = v
			} else if k.Name == "abs_tol" {
				abs = v
			}
		}
		if a == b {
			return vm.True, nil
		}
		d := math.Abs(a - b)
		return vm.Bool(d <= math.Max(rel*math.Max(math.Abs(a), math.Abs(b)), abs)), nil
	})
	m.SetFunc("gcd", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		g := new(big.Int)
		for _, a := range args {
			n, err := intArg(t, a, "gcd")
			if err != nil {
				return nil, err
			}
			g.GCD(nil, nil, g, new(big.Int).Abs(n))
		}
		return vm.MakeInt(g), nil
	})
	m.SetFunc("factorial", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeErrorType, "math.factorial() takes exactly one argument (%d given)", len(args))
		}
		if _, ok := args[0].(vm.Float); ok {
			return nil, vm.Errorf(vm.TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		n, err := intArg(t, args[0], "factorial")
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "factorial() not defined for negative values")
		}
		if err := bigResult(t, n, n); err != nil {
			return nil, err
		}
		return vm.MakeInt(new(big.Int).MulRange(1, n.Int64())), nil
	})
	m.SetFunc("isqrt", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		n, err := intArg(t, args[0], "isqrt")
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "isqrt() argument must be nonnegative")
		}
		return vm.MakeInt(new(big.Int).Sqrt(n)), nil
	})
	// kOfN is math.comb and math.perm: f(n, k) for non-negative ints (k
	// defaults to n where it is optional), 0 when k > n.
	kOfN := func(name string, kOptional bool, f func(n, k int64) *big.Int) vm.BuiltinFunc {
		return func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			switch {
			case !kOptional && len(args) != 2:
				return nil, vm.Errorf(vm.TypeErrorType, "%s expected 2 arguments, got %d", name, len(args))
			case len(args) == 0:
				return nil, vm.Errorf(vm.TypeErrorType, "%s expected at least 1 argument, got 0", name)
			case len(args) > 2:
				return nil, vm.Errorf(vm.TypeErrorType, "%s expected at most 2 arguments, got %d", name, len(args))
			}
			n, err := intArg(t, args[0], name)
			if err != nil {
				return nil, err
			}
			k := n
			if len(args) == 2 && (args[1] != vm.None || !kOptional) {
				if k, err = intArg(t, args[1], name); err != nil {
					return nil, err
				}
			}
			if n.Sign() < 0 || k.Sign() < 0 {
				return nil, vm.Errorf(vm.ValueErrorType, "n must be a non-negative integer")
			}
			if k.Cmp(n) > 0 {
				return vm.Int(0), nil
			}
			if err := bigResult(t, n, k); err != nil {
				return nil, err
			}
			return vm.MakeInt(f(n.Int64(), k.Int64())), nil
		}
	}
	m.SetFunc("comb", kOfN("comb", false, func(n, k int64) *big.Int { return new(big.Int).Binomial(n, k) }))
	m.SetFunc("perm", kOfN("perm", true, func(n, k int64) *big.Int { return new(big.Int).MulRange(n-k+1, n) }))
	m.SetFunc("prod", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		items, err := t.Call(vm.ListType, args[0])
		if err != nil {
			return nil, err
		}
		var acc vm.Value = vm.Int(1)
		for _, it := range items.(*vm.List).Items {
			if acc, err = vm.Binary(t, 2, acc, it); err != nil {
				return nil, err
			}
		}
		return acc, nil
	})
	m.SetFunc("fsum", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		items, err := t.Call(vm.ListType, args[0])
		if err != nil {
			return nil, err
		}
		var s, c float64
		for _, it := range items.(*vm.List).Items {
			x, err := toFloat(t, it)
			if err != nil {
				return nil, err
			}
			y := x - c
			tt := s + y
			c = (tt - s) - y
			s = tt
		}
		return vm.Float(s), nil
	})
	m.SetFunc("modf", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		x, err := toFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		i, f := math.Modf(x)
		return vm.Tuple{vm.Float(f), vm.Float(i)}, nil
	})
	return m, nil
}
