package vm

import "unicode/utf8"

// Iter is a built-in iterator (list_iterator, range_iterator, map, zip, ...).
type Iter struct {
	Name string
	// Src is the container iterated over, if any (for finalization).
	Src  Value
	next func(t *Thread) (Value, bool, error)
}

// Type returns the iterator's type, named after its kind.
func (it *Iter) Type() *Type {
	tp, ok := iterTypes[it.Name]
	if !ok {
		tp = newType(it.Name, ObjectType)
		tp.newFn = nil
		tp.Dict = IteratorType.Dict
		iterTypes[it.Name] = tp
	}
	return tp
}

var iterTypes = map[string]*Type{}

// NewIter returns a built-in iterator named name whose values come from next.
func NewIter(name string, next func(t *Thread) (Value, bool, error)) *Iter {
	return &Iter{Name: name, next: next}
}

// newIterOver is NewIter for an iterator that draws on src (a container,
// other iterators, a function), which it keeps alive.
func newIterOver(name string, src Value, next func(t *Thread) (Value, bool, error)) *Iter {
	return &Iter{Name: name, Src: src, next: next}
}

func sliceIter(name string, src Value, items func() []Value) *Iter {
	i := 0
	return newIterOver(name, src, func(t *Thread) (Value, bool, error) {
		s := items()
		if i >= len(s) {
			i = len(s) + 1
			return nil, false, nil
		}
		i++
		return s[i-1], true, nil
	})
}

// Iterate is iter(v).
func Iterate(t *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case *ByteArray:
		i := 0
		return newIterOver("bytearray_iterator", x, func(t *Thread) (Value, bool, error) {
			if i >= len(x.B) {
				return nil, false, nil
			}
			i++
			return Int(x.B[i-1]), true, nil
		}), nil
	case *List:
		return sliceIter("list_iterator", x, func() []Value { return x.Items }), nil
	case Tuple:
		return sliceIter("tuple_iterator", x, func() []Value { return x }), nil
	case *Range:
		cur, n := x.Start, x.Len()
		var i int64
		return NewIter("range_iterator", func(t *Thread) (Value, bool, error) {
			if i >= n {
				return nil, false, nil
			}
			r := cur
			cur += x.Step
			i++
			return Int(r), true, nil
		}), nil
	case *BigRange:
		return rangeIter(x, false), nil
	case Str:
		s := string(x)
		pos := 0
		return NewIter("str_ascii_iterator", func(t *Thread) (Value, bool, error) {
			if pos >= len(s) {
				return nil, false, nil
			}
			_, size := utf8.DecodeRuneInString(s[pos:])
			r := s[pos : pos+size]
			pos += size
			return Str(r), true, nil
		}), nil
	case Bytes:
		i := 0
		return NewIter("bytes_iterator", func(t *Thread) (Value, bool, error) {
			if i >= len(x) {
				return nil, false, nil
			}
			i++
			return Int(x[i-1]), true, nil
		}), nil
	case *Dict:
		return dictIter(x, "dict_keyiterator", func(k, v Value) Value { return k }), nil
	case *Set:
		keys := x.Elems()
		size := x.Len()
		i := 0
		return newIterOver("set_iterator", x, func(t *Thread) (Value, bool, error) {
			if x.Len() != size {
				return nil, false, Errorf(RuntimeErrorType, "Set changed size during iteration")
			}
			if i >= len(keys) {
				return nil, false, nil
			}
			i++
			return keys[i-1], true, nil
		}), nil
	case *Iter, *Generator:
		return v, nil
	case *DictView:
		return t.callMethod(x.Type().Lookup("__iter__"), x)
	}
	tp := v.Type()
	if m := tp.Lookup("__iter__"); m != nil && m != None {
		r, err := t.callMethod(m, v)
		if err != nil {
			return nil, err
		}
		if r.Type().Lookup("__next__") == nil {
			if _, ok := r.(*Iter); !ok {
				if _, ok := r.(*Generator); !ok {
					return nil, t.typeErrorf("iter() returned non-iterator of type '%s'", typeName(r))
				}
			}
		}
		return r, nil
	}
	if m := tp.Lookup("__getitem__"); m != nil {
		var i int64
		return newIterOver("iterator", v, func(t *Thread) (Value, bool, error) {
			r, err := t.callMethod(m, v, Int(i))
			if err != nil {
				if e, ok := err.(*Exception); ok && (e.Class.IsSubtype(IndexErrorType) || e.Class.IsSubtype(StopIterationType)) {
					return nil, false, nil
				}
				return nil, false, err
			}
			i++
			return r, true, nil
		}), nil
	}
	return nil, t.typeErrorf("'%s' object is not iterable", typeName(v))
}

