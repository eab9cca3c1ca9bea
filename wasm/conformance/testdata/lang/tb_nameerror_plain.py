# NameError without any close name.
print(completely_unknown_identifier_xyz)
