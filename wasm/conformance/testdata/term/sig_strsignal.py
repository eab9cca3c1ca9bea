# strsignal gives the system's description.
import signal
for n in [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 15, 17, 18, 19, 20, 25, 28, 34, 64]:
    print(n, signal.strsignal(n))
