package check

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/deploy"
)

// actionEntry is a send-phone-message v2 Action as an artifact declares it.
func actionEntry(deps ...deploy.Dependency) deploy.Entry {
	return deploy.Entry{Name: "sms", Kind: deploy.KindAction, Dependencies: deps,
		Trigger: deploy.Trigger{ID: deploy.TriggerSendPhoneMessage, Version: "v2"}}
}

func hookEntry(deps ...deploy.Dependency) deploy.Entry {
	return deploy.Entry{Name: "sms-hook", Kind: deploy.KindHook, Dependencies: deps, Enabled: true,
		Trigger: deploy.Trigger{ID: deploy.TriggerSendPhoneMessage}}
}

func dep(name, version string) deploy.Dependency {
	return deploy.Dependency{Name: name, Version: version}
}

// only finds the one check called name among checks.
func only(t *testing.T, checks []Check, name string) Check {
	t.Helper()
	var found []Check
	for _, c := range checks {
		if c.Name == name {
			found = append(found, c)
		}
	}
	require.Len(t, found, 1, "checks: %+v", checks)
	return found[0]
}

// depFixture holds a package hookemu does not build in, at one version.
func depFixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range map[string]string{
		"node_modules/left-pad/package.json": `{"name": "left-pad", "version": "1.3.0"}`,
		"node_modules/left-pad/index.js":     `module.exports = function (s) { return s; };`,
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	return dir
}

func TestDependencyChecksCompareRequiresWithTheDeclaredDependencies(t *testing.T) {
	t.Parallel()
	dir := depFixture(t)
	tests := []struct {
		name, code string
		entry      deploy.Entry
		check      string
		status     Status
		message    string
	}{
		{"an Action's declared dependency runs at its version", `require('axios');`, actionEntry(dep("axios", "0.27.2")),
			"dependency axios", Pass, "axios 0.27.2 is declared, and the calls run it at 0.27.2"},
		{"an Action's undeclared require fails: Auth0 does not install it", `require('axios');`, actionEntry(),
			"dependency axios", Fail, "the action does not declare axios among its dependencies, and Auth0 installs only those"},
		{"a subpath counts as its package", `require('left-pad/index.js');`, actionEntry(),
			"dependency left-pad", Fail, "does not declare left-pad"},
		{"an installed package at the declared version passes, naming the copy", `require('left-pad');`, actionEntry(dep("left-pad", "1.3.0")),
			"dependency left-pad", Pass, "the calls run the installed copy (/node_modules/left-pad/index.js)"},
		{"an installed package of another version warns", `require('left-pad');`, actionEntry(dep("left-pad", "1.1.0")),
			"dependency left-pad", Warn, "node_modules holds another version"},
		{"a version hookemu lacks warns, naming the stand-in", `require('axios');`, actionEntry(dep("axios", "1.7.8")),
			"dependency axios", Warn, "the calls run axios 1.7.9, the nearest it emulates"},
		{"a declared package hookemu can neither emulate nor load warns, required or not", `module.exports = 1;`, actionEntry(dep("lodash", "4.17.21")),
			"dependency lodash", Warn, "hookemu neither emulates lodash nor finds it in node_modules"},
		{"a declared core module name warns: Node's own loads", `require('crypto');`, actionEntry(dep("crypto", "1.0.1")),
			"dependency crypto", Warn, "crypto is one of Node's core modules"},
		{"a hook's undeclared shim got Webtask's pre-installed copy", `require('axios');`, hookEntry(),
			"dependency axios", Warn, "Webtask's pre-installed copy (hookemu runs axios 0.19.2)"},
		{"a hook's undeclared versioned require names the version it asks for", `require('axios@0.21.4');`, hookEntry(),
			"dependency axios", Warn, "(hookemu runs axios 0.21.4)"},
		{"a hook's undeclared other package fails", `require('left-pad');`, hookEntry(),
			"dependency left-pad", Fail, "the hook does not declare left-pad"},
		{"a hook's versioned require agreeing with the declared version passes", `require('axios@0.27.2');`, hookEntry(dep("axios", "0.27.2")),
			"dependency axios", Pass, "axios 0.27.2 is declared"},
		{"a hook's versioned require of another version than declared warns", `require('axios@0.19.2');`, hookEntry(dep("axios", "0.27.2")),
			"dependency axios", Warn, "require('axios@0.19.2') asks for axios 0.19.2, but the hook declares axios 0.27.2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			checks := dependencyChecks(findRequires(analyzeSource(t, tt.code)), tt.entry, resolverFrom{testEmulator(), dir})
			c := only(t, checks, tt.check)
			assert.Equal(t, tt.status, c.Status, c.Message)
			assert.Contains(t, c.Message, tt.message)
			if tt.status != Pass {
				assert.NotEmpty(t, c.Fix, "a %s says what to change", tt.status)
			}
		})
	}
}

