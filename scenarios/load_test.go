package scenarios_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/scenarios"
)

func TestMistakesInAScenarioFileAreReportedWithTheirPosition(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		yaml string
		want []string // each must appear in the errors, in order
	}{
		{"a misspelt top-level key names the key it meant",
			"hook: hook.js\npaylaod: {}\n",
			[]string{`:2:1: unknown key "paylaod" in the scenario; did you mean "payload"?`}},
		{"a misspelt expect key names the key it meant",
			"hook: hook.js\nexpect:\n  outcom: success\n",
			[]string{`:3:3: unknown key "outcom" in expect; did you mean "outcome"?`}},
		{"a misspelt request key names the key it meant",
			"hook: hook.js\nexpect:\n  requests:\n    - mehtod: POST\n",
			[]string{`:4:7: unknown key "mehtod" in expect.requests[0]; did you mean "method"?`}},
		{"a misspelt fake key names the key it meant",
			"hook: hook.js\nfake8x8:\n  api_key: k\n",
			[]string{`:3:3: unknown key "api_key" in fake8x8; did you mean "apikey"?`}},
		{"a misspelt fakeNAME key names the provider's key",
			"hook: hook.js\nfaketwillio: {}\n",
			[]string{`:2:1: unknown key "faketwillio" in the scenario; did you mean "faketwilio"?`}},
		{"a misspelt key under providers names the key it meant",
			"hook: hook.js\nproviders:\n  twilio: {auth_tokn: t}\n",
			[]string{`:3:12: unknown key "auth_tokn" in providers.twilio; did you mean "auth_token"?`}},
		{"a fakeNAME key in another case is unknown, naming the key",
			"hook: hook.js\nfake8X8: {}\n",
			[]string{`:2:1: unknown key "fake8X8" in the scenario; did you mean "fake8x8"?`}},
		{"an unknown provider under providers names the nearest one",
			"hook: hook.js\nproviders:\n  twillio: {}\n",
			[]string{`:3:3: providers: no provider is called "twillio": did you mean twilio?`}},
		{"a provider configured under both keys is refused",
			"hook: hook.js\nfake8x8: {apikey: a}\nproviders:\n  8x8: {apikey: b}\n",
			[]string{`:4:3: the 8x8 configuration is given twice, under fake8x8 (line 2) and under providers.8x8; keep one`}},
		{"providers that is not a mapping says what it takes",
			"hook: hook.js\nproviders: [8x8]\n",
			[]string{`:2:12: providers: want a mapping of provider names to their configuration`}},
		{"a key nowhere near a valid one lists the valid ones",
			"hook: hook.js\nexpect: {zzzzzzzz: 1}\n",
			[]string{`unknown key "zzzzzzzz" in expect; the keys there are outcome, error, response`}},
		{"an unknown outcome suggests the nearest",
			"hook: hook.js\nexpect: {outcome: sucess}\n",
			[]string{`:2:19: expect.outcome: "sucess" is not an outcome; did you mean "success"?`}},
		{"a broken regular expression is refused",
			"hook: hook.js\nexpect: {error: \"/status (50/\"}\n",
			[]string{`:2:17: expect.error: /status (50/ is not a valid regular expression`}},
		{"a timeout without a unit is refused",
			"hook: hook.js\ntimeout: 5\n",
			[]string{`:2:10: timeout: want a duration with its unit, such as 5s or 250ms, got the number 5`}},
		{"a memory limit without a unit is refused",
			"hook: hook.js\nmemory: lots\n",
			[]string{`:2:9: memory: want a size with its unit, such as 256MiB or 64MB, got "lots"`}},
		{"a fault delay that is not a duration is refused",
			"hook: hook.js\nfake8x8:\n  faults:\n    - {destination: \"*\", delay: soon}\n",
			[]string{`:4:33: fake8x8.faults[0].delay: "soon" is not a duration`}},
		{"a fault status that is not a number is refused",
			"hook: hook.js\nfake8x8:\n  faults:\n    - {destination: \"*\", status: five}\n",
			[]string{`fake8x8.faults[0].status: want a whole number, got "five"`}},
		{"a hook that does not exist is named with where it was looked for",
			"hook: missing.js\n",
			[]string{`:1:7: hook missing.js: no such file`}},
		{"a scenario without a hook says how to name one",
			"expect: {outcome: success}\n",
			[]string{`:1:1: no hook: say which hook this scenario runs`}},
		{"an unquoted phone number explains the quoting",
			"hook: hook.js\npayload: {recipient: +6512345678}\n",
			[]string{`:2:22: payload.recipient: want text, got the number +6512345678; quote it`}},
		{"a payload Auth0 would never send is refused",
			"hook: hook.js\npayload: {context: {message_type: fax}}\n",
			[]string{`context.message_type is "fax"; Auth0 sends only "sms" or "voice"`}},
		{"a key given twice is refused",
			"hook: hook.js\nhook: other.js\n",
			[]string{`:2:1: key "hook" appears twice in the scenario (first on line 1)`}},
		{"two cases with one name are refused",
			"hook: hook.js\ncases:\n  - name: a\n  - name: a\n",
			[]string{`:4:5: cases[1]: the name "a" is taken by the case on line 3`}},
		{"a case with cases of its own is refused",
			"hook: hook.js\ncases:\n  - name: a\n    cases: []\n",
			[]string{`a case cannot have cases of its own`}},
		{"every mistake in a file is reported, not only the first",
			"hook: hook.js\ntimout: 5s\nexpect: {outcome: nope, request_count: many}\n",
			[]string{`:2:1: unknown key "timout"`, `:3:19: expect.outcome`, `:3:40: expect.request_count: want a whole number`}},
		{"exact without a body to compare is refused",
			"hook: hook.js\nexpect: {requests: [{method: POST, exact: true}]}\n",
			[]string{`exact: true compares a json or form body`}},
		{"text that is not YAML says where the parser stopped",
			"hook: hook.js\nexpect: {outcome: success\n",
			[]string{`not valid YAML or JSON`}},
		{"an empty file is refused",
			"# nothing yet\n",
			[]string{`the file is empty`}},
		{"a second document is refused",
			"hook: hook.js\n---\nhook: hook.js\n",
			[]string{`a second YAML document`}},
		{"a list at the top is refused",
			"- hook: hook.js\n",
			[]string{`want a mapping (name: ..., hook: ..., expect: ...) at the top of the file, got a list`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := writeFiles(t, map[string]string{"hook.js": "module.exports = function (r, t, c, cb) { cb(null, {}); };", "s.scenario.yaml": tt.yaml})
			_, err := scenarios.Load(dir)
			require.Error(t, err)
			var list scenarios.LoadErrors
			require.ErrorAs(t, err, &list)
			text := err.Error()
			for _, want := range tt.want {
				assert.Contains(t, text, want)
			}
			assert.Contains(t, text, filepath.ToSlash(filepath.Join(dir, "s.scenario.yaml")))
		})
	}
}

