print(f"{x}
