//go:build js && wasm

// Command worker serves exitplay on Cloudflare Workers: the same handler as
// the native server, with snippets in D1 and the front end served by
// Workers static assets. workerd starts a fresh instance for every request,
// so everything here is per-request and the schema comes from
// `wrangler d1 migrations apply`, not from startup DDL.
package main

import (
	"context"
	"database/sql"
	"log/slog"
	"os"
	"sync"

	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare/d1"

	"github.com/exitplay/exitplay/server"
	"github.com/exitplay/exitplay/server/store"
	"github.com/exitplay/exitplay/web"
)

// binding is the D1 binding name in wrangler.jsonc.
const binding = "DB"

func main() {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	handler, err := server.New(server.Options{Store: &d1Store{}, Manifest: web.Manifest, Logger: log})
	if err != nil {
		panic(err) // the manifest is embedded at build time; this is a build error
	}
	workers.Serve(handler)
}

// d1Store opens the D1 database on first use: the binding is only reachable
// while a request is being served.
type d1Store struct {
	once sync.Once
	sql  *store.SQL
	err  error
}

func (s *d1Store) open() (*store.SQL, error) {
	s.once.Do(func() {
		connector, err := d1.OpenConnector(binding)
		if err != nil {
			s.err = err
			return
		}
		s.sql = store.New(sql.OpenDB(connector))
	})
	return s.sql, s.err
}

func (s *d1Store) Put(ctx context.Context, r store.Record) error {
	db, err := s.open()
	if err != nil {
		return err
	}
	return db.Put(ctx, r)
}

func (s *d1Store) Get(ctx context.Context, id string) (store.Record, error) {
	db, err := s.open()
	if err != nil {
		return store.Record{}, err
	}
	return db.Get(ctx, id)
}
