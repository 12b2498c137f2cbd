package webui

import (
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/runtimes"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/stubs"
)

// MaxCode is the largest code the runner takes: Auth0's limit on an
// Action's or a hook's code (100 kB).
const MaxCode = 100_000

// maxBody bounds a runner request: two sides of code, secrets and a
// payload.
const maxBody = 4*MaxCode + 256<<10

// codeInput names the code of a request: an embedded hook, or code with
// the file name it is shown under.
type codeInput struct {
	Hook string  `json:"hook"`
	Code *string `json:"code"`
	Name string  `json:"name"`
}

// runInput is what run and check take.
type runInput struct {
	codeInput
	Secrets map[string]string `json:"secrets"`
	Payload map[string]any    `json:"payload"`
	Runtime string            `json:"runtime"`
}

// diffInput is what diff takes: the two sides, and what both run with.
type diffInput struct {
	Old     codeInput         `json:"old"`
	New     codeInput         `json:"new"`
	Secrets map[string]string `json:"secrets"`
	Payload map[string]any    `json:"payload"`
	Runtime string            `json:"runtime"`
}

// source is the code a request names, as the CLI reads it: an embedded
// hook, or pasted code, which gets the demo secrets and stubs of a
// documented hook only when it is that hook unchanged. Nothing is read
// from the server's disk: the name of pasted code is only a label.
func (in codeInput) source() (harness.Source, error) {
	switch {
	case in.Hook != "" && in.Code != nil:
		return harness.Source{}, errors.New(`give "hook" (an embedded hook's name) or "code", not both`)
	case in.Hook != "":
		h, ok := hooks.Lookup(in.Hook)
		if !ok {
			return harness.Source{}, fmt.Errorf("no embedded hook %q; GET hooks lists them", in.Hook)
		}
		code, err := hooks.Source(h.Name)
		if err != nil {
			return harness.Source{}, err
		}
		return harness.Source{Name: h.Name, Code: code, Embedded: true, Demo: h.Secrets, DemoStubs: harness.DemoStubs(h.Name, code)}, nil
	case in.Code != nil:
		if len(*in.Code) > MaxCode {
			return harness.Source{}, fmt.Errorf("the code is %d bytes; Auth0 takes at most %d", len(*in.Code), MaxCode)
		}
		name := path.Base(strings.ReplaceAll(in.Name, "\\", "/"))
		if name == "." || name == "/" || name == "" {
			name = "hook.js"
		}
		code := []byte(*in.Code)
		return harness.Source{Name: name, Code: code, Demo: harness.DemoSecrets(name, code), DemoStubs: harness.DemoStubs(name, code)}, nil
	}
	return harness.Source{}, errors.New(`give "hook" (an embedded hook's name, GET hooks lists them) or "code"`)
}

// secretsFor are the secrets given, or, when none are, the demo secrets
// of the sides that are documented hooks unchanged (as the CLI does).
func secretsFor(given map[string]string, sides ...harness.Source) map[string]string {
	if len(given) > 0 {
		return given
	}
	out := map[string]string{}
	for _, src := range sides {
		for k, v := range src.Demo {
			out[k] = v
		}
	}
	return out
}

// demoStubs are the demo stubs of the sides that have them; nil for none.
func demoStubs(sides ...harness.Source) (*stubs.Set, error) {
	var sources []stubs.Source
	for _, src := range sides {
		sources = append(sources, src.DemoStubs...)
	}
	if len(sources) == 0 {
		return nil, nil
	}
	return stubs.Load(sources)
}

// payload is the Auth0 runner's example with doc over it, as --payload.
func payload(doc map[string]any) (emulator.Payload, error) {
	p, err := emulator.DefaultPayload().Merge(doc)
	if err != nil {
		return p, err
	}
	var perr *emulator.PayloadError
	if err := p.Validate(); errors.As(err, &perr) {
		return p, fmt.Errorf("%w (Auth0 never sends such a payload)", err)
	}
	return p, nil
}

// loadOptions are src's with the runtime asked for.
func loadOptions(src harness.Source, runtime string) (emulator.LoadOptions, error) {
	opts := src.LoadOptions()
	if runtime != "" {
		if _, err := runtimes.Parse(runtime); err != nil {
			return opts, err
		}
		opts.Runtime = runtime
	}
	return opts, nil
}

// bodyProblem says what is wrong with a JSON body in the JSON's words,
// not Go's.
func bodyProblem(err error) string {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		return fmt.Sprintf("%q is a %s where something else belongs", typeErr.Field, typeErr.Value)
	case errors.As(err, &syntaxErr):
		return fmt.Sprintf("it is not valid JSON at byte %d", syntaxErr.Offset)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}
