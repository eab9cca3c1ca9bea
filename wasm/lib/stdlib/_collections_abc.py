# _collections_abc: the mapping ABCs (Mapping, MutableMapping and their
# views) that os.environ builds on. CPython freezes this module into its
# binary, so tracebacks through it show "<frozen _collections_abc>" frames
# without source lines, and their line numbers are CPython 3.11's: each
# "#@ N" comment places the line after it at line N (see
# vm.RegisterFrozenSource). Only the mixin methods are here, not the
# abstract-class machinery: isinstance(d, Mapping) is false for a dict, so
# code here that must accept a dict checks with _is_mapping.
__name__ = "collections.abc"


# The one-method ABCs, here only as bases: os.environ's type has CPython's
# __mro__.
class Iterable:
    pass


class Sized:
    pass


class Container:
    pass


class Collection(Sized, Iterable, Container):
    pass


def _is_mapping(obj):
    return isinstance(obj, (dict, Mapping))


class _SetLike:
    # KeysView and ItemsView compare as sets.
    def __eq__(self, other):
        if not isinstance(other, (set, frozenset, _SetLike)):
            return NotImplemented
        return len(self) == len(other) and all(x in self for x in other)


#@ 754
class Mapping(Collection):
    # The read-only mixins over __getitem__, __iter__ and __len__.

    def __getitem__(self, key):
        raise KeyError

#@ 771
    def get(self, key, default=None):
        # The value of key, or default when it is missing.
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        # A set-like view of the keys.
        return KeysView(self)

    def items(self):
        # A set-like view of the (key, value) pairs.
        return ItemsView(self)

    def values(self):
        # A view of the values.
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None

#@ 808
class MappingView:

#@ 812
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

#@ 824
class KeysView(MappingView, _SetLike):

#@ 832
    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping

#@ 842
class ItemsView(MappingView, _SetLike):

#@ 850
    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])

#@ 867
class ValuesView(MappingView):

#@ 871
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]

#@ 886
class MutableMapping(Mapping):
    # The mutating mixins over __setitem__ and __delitem__ as well.

#@ 898
    def __setitem__(self, key, value):
        raise KeyError

    def __delitem__(self, key):
        raise KeyError

#@ 907
    def pop(self, key, default=_is_mapping):
        # The value of key, removed; default (when given) if key is
        # missing, else KeyError. The default's default is a private
        # marker no caller can pass.
        try:
            value = self[key]
        except KeyError:
            if default is _is_mapping:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        # Remove and return the first (key, value) pair; KeyError when
        # there is none.
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        # Remove every key.
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        # Set the keys of a mapping, an object with keys(), or an iterable
        # of pairs, then the keyword arguments.
#@ 947
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        # The value of key, first set to default if key is missing.
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default