func dictIter(d *Dict, name string, f func(k, v Value) Value) *Iter {
	i := 0
	mut := d.tb.mutate
	return newIterOver(name, d, func(t *Thread) (Value, bool, error) {
		if d.tb.mutate != mut {
			mut = d.tb.mutate
			return nil, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
		}
		for i < len(d.tb.keys) && d.tb.keys[i] == nil {
			i++
		}
		if i >= len(d.tb.keys) {
			return nil, false, nil
		}
		i++
		return f(d.tb.keys[i-1], d.tb.vals[i-1]), true, nil
	})
}

// Next advances an iterator returned by Iterate. ok is false when it is
// exhausted.
func Next(t *Thread, it Value) (v Value, ok bool, err error) {
	// Every iterationsPerStep iterations cost one step, wherever they
	// happen: a Python for loop pays for its statements anyway, but sum(),
	// any() or a comprehension over range(10**10) would otherwise run past
	// every budget without ever reaching a statement boundary.
	if t.nexts++; t.nexts%iterationsPerStep == 0 {
		if err := t.tick(); err != nil {
			return nil, false, err
		}
	}
	switch x := it.(type) {
	case *Iter:
		return x.next(t)
	case *Generator:
		return x.next(t)
	}
	m := it.Type().Lookup("__next__")
	if m == nil {
		return nil, false, t.typeErrorf("'%s' object is not an iterator", typeName(it))
	}
	r, err := t.callMethod(m, it)
	if err != nil {
		if e, isExc := err.(*Exception); isExc && e.Class.IsSubtype(StopIterationType) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return r, true, nil
}

// iterationsPerStep is how many iterator steps count as one executed step.
const iterationsPerStep = 64

// eachItem calls fn with the items of iterable in turn until fn stops it
// or returns an error, or the items run out.
func eachItem(t *Thread, iterable Value, fn func(Value) (stop bool, err error)) error {
	it, err := Iterate(t, iterable)
	if err != nil {
		return err
	}
	for {
		v, ok, err := Next(t, it)
		if err != nil || !ok {
			return err
		}
		if stop, err := fn(v); stop || err != nil {
			return err
		}
	}
}

// toSlice collects the elements of any iterable.
func toSlice(t *Thread, v Value) ([]Value, error) {
	switch x := v.(type) {
	case *List:
		return append([]Value(nil), x.Items...), nil
	case Tuple:
		return append([]Value(nil), x...), nil
	}
	it, err := Iterate(t, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		e, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, e)
		if len(out)&0x3ff == 0 {
			if int64(len(out)) > t.interp.maxAlloc()/16 {
				return nil, t.memoryError()
			}
			if err := t.host.Tick(t, 1); err != nil {
				return nil, err
			}
		}
	}
}

// Index converts v to an int index (__index__).
func Index(t *Thread, v Value) (int64, bool, error) {
	switch x := v.(type) {
	case Int:
		return int64(x), true, nil
	case Bool:
		return int64(b2i(x)), true, nil
	case *BigInt:
		return 0, true, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	case *Instance:
		if r, ok, err := t.special(v, "__index__"); ok {
			if err != nil {
				return 0, true, err
			}
			return Index(t, r)
		}
	}
	return 0, false, nil
}

