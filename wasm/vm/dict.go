package vm

// table is an insertion-ordered hash table keyed by Python values with
// Python equality; Dict and Set are built on it. str keys, by far the most
// common, are indexed by a Go map of their text, since a str only ever
// equals another str.
type table struct {
	keys   []Value // nil marks a deleted entry
	vals   []Value // nil for sets
	str    map[Str]int32
	other  map[int64][]int32
	live   int
	withV  bool
	mutate int // bumped on insertions and deletions (size changes)
	// ofType marks the namespace of a class whose lookups are cached:
	// any change invalidates the caches (see Type.Lookup).
	ofType bool
}

// changed notes a change of the table's contents.
func (tb *table) changed() {
	if tb.ofType {
		typeGeneration.Add(1)
	}
}

// strKey returns the text of a key that the str index holds: a str, or
// what derivedStrKey accepts.
func strKey(k Value) (Str, bool) {
	if s, ok := k.(Str); ok {
		return s, true
	}
	return derivedStrKey(k)
}

// derivedStrKey returns the text of a key that is not a str but that the
// str index holds: an instance of a class derived from str that keeps
// str's equality and hash.
func derivedStrKey(k Value) (Str, bool) {
	if b, ok := inherited(k, "__eq__"); ok {
		if _, ok := inherited(k, "__hash__"); ok {
			s, ok := b.(Str)
			return s, ok
		}
	}
	return "", false
}

func (tb *table) find(t *Thread, k Value) (int, int64, error) {
	s, isStr := k.(Str)
	if !isStr {
		s, isStr = derivedStrKey(k)
	}
	if isStr {
		if i, ok := tb.str[s]; ok {
			return int(i), 0, nil
		}
		if len(tb.other) == 0 {
			return -1, 0, nil
		}
		// A str may still equal a key of a class derived from str with
		// an __eq__ and __hash__ of its own.
	}
	h, err := Hash(t, k)
	if err != nil {
		return -1, 0, err
	}
	for _, i := range tb.other[h] {
		if tb.keys[i] == nil {
			continue
		}
		eq, err := Equal(t, tb.keys[i], k)
		if err != nil {
			return -1, h, err
		}
		if eq {
			return int(i), h, nil
		}
	}
	return -1, h, nil
}

func (tb *table) insert(t *Thread, k, v Value) error {
	i, h, err := tb.find(t, k)
	if err != nil {
		return err
	}
	if i >= 0 {
		if tb.withV {
			tb.vals[i] = v
			tb.changed()
		}
		return nil
	}
	tb.add(k, v, h)
	return nil
}

func (tb *table) add(k, v Value, h int64) {
	idx := int32(len(tb.keys))
	tb.keys = append(tb.keys, k)
	if tb.withV {
		tb.vals = append(tb.vals, v)
	}
	if s, ok := strKey(k); ok {
		if tb.str == nil {
			tb.str = map[Str]int32{}
		}
		tb.str[s] = idx
	} else {
		if tb.other == nil {
			tb.other = map[int64][]int32{}
		}
		tb.other[h] = append(tb.other[h], idx)
	}
	tb.live++
	tb.mutate++
	tb.changed()
}

func (tb *table) remove(t *Thread, k Value) (Value, bool, error) {
	i, h, err := tb.find(t, k)
	if err != nil || i < 0 {
		return nil, false, err
	}
	var v Value
	if tb.withV {
		v = tb.vals[i]
		tb.vals[i] = nil
	}
	// The key found decides where it is indexed: a str may have found
	// an equal key of a str subclass indexed by its hash.
	if s, ok := strKey(tb.keys[i]); ok {
		delete(tb.str, s)
	} else {
		list := tb.other[h]
		for j, x := range list {
			if int(x) == i {
				tb.other[h] = append(list[:j:j], list[j+1:]...)
				break
			}
		}
	}
	tb.keys[i] = nil
	tb.live--
	tb.mutate++
	tb.changed()
	if tb.live == 0 {
		tb.clear()
	} else if len(tb.keys) > 16 && tb.live < len(tb.keys)/2 {
		tb.compact()
	}
	return v, true, nil
}

