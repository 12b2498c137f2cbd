package check

import (
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hookWith wraps a handler body in the hook signature.
func hookWith(body string) string {
	return "module.exports = function (recipient, text, context, cb) {\n" + body + "\n};"
}

func secretNames(use secretUse) []string {
	seen := map[string]bool{}
	var names []string
	for _, r := range use.reads {
		if !seen[r.name] {
			seen[r.name] = true
			names = append(names, r.name)
		}
	}
	sort.Strings(names)
	return names
}

func TestSecretDetectionFindsEveryWayAHookReadsItsSecrets(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		code    string
		reads   []string
		dynamic bool
		escapes bool
	}{
		{"dot access", hookWith(`context.webtask.secrets.apikey;`), []string{"apikey"}, false, false},
		{"bracket access with a string", hookWith(`context.webtask.secrets['api-key'];`), []string{"api-key"}, false, false},
		{"bracket access all the way", hookWith(`context['webtask']["secrets"][` + "`sid`" + `];`), []string{"sid"}, false, false},
		{"optional chaining", hookWith(`context?.webtask?.secrets?.token;`), []string{"token"}, false, false},
		{"destructuring", hookWith(`const {a, b} = context.webtask.secrets;`), []string{"a", "b"}, false, false},
		{"destructuring with rename and default", hookWith(`const {a: first, b = 'x'} = context.webtask.secrets;`), []string{"a", "b"}, false, false},
		{"an alias variable", hookWith(`const s = context.webtask.secrets; s.X; s['Y'];`), []string{"X", "Y"}, false, false},
		{"an alias with a fallback", hookWith(`var s = context.webtask.secrets || {}; s.X;`), []string{"X"}, false, false},
		{"an alias assigned later", hookWith(`let s; s = context.webtask.secrets; s.X;`), []string{"X"}, false, false},
		{"an alias of an alias", hookWith(`const s = context.webtask.secrets; const t = s; t.X;`), []string{"X"}, false, false},
		{"an alias of webtask", hookWith(`const wt = context.webtask; wt.secrets.X;`), []string{"X"}, false, false},
		{"secrets destructured out of webtask", hookWith(`const {secrets} = context.webtask; secrets.X;`), []string{"X"}, false, false},
		{"nested destructuring out of context", hookWith(`const {webtask: {secrets: {X, Y}}} = context;`), []string{"X", "Y"}, false, false},
		{"webtask destructured, then secrets read", hookWith(`const {webtask} = context; const {X} = webtask.secrets;`), []string{"X"}, false, false},
		{"destructuring in the parameter list", `module.exports = function (r, t, {webtask: {secrets: {X}}}, cb) {};`, []string{"X"}, false, false},
		{"a context parameter with another name", `module.exports = function (r, t, ctx, done) { ctx.webtask.secrets.X; };`, []string{"X"}, false, false},
		{"a helper that gets the context", hookWith(`send(context);`) + `
function send(c) { return c.webtask.secrets.X; }`, []string{"X"}, false, false},
		{"an alias used in a nested function", hookWith(`const s = context.webtask.secrets; return function () { return s.X; };`), []string{"X"}, false, false},
		{"an alias tested before use", hookWith(`const s = context.webtask.secrets; if (!s || typeof s.X !== 'string') return; s.Y;`), []string{"X", "Y"}, false, false},
		{"a computed name cannot be told", hookWith(`const k = 'X'; context.webtask.secrets[k];`), nil, true, false},
		{"the secrets object handed to a function escapes", hookWith(`send(context.webtask.secrets);`), nil, false, true},
		{"an alias handed on escapes", hookWith(`const s = context.webtask.secrets; s.X; send(s);`), []string{"X"}, false, true},
		{"an object rest of the secrets escapes", hookWith(`const {X, ...others} = context.webtask.secrets;`), []string{"X"}, false, true},
		{"a spread of the secrets escapes", hookWith(`const all = {...context.webtask.secrets};`), nil, false, true},
		{"a variable named secrets that is not the secrets is ignored", hookWith(`const secrets = {fake: 1}; secrets.fake;`), nil, false, false},
		{"a shadowing parameter is not the alias", hookWith(`const s = context.webtask.secrets; s.X; [1].map(function (s) { return s.notASecret; });`), []string{"X"}, false, false},
		{"a secret stored in process.env is still read from secrets", hookWith(`process.env.KEY = context.webtask.secrets.KEY;`), []string{"KEY"}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			use := findSecrets(analyzeSource(t, tt.code), hookProfile, nil)
			assert.Equal(t, tt.reads, secretNames(use))
			assert.Equal(t, tt.dynamic, len(use.dynamic) > 0, "dynamic reads at %v", use.dynamic)
			assert.Equal(t, tt.escapes, len(use.escapes) > 0, "escapes at %v", use.escapes)
		})
	}
}

