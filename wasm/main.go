//go:build js && wasm

// Command wasm is the browser build of the exitplay engine. It exposes one
// global object, exitplayEngine, with the engine version and a run function
// that takes a snippet as JSON and returns the Result as JSON. The page
// loads it once in a Web Worker and keeps the instance alive, so every run
// after the first costs only the run itself.
//
// The module does not link encoding/json, to stay small: the request is
// parsed by the JavaScript engine's JSON.parse (request.go) and the result
// writes itself (sim.Result.JSON), in the same bytes encoding/json gives.
package main

import (
	"runtime"
	"syscall/js"
	"time"

	"github.com/exitplay/exitplay/wasm/internal/jsonenc"
	"github.com/exitplay/exitplay/wasm/sim"
)

func main() {
	engine := js.Global().Get("Object").New()
	engine.Set("version", sim.Version)
	engine.Set("schema", sim.SchemaVersion)
	engine.Set("run", js.FuncOf(run))
	js.Global().Set("exitplayEngine", engine)
	select {} // keep the instance alive for later calls
}

// run is exitplayEngine.run(requestJSON) → resultJSON.
func run(_ js.Value, args []js.Value) any {
	defer collectSoon()
	if len(args) != 1 || args[0].Type() != js.TypeString {
		return errorJSON("run expects one argument: the request as a JSON string")
	}
	req, err := decodeRequest(args[0].String())
	if err != nil {
		return errorJSON("invalid request JSON: " + err.Error())
	}
	res := sim.Run(req)
	out, err := res.JSON()
	if err != nil {
		return errorJSON("cannot encode the result: " + err.Error())
	}
	return string(out)
}

// errorJSON is {"error": msg}.
func errorJSON(msg string) string {
	var w jsonenc.Writer
	w.BeginObject()
	w.StringMember("error", msg)
	w.EndObject()
	out, _ := w.Bytes()
	return string(out)
}

// collectDelay is how long after the last run the engine collects its
// garbage. The answer has reached the page by then, so a run seldom pays
// for a collection the runs before it made necessary.
const collectDelay = 50 * time.Millisecond

var collector *time.Timer

// collectSoon (re)starts the countdown to the next idle collection.
func collectSoon() {
	if collector == nil {
		collector = time.AfterFunc(collectDelay, runtime.GC)
		return
	}
	collector.Reset(collectDelay)
}
