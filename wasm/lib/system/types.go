package system

import "github.com/exitplay/exitplay/wasm/vm"

// newType returns a built-in class implemented in Go: module.name, deriving
// from bases (object when none), with built-in methods and read-only
// properties.
func newType(name, module string, bases []*vm.Type, methods map[string]vm.BuiltinFunc, getters map[string]func(self vm.Value) vm.Value) *vm.Type {
	if len(bases) == 0 {
		bases = []*vm.Type{vm.ObjectType}
	}
	tp := &vm.Type{Name: name, Qualname: name, Module: module, Bases: bases, Builtin: true}
	tp.MRO = []*vm.Type{tp}
	seen := map[*vm.Type]bool{}
	for _, b := range bases {
		for _, c := range b.MRO {
			if !seen[c] && c != vm.ObjectType && c != vm.BaseExceptionType {
				seen[c] = true
				tp.MRO = append(tp.MRO, c)
			}
		}
	}
	if bases[0].IsSubtype(vm.BaseExceptionType) {
		tp.MRO = append(tp.MRO, vm.BaseExceptionType)
	}
	tp.MRO = append(tp.MRO, vm.ObjectType)
	tp.Dict = classDict(name, methods, getters)
	return tp
}

// classDict returns the dict of a class named name with built-in methods
// and read-only properties.
func classDict(name string, methods map[string]vm.BuiltinFunc, getters map[string]func(self vm.Value) vm.Value) *vm.Dict {
	d := vm.NewDict()
	for n, fn := range methods {
		d.SetStr(n, &vm.Builtin{Name: n, Fn: fn, Module: name})
	}
	for n, get := range getters {
		get := get
		d.SetStr(n, &vm.Property{Get: vm.NewBuiltin(n, func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			return get(args[0]), nil
		}), Set: vm.None, Del: vm.None, Doc: vm.None})
	}
	return d
}

// newExcType returns an exception class made in Go, such as
// io.UnsupportedOperation, that Go code raises and Python code catches.
func newExcType(name, module string, bases ...*vm.Type) *vm.Type {
	return newType(name, module, bases, nil, nil)
}
