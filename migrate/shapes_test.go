package migrate_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/migrate"
)

// hook wraps body in the legacy signature; action in the Action's.
func hook(body string) string {
	return "module.exports = function (recipient, text, context, cb) {\n" + body + "};\n"
}

func action(body string) string {
	return "exports.onExecuteSendPhoneMessage = async (event, api) => {\n" + body + "};\n"
}

// send is a provider call the examples make; it sends nothing.
const send = "function send(t) { return Promise.resolve({ id: t }); }\n"

// sendSms is a provider call of the callback era; it sends nothing.
const sendSms = "function sendSms(t, done) { setTimeout(() => done(null, { id: t }), 0); }\n"

func TestMigrateRewritesEachShapeAsAnActionWouldSayIt(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, hook, want string
	}{
		{"cb(null, x) at the end becomes return x",
			hook("  cb(null, { to: recipient });\n"),
			action("  return { to: event.message_options.recipient };\n")},
		{"return cb(err) becomes throw err and cb() a bare return",
			hook("  if (!context.code) return cb(new Error('no code'));\n  cb();\n"),
			action("  if (!event.message_options.code) throw new Error('no code');\n  return;\n")},
		{"a shorthand property keeps its key",
			hook("  cb(null, { recipient, text });\n"),
			action("  return { recipient: event.message_options.recipient, text: event.message_options.text };\n")},
		{"secrets read directly, through an alias or destructured come from event.secrets",
			hook("  const { apikey } = context.webtask.secrets;\n  const s = context.webtask.secrets;\n  const id = context['webtask']['secrets'].subaccount;\n  cb(null, { apikey, sub: s.subaccount, id });\n"),
			action("  const { apikey } = event.secrets;\n  const s = event.secrets;\n  const id = event.secrets.subaccount;\n  return { apikey, sub: s.subaccount, id };\n")},
		{"every context field reads its place in the event",
			hook("  cb(null, [context.message_type, context.action, context.code, context.language, context.ip, context.user_agent,\n    context.client.client_metadata, context.client_metadata, context.client_id, context.client.name, context.user.email]);\n"),
			action("  return [event.message_options.message_type, event.message_options.action, event.message_options.code, event.request.language, event.request.ip, event.request.user_agent,\n    event.client.metadata, event.client.metadata, event.client.client_id, event.client.name, event.user.email];\n")},
		{"then with a catch that passes the error on becomes await",
			hook("  send(text)\n    .then(function (res) {\n      cb(null, { id: res.id });\n    })\n    .catch(function (err) {\n      cb(err);\n    });\n") + send,
			action("  const res = await send(event.message_options.text);\n  return { id: res.id };\n") + send},
		{"then written on one line becomes await on lines of its own",
			hook("  send(text).then(function () { cb(null, {}); }).catch(cb);\n") + send,
			action("  await send(event.message_options.text);\n  return {};\n") + send},
		{"a catch that does more than pass the error on becomes try/catch",
			hook("  send(text).then(() => cb(null, {})).catch((err) => {\n    console.error(err);\n    cb(err);\n  });\n") + send,
			action("  try {\n    await send(event.message_options.text);\n    return {};\n  } catch (err) {\n    console.error(err);\n    throw err;\n  }\n") + send},
		{"an async hook's try/catch keeps its shape",
			"module.exports = async function (recipient, text, context, cb) {\n  try {\n    await send(text);\n    cb(null, {});\n  } catch (err) {\n    cb(err);\n  }\n};\n" + send,
			action("  try {\n    await send(event.message_options.text);\n    return {};\n  } catch (err) {\n    throw err;\n  }\n") + send},
		{"cb(err) inside a try whose catch does more rejects past it, and the return after it goes",
			hook("  send(text).then((res) => {\n    if (!res.id) {\n      cb(new Error('no id'));\n      return;\n    }\n    cb(null, {});\n  }).catch((err) => {\n    console.error(err);\n    cb(err);\n  });\n") + send,
			action("  try {\n    const res = await send(event.message_options.text);\n    if (!res.id) {\n      return Promise.reject(new Error('no id'));\n    }\n    return {};\n  } catch (err) {\n    console.error(err);\n    throw err;\n  }\n") + send},
		{"a chain of another shape is returned, with return and throw in its callbacks",
			hook("  send(text).then((r) => send(r)).then(() => cb(null, {})).catch(cb);\n") + send,
			action("  return send(event.message_options.text).then((r) => send(r)).then(() => ({})).catch((err) => { throw err; });\n") + send},
		{"cb(err, value) with an error that may be null checks it first",
			hook("  const err = null;\n  cb(err, { sent: true });\n"),
			action("  const err = null;\n  if (err) throw err; return { sent: true };\n")},
		{"a node-style callback the hook ends with is wrapped in a returned promise, cb becoming reject and resolve",
			hook("  sendSms(text, (err, data) => {\n    if (err) {\n      return cb(err);\n    }\n    cb(null, { id: data.id });\n  });\n") + sendSms,
			action("  return new Promise((resolve, reject) => sendSms(event.message_options.text, (err, data) => {\n    if (err) {\n      return reject(err);\n    }\n    resolve({ id: data.id });\n  }));\n") + sendSms},
		{"a node-style callback that hands cb both arguments settles on the error",
			hook("  return sendSms(text, function (err, data) { cb(err, data); });\n") + sendSms,
			action("  return new Promise((resolve, reject) => sendSms(event.message_options.text, function (err, data) { (err ? reject(err) : resolve(data)); }));\n") + sendSms},
		{"a parameter the hook assigns to gets a local copy",
			hook("  recipient = recipient.replace(/-/g, '');\n  cb(null, { recipient });\n"),
			action("  let recipient = event.message_options.recipient;\n  recipient = recipient.replace(/-/g, '');\n  return { recipient };\n")},
		{"a named function stays a function",
			"module.exports = function sendCode(recipient, text, context, cb) {\n  cb(null, {});\n};\n",
			"exports.onExecuteSendPhoneMessage = async function sendCode(event, api) {\n  return {};\n};\n"},
		{"an exported function declaration is rewritten where it stands",
			"function sendCode(recipient, text, context, cb) {\n  cb(null, {});\n}\nmodule.exports = sendCode;\n",
			"async function sendCode(event, api) {\n  return {};\n}\nexports.onExecuteSendPhoneMessage = sendCode;\n"},
		{"a hook that calls its parameter event gets a handler parameter of another name",
			"module.exports = function (recipient, text, event, cb) {\n  cb(null, event.code);\n};\n",
			"exports.onExecuteSendPhoneMessage = async (event2, api) => {\n  return event2.message_options.code;\n};\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res, err := migrate.Migrate([]byte(tt.hook), migrate.Options{Name: "hook.js"})
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(res.Code))
			assert.Empty(t, res.Notes)
		})
	}
}

