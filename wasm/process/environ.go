package process

import "strings"

// defaultEnviron is the environment every simulated process starts with.
// The conformance recorder (wasm/conformance/record.py) runs CPython with
// exactly these variables, in this order.
var defaultEnviron = [][2]string{
	{"HOME", "/home/user"}, {"LANG", "C.UTF-8"}, {"LOGNAME", "user"},
	{"PATH", "/usr/local/bin:/usr/bin:/bin"}, {"PWD", Cwd},
	{"SHELL", "/bin/bash"}, {"USER", "user"},
}

// Setenv is setenv(3): it sets the variable name of the process's own
// environment (the one a child would inherit), keeping its place when it
// is already set. A name that is empty or holds "=" gives EINVAL.
func (p *Process) Setenv(name, value string) error {
	if name == "" || strings.Contains(name, "=") {
		return &OSError{Errno: EINVAL}
	}
	for i, kv := range p.Environ {
		if kv[0] == name {
			p.Environ[i][1] = value
			return nil
		}
	}
	p.Environ = append(p.Environ, [2]string{name, value})
	return nil
}

// Unsetenv is unsetenv(3): it removes name from the process's own
// environment; a name that is not set is no error. A name that is empty or
// holds "=" gives EINVAL.
func (p *Process) Unsetenv(name string) error {
	if name == "" || strings.Contains(name, "=") {
		return &OSError{Errno: EINVAL}
	}
	for i, kv := range p.Environ {
		if kv[0] == name {
			p.Environ = append(p.Environ[:i], p.Environ[i+1:]...)
			return nil
		}
	}
	return nil
}
