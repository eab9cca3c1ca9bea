package stdlib

import "github.com/exitplay/exitplay/wasm/vm"

// newGC builds the gc module: collect() finalizes unreachable objects,
// reference cycles included, as CPython's cycle collector does. The other
// functions exist for programs that switch the collector off and on.
func newGC(t *vm.Thread) (*vm.Module, error) {
	m := vm.NewModule("gc")
	enabled := true
	m.SetFunc("collect", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.Int(0), t.Interp().CollectCycles()
	})
	m.SetFunc("enable", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		enabled = true
		return vm.None, nil
	})
	m.SetFunc("disable", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		enabled = false
		return vm.None, nil
	})
	m.SetFunc("isenabled", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		return vm.Bool(enabled), nil
	})
	return m, nil
}