func TestMigrateKeepsCommentsAndFormattingItDoesNotNeedToChange(t *testing.T) {
	t.Parallel()
	src := "// Sends the code.\nmodule.exports = function (recipient, text, context, cb) {\n  /* the provider */\n  const to   =   recipient; // aligned on purpose\n\n  cb(null, { to });\n};\n"
	res, err := migrate.Migrate([]byte(src), migrate.Options{Name: "hook.js"})
	require.NoError(t, err)
	assert.Equal(t, "// Sends the code.\nexports.onExecuteSendPhoneMessage = async (event, api) => {\n  /* the provider */\n  const to   =   event.message_options.recipient; // aligned on purpose\n\n  return { to };\n};\n", string(res.Code))
}

func TestMigratePinsAModuleToTheVersionTheHookRanWith(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		require  string
		unpinned bool
		want     string
		note     string
	}{
		{"axios without a version gets the hook's 0.19.2", `require('axios')`, false, `require('axios@0.19.2')`, "axios pinned to 0.19.2"},
		{"twilio without a version gets the hook's 3.84.1", `require("twilio")`, false, `require("twilio@3.84.1")`, "twilio pinned to 3.84.1"},
		{"a version the hook pinned itself stays, with what Auth0 needs instead", `require('axios@0.21.4')`, false, `require('axios@0.21.4')`, "Auth0 Actions cannot require('axios@0.21.4')"},
		{"a built-in module has no version to pin", `require('querystring')`, false, `require('querystring')`, ""},
		{"unpinned leaves the Action its own default", `require('axios')`, true, `require('axios')`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			src := hook("  const lib = " + tt.require + ";\n  cb(null, {});\n")
			res, err := migrate.Migrate([]byte(src), migrate.Options{Name: "hook.js", Unpinned: tt.unpinned})
			require.NoError(t, err)
			assert.Contains(t, string(res.Code), "  const lib = "+tt.want+";\n")
			if tt.note == "" {
				assert.Empty(t, res.Notes)
				return
			}
			require.Len(t, res.Notes, 1)
			assert.Contains(t, res.Notes[0].Message, tt.note)
			assert.False(t, res.Notes[0].Todo, "a pin is done, not left to do")
			assert.Equal(t, 2, res.Notes[0].Line)
			assert.Contains(t, string(res.Code), "  // hookemu: "+tt.note)
		})
	}
}
