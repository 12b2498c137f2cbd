package check

import (
	"encoding/json"

	"github.com/hookemu/hookemu/emulator"
)

// Status is the verdict of one check.
type Status string

// The verdicts, as the report prints them.
const (
	Pass Status = "PASS"
	Warn Status = "WARN"
	Fail Status = "FAIL"
)

// Check is one line of the report: what was checked, the verdict, one line
// of reason, where in the hook (Line 0 when no line applies), and for a
// FAIL what to change.
type Check struct {
	Name    string
	Status  Status
	Message string
	Line    int
	Fix     string
}

// checkJSON keeps every key present, so a consumer can rely on the schema:
// line and fix are null when they do not apply.
type checkJSON struct {
	Name    string  `json:"name"`
	Status  Status  `json:"status"`
	Message string  `json:"message"`
	Line    *int    `json:"line"`
	Fix     *string `json:"fix"`
}

// MarshalJSON writes {"name","status","message","line","fix"}.
func (c Check) MarshalJSON() ([]byte, error) {
	out := checkJSON{Name: c.Name, Status: c.Status, Message: c.Message}
	if c.Line > 0 {
		out.Line = &c.Line
	}
	if c.Fix != "" {
		out.Fix = &c.Fix
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what MarshalJSON writes, so Go consumers of
// `hookemu check --json` can decode into a Report.
func (c *Check) UnmarshalJSON(data []byte) error {
	var in checkJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return err
	}
	*c = Check{Name: in.Name, Status: in.Status, Message: in.Message}
	if in.Line != nil {
		c.Line = *in.Line
	}
	if in.Fix != nil {
		c.Fix = *in.Fix
	}
	return nil
}

// Summary counts the checks by verdict.
type Summary struct {
	Pass int `json:"pass"`
	Warn int `json:"warn"`
	Fail int `json:"fail"`
}

// Report is the outcome of checking one hook, in the shape
// `hookemu check --json` prints. OK is false when any check failed; a
// caller that also refuses warnings (--strict) uses Passed(true).
type Report struct {
	Hook string        `json:"hook"`
	Kind emulator.Kind `json:"kind"`
	// Runtime is the Node runtime the code was checked on.
	Runtime string `json:"runtime"`
	OK      bool   `json:"ok"`
	// Notes come before the checks: what makes many of them say less
	// than they could (secrets the code reads that were not given).
	Notes   []string `json:"notes"`
	Checks  []Check  `json:"checks"`
	Summary Summary  `json:"summary"`
}

// Passed reports whether the hook may be deployed: no FAIL, and with
// strict also no WARN.
func (r Report) Passed(strict bool) bool {
	return r.Summary.Fail == 0 && (!strict || r.Summary.Warn == 0)
}

// Find returns the first check called name, for tests and tools that
// look for one verdict.
func (r Report) Find(name string) (Check, bool) {
	for _, c := range r.Checks {
		if c.Name == name {
			return c, true
		}
	}
	return Check{}, false
}

// finish counts the verdicts and sets OK.
func (r *Report) finish() {
	if r.Notes == nil {
		r.Notes = []string{}
	}
	r.Summary = Summary{}
	for _, c := range r.Checks {
		switch c.Status {
		case Pass:
			r.Summary.Pass++
		case Warn:
			r.Summary.Warn++
		case Fail:
			r.Summary.Fail++
		}
	}
	if r.Checks == nil {
		r.Checks = []Check{}
	}
	r.OK = r.Summary.Fail == 0
}