// GetItem is v[k].
func GetItem(t *Thread, v, k Value) (Value, error) {
	switch x := v.(type) {
	case *ByteArray:
		if _, ok := k.(*Slice); ok {
			r, err := GetItem(t, Bytes(x.B), k)
			return byteArrayResult(r), err
		}
		i, err := byteArrayIndex(t, x, k)
		if err != nil {
			return nil, err
		}
		return Int(x.B[i]), nil
	case *List:
		if i, ok := k.(Int); ok {
			n := int64(len(x.Items))
			j := int64(i)
			if j < 0 {
				j += n
			}
			if j < 0 || j >= n {
				return nil, Errorf(IndexErrorType, "list index out of range")
			}
			return x.Items[j], nil
		}
		if s, ok := k.(*Slice); ok {
			items, err := sliceItems(t, x.Items, s)
			if err != nil {
				return nil, err
			}
			return NewList(items), nil
		}
		return seqIndex(t, x.Items, k, "list")
	case *Dict:
		r, ok, err := x.Get(t, k)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(KeyErrorType, k)
		}
		return r, nil
	case Tuple:
		if s, ok := k.(*Slice); ok {
			items, err := sliceItems(t, x, s)
			if err != nil {
				return nil, err
			}
			return Tuple(items), nil
		}
		return seqIndex(t, x, k, "tuple")
	case Str:
		return strGetItem(t, x, k)
	case Bytes:
		if s, ok := k.(*Slice); ok {
			start, stop, step, err := t.sliceIndices(s, int64(len(x)))
			if err != nil {
				return nil, err
			}
			var out []byte
			for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
				out = append(out, x[i])
			}
			return Bytes(out), nil
		}
		i, ok, err := Index(t, k)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, t.typeErrorf("byte indices must be integers or slices, not %s", typeName(k))
		}
		if i < 0 {
			i += int64(len(x))
		}
		if i < 0 || i >= int64(len(x)) {
			return nil, Errorf(IndexErrorType, "index out of range")
		}
		return Int(x[i]), nil
	case *Range:
		if i, ok := k.(Int); ok {
			n := x.Len()
			if i < 0 {
				i += Int(n)
			}
			if i < 0 || int64(i) >= n {
				return nil, Errorf(IndexErrorType, "range object index out of range")
			}
			return Int(x.Start + int64(i)*x.Step), nil
		}
		return rangeGetItem(t, x, k)
	case *BigRange:
		return rangeGetItem(t, x, k)
	case *Type:
		if m := x.Lookup("__class_getitem__"); m != nil {
			return t.Call(m, x, k)
		}
		if genericTypes[x] {
			return newGenericAlias(x, k), nil
		}
		return nil, t.typeErrorf("type '%s' is not subscriptable", x.Name)
	}
	if m := v.Type().Lookup("__getitem__"); m != nil {
		return t.callMethod(m, v, k)
	}
	return nil, t.typeErrorf("'%s' object is not subscriptable", typeName(v))
}

func seqIndex(t *Thread, items []Value, k Value, kind string) (Value, error) {
	i, ok, err := Index(t, k)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.typeErrorf("%s indices must be integers or slices, not %s", kind, typeName(k))
	}
	n := int64(len(items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexErrorType, "%s index out of range", kind)
	}
	return items[i], nil
}

// sliceIndices is slice.indices(n).
func (t *Thread) sliceIndices(s *Slice, n int64) (start, stop, step int64, err error) {
	get := func(v Value, def int64) (int64, error) {
		if v == None || v == nil {
			return def, nil
		}
		i, ok, err := Index(t, v)
		if err != nil {
			if _, big := v.(*BigInt); big {
				if toBig(v).Sign() < 0 {
					return -1 << 62, nil
				}
				return 1 << 62, nil
			}
			return 0, err
		}
		if !ok {
			return 0, t.typeErrorf("slice indices must be integers or None or have an __index__ method")
		}
		return i, nil
	}
	step, err = get(s.Step, 1)
	if err != nil {
		return
	}
	if step == 0 {
		return 0, 0, 0, t.valueErrorf("slice step cannot be zero")
	}
	var lo, hi int64 = 0, n
	if step < 0 {
		lo, hi = -1, n-1
	}
	defStart, defStop := lo, hi
	if step < 0 {
		defStart, defStop = hi, lo
	}
	if start, err = get(s.Start, defStart); err != nil {
		return
	}
	if stop, err = get(s.Stop, defStop); err != nil {
		return
	}
	clamp := func(i int64) int64 {
		if i < 0 {
			i += n
			if i < lo {
				i = lo
			}
		} else if i > hi {
			i = hi
		}
		return i
	}
	if s.Start != None && s.Start != nil {
		start = clamp(start)
	}
	if s.Stop != None && s.Stop != nil {
		stop = clamp(stop)
	}
	return start, stop, step, nil
}

