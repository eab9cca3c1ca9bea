package templates

// Assets are the hashed URLs of the front end's files.
type Assets struct {
	Script       string
	Style        string
	EngineWorker string
	EngineWasm   string
	WasmExec     string
	// EmbedScript is the embed page's script.
	EmbedScript string
}

// PlaygroundPage is the view model of the playground page, used for the
// home page, the example pages and the answer to the no-JavaScript form.
type PlaygroundPage struct {
	// Assets are the front end's URLs.
	Assets Assets
	// Code is the snippet shown in the editor.
	Code string
	// Stdin is the text the program reads.
	Stdin string
	// Stdout is the stdout mode, "tty" or "pipe".
	Stdout string
	// Signals are the rows of the signal schedule.
	Signals []SignalRow
	// EngineVersion is the engine version the server runs.
	EngineVersion string
	// Example describes the example shown, nil on other pages.
	Example *ExampleInfo
	// Permalink describes the shared snippet shown, nil on other pages.
	Permalink *Permalink
	// Meta are the page's link-preview tags; nil for none.
	Meta *Meta
	// Menu lists the examples, grouped.
	Menu []ExampleGroup
	// FormError says why a submitted form could not be run; empty if none.
	FormError string
	// Outcome is the server's run of Code; nil when nothing was run.
	Outcome *Outcome
	// SignalNames are the signals the schedule offers.
	SignalNames []string
	// ExamplesData are the examples for the page's script.
	ExamplesData []ExampleData
}

// SignalRow is one row of the signal schedule form.
type SignalRow struct {
	// Signal is a name such as "SIGTERM"; empty for a blank row.
	Signal string
	// At is the virtual time in seconds, as typed.
	At string
}

// ExampleInfo is what an example page says about its example.
type ExampleInfo struct {
	Slug    string
	Title   string
	Summary string
	// CPython is what CPython 3.11 printed and its exit status in the
	// example's stdout mode; nil without a recording.
	CPython *Recording
}

// Recording is a reference run of CPython.
type Recording struct {
	Python string
	Output string
	Status int
}

// ExampleGroup is a titled list of example links.
type ExampleGroup struct {
	Name     string
	Examples []ExampleLink
}

// ExampleLink is one entry of the examples menu.
type ExampleLink struct {
	Slug    string
	Title   string
	Current bool
}

// ExampleData is an example as the page's script loads it into the editor
// without a round trip (the JSON of the examples-data element).
type ExampleData struct {
	Slug    string          `json:"slug"`
	Title   string          `json:"title"`
	Summary string          `json:"summary"`
	Code    string          `json:"code"`
	Stdin   string          `json:"stdin"`
	Stdout  string          `json:"stdout"`
	Signals []ExampleSignal `json:"signals"`
}

// ExampleSignal is one scheduled signal of an example.
type ExampleSignal struct {
	Signal string  `json:"signal"`
	At     float64 `json:"at"`
}
