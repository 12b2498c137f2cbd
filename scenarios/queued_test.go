package scenarios_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/scenarios"
)

// heldInvoker runs jobs in-process and says they started an hour ago,
// as a worker pool says when a job started after the jobs ahead of it.
type heldInvoker struct{ local *scenarios.LocalInvoker }

func (h heldInvoker) Invoke(ctx context.Context, job scenarios.Job) (harness.Report, error) {
	return h.local.Invoke(ctx, job)
}

func (h heldInvoker) InvokeQueued(ctx context.Context, job scenarios.Job) (harness.Report, time.Time, error) {
	rep, err := h.local.Invoke(ctx, job)
	return rep, time.Now().Add(-time.Hour), err
}

// plainInvoker is an Invoker that does not say when a job started.
type plainInvoker struct{ local *scenarios.LocalInvoker }

func (p plainInvoker) Invoke(ctx context.Context, job scenarios.Job) (harness.Report, error) {
	return p.local.Invoke(ctx, job)
}

func TestAScenariosDurationStartsWhenItsJobStarted(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hook.js":         "module.exports = function (r, t, c, cb) { cb(null, {}); };",
		"a.scenario.yaml": "hook: hook.js\n",
	})
	tests := []struct {
		name     string
		invoker  scenarios.Invoker
		atLeast  time.Duration
		lessThan time.Duration
	}{
		{"an invoker that says when the job started: from then", heldInvoker{local: scenarios.NewLocalInvoker(testEmulator())}, time.Hour, 2 * time.Hour},
		{"an invoker that does not: from when it was handed the job", plainInvoker{local: scenarios.NewLocalInvoker(testEmulator())}, 0, time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			sum, out := runText(t, &scenarios.Runner{Invoker: tt.invoker}, dir)
			require.Equal(t, 1, sum.Passed, out)
			took := sum.Results[0].Duration
			assert.GreaterOrEqual(t, took, tt.atLeast)
			assert.Less(t, took, tt.lessThan)
		})
	}
}
