package vm

import "math/big"

// Ranges come in two representations. Range holds its bounds in machine
// words and serves the loops programs write; BigRange holds them as big
// integers and serves ranges whose bounds or length need more than 61
// bits (range(10**20), range(-2**63, 2**63)). Both are Python's range:
// newRange picks the representation, so a Range never overflows its
// arithmetic, and every operation that can leave the narrow form (range
// construction, slicing) goes through big integers.

// narrowLimit bounds the start, stop and step of a Range: with all three
// below 2**61 in magnitude, length and element arithmetic fits an int64.
const narrowLimit = 1 << 61

// BigRange is a Python range whose bounds or length do not fit a Range.
type BigRange struct {
	start, stop, step, length *big.Int
}

// Type returns range.
func (*BigRange) Type() *Type { return RangeType }

// newRange returns range(start, stop, step) (step non-zero) in the
// representation its size calls for.
func newRange(start, stop, step *big.Int) Value {
	if narrow(start) && narrow(stop) && narrow(step) {
		return &Range{Start: start.Int64(), Stop: stop.Int64(), Step: step.Int64()}
	}
	return &BigRange{start: start, stop: stop, step: step, length: rangeLength(start, stop, step)}
}

func narrow(n *big.Int) bool {
	return n.IsInt64() && n.Int64() > -narrowLimit && n.Int64() < narrowLimit
}

// rangeLength is the number of elements of range(start, stop, step).
func rangeLength(start, stop, step *big.Int) *big.Int {
	n := new(big.Int)
	switch {
	case step.Sign() > 0 && start.Cmp(stop) < 0:
		n.Sub(stop, start)
	case step.Sign() < 0 && start.Cmp(stop) > 0:
		n.Sub(start, stop)
	default:
		return n
	}
	abs := new(big.Int).Abs(step)
	n.Add(n, abs).Sub(n, big.NewInt(1))
	return n.Quo(n, abs)
}

// bigBounds returns a range's start, stop, step and length as big
// integers; ok is false for a value that is not a range.
func bigBounds(v Value) (start, stop, step, length *big.Int, ok bool) {
	switch r := v.(type) {
	case *Range:
		return big.NewInt(r.Start), big.NewInt(r.Stop), big.NewInt(r.Step), big.NewInt(r.Len()), true
	case *BigRange:
		return r.start, r.stop, r.step, r.length, true
	}
	return nil, nil, nil, nil, false
}

// rangeItem returns element i (0 <= i < length) of a range given by its
// start and step.
func rangeItem(start, step, i *big.Int) Value {
	n := new(big.Int).Mul(i, step)
	return MakeInt(n.Add(n, start))
}

// rangeIter iterates the range v (a *Range or *BigRange) forwards or,
// with reverse, backwards.
func rangeIter(v Value, reverse bool) *Iter {
	start, _, step, length, _ := bigBounds(v)
	i := new(big.Int)
	return NewIter("range_iterator", func(t *Thread) (Value, bool, error) {
		if i.Cmp(length) >= 0 {
			return nil, false, nil
		}
		k := i
		if reverse {
			k = new(big.Int).Sub(length, i)
			k.Sub(k, big.NewInt(1))
		}
		r := rangeItem(start, step, k)
		i = new(big.Int).Add(i, big.NewInt(1))
		return r, true, nil
	})
}

// rangeGetItem is r[k] for a range through big-integer arithmetic.
func rangeGetItem(t *Thread, r, k Value) (Value, error) {
	start, _, step, length, _ := bigBounds(r)
	if s, ok := k.(*Slice); ok {
		lo, hi, by, err := t.bigSliceIndices(s, length)
		if err != nil {
			return nil, err
		}
		newStart := new(big.Int).Mul(lo, step)
		newStop := new(big.Int).Mul(hi, step)
		return newRange(newStart.Add(newStart, start), newStop.Add(newStop, start), by.Mul(by, step)), nil
	}
	i, ok, err := indexBig(t, k)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.typeErrorf("range indices must be integers or slices, not %s", typeName(k))
	}
	if i.Sign() < 0 {
		i = new(big.Int).Add(i, length)
	}
	if i.Sign() < 0 || i.Cmp(length) >= 0 {
		return nil, Errorf(IndexErrorType, "range object index out of range")
	}
	return rangeItem(start, step, i), nil
}

