package server

import (
	"net/http"

	"github.com/a-h/templ"

	"github.com/exitplay/exitplay/templates"
	"github.com/exitplay/exitplay/wasm/sim"
)

// defaultCode is the snippet a first visit shows.
const defaultCode = `import atexit, sys

atexit.register(print, "atexit: goodbye")
try:
    print("working…")
    sys.exit(3)
finally:
    print("finally runs first")
`

func (a *app) playground(w http.ResponseWriter, r *http.Request) {
	page := templates.PlaygroundPage{Assets: a.assets.urls(), Code: defaultCode, EngineVersion: sim.Version}
	render(w, r, http.StatusOK, templates.Playground(page))
}

func (a *app) notFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, "no such page: "+r.URL.Path)
}

// render writes an HTML page that must never be cached.
func render(w http.ResponseWriter, r *http.Request, status int, c templ.Component) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	c.Render(r.Context(), w)
}
