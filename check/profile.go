package check

import (
	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/runtimes"
)

// role is what a value is, as far as the secrets analysis can tell.
type role int

const (
	roleNone    role = iota
	roleEvent        // an Action's event
	roleWebtask      // a hook's context.webtask
	roleSecrets      // the secrets object itself
)

// profile is what differs between checking a legacy Hook and an Action:
// Auth0's limits, the globals of the Node version each ran on, and where
// the secrets live. Everything kind-specific goes through it, so Action
// checks (issue 7) plug in here.
type profile struct {
	kind emulator.Kind
	// secretsPath is how messages spell the secrets object.
	secretsPath  string
	maxSecrets   int
	maxCodeBytes int // 0: Auth0 documents none
	maxModules   int // npm dependencies; 0: no limit
	// node is the runtime the code runs on; globals are its globals, as
	// the emulator defines them, and ECMAScript's.
	node    runtimes.Runtime
	globals map[string]bool
	// step is the role of base[key]: context.webtask is a hook's
	// webtask object whatever context is called; its .secrets are the
	// secrets.
	step func(base role, key string) role
}

// hookProfile and actionProfile leave globals to profileOn, which fills
// them for the runtime checked: built here, they would cost every process
// at start-up.
var hookProfile = profile{
	kind:        emulator.KindHook,
	secretsPath: "context.webtask.secrets",
	maxSecrets:  20,
	node:        runtimes.Default(false),
	step: func(base role, key string) role {
		switch {
		case key == "webtask":
			return roleWebtask
		case key == "secrets" && base == roleWebtask:
			return roleSecrets
		}
		return roleNone
	},
}

var actionProfile = profile{
	kind:         emulator.KindAction,
	secretsPath:  "event.secrets",
	maxSecrets:   30,
	maxCodeBytes: 100 * 1000,
	maxModules:   10,
	node:         runtimes.Default(true),
	step: func(base role, key string) role {
		if key == "secrets" && base == roleEvent {
			return roleSecrets
		}
		return roleNone
	},
}

// profileFor is the profile of kind on its default runtime.
func profileFor(kind emulator.Kind) profile { return profileOn(kind, runtimes.Runtime{}) }

// profileOn is the profile of kind on node (the kind's default runtime
// when zero).
func profileOn(kind emulator.Kind, node runtimes.Runtime) profile {
	prof := hookProfile
	if kind == emulator.KindAction {
		prof = actionProfile
	}
	if node.IsZero() {
		node = runtimes.Default(kind == emulator.KindAction)
	}
	prof.node = node
	prof.globals = globalsOf(node)
	return prof
}

// globalsOf is what code on node finds defined: ECMAScript's globals and
// Node's, as the emulator defines them.
func globalsOf(node runtimes.Runtime) map[string]bool {
	return union(esGlobals(), setOf(emulator.Globals(node)))
}

func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for k := range s {
			out[k] = true
		}
	}
	return out
}
