# The Signals and Handlers enums.
import signal
print(repr(signal.SIGINT), str(signal.SIGINT), f"{signal.SIGTERM}", signal.Signals(15))
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), int(signal.SIG_IGN), signal.Handlers.SIG_DFL.name)
print(signal.SIGTERM == 15, signal.SIGTERM.value, signal.SIGTERM.name, signal.Signals["SIGHUP"])
print(isinstance(signal.SIGINT, int), type(signal.SIGINT).__name__, signal.SIGRTMIN, signal.SIGRTMAX)
