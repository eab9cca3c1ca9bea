# Subscripting a call's result: the call is underlined with ~.
def get_items():
    return [1, 2]
third = get_items()[2]