func TestASecretReadIsReportedAtItsLine(t *testing.T) {
	t.Parallel()
	use := findSecrets(analyzeSource(t, hookWith("\n\nconst {\n  apikey\n} = context.webtask.secrets;")), hookProfile, nil)
	require.Len(t, use.reads, 1)
	assert.Equal(t, 5, use.reads[0].line)
}

func TestAnActionReadsItsSecretsFromEvent(t *testing.T) {
	t.Parallel()
	an := analyzeSource(t, `exports.onExecuteSendPhoneMessage = async (event, api) => { const {KEY} = event.secrets; event.secrets.SID; };`)
	h := findHandler(an)
	use := findSecrets(an, actionProfile, seeds(an, h, actionProfile))
	assert.Equal(t, []string{"KEY", "SID"}, secretNames(use))
}

func TestSecretChecksCompareReadsWithWhatIsProvided(t *testing.T) {
	t.Parallel()
	reads := secretUse{reads: []secretRead{{name: "apikey", line: 3}, {name: "region", line: 4, hasDefault: true}}}
	checks := secretChecks(reads, map[string]string{"APIKEY": "x"}, nil, hookProfile)
	byName := map[string]Check{}
	for _, c := range checks {
		byName[c.Name] = c
	}

	t.Run("a secret read but not provided fails with its name and line", func(t *testing.T) {
		c := byName["secret apikey"]
		assert.Equal(t, Fail, c.Status)
		assert.Equal(t, 3, c.Line)
		assert.Contains(t, c.Message, "context.webtask.secrets.apikey")
		assert.Contains(t, c.Fix, "--secret apikey=VALUE")
	})
	t.Run("a secret with a default in the code only warns", func(t *testing.T) {
		assert.Equal(t, Warn, byName["secret region"].Status)
	})
	t.Run("a secret provided but never read warns, names being case-sensitive", func(t *testing.T) {
		c := byName["secret APIKEY"]
		assert.Equal(t, Warn, c.Status)
		assert.Contains(t, c.Fix, "case-sensitive")
	})
	t.Run("the count is within Auth0's limit", func(t *testing.T) {
		assert.Equal(t, Pass, byName["secrets"].Status)
	})
}

func TestMoreThanTwentySecretsFail(t *testing.T) {
	t.Parallel()
	provided := map[string]string{}
	for i := range 21 {
		provided[fmt.Sprintf("S%02d", i)] = "x"
	}
	checks := secretChecks(secretUse{}, provided, nil, hookProfile)
	last := checks[len(checks)-1]
	assert.Equal(t, "secrets", last.Name)
	assert.Equal(t, Fail, last.Status)
	assert.Contains(t, last.Message, "21 secrets, but Auth0 allows at most 20")
}

func TestUnreadWarningsAreDroppedWhenTheReadsCannotAllBeSeen(t *testing.T) {
	t.Parallel()
	checks := secretChecks(secretUse{escapes: []int{7}}, map[string]string{"apikey": "x"}, nil, hookProfile)
	require.Len(t, checks, 1)
	assert.Equal(t, "secrets", checks[0].Name)
	assert.Equal(t, Warn, checks[0].Status)
	assert.Equal(t, 7, checks[0].Line)
}
