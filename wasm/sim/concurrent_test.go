package sim

import (
	"encoding/json"
	"sync"
	"testing"
)

// TestConcurrentRuns runs the same snippet from several goroutines, as the
// server does; the results must be identical (and `go test -race` clean).
func TestConcurrentRuns(t *testing.T) {
	req := Request{Code: `import sys, os, signal, atexit, time, weakref
class T: pass
o = T()
weakref.finalize(o, print, "finalized")
atexit.register(print, "atexit", sys.version_info[:2], repr(exit))
signal.signal(signal.SIGUSR1, lambda n, f: print("usr1", signal.Signals(n).name))
with open("f.txt", "w") as f:
    f.write("x")
print(sys.stdout.isatty(), os.getpid(), signal.getsignal(signal.SIGINT))
time.sleep(2)
sys.exit(3)
`, Signals: []ScheduledSignal{{Signal: "USR1", At: 1}}}
	want, _ := json.Marshal(Run(req))
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, _ := json.Marshal(Run(req))
			if string(got) != string(want) {
				t.Errorf("concurrent run differs:\n%s\n%s", got, want)
			}
		}()
	}
	wg.Wait()
	var res Result
	json.Unmarshal(want, &res)
	if res.Status != 3 || res.Stdout != "True 4242 <built-in function default_int_handler>\nusr1 SIGUSR1\natexit (3, 11) Use exit() or Ctrl-D (i.e. EOF) to exit\nfinalized\n" {
		t.Errorf("status %d stdout %q stderr %q", res.Status, res.Stdout, res.Stderr)
	}
}
