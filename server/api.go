package server

import (
	"crypto/sha256"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/exitplay/exitplay/server/store"
	"github.com/exitplay/exitplay/wasm/sim"
)

// maxBodyBytes bounds every request body.
const maxBodyBytes = 64 << 10

// Snippet is what a permalink stores: an engine request plus a title.
type Snippet struct {
	Code    string                `json:"code"`
	Stdin   string                `json:"stdin"`
	Signals []sim.ScheduledSignal `json:"signals"`
	Stdout  string                `json:"stdout"`
	Title   string                `json:"title"`
}

// canonical returns the snippet's canonical JSON (defaults filled in, field
// order fixed) and the ID derived from its hash.
func (s Snippet) canonical() ([]byte, string, error) {
	if s.Stdout == "" {
		s.Stdout = sim.ModeTTY
	}
	if s.Signals == nil {
		s.Signals = []sim.ScheduledSignal{}
	}
	body, err := json.Marshal(s)
	if err != nil {
		return nil, "", err
	}
	sum := sha256.Sum256(body)
	id := strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(sum[:]))[:12]
	return body, id, nil
}

func (s Snippet) validate() error {
	if len(s.Title) > maxTitleBytes {
		return fmt.Errorf("title is longer than %d bytes", maxTitleBytes)
	}
	return validateRequest(s.Code, s.Stdin, s.Stdout, s.Signals)
}

type shareResponse struct {
	ID  string `json:"id"`
	URL string `json:"url"`
}

func (a *app) share(w http.ResponseWriter, r *http.Request) {
	var s Snippet
	if status, err := decodeJSON(w, r, &s); err != nil {
		writeError(w, status, err.Error())
		return
	}
	if err := s.validate(); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	body, id, err := s.canonical()
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	rec := store.Record{ID: id, Body: body, Engine: sim.Version, Created: time.Now()}
	if err := a.store.Put(r.Context(), rec); err != nil {
		a.log.Error("share failed", "err", err)
		writeError(w, http.StatusInternalServerError, "the snippet could not be stored")
		return
	}
	writeJSON(w, http.StatusCreated, shareResponse{ID: id, URL: "/p/" + id})
}

type snippetResponse struct {
	Snippet
	ID     string `json:"id"`
	Engine string `json:"engine"`
}

func (a *app) snippet(w http.ResponseWriter, r *http.Request) {
	rec, err := a.store.Get(r.Context(), r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "no snippet with that id")
		return
	}
	if err != nil {
		a.log.Error("snippet lookup failed", "err", err)
		writeError(w, http.StatusInternalServerError, "the snippet could not be read")
		return
	}
	resp := snippetResponse{ID: rec.ID, Engine: rec.Engine}
	if err := json.Unmarshal(rec.Body, &resp.Snippet); err != nil {
		writeError(w, http.StatusInternalServerError, "the stored snippet is damaged")
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

func (a *app) health(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "engine": sim.Version})
}

// decodeJSON reads a bounded JSON request body into v, rejecting unknown
// fields and trailing data. On failure it returns the HTTP status to send.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any) (int, error) {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			return http.StatusUnsupportedMediaType, errors.New("the body must be application/json")
		}
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return http.StatusRequestEntityTooLarge, fmt.Errorf("the body is larger than %d bytes", maxBodyBytes)
		}
		return http.StatusBadRequest, fmt.Errorf("invalid JSON: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return http.StatusBadRequest, errors.New("invalid JSON: trailing data after the object")
	}
	return 0, nil
}

// methodNotAllowed answers requests to an API path with the wrong method.
func methodNotAllowed(allowed string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allowed)
		writeError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed here; use "+allowed)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
