# chr, ord, hex, oct and bin.
print(chr(65), chr(0x263A), chr(97 + 25), ord("A"), ord("€"), ord("\n"))
print(hex(255), hex(-255), oct(64), bin(10), bin(-3), hex(0))
try:
    ord("ab")
except TypeError as e:
    print(e)
chr(-1)
