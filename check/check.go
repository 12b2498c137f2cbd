package check

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/internal/jsast"
	"github.com/hookemu/hookemu/internal/jslower"
	"github.com/hookemu/hookemu/stubs"
)

// Options says what to check and against what.
type Options struct {
	// Name is the file name the report and line references use.
	Name string
	// RunTarget is what `hookemu run` takes to run the same code, for the
	// fixes that point there: the path given, and for an artifact's entry
	// the artifact and --name. Name when empty.
	RunTarget string
	// Source is the code.
	Source []byte
	// Secrets are the secrets the hook will have in Auth0.
	Secrets map[string]string
	// Payload is what every call starts from (the Auth0 runner's example
	// when zero); each call sets its own message type, action, code and
	// text over it.
	Payload emulator.Payload
	// Timeout is the time limit of each call (Auth0's 20 s when zero).
	Timeout time.Duration
	// TimeoutCaseLimit is the time limit of the call whose provider never
	// answers (2 s when zero, and never more than Timeout): that call
	// always lasts this long, so it is short to keep a check quick.
	TimeoutCaseLimit time.Duration
	// Memory is the memory limit of each call, loading included, in bytes
	// (emulator.DefaultMemory when zero).
	Memory int64
	// Emulator runs the hook; nil is one with every built-in module and a
	// short grace after cb (work still running then is what is looked
	// for, not waited for).
	Emulator *emulator.Emulator
	// SharedModulesDir holds an Action's shared modules
	// (require('actions:NAME')), for the default Emulator.
	SharedModulesDir string
	// Stubs answer the hosts no fake knows, in every call alike; nil
	// stubs nothing.
	Stubs *stubs.Set
	// Dir is the folder of the hook's file, where require looks for
	// node_modules; NodeModules and PreferNodeModules are the emulator's
	// (emulator.Config), for the default Emulator.
	Dir                            string
	NodeModules, PreferNodeModules []string
	// Deploy is what the deploy artifact the code came from declares;
	// nil for a loose file. With it the report also checks what Auth0
	// would refuse or break (deploychecks.go), and the calls run the
	// declared dependencies' versions.
	Deploy *Deployment
	// DeliveryMethods are how the tenant's custom phone provider delivers
	// messages ("text", "voice"; its configuration's delivery_methods):
	// a custom-phone-provider Action is called only with those. Empty is
	// the custom phone provider's in Deploy's artifact, else both. Other
	// code is called with every message type regardless.
	DeliveryMethods []string
	// Runtime is the Node runtime the code runs on ("node12".."node22",
	// as emulator.LoadOptions takes it); empty is the kind's default.
	// It decides, among others, which globals count as declared.
	Runtime string
}

// runtime is the runtime the code runs on: Runtime, else the one the
// deployed entry declares ("" for the kind's default).
func (o Options) runtime() string {
	if o.Runtime == "" && o.Deploy != nil {
		return o.Deploy.Entry.Runtime
	}
	return o.Runtime
}

// checkGrace is how long a run lets work go on after cb: long enough to
// see a late request start, short enough to keep checks quick.
const checkGrace = 300 * time.Millisecond

func (o Options) withDefaults() Options {
	if o.Name == "" {
		o.Name = "hook.js"
	}
	if o.Timeout <= 0 {
		o.Timeout = emulator.DefaultTimeout
	}
	if o.Payload.Context == nil {
		o.Payload = emulator.DefaultPayload()
	}
	if o.TimeoutCaseLimit <= 0 {
		o.TimeoutCaseLimit = defaultTimeoutCaseLimit
	}
	o.TimeoutCaseLimit = min(o.TimeoutCaseLimit, o.Timeout)
	if o.Emulator == nil {
		o.Emulator = emulator.New(emulator.Config{Grace: checkGrace, SharedModulesDir: o.SharedModulesDir, Timeout: o.Timeout, Memory: o.Memory,
			NodeModules: o.NodeModules, PreferNodeModules: o.PreferNodeModules})
	}
	return o
}

