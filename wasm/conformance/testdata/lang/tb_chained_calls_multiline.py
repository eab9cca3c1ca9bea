# A method chain split across lines.
text = "a b c"
words = (text
         .upper()
         .split()
         .index("D"))