func TestDependencyChecksLeaveCoreModulesFilesAndSharedModulesAlone(t *testing.T) {
	t.Parallel()
	code := `require('crypto'); require('node:https'); require('./local'); require('actions:shared'); require(name);`
	checks := dependencyChecks(findRequires(analyzeSource(t, code)), actionEntry(), resolverFrom{testEmulator(), ""})
	assert.Empty(t, checks)
}

func TestDeclaredSecretChecksCompareReadsWithTheDeclaredSecrets(t *testing.T) {
	t.Parallel()
	action := func(body string) string {
		return "exports.onExecuteSendPhoneMessage = async (event, api) => {\n" + body + "\n};"
	}
	secrets := func(names ...string) deploy.Entry {
		e := actionEntry()
		for _, n := range names {
			e.Secrets = append(e.Secrets, deploy.Secret{Name: n})
		}
		return e
	}
	tests := []struct {
		name, code string
		entry      deploy.Entry
		check      string
		status     Status
		message    string
	}{
		{"a secret read and declared passes", action(`event.secrets.API_KEY;`), secrets("API_KEY"),
			"declared secret API_KEY", Pass, "event.secrets.API_KEY is read, and the action declares it"},
		{"a secret read but not declared fails: Auth0 gives undefined", action(`event.secrets.API_KEY;`), secrets(),
			"declared secret API_KEY", Fail, "the action does not declare it: in Auth0 it is undefined"},
		{"a secret read with a default but not declared warns", action(`const {REGION = 'eu'} = event.secrets;`), secrets(),
			"declared secret REGION", Warn, "always falls back to its default"},
		{"a declared secret never read warns", action(`event.secrets.API_KEY;`), secrets("API_KEY", "api_key"),
			"declared secret api_key", Warn, "the action declares api_key, but the code never reads event.secrets.api_key"},
		{"a hook's secrets are read from context.webtask.secrets", hookWith(`context.webtask.secrets.token;`), func() deploy.Entry {
			e := hookEntry()
			e.Secrets = []deploy.Secret{{Name: "token"}}
			return e
		}(), "declared secret token", Pass, "context.webtask.secrets.token is read, and the hook declares it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			an := analyzeSource(t, tt.code)
			h := findHandler(an)
			prof := profileFor(h.kind)
			checks := declaredSecretChecks(findSecrets(an, prof, seeds(an, h, prof)), tt.entry, prof)
			c := only(t, checks, tt.check)
			assert.Equal(t, tt.status, c.Status, c.Message)
			assert.Contains(t, c.Message, tt.message)
		})
	}
}

func TestDeclaredSecretsAreNotCalledUnreadWhenTheCodeReadsThemByComputedName(t *testing.T) {
	t.Parallel()
	an := analyzeSource(t, "exports.onExecuteSendPhoneMessage = async (event, api) => { event.secrets[name]; };")
	h := findHandler(an)
	e := actionEntry()
	e.Secrets = []deploy.Secret{{Name: "API_KEY"}}
	assert.Empty(t, declaredSecretChecks(findSecrets(an, actionProfile, seeds(an, h, actionProfile)), e, actionProfile))
}

