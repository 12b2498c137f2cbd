package check

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/hooks"
)

// timeoutCaseLimit is the time-out case's limit in these tests: long
// enough for a loaded machine to send the request before it (the case
// passes only for a hook still waiting for the provider), short enough to
// keep the tests quick; the provider's delay is an hour.
const timeoutCaseLimit = 3 * time.Second

func checkCode(t *testing.T, code string, secrets map[string]string) Report {
	t.Helper()
	return Run(context.Background(), Options{Name: "hook.js", Source: []byte(code), Secrets: secrets, Emulator: testEmulator(),
		TimeoutCaseLimit: timeoutCaseLimit})
}

func mustFind(t *testing.T, rep Report, name string) Check {
	t.Helper()
	c, ok := rep.Find(name)
	require.True(t, ok, "no check %q in %v", name, statuses(rep))
	return c
}

// send8x8 posts the message with rawhttp; then and catch are filled in
// by each test.
const send8x8 = `module.exports = function (recipient, text, context, cb) {
  var s = context.webtask.secrets;
  var req = require('rawhttp').send({
    method: 'POST', url: 'https://sms.8x8.com/api/v1/subaccounts/' + s.subaccount + '/messages',
    headers: {Authorization: 'Bearer ' + s.apikey, 'Content-Type': 'application/json'},
    body: JSON.stringify({destination: recipient, text: text})
  });
  %s
};`

func hook8x8(rest string) string { return strings.Replace(send8x8, "%s", rest, 1) }

var secrets8x8 = map[string]string{"apikey": "key-123456", "subaccount": "acme-otp"}

func TestTheDocumented8x8HookPassesEveryCheckWithItsDemoSecrets(t *testing.T) {
	t.Parallel()
	h, ok := hooks.Lookup("8x8.js")
	require.True(t, ok)
	code, err := hooks.Source(h.Name)
	require.NoError(t, err)
	start := time.Now()
	rep := Run(context.Background(), Options{Name: h.Name, Source: code, Secrets: h.Secrets, Emulator: testEmulator()})
	for _, c := range rep.Checks {
		assert.Equal(t, Pass, c.Status, "%s: %s", c.Name, c.Message)
	}
	assert.True(t, rep.OK)
	assert.Equal(t, Summary{Pass: len(rep.Checks)}, rep.Summary)
	for _, name := range []string{"parses", "exports", "require axios", "secret apikey", "secret subaccount", "identifiers", "loads",
		"succeeds", "no exception", "in time", "calls back once", "no unhandled rejection", "no request after cb",
		"reaches a provider", "sends recipient and code", "fails on provider 500", "fails on provider 401", "fails on provider timeout"} {
		mustFind(t, rep, name)
	}
	assert.Less(t, time.Since(start), time.Minute, "the calls run in parallel, so a check takes about as long as the 2s time-out case (generous: a loaded machine is slow)")
}

func TestThe8x8HookWithoutSecretsFailsNamingEachMissingOne(t *testing.T) {
	t.Parallel()
	code, err := hooks.Source("8x8.js")
	require.NoError(t, err)
	rep := Run(context.Background(), Options{Name: "8x8.js", Source: code, Emulator: testEmulator()})
	assert.False(t, rep.OK)
	for name, line := range map[string]int{"apikey": 10, "subaccount": 11} {
		c := mustFind(t, rep, "secret "+name)
		assert.Equal(t, Fail, c.Status)
		assert.Equal(t, line, c.Line)
		assert.Contains(t, c.Message, "context.webtask.secrets."+name+" is read but not provided")
		assert.Contains(t, c.Fix, "--secret "+name+"=VALUE")
	}
	succeeds := mustFind(t, rep, "succeeds")
	assert.Equal(t, Fail, succeeds.Status)
	assert.Contains(t, succeeds.Message, "401")
	assert.Contains(t, succeeds.Fix, "refused the credentials")
}

func TestABareMessageTypeFailsStaticallyAndWhenRun(t *testing.T) {
	t.Parallel()
	rep := checkCode(t, `module.exports = function (recipient, text, context, cb) {
  if (message_type === 'voice') {
    return cb(new Error('voice is not supported'));
  }
  cb(null, {});
};`, nil)
	c := mustFind(t, rep, "undefined message_type")
	assert.Equal(t, Fail, c.Status)
	assert.Equal(t, 2, c.Line)
	assert.Contains(t, c.Fix, "context.message_type")
	thrown := mustFind(t, rep, "no exception")
	assert.Equal(t, Fail, thrown.Status)
	assert.Equal(t, 2, thrown.Line)
	assert.Contains(t, thrown.Message, "ReferenceError: message_type is not defined (in all 4 cases)")
	assert.False(t, rep.OK)
}

