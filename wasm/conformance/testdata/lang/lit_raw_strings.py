# Raw strings keep backslashes.
print(r"C:\new\table", R'\d+\.\d+')
print(len(r"\n"), r"\n" == "\\n")
print(rb"\x00", Rb"\n", br"raw\bytes")
print(repr(r"quote\"inside"))
