# The weakref module of the playground: ref and finalize, shaped like
# CPython's Lib/weakref.py. _weakref.ref is a reference the interpreter's
# finalizer clears when its object becomes unreachable; finalize builds on
# it, so a finalizer runs when its object dies, when called, or at exit.
import atexit as _atexit
import sys as _sys
from _weakref import ref, ReferenceType


class finalize:
    """Call func(*args, **kwargs) when obj is finalized, or at exit."""

    _registry = {}
    _index = 0
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            # The first finalize object registers _exitfunc at this moment.
            _atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        self._ref = ref(obj, self)
        finalize._index += 1
        self._info = (func, args, kwargs or None, finalize._index)
        self.atexit = True
        finalize._registry[self] = self._info

    def __call__(self, _=None):
        """Call the function now if still alive; return its result."""
        info = finalize._registry.pop(self, None)
        if info is not None:
            func, args, kwargs, index = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        """Kill the finalizer and return (obj, func, args, kwargs)."""
        obj = self._ref()
        if obj is not None and finalize._registry.pop(self, None) is not None:
            func, args, kwargs, index = self._info
            return (obj, func, args, kwargs or {})

    def peek(self):
        """Return (obj, func, args, kwargs) while alive, else None."""
        obj = self._ref()
        if obj is not None and self in finalize._registry:
            func, args, kwargs, index = self._info
            return (obj, func, args, kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None or self not in finalize._registry:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        return f"<{type(self).__name__} object at {id(self):#x}; for {type(obj).__name__!r} at {id(obj):#x}>"

    @classmethod
    def _exitfunc(cls):
        # Live finalizers marked atexit run newest first; an exception goes
        # to sys.excepthook and the others still run.
        pending = sorted((info[3], f) for f, info in cls._registry.items() if f.atexit)
        while pending:
            index, f = pending.pop()
            try:
                f()
            except Exception:
                _sys.excepthook(*_sys.exc_info())
