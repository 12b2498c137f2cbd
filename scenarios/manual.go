package scenarios

import (
	_ "embed"
	"go/doc/comment"
	"go/parser"
	"go/token"
)

// docSource is this package's doc.go: its doc comment is the manual of
// the file format, and the one place it is written.
//
//go:embed doc.go
var docSource []byte

// Manual is the manual of the scenario file format (the package doc) as
// plain text, for `hookemu help scenarios`: readable offline, and never
// out of step with `go doc`.
func Manual() string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", docSource, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic("scenarios: doc.go has no package doc: " + errString(err)) // a bug in this package
	}
	var p comment.Parser
	pr := comment.Printer{TextWidth: 78}
	return string(pr.Text(p.Parse(f.Doc.Text())))
}

func errString(err error) string {
	if err == nil {
		return "no comment"
	}
	return err.Error()
}
