package scenarios

import (
	"fmt"
	"sort"
	"strings"
)

// LoadError is one thing wrong with a scenario file, at the place it is
// wrong, so the user can jump there from the terminal or the CI log.
type LoadError struct {
	File    string
	Line    int // 0 when the error concerns the whole file
	Column  int
	Message string
}

func (e *LoadError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Message)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Message)
}

// LoadErrors is every error found while loading a suite: all of them are
// reported at once, so one run shows everything there is to fix.
type LoadErrors []*LoadError

func (list LoadErrors) Error() string {
	lines := make([]string, len(list))
	for i, e := range list {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// errorList collects the errors of one file, once each: a case repeats the
// top-level nodes it inherits, and their errors must not show twice.
type errorList struct {
	file string
	seen map[string]bool
	list LoadErrors
}

func newErrorList(file string) *errorList {
	return &errorList{file: file, seen: map[string]bool{}}
}

func (l *errorList) add(line, column int, format string, args ...any) {
	e := &LoadError{File: l.file, Line: line, Column: column, Message: fmt.Sprintf(format, args...)}
	key := e.Error()
	if l.seen[key] {
		return
	}
	l.seen[key] = true
	l.list = append(l.list, e)
}

// sorted returns the errors in file order.
func (l *errorList) sorted() LoadErrors {
	l.list.Sort()
	return l.list
}

// Sort puts the errors in file order: by file, then position.
func (list LoadErrors) Sort() {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}