func TestErrorsInSeveralFilesAreAllReported(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"a.scenario.yaml": "hook: a.js\n",
		"b.scenario.yaml": "hook: b.js\n",
	})
	_, err := scenarios.Load(dir)
	var list scenarios.LoadErrors
	require.ErrorAs(t, err, &list)
	assert.Len(t, list, 2)
}

func TestTheLoaderSaysHowManyFilesItFoundBeforeReadingThem(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hook.js":         "module.exports = function (r, t, c, cb) { cb(null, {}); };",
		"a.scenario.yaml": "hook: hook.js\n",
		"b.scenario.yaml": "hook: hook.js\ncases: [{name: one}, {name: two}]\n",
		"c.scenario.yaml": "hook: [hook.js\n", // read after Found all the same
	})
	var found []int
	_, err := scenarios.Loader{Found: func(files int) { found = append(found, files) }}.Load(dir)
	require.Error(t, err)
	assert.Equal(t, []int{3}, found)
}

func TestCasesInheritTheTopLevelAndOverrideIt(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hooks/h.js": "module.exports = function (r, t, c, cb) { cb(null, {}); };",
		"suite/sms.scenario.yaml": `
name: sms
hook: ../hooks/h.js
timeout: 3s
secrets: {apikey: top-key, subaccount: top-sub}
payload:
  recipient: "+6512345678"
  context: {message_type: sms, language: fr}
fake8x8: {apikey: top-key}
cases:
  - name: inherits everything
  - name: overrides
    timeout: 1s
    secrets: {apikey: case-key}
    payload: {context: {message_type: voice}}
    fake8x8:
      faults: [{destination: "*", status: 500, delay: 250ms}]
  -
    payload: {text: hello}
`,
	})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	list := suite.Scenarios()
	require.Len(t, list, 3)

	first, second, third := list[0], list[1], list[2]
	assert.Equal(t, "sms/inherits everything", first.Title())
	assert.Equal(t, 3*time.Second, first.Timeout)
	assert.Equal(t, "+6512345678", first.Payload.Recipient)
	assert.Equal(t, "fr", first.Payload.Context["language"])

	assert.Equal(t, time.Second, second.Timeout)
	assert.Equal(t, map[string]string{"apikey": "case-key", "subaccount": "top-sub"}, second.Secrets, "secrets merge key by key")
	assert.Equal(t, "voice", second.Payload.Context["message_type"])
	assert.Equal(t, "fr", second.Payload.Context["language"], "the payload merges all the way down")
	eight := second.Providers["8x8"].(*fake8x8.Config)
	assert.Equal(t, "top-key", eight.APIKey, "fake settings merge key by key")
	require.Len(t, eight.Faults, 1)
	assert.Equal(t, 250*time.Millisecond, eight.Faults[0].Delay)

	assert.Equal(t, "case 3", third.Case, "a case without a name is numbered")
	assert.Equal(t, "hello", third.Payload.Text)
	assert.Contains(t, third.ID(), "suite/sms.scenario.yaml sms/case 3")
}

