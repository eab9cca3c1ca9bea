package templates

import (
	"fmt"

	"github.com/exitplay/exitplay/wasm/sim"
)

// Meta are the link-preview tags of a page (description, Open Graph,
// Twitter card) and its oEmbed discovery link.
type Meta struct {
	// Description is one line about the page, such as how the snippet ends.
	Description string
	// URL is the page's absolute, canonical URL.
	URL string
	// OEmbed is the absolute URL of the page's oEmbed JSON; empty if none.
	OEmbed string
}

// Permalink is a shared snippet as its page /p/{id} presents it.
type Permalink struct {
	// ID is the snippet's content-derived ID.
	ID string
	// Title is the snippet's title, or a name made from its ID.
	Title string
	// Untitled is true when the snippet has no title of its own.
	Untitled bool
	// Engine is the engine version that was current when it was shared.
	Engine string
	// CurrentEngine is the engine version that runs it now.
	CurrentEngine string
	// Ending says how the snippet's run ends (RunSummary).
	Ending string
	// ForkURL opens the playground with a copy of the snippet: the
	// self-contained "/#…" link.
	ForkURL string
}

// RunSummary says in a few words how a run ends, for link previews:
// "exits with 143 — killed by SIGTERM".
func RunSummary(r sim.Result) string {
	switch r.Reason {
	case sim.ReasonSignal:
		return fmt.Sprintf("exits with %d — killed by %s", r.Status, r.Signal)
	case sim.ReasonSystemExit:
		return fmt.Sprintf("exits with %d — SystemExit", r.Status)
	case sim.ReasonException:
		return fmt.Sprintf("exits with %d — an unhandled exception", r.Status)
	case sim.ReasonSyntaxError:
		return fmt.Sprintf("exits with %d — a SyntaxError, nothing ran", r.Status)
	case sim.ReasonOSExit:
		return fmt.Sprintf("exits with %d — os._exit(), no cleanup", r.Status)
	case sim.ReasonLimit:
		return "stopped by the playground: a budget ran out"
	case sim.ReasonInternalError:
		return "the engine failed (a bug in exitplay)"
	}
	return fmt.Sprintf("exits with %d", r.Status)
}