func TestTriggerChecksJudgeTheTriggerVersionAndTheExportedHandler(t *testing.T) {
	t.Parallel()
	const smsAction = "exports.onExecuteSendPhoneMessage = async (event, api) => {};"
	const cppAction = "exports.onExecuteCustomPhoneProvider = async (event, api) => {};"
	const hook = "module.exports = function (recipient, text, context, cb) { cb(); };"
	withTrigger := func(e deploy.Entry, id, version string) deploy.Entry {
		e.Trigger = deploy.Trigger{ID: id, Version: version}
		return e
	}
	tests := []struct {
		name, code string
		entry      deploy.Entry
		check      string
		status     Status
		message    string
	}{
		{"send-phone-message v2 passes", smsAction, actionEntry(), "trigger", Pass, "send-phone-message v2, the current version"},
		{"send-phone-message v1 is deprecated", smsAction, withTrigger(actionEntry(), deploy.TriggerSendPhoneMessage, "v1"), "trigger", Warn, "send-phone-message v1 is deprecated"},
		{"a version the trigger lacks fails", smsAction, withTrigger(actionEntry(), deploy.TriggerSendPhoneMessage, "v3"), "trigger", Fail, `send-phone-message has no version "v3"`},
		{"custom-phone-provider v1 passes", cppAction, withTrigger(actionEntry(), deploy.TriggerCustomPhoneProvider, "v1"), "trigger", Pass, "custom-phone-provider v1"},
		{"a hook for custom-phone-provider fails: only Actions have it", hook, withTrigger(hookEntry(), deploy.TriggerCustomPhoneProvider, ""), "trigger", Fail, "a trigger only Actions have"},
		{"a send-phone-message hook passes", hook, hookEntry(), "trigger", Pass, "a send-phone-message hook"},
		{"the send-phone-message handler passes", smsAction, actionEntry(), "handler", Pass, "exports onExecuteSendPhoneMessage, the handler send-phone-message calls"},
		{"the custom-phone-provider handler deployed for send-phone-message fails", cppAction, actionEntry(), "handler", Fail,
			"exports onExecuteCustomPhoneProvider, but the artifact deploys the Action for send-phone-message, which calls onExecuteSendPhoneMessage"},
		{"the send-phone-message handler deployed for custom-phone-provider fails", smsAction, withTrigger(actionEntry(), deploy.TriggerCustomPhoneProvider, "v1"), "handler", Fail,
			"which calls onExecuteCustomPhoneProvider"},
		{"an object export names its handler too", "module.exports = {onExecuteSendPhoneMessage: async (event, api) => {}};", actionEntry(), "handler", Pass, "exports onExecuteSendPhoneMessage"},
		{"an object with a shorthand handler exports it", "const onExecuteSendPhoneMessage = async (event, api) => {};\nmodule.exports = {onExecuteSendPhoneMessage};", actionEntry(), "handler", Pass, "exports onExecuteSendPhoneMessage"},
		{"code exporting both handlers serves either trigger", smsAction + "\n" + cppAction, withTrigger(actionEntry(), deploy.TriggerCustomPhoneProvider, "v1"), "handler", Pass, "exports onExecuteCustomPhoneProvider"},
		{"a hook's function deployed as an Action fails", hook, actionEntry(), "handler", Fail, "module.exports is a function, as a hook's is"},
		{"an Action's handler deployed as a hook fails", smsAction, hookEntry(), "handler", Fail, "an Action's handler, but the artifact deploys it as a hook"},
		{"a hook's function deployed as a hook passes", hook, hookEntry(), "handler", Pass, "module.exports is a function"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := only(t, triggerChecks(tt.entry, findHandler(analyzeSource(t, tt.code)), nil), tt.check)
			assert.Equal(t, tt.status, c.Status, c.Message)
			assert.Contains(t, c.Message, tt.message)
		})
	}
}

func TestTriggerChecksLeaveOtherTriggersAlone(t *testing.T) {
	t.Parallel()
	e := actionEntry()
	e.Trigger = deploy.Trigger{ID: "post-login", Version: "v3"}
	h := findHandler(analyzeSource(t, "exports.onExecutePostLogin = async () => {};"))
	assert.Empty(t, triggerChecks(e, h, nil))
	assert.Empty(t, tenantChecks(e, &deploy.Artifact{Bindings: map[string][]string{}}))
}

