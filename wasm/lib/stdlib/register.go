package stdlib

import (
	_ "embed"

	"github.com/exitplay/exitplay/wasm/vm"
)

var (
	//go:embed contextlib.py
	contextlibSrc string
	//go:embed functools.py
	functoolsSrc string
	//go:embed io.py
	ioSrc string
	//go:embed random.py
	randomSrc string
)

func init() {
	vm.RegisterSource("contextlib", contextlibSrc)
	vm.RegisterSource("functools", functoolsSrc)
	vm.RegisterSource("io", ioSrc)
	vm.RegisterSource("random", randomSrc)
	vm.RegisterModule("_random", newRandomCore)
	vm.RegisterModule("math", newMath)
	vm.RegisterModule("traceback", newTraceback)
}
