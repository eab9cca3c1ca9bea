package server

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/exitplay/exitplay/server/store"
	"github.com/exitplay/exitplay/wasm/sim"
)

// memStore is an in-memory SnippetStore for handler tests.
type memStore struct {
	mu   sync.Mutex
	recs map[string]store.Record
}

func (m *memStore) Put(_ context.Context, r store.Record) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.recs[r.ID]; !ok {
		m.recs[r.ID] = r
	}
	return nil
}

func (m *memStore) Get(_ context.Context, id string) (store.Record, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, ok := m.recs[id]
	if !ok {
		return store.Record{}, store.ErrNotFound
	}
	return r, nil
}

const testManifest = `{"main.js":"/assets/main-1.js","style.css":"/assets/style-1.css","engine-worker.js":"/assets/w-1.js","engine.wasm":"/assets/engine-1.wasm","wasm_exec.js":"/assets/x-1.js"}`

func newTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	files := fstest.MapFS{
		"assets/engine-1.wasm":    {Data: []byte("\x00asm-plain")},
		"assets/engine-1.wasm.br": {Data: []byte("brotli-bytes")},
		"assets/main-1.js":        {Data: []byte("console.log(1)")},
	}
	h, err := New(Options{Store: &memStore{recs: map[string]store.Record{}}, Manifest: []byte(testManifest), Assets: files,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func do(t *testing.T, srv *httptest.Server, method, path, ctype, body string, header ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := srv.Client().Transport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp, string(data)
}

func TestShareAndRead(t *testing.T) {
	srv := newTestServer(t)
	resp, body := do(t, srv, "POST", "/api/share", "application/json", `{"code":"print(1)","stdout":"pipe"}`)
	if resp.StatusCode != http.StatusCreated || !strings.Contains(body, `"url":"/p/`) {
		t.Fatalf("share: %d %s", resp.StatusCode, body)
	}
	_, again := do(t, srv, "POST", "/api/share", "application/json", `{"stdout":"pipe","code":"print(1)"}`)
	if again != body {
		t.Errorf("the same snippet shared twice got different links: %s vs %s", body, again)
	}
	id := body[strings.Index(body, `"id":"`)+6:][:12]
	resp, body = do(t, srv, "GET", "/api/snippets/"+id, "", "")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `"code":"print(1)"`) {
		t.Fatalf("read: %d %s", resp.StatusCode, body)
	}
}

func TestAPIErrors(t *testing.T) {
	srv := newTestServer(t)
	big := `{"code":"` + strings.Repeat("x", maxBodyBytes) + `"}`
	for _, tc := range []struct {
		name, method, path, ctype, body string
		status                          int
	}{
		{"wrong content type", "POST", "/api/share", "text/plain", `{}`, http.StatusUnsupportedMediaType},
		{"not JSON", "POST", "/api/share", "application/json", `{"code":`, http.StatusBadRequest},
		{"unknown field", "POST", "/api/share", "application/json", `{"cod":"x"}`, http.StatusBadRequest},
		{"trailing data", "POST", "/api/share", "application/json", `{"code":"x"} {}`, http.StatusBadRequest},
		{"bad mode", "POST", "/api/share", "application/json", `{"code":"x","stdout":"file"}`, http.StatusBadRequest},
		{"too large", "POST", "/api/share", "application/json", big, http.StatusRequestEntityTooLarge},
		{"unknown snippet", "GET", "/api/snippets/nope", "", "", http.StatusNotFound},
		{"wrong method", "GET", "/api/share", "", "", http.StatusMethodNotAllowed},
		{"unknown API path", "GET", "/api/nowhere", "", "", http.StatusNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, srv, tc.method, tc.path, tc.ctype, tc.body)
			if resp.StatusCode != tc.status {
				t.Errorf("status %d, want %d (%s)", resp.StatusCode, tc.status, body)
			}
			if !strings.Contains(body, `"error":`) {
				t.Errorf("body is not a JSON error: %s", body)
			}
		})
	}
}

func TestHeadersAndAssets(t *testing.T) {
	srv := newTestServer(t)
	resp, body := do(t, srv, "GET", "/", "", "")
	if resp.StatusCode != 200 || resp.Header.Get("Cache-Control") != "no-store" || !strings.Contains(body, "/assets/engine-1.wasm") {
		t.Fatalf("page: %d %q", resp.StatusCode, resp.Header.Get("Cache-Control"))
	}
	for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Request-Id"} {
		if resp.Header.Get(h) == "" {
			t.Errorf("missing %s", h)
		}
	}
	resp, body = do(t, srv, "GET", "/assets/engine-1.wasm", "", "", "Accept-Encoding", "gzip, br")
	if resp.Header.Get("Content-Type") != "application/wasm" || resp.Header.Get("Content-Encoding") != "br" || body != "brotli-bytes" {
		t.Errorf("br asset: %v %q", resp.Header, body)
	}
	resp, body = do(t, srv, "GET", "/assets/engine-1.wasm", "", "", "Accept-Encoding", "br;q=0")
	if resp.Header.Get("Content-Encoding") != "" || body != "\x00asm-plain" || !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("plain asset: %v %q", resp.Header, body)
	}
	if resp, _ := do(t, srv, "GET", "/assets/engine-1.wasm.br", "", ""); resp.StatusCode != http.StatusNotFound {
		t.Errorf("compressed variants must not be addressable directly: %d", resp.StatusCode)
	}
}