func TestTenantChecksJudgeBindingsEnabledHooksAndThePhoneProvider(t *testing.T) {
	t.Parallel()
	cpp := actionEntry()
	cpp.Trigger = deploy.Trigger{ID: deploy.TriggerCustomPhoneProvider, Version: "v1"}
	disabledHook := hookEntry()
	disabledHook.Enabled = false
	otherHook := hookEntry()
	otherHook.Name = "older-sms-hook"
	tests := []struct {
		name    string
		entry   deploy.Entry
		art     deploy.Artifact
		check   string
		status  Status
		message string
	}{
		{"a bound Action passes", actionEntry(), deploy.Artifact{Bindings: map[string][]string{"send-phone-message": {"sms"}}},
			"binding", Pass, "bound to the send-phone-message trigger"},
		{"an unbound Action is deployed but never runs", actionEntry(), deploy.Artifact{Bindings: map[string][]string{"send-phone-message": {"other"}}},
			"binding", Warn, "deployed but never runs: sms is not bound to the send-phone-message trigger"},
		{"an unbound custom-phone-provider Action never runs either", cpp, deploy.Artifact{Bindings: map[string][]string{}},
			"binding", Warn, "not bound to the custom-phone-provider trigger"},
		{"a custom-phone-provider Action with the custom provider passes", cpp,
			deploy.Artifact{PhoneProvider: &deploy.PhoneProvider{Name: "custom", DeliveryMethods: []string{"text", "voice"}}},
			"phone provider", Pass, "the tenant's phone provider is custom (delivery methods text, voice)"},
		{"a custom-phone-provider Action with Twilio as provider fails", cpp, deploy.Artifact{PhoneProvider: &deploy.PhoneProvider{Name: "twilio"}},
			"phone provider", Fail, "the tenant's phone provider is twilio, so Auth0 sends through it and never runs this Action"},
		{"a custom-phone-provider Action with the custom provider disabled fails", cpp, deploy.Artifact{PhoneProvider: &deploy.PhoneProvider{Name: "custom", Disabled: true}},
			"phone provider", Fail, "custom phone provider is disabled"},
		{"the one enabled hook passes", hookEntry(), deploy.Artifact{Entries: []deploy.Entry{hookEntry(), disabledHook}},
			"enabled hooks", Pass, "the one enabled send-phone-message hook"},
		{"two enabled send-phone-message hooks fail", hookEntry(), deploy.Artifact{Entries: []deploy.Entry{hookEntry(), otherHook}},
			"enabled hooks", Fail, "2 send-phone-message hooks are enabled (sms-hook, older-sms-hook)"},
		{"a disabled hook among two enabled ones fails too", disabledHook, deploy.Artifact{Entries: []deploy.Entry{hookEntry(), otherHook, disabledHook}},
			"enabled hooks", Fail, "2 send-phone-message hooks are enabled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := only(t, tenantChecks(tt.entry, &tt.art), tt.check)
			assert.Equal(t, tt.status, c.Status, c.Message)
			assert.Contains(t, c.Message, tt.message)
		})
	}
}

func TestTenantChecksSayNothingOfWhatTheArtifactDoesNotHold(t *testing.T) {
	t.Parallel()
	cpp := actionEntry()
	cpp.Trigger = deploy.Trigger{ID: deploy.TriggerCustomPhoneProvider, Version: "v1"}
	assert.Empty(t, tenantChecks(cpp, &deploy.Artifact{}), "no bindings and no provider in the artifact: nothing is known")
	assert.Empty(t, tenantChecks(cpp, nil))
	disabled := hookEntry()
	disabled.Enabled = false
	assert.Empty(t, tenantChecks(disabled, &deploy.Artifact{Entries: []deploy.Entry{disabled}}), "a disabled hook alone is what an export keeps after moving to an Action")
}

