package main

import (
	"cmp"
	"strings"
)

// demoNote is what of the documented hooks' own a command filled in (demo
// secrets, demo stubs), for the line that says so and names the flags
// that give the user's own instead.
type demoNote struct {
	secrets string // the hooks whose demo secrets were used, or ""
	stubs   string // the hooks whose demo stubs were used, or ""
	hosts   string // the hosts those stubs answer
}

func newDemoNote(secrets secretSet, st stubSet) demoNote {
	n := demoNote{secrets: secrets.demo, stubs: st.demo}
	if st.demo != "" {
		n.hosts = st.hosts()
	}
	return n
}

// hooks names the documented hooks the note is about.
func (n demoNote) hooks() string { return cmp.Or(n.secrets, n.stubs) }

// uses is what was filled in ("demo secrets and demo stubs for
// hooks.slack.com"); "" when nothing was.
func (n demoNote) uses() string {
	var parts []string
	if n.secrets != "" {
		parts = append(parts, "demo secrets")
	}
	if n.stubs != "" {
		parts = append(parts, "demo stubs for "+n.hosts)
	}
	return strings.Join(parts, " and ")
}

// ownFlags are the flags that give the user's own of what was filled in.
func (n demoNote) ownFlags() string {
	var flags []string
	if n.secrets != "" {
		flags = append(flags, "--secrets-file .env")
	}
	if n.stubs != "" {
		flags = append(flags, "--stubs stubs.yaml")
	}
	return strings.Join(flags, " ")
}
