package jsast

import (
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
)

// Offset is the byte offset of idx in Text.
func (f *File) Offset(idx file.Idx) int {
	return int(idx) - f.base
}

// Start is the offset of a node's first character. Use it rather than
// Idx0: goja's parser never records where an if statement starts.
func (f *File) Start(n ast.Node) int {
	if s, ok := n.(*ast.IfStatement); ok && s.If == 0 {
		return f.keywordBefore(f.Start(s.Test))
	}
	return f.Offset(n.Idx0())
}

// keywordBefore steps back from an if's test over blanks and opening
// parentheses to the keyword.
func (f *File) keywordBefore(offset int) int {
	i := offset
	for i > 0 && strings.ContainsRune(" \t\r\n(", rune(f.Text[i-1])) {
		i--
	}
	if i >= 2 && f.Text[i-2:i] == "if" {
		return i - 2
	}
	return offset
}

// Span is the offsets of a node's first character and of the character
// after it. Parentheses around the node are not part of it: goja's tree
// keeps none.
func (f *File) Span(n ast.Node) (int, int) {
	return f.Start(n), f.Offset(n.Idx1())
}

// Source is the text of a node as written.
func (f *File) Source(n ast.Node) string {
	from, to := f.Span(n)
	return f.Text[from:to]
}

// Position is the 1-based line and column (in bytes) of idx in the
// user's file. Lines are counted as goja counts them (a lone \r, U+2028
// and U+2029 end a line too, not only \n), so a position reported from
// the tree agrees with goja's own syntax errors and stack traces.
func (f *File) Position(idx file.Idx) (line, column int) {
	pos := f.file.Position(int(idx) - f.file.Base())
	return Unwrap(pos.Line, pos.Column)
}

// Line is the 1-based line of a byte offset in Text, counted as
// Position counts; an offset outside Text is clamped to it.
func (f *File) Line(offset int) int {
	offset = min(max(offset, 0), len(f.Text))
	line, _ := f.Position(file.Idx(offset + f.base))
	return line
}

// LineStart is the offset of the first character of offset's line.
// Here, and in Indent and StartsLine, a line ends at \n alone: these
// serve edits to the code's layout, where a line is what an editor
// indents.
func (f *File) LineStart(offset int) int {
	return strings.LastIndexByte(f.Text[:offset], '\n') + 1
}

// Indent is the whitespace that starts offset's line.
func (f *File) Indent(offset int) string {
	start := f.LineStart(offset)
	end := start
	for end < len(f.Text) && (f.Text[end] == ' ' || f.Text[end] == '\t') {
		end++
	}
	return f.Text[start:end]
}

// StartsLine reports whether only whitespace precedes offset on its line.
func (f *File) StartsLine(offset int) bool {
	return strings.TrimSpace(f.Text[f.LineStart(offset):offset]) == ""
}
