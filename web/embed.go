// Package web holds the built front end (dist/, produced by build.mjs) for
// the server to embed. The TypeScript sources live in src/.
package web

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Manifest maps the front end's logical file names to their content-hashed
// URLs. It is embedded on its own so that a host whose platform serves the
// files (Cloudflare Workers static assets) links to them without embedding
// them.
//
//go:embed dist/manifest.json
var Manifest []byte

// Files returns the built front end: manifest.json, _headers and assets/.
func Files() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // "dist" is embedded above, so Sub cannot fail
	}
	return sub
}
