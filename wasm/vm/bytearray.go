package vm

// bytearray: a mutable bytes. Reading operations and the bytes methods
// run on a Bytes snapshot of the contents; the methods that build a new
// sequence answer with bytearray, as CPython's do.

// ByteArray is a Python bytearray.
type ByteArray struct{ B []byte }

// ByteArrayType is bytearray.
var ByteArrayType = newType("bytearray", ObjectType)

// Type returns bytearray.
func (*ByteArray) Type() *Type { return ByteArrayType }

// bytesView returns the contents of a bytearray as bytes, and any other
// value unchanged, for the operations that only read.
func bytesView(v Value) Value {
	if ba, ok := v.(*ByteArray); ok {
		return Bytes(ba.B)
	}
	return v
}

// byteArrayResult turns the bytes in a method's result into bytearrays.
func byteArrayResult(v Value) Value {
	return mapResult(v, func(v Value) Value {
		if b, ok := v.(Bytes); ok {
			return &ByteArray{B: []byte(b)}
		}
		return v
	})
}

// byteValue checks a value stored into a bytearray.
func byteValue(t *Thread, v Value) (byte, error) {
	n, ok, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, t.typeErrorf("'%s' object cannot be interpreted as an integer", typeName(v))
	}
	if n < 0 || n > 255 {
		return 0, t.valueErrorf("byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// byteArrayIndex converts an index into a position of ba.
func byteArrayIndex(t *Thread, ba *ByteArray, k Value) (int, error) {
	i, ok, err := Index(t, k)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, t.typeErrorf("bytearray indices must be integers or slices, not %s", typeName(k))
	}
	if i < 0 {
		i += int64(len(ba.B))
	}
	if i < 0 || i >= int64(len(ba.B)) {
		return 0, Errorf(IndexErrorType, "bytearray index out of range")
	}
	return int(i), nil
}

// byteArraySetItem is ba[k] = v.
func byteArraySetItem(t *Thread, ba *ByteArray, k, v Value) error {
	if sl, ok := k.(*Slice); ok {
		src, err := BytesType.callFn(t, BytesType, []Value{bytesView(v)}, nil)
		if err != nil {
			return err
		}
		start, stop, step, err := t.sliceIndices(sl, int64(len(ba.B)))
		if err != nil {
			return err
		}
		if step != 1 {
			return Errorf(NotImplementedErrType, "exitplay does not support extended slice assignment to bytearray")
		}
		stop = max(stop, start)
		ba.B = append(append(append([]byte(nil), ba.B[:start]...), src.(Bytes)...), ba.B[stop:]...)
		return nil
	}
	i, err := byteArrayIndex(t, ba, k)
	if err != nil {
		return err
	}
	b, err := byteValue(t, v)
	ba.B[i] = b
	return err
}

// initByteArray sets up bytearray from the bytes methods; bytes.go's
// init calls it once they exist.
func initByteArray() {
	ByteArrayType.callFn = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 0 {
			return &ByteArray{}, nil
		}
		b, err := BytesType.callFn(t, BytesType, args, kw)
		if err != nil {
			return nil, err
		}
		return &ByteArray{B: []byte(b.(Bytes))}, nil
	}
	var methods []method
	for _, kv := range BytesType.Dict.Items() {
		name := string(kv[0].(Str))
		fn, ok := kv[1].(*Builtin)
		if !ok {
			continue
		}
		methods = append(methods, method{name, func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			conv := make([]Value, len(args))
			for i, a := range args {
				conv[i] = bytesView(a)
			}
			r, err := fn.Fn(t, conv, kw)
			if err != nil {
				return nil, err
			}
			return byteArrayResult(r), nil
		}})
	}
	methods = append(methods, []method{
		{"append", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, t.typeErrorf("bytearray.append() takes exactly one argument (%d given)", len(args)-1)
			}
			b, err := byteValue(t, args[1])
			if err != nil {
				return nil, err
			}
			ba := args[0].(*ByteArray)
			ba.B = append(ba.B, b)
			return None, nil
		}},
		{"extend", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, t.typeErrorf("bytearray.extend() takes exactly one argument (%d given)", len(args)-1)
			}
			if _, ok := args[1].(Str); ok {
				return nil, t.typeErrorf("expected iterable of integers; got: 'str'")
			}
			b, err := BytesType.callFn(t, BytesType, []Value{bytesView(args[1])}, nil)
			if err != nil {
				return nil, err
			}
			ba := args[0].(*ByteArray)
			ba.B = append(ba.B, b.(Bytes)...)
			return None, nil
		}},
		{"insert", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			ba := args[0].(*ByteArray)
			i, err := insertPosition(t, args, len(ba.B))
			if err != nil {
				return nil, err
			}
			b, err := byteValue(t, args[2])
			if err != nil {
				return nil, err
			}
			ba.B = append(ba.B[:i:i], append([]byte{b}, ba.B[i:]...)...)
			return None, nil
		}},
		{"pop", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			ba := args[0].(*ByteArray)
			if len(ba.B) == 0 {
				return nil, Errorf(IndexErrorType, "pop from empty bytearray")
			}
			var k Value = Int(-1)
			if len(args) > 1 {
				k = args[1]
			}
			i, err := byteArrayIndex(t, ba, k)
			if err != nil {
				return nil, err
			}
			b := ba.B[i]
			ba.B = append(ba.B[:i:i], ba.B[i+1:]...)
			return Int(b), nil
		}},
		{"remove", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			ba := args[0].(*ByteArray)
			b, err := byteValue(t, args[1])
			if err != nil {
				return nil, err
			}
			for i, c := range ba.B {
				if c == b {
					ba.B = append(ba.B[:i:i], ba.B[i+1:]...)
					return None, nil
				}
			}
			return nil, t.valueErrorf("value not found in bytearray")
		}},
		{"clear", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			args[0].(*ByteArray).B = nil
			return None, nil
		}},
		{"reverse", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			reverseBytes(args[0].(*ByteArray).B)
			return None, nil
		}},
		{"copy", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return &ByteArray{B: append([]byte(nil), args[0].(*ByteArray).B...)}, nil
		}},
		{"__len__", builtinLenMethod},
	}...)
	ByteArrayType.setMethods(methods)
	ByteArrayType.Dict.SetStr("fromhex", &ClassMethod{Func: NewBuiltin("fromhex", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		fromhex, _ := BytesType.Dict.GetStr("fromhex")
		r, err := fromhex.(*ClassMethod).Func.(*Builtin).Fn(t, args, kw)
		if err != nil {
			return nil, err
		}
		return byteArrayResult(r), nil
	})})
}