// Run checks the code in opts: static checks on its syntax tree, then, if
// it loads, calls against the fake providers. It never fails itself:
// everything it finds, a syntax error included, is a check in the report.
func Run(ctx context.Context, opts Options) Report {
	opts = opts.withDefaults()
	rep := Report{Hook: opts.Name, Kind: emulator.KindHook}
	f, lowered, err := parse(opts.Name, opts.Source)
	if err != nil {
		// an @@KEY@@ left unreplaced is often why the code does not parse
		rep.Checks = append([]Check{parseFailureCheck(err)}, opts.Deploy.keywordChecks(opts.Source)...)
		rep.Notes = append(rep.Notes, opts.Deploy.notes()...)
		rep.finish()
		return rep
	}
	hook, loadErr := opts.Emulator.LoadWith(ctx, opts.Name, opts.Source, emulator.LoadOptions{Dir: opts.Dir, Runtime: opts.runtime(), Dependencies: opts.Deploy.pins()})
	st := static(f, opts, hook)
	st.checks = append(st.checks, deployChecks(opts, st, loadedHook(hook, loadErr))...)
	if lowered {
		for i := range st.checks {
			st.checks[i].Line = 0
		}
		rep.Notes = append(rep.Notes, loweredNote)
	}
	st.checks = append(st.checks, opts.Deploy.keywordChecks(opts.Source)...)
	rep.Kind, rep.Runtime = st.prof.kind, st.prof.node.Name
	if note := missingSecretsNote(st.missing, st.prof); note != "" {
		rep.Notes = append(rep.Notes, note)
	}
	rep.Notes = append(rep.Notes, opts.Deploy.notes()...)
	rep.Checks = append(st.checks, loadCheck(hook, loadErr))
	opts.DeliveryMethods = opts.deliveryMethods()
	if bad := unknownDeliveryMethods(opts.DeliveryMethods); bad != nil {
		rep.Checks = append(rep.Checks, *bad)
		opts.DeliveryMethods = nil
	}
	if loadErr == nil {
		if note := deliveryNote(hook, opts.DeliveryMethods); note != "" {
			rep.Notes = append(rep.Notes, note)
		}
		rep.Checks = append(rep.Checks, dynamic(ctx, opts, hook)...)
	}
	rep.finish()
	return rep
}

// loweredNote says why the static checks of lowered code name no lines.
const loweredNote = "the code uses for await or async generators, which hookemu rewrites before it runs them (goja lacks them); " +
	"the static checks read the rewritten code, so they name no lines"

// parse reads the code's syntax tree. Code that goja's parser refuses only
// for the newer syntax hookemu lowers before running it (for await, async
// generators) is read as lowered, as the emulator runs it; lowered says
// so, since the tree's lines are then the rewritten code's.
func parse(name string, src []byte) (f *jsast.File, lowered bool, err error) {
	f, err = jsast.Parse(name, src)
	if err == nil || !jslower.Needed(string(src)) {
		return f, false, err
	}
	low, lerr := jslower.Lower(name, string(src))
	var se *jslower.SyntaxError
	if errors.As(lerr, &se) {
		return nil, false, &jsast.SyntaxError{Line: se.Line, Column: se.Column, Message: se.Message}
	}
	if lerr != nil {
		return nil, false, err
	}
	if lf, perr := jsast.Parse(name, []byte(low)); perr == nil {
		return lf, true, nil
	}
	return nil, false, err
}

func parseFailureCheck(err error) Check {
	c := Check{Name: "parses", Status: Fail, Message: err.Error(),
		Fix: "fix the syntax error; Auth0 would refuse to save this code"}
	var se *jsast.SyntaxError
	if errors.As(err, &se) {
		c.Line = se.Line
		c.Message = fmt.Sprintf("SyntaxError: %s (column %d)", se.Message, se.Column)
	}
	return c
}

// loadedHook is the hook when it loaded, nil otherwise.
func loadedHook(hook *emulator.Hook, err error) *emulator.Hook {
	if err != nil {
		return nil
	}
	return hook
}

// loadCheck says whether the emulator could load the code and call it.
func loadCheck(hook *emulator.Hook, err error) Check {
	if err == nil {
		return Check{Name: "loads", Status: Pass, Message: "loads as " + kindName(hook.Kind)}
	}
	c := Check{Name: "loads", Status: Fail, Message: firstLine(err.Error()), Fix: "fix the code so it loads"}
	var le *emulator.LoadError
	if errors.As(err, &le) {
		c.Line, c.Message = le.Line, le.Message
		if le.Hint != "" {
			c.Fix = le.Hint
		}
	}
	return c
}

// kindName is "a hook" or "an Action", as users call them.
func kindName(kind emulator.Kind) string {
	if kind == emulator.KindAction {
		return "an Action"
	}
	return "a hook"
}

// dynamic calls a loaded hook against the fakes.
func dynamic(ctx context.Context, opts Options, hook *emulator.Hook) []Check {
	cases := casesFor(hook.Trigger, deliveryMethods(opts.DeliveryMethods))
	rn := runner{em: opts.Emulator, hook: hook, secrets: opts.Secrets, base: opts.Payload, limit: opts.Timeout, shortLimit: opts.TimeoutCaseLimit, stubs: opts.Stubs,
		cases: cases, faultCase: faultCaseOf(cases), trigger: hook.Trigger, target: cmp.Or(opts.RunTarget, opts.Name)}
	matrixRuns, faultRuns := rn.runAll(ctx)
	var checks []Check
	var skipped []string
	for _, p := range matrixProperties {
		if c, ok := p.judgeAll(matrixRuns); ok {
			checks = append(checks, c)
		} else {
			skipped = append(skipped, p.name)
		}
	}
	if c, ok := blockedCheck(matrixRuns); ok {
		checks = append(checks, c)
	}
	failures, more := propagationChecks(faultRuns, matrixRuns)
	checks = append(checks, failures...)
	if skipped = append(skipped, more...); len(skipped) > 0 {
		checks = append(checks, notChecked(skipped, checks))
	}
	return sayFor(profileOn(hook.Kind, hook.Runtime), checks)
}
