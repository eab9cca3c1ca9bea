# A trailing comment is part of the printed line but not underlined.
x = None
y = x.real  # this fails
