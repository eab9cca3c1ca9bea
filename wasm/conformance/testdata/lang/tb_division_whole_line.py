# Even a whole-line binary operation shows the ~^~ split.
1/0
