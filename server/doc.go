// Package server is exitplay's HTTP application: routes, handlers, assets
// and security headers. It is host-independent: the native binary
// (cmd/exitplay) and the Cloudflare Workers entry (cmd/worker) serve the
// same http.Handler and differ only in the store they pass in and in how
// they listen.
//
// Handlers do HTTP only: decode, validate, call the engine (wasm/sim) or the
// store, and render a templ component or JSON.
package server