func TestKeywordChecksNameEveryMarkerLeftInTheCode(t *testing.T) {
	t.Parallel()
	a0 := &deploy.Artifact{Format: deploy.FormatA0Directory}
	tests := []struct {
		name  string
		code  string
		art   *deploy.Artifact
		want  map[string]Status
		lines map[string]int
	}{
		{"replaced code of an a0deploy export passes", "const url = 'https://sms.example';", a0, map[string]Status{"keywords": Pass}, nil},
		{"a raw and a quoted marker fail, each named at its line", "const url = '##SMS_URL##';\nconst key = @@SMS_KEY@@;\nconst again = '##SMS_URL##';", a0,
			map[string]Status{"keyword ##SMS_URL##": Fail, "keyword @@SMS_KEY@@": Fail}, map[string]int{"keyword ##SMS_URL##": 1, "keyword @@SMS_KEY@@": 2}},
		{"a marker fails in any format", "const url = '##SMS_URL##';", &deploy.Artifact{Format: deploy.FormatTerraform},
			map[string]Status{"keyword ##SMS_URL##": Fail}, nil},
		{"code outside a0deploy with no marker says nothing", "const x = '#not#a#marker#';", &deploy.Artifact{Format: deploy.FormatTerraform}, map[string]Status{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			checks := keywordChecks([]byte(tt.code), tt.art)
			got := map[string]Status{}
			for _, c := range checks {
				got[c.Name] = c.Status
				if want, ok := tt.lines[c.Name]; ok {
					assert.Equal(t, want, c.Line, c.Name)
				}
				if c.Status == Fail {
					assert.Contains(t, c.Fix, "AUTH0_KEYWORD_REPLACE_MAPPINGS")
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// sms8x8Action sends with axios and reads one secret.
const sms8x8Action = `const axios = require('axios');
exports.onExecuteSendPhoneMessage = async (event, api) => {
  await axios.post('https://sms.8x8.com/api/v1/subaccounts/acme/messages',
    {destination: event.message_options.recipient, text: event.message_options.text},
    {headers: {Authorization: 'Bearer ' + event.secrets.API_KEY}});
};`

func TestRunWithADeploymentAddsItsChecksNotesAndPins(t *testing.T) {
	t.Parallel()
	e := actionEntry(dep("axios", "0.27.2"))
	e.Secrets = []deploy.Secret{{Name: "API_KEY"}, {Name: "UNUSED"}}
	e.Code = []byte(sms8x8Action)
	art := &deploy.Artifact{Format: deploy.FormatA0Directory, Entries: []deploy.Entry{e},
		Bindings: map[string][]string{}, Notes: []string{"a note of the reader"}}
	rep := Run(context.Background(), Options{Name: "actions/sms/code.js", Source: e.Code, Emulator: testEmulator(),
		TimeoutCaseLimit: timeoutCaseLimit, Deploy: &Deployment{Entry: e, Artifact: art}})
	want := map[string]Status{
		"keywords": Pass, "dependency axios": Pass, "declared secret API_KEY": Pass, "declared secret UNUSED": Warn,
		"trigger": Pass, "handler": Pass, "binding": Warn, "secret API_KEY": Warn,
	}
	got := statuses(rep)
	for name, status := range want {
		assert.Equal(t, status, got[name], name)
	}
	assert.Contains(t, mustFind(t, rep, "require axios").Message, "axios@0.27.2 (declared 0.27.2 in the dependencies)")
	assert.Contains(t, rep.Notes, "a note of the reader")
	assert.Contains(t, rep.Notes, "the action declares 2 secrets (API_KEY, UNUSED) by name only (exports never hold secret values, and that is no fault): the calls use the values given with --secret, --secrets-file or --secrets-env")
	raw, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.Contains(t, string(raw), `{"name":"binding","status":"WARN","message":"deployed but never runs: sms is not bound to the send-phone-message trigger","line":null,"fix":`)
}

func TestRunWithoutADeploymentChecksAsBefore(t *testing.T) {
	t.Parallel()
	rep := Run(context.Background(), Options{Name: "action.js", Source: []byte(sms8x8Action), Emulator: testEmulator(), TimeoutCaseLimit: timeoutCaseLimit})
	for _, c := range rep.Checks {
		assert.NotContains(t, []string{"trigger", "handler", "binding", "keywords", "dependency axios"}, c.Name)
	}
	assert.Equal(t, Fail, mustFind(t, rep, "secret API_KEY").Status, "a secret neither provided nor declared still fails")
}

func TestRunLoadsAndCallsTheCodeWithTheDeclaredVersions(t *testing.T) {
	t.Parallel()
	code := `if (require('axios').VERSION !== '0.27.2') throw new Error('axios is ' + require('axios').VERSION);
exports.onExecuteSendPhoneMessage = async (event, api) => {};`
	run := func(d *Deployment) Check {
		rep := Run(context.Background(), Options{Name: "action.js", Source: []byte(code), Emulator: testEmulator(), TimeoutCaseLimit: timeoutCaseLimit, Deploy: d})
		return mustFind(t, rep, "loads")
	}
	assert.Equal(t, Pass, run(&Deployment{Entry: actionEntry(dep("axios", "0.27.2"))}).Status)
	c := run(nil)
	assert.Equal(t, Fail, c.Status)
	assert.Contains(t, c.Message, "Error: axios is ", "without the pin the code gets another axios")
}

func TestHandlerCheckTakesTheKindAndTriggerFromTheLoadedCode(t *testing.T) {
	t.Parallel()
	code := "const h = {};\nh.onExecuteCustomPhoneProvider = async (event, api) => {};\nmodule.exports = h;"
	loaded, err := testEmulator().Load("action.js", []byte(code))
	require.NoError(t, err)
	cpp := actionEntry()
	cpp.Trigger = deploy.Trigger{ID: deploy.TriggerCustomPhoneProvider, Version: "v1"}
	h := findHandler(analyzeSource(t, code))
	tests := []struct {
		name    string
		entry   deploy.Entry
		status  Status
		message string
	}{
		{"the handler the loaded code has passes for its trigger", cpp, Pass, "exports onExecuteCustomPhoneProvider, the handler custom-phone-provider calls"},
		{"the handler the loaded code has fails for another trigger", actionEntry(), Fail, "exports onExecuteCustomPhoneProvider, but the artifact deploys the Action for send-phone-message"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, ok := handlerCheck(tt.entry, h, loaded)
			require.True(t, ok)
			assert.Equal(t, tt.status, c.Status, c.Message)
			assert.Contains(t, c.Message, tt.message)
		})
	}
}

func TestTheSecretValuesNoteIsSaidOnce(t *testing.T) {
	t.Parallel()
	e := actionEntry()
	e.Secrets = []deploy.Secret{{Name: "API_KEY"}, {Name: "REGION", Value: "eu", HasValue: true}}
	tests := []struct {
		name string
		d    *Deployment
		want []string
	}{
		{"a valueless secret is noted", &Deployment{Entry: e},
			[]string{"the action declares 1 secret (API_KEY) by name only (exports never hold secret values, and that is no fault): the calls use the values given with --secret, --secrets-file or --secrets-env"}},
		{"the reader's own note on values is not said again", &Deployment{Entry: e, Artifact: &deploy.Artifact{Notes: []string{"exports never hold secret values"}}},
			[]string{"exports never hold secret values"}},
		{"secrets that all have values need no note", &Deployment{Entry: actionEntry()}, nil},
		{"no deployment, no note", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, tt.d.notes())
		})
	}
}

func TestAQuotedKeywordLeftUnreplacedIsNamedEvenWhenItBreaksTheSyntax(t *testing.T) {
	t.Parallel()
	code := "const key = @@SMS_KEY@@;\nexports.onExecuteSendPhoneMessage = async (event, api) => {};"
	d := &Deployment{Entry: actionEntry(), Artifact: &deploy.Artifact{Format: deploy.FormatA0Directory}}
	rep := Run(context.Background(), Options{Name: "action.js", Source: []byte(code), Emulator: testEmulator(), Deploy: d})
	assert.Equal(t, Fail, mustFind(t, rep, "parses").Status)
	c := mustFind(t, rep, "keyword @@SMS_KEY@@")
	assert.Equal(t, Fail, c.Status)
	assert.Equal(t, 1, c.Line)
	assert.False(t, rep.OK)
}

func TestLinesOfTheDeployChecksAreDroppedForRewrittenCode(t *testing.T) {
	t.Parallel()
	code := "const url = '##SMS_URL##';\nexports.onExecuteSendPhoneMessage = async (event, api) => {\n  for await (const x of []) {}\n  return event.secrets.TOKEN;\n};"
	d := &Deployment{Entry: actionEntry(), Artifact: &deploy.Artifact{Format: deploy.FormatA0Directory}}
	rep := Run(context.Background(), Options{Name: "action.js", Source: []byte(code), Emulator: testEmulator(), TimeoutCaseLimit: timeoutCaseLimit, Deploy: d})
	assert.Equal(t, 0, mustFind(t, rep, "declared secret TOKEN").Line, "the tree's lines are the rewritten code's")
	assert.Equal(t, 1, mustFind(t, rep, "keyword ##SMS_URL##").Line, "the text's lines are the user's")
}
