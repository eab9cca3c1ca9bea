package templates

import "github.com/a-h/templ"

// EmbedPage is the view model of the embed page (/embed/{id} and /embed),
// the minimal playground other sites put in an iframe.
type EmbedPage struct {
	// Assets are the front end's URLs.
	Assets Assets
	// SharedEngine is the script of the engine all embeds on a page share
	// (a SharedWorker); empty to give each embed its own.
	SharedEngine string
	// Title names the snippet.
	Title string
	// Code is the snippet's source; empty for /embed, whose snippet is in
	// the URL fragment and is read by the page's script.
	Code string
	// Snippet is the stored snippet for the page's script (the JSON of the
	// embed-snippet element); nil for /embed.
	Snippet any
	// Outcome is the server's run of the snippet; nil when nothing was run.
	Outcome *Outcome
	// PlaygroundURL is the full playground's page for the snippet.
	PlaygroundURL string
	// Options are the reader's choices from the query string.
	Options EmbedOptions
}

// EmbedOptions are the embed page's query parameters.
type EmbedOptions struct {
	// Theme is "light", "dark" or "auto".
	Theme string
	// ReadOnly forbids editing.
	ReadOnly bool
	// AutoRun runs the snippet in the browser as soon as the engine loads.
	AutoRun bool
	// HideEditor and HideTrace leave out the editor or the trace.
	HideEditor, HideTrace bool
	// Step is the trace event (its seq) to select, 0 for none.
	Step int
}

// themeAttr is the html element's data-theme: absent for "auto".
func (o EmbedOptions) themeAttr() templ.Attributes {
	if o.Theme == "light" || o.Theme == "dark" {
		return templ.Attributes{"data-theme": o.Theme}
	}
	return templ.Attributes{}
}
