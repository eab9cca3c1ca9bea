# Calling something that is not callable.
handlers = {"start": "not a function"}
handlers["start"]()