func TestRunValidatesAndAnswersWithAResult(t *testing.T) {
	srv := newTestServer(t)
	resp, body := do(t, srv, "POST", "/api/run", "application/json", `{"code":"print(6 * 7)\n","stdout":"pipe"}`)
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `"engine":`) || !strings.Contains(body, `"returncode":`) {
		t.Fatalf("run: %d %s", resp.StatusCode, body)
	}
	for _, bad := range []string{
		`{"code":"x","limits":{"steps":999999999999}}`,
		`{"code":"x","limits":{"seconds":-1}}`,
		`{"code":"x","signals":[{"signal":"SIGTERM","at":-2}]}`,
		`{"code":"x","signals":[{"signal":"","at":1}]}`,
		`{"code":"` + strings.Repeat("x", maxCodeBytes+1) + `"}`,
	} {
		if resp, body := do(t, srv, "POST", "/api/run", "application/json", bad); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%.60s…: status %d (%s)", bad, resp.StatusCode, body)
		}
	}
}

func TestClientLimiter(t *testing.T) {
	c := newClientLimiter(60, 2) // one a second, bursts of two
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 2; i++ {
		if ok, _ := c.allow("a", now); !ok {
			t.Fatalf("request %d within the burst was refused", i)
		}
	}
	ok, wait := c.allow("a", now)
	if ok || wait <= 0 || wait > time.Second {
		t.Fatalf("third request: ok=%v wait=%v", ok, wait)
	}
	if ok, _ := c.allow("b", now); !ok {
		t.Fatal("another client was limited by the first")
	}
	if ok, _ := c.allow("a", now.Add(time.Second)); !ok {
		t.Fatal("the bucket did not refill")
	}
}

func TestShareIsRateLimited(t *testing.T) {
	h, err := New(Options{Store: &memStore{recs: map[string]store.Record{}}, Manifest: []byte(testManifest),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), SharesPerMinute: 6})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	var last *http.Response
	for i := 0; i < 5; i++ {
		last, _ = do(t, srv, "POST", "/api/share", "application/json", `{"code":"print(`+strconv.Itoa(i)+`)"}`)
	}
	if last.StatusCode != http.StatusTooManyRequests || last.Header.Get("Retry-After") == "" {
		t.Fatalf("after a burst: status %d, Retry-After %q", last.StatusCode, last.Header.Get("Retry-After"))
	}
}

func TestRawCodeAndOEmbed(t *testing.T) {
	srv := newTestServer(t)
	code := "import sys\nprint('</script>')\nsys.exit(3)\n"
	body, _ := json.Marshal(map[string]string{"code": code, "title": `Exit "3" <b>`})
	_, shared := do(t, srv, "POST", "/api/share", "application/json", string(body))
	var s shareResponse
	json.Unmarshal([]byte(shared), &s)

	resp, raw := do(t, srv, "GET", "/p/"+s.ID+".py", "", "")
	if resp.StatusCode != 200 || raw != code || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") {
		t.Fatalf("raw: %d %q %q", resp.StatusCode, resp.Header.Get("Content-Type"), raw)
	}
	if resp, _ := do(t, srv, "GET", "/p/nosuchid.py", "", ""); resp.StatusCode != 404 {
		t.Errorf("unknown raw: %d", resp.StatusCode)
	}

	resp, oe := do(t, srv, "GET", "/oembed?format=json&url="+url.QueryEscape(srv.URL+"/p/"+s.ID), "", "")
	var got oembedResponse
	if err := json.Unmarshal([]byte(oe), &got); err != nil || resp.StatusCode != 200 {
		t.Fatalf("oembed: %d %s", resp.StatusCode, oe)
	}
	if got.Type != "rich" || got.Version != "1.0" || !strings.Contains(got.HTML, `<iframe src="`+srv.URL+`/embed/`+s.ID+`"`) ||
		!strings.Contains(got.HTML, `title="Exit &#34;3&#34; &lt;b&gt;"`) {
		t.Errorf("oembed response: %+v", got)
	}
	for q, want := range map[string]int{
		"url=" + url.QueryEscape(srv.URL+"/p/nosuch"): 404,
		"url=" + url.QueryEscape(srv.URL+"/other"):    404,
		"":                 400,
		"format=xml&url=x": 501,
	} {
		if resp, _ := do(t, srv, "GET", "/oembed?"+q, "", ""); resp.StatusCode != want {
			t.Errorf("oembed?%s: %d, want %d", q, resp.StatusCode, want)
		}
	}
}

func TestResultCacheKeepsFinishedRunsOnly(t *testing.T) {
	c := newResultCache(2)
	c.put("a", sim.Result{Reason: sim.ReasonNormal, Stdout: "a"})
	c.put("limit", sim.Result{Reason: sim.ReasonLimit})
	c.put("broken", sim.Result{Reason: sim.ReasonInternalError})
	if _, ok := c.get("limit"); ok {
		t.Error("a run stopped by a limit was cached")
	}
	if _, ok := c.get("broken"); ok {
		t.Error("an internal error was cached")
	}
	c.put("b", sim.Result{Reason: sim.ReasonSystemExit})
	c.put("c", sim.Result{Reason: sim.ReasonNormal})
	if _, ok := c.get("a"); ok {
		t.Error("the oldest entry was not evicted")
	}
	if r, ok := c.get("c"); !ok || r.Reason != sim.ReasonNormal {
		t.Error("the newest entry is missing")
	}
}
