# The os module: a Python layer over posix (the Go module of package
# system, os.go), as CPython's os is over its C posix module. CPython
# freezes os into its binary, so tracebacks through it show
# "<frozen os>" frames without source lines, at CPython 3.11's line
# numbers: each "#@ N" comment places the line after it at line N (see
# vm.RegisterFrozenSource).
#
# os.environ is an _Environ: a mutable mapping over posix.environ whose
# keys and values must be str, and whose every change goes through
# posix.putenv or posix.unsetenv, which keep the process's own
# environment (what a child would inherit) in step. os.putenv and
# os.unsetenv change only that one, as in CPython.
import sys
from posix import *
from posix import _exit
import posixpath as path
from _collections_abc import MutableMapping, Mapping

sys.modules["os.path"] = path

name = "posix"
sep = "/"
linesep = "\n"
devnull = "/dev/null"


#@ 666
class _Environ(MutableMapping):
    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            # The KeyError names the key as given, without the lookup's.
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            # The KeyError names the key as given.
            raise KeyError(key) from None

    def __iter__(self):
        # A copy of the keys, so that the loop's body may change environ.
        keys = list(self._data)
        for key in keys:
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        pairs = ", ".join(
            f"{self.decodekey(k)!r}: {self.decodevalue(v)!r}"
            for k, v in self._data.items()
        )
        return "environ({" + pairs + "})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, Mapping)):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, Mapping)):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _createenviron():
    # posix.environ holds str keys and values already, so encoding is the
    # type check alone.
#@ 756
    def encode(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    return _Environ(environ, encode, str, encode, str)


environ = _createenviron()
del _createenviron


#@ 773
def getenv(key, default=None):
    # The variable's value, or default when it is not set.
#@ 777
    return environ.get(key, default)
