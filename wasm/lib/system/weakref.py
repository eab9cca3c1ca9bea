# The weakref module of the playground: finalize, written in Python like
# CPython's Lib/weakref.py. The interpreter has no reference counting, so
# an object is never collected while the program runs: a finalizer runs
# when it is called, or at exit while still alive and marked atexit.
import atexit as _atexit
import sys as _sys

# Types whose instances CPython cannot reference weakly.
_no_weakref = (int, float, str, bytes, tuple, list, dict, bool, type(None))


class finalize:
    """Call func(*args, **kwargs) when obj is finalized (here: at exit)."""

    _registry = {}
    _index = 0
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if type(obj) in _no_weakref:
            raise TypeError(f"cannot create weak reference to {type(obj).__name__!r} object")
        if not finalize._registered_with_atexit:
            # The first finalize object registers _exitfunc at this moment.
            _atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        finalize._index += 1
        self._info = (obj, func, args, kwargs or None, finalize._index)
        self.atexit = True
        finalize._registry[self] = self._info

    def __call__(self, _=None):
        """Call the function now if still alive; return its result."""
        info = finalize._registry.pop(self, None)
        if info is not None:
            obj, func, args, kwargs, index = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        """Kill the finalizer and return (obj, func, args, kwargs)."""
        info = finalize._registry.pop(self, None)
        if info is not None:
            return info[:3] + (info[3] or {},)

    def peek(self):
        """Return (obj, func, args, kwargs) while alive, else None."""
        info = finalize._registry.get(self)
        if info is not None:
            return info[:3] + (info[3] or {},)

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in finalize._registry

    def __repr__(self):
        info = finalize._registry.get(self)
        if info is None:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        obj = info[0]
        return f"<{type(self).__name__} object at {id(self):#x}; for {type(obj).__name__!r} at {id(obj):#x}>"

    @classmethod
    def _exitfunc(cls):
        # Live finalizers marked atexit run newest first; an exception goes
        # to sys.excepthook and the others still run.
        pending = sorted((info[4], f) for f, info in cls._registry.items() if f.atexit)
        while pending:
            index, f = pending.pop()
            try:
                f()
            except Exception:
                _sys.excepthook(*_sys.exc_info())
