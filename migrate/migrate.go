// Package migrate rewrites a legacy send-phone-message Hook into an
// Action that does what the hook did: `hookemu migrate` prints what
// Migrate returns, and `hookemu diff` then proves the two send the same
// requests.
//
// The rewrite edits the hook's own text at positions taken from goja's
// syntax tree (never regular expressions over the source), so everything
// it does not need to change, formatting and comments included, stays as
// written. It converts:
//
//	module.exports = function (recipient, text, context, cb) {
//	                              exports.onExecuteSendPhoneMessage = async (event, api) => {
//	context.webtask.secrets.X     event.secrets.X (aliases and destructuring follow, as they
//	                              read the rewritten expression)
//	recipient, text               event.message_options.recipient, .text
//	context.message_type, .action, .code
//	                              event.message_options.*
//	context.language, .ip, .user_agent, .request
//	                              event.request.*
//	context.client(.client_metadata), .client_id, .client_metadata
//	                              event.client(.metadata), event.client.client_id, ...
//	context.user                  event.user
//	cb(null, x), cb()             return x, return
//	cb(err)                       throw err (return Promise.reject(err) inside a try whose
//	                              catch would otherwise see it)
//	p.then(r => cb(null, x)).catch(e => cb(e))
//	                              const r = await p; return x; (with try/catch when the
//	                              catch does more than pass the error on)
//	other promise chains that call cb in their callbacks
//	                              return p.then(...) with return/throw inside
//	require('axios')              require('axios@0.19.2'): the version the hook ran with,
//	                              where an Action's default differs
//
// A parameter the hook assigns to gets a local copy instead; a context
// used whole (passed on, destructured, read for a field not listed above)
// is rebuilt from the event in the handler's first statement.
//
// What cannot be converted safely is left as it was, under a
// `// hookemu:` comment that says what to do, and listed as a Note with
// Todo set: cb called in an event listener or another callback the
// handler does not await, cb passed to another function, writes to
// process.env, context.webtask.storage and the other webtask fields. Each
// other `// hookemu:` comment (a pinned version, a rebuilt context) is a
// Note too.
//
// Before returning, Migrate checks that the Action parses and loads in
// the emulator as an Action; when it does not, it returns a *VerifyError
// rather than code that cannot run. Then the hook and the Action run once
// each against fakes of their own (the documented payload, Options.Secrets):
// a request the hook left in flight at cb is a Note with Todo set, and an
// Action that ends otherwise than the hook (a ReferenceError where the hook
// sent its request) sets Result.Failure.
package migrate

import (
	"errors"
	"fmt"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/internal/jsast"
)

// Options tune a migration; the zero value is what `hookemu migrate` does.
type Options struct {
	// Name is the hook's file name, used in messages.
	Name string
	// Emulator loads the Action to verify it and says which module
	// versions hooks and Actions get; nil is emulator.New(emulator.Config{}).
	Emulator *emulator.Emulator
	// Unpinned leaves requires without a version as they are, so the
	// Action gets an Action's default versions (axios 1.x) rather than
	// the ones the hook ran with.
	Unpinned bool
	// Secrets are given to the hook and the Action when each is run once
	// against the fakes to compare how they end; none when nil.
	Secrets map[string]string
	// Dir is the folder of the hook's file: both load the packages
	// installed in its node_modules, as they would run beside it.
	Dir string
}

// Note is one `// hookemu:` comment the Action carries.
type Note struct {
	// Line is the line of the hook the note is about.
	Line int `json:"line"`
	// Todo is set when the code was left as it was and must be changed
	// by hand before the Action works.
	Todo    bool   `json:"todo"`
	Message string `json:"message"`
}

// Result is the Action and what the reader must know about it.
type Result struct {
	Code  []byte
	Notes []Note
	// Failure is set when the Action, run once against the fakes, ended
	// otherwise than the hook did with the same call: it loads, but does
	// not run as an Action until what the notes list is changed by hand.
	Failure string
}

// Todos counts the notes that need a change by hand.
func (r *Result) Todos() int {
	n := 0
	for _, note := range r.Notes {
		if note.Todo {
			n++
		}
	}
	return n
}

// InputError is why the input cannot be migrated: it does not parse, or
// it is not a hook.
type InputError struct {
	Name    string
	Line    int
	Message string
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Message)
	}
	return e.Name + ": " + e.Message
}

// VerifyError is an Action that came out unable to parse or load: a bug
// in the rewrite, never something the user did.
type VerifyError struct {
	Name string
	Err  error
	Code []byte // what the rewrite produced, for the bug report
}

func (e *VerifyError) Error() string {
	return fmt.Sprintf("the Action migrated from %s does not load (%v); this is a bug in hookemu migrate: please report it with the hook", e.Name, e.Err)
}

func (e *VerifyError) Unwrap() error { return e.Err }

// Migrate rewrites the hook in code into an Action.
func Migrate(code []byte, opts Options) (*Result, error) {
	if opts.Name == "" {
		opts.Name = "hook.js"
	}
	if opts.Emulator == nil {
		opts.Emulator = emulator.New(emulator.Config{})
	}
	f, err := jsast.Parse(opts.Name, code)
	if err != nil {
		var syntax *jsast.SyntaxError
		if errors.As(err, &syntax) {
			return nil, &InputError{Name: opts.Name, Line: syntax.Line, Message: "SyntaxError: " + syntax.Message + "; fix it first (hookemu run shows where)"}
		}
		return nil, &InputError{Name: opts.Name, Message: err.Error()}
	}
	hook, err := loadsAsHook(opts, code)
	if err != nil {
		return nil, err
	}
	hookRun := trialRun(opts, hook)
	rw, err := newRewriter(f, opts)
	if err != nil {
		return nil, err
	}
	rw.lateRequestNotes(hookRun)
	out, notes, err := rw.rewrite()
	var input *InputError
	switch {
	case errors.As(err, &input):
		return nil, err
	case err != nil:
		return nil, &VerifyError{Name: opts.Name, Err: err}
	}
	action, err := verify(opts, out)
	if err != nil {
		return nil, &VerifyError{Name: opts.Name, Err: err, Code: out}
	}
	return &Result{Code: out, Notes: notes, Failure: runsAsTheHook(hookRun, trialRun(opts, action))}, nil
}
