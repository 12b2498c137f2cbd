package deploy

import (
	"fmt"
	"strconv"

	"github.com/hookemu/hookemu/internal/hostfile"
)

// loadManagement reads Management API JSON (go-auth0 management/actions.go
// and hook.go): one action (GET /api/v2/actions/actions/{id}), the list
// {"actions": [...]}, one hook, or hooks as an array or {"hooks": [...]}.
// An action is read as its deployed_version, the code Auth0 runs, unless
// opts.Draft asks for the top-level draft. Nothing is replaced: the API
// holds code as deployed.
func loadManagement(path string, opts Options) (*Artifact, error) {
	data, err := hostfile.Read(path, maxConfigBytes)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	d, err := parseJSON(path, data)
	if err != nil {
		return nil, err
	}
	m := managementReader{doc: d, draft: opts.Draft, art: &Artifact{}}
	if err := m.read(d.root); err != nil {
		return nil, err
	}
	addSecretsNote(m.art)
	return m.art, nil
}

type managementReader struct {
	doc   doc
	draft bool
	art   *Artifact
}

func (m *managementReader) read(root *value) error {
	switch {
	case root.kind == kindList:
		return m.list(root.items, "")
	case root.get("actions") != nil:
		items, err := m.doc.list(root.get("actions"), "actions")
		if err != nil {
			return err
		}
		return m.list(items, "actions")
	case root.get("hooks") != nil:
		items, err := m.doc.list(root.get("hooks"), "hooks")
		if err != nil {
			return err
		}
		return m.list(items, "hooks")
	}
	return m.one(root, "", false)
}

func (m *managementReader) list(items []*value, section string) error {
	for i, item := range items {
		if err := m.one(item, section+"["+strconv.Itoa(i)+"]", true); err != nil {
			return err
		}
	}
	return nil
}

// one reads an action or hook; in a list, an action never deployed is
// left out with a note instead of stopping the reading.
func (m *managementReader) one(v *value, prefix string, inList bool) error {
	if err := m.doc.object(v, prefix); err != nil {
		return err
	}
	if v.get("script") != nil || v.get("triggerId") != nil {
		decl, err := readHook(m.doc, v, prefix)
		if err != nil {
			return err
		}
		return m.add(decl, prefix)
	}
	decl, err := readAction(m.doc, v, prefix)
	if err != nil {
		return err
	}
	if m.draft {
		decl.entry.Deployed, err = m.doc.flag(v.get("all_changes_deployed"), at(prefix, "all_changes_deployed"))
		if err != nil {
			return err
		}
		return m.add(decl, prefix)
	}
	deployed := v.get("deployed_version")
	if deployed.isNull() {
		if inList {
			m.art.Notes = append(m.art.Notes, fmt.Sprintf("%s: action %q was never deployed, so it is left out; pass --draft to check its draft", m.doc.file, decl.entry.Name))
			return nil
		}
		return m.doc.errorf(v, at(prefix, "deployed_version"), "action %q was never deployed: there is no deployed version to check; pass --draft to check its draft", decl.entry.Name)
	}
	live, err := m.deployedVersion(decl, deployed, at(prefix, "deployed_version"))
	if err != nil {
		return err
	}
	if decl.code != live.code {
		m.art.Notes = append(m.art.Notes, fmt.Sprintf("%s: the draft of action %q differs from its deployed version; the deployed version is checked (pass --draft for the draft)", m.doc.file, decl.entry.Name))
	}
	return m.add(live, prefix)
}

// deployedVersion is the action as its deployed version declares it; a
// field the version lacks is the action's.
func (m *managementReader) deployedVersion(action declared, v *value, prefix string) (declared, error) {
	if err := m.doc.object(v, prefix); err != nil {
		return declared{}, err
	}
	live := action
	e := &live.entry
	if err := readActionVersion(m.doc, v, prefix, e); err != nil {
		return declared{}, err
	}
	if v.get("runtime").isNull() {
		e.Runtime = action.entry.Runtime
	}
	if v.get("supported_triggers").isNull() {
		e.Trigger = action.entry.Trigger
	}
	if v.get("dependencies").isNull() {
		e.Dependencies = action.entry.Dependencies
	}
	if v.get("secrets").isNull() {
		e.Secrets = action.entry.Secrets
	}
	e.Deployed = true
	code, err := m.doc.text(v.get("code"), at(prefix, "code"))
	live.code, live.at = code, v.get("code")
	return live, err
}

func (m *managementReader) add(decl declared, prefix string) error {
	e := decl.entry
	field := "code"
	if e.Kind == KindHook {
		field = "script"
	}
	if decl.code == "" {
		return m.doc.errorf(decl.at, at(prefix, field), "%s %q has no %s", e.Kind, e.Name, field)
	}
	e.Code = []byte(decl.code)
	e.Source = m.doc.file
	if prefix != "" {
		e.Source += " " + prefix
	}
	m.art.Entries = append(m.art.Entries, e)
	return nil
}
