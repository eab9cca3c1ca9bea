package server

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/exitplay/exitplay/templates"
	"github.com/exitplay/exitplay/wasm/sim"
)

// WriteStatic writes the playground as plain files into dir, for a static
// host with no server behind it: index.html (the playground with the
// default snippet, run now for the first paint), the hashed assets and
// embed.js. In the browser the page runs everything in WASM; with no store
// to reach, Share gives self-contained /#v1.… links, which this page opens.
func WriteStatic(dir string, manifest []byte, files fs.FS) error {
	assets, err := loadAssets(manifest, files)
	if err != nil {
		return err
	}
	a := &app{assets: assets, log: slog.Default()}
	req := sim.Request{Code: defaultCode, Stdout: sim.ModeTTY}
	page := a.page(req, nil)
	page.Outcome = templates.NewOutcome(sim.Run(req))

	if err := os.MkdirAll(filepath.Join(dir, "assets"), 0o755); err != nil {
		return err
	}
	index, err := os.Create(filepath.Join(dir, "index.html"))
	if err != nil {
		return err
	}
	if err := templates.Playground(page).Render(context.Background(), index); err != nil {
		index.Close()
		return fmt.Errorf("static: render index.html: %w", err)
	}
	if err := index.Close(); err != nil {
		return err
	}
	return fs.WalkDir(files, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !strings.HasPrefix(path, "assets/") && path != "embed.js" {
			return nil // manifest.json, _headers: for the servers, not the page
		}
		data, err := fs.ReadFile(files, path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, path), data, 0o644)
	})
}
