package harness_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/stubs"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const slackStub = `hooks.slack.com:
  - {method: POST, path: /services/T0/B0/x, status: 200, body: ok}
sms.8x8.com:
  - {method: GET, path: /stubbed, status: 418, body: teapot}
`

// postTo sends the secret's URL a JSON note and hands back the answer.
const postTo = `module.exports = function (recipient, text, context, cb) {
	require('rawhttp').send({method: 'POST', url: context.webtask.secrets.url, headers: {'Content-Type': 'application/json'},
		body: JSON.stringify({text: 'hi'})})
	.then(function (r) { cb(null, {status: r.status, body: r.body}); }, function (e) { cb(e); });
};`

func runStubbed(t *testing.T, src string, secrets map[string]string) harness.Report {
	t.Helper()
	parsed, err := stubs.Parse([]byte(slackStub), stubs.Options{Source: "slack.yaml"})
	require.NoError(t, err)
	set, err := stubs.NewSet(parsed...)
	require.NoError(t, err)
	em := emulator.New(emulator.Config{Modules: append(emulator.Builtins(), modtest.RawHTTP()), Grace: 300 * time.Millisecond})
	hook, err := em.Load("hook.js", []byte(src))
	require.NoError(t, err)
	h := harness.New(harness.Config{Stubs: set})
	return h.Run(context.Background(), em, hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: secrets, Timeout: time.Minute})
}

func TestAStubbedHostIsAnsweredRecordedAndMasked(t *testing.T) {
	t.Parallel()
	rep := runStubbed(t, postTo, map[string]string{"url": "https://hooks.slack.com/services/T0/B0/x"})
	require.True(t, rep.OK, "%+v", rep)
	require.Len(t, rep.Requests, 1)
	ex := rep.Requests[0]
	assert.Equal(t, harness.StubProvider, ex.Provider)
	assert.Equal(t, 200, ex.Status)
	assert.Equal(t, "ok", ex.ResponseBody)
	assert.Equal(t, "<secret:url>", ex.URL, "the webhook URL is a secret and is masked like a provider's")
	assert.False(t, ex.Sent)
	assert.Empty(t, rep.Problems)
}

func TestARequestNoStubMatchesIsANearMissProblem(t *testing.T) {
	t.Parallel()
	rep := runStubbed(t, postTo, map[string]string{"url": "https://hooks.slack.com/services/T0/B0/wrong"})
	require.Len(t, rep.Requests, 1)
	assert.Equal(t, 404, rep.Requests[0].Status)
	assert.Contains(t, rep.Requests[0].ResponseBody, "<<<<< URL path does not match")
	require.Len(t, rep.Problems, 1)
	assert.Equal(t, emulator.SeverityError, rep.Problems[0].Severity)
	assert.Contains(t, rep.Problems[0].Message, "matched no stub; the closest, stub-1, differs in URL path")
	out, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.NotContains(t, string(out), "/services/T0/B0/wrong", "the near miss is masked too")
}

func TestStubsAnswerBeforeTheFakeOfTheirHost(t *testing.T) {
	t.Parallel()
	rep := runStubbed(t, postTo, map[string]string{"url": "https://sms.8x8.com/stubbed"})
	require.Len(t, rep.Requests, 1)
	assert.Equal(t, 404, rep.Requests[0].Status, "a POST the GET stub does not match is a near miss, not the fake's answer")
	rep = runStubbed(t, `module.exports = function (r, t, c, cb) {
		require('rawhttp').send({method: 'GET', url: 'https://sms.8x8.com/stubbed'}).then(function (r) { cb(null, r.status); }); };`, nil)
	require.Len(t, rep.Requests, 1)
	assert.Equal(t, 418, rep.Requests[0].Status)
}

func TestAHostNeitherFakedNorStubbedStaysBlocked(t *testing.T) {
	t.Parallel()
	rep := runStubbed(t, postTo, map[string]string{"url": "https://api.example.com/x"})
	assert.Equal(t, emulator.OutcomeError, rep.Outcome)
	found := false
	for _, p := range rep.Problems {
		found = found || strings.Contains(p.Message, "--stubs api.example.com=FILE")
	}
	assert.True(t, found, "the blocked host's problem says how to stub it: %+v", rep.Problems)
}

func TestBlockedHostsReadsTheHostsBackFromTheRunsProblems(t *testing.T) {
	t.Parallel()
	rep := runStubbed(t, postTo, map[string]string{"url": "https://api.example.com/x"})
	assert.Equal(t, []string{"api.example.com"}, harness.BlockedHosts(rep))
	rep = runStubbed(t, postTo, map[string]string{"url": "https://hooks.slack.com/services/T0/B0/x"})
	assert.Empty(t, harness.BlockedHosts(rep), "a stubbed host is not blocked")
}

func TestTheTokenPathOfASecretURLIsMaskedOnItsOwn(t *testing.T) {
	t.Parallel()
	r := harness.NewRedactor(map[string]string{"SLACK_WEBHOOK_URL": "https://hooks.slack.com/services/T01/B02/abcdef"})
	assert.Equal(t, `URL path: "<secret:SLACK_WEBHOOK_URL>"`, r.String(`URL path: "/services/T01/B02/abcdef"`))
	assert.Equal(t, "POST <secret:SLACK_WEBHOOK_URL>", r.String("POST hooks.slack.com/services/T01/B02/abcdef"))
	short := harness.NewRedactor(map[string]string{"BASE_URL": "https://api.example.com/v1/"})
	assert.Equal(t, "GET /v1/users", short.String("GET /v1/users"), "a short path is an ordinary word of other URLs")
}