func (tb *table) clear() {
	tb.keys, tb.vals, tb.str, tb.other, tb.live = nil, nil, nil, nil, 0
	tb.mutate++
	tb.changed()
}

func (tb *table) compact() {
	keys, vals := tb.keys, tb.vals
	hashes := map[int32]int64{}
	for h, list := range tb.other {
		for _, i := range list {
			hashes[i] = h
		}
	}
	tb.keys, tb.vals, tb.str, tb.other, tb.live = nil, nil, nil, nil, 0
	for i, k := range keys {
		if k == nil {
			continue
		}
		var v Value
		if tb.withV {
			v = vals[i]
		}
		tb.add(k, v, hashes[int32(i)])
	}
}

// Dict is a Python dict: insertion-ordered.
type Dict struct{ tb table }

// Type returns dict.
func (*Dict) Type() *Type { return DictType }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{tb: table{withV: true}} }

// Len returns the number of items.
func (d *Dict) Len() int { return d.tb.live }

// Get returns the value for key k.
func (d *Dict) Get(t *Thread, k Value) (Value, bool, error) {
	i, _, err := d.tb.find(t, k)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.tb.vals[i], true, nil
}

// Set sets d[k] = v.
func (d *Dict) Set(t *Thread, k, v Value) error { return d.tb.insert(t, k, v) }

// Delete removes k, reporting whether it was present.
func (d *Dict) Delete(t *Thread, k Value) (Value, bool, error) { return d.tb.remove(t, k) }

// GetStr returns the value for the str key k.
func (d *Dict) GetStr(k string) (Value, bool) {
	if i, ok := d.tb.str[Str(k)]; ok {
		return d.tb.vals[i], true
	}
	return nil, false
}

// SetStr sets d[k] = v for a str key.
func (d *Dict) SetStr(k string, v Value) {
	if i, ok := d.tb.str[Str(k)]; ok {
		d.tb.vals[i] = v
		d.tb.changed()
		return
	}
	d.tb.add(Str(k), v, 0)
}

// DelStr deletes a str key, reporting whether it was present.
func (d *Dict) DelStr(k string) bool {
	_, ok, _ := d.tb.remove(nil, Str(k))
	return ok
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.tb.live)
	for _, k := range d.tb.keys {
		if k != nil {
			out = append(out, k)
		}
	}
	return out
}

// Items returns the (key, value) pairs in order.
func (d *Dict) Items() [][2]Value {
	out := make([][2]Value, 0, d.tb.live)
	for i, k := range d.tb.keys {
		if k != nil {
			out = append(out, [2]Value{k, d.tb.vals[i]})
		}
	}
	return out
}

// Clear removes every item.
func (d *Dict) Clear() { d.tb.clear() }

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := NewDict()
	for _, kv := range d.Items() {
		_ = n.Set(nil, kv[0], kv[1])
	}
	return n
}

// Set is a Python set or frozenset.
type Set struct {
	tb     table
	frozen bool
	// fromConstant marks a display of constants, which CPython copies
	// from a frozenset (see setOrder).
	fromConstant bool
}

// Type returns set or frozenset.
func (s *Set) Type() *Type {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// Len returns the number of elements.
func (s *Set) Len() int { return s.tb.live }

// Add adds k.
func (s *Set) Add(t *Thread, k Value) error { return s.tb.insert(t, k, nil) }

// Has reports whether k is an element.
func (s *Set) Has(t *Thread, k Value) (bool, error) {
	i, _, err := s.tb.find(t, k)
	return i >= 0, err
}

// Remove removes k, reporting whether it was present.
func (s *Set) Remove(t *Thread, k Value) (bool, error) {
	_, ok, err := s.tb.remove(t, k)
	return ok, err
}

// Elems returns the elements in the order CPython's set iterates them
// (see setOrder).
func (s *Set) Elems() []Value {
	out := make([]Value, 0, s.tb.live)
	for _, k := range s.tb.keys {
		if k != nil {
			out = append(out, k)
		}
	}
	return setOrder(out, s.fromConstant)
}
