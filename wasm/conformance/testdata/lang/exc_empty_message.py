# An exception with an empty message prints only its type.
raise ValueError("")
