package templates

// ErrorPage is the view model of an HTML error page.
type ErrorPage struct {
	// Assets are the front end's URLs.
	Assets Assets
	// Title is the page's heading, such as "Page not found".
	Title string
	// Message explains the error in a sentence.
	Message string
	// Path is the URL path that was asked for.
	Path string
}
