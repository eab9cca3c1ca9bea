# An ignored signal raised by the program itself.
import signal
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("SIGUSR2 ignored")
