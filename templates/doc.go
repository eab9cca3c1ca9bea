// Package templates renders exitplay's HTML pages with templ. Components
// take display-shaped view models (this package's *Page types) and do no
// I/O and no logic beyond presentation.
package templates