func TestAHookThatCallsBackBeforeItsRequestFinishesFails(t *testing.T) {
	t.Parallel()
	rep := checkCode(t, hook8x8(`cb(null, {});`), secrets8x8)
	c := mustFind(t, rep, "no request after cb")
	assert.Equal(t, Fail, c.Status)
	assert.Contains(t, c.Message, "calls back before its request finishes")
	assert.Contains(t, c.Message, "POST https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages")
	assert.Equal(t, "move cb into the .then of the request (or after its await)", c.Fix)
	failing := mustFind(t, rep, "fails on provider 500")
	assert.Equal(t, Fail, failing.Status)
	assert.Contains(t, failing.Message, "calls back before its request finishes")
}

func TestAHookThatSwallowsProviderErrorsFails(t *testing.T) {
	t.Parallel()
	rep := checkCode(t, hook8x8(`req.then(function (res) {
    if (res.status !== 200) throw new Error('8x8 answered ' + res.status);
    cb(null, {});
  }).catch(function (err) {
    console.error(err);
    cb(null, {});
  });`), secrets8x8)
	assert.Equal(t, Pass, mustFind(t, rep, "succeeds").Status, "with a working provider it looks fine")
	for _, name := range []string{"fails on provider 500", "fails on provider 401"} {
		c := mustFind(t, rep, name)
		assert.Equal(t, Fail, c.Status, name)
		assert.Contains(t, c.Message, "swallows provider errors")
		assert.Contains(t, c.Fix, "cb(err)")
	}
	assert.Equal(t, Pass, mustFind(t, rep, "fails on provider timeout").Status, "a hook still waiting at the time limit fails as Auth0 would")
}

func TestAHookThatNeverCallsBackOnAnErrorHangs(t *testing.T) {
	t.Parallel()
	rep := checkCode(t, hook8x8(`req.then(function (res) {
    if (res.status !== 200) throw new Error('8x8 answered ' + res.status);
    cb(null, {});
  });`), secrets8x8)
	c := mustFind(t, rep, "fails on provider 500")
	assert.Equal(t, Fail, c.Status)
	assert.Contains(t, c.Message, "hangs when the provider answers 500")
}

func TestAHookThatPassesErrorsOnPassesTheFailureChecks(t *testing.T) {
	t.Parallel()
	rep := checkCode(t, hook8x8(`req.then(function (res) {
    if (res.status !== 200) return cb(new Error('8x8 answered ' + res.status));
    cb(null, JSON.parse(res.body));
  }, cb);`), secrets8x8)
	for _, c := range rep.Checks {
		assert.Equal(t, Pass, c.Status, "%s: %s", c.Name, c.Message)
	}
}

func TestAHookTooSlowToSendWithinTheTimeOutCasesLimitIsNotCalledAHang(t *testing.T) {
	t.Parallel()
	// The hook sends only after a wait longer than the time-out case's
	// limit, as on a loaded machine: the case is made again with the full
	// limit, where the hook is seen waiting for the provider.
	slow := strings.Replace(hook8x8(`req.then(function (res) {
    if (res.status !== 200) return cb(new Error('8x8 answered ' + res.status));
    cb(null, {});
  }, cb);`), "var req", "setTimeout(function () { var req", 1)
	slow = strings.Replace(slow, "\n};", fmt.Sprintf("\n  }, %d);\n};", (timeoutCaseLimit+time.Second).Milliseconds()), 1)
	rep := checkCode(t, slow, secrets8x8)
	c := mustFind(t, rep, "fails on provider timeout")
	assert.Equal(t, Pass, c.Status, c.Message)
	assert.Contains(t, c.Message, "fails at the time limit while the provider does not answer")
}

func TestAShortSecretValueMaskedInTheReportDoesNotFoolTheChecks(t *testing.T) {
	t.Parallel()
	// "8" is masked everywhere in the report, host and phone number
	// included; the checks judge what the fakes received instead.
	secrets := map[string]string{"apikey": "key-123456", "subaccount": "acme-otp", "digit": "8"}
	rep := checkCode(t, hook8x8(`if (s.digit) req.then(function (res) {
    cb(res.status === 200 ? null : new Error('8x8 answered ' + res.status), {});
  }, cb);`), secrets)
	for _, c := range rep.Checks {
		assert.Equal(t, Pass, c.Status, "%s: %s", c.Name, c.Message)
	}
}

func TestAHookThatCallsBackTwiceFails(t *testing.T) {
	t.Parallel()
	rep := checkCode(t, hook8x8(`req.then(function () { cb(null, {}); }).then(function () {
    cb(null, {});
  }, cb);`), secrets8x8)
	c := mustFind(t, rep, "calls back once")
	assert.Equal(t, Fail, c.Status)
	assert.Contains(t, c.Message, "calls cb more than once")
	assert.Equal(t, 9, c.Line, "the line of the second call")
}

func TestAHookThatDropsTheCodeFails(t *testing.T) {
	t.Parallel()
	code := strings.Replace(hook8x8(`req.then(function () { cb(null, {}); }, cb);`), "text: text", "text: 'Your code is on its way'", 1)
	c := mustFind(t, checkCode(t, code, secrets8x8), "sends recipient and code")
	assert.Equal(t, Fail, c.Status)
	assert.Contains(t, c.Message, "the code 482913 is in no request to 8x8")
}

