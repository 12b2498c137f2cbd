// Package emulator runs Auth0 send-phone-message code (legacy Hooks, and
// Actions) in goja, the way Auth0's Webtask runtime called it: CommonJS in
// sloppy mode, the (recipient, text, context, cb) call with every context
// field Auth0 documents, a 20 second limit, a 128 MiB memory limit, Node's
// own string and Buffer size limits, and shims of the npm modules hooks
// require. A run ends within its time limit plus AbandonMargin whatever
// the script does (guards.go, memory.go, watchdog.go, regexp.go, abandon.go).
//
// A Hook is compiled once and can be run any number of times, from any
// number of goroutines; every run gets a fresh runtime and event loop, so
// no run can see another's state. The emulator knows nothing of providers:
// it is given an http.RoundTripper that carries every request the hook
// makes, and reports what the hook did as a Result.
package emulator

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja/ast"

	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/nodemodules"
	"github.com/hookemu/hookemu/emulator/runtimes"
	"github.com/hookemu/hookemu/internal/jslower"
)

// Defaults, as Auth0 applied them.
const (
	// DefaultTimeout is Webtask's execution limit.
	DefaultTimeout = 20 * time.Second
	// DefaultGrace is how long work still running after cb may go on, so
	// that it shows in the result, before the run is cut off, as Auth0 may
	// freeze the container.
	DefaultGrace = time.Second
	// DefaultMaxLogBytes bounds captured console output.
	DefaultMaxLogBytes = 1 << 20
	// DefaultMaxCallStackSize turns runaway recursion into an error long
	// before it could exhaust memory.
	DefaultMaxCallStackSize = 10000
)

// Config tunes an Emulator; the zero value gives Auth0's limits and every
// built-in module.
type Config struct {
	Timeout          time.Duration
	Grace            time.Duration
	MaxLogBytes      int
	MaxCallStackSize int
	// Memory is a run's memory limit in bytes (DefaultMemory when zero).
	Memory int64
	// Modules replaces the built-in module list (tests use it to run with
	// fewer or extra modules).
	Modules []modules.Module
	// SharedModulesDir holds the Actions' shared modules:
	// require('actions:NAME') loads NAME.js (or NAME/index.js) from it.
	SharedModulesDir string
	// NodeModules are node_modules folders (or folders that hold one)
	// searched after those of the hook's own folder and its parents, as
	// Node searches NODE_PATH.
	NodeModules []string
	// PreferNodeModules names the packages whose installed copy is run
	// instead of hookemu's built-in shim; "*" prefers every installed one.
	// Node's core modules are always hookemu's, as they are Node's in Node.
	PreferNodeModules []string
}

// Emulator holds the configuration and module registry runs share. It is
// immutable after New and safe for concurrent use.
type Emulator struct {
	cfg     Config
	modules map[string]modules.Module
	shared  sync.Map // path -> *goja.Program, compiled shared modules
	// programs holds the compiled files of installed packages, shared by
	// the whole process.
	programs *nodemodules.Programs
	prefer   map[string]bool
	strs     jsStrings // the payloads' strings as JS values (jsstrings.go)
}

// New returns an emulator with cfg's zero fields set to the defaults.
func New(cfg Config) *Emulator {
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.Grace <= 0 {
		cfg.Grace = DefaultGrace
	}
	if cfg.MaxLogBytes <= 0 {
		cfg.MaxLogBytes = DefaultMaxLogBytes
	}
	if cfg.MaxCallStackSize <= 0 {
		cfg.MaxCallStackSize = DefaultMaxCallStackSize
	}
	if cfg.Memory <= 0 {
		cfg.Memory = DefaultMemory
	}
	if cfg.Modules == nil {
		cfg.Modules = Builtins()
	}
	e := &Emulator{cfg: cfg, modules: make(map[string]modules.Module, len(cfg.Modules)), programs: nodemodules.Shared(), prefer: map[string]bool{}}
	for _, name := range cfg.PreferNodeModules {
		e.prefer[name] = true
	}
	for _, m := range cfg.Modules {
		e.modules[m.Name] = m
	}
	return e
}

