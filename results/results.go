// Package results holds the JSON objects hookemu prints with --json for
// run, check and diff, so the CLI and the web runner (package webui)
// answer the same object for the same input: a script written against
// one reads the other.
package results

import (
	"github.com/hookemu/hookemu/check"
	"github.com/hookemu/hookemu/deploy"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hookdiff"
)

// Artifact names the deploy artifact entry a result is about: null (or
// absent) for plain code.
type Artifact struct {
	Format  deploy.Format `json:"format"`
	Path    string        `json:"path"`
	Entry   string        `json:"entry"`
	Kind    deploy.Kind   `json:"kind"`
	Source  string        `json:"source"`
	Trigger string        `json:"trigger"`
	Version string        `json:"trigger_version"`
	Runtime string        `json:"runtime"`
	// Notes are the artifact's notes and what its secrets lack.
	Notes []string `json:"notes"`
}

// Run is `hookemu run --json`: the run's report, with the artifact entry
// it ran when the code came from one.
type Run struct {
	harness.Report
	Artifact *Artifact `json:"artifact,omitempty"`
}

// Check is `hookemu check --json` for one hook: its report, with the
// artifact entry it is when the code came from one (null otherwise).
type Check struct {
	check.Report
	Artifact *Artifact `json:"artifact"`
}

// Diff is `hookemu diff --json`: the comparison, with the artifact entry
// of each side that came from one.
type Diff struct {
	hookdiff.Result
	OldArtifact *Artifact `json:"old_artifact,omitempty"`
	NewArtifact *Artifact `json:"new_artifact,omitempty"`
}
