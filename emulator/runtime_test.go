package emulator_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/runtimes"
)

const (
	hookPrefix   = "module.exports = function (recipient, text, context, cb) { "
	actionPrefix = "exports.onExecuteSendPhoneMessage = async (event, api) => { "
)

// runOn loads body as a Hook (cb's second argument is the value) or an
// Action (its return value is) on runtime and runs it once.
func runOn(t *testing.T, runtime string, action bool, body string) emulator.Result {
	t.Helper()
	src := hookPrefix + body + " };"
	if action {
		src = actionPrefix + body + " };"
	}
	em := emulator.New(emulator.Config{Grace: shortGrace})
	hook, err := em.LoadWith(context.Background(), "code.js", []byte(src), emulator.LoadOptions{Runtime: runtime})
	require.NoError(t, err)
	return em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Timeout: testLimit})
}

// answer is the hook's result (cb(null, v) or the Action's return) as JSON.
func answer(t *testing.T, runtime string, action bool, expr string) string {
	t.Helper()
	body := "cb(null, " + expr + ");"
	if action {
		body = "return " + expr + ";"
	}
	r := runOn(t, runtime, action, body)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	raw, err := json.Marshal(r.Response)
	require.NoError(t, err)
	return string(raw)
}

func TestTheRuntimeDecidesProcessVersion(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, runtime string
		action        bool
		want          string
	}{
		{"a Hook with no runtime runs on Node 12, as Webtask ran them", "", false, `["v12.22.12","12.22.12","node12"]`},
		{"an Action with no runtime runs on Node 22, as Auth0 does today", "", true, `["v22.12.0","22.12.0","node22"]`},
		{"a Hook on node16 reports Node 16", "node16", false, `["v16.20.2","16.20.2","node16"]`},
		{"an Action on node18 reports Node 18", "node18", true, `["v18.20.4","18.20.4","node18"]`},
		{"an Action on node12 reports Node 12", "node12", true, `["v12.22.12","12.22.12","node12"]`},
		{"a Hook on node22 reports Node 22", "node22", false, `["v22.12.0","22.12.0","node22"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := answer(t, tt.runtime, tt.action, `[process.version, process.versions.node, 'node' + process.version.split('.')[0].slice(1)]`)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, runOn(t, tt.runtime, tt.action, "").Runtime, tt.want[len(tt.want)-8:len(tt.want)-2], "the result names the runtime")
		})
	}
}

func TestTheRuntimeDecidesWhichGlobalsExist(t *testing.T) {
	t.Parallel()
	probe := `['fetch', 'Headers', 'AbortController', 'atob', 'performance', 'structuredClone', 'crypto', 'navigator', 'WebSocket']` +
		`.filter(function (n) { return typeof globalThis[n] !== 'undefined'; })`
	tests := []struct {
		name, runtime string
		action        bool
		want          string
	}{
		{"Node 12 has none of the newer globals", "node12", false, `[]`},
		{"Node 16 has AbortController, atob and performance but no fetch", "node16", false, `["AbortController","atob","performance"]`},
		{"Node 18 has the fetch family and structuredClone, but crypto only behind a flag", "node18", true,
			`["fetch","Headers","AbortController","atob","performance","structuredClone"]`},
		{"Node 22 has crypto, navigator and WebSocket too", "node22", true,
			`["fetch","Headers","AbortController","atob","performance","structuredClone","crypto","navigator","WebSocket"]`},
		{"a Hook on Node 18 has fetch as well", "node18", false,
			`["fetch","Headers","AbortController","atob","performance","structuredClone"]`},
		{"an Action on Node 12 has no fetch", "node12", true, `[]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, answer(t, tt.runtime, tt.action, probe))
		})
	}
}

func TestNode22sNavigatorAndWebSocket(t *testing.T) {
	t.Parallel()
	assert.Equal(t, `["Node.js/22","en-US",2]`, answer(t, "node22", true, `[navigator.userAgent, navigator.language, navigator.hardwareConcurrency]`))
	r := runOn(t, "node22", true, `new WebSocket('wss://example.com/');`)
	require.Equal(t, emulator.OutcomeError, r.Outcome)
	assert.Contains(t, r.Error.Message, "hookemu does not emulate WebSocket (Node 22 has it)")
	assert.Equal(t, `[true,true]`, answer(t, "node16", false, `[performance.now() >= 0, performance.timeOrigin > 0]`))
}

