# Converting a huge int to str is limited to 4300 digits (3.11.7).
big = 10 ** 4299
print(len(str(big)))
huge = 10 ** 5000
print(huge > big, huge.bit_length())
print(str(huge))
