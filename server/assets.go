package server

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/exitplay/exitplay/templates"
)

// assetServer serves the content-hashed front-end files with long-lived
// caching, preferring the precompressed .br or .gz variant the client
// accepts.
type assetServer struct {
	files    fs.FS
	manifest map[string]string
}

func loadAssets(manifest []byte, files fs.FS) (*assetServer, error) {
	if len(manifest) == 0 {
		return nil, fmt.Errorf("server: front end not built (run make build): empty manifest")
	}
	a := &assetServer{files: files}
	if err := json.Unmarshal(manifest, &a.manifest); err != nil {
		return nil, fmt.Errorf("server: bad manifest.json: %w", err)
	}
	for _, name := range []string{"main.js", "style.css", "engine-worker.js", "engine.wasm", "wasm_exec.js"} {
		if a.manifest[name] == "" {
			return nil, fmt.Errorf("server: manifest.json lacks %s", name)
		}
	}
	return a, nil
}

// urls returns the hashed URLs the pages link to.
func (a *assetServer) urls() templates.Assets {
	return templates.Assets{
		Script:       a.manifest["main.js"],
		Style:        a.manifest["style.css"],
		EngineWorker: a.manifest["engine-worker.js"],
		EngineWasm:   a.manifest["engine.wasm"],
		WasmExec:     a.manifest["wasm_exec.js"],
		EmbedScript:  a.manifest["embed-page.js"],
	}
}

func (a *assetServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
	if !strings.HasPrefix(name, "assets/") || strings.HasSuffix(name, ".gz") || strings.HasSuffix(name, ".br") {
		http.NotFound(w, r)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Add("Vary", "Accept-Encoding")

	accepted := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !acceptsEncoding(accepted, enc.token) {
			continue
		}
		if data, err := fs.ReadFile(a.files, name+enc.ext); err == nil {
			h.Set("Content-Encoding", enc.token)
			w.Write(data)
			return
		}
	}
	data, err := fs.ReadFile(a.files, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

// acceptsEncoding reports whether an Accept-Encoding header allows token
// (present with a non-zero quality).
func acceptsEncoding(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(part, ";")
		if !strings.EqualFold(strings.TrimSpace(name), token) {
			continue
		}
		for _, param := range strings.Split(params, ";") {
			key, value, _ := strings.Cut(strings.TrimSpace(param), "=")
			if key == "q" {
				q, err := strconv.ParseFloat(value, 64)
				return err == nil && q > 0
			}
		}
		return true
	}
	return false
}

func init() {
	// Not every system mime table knows wasm; compileStreaming needs it.
	mime.AddExtensionType(".wasm", "application/wasm")
	mime.AddExtensionType(".js", "text/javascript; charset=utf-8")
	mime.AddExtensionType(".css", "text/css; charset=utf-8")
}