func TestAScenarioWithoutNameIsNamedAfterItsFile(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"h.js":                    "module.exports = function (r, t, c, cb) { cb(null, {}); };",
		"voice-call.scenario.yml": "hook: h.js\n",
	})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	require.Len(t, suite.Scenarios(), 1)
	s := suite.Scenarios()[0]
	assert.Equal(t, "voice-call", s.Name)
	assert.Equal(t, emulator.DefaultTimeout, s.Timeout)
	assert.Equal(t, emulator.DefaultPayload(), s.Payload)
}

func TestSecretsAreTakenFromTheEnvironment(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"h.js":            "module.exports = function (r, t, c, cb) { cb(null, {}); };",
		"s.scenario.yaml": "hook: h.js\nsecrets: {apikey: \"${KEY}\", url: \"https://${HOST}/x\", plain: as-is}\n",
	})
	env := map[string]string{"KEY": "from-env", "HOST": "example.com"}
	loader := scenarios.Loader{LookupEnv: func(name string) (string, bool) { v, ok := env[name]; return v, ok }}
	suite, err := loader.Load(dir)
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"apikey": "from-env", "url": "https://example.com/x", "plain": "as-is"}, suite.Scenarios()[0].Secrets)
}

func TestAJSONScenarioFileIsReadLikeYAML(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"h.js": "module.exports = function (r, t, c, cb) { cb(null, {}); };",
		"s.scenario.json": `{
	"name": "json",
	"hook": "h.js",
	"payload": {"recipient": "+6512345678"},
	"expect": {"outcome": "success", "requets": []}
}`,
	})
	_, err := scenarios.Load(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `:5:35: unknown key "requets" in expect; did you mean "requests"?`)
}

func TestADocumentedHookCanBeNamedWithoutAPath(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"s.scenario.yaml": "hook: starter.js\n"})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	assert.Equal(t, "starter.js", suite.Scenarios()[0].Hook)
}
