// Package emulator runs Auth0 send-phone-message code (legacy Hooks, and
// Actions) in goja, the way Auth0's Webtask runtime called it: CommonJS in
// sloppy mode, the (recipient, text, context, cb) call with every context
// field Auth0 documents, a 20 second limit, and shims of the npm modules
// hooks require.
//
// A Hook is compiled once and can be run any number of times, from any
// number of goroutines; every run gets a fresh runtime and event loop, so
// no run can see another's state. The emulator knows nothing of providers:
// it is given an http.RoundTripper that carries every request the hook
// makes, and reports what the hook did as a Result.
package emulator

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/hookemu/hookemu/emulator/modules"
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
	// Modules replaces the built-in module list (tests use it to run with
	// fewer or extra modules).
	Modules []modules.Module
	// SharedModulesDir holds the Actions' shared modules:
	// require('actions:NAME') loads NAME.js (or NAME/index.js) from it.
	SharedModulesDir string
}

// Emulator holds the configuration and module registry runs share. It is
// immutable after New and safe for concurrent use.
type Emulator struct {
	cfg     Config
	modules map[string]modules.Module
	shared  sync.Map // path -> *goja.Program, compiled shared modules
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
	if cfg.Modules == nil {
		cfg.Modules = Builtins()
	}
	e := &Emulator{cfg: cfg, modules: make(map[string]modules.Module, len(cfg.Modules))}
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
	// Transport carries the hook's HTTP; nil refuses every request as if
	// the network were down.
	Transport http.RoundTripper
	// Timeout overrides the emulator's limit for this call.
	Timeout time.Duration
}

// Load compiles source and evaluates it once, in a runtime with no
// network, to learn what it exports: a syntax error, a throw while loading
// or exports of the wrong shape is a *LoadError.
func (e *Emulator) Load(name string, source []byte) (*Hook, error) {
	src := strings.TrimPrefix(string(source), "\ufeff")
	if strings.HasPrefix(src, "#!") {
		src = "//" + src // a shebang line, commented out to keep line numbers
	}
	if err := e.sharedModulesDirExists(name); err != nil {
		return nil, err
	}
	prog, err := compile(name, src)
	if err != nil {
		return nil, err
	}
	hook := &Hook{Name: name, Source: src, program: prog}
	kind, err := e.learnKind(hook)
	if err != nil {
		return nil, err
	}
	hook.Kind = kind
	return hook, nil
}

// learnKind evaluates the code once, in a runtime with no network, to
// learn from its exports whether it is a Hook or an Action. Until then the
// kind is unknown, so code that uses what only Actions have while it loads
// (a top-level require('actions:NAME'), fetch) is evaluated again as an
// Action, and is one if its exports say so.
func (e *Emulator) learnKind(hook *Hook) (Kind, error) {
	kind, usedActionOnly, err := e.evaluateAs(hook, "")
	if !usedActionOnly || kind == KindHook {
		return kind, err
	}
	if asAction, _, errAsAction := e.evaluateAs(hook, KindAction); asAction == KindAction {
		return asAction, errAsAction
	}
	return kind, err
}

// evaluateAs evaluates the code as kind ("" when unknown) and checks its
// exports; usedActionOnly tells whether it asked, while the kind was
// unknown, for something only Actions have.
func (e *Emulator) evaluateAs(hook *Hook, kind Kind) (learned Kind, usedActionOnly bool, err error) {
	as := *hook
	as.Kind = kind
	inv := e.newInvocation(context.Background(), &as, Invocation{Payload: DefaultPayload()})
	defer inv.close()
	exports, err := inv.evaluate()
	if err != nil {
		return "", inv.usedActionOnly, err
	}
	learned, err = kindOf(inv, exports)
	if err != nil {
		return "", inv.usedActionOnly, &LoadError{File: hook.Name, Message: err.Error(), Hint: "export the handler: module.exports = function (recipient, text, context, cb) { ... }"}
	}
	if learned == KindAction {
		if _, _, err := inv.actionHandler(exports); err != nil {
			return learned, inv.usedActionOnly, &LoadError{File: hook.Name, Message: err.Error(), Hint: "Auth0 refuses to deploy such an Action"}
		}
	}
	return learned, inv.usedActionOnly, nil
}

// Run calls the hook once with in and reports what it did. It never
// panics on hostile code and returns within the time limit plus the grace.
func (e *Emulator) Run(ctx context.Context, hook *Hook, in Invocation) Result {
	inv := e.newInvocation(ctx, hook, in)
	defer inv.close()
	return inv.run()
}

// refuseTransport stands for a network that is not there.
type refuseTransport struct{}

func (refuseTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("no network while loading the hook: %s %s was not sent", r.Method, r.URL)
}
