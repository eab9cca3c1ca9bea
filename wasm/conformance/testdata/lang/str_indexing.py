# Indexing and slicing strings.
s = "abcdefgh"
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:-1], s[1:7:3])
print(s[10:], s[-100:2], s[5:2], len(s), s * 2, 3 * "ab")
print(s[100])
