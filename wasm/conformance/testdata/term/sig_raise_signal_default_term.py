# raise_signal(SIGTERM) with the default action.
import signal
signal.raise_signal(signal.SIGTERM)
