# A failing subscript underlines the container with ~ and the index with ^.
d = {"a": {"c": 1}}
value = d["a"]["b"]
