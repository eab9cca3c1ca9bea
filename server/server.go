package server

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"

	"github.com/exitplay/exitplay/server/store"
)

// SnippetStore keeps shared snippets. store.SQL implements it.
type SnippetStore interface {
	// Put stores a record; it returns after the record is durable.
	// Storing an existing ID is a no-op.
	Put(ctx context.Context, r store.Record) error
	// Get returns the record with the ID, or store.ErrNotFound.
	Get(ctx context.Context, id string) (store.Record, error)
}

// Options configure the handler.
type Options struct {
	// Store keeps shared snippets.
	Store SnippetStore
	// Manifest is the front end's manifest.json (web.Manifest).
	Manifest []byte
	// Assets are the built front-end files (web.Files()), served under
	// /assets/. Nil when the platform serves them (Workers static assets).
	Assets fs.FS
	// Logger receives one line per request; nil means slog.Default().
	Logger *slog.Logger
	// RunsPerMinute and SharesPerMinute are per-client rate limits on
	// /api/run and /api/share; zero means 600 and 60.
	RunsPerMinute, SharesPerMinute int
}

// New returns the application's handler.
func New(opts Options) (http.Handler, error) {
	if opts.Store == nil {
		return nil, fmt.Errorf("server: no store")
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	assets, err := loadAssets(opts.Manifest, opts.Assets)
	if err != nil {
		return nil, err
	}
	if opts.RunsPerMinute == 0 {
		opts.RunsPerMinute = 600
	}
	if opts.SharesPerMinute == 0 {
		opts.SharesPerMinute = 60
	}
	app := &app{store: opts.Store, assets: assets, log: opts.Logger, slots: make(runSlots, maxConcurrency),
		results: newResultCache(512)}
	runLimit := newClientLimiter(opts.RunsPerMinute, opts.RunsPerMinute/6+1)
	shareLimit := newClientLimiter(opts.SharesPerMinute, opts.SharesPerMinute/6+1)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", app.playground)
	mux.HandleFunc("POST /{$}", runLimit.limit(app.runForm))
	mux.HandleFunc("GET /examples/{slug}", app.example)
	if opts.Assets != nil {
		mux.Handle("GET /assets/", assets)
	}
	mux.HandleFunc("GET /healthz", app.health)
	mux.HandleFunc("GET /p/{id}", app.permalink)
	mux.HandleFunc("GET /oembed", app.oembed)
	mux.HandleFunc("GET /embed/{id}", app.embedSnippet)
	mux.HandleFunc("GET /embed", app.embedFragment)
	if opts.Assets != nil { // on Workers, static assets serve /embed.js
		mux.Handle("GET /embed.js", embedLoader(opts.Assets))
	}
	mux.HandleFunc("POST /api/run", runLimit.limit(app.run))
	mux.HandleFunc("/api/run", methodNotAllowed("POST"))
	mux.HandleFunc("POST /api/share", shareLimit.limit(app.share))
	mux.HandleFunc("/api/share", methodNotAllowed("POST"))
	mux.HandleFunc("GET /api/snippets/{id}", app.snippet)
	mux.HandleFunc("/api/snippets/{id}", methodNotAllowed("GET"))
	mux.HandleFunc("/", app.notFound)
	return withRequestLog(opts.Logger, withSecurityHeaders(mux)), nil
}

// app holds what the handlers share.
type app struct {
	store  SnippetStore
	assets *assetServer
	log    *slog.Logger
	slots  runSlots
	// results caches the results of stored snippets (permalink pages).
	results *resultCache
}
