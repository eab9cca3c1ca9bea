# A statement that is all one subscript still gets the ~^ split.
{}["k"]
