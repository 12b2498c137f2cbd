package webui

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"sync"

	"github.com/hookemu/hookemu/check"
	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hookdiff"
	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/migrate"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/results"
)

// RunnerConfig sets up the runner API.
type RunnerConfig struct {
	// Fakes are the fakes a run sends to: `hookemu serve` lends its own,
	// so what a run sends shows in the inbox and on the event stream.
	// Nil gives each run fakes of its own. Check and diff always use
	// fakes of their own: their many calls, some failed on purpose, are
	// not messages anyone sent.
	Fakes *providers.Set
	// MaskSecrets is given a run's secrets before the run sends to
	// Fakes, so that whoever lent them shows the secrets masked wherever
	// they land (a subaccount in a path, a value in the text)
	// (fakeserver.RunnerEnv.MaskSecrets). Without it Fakes are not used.
	MaskSecrets func(map[string]string) error
	// MaxRunning bounds the runs, checks, migrations and diffs at once (2
	// when <= 0); one more is answered 429, since each holds a JavaScript
	// runtime of up to emulator.DefaultMemory.
	MaxRunning int
}

// Runner answers the runner API under /_hookemu/api/v1/, which
// fakeserver mounts there (Config.Runner) behind its browser guard:
//
//	GET  hooks    [{"name", "title", "kind", "trigger", "code", "demo_secrets": [names only]}]
//	POST run      {"hook": "8x8.js"} or {"code": "...", "name": "my-hook.js"},
//	              "secrets": {K: V}, "payload": {... as --payload}, "runtime": "node22"
//	              -> the object `hookemu run --json` prints
//	POST check    the same -> the object `hookemu check --json` prints
//	POST migrate  {"hook"} or {"code", "name"} -> {"code": the Action, "notes": [...], "failure"?}
//	POST diff     {"old": {hook|code,name}, "new": {hook|code,name}, "secrets", "payload", "runtime"}
//	              -> the object `hookemu diff --json` prints
//
// As in the CLI, code that is a documented hook unchanged runs with its
// demo secrets and stubs when no secrets are given. A code that does not
// load, a payload Auth0 never sends or an unknown field is 400 with
// {"error": "..."}; a body over the bound is 413. Every call runs with
// Auth0's limits (20 s per call, emulator.DefaultMemory), on code of at
// most MaxCode bytes, and every secret posted is masked in what it
// answers and never logged; nothing is read from the server's disk.
func Runner(cfg RunnerConfig) http.Handler {
	if cfg.MaxRunning <= 0 {
		cfg.MaxRunning = 2
	}
	if cfg.MaskSecrets == nil {
		// Fakes whose owner cannot mask a run's secrets are not lent: what
		// they show would show the secrets.
		cfg.Fakes = nil
	}
	r := &runner{cfg: cfg, slots: make(chan struct{}, cfg.MaxRunning)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+apiV1+"hooks", r.hooks)
	mux.HandleFunc("POST "+apiV1+"run", r.bounded(r.run))
	mux.HandleFunc("POST "+apiV1+"check", r.bounded(r.check))
	mux.HandleFunc("POST "+apiV1+"migrate", r.bounded(r.migrate))
	mux.HandleFunc("POST "+apiV1+"diff", r.bounded(r.diff))
	return &runnerMux{ServeMux: mux, runner: r}
}

// runnerMux routes the runner's endpoints, and holds the runner for its
// tests to look at.
type runnerMux struct {
	*http.ServeMux
	runner *runner
}

// apiV1 is where the server mounts the runner.
const apiV1 = "/_hookemu/api/v1/"

type runner struct {
	cfg   RunnerConfig
	slots chan struct{}
	list  struct {
		once  sync.Once
		hooks []embeddedHook
	}
}

