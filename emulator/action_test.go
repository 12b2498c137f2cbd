package emulator_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runAction(t *testing.T, src string) emulator.Result {
	t.Helper()
	return runActionFor(t, src, testLimit)
}

// runActionFor runs an Action with a time limit of its own.
func runActionFor(t *testing.T, src string, limit time.Duration) emulator.Result {
	t.Helper()
	em := emulator.New(emulator.Config{Grace: shortGrace})
	hook, err := em.Load("action.js", []byte(src))
	require.NoError(t, err)
	require.Equal(t, emulator.KindAction, hook.Kind)
	return em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: map[string]string{"apikey": "k"}, Timeout: limit})
}

func TestActionOutcomes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		src     string
		outcome emulator.Outcome
	}{
		{"a resolved handler is a success", `exports.onExecuteSendPhoneMessage = async (event, api) => { return {sent: true}; };`, emulator.OutcomeSuccess},
		{"a thrown error is a failure", `exports.onExecuteSendPhoneMessage = async (event, api) => { throw new Error('provider down'); };`, emulator.OutcomeError},
		{"an awaited timer then success", `exports.onExecuteSendPhoneMessage = async (event) => { await new Promise(r => setTimeout(r, 5)); };`, emulator.OutcomeSuccess},
		{"a custom phone provider handler runs too", `exports.onExecuteCustomPhoneProvider = async (event) => { if (!event.notification.as_text) throw new Error('no text'); };`, emulator.OutcomeSuccess},
		{"a handler that never settles times out", `exports.onExecuteSendPhoneMessage = async () => { await new Promise(() => setTimeout(() => {}, 60000)); };`, emulator.OutcomeTimeout},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			limit := testLimit
			if tt.outcome == emulator.OutcomeTimeout {
				limit = 300 * time.Millisecond // the timeout itself is under test
			}
			r := runActionFor(t, tt.src, limit)
			assert.Equal(t, tt.outcome, r.Outcome, "%+v %v", r.Error, r.Problems)
			assert.Equal(t, emulator.KindAction, r.Kind)
		})
	}
}

func TestTheActionEventCarriesThePayload(t *testing.T) {
	t.Parallel()
	r := runAction(t, `exports.onExecuteSendPhoneMessage = async (event, api) => ({
		options: event.message_options, ip: event.request.ip, client: event.client.name, user: event.user.user_id, secret: event.secrets.apikey });`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, `{"options": {"action":"enrollment","code":"123456","message_type":"sms","recipient":"+18085555555","text":"Here is your one time password: 999111"},
		"ip":"2001:db8::1","client":"Test Application","user":"auth0|test12345","secret":"k"}`, string(r.Response.(json.RawMessage)))
}

func TestApiCacheEnforcesTheDocumentedLimits(t *testing.T) {
	t.Parallel()
	r := runAction(t, `exports.onExecuteSendPhoneMessage = async (event, api) => {
		const ok = api.cache.set('k', 'v');
		const got = api.cache.get('k').value;
		const longKey = api.cache.set('x'.repeat(65), 'v').type;
		const bigValue = api.cache.set('big', 'x'.repeat(4097)).type;
		const tooLong = api.cache.set('t', 'v', {ttl: 25 * 3600 * 1000}).type;
		for (let i = 0; i < 19; i++) api.cache.set('e' + i, 'v');
		const tooMany = api.cache.set('one-more', 'v').type;
		api.cache.delete('k');
		return {ok: ok.type, got, longKey, bigValue, tooLong, tooMany, gone: api.cache.get('k') === undefined};
	};`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, `{"ok":"success","got":"v","longKey":"error","bigValue":"error","tooLong":"error","tooMany":"error","gone":true}`, string(r.Response.(json.RawMessage)))
}

func TestANonAsyncHandlerIsRejectedAtLoad(t *testing.T) {
	t.Parallel()
	_, err := emulator.New(emulator.Config{}).Load("action.js", []byte(`exports.onExecuteSendPhoneMessage = (event, api) => {};`))
	var loadErr *emulator.LoadError
	require.ErrorAs(t, err, &loadErr)
	assert.Contains(t, err.Error(), "must be an async function")
}

// Node takes an async method as an async function (its constructor is
// AsyncFunction); goja gives it Function's prototype, so hookemu reads
// its source. A plain method and an async generator method stay refused.
func TestAnActionMayExportItsHandlerAsAnAsyncMethod(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, code, refused string
	}{
		{"an object literal's async method", `module.exports = { async onExecuteSendPhoneMessage(event, api) { return event.message_options.code; } };`, ""},
		{"a class's async method", `class A { async onExecuteSendPhoneMessage(event) { return event.message_options.code; } }
			exports.onExecuteSendPhoneMessage = new A().onExecuteSendPhoneMessage;`, ""},
		{"a computed async method", `module.exports = { async ['onExecuteSendPhoneMessage'](event) { return event.message_options.code; } };`, ""},
		{"a plain method", `module.exports = { onExecuteSendPhoneMessage(event) { return 1; } };`, "must be an async function"},
		{"an async generator method", `module.exports = { async *onExecuteSendPhoneMessage(event) {} };`, "must be an async function"},
		{"a plain method named async", `module.exports = { onExecuteSendPhoneMessage: { async(e) {} }.async };`, "must be an async function"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			em := emulator.New(emulator.Config{Grace: shortGrace})
			hook, err := em.Load("action.js", []byte(tt.code))
			if tt.refused != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.refused)
				return
			}
			require.NoError(t, err)
			require.Equal(t, emulator.KindAction, hook.Kind)
			r := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Timeout: testLimit})
			require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
			assert.Equal(t, `"123456"`, string(r.Response.(json.RawMessage)))
		})
	}
}

