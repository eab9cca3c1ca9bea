package vm

import "github.com/exitplay/exitplay/wasm/syntax"

// setOrder returns the elements of a set, given in insertion order, in the
// order CPython 3.11's hash table holds them, which is the order it
// iterates and prints them: {3, 1, 2} prints as {1, 2, 3}. The table is
// rebuilt as Objects/setobject.c fills it (linear probing over 9 slots,
// then perturbed jumps; resized to used*4 once two thirds full). Only
// numbers have hashes that do not change from run to run; a set holding
// anything else keeps its insertion order, one of the orders CPython can
// show. Removals are not replayed, so after a removal the order may
// differ from CPython's. A display of constants (fromConstant) is built
// as CPython builds it: a frozenset filled one by one, then merged into
// an empty set sized for twice its elements.
// isFoldable reports whether CPython's compiler folds e into a constant:
// literals and operators applied to them, such as -1 or 2**10.
func isFoldable(e syntax.Expr) bool {
	switch x := e.(type) {
	case *syntax.Constant:
		return true
	case *syntax.UnaryOp:
		return x.Op != syntax.Not && isFoldable(x.Operand)
	case *syntax.BinOp:
		return isFoldable(x.Left) && isFoldable(x.Right)
	case *syntax.Tuple:
		for _, el := range x.Elts {
			if !isFoldable(el) {
				return false
			}
		}
		return true
	}
	return false
}

func setOrder(keys []Value, fromConstant bool) []Value {
	if len(keys) < 2 {
		return keys
	}
	hashes := make([]uint64, len(keys))
	for i, k := range keys {
		var h int64
		switch x := k.(type) {
		case Int:
			h = hashInt(int64(x))
		case Bool:
			h = int64(b2i(x))
		case Float:
			h = hashFloat(float64(x))
		default:
			return keys
		}
		hashes[i] = uint64(h)
	}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	table := fillTable(hashes, order)
	if fromConstant {
		// The compiler's frozenset is rebuilt once from its own order
		// when constants are merged, then copied into a table sized for
		// twice its elements.
		table = fillTable(hashes, occupied(table))
		size := 8
		for size <= 2*len(keys) {
			size <<= 1
		}
		table = reinsert(make([]int, size), hashes, occupied(table))
	}
	out := make([]Value, 0, len(keys))
	for _, i := range occupied(table) {
		out = append(out, keys[i])
	}
	return out
}

// fillTable adds the keys with the given hashes, in order, to an empty
// set table as set_add_entry does, growing it as set_table_resize does.
// A table slot holds a key's index plus one, or 0.
func fillTable(hashes []uint64, order []int) []int {
	table := make([]int, 8)
	used := 0
	for _, i := range order {
		table[probeSlot(table, hashes[i])] = i + 1
		used++
		if used*5 >= (len(table)-1)*3 {
			minused := used * 4
			if used > 50000 {
				minused = used * 2
			}
			size := 8
			for size <= minused {
				size <<= 1
			}
			table = reinsert(make([]int, size), hashes, occupied(table))
		}
	}
	return table
}

// reinsert puts keys into an empty table as set_insert_clean does.
func reinsert(table []int, hashes []uint64, order []int) []int {
	for _, i := range order {
		table[probeSlot(table, hashes[i])] = i + 1
	}
	return table
}

// occupied returns the key indexes of a table in slot order.
func occupied(table []int) []int {
	var out []int
	for _, e := range table {
		if e != 0 {
			out = append(out, e-1)
		}
	}
	return out
}

// probeSlot finds the free slot for hash h: 10 consecutive slots from
// h&mask, then perturbed jumps (LINEAR_PROBES 9, PERTURB_SHIFT 5).
func probeSlot(table []int, h uint64) uint64 {
	mask := uint64(len(table) - 1)
	i, perturb := h&mask, h
	for {
		if table[i] == 0 {
			return i
		}
		if i+9 <= mask {
			for j := uint64(1); j <= 9; j++ {
				if table[i+j] == 0 {
					return i + j
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}
