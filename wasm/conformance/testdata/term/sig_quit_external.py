# exitplay: signal SIGQUIT@1.0
# SIGQUIT kills (no core file): status 131.
import time
time.sleep(10)