func TestTheRuntimeDecidesWhatAnUnhandledRejectionDoes(t *testing.T) {
	t.Parallel()
	lost := `Promise.reject(new Error('lost')); setTimeout(function () { cb(null, 'late'); }, 20);`
	tests := []struct {
		name, runtime string
		want          emulator.Outcome
		problem       string
	}{
		{"Node 12 only warns and the hook goes on", "node12", emulator.OutcomeSuccess, "Node 12 only printed a warning"},
		{"Node 16 ends the process, so the hook fails", "node16", emulator.OutcomeException, "Node 16 ends the process on it, so the hook fails"},
		{"Node 22 ends the process too", "node22", emulator.OutcomeException, "Node 22 ends the process on it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runOn(t, tt.runtime, false, lost)
			assert.Equal(t, tt.want, r.Outcome)
			assert.True(t, hasProblem(r, tt.problem), "%v", r.Problems)
		})
	}
}

func TestAnActionOnNode12OnlyWarnsOfAnUnhandledRejection(t *testing.T) {
	t.Parallel()
	r := runOn(t, "node12", true, `Promise.reject(new Error('lost')); await new Promise(function (ok) { setTimeout(ok, 20); }); return 'late';`)
	assert.Equal(t, emulator.OutcomeSuccess, r.Outcome)
	assert.True(t, hasProblem(r, "Node 12 only printed a warning, so a failure here goes unnoticed: await the promise"), "%v", r.Problems)
}

func TestAnUnknownRuntimeIsALoadErrorListingTheChoices(t *testing.T) {
	t.Parallel()
	_, err := emulator.New(emulator.Config{}).LoadWith(context.Background(), "code.js", []byte(hookPrefix+"};"), emulator.LoadOptions{Runtime: "node20"})
	var le *emulator.LoadError
	require.ErrorAs(t, err, &le)
	assert.Contains(t, le.Message, "node12, node16, node18, node22")
}

func TestGlobalsListsWhatARunDefines(t *testing.T) {
	t.Parallel()
	assert.NotContains(t, emulator.Globals(runtimes.Node12), "fetch")
	assert.Contains(t, emulator.Globals(runtimes.Node18), "fetch")
	assert.NotContains(t, emulator.Globals(runtimes.Node18), "crypto")
	assert.Contains(t, emulator.Globals(runtimes.Node22), "WebSocket")
	first, ok := emulator.FirstRuntimeWith("navigator")
	require.True(t, ok)
	assert.Equal(t, runtimes.Node22, first)
	for _, r := range runtimes.All() {
		t.Run("every global of "+r.Name+" is defined in a run on it", func(t *testing.T) {
			t.Parallel()
			names, err := json.Marshal(emulator.Globals(r))
			require.NoError(t, err)
			assert.Equal(t, `[]`, answer(t, r.Name, false, string(names)+`.filter(function (n) { return typeof globalThis[n] === 'undefined'; })`))
		})
	}
}

func TestTheRuntimeWordsATypeErrorAsItsNodeDid(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, runtime, body, want string
	}{
		{"Node 12 reads off undefined the old way", "node12", `var a = {}; a.b.c;`, "Cannot read property 'c' of undefined"},
		{"Node 12 names a null base null", "node12", `null.boom;`, "Cannot read property 'boom' of null"},
		{"Node 16 reads off undefined the new way", "node16", `var a = {}; a.b.c;`, "Cannot read properties of undefined (reading 'c')"},
		{"Node 18 names a null base null", "node18", `null['bo' + 'om'];`, "Cannot read properties of null (reading 'boom')"},
		{"Node 22 words a method call off undefined", "node22", `var u; u.m();`, "Cannot read properties of undefined (reading 'm')"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runOn(t, tt.runtime, false, tt.body)
			require.Equal(t, emulator.OutcomeException, r.Outcome)
			assert.Equal(t, tt.want, r.Error.Message)
			assert.Contains(t, r.Error.Stack, "TypeError: "+tt.want+"\n")
		})
	}
}
