package scenarios

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"

	"go.yaml.in/yaml/v3"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
)

// update is what --update changes in one scenario's expect: keys to set
// (in the order they are written when new) and keys to remove.
type update struct {
	scenario *Scenario
	set      []pair
	remove   []string
}

type pair struct {
	key   string
	value *yaml.Node
}

// recordedHeaders are the request headers --update writes: the ones a
// provider's answer depends on. The rest (User-Agent, Content-Length,
// Accept) vary with the HTTP library and would make scenarios brittle.
var recordedHeaders = []string{"Authorization", "Content-Type"}

// record works out what --update changes in s from what the run did, and
// returns the expectation as it will read once written. It rewrites only
// what fails, so hand-written subsets and /regular expressions/ that still
// hold are kept; absent outcome, requests and response are filled in.
func (ex *execution) record(s *Scenario, rep harness.Report) (expectation, error) {
	e := s.expect
	u := update{scenario: s}
	if e.Outcome.want != rep.Outcome {
		u.set = append(u.set, pair{"outcome", textNode(string(rep.Outcome))})
	}
	if e.Error != nil {
		if rep.Error == nil {
			u.drop("error")
		} else if !e.Error.within(headline(rep.Error)) {
			u.set = append(u.set, pair{"error", textNode(literal(rep.Error.Message))})
		}
	}
	if s.Variant == "" {
		// What a hook passes to cb and what an Action returns rarely agree
		// (Auth0 ignores both): a scenario of several hooks is not held to it.
		u.recordResponse(e, rep)
	}
	if e.RequestCount != nil && *e.RequestCount != len(rep.Requests) {
		u.set = append(u.set, pair{"request_count", intNode(len(rep.Requests))})
	}
	if e.Requests == nil || requestsFail(e, rep.Requests) {
		u.set = append(u.set, pair{"requests", recordRequests(rep.Requests)})
	}
	if len(u.set)+len(u.remove) == 0 {
		return e, nil
	}
	updated, err := u.apply(e)
	if err != nil {
		return e, err
	}
	ex.mu.Lock()
	ex.updates[s.file] = append(ex.updates[s.file], u)
	ex.mu.Unlock()
	return updated, nil
}

// drop stops checking key: it is removed from the scenario's expect, or,
// where a case would still inherit it from the top level, written as null.
func (u *update) drop(key string) {
	if valueNode(u.scenario.inheritedExpect, key) != nil {
		u.set = append(u.set, pair{key, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}})
		return
	}
	u.remove = append(u.remove, key)
}

func (u *update) recordResponse(e expectation, rep harness.Report) {
	if rep.Outcome != emulator.OutcomeSuccess {
		if e.Response.set {
			u.drop("response")
		}
		return
	}
	var got any
	if json.Unmarshal(rep.Response, &got) != nil {
		return
	}
	if !e.Response.set || !matches(e.Response.v, got, true) {
		u.set = append(u.set, pair{"response", jsonNode(got)})
	}
}

func requestsFail(e expectation, got []harness.Exchange) bool {
	var fs failures
	only := expectation{Requests: e.Requests, lines: e.lines}
	only.checkRequests(got, &fs)
	return len(fs) > 0
}

// apply returns e with the update's keys as they will read from the file:
// the written nodes are decoded like any scenario, so what is checked now
// is exactly what the next run will check.
func (u update) apply(e expectation) (expectation, error) {
	written := &yaml.Node{Kind: yaml.MappingNode}
	for _, p := range u.set {
		written.Content = append(written.Content, textNode(p.key), p.value)
	}
	var fresh expectation
	errs := newErrorList(u.scenario.File)
	(&decoder{errs: errs}).decodeStruct(written, reflectValue(&fresh), "expect")
	if len(errs.list) > 0 {
		return e, fmt.Errorf("--update would write an expectation it cannot read back, so it leaves this scenario as it is (please report this): %w", errs.sorted())
	}
	for _, p := range u.set {
		e.replace(p.key, fresh)
	}
	for _, key := range u.remove {
		e.replace(key, expectation{})
	}
	return e, nil
}

// replace takes one key's expectation from other.
func (e *expectation) replace(key string, other expectation) {
	switch key {
	case "outcome":
		e.Outcome = other.Outcome
	case "error":
		e.Error = other.Error
	case "response":
		e.Response = other.Response
	case "request_count":
		e.RequestCount = other.RequestCount
	case "requests":
		e.Requests = other.Requests
	}
}

// keyOrder is the manual's order of expect's keys, which new keys are
// written in.
var keyOrder = []string{"outcome", "error", "response", "request_count", "requests", "logs", "problems"}

// insertionPoint is the key index in m of the first key the manual puts
// after key, or -1 to append.
func insertionPoint(m *yaml.Node, key string) int {
	rank := slices.Index(keyOrder, key)
	for i := 0; i+1 < len(m.Content); i += 2 {
		if slices.Index(keyOrder, m.Content[i].Value) > rank {
			return i
		}
	}
	return -1
}

func (u update) ordered() []pair {
	out := slices.Clone(u.set)
	sort.SliceStable(out, func(i, j int) bool {
		return slices.Index(keyOrder, out[i].key) < slices.Index(keyOrder, out[j].key)
	})
	return out
}
