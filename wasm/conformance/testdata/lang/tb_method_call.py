# A failing method call on a chain of attributes.
text = "a,b"
parts = text.split(",").index("c")
