# NameError suggests a builtin with a close name.
pritn("hello")
