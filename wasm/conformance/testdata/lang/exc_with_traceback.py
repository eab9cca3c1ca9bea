# with_traceback and the __traceback__ attribute.
try:
    raise ValueError("first")
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
err = RuntimeError("reuse")
print(err.__traceback__)
err2 = err.with_traceback(tb)
print(err2 is err, err.__traceback__ is tb)
raise err
