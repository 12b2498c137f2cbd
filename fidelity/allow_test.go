package fidelity

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
)

// allowEntry lets one field of one case differ, for a stated reason.
type allowEntry struct {
	Case   string `json:"case"`
	Field  string `json:"field"`
	Reason string `json:"reason"`
	// Sometimes marks a difference that depends on timing: an entry that
	// no difference needed in a run is then not reported as stale.
	Sometimes bool `json:"sometimes,omitempty"`
}

// allowList is allow.json, with a record of which entries were used.
type allowList struct {
	entries []allowEntry
	mu      sync.Mutex
	used    map[int]bool
}

func loadAllowList(path string, caseIDs map[string]bool) (*allowList, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var entries []allowEntry
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&entries); err != nil {
		return nil, fmt.Errorf("%s: %w; write it as [{\"case\": \"axios/get.js@0.21.4\", \"field\": \"requests.header.User-Agent\", \"reason\": \"...\"}]", path, err)
	}
	seen := map[string]bool{}
	var problems []string
	for _, e := range entries {
		key := e.Case + " " + e.Field
		switch {
		case e.Case == "" || e.Field == "" || strings.TrimSpace(e.Reason) == "":
			problems = append(problems, fmt.Sprintf("entry %q needs case, field and reason", key))
		case !caseIDs[e.Case]:
			problems = append(problems, fmt.Sprintf("entry for %q names no case (case ids are the file's path under cases/, plus @version for a matrix)", e.Case))
		case seen[key]:
			problems = append(problems, fmt.Sprintf("entry %q is listed twice", key))
		}
		seen[key] = true
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("%s:\n  %s", path, strings.Join(problems, "\n  "))
	}
	return &allowList{entries: entries, used: map[int]bool{}}, nil
}

// allows returns the reason that lets d differ in caseID, or "".
func (a *allowList) allows(caseID string, d Difference) string {
	for i, e := range a.entries {
		if e.Case != caseID {
			continue
		}
		if d.Field == e.Field || strings.HasPrefix(d.Field, e.Field+".") || strings.HasPrefix(d.Field, e.Field+"[") {
			a.mu.Lock()
			a.used[i] = true
			a.mu.Unlock()
			return e.Reason
		}
	}
	return ""
}

// unused lists the entries no difference needed: each must go, so the list
// never hides a fix.
func (a *allowList) unused(ran map[string]bool) []allowEntry {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []allowEntry
	for i, e := range a.entries {
		if !a.used[i] && !e.Sometimes && ran[e.Case] {
			out = append(out, e)
		}
	}
	return out
}
