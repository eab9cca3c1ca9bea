package system

import (
	_ "embed"

	"github.com/exitplay/exitplay/wasm/vm"
)

// The modules written in Python, run by the interpreter on import like
// modules of the standard library (their tracebacks show
// "<stdlib>/NAME.py").

// signalPy is the Python layer of the signal module, run by the
// interpreter on import like a module of the standard library.
//
//go:embed signal.py
var signalPy string

// weakrefPy is the weakref module (finalize), in Python.
//
//go:embed weakref.py
var weakrefPy string

// osPy is the os module over posix, frozen as in CPython ("<frozen os>").
//
//go:embed os.py
var osPy string

func init() {
	vm.RegisterFrozenSource("os", osPy)
	vm.RegisterSource("signal", signalPy)
	vm.RegisterSource("weakref", weakrefPy)
}
