print(f"{1e20g}")
