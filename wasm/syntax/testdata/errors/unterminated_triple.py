s = """abc

d
