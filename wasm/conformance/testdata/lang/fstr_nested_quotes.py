# f-strings in 3.11 cannot reuse the outer quote, but nest other quotes.
data = {"a": 1}
print(f"{data['a']}")
print(f'{data["a"]}')
print(f"""{f'{f"{1+1}"}'}""")
width = 6
print(f"{'x':{'>' if width > 5 else '<'}{width}}|")
print(f"{'multi' + 'ple'} {3:{'0'}{4}}")
