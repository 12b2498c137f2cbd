package migrate_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/hookdiff"
	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/migrate"
)

// sameBehaviour migrates code and runs both over diff's whole matrix;
// todos is how many notes migrate must leave for a person to act on.
func sameBehaviour(t *testing.T, name string, code []byte, secrets map[string]string, todos int) {
	t.Helper()
	em := emulator.New(emulator.Config{})
	res, err := migrate.Migrate(code, migrate.Options{Name: name, Emulator: em})
	require.NoError(t, err)
	require.Equal(t, todos, res.Todos(), "what is left to do:\n%s", res.Code)
	hook, err := em.Load(name, code)
	require.NoError(t, err)
	act, err := em.Load("action.js", res.Code)
	require.NoError(t, err)
	require.Equal(t, emulator.KindAction, act.Kind)
	diff := hookdiff.Run(context.Background(), hook, act, hookdiff.Options{Secrets: secrets, Emulator: em})
	for _, c := range diff.Cases {
		assert.Empty(t, c.Differences, "%s differs; the Action:\n%s", c.Name, res.Code)
	}
}

// leftToDo are the documented hooks that do what an Action should not,
// each with how many notes migrate leaves on it: the Amazon SNS guide
// copies its three secrets into process.env, which an Action shares
// between runs. Left as they are, the Action still behaves the same.
var leftToDo = map[string]int{"sns.js": 3}

func TestEveryDocumentedHookMigratesToAnActionThatDiffFindsNoDifferenceIn(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{})
	tested := 0
	for _, h := range hooks.List() {
		code, err := hooks.Source(h.Name)
		require.NoError(t, err)
		if loaded, err := em.Load(h.Name, code); err != nil || loaded.Kind != emulator.KindHook {
			continue // the documented Actions have nothing to migrate
		}
		tested++
		t.Run(h.Name+" sends the same requests and ends the same way as an Action", func(t *testing.T) {
			t.Parallel()
			sameBehaviour(t, h.Name, code, h.Secrets, leftToDo[h.Name])
		})
	}
	assert.GreaterOrEqual(t, tested, 4, "8x8.js, starter.js, twilio-sms.js and twilio-verify.js at least")
}

var demo8x8 = map[string]string{"apikey": "demo-8x8-api-key", "subaccount": "demo-subaccount"}

// post8x8 is the 8x8 guide's request, as the examples below write it.
const post8x8 = "axios.post('https://sms.8x8.com/api/v1/subaccounts/' + context.webtask.secrets.subaccount + '/messages', " +
	"{ destination: recipient, text: text, encoding: 'AUTO' }, { headers: { Authorization: 'Bearer ' + context.webtask.secrets.apikey } })"

func TestHooksOfEveryConvertedShapeBehaveTheSameAsActions(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, code string }{
		{"then with a catch that passes the error on",
			"module.exports = function (recipient, text, context, cb) {\n  const axios = require('axios');\n  " + post8x8 + "\n    .then(function (res) { cb(null, { id: res.data.umid }); })\n    .catch(function (err) { cb(err); });\n};\n"},
		{"then with a catch that logs first",
			"module.exports = function (recipient, text, context, cb) {\n  const axios = require('axios');\n  " + post8x8 + "\n    .then(() => cb(null, {}))\n    .catch((err) => {\n      console.log('8x8 said no');\n      cb(err);\n    });\n};\n"},
		{"an async hook with try/catch",
			"module.exports = async function (recipient, text, context, cb) {\n  const axios = require('axios');\n  try {\n    const res = await " + post8x8 + ";\n    cb(null, { id: res.data.umid });\n  } catch (err) {\n    cb(err);\n  }\n};\n"},
		{"a failure reported inside a try whose catch does more",
			"module.exports = async function (recipient, text, context, cb) {\n  const axios = require('axios');\n  try {\n    const res = await " + post8x8 + ";\n    if (res.status !== 200) {\n      cb(new Error('unexpected ' + res.status));\n      return;\n    }\n    cb(null, {});\n  } catch (err) {\n    cb(new Error('8x8 failed: ' + err.message));\n  }\n};\n"},
		{"voice first, with an early return, then sms",
			"module.exports = function (recipient, text, context, cb) {\n  const axios = require('axios');\n  if (context.message_type === 'voice') {\n    return cb(new Error('voice is not supported'));\n  }\n  " + post8x8 + ".then(() => cb(null, {})).catch(cb);\n};\n"},
		{"a chain of two requests",
			"module.exports = function (recipient, text, context, cb) {\n  const axios = require('axios');\n  axios.get('https://sms.8x8.com/api/v1/subaccounts/' + context.webtask.secrets.subaccount + '/balance', { headers: { Authorization: 'Bearer ' + context.webtask.secrets.apikey } })\n    .then(() => " + post8x8 + ")\n    .then(() => cb(null, {}))\n    .catch(cb);\n};\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" behaves the same once migrated", func(t *testing.T) {
			t.Parallel()
			sameBehaviour(t, "hook.js", []byte(tt.code), demo8x8, 0)
		})
	}
}
