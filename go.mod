module github.com/exitplay/exitplay

go 1.26