// ModuleNames lists the modules a hook can require, sorted.
func (e *Emulator) ModuleNames() []string {
	names := make([]string, 0, len(e.modules))
	for name := range e.modules {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// Module returns the registered module called name.
func (e *Emulator) Module(name string) (modules.Module, bool) {
	m, ok := e.modules[name]
	return m, ok
}

// Invocation is one call of a hook.
type Invocation struct {
	Payload Payload
	Secrets map[string]string
	// SecretOrigins says where each secret came from ("--secret", ".env"),
	// so that the problem about a secret read but not set can name the
	// provided one it was likely meant to be, and where to fix it.
	SecretOrigins map[string]string
	// SetSecret says how whoever runs this call sets the secret key (the
	// web runner's Secrets panel, a scenario's secrets:), for the problem
	// of a secret read but not set; nil says the command line's
	// --secret and --secrets-file.
	SetSecret func(key string) string
	// Transport carries the hook's HTTP; nil refuses every request as if
	// the network were down.
	Transport http.RoundTripper
	// Timeout overrides the emulator's limit for this call.
	Timeout time.Duration
	// Memory overrides the emulator's memory limit for this call, in bytes.
	Memory int64
}

// LoadOptions bound loading a hook as a run is bounded: the code at the
// top of the file runs while loading. Zero fields take the emulator's.
type LoadOptions struct {
	Timeout time.Duration
	Memory  int64
	// Dir is the folder the hook's file is in: require looks for packages
	// in its node_modules and its parents', as Node does. Empty for code
	// that has no folder (an embedded hook).
	Dir string
	// NodeModules are folders searched after the hook's own and before
	// the emulator's (a scenario's node_modules: key).
	NodeModules []string
	// Runtime is the Node runtime the code runs on: "node12", "node16",
	// "node18" or "node22"; empty is the default of its kind (node12 for
	// a Hook, as Webtask ran them; node22 for an Action, as Auth0 does).
	// It decides process.version, the globals that exist, error wording
	// and what an unhandled rejection does.
	Runtime string
	// Dependencies pin the version a bare require gets, as an artifact
	// declares them (name -> version): require('axios') with axios
	// 0.27.2 declared runs axios 0.27.2. A require that names its own
	// version keeps it, and Node's core modules are never pinned. A
	// version the shim does not emulate runs from node_modules when
	// installed there, else as the shim's nearest version, with a warning
	// in every run's problems (Emulator.ResolveDependency says which
	// beforehand).
	Dependencies map[string]string
}

// Load is LoadWith with the emulator's limits.
func (e *Emulator) Load(name string, source []byte) (*Hook, error) {
	return e.LoadWith(context.Background(), name, source, LoadOptions{})
}

// LoadWith compiles source and evaluates it once, in a runtime with no
// network, to learn what it exports: a syntax error, a throw while loading
// or exports of the wrong shape is a *LoadError. Top-level code that runs
// past the time or memory limit is no load error: the hook is returned,
// and every Run of it reports that limit at once, as Auth0 would fail the
// message.
func (e *Emulator) LoadWith(ctx context.Context, name string, source []byte, opts LoadOptions) (*Hook, error) {
	src := strings.TrimPrefix(string(source), "\ufeff")
	if strings.HasPrefix(src, "#!") {
		src = "//" + src // a shebang line, commented out to keep line numbers
	}
	if err := e.sharedModulesDirExists(name); err != nil {
		return nil, err
	}
	search, err := nodemodules.NewSearch(opts.Dir, append(slices.Clip(opts.NodeModules), e.cfg.NodeModules...))
	if err != nil {
		return nil, &LoadError{File: name, Message: err.Error()}
	}
	node, err := runtimes.Parse(opts.Runtime)
	if err != nil {
		return nil, &LoadError{File: name, Message: err.Error(), Hint: "name a runtime Auth0 offers"}
	}
	prog, tree, err := compileTree(name, src)
	if err != nil {
		return nil, err
	}
	hook := &Hook{Name: name, Source: src, Runtime: node, program: prog, nodeModules: search, nodeExtras: jslower.NeedsExtras(src),
		dependencies: copyDependencies(opts.Dependencies)}
	kind, stopped, err := e.learnKind(ctx, hook, tree, opts)
	switch {
	case stopped != nil:
		hook.Kind = KindHook
		if kind != "" {
			hook.Kind = kind
		}
		stopped.Kind = hook.Kind
		hook.stopped = stopped
	case err != nil:
		return nil, err
	default:
		hook.Kind = kind
	}
	if hook.Runtime.IsZero() {
		hook.Runtime = runtimes.Default(hook.Kind == KindAction)
	}
	if hook.stopped != nil {
		hook.stopped.Runtime = hook.Runtime.Name
	}
	return hook, nil
}

// learnKind learns from the code's exports whether it is a Hook or an
// Action: from its syntax tree when that is certain (staticKind), else by
// evaluating it once, in a runtime with no network. Until then the kind
// is unknown, so code that uses what only Actions have while it loads (a
// top-level require('actions:NAME'), fetch) is evaluated again as an
// Action, and is one if its exports say so. stopped is set when a limit
// ended the evaluation.
func (e *Emulator) learnKind(ctx context.Context, hook *Hook, tree *ast.Program, opts LoadOptions) (Kind, *Result, error) {
	if kind, trigger, ok := staticKind(tree, e.requirableAtLoad(opts)); ok {
		hook.Trigger = trigger
		return kind, nil, nil
	}
	return e.evaluateKind(ctx, hook, opts)
}

// requirableAtLoad tells the specs that a require at the top level of a
// file loaded with opts surely loads from hookemu's own modules: a plain
// name of one (no version, no node: prefix), when no --prefer-node-modules
// and no dependency pin could send it elsewhere. Their loading cannot
// fail in an Action (TestEveryBuiltinModuleRequiredAtTheTopLevelGetsOneKindBothWays)
// within limits of a second and 16 MiB: under tighter ones, loading the
// bigger modules could reach them, so the file is evaluated.
func (e *Emulator) requirableAtLoad(opts LoadOptions) func(string) bool {
	timeout, memory := cmp.Or(opts.Timeout, e.cfg.Timeout), cmp.Or(opts.Memory, e.cfg.Memory)
	if len(e.prefer) > 0 || len(opts.Dependencies) > 0 || timeout < time.Second || memory < 16<<20 {
		return nil
	}
	return func(spec string) bool {
		_, builtin := e.modules[spec]
		name, version := SplitModuleSpec(spec)
		return builtin && name == spec && version == ""
	}
}

// evaluateKind is learnKind by evaluation.
func (e *Emulator) evaluateKind(ctx context.Context, hook *Hook, opts LoadOptions) (Kind, *Result, error) {
	kind, usedActionOnly, stopped, err := e.evaluateAs(ctx, hook, "", opts)
	if stopped != nil || !usedActionOnly || kind == KindHook {
		return kind, stopped, err
	}
	if asAction, _, stoppedAsAction, errAsAction := e.evaluateAs(ctx, hook, KindAction, opts); asAction == KindAction || stoppedAsAction != nil {
		return asAction, stoppedAsAction, errAsAction
	}
	return kind, nil, err
}

// evaluateAs evaluates the code as kind ("" when unknown) and checks its
// exports; usedActionOnly tells whether it asked, while the kind was
// unknown, for something only Actions have. The evaluation is bounded as
// a run is: stopped is the result when a limit ended it.
func (e *Emulator) evaluateAs(ctx context.Context, hook *Hook, kind Kind, opts LoadOptions) (learned Kind, usedActionOnly bool, stopped *Result, err error) {
	as := *hook
	as.Kind = kind
	inv := e.newInvocation(ctx, &as, Invocation{Payload: DefaultPayload(), Timeout: opts.Timeout, Memory: opts.Memory})
	var limited bool
	finished, internal := inv.detached(func() {
		defer inv.close()
		learned, limited, err = inv.learnExports()
		usedActionOnly = inv.usedActionOnly
	})
	switch {
	case internal != nil:
		return "", false, nil, &LoadError{File: hook.Name, Message: internal.Error(), Hint: "this is a bug in hookemu"}
	case !finished:
		r := inv.abandoned()
		return "", false, &r, nil
	case limited:
		r := inv.result
		r.Duration = inv.elapsed()
		return "", usedActionOnly, &r, nil
	}
	if learned != "" {
		hook.Trigger = as.Trigger
	}
	return learned, usedActionOnly, nil, err
}

// learnExports evaluates the module and tells a Hook from an Action;
// limited is set when a limit ended the evaluation (inv.result says which).
func (inv *invocation) learnExports() (kind Kind, limited bool, err error) {
	name := inv.hook.Name
	exports, err := inv.evaluate()
	if err != nil {
		if inv.stoppedByLimit(err) {
			inv.uncaught(err)
			return "", true, nil
		}
		return "", false, inv.loadError(err)
	}
	kind, err = kindOf(inv, exports)
	if err != nil {
		return "", false, &LoadError{File: name, Message: err.Error(), Hint: "export the handler: module.exports = function (recipient, text, context, cb) { ... }"}
	}
	inv.hook.Trigger = TriggerSendPhoneMessage
	if kind == KindAction {
		handler, _, err := inv.actionHandler(exports)
		if err != nil {
			return kind, false, &LoadError{File: name, Message: err.Error(), Hint: "Auth0 refuses to deploy such an Action"}
		}
		inv.hook.Trigger = triggerOf(handler)
	}
	return kind, false, nil
}

// Run calls the hook once with in and reports what it did. It never
// panics on hostile code and returns within the time limit plus
// AbandonMargin, even when the script is stuck in a built-in.
func (e *Emulator) Run(ctx context.Context, hook *Hook, in Invocation) Result {
	if hook.stopped != nil {
		return hook.stoppedResult()
	}
	inv := e.newInvocation(ctx, hook, in)
	var result Result
	finished, internal := inv.detached(func() {
		defer inv.close()
		result = inv.run()
	})
	switch {
	case internal != nil:
		return Result{Kind: hook.Kind, Runtime: inv.Node().Name, Outcome: OutcomeException, Error: &ErrorInfo{Name: "Error", Message: internal.Error()}, Duration: inv.elapsed()}
	case !finished:
		return inv.abandoned()
	}
	return result
}

// refuseTransport stands for a network that is not there.
type refuseTransport struct{}

func (refuseTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("no network while loading the hook: %s %s was not sent", r.Method, r.URL)
}
