package scenarios

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/hookemu/hookemu/deploy"
	"github.com/hookemu/hookemu/harness"
)

// JSONReporter writes one JSON object per scenario, one per line, as
// each finishes: the form for tools (jq, dashboards) rather than people.
type JSONReporter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

var _ Reporter = (*JSONReporter)(nil)

// NewJSONReporter writes to w.
func NewJSONReporter(w io.Writer) *JSONReporter {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &JSONReporter{w: bw, enc: enc}
}

// JSONResult is the object --json prints for each scenario.
type JSONResult struct {
	Name       string          `json:"name"` // the scenario's ID
	File       string          `json:"file"`
	Scenario   string          `json:"scenario"`
	Case       string          `json:"case,omitempty"`
	Variant    string          `json:"variant,omitempty"` // the hook, when the scenario lists several
	Line       int             `json:"line"`
	Status     Status          `json:"status"`
	DurationMS float64         `json:"duration_ms"`
	SkipReason string          `json:"skip_reason,omitempty"`
	Failures   []Failure       `json:"failures,omitempty"`
	Result     *harness.Report `json:"result,omitempty"`
	// Artifact names the deploy artifact entry the scenario ran, when its
	// hook: names an artifact.
	Artifact *JSONArtifact `json:"artifact,omitempty"`
}

// JSONArtifact is the deploy artifact entry a scenario runs: the
// artifact's format, its path as the scenario wrote it, the entry's name
// and where the artifact declares it.
type JSONArtifact struct {
	Format deploy.Format `json:"format"`
	Path   string        `json:"path"`
	Entry  string        `json:"entry"`
	Source string        `json:"source"`
}

// NewJSONResult is res in the --json form.
func NewJSONResult(res Result) JSONResult {
	s := res.Scenario
	return JSONResult{
		Name: s.ID(), File: s.File, Scenario: s.Name, Case: s.Case, Variant: s.Variant, Line: s.Line,
		Status: res.Status, DurationMS: float64(res.Duration.Microseconds()) / 1000,
		SkipReason: res.SkipReason, Failures: res.Failures, Result: res.Report, Artifact: s.hook.deployed,
	}
}

// Result writes one line.
func (j *JSONReporter) Result(res Result) {
	_ = j.enc.Encode(NewJSONResult(res)) // a failed write shows in Summary's Flush
}

// Summary flushes; the summary line is for people and goes elsewhere.
func (j *JSONReporter) Summary(Summary) error {
	return j.w.Flush()
}
