// Package trace defines the termination trace: the ordered events of a
// simulated run and their JSON form. It is the one source of truth for the
// event kinds; the viewer's TypeScript types are generated from it.
package trace