// rangePosition returns the index of the int x in range r, or nil when
// x is not an element.
func rangePosition(r Value, x *big.Int) *big.Int {
	start, stop, step, _, _ := bigBounds(r)
	if step.Sign() > 0 && (x.Cmp(start) < 0 || x.Cmp(stop) >= 0) ||
		step.Sign() < 0 && (x.Cmp(start) > 0 || x.Cmp(stop) <= 0) {
		return nil
	}
	q, m := new(big.Int).QuoRem(new(big.Int).Sub(x, start), step, new(big.Int))
	if m.Sign() != 0 {
		return nil
	}
	return q
}

// rangeEqual reports whether two ranges hold the same elements.
func rangeEqual(a, b Value) bool {
	as, _, astep, alen, _ := bigBounds(a)
	bs, _, bstep, blen, _ := bigBounds(b)
	switch {
	case alen.Cmp(blen) != 0:
		return false
	case alen.Sign() == 0:
		return true
	case as.Cmp(bs) != 0:
		return false
	}
	return alen.IsInt64() && alen.Int64() == 1 || astep.Cmp(bstep) == 0
}

// rangeRepr is repr of a range.
func rangeRepr(r Value) string {
	start, stop, step, _, _ := bigBounds(r)
	s := "range(" + start.String() + ", " + stop.String()
	if step.IsInt64() && step.Int64() == 1 {
		return s + ")"
	}
	return s + ", " + step.String() + ")"
}

// indexBig converts v to an integer through __index__, without a size
// limit; ok is false when v has no integer value.
func indexBig(t *Thread, v Value) (*big.Int, bool, error) {
	switch x := v.(type) {
	case Int, Bool, *BigInt:
		return toBig(x), true, nil
	case *Instance:
		if r, ok, err := t.special(v, "__index__"); ok {
			if err != nil {
				return nil, true, err
			}
			return indexBig(t, r)
		}
	}
	return nil, false, nil
}

// bigSliceIndices is slice.indices(n) without a size limit.
func (t *Thread) bigSliceIndices(s *Slice, n *big.Int) (start, stop, step *big.Int, err error) {
	get := func(v Value, def *big.Int) (*big.Int, error) {
		if v == None || v == nil {
			return def, nil
		}
		i, ok, err := indexBig(t, v)
		if err == nil && !ok {
			err = t.typeErrorf("slice indices must be integers or None or have an __index__ method")
		}
		return i, err
	}
	if step, err = get(s.Step, big.NewInt(1)); err != nil {
		return
	}
	if step.Sign() == 0 {
		return nil, nil, nil, t.valueErrorf("slice step cannot be zero")
	}
	lower, upper := new(big.Int), new(big.Int).Set(n)
	if step.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Sub(n, big.NewInt(1))
	}
	clamp := func(v Value, def *big.Int) (*big.Int, error) {
		i, err := get(v, def)
		if err != nil || i == def {
			return i, err
		}
		i = new(big.Int).Set(i)
		if i.Sign() < 0 {
			if i.Add(i, n); i.Cmp(lower) < 0 {
				i.Set(lower)
			}
		} else if i.Cmp(upper) > 0 {
			i.Set(upper)
		}
		return i, nil
	}
	startDef, stopDef := lower, upper
	if step.Sign() < 0 {
		startDef, stopDef = upper, lower
	}
	if start, err = clamp(s.Start, startDef); err != nil {
		return
	}
	stop, err = clamp(s.Stop, stopDef)
	step = new(big.Int).Set(step)
	return
}

// exactInt returns the value of an int that is not a bool or an int
// subclass: the values range arithmetic answers for directly.
func exactInt(v Value) (*big.Int, bool) {
	switch x := v.(type) {
	case Int, *BigInt:
		return toBig(x), true
	}
	return nil, false
}