// bounded runs h when a slot is free, else answers 429 at once.
func (r *runner) bounded(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		select {
		case r.slots <- struct{}{}:
			defer func() { <-r.slots }()
			h(w, req)
		default:
			w.Header().Set("Retry-After", "1")
			writeError(w, http.StatusTooManyRequests, fmt.Sprintf("%d runs are in progress already; try again when one has ended", cap(r.slots)))
		}
	}
}

// embeddedHook is one entry of GET hooks.
type embeddedHook struct {
	Name        string        `json:"name"`
	Title       string        `json:"title"`
	Kind        emulator.Kind `json:"kind"`
	Trigger     string        `json:"trigger"`
	Code        string        `json:"code"`
	DemoSecrets []string      `json:"demo_secrets"`
}

// hooks answers GET hooks: every embedded hook and Action, with the names
// (never the values) of its demo secrets.
func (r *runner) hooks(w http.ResponseWriter, req *http.Request) {
	r.list.once.Do(func() {
		em := emulator.New(emulator.Config{})
		for _, h := range hooks.List() {
			code, err := hooks.Source(h.Name)
			if err != nil {
				continue
			}
			e := embeddedHook{Name: h.Name, Title: h.Title, Code: string(code), DemoSecrets: slices.Sorted(maps.Keys(h.Secrets))}
			if loaded, err := em.LoadWith(req.Context(), h.Name, code, emulator.LoadOptions{}); err == nil {
				e.Kind, e.Trigger = loaded.Kind, loaded.Trigger
			}
			r.list.hooks = append(r.list.hooks, e)
		}
	})
	writeJSON(w, http.StatusOK, r.list.hooks)
}

// run answers POST run with `hookemu run --json`'s object.
func (r *runner) run(w http.ResponseWriter, req *http.Request) {
	in, src, secrets, ok := readRunInput(w, req)
	if !ok {
		return
	}
	p, hook, em, err := prepare(req.Context(), src, in.Payload, in.Runtime)
	stubSet, stubErr := demoStubs(src)
	if err = errors.Join(err, stubErr); err != nil {
		writeError(w, http.StatusBadRequest, harness.NewRedactor(secrets).String(err.Error()))
		return
	}
	if r.cfg.Fakes != nil {
		if err := r.cfg.MaskSecrets(secrets); err != nil {
			writeError(w, http.StatusServiceUnavailable, err.Error())
			return
		}
	}
	h := harness.New(harness.Config{Fakes: r.cfg.Fakes, Stubs: stubSet})
	report := h.Run(req.Context(), em, hook, emulator.Invocation{Payload: p, Secrets: secrets, Timeout: emulator.DefaultTimeout,
		SetSecret: func(key string) string {
			return fmt.Sprintf("add a secret named %s under Secrets and payload, then run again", key)
		}})
	writeJSON(w, http.StatusOK, results.Run{Report: report})
}

// readRunInput decodes a run or check request, the code it names and
// the secrets it runs with; false when it has answered the error.
func readRunInput(w http.ResponseWriter, req *http.Request) (runInput, harness.Source, map[string]string, bool) {
	var in runInput
	if !decode(w, req, &in) {
		return in, harness.Source{}, nil, false
	}
	src, err := in.source()
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return in, src, nil, false
	}
	return in, src, secretsFor(in.Secrets, src), true
}

// prepare reads the payload and loads the code, as run does.
func prepare(ctx context.Context, src harness.Source, doc map[string]any, runtime string) (emulator.Payload, *emulator.Hook, *emulator.Emulator, error) {
	p, err := payload(doc)
	if err != nil {
		return p, nil, nil, err
	}
	opts, err := loadOptions(src, runtime)
	if err != nil {
		return p, nil, nil, err
	}
	em := emulator.New(emulator.Config{Timeout: emulator.DefaultTimeout})
	hook, err := em.LoadWith(ctx, src.Name, src.Code, opts)
	return p, hook, em, err
}

