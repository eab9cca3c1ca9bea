//go:build !js

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/exitplay/exitplay/server"
	"github.com/exitplay/exitplay/server/store"
	"github.com/exitplay/exitplay/web"
)

// drainTimeout bounds how long shutdown waits for in-flight requests.
const drainTimeout = 10 * time.Second

// serveCommand runs the native server until SIGINT or SIGTERM, then shuts
// down gracefully: stop accepting, drain in-flight requests, close the
// store, exit 0.
func serveCommand(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", defaultAddr(), "listen address (PORT in the environment sets the default port)")
	dbPath := fs.String("db", envOr("EXITPLAY_DB", "data/exitplay.db"), "SQLite database file (env EXITPLAY_DB)")
	runs := fs.Int("runs-per-minute", 600, "per-client rate limit on /api/run")
	shares := fs.Int("shares-per-minute", 60, "per-client rate limit on /api/share")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	limits := server.Options{RunsPerMinute: *runs, SharesPerMinute: *shares}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ready := func(addr net.Addr) { fmt.Fprintf(os.Stdout, "exitplay: serving on http://%s\n", addr) }
	if err := serve(ctx, *addr, *dbPath, limits, log, ready); err != nil {
		log.Error("server failed", "err", err)
		return 1
	}
	return 0
}

// serve runs the server on addr until ctx is done, then shuts down
// gracefully. ready is called once the listener accepts connections.
// opts supplies the rate limits; serve fills in the rest.
func serve(ctx context.Context, addr, dbPath string, opts server.Options, log *slog.Logger, ready func(net.Addr)) error {
	db, err := store.OpenSQLite(ctx, dbPath)
	if err != nil {
		return err
	}
	opts.Store, opts.Manifest, opts.Assets, opts.Logger = db, web.Manifest, web.Files(), log
	handler, err := server.New(opts)
	if err != nil {
		db.Close()
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		db.Close()
		return err
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	log.Info("exitplay serving", "url", "http://"+ln.Addr().String(), "db", dbPath)
	ready(ln.Addr())

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	select {
	case err := <-served:
		db.Close()
		return err
	case <-ctx.Done():
	}
	log.Info("shutdown: signal received; no longer accepting connections", "cause", context.Cause(ctx))
	drainCtx, cancel := context.WithTimeout(context.Background(), drainTimeout)
	defer cancel()
	if err := srv.Shutdown(drainCtx); err != nil {
		log.Warn("shutdown: in-flight requests did not finish in time", "timeout", drainTimeout, "err", err)
	} else {
		log.Info("shutdown: in-flight requests drained")
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Warn("shutdown: listener error", "err", err)
	}
	if err := db.Close(); err != nil {
		log.Error("shutdown: closing the store failed", "err", err)
		return err
	}
	log.Info("shutdown: store closed")
	log.Info("shutdown: complete; exiting 0")
	return nil
}

// defaultAddr is 127.0.0.1:8080, or 127.0.0.1:$PORT.
func defaultAddr() string {
	return "127.0.0.1:" + envOr("PORT", "8080")
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
