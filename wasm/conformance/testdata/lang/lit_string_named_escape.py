# \N{...} escapes name a Unicode character.
print("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN} \N{LATIN SMALL LETTER E WITH ACUTE}")
print(len("\N{EM DASH}"), ord("\N{BULLET}"))
