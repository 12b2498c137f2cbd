// Package runtimes is the one list of the Node runtimes Auth0 has run
// hooks and Actions on, and the exact version hookemu reports for each
// (process.version, User-Agent headers). Everything that names a Node
// version asks here.
//
// Facts: Webtask ran Hooks on Node 12 (Node 8 was removed in February
// 2022); Actions have offered node12, node16, node18 and node22, and
// node22 is what Auth0 picks today for an Action created without a
// runtime (see the project's shared/reference/deploy-formats.md,
// section 6). The patch versions are each line's last release where the
// line has ended (12.22.12, 16.20.2), and a release of the line from the
// time Auth0 offered it otherwise (nodejs.org/dist/index.json).
package runtimes

import (
	"fmt"
	"strconv"
	"strings"
)

// Runtime is one Node line code runs on; the zero value is no runtime
// chosen (the kind's default applies).
type Runtime struct {
	// Name is how Auth0 and the CLI name it: "node18".
	Name string
	// Version is process.version: "v18.20.4".
	Version string
}

// The runtimes, oldest first.
var (
	Node12 = Runtime{Name: "node12", Version: "v12.22.12"}
	Node16 = Runtime{Name: "node16", Version: "v16.20.2"}
	Node18 = Runtime{Name: "node18", Version: "v18.20.4"}
	Node22 = Runtime{Name: "node22", Version: "v22.12.0"}
)

// All lists the runtimes, oldest first.
func All() []Runtime { return []Runtime{Node12, Node16, Node18, Node22} }

// Names lists the runtimes' names, oldest first.
func Names() []string {
	var names []string
	for _, r := range All() {
		names = append(names, r.Name)
	}
	return names
}

// Default is the runtime of code that names none: node22 for an Action,
// as Auth0 creates them today; node12 for a Hook, as Webtask ran them.
func Default(action bool) Runtime {
	if action {
		return Node22
	}
	return Node12
}

// Parse reads a runtime's name. "" is the zero Runtime (the kind's
// default). Auth0's API id for Node 18 Actions, "node18-actions", is
// node18.
func Parse(name string) (Runtime, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "" {
		return Runtime{}, nil
	}
	n = strings.TrimSuffix(n, "-actions")
	for _, r := range All() {
		if r.Name == n {
			return r, nil
		}
	}
	return Runtime{}, fmt.Errorf("unknown runtime %q: use one of %s", name, strings.Join(Names(), ", "))
}

// IsZero reports whether no runtime was chosen.
func (r Runtime) IsZero() bool { return r.Name == "" }

// Major is the Node major version: 18 for node18 (0 for the zero value).
func (r Runtime) Major() int {
	major, _ := strconv.Atoi(strings.TrimPrefix(r.Name, "node"))
	return major
}

// AtLeast reports whether the runtime is Node major or newer.
func (r Runtime) AtLeast(major int) bool { return r.Major() >= major }

// Title is how messages name it: "Node 18".
func (r Runtime) Title() string { return fmt.Sprintf("Node %d", r.Major()) }
