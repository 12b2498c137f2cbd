package scenarios

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/stubs"
)

// Job is one run of one scenario's hook, as plain data: what an Invoker
// needs, and nothing of the scenario file, so that it can cross a process
// boundary (hookemu test runs jobs in worker processes).
type Job struct {
	// Hook is the hook's file, or "" for the embedded hook HookName.
	Hook     string            `json:"hook,omitempty"`
	HookName string            `json:"hook_name"`
	Payload  emulator.Payload  `json:"payload"`
	Secrets  map[string]string `json:"secrets"`
	Timeout  time.Duration     `json:"timeout"`
	// Memory is the run's memory limit in bytes; zero leaves the
	// emulator's.
	Memory int64 `json:"memory,omitempty"`
	// Seed makes the fakes' ids and times those of this scenario.
	Seed string `json:"seed"`
	// Providers configure the fakes by provider name; the registry
	// decodes them back into each provider's Config on the other side.
	Providers providers.Configs `json:"providers,omitempty"`
	// Stubs answer the hosts no fake knows: --stubs, then the scenario's.
	Stubs []stubs.Source `json:"stubs,omitempty"`
	// NodeModules are the scenario's node_modules folders (absolute).
	NodeModules []string `json:"node_modules,omitempty"`
	// Artifact says Hook is a deploy artifact, and Entry names the hook
	// or action in it that runs.
	Artifact bool   `json:"artifact,omitempty"`
	Entry    string `json:"entry,omitempty"`
	// Runtime is the Node runtime the hook runs on; "" for the
	// artifact's or the kind's default.
	Runtime string `json:"runtime,omitempty"`
}

// providers are the job's fake configurations by provider name.
func (job Job) providers() providers.Configs { return job.Providers }

// Invoker runs jobs. The error is for a run that ended without a report
// (its process crashed, or never answered); a hook that fails is a
// report, not an error.
type Invoker interface {
	Invoke(ctx context.Context, job Job) (harness.Report, error)
}

// A QueueingInvoker may hold a job back before it starts (hookemu test
// hands each worker process jobs ahead, which wait behind the one it is
// running). InvokeQueued is Invoke that also says when the job started,
// so that a scenario's duration is its own run's and not the wait.
type QueueingInvoker interface {
	Invoker
	InvokeQueued(ctx context.Context, job Job) (rep harness.Report, started time.Time, err error)
}

// invoke runs job on inv and says when it started: when inv says, else
// now.
func invoke(ctx context.Context, inv Invoker, job Job) (harness.Report, time.Time, error) {
	if q, ok := inv.(QueueingInvoker); ok {
		return q.InvokeQueued(ctx, job)
	}
	start := time.Now()
	rep, err := inv.Invoke(ctx, job)
	return rep, start, err
}

// job describes the run of s with secrets.
func (ex *execution) job(s *Scenario) Job {
	ref := ex.runner.ref(s)
	return Job{
		Hook: ref.path, HookName: ref.name, Payload: s.Payload, Secrets: ex.secrets(s),
		Timeout: ex.runner.timeout(s), Memory: s.Memory, Seed: s.Seed(), Providers: s.Providers,
		Stubs: append(slices.Clip(ex.runner.Stubs), s.Stubs...), NodeModules: ref.nodeModules,
		Artifact: ref.artifact, Entry: ref.entry, Runtime: ref.runtime,
	}
}

// LocalInvoker runs jobs in this process: hooks compiled once each, and
// harnesses lent out by fake configuration.
type LocalInvoker struct {
	em    *emulator.Emulator
	fakes *harnessPool

	mu    sync.Mutex
	hooks map[string]*compiled
}

// compiled is a hook compiled once, however many jobs wait for it.
type compiled struct {
	once sync.Once
	hook *emulator.Hook
	err  error
}

var _ Invoker = (*LocalInvoker)(nil)

// NewLocalInvoker runs jobs on em.
func NewLocalInvoker(em *emulator.Emulator) *LocalInvoker {
	return &LocalInvoker{em: em, fakes: newHarnessPool(), hooks: map[string]*compiled{}}
}

// Invoke compiles the job's hook (once per hook) and runs it. A hook
// that cannot be loaded is an error.
func (l *LocalInvoker) Invoke(ctx context.Context, job Job) (harness.Report, error) {
	hook, err := l.hook(job)
	if err != nil {
		return harness.Report{}, err
	}
	set, err := stubs.Load(job.Stubs)
	if err != nil {
		return harness.Report{}, err
	}
	return l.run(ctx, hook, job, set), nil
}

// add gives the invoker a hook already compiled.
func (l *LocalInvoker) add(key string, hook *emulator.Hook) {
	c := &compiled{}
	c.once.Do(func() { c.hook = hook })
	l.mu.Lock()
	l.hooks[key] = c
	l.mu.Unlock()
}

func (l *LocalInvoker) hook(job Job) (*emulator.Hook, error) {
	key := hookKey(job)
	l.mu.Lock()
	c, ok := l.hooks[key]
	if !ok {
		c = &compiled{}
		l.hooks[key] = c
	}
	l.mu.Unlock()
	limits := emulator.LoadOptions{Timeout: job.Timeout, Memory: job.Memory}
	c.once.Do(func() {
		ref := hookRef{key: key, name: job.HookName, path: job.Hook, nodeModules: job.NodeModules, artifact: job.Artifact, entry: job.Entry, runtime: job.Runtime}
		c.hook, _, c.err = loadHook(l.em, ref, limits)
	})
	return c.hook, c.err
}

func hookKey(job Job) string {
	base := job.Hook
	switch {
	case job.Artifact:
		base = artifactKey(job.Hook, job.Entry)
	case job.Hook == "":
		base = "embedded:" + job.HookName
	}
	return runtimeCacheKey(hookCacheKey(base, job.NodeModules), job.Runtime)
}

// run runs a compiled hook on a harness lent for the job.
func (l *LocalInvoker) run(ctx context.Context, hook *emulator.Hook, job Job, set *stubs.Set) harness.Report {
	key := fakesKey(job)
	h := l.fakes.get(job, key)
	defer l.fakes.put(key, h)
	h.SetStubs(set)
	in := emulator.Invocation{Payload: job.Payload, Secrets: job.Secrets, Timeout: job.Timeout, Memory: job.Memory, SetSecret: setScenarioSecret}
	return h.Run(ctx, l.em, hook, in)
}

// setScenarioSecret is how a scenario's run gets a secret it lacks.
func setScenarioSecret(key string) string {
	return fmt.Sprintf("set it under the scenario's secrets: (%s: VALUE or ${ENV_NAME}), or pass --secret %s=VALUE to hookemu test", key, key)
}
