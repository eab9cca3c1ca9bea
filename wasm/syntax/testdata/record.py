"""Record CPython's AST for each snippet in ast/*.py as ast/*.json.

Run with CPython 3.11 from wasm/syntax/testdata:  python3 record.py
The JSON form is what dump_test.go produces from our AST: every node is an
object with "_type", its fields under CPython's names, and "_loc"
[lineno, col, end_lineno, end_col] with columns counted in characters.
Constants are {"int": "..."}, {"float": repr}, {"str": ...}, {"bytes":
[...]}, {"bool": ...}, {"None": true} or {"Ellipsis": true}.
"""
import ast
import glob
import json


def char_col(lines, lineno, col):
    return len(lines[lineno - 1][:col].decode("utf-8", "replace"))


def convert(node, lines):
    if isinstance(node, list):
        return [convert(x, lines) for x in node]
    if node is None:
        return None
    if isinstance(node, str):
        return node
    if isinstance(node, int) and not isinstance(node, bool):
        return node
    if not isinstance(node, ast.AST):
        raise TypeError(type(node))
    name = type(node).__name__
    if isinstance(node, (ast.expr_context, ast.operator, ast.unaryop, ast.boolop, ast.cmpop)):
        return name
    out = {"_type": name}
    for field in node._fields:
        if field in ("type_comment", "type_ignores", "kind"):
            continue
        value = getattr(node, field)
        if isinstance(node, ast.Constant) and field == "value":
            out[field] = constant(value)
        else:
            out[field] = convert(value, lines)
    if getattr(node, "lineno", None) is not None and not isinstance(node, ast.mod):
        out["_loc"] = [
            node.lineno,
            char_col(lines, node.lineno, node.col_offset),
            node.end_lineno,
            char_col(lines, node.end_lineno, node.end_col_offset),
        ]
    return out


def constant(v):
    if v is None:
        return {"None": True}
    if v is Ellipsis:
        return {"Ellipsis": True}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, bytes):
        return {"bytes": list(v)}
    raise TypeError(type(v))


def record(path):
    src = open(path, "rb").read()
    lines = src.splitlines(keepends=True)
    return convert(ast.parse(src, path), lines)


if __name__ == "__main__":
    for path in sorted(glob.glob("ast/*.py")):
        with open(path[:-3] + ".json", "w", encoding="utf-8") as f:
            json.dump(record(path), f, ensure_ascii=False, separators=(",", ":"))
            f.write("\n")
