package scenarios

import (
	"context"
	"errors"
	"fmt"
	"slices"
)

// Session is a suite loaded, its scenarios selected and their hooks
// compiled, whose scenarios run one call at a time: for a caller that
// schedules them itself, as package scenarios/gotest does with subtests.
// Run is safe to call from many goroutines.
type Session struct {
	ex       *execution
	selected []*Scenario
}

// Start loads the scenarios under paths, selects them as Run would
// (Match, Shard) and compiles their hooks. A problem with a file or a
// hook is an error that lists every one, with its position.
func (r *Runner) Start(paths ...string) (*Session, error) {
	suite, err := Load(paths...)
	var list LoadErrors
	if errors.As(err, &list) {
		list = append(slices.Clone(list), r.Check(suite)...)
		list.Sort()
		return nil, fmt.Errorf("scenarios cannot be loaded:\n%w", list)
	}
	if err != nil {
		return nil, fmt.Errorf("scenarios cannot be loaded:\n%w", err)
	}
	selected, err := r.selectScenarios(suite)
	if err != nil {
		return nil, err
	}
	ex, err := r.prepare(selected)
	if err != nil {
		return nil, fmt.Errorf("scenarios cannot run:\n%w", err)
	}
	return &Session{ex: ex, selected: selected}, nil
}

// Scenarios are the selected scenarios, in suite order.
func (s *Session) Scenarios() []*Scenario { return slices.Clone(s.selected) }

// Run runs one of the selected scenarios and checks it. Reporters are not
// called: the caller reports.
func (s *Session) Run(ctx context.Context, sc *Scenario) Result { return s.ex.run(ctx, sc) }

// Finish writes what Update recorded into the scenario files (nothing
// without Update) and returns the paths written.
func (s *Session) Finish() ([]string, error) {
	if !s.ex.runner.Update {
		return nil, nil
	}
	return s.ex.writeUpdates()
}
