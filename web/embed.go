// Package web holds the built front end (dist/, produced by build.mjs) for
// the server to embed. The TypeScript sources live in src/.
package web

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var embedded embed.FS

// Dist is the built front end: manifest.json, _headers and assets/.
var Dist = mustSub(embedded, "dist")

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err) // dir is a constant that go:embed guarantees exists
	}
	return sub
}