func TestAnUnhandledRejectionFailsAnAction(t *testing.T) {
	t.Parallel()
	r := runAction(t, `exports.onExecuteSendPhoneMessage = async () => { Promise.reject(new Error('lost')); await new Promise(r => setTimeout(r, 20)); };`)
	assert.Equal(t, emulator.OutcomeException, r.Outcome)
	assert.Contains(t, r.Error.Message, "lost")
}

func TestActionsGetNode18GlobalsAndHooksDoNot(t *testing.T) {
	t.Parallel()
	r := runAction(t, `exports.onExecuteSendPhoneMessage = async () => {
		const a = {d: new Date(0), m: new Map([[1, {x: 1}]]), list: [1, 2]}; a.self = a;
		const b = structuredClone(a);
		return {clone: b !== a && b.self === b && b.m.get(1).x === 1 && b.d.getTime() === 0, uuid: typeof crypto.randomUUID()};
	};`)
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, `{"clone":true,"uuid":"string"}`, string(r.Response.(json.RawMessage)))
	h := runHook(t, `module.exports = function (r, t, c, cb) { cb(null, [typeof structuredClone, typeof crypto]); };`)
	assert.JSONEq(t, `["undefined","undefined"]`, string(h.Response.(json.RawMessage)))
}

func TestAnActionRequiresASharedModuleFromTheNamedFolder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "greeting.js"), []byte(`module.exports = {hello: (n) => 'hello ' + n};`), 0o600))
	em := emulator.New(emulator.Config{SharedModulesDir: dir})
	hook, err := em.Load("action.js", []byte(`exports.onExecuteSendPhoneMessage = async (event) => require('actions:greeting').hello(event.user.name);`))
	require.NoError(t, err)
	r := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload()})
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, `"hello Billie Magnusson"`, string(r.Response.(json.RawMessage)))

	missing := runAction(t, `exports.onExecuteSendPhoneMessage = async () => require('actions:nope');`)
	assert.Equal(t, emulator.OutcomeError, missing.Outcome)
	assert.Contains(t, missing.Error.Message, "--actions-dir")
}

func TestAnActionCanFetch(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{})
	hook, err := em.Load("action.js", []byte(`exports.onExecuteSendPhoneMessage = async (event) => {
		const ctrl = new AbortController();
		const res = await fetch('https://api.example.test/x', {method: 'POST', body: JSON.stringify({to: event.message_options.recipient}), headers: {'Content-Type': 'application/json'}, signal: ctrl.signal});
		return {status: res.status, ok: res.ok, body: await res.json(), isResponse: res instanceof Response};
	};`))
	require.NoError(t, err)
	transport := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		body, _ := io.ReadAll(r.Body)
		return &http.Response{StatusCode: 201, Status: "201 Created", Header: http.Header{"Content-Type": {"application/json"}},
			Body: io.NopCloser(strings.NewReader(`{"echo":` + string(body) + `}`)), Request: r}, nil
	})
	r := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Transport: transport})
	require.Equal(t, emulator.OutcomeSuccess, r.Outcome, "%+v", r.Error)
	assert.JSONEq(t, `{"status":201,"ok":true,"body":{"echo":{"to":"+18085555555"}},"isResponse":true}`, string(r.Response.(json.RawMessage)))
	h := runHook(t, `module.exports = function (r, t, c, cb) { cb(null, [typeof fetch, typeof AbortController]); };`)
	assert.JSONEq(t, `["undefined","undefined"]`, string(h.Response.(json.RawMessage)), "Node 12 had no fetch")
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// What the handler check reads may have been replaced by the Action's
// own code; whatever that throws refuses the handler, as a sync one,
// and is no internal error.
func TestAHostileFunctionToStringDoesNotBreakTheHandlerCheck(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, code string }{
		{"toString returning an object whose toString throws", `Function.prototype.toString = () => ({ toString() { throw new Error('boom'); } });`},
		{"a toString getter that throws", `Object.defineProperty(Function.prototype, 'toString', { get() { throw new Error('boom'); } });`},
		{"a Function global whose read throws", `Object.defineProperty(globalThis, 'Function', { get() { throw new Error('boom'); } });`},
		{"a constructor getter that throws", `const h = (event) => 1; Object.defineProperty(h, 'constructor', { get() { throw new Error('boom'); } });`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			handler := "exports.onExecuteSendPhoneMessage = (event) => 1;"
			if strings.Contains(tt.code, "const h") {
				handler = "exports.onExecuteSendPhoneMessage = h;"
			}
			_, err := emulator.New(emulator.Config{Grace: shortGrace}).Load("action.js", []byte(tt.code+"\n"+handler))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "must be an async function")
			assert.NotContains(t, err.Error(), "internal error")
		})
	}
}
