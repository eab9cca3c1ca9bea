package server

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/a-h/templ"
)

// contentSecurityPolicy is the policy of a response. Pages may run only
// the scripts they carry the request's nonce on; every other response (the
// assets, the engine's worker among them) may load the site's own scripts.
// 'wasm-unsafe-eval' lets the engine module compile. Only the embed pages
// may be framed, by any site.
func contentSecurityPolicy(nonce string, framable bool) string {
	scripts := "'self'"
	if nonce != "" {
		scripts = "'nonce-" + nonce + "'"
	}
	ancestors := "'none'"
	if framable {
		ancestors = "*"
	}
	return "default-src 'self'; script-src " + scripts + " 'wasm-unsafe-eval'; " +
		"worker-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
		"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors " + ancestors
}

// framable reports whether a path is an embed page, which other sites may
// put in an iframe.
func framable(path string) bool {
	return path == "/embed" || strings.HasPrefix(path, "/embed/")
}

// withSecurityHeaders sets the headers every response carries and gives
// each page request a fresh script nonce (templ.GetNonce reads it).
func withSecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		nonce := ""
		if !strings.HasPrefix(r.URL.Path, "/assets/") {
			nonce = newNonce()
			r = r.WithContext(templ.WithNonce(r.Context(), nonce))
		}
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy(nonce, framable(r.URL.Path)))
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		next.ServeHTTP(w, r)
	})
}

// newNonce returns 128 random bits, base64-encoded, for a CSP nonce.
func newNonce() string {
	var b [16]byte
	rand.Read(b[:])
	return base64.StdEncoding.EncodeToString(b[:])
}

// statusRecorder remembers the status code a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// withRequestLog gives each request an ID (X-Request-Id) and logs it once
// it is answered.
func withRequestLog(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := newRequestID()
		w.Header().Set("X-Request-Id", id)
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		log.Info("request", "id", id, "method", r.Method, "path", r.URL.Path,
			"status", rec.status, "duration", time.Since(start))
	})
}

func newRequestID() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
