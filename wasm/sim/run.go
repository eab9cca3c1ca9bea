package sim

// Run executes a snippet in a fresh simulated process and reports how it
// ended.
//
// Placeholder until the interpreter and the process are assembled: it
// reports an internal error for every program.
func Run(req Request) Result {
	return Result{
		Engine:      Version,
		Schema:      SchemaVersion,
		Status:      -1,
		Returncode:  -1,
		Reason:      ReasonInternalError,
		Explanation: "The engine is not assembled yet.",
		Terminal:    []Chunk{},
		Lost:        []Lost{},
		Files:       []File{},
	}
}
