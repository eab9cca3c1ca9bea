WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            if attr != '__module__':
                setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return "functools.partial(" + ", ".join(args) + ")"


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def total_ordering(cls):
    roots = {op for op in ('__lt__', '__le__', '__gt__', '__ge__') if op in cls.__dict__}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    if '__lt__' in roots:
        if '__gt__' not in roots:
            cls.__gt__ = lambda self, other: other < self
        if '__le__' not in roots:
            cls.__le__ = lambda self, other: self < other or self == other
        if '__ge__' not in roots:
            cls.__ge__ = lambda self, other: not self < other
    elif '__gt__' in roots:
        if '__lt__' not in roots:
            cls.__lt__ = lambda self, other: other > self
        if '__ge__' not in roots:
            cls.__ge__ = lambda self, other: self > other or self == other
        if '__le__' not in roots:
            cls.__le__ = lambda self, other: not self > other
    return cls


def lru_cache(maxsize=128, typed=False):
    def decorating(user_function):
        cache = {}

        def wrapper(*args, **kwds):
            key = args + tuple(sorted(kwds.items()))
            if key in cache:
                return cache[key]
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
        wrapper.cache_clear = cache.clear
        return update_wrapper(wrapper, user_function)
    if callable(maxsize) and not isinstance(maxsize, bool):
        return decorating(maxsize)
    return decorating


def cache(user_function):
    return lru_cache(None)(user_function)