func TestASyntaxErrorIsAFailWithItsLineAndNothingElseRuns(t *testing.T) {
	t.Parallel()
	rep := checkCode(t, "module.exports = function (recipient, text, context, cb) {\n  cb(null, {};\n};", nil)
	require.Len(t, rep.Checks, 1)
	c := rep.Checks[0]
	assert.Equal(t, "parses", c.Name)
	assert.Equal(t, Fail, c.Status)
	assert.Equal(t, 2, c.Line)
	assert.Contains(t, c.Message, "SyntaxError")
	assert.Contains(t, c.Message, "column")
	assert.NotEmpty(t, c.Fix)
	assert.False(t, rep.OK)
	assert.Equal(t, Summary{Fail: 1}, rep.Summary)
}

func TestASyntaxErrorOnTheFirstLineHasTheUsersColumn(t *testing.T) {
	t.Parallel()
	c := checkCode(t, "module.exports = function (r, t, c, cb) { cb(null, {}) ]", nil).Checks[0]
	assert.Equal(t, 1, c.Line)
	assert.Contains(t, c.Message, "(column 56)")
}

func TestWhatGojaRefusesAfterParsingIsASyntaxErrorToo(t *testing.T) {
	t.Parallel()
	c := checkCode(t, "let a = 1;\nlet a = 2;\nmodule.exports = function (r, t, c, cb) { cb(); };", nil).Checks[0]
	assert.Equal(t, "parses", c.Name)
	assert.Equal(t, Fail, c.Status)
	assert.Equal(t, 2, c.Line)
}

func TestAHookThatThrowsWhileLoadingFailsTheLoadCheck(t *testing.T) {
	t.Parallel()
	rep := checkCode(t, "const x = null;\nx.y;\nmodule.exports = function (r, t, c, cb) { cb(); };", nil)
	c := mustFind(t, rep, "loads")
	assert.Equal(t, Fail, c.Status)
	assert.Equal(t, 2, c.Line)
	_, ran := rep.Find("succeeds")
	assert.False(t, ran, "a hook that does not load is not run")
}

func TestAnActionGetsTheStaticAndTheDynamicChecks(t *testing.T) {
	t.Parallel()
	rep := checkCode(t, `exports.onExecuteSendPhoneMessage = async (event, api) => { event.secrets.KEY; };`, map[string]string{"KEY": "x"})
	assert.Equal(t, "action", string(rep.Kind))
	assert.Equal(t, Pass, mustFind(t, rep, "secret KEY").Status)
	assert.Equal(t, Pass, mustFind(t, rep, "settles once").Status)
	assert.Equal(t, Fail, mustFind(t, rep, "reaches a provider").Status, "an Action that sends nothing must not pass")
}

func TestTheJSONReportHasTheDocumentedSchema(t *testing.T) {
	t.Parallel()
	rep := checkCode(t, "module.exports = function (r, t, c, cb) { cb(null, {}); };", nil)
	out, err := json.Marshal(rep)
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(out, &doc))
	for _, key := range []string{"hook", "ok", "checks", "summary"} {
		assert.Contains(t, doc, key)
	}
	first := doc["checks"].([]any)[0].(map[string]any)
	assert.Len(t, first, 5)
	for _, key := range []string{"name", "status", "message", "line", "fix"} {
		assert.Contains(t, first, key)
	}
	assert.Nil(t, first["line"])
	assert.Nil(t, first["fix"])
	summary := doc["summary"].(map[string]any)
	assert.Len(t, summary, 3)

	var back Report
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, rep, back)
}

func TestStrictFailsOnWarnings(t *testing.T) {
	t.Parallel()
	rep := Report{Summary: Summary{Pass: 3, Warn: 1}}
	assert.True(t, rep.Passed(false))
	assert.False(t, rep.Passed(true))
}

func TestAHookStoppedByAGlobalHookemuDoesNotEmulateIsWarnedNotFailed(t *testing.T) {
	t.Parallel()
	rep := checkCode(t, `module.exports = function (recipient, text, context, cb) {
  const when = new Intl.DateTimeFormat('en-US').format(new Date());
  cb(null, { when: when });
};`, nil)
	static := mustFind(t, rep, "unemulated Intl")
	assert.Equal(t, Warn, static.Status)
	assert.Equal(t, 2, static.Line)
	thrown := mustFind(t, rep, "no exception")
	assert.Equal(t, Warn, thrown.Status, "hookemu's limit, not the hook's bug")
	assert.Equal(t, 2, thrown.Line)
	assert.Contains(t, thrown.Message, "stops where hookemu cannot follow: hookemu does not emulate Intl")
	assert.Contains(t, thrown.Fix, "verify this path in the tenant")
	skipped := mustFind(t, rep, "not checked")
	assert.Contains(t, skipped.Message, "(see the warnings above)")
	for _, c := range rep.Checks {
		assert.NotEqual(t, Fail, c.Status, "%s: %s", c.Name, c.Message)
	}
}
