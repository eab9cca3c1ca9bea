package templates

// Assets are the hashed URLs of the front end's files.
type Assets struct {
	Script       string
	Style        string
	EngineWorker string
	EngineWasm   string
	WasmExec     string
}

// PlaygroundPage is the view model of the playground page.
type PlaygroundPage struct {
	// Assets are the front end's URLs.
	Assets Assets
	// Code is the snippet shown in the editor.
	Code string
	// EngineVersion is the engine version the server runs.
	EngineVersion string
}