func sliceItems(t *Thread, items []Value, s *Slice) ([]Value, error) {
	start, stop, step, err := t.sliceIndices(s, int64(len(items)))
	if err != nil {
		return nil, err
	}
	if step == 1 {
		if start >= stop {
			return []Value{}, nil
		}
		return append([]Value(nil), items[start:stop]...), nil
	}
	out := []Value{}
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, items[i])
	}
	return out, nil
}

// SetItem is v[k] = val.
func SetItem(t *Thread, v, k, val Value) error {
	switch x := v.(type) {
	case *ByteArray:
		return byteArraySetItem(t, x, k, val)
	case *List:
		if s, ok := k.(*Slice); ok {
			return listSetSlice(t, x, s, val)
		}
		i, err := listAssignIndex(t, x, k)
		if err != nil {
			return err
		}
		x.Items[i] = val
		return nil
	case *Dict:
		return x.Set(t, k, val)
	}
	if m := v.Type().Lookup("__setitem__"); m != nil {
		_, err := t.callMethod(m, v, k, val)
		return err
	}
	return t.typeErrorf("'%s' object does not support item assignment", typeName(v))
}

func listSetSlice(t *Thread, x *List, s *Slice, val Value) error {
	items, err := toSlice(t, val)
	if err != nil {
		return t.typeErrorf("can only assign an iterable")
	}
	start, stop, step, err := t.sliceIndices(s, int64(len(x.Items)))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Value, 0, int64(len(x.Items))-(stop-start)+int64(len(items)))
		out = append(out, x.Items[:start]...)
		out = append(out, items...)
		x.Items = append(out, x.Items[stop:]...)
		return nil
	}
	var idx []int64
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		idx = append(idx, i)
	}
	if len(idx) != len(items) {
		return t.valueErrorf("attempt to assign sequence of size %d to extended slice of size %d", len(items), len(idx))
	}
	for j, i := range idx {
		x.Items[i] = items[j]
	}
	return nil
}

// DelItem is del v[k].
func DelItem(t *Thread, v, k Value) error {
	switch x := v.(type) {
	case *List:
		if s, ok := k.(*Slice); ok {
			start, stop, step, err := t.sliceIndices(s, int64(len(x.Items)))
			if err != nil {
				return err
			}
			del := map[int64]bool{}
			for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
				del[i] = true
			}
			out := x.Items[:0:0]
			for i, it := range x.Items {
				if !del[int64(i)] {
					out = append(out, it)
				}
			}
			x.Items = out
			return nil
		}
		i, err := listAssignIndex(t, x, k)
		if err != nil {
			return err
		}
		old := x.Items[i]
		x.Items = append(x.Items[:i:i], x.Items[i+1:]...)
		t.dropped(old)
		return nil
	case *Dict:
		old, ok, err := x.Delete(t, k)
		if err != nil {
			return err
		}
		if !ok {
			return NewException(KeyErrorType, k)
		}
		t.dropped(old)
		return nil
	}
	if m := v.Type().Lookup("__delitem__"); m != nil {
		_, err := t.callMethod(m, v, k)
		return err
	}
	return t.typeErrorf("'%s' object doesn't support item deletion", typeName(v))
}

// listAssignIndex converts the index of an item assignment or deletion
// on a list to a position in it.
func listAssignIndex(t *Thread, l *List, k Value) (int64, error) {
	i, ok, err := Index(t, k)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, t.typeErrorf("list indices must be integers or slices, not %s", typeName(k))
	}
	n := int64(len(l.Items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexErrorType, "list assignment index out of range")
	}
	return i, nil
}
