package deploy

import (
	"fmt"
	"strings"
)

// Select picks the entry hookemu runs: the one named (as a0deploy names
// it: a Hook's name lower-cased with spaces as '-'), or, with no name, the
// artifact's only send-phone-message or custom-phone-provider entry. The
// errors list the phone entries so the user can pass --name.
func (a *Artifact) Select(name string) (Entry, error) {
	phone := a.PhoneEntries()
	if name != "" {
		return a.selectNamed(name, phone)
	}
	switch len(phone) {
	case 1:
		return phone[0], nil
	case 0:
		return Entry{}, a.noPhoneEntry()
	}
	return Entry{}, fmt.Errorf("%s holds %d phone entries (%s): pass --name with the one to use", a.where(), len(phone), entryNames(phone))
}

func (a *Artifact) selectNamed(name string, phone []Entry) (Entry, error) {
	for _, e := range a.Entries {
		if e.Name != name && !(e.Kind == KindHook && e.Name == HookName(name)) {
			continue
		}
		if !e.IsPhone() {
			return Entry{}, fmt.Errorf("%s %q in %s runs for %s; hookemu runs %s and %s code only", e.Kind, e.Name, a.where(), describeTrigger(e.Trigger), TriggerSendPhoneMessage, TriggerCustomPhoneProvider)
		}
		return e, nil
	}
	if len(phone) == 0 {
		return Entry{}, fmt.Errorf("no entry named %q: %w", name, a.noPhoneEntry())
	}
	return Entry{}, fmt.Errorf("%s holds no entry named %q; its phone entries are %s: pass one of them with --name", a.where(), name, entryNames(phone))
}

func (a *Artifact) noPhoneEntry() error {
	if len(a.Entries) == 0 {
		return fmt.Errorf("%s holds no actions or hooks", a.where())
	}
	found := make([]string, len(a.Entries))
	for i, e := range a.Entries {
		found[i] = fmt.Sprintf("%s %q (%s)", e.Kind, e.Name, describeTrigger(e.Trigger))
	}
	return fmt.Errorf("%s holds no %s or %s action or hook; found %s", a.where(), TriggerSendPhoneMessage, TriggerCustomPhoneProvider, strings.Join(found, ", "))
}

func (a *Artifact) where() string {
	if a.Path == "" {
		return "the artifact"
	}
	return a.Path
}

func describeTrigger(t Trigger) string {
	switch {
	case t.ID == "":
		return "no trigger"
	case t.Version == "":
		return t.ID
	}
	return t.ID + " " + t.Version
}

func entryNames(entries []Entry) string {
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = fmt.Sprintf("%q (%s %s)", e.Name, e.Kind, e.Trigger.ID)
	}
	return strings.Join(names, ", ")
}