// check answers POST check with `hookemu check --json`'s object.
func (r *runner) check(w http.ResponseWriter, req *http.Request) {
	in, src, secrets, ok := readRunInput(w, req)
	if !ok {
		return
	}
	p, err := payload(in.Payload)
	opts, optsErr := loadOptions(src, in.Runtime)
	stubSet, stubErr := demoStubs(src)
	if err = errors.Join(err, optsErr, stubErr); err != nil {
		writeError(w, http.StatusBadRequest, harness.NewRedactor(secrets).String(err.Error()))
		return
	}
	rep := check.Run(req.Context(), check.Options{Name: src.Name, RunTarget: src.Name, Source: src.Code, Secrets: secrets,
		Payload: p, Stubs: stubSet, Runtime: opts.Runtime})
	rep.OK = rep.Passed(false)
	writeJSON(w, http.StatusOK, results.Check{Report: rep})
}

// migration is the answer of POST migrate: the Action and the notes
// `hookemu migrate` prints beside it.
type migration struct {
	Code    string         `json:"code"`
	Notes   []migrate.Note `json:"notes"`
	Failure string         `json:"failure,omitempty"`
}

// migrate answers POST migrate {code|hook, name} with the Action.
func (r *runner) migrate(w http.ResponseWriter, req *http.Request) {
	var in codeInput
	if !decode(w, req, &in) {
		return
	}
	src, err := in.source()
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	res, err := migrate.Migrate(src.Code, migrate.Options{Name: src.Name})
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	notes := res.Notes
	if notes == nil {
		notes = []migrate.Note{}
	}
	writeJSON(w, http.StatusOK, migration{Code: string(res.Code), Notes: notes, Failure: res.Failure})
}

// diff answers POST diff with `hookemu diff --json`'s object.
func (r *runner) diff(w http.ResponseWriter, req *http.Request) {
	var in diffInput
	if !decode(w, req, &in) {
		return
	}
	oldSrc, err := in.Old.source()
	newSrc, newErr := in.New.source()
	if err = errors.Join(err, newErr); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	secrets := secretsFor(in.Secrets, oldSrc, newSrc)
	oldLabel, newLabel := oldSrc.Name, newSrc.Name
	if oldLabel == newLabel {
		oldLabel, newLabel = "old/"+oldLabel, "new/"+newLabel
	}
	oldSrc.Name, newSrc.Name = oldLabel, newLabel
	p, oldHook, em, err := prepare(req.Context(), oldSrc, in.Payload, in.Runtime)
	var newHook *emulator.Hook
	if err == nil {
		opts, optsErr := loadOptions(newSrc, in.Runtime)
		err = optsErr
		if err == nil {
			newHook, err = em.LoadWith(req.Context(), newSrc.Name, newSrc.Code, opts)
		}
	}
	stubSet, stubErr := demoStubs(oldSrc, newSrc)
	if err = errors.Join(err, stubErr); err != nil {
		writeError(w, http.StatusBadRequest, harness.NewRedactor(secrets).String(err.Error()))
		return
	}
	res := hookdiff.Run(req.Context(), oldHook, newHook, hookdiff.Options{Secrets: secrets, Payload: p, Emulator: em, Stubs: stubSet})
	writeJSON(w, http.StatusOK, results.Diff{Result: res})
}

// decode reads a JSON body of at most maxBody bytes into v, answering
// 400 (413 when too large) when it cannot.
func decode(w http.ResponseWriter, req *http.Request, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, req.Body, maxBody))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is over %d bytes; code may be at most %d", maxBody, MaxCode))
	case err != nil:
		writeError(w, http.StatusBadRequest, "the body is not what this endpoint takes ("+bodyProblem(err)+`); send JSON such as {"hook": "8x8.js", "secrets": {}, "payload": {"recipient": "+6512345678"}}`)
	default:
		return true
	}
	return false
}

// writeJSON answers v as indented JSON, as the CLI prints it: no HTML
// escaping, so <secret:NAME> reads as written.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := fakekit.EncodeAnswer(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "cannot encode the answer: "+err.Error())
		return
	}
	fakekit.WriteAnswer(w, status, body)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
