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
	//go:embed string.py
	stringSrc string
	//go:embed itertools.py
	itertoolsSrc string
	//go:embed collections.py
	collectionsSrc string
	//go:embed _collections.py
	nativeCollectionsSrc string
	//go:embed keyword.py
	keywordSrc string
	//go:embed _collections_abc.py
	collectionsABCSrc string
)

func init() {
	vm.RegisterSource("contextlib", contextlibSrc)
	vm.RegisterSource("functools", functoolsSrc)
	vm.RegisterNativeSource("io", ioSrc)
	vm.RegisterSource("random", randomSrc)
	vm.RegisterSource("string", stringSrc)
	vm.RegisterSource("itertools", itertoolsSrc)
	vm.RegisterSource("collections", collectionsSrc)
	vm.RegisterNativeSource("_collections", nativeCollectionsSrc)
	vm.RegisterSource("keyword", keywordSrc)
	vm.RegisterFrozenSource("_collections_abc", collectionsABCSrc)
	vm.RegisterModule("_random", newRandomCore)
	vm.RegisterModule("math", newMath)
	vm.RegisterModule("gc", newGC)
	vm.RegisterModule("traceback", newTraceback)
}
