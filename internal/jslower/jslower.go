// Package jslower rewrites the few syntax features of modern JavaScript
// that goja cannot parse (async generator functions and methods, and
// for await) into code it can, so real npm packages that use them (the
// http adapter of axios 1.x, twilio 4.x, got, superagent) load.
//
// The rewriting is esbuild's (github.com/evanw/esbuild/pkg/api), a
// maintained transformer, told that only those two features are missing:
// everything else (async functions, classes, private fields, ...) is left
// as written. The output carries an inline source map, which goja reads,
// so error positions and stack traces name the original file and lines.
package jslower

import (
	"errors"
	"strings"

	"github.com/hookemu/hookemu/internal/lazyre"

	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"

	"github.com/hookemu/hookemu/internal/jsast"
)

// markers finds the syntax worth lowering: `for await (`, `async
// function*`, and async generator methods (`async *name(`).
var markers = lazyre.New(`\bfor\s+await\b|\basync\s+function\s*\*|\basync\s*\*\s*[\[A-Za-z_$#"']`)

// Needed reports whether src may use syntax goja lacks and Lower adds.
// Callers ask only after goja refused src, so the usual file pays nothing.
func Needed(src string) bool {
	return strings.Contains(src, "async") && markers().MatchString(src)
}

// NeedsExtras reports whether src may use what goja lacks and hookemu
// adds to a runtime only on demand, as building it costs every run that
// touches it: Symbol.asyncIterator, V8's Error.captureStackTrace, or
// syntax that Lower rewrites (whose helpers use Symbol.asyncIterator).
func NeedsExtras(src string) bool {
	return strings.Contains(src, "asyncIterator") || strings.Contains(src, "captureStackTrace") || Needed(src)
}

// Lower returns src with async generators and for await rewritten, as a
// script (CommonJS code stays CommonJS: nothing is wrapped or exported),
// ending in an inline source map whose source is name. Helpers the
// rewritten code calls are declared at the top of the result, so the
// code must run inside a function (hookemu's CommonJS wrapper) to keep
// them out of the global scope.
func Lower(name, src string) (string, error) {
	r := api.Transform(src, api.TransformOptions{
		Loader:         api.LoaderJS,
		Sourcefile:     name,
		Sourcemap:      api.SourceMapInline,
		SourcesContent: api.SourcesContentExclude,
		Charset:        api.CharsetUTF8,
		LegalComments:  api.LegalCommentsNone,
		Supported: map[string]bool{
			"async-generator": false,
			"for-await":       false,
		},
	})
	if len(r.Errors) > 0 {
		msg := r.Errors[0].Text
		if loc := r.Errors[0].Location; loc != nil {
			return "", &SyntaxError{Line: loc.Line, Column: loc.Column + 1, Message: msg}
		}
		return "", errors.New(msg)
	}
	return string(r.Code), nil
}

// Compile compiles src, which goja refused, in hookemu's CommonJS
// wrapper with the syntax goja lacks lowered, when src uses it. With
// nothing to lower, or lowered code goja still refuses, it returns
// neither a program nor an error: the caller reports goja's complaint
// about the original. A syntax error esbuild finds is returned, placed
// in src, as it is truer than goja's (which stops at the first for
// await, valid or not).
func Compile(name, src string) (*goja.Program, *SyntaxError) {
	if !Needed(src) {
		return nil, nil
	}
	lowered, err := Lower(name, src)
	var se *SyntaxError
	if errors.As(err, &se) {
		return nil, se
	}
	if err != nil {
		return nil, nil
	}
	prog, err := goja.Compile(name, jsast.Wrap(lowered), false)
	if err != nil {
		return nil, nil
	}
	return prog, nil
}

// SyntaxError is esbuild's complaint about src, placed in it (column
// from 1).
type SyntaxError struct {
	Line, Column int
	Message      string
}

func (e *SyntaxError) Error() string { return e.Message }

// InstallRuntime gives rt what lowered code, and packages written for
// Node, expect and goja lacks: Symbol.asyncIterator, the well-known
// symbol async iteration is keyed by.
func InstallRuntime(rt *goja.Runtime) {
	symbol := rt.Get("Symbol").ToObject(rt)
	if v := symbol.Get("asyncIterator"); v != nil && !goja.IsUndefined(v) {
		return
	}
	_ = symbol.DefineDataProperty("asyncIterator", goja.NewSymbol("Symbol.asyncIterator"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}
