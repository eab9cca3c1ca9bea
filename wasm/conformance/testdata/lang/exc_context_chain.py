# An exception raised while handling another keeps it as __context__.
try:
    {}["a"]
except KeyError:
    undefined_name
