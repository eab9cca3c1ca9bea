# exitplay — build, run and test everything from a fresh clone.
#
#   make run     install what is needed, build, serve on http://127.0.0.1:8080 (PORT overrides)
#   make test    the whole suite, Playwright in Debian's Chromium included (CI runs this)
#
# Builds are incremental: each output depends on its sources.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:

PORT ?= 8080
GO ?= go
GOROOT := $(shell $(GO) env GOROOT)
WASM_EXEC := $(firstword $(wildcard $(GOROOT)/lib/wasm/wasm_exec.js $(GOROOT)/misc/wasm/wasm_exec.js))

# Offline, silent wrangler (see docs: it otherwise checks for updates and fetches Request.cf).
export WRANGLER_SEND_METRICS := false
export WRANGLER_SEND_ERROR_REPORTS := false
export WRANGLER_HIDE_BANNER := true
export CLOUDFLARE_CF_FETCH_ENABLED := false

GO_SOURCES := go.mod go.sum $(shell find wasm server templates web -name '*.go' -not -path '*/node_modules/*' 2>/dev/null)
ENGINE_SOURCES := go.mod go.sum $(shell find wasm -name '*.go' -not -name '*_test.go' 2>/dev/null)
TEMPL_SOURCES := $(wildcard templates/*.templ)
TEMPL_OUTPUTS := $(TEMPL_SOURCES:.templ=_templ.go)
WEB_SOURCES := $(shell find web/src -type f) web/build.mjs web/compress.mjs web/tsconfig.json
WRANGLER := web/node_modules/.bin/wrangler
WRANGLER_CONFIG := server/cmd/worker/wrangler.jsonc
WORKER_BUILD := server/cmd/worker/build
WORKER_STATE := data/wrangler
# The engine formats its messages with wasm/internal/printf, not fmt; vet checks those calls too.
PRINTF := github.com/exitplay/exitplay/wasm/internal/printf
VET_FLAGS := -printf.funcs=$(PRINTF).Sprintf,$(PRINTF).Errorf,$(PRINTF).Fprintf

.PHONY: all build static run test vet gotest e2e web-check templ worker worker-dev goldens bench size fuzz chromium loadtest clean

all: build

## build: bin/exitplay, the front end and the browser engine module
build: bin/exitplay

bin/exitplay: $(GO_SOURCES) $(TEMPL_OUTPUTS) web/dist/manifest.json
	$(GO) build -o $@ ./server/cmd/exitplay

run: build
	./bin/exitplay serve --addr 127.0.0.1:$(PORT)

# --- front end -------------------------------------------------------------

web/node_modules/.stamp: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	touch $@

playwright/node_modules/.stamp: playwright/package.json playwright/package-lock.json
	cd playwright && npm ci --no-audit --no-fund
	touch $@

# The browser engine module. The engine's own packages are compiled without
# inlining (-l): that keeps the module about 105 KB (brotli) smaller, and under
# V8 (node, Chromium) the evaluator's benchmarks and the seed examples'
# re-runs measured within noise of the inlined build (the evaluator's hot
# path is calls through closures, which are not inlined anyway). Go's runtime
# and standard library keep their inlining; the native server and CLI keep
# Go's defaults. `make size` prints the sizes.
ENGINE_PKG := github.com/exitplay/exitplay/wasm
ENGINE_GCFLAGS := $(foreach p,syntax compile vm process trace sim lib/... internal/...,-gcflags=$(ENGINE_PKG)/$(p)=-l)
# The most the module may weigh brotli-compressed, in bytes: a ratchet at
# the measured size. Issue #5 asks for 1,200,000; lower it as the module shrinks.
ENGINE_BROTLI_BUDGET := 1160000

web/.cache/engine.wasm: $(ENGINE_SOURCES)
	@mkdir -p $(@D)
	GOOS=js GOARCH=wasm $(GO) build -trimpath $(ENGINE_GCFLAGS) -ldflags='-s -w' -o $@ ./wasm

web/dist/manifest.json: web/node_modules/.stamp web/.cache/engine.wasm $(WEB_SOURCES)
	cd web && ENGINE_WASM=.cache/engine.wasm WASM_EXEC=$(WASM_EXEC) node build.mjs

## static: the playground as plain files in build/static, for a static host (no store)
static: build/static/index.html

build/static/index.html: bin/exitplay
	rm -rf build/static
	./bin/exitplay export build/static

# --- templ -----------------------------------------------------------------

templ: $(TEMPL_OUTPUTS)

templates/%_templ.go: templates/%.templ
	$(GO) tool templ generate -path templates -log-level warn

# --- Cloudflare Workers ----------------------------------------------------

worker: $(WORKER_BUILD)/app.wasm

$(WORKER_BUILD)/app.wasm: $(GO_SOURCES) $(TEMPL_OUTPUTS) web/dist/manifest.json
	$(GO) tool workers-assets-gen -mode=go -o $(WORKER_BUILD)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $@ ./server/cmd/worker

## worker-dev: the Workers build under wrangler dev on http://127.0.0.1:8787, offline, local D1
worker-dev: worker web/node_modules/.stamp
	CI=true $(WRANGLER) d1 migrations apply DB --local --config $(WRANGLER_CONFIG) --persist-to $(WORKER_STATE)
	$(WRANGLER) dev --config $(WRANGLER_CONFIG) --port 8787 --ip 127.0.0.1 --persist-to $(WORKER_STATE)

# --- tests -----------------------------------------------------------------

## test: everything CI checks
test: vet gotest web-check e2e

vet: build
	$(GO) vet $(VET_FLAGS) ./...
	GOOS=js GOARCH=wasm $(GO) vet $(VET_FLAGS) $$(GOOS=js GOARCH=wasm $(GO) list ./... | grep -v '/server/cmd/exitplay$$')

gotest: build
	$(GO) test ./...
	# The js entry, the JSON identity and the conformance suite as the browser runs them (node).
	PATH="$$PATH:$(GOROOT)/lib/wasm" GOOS=js GOARCH=wasm $(GO) test $(ENGINE_GCFLAGS) ./wasm ./wasm/sim ./wasm/conformance

web-check: web/node_modules/.stamp
	@$(GO) run ./wasm/trace/cmd/tsgen | diff -u web/src/trace_types.ts - \
	  || { echo "web/src/trace_types.ts is stale: go run ./wasm/trace/cmd/tsgen > web/src/trace_types.ts" >&2; exit 1; }
	cd web && npx tsc --noEmit -p .

chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" != 0 ]; then echo "Debian's chromium is missing: run 'apt-get install -y chromium' as root" >&2; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	fi

e2e: build worker static chromium playwright/node_modules/.stamp web/node_modules/.stamp
	rm -rf data/e2e
	CI=true $(WRANGLER) d1 migrations apply DB --local --config $(WRANGLER_CONFIG) --persist-to data/e2e/wrangler
	cd playwright && npx playwright test

## goldens: re-record the conformance goldens from CPython 3.11 (needs python3)
goldens:
	env -u PYTHONUNBUFFERED -u PYTHONDONTWRITEBYTECODE python3 wasm/conformance/record.py

## bench: Go benchmarks of the parser and evaluator, then whole-process timings against CPython
bench: build
	node web/size.mjs web/.cache/engine.wasm
	$(GO) test -run '^$$' -bench . -benchtime 3x ./wasm/...
	$(GO) run ./wasm/bench/compare -exitplay bin/exitplay -n 5

## size: raw, gzip and brotli sizes of the browser engine module; fails over ENGINE_BROTLI_BUDGET
size: web/.cache/engine.wasm
	node web/size.mjs web/.cache/engine.wasm --max-brotli $(ENGINE_BROTLI_BUDGET)

## loadtest: req/s and p99 for /p/{id}, /api/share, /api/run at 50 connections against a local server
loadtest: build
	rm -rf data/loadtest
	./bin/exitplay serve --addr 127.0.0.1:18090 --db data/loadtest/exitplay.db \
	  --runs-per-minute 100000000 --shares-per-minute 100000000 2>/dev/null & pid=$$!; \
	  trap "kill -TERM $$pid" EXIT; \
	  for i in $$(seq 1 50); do curl -sf -o /dev/null http://127.0.0.1:18090/healthz && break; sleep 0.2; done; \
	  $(GO) run ./server/cmd/loadtest -url http://127.0.0.1:18090 -c 50 -d 10s

clean:
	rm -rf bin build web/dist/assets web/dist/manifest.json web/dist/_headers web/dist/embed.js web/.cache $(WORKER_BUILD) playwright/test-results
