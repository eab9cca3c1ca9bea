print(isinsdef tance(x, O OSSError))
