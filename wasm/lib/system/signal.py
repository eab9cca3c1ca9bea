# The signal module: a Python layer over _signal (the Go module of package
# system), shaped like CPython 3.11's Lib/signal.py so that tracebacks that
# pass through it read the same. Line numbers matter: signal() raises at
# line 56 and getsignal() at line 62, as in CPython. Do not add or remove
# lines above those two functions without moving them back in place.
#
# _signal works with plain ints; this layer turns results into the members
# of the Signals and Handlers enums and accepts members as arguments.
import _signal
from _signal import *

Signals = _signal.Signals
Handlers = _signal.Handlers


def _new_member(cls, value):
    # Signals(15) and Handlers(0): look the member up by value.
    return _signal._member(cls, value)


def _hash(member):
    return hash(member._value_)


_signal._set_enum_methods(_new_member, _hash)


def _int_to_enum(value, enum_klass):
    # A known number becomes its member; anything else is returned as is.
    return _signal._to_enum(value, enum_klass)
#
#
#


def _enum_to_int(value):
    # A member (or any int-like value) becomes a plain int; anything else,
    # such as a handler function, is returned as is.
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


# The wrappers below keep CPython's line numbers.
#
#
#
#
#
#
#
#

def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)



def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}
