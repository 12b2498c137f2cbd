package migrate_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/migrate"
)

func TestWhatCannotBeConvertedIsLeftAsItWasUnderACommentThatSaysWhatToDo(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		line string // a line of the hook's body, kept as it is
		says string // what its // hookemu: comment says
	}{
		{"cb called in an event listener", "  emitter.on('done', () => cb(null, {}));", "cb is called in an event listener"},
		{"cb passed to another function", "  sendLater(null, cb);", "cb is passed to another function"},
		{"cb called in a callback the handler does not await", "  setTimeout(() => cb(null, {}), 10);", "cb is called in a callback the handler does not wait for"},
		{"cb called in a node-style callback before the hook goes on", "  sendLater(null, (err) => cb(err)); console.log('sent');", "cb is called in a callback the handler does not wait for"},
		{"cb called in a node-style callback where resolve already means something", "  sendLater(resolve, (err) => cb(err));", "cb is called in a callback the handler does not wait for"},
		{"a write to process.env", "  process.env.LAST_CODE = 'x';", "process.env is shared by every run"},
		{"context.webtask.storage", "  context.webtask.storage.get(() => {});", "context.webtask.storage does not exist in an Action"},
		{"context.factor_type", "  const second = context.factor_type === 'second';", "no factor_type"},
		{"another webtask field", "  const meta = context.webtask.meta;", "no webtask fields but the secrets"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is noted and kept", func(t *testing.T) {
			t.Parallel()
			src := "const emitter = { on() {} };\nfunction sendLater(t, done) {}\n" +
				"module.exports = function (recipient, text, context, cb) {\n" + tt.line + "\n};\n"
			res, err := migrate.Migrate([]byte(src), migrate.Options{Name: "hook.js"})
			require.NoError(t, err, "the Action must still load")
			out := string(res.Code)
			require.Contains(t, out, "\n"+tt.line+"\n", "the construct stays as it was")
			before := out[:strings.Index(out, "\n"+tt.line+"\n")]
			comment := before[strings.LastIndex(before, "\n")+1:]
			assert.True(t, strings.HasPrefix(comment, "  // hookemu: "), "the comment sits on the line above, indented like it: %q", comment)
			assert.Contains(t, comment, tt.says)
			require.Equal(t, 1, res.Todos())
			assert.Equal(t, 4, res.Notes[0].Line, "the note names the hook's line")
			assert.Contains(t, res.Notes[0].Message, "left as it was")
		})
	}
}

func TestAContextUsedWholeIsRebuiltFromTheEvent(t *testing.T) {
	t.Parallel()
	src := "function log(ctx) { return ctx.webtask.secrets.apikey + ctx.code; }\n" +
		hook("  const { webtask: { secrets } } = context;\n  cb(null, { key: log(context), secrets, code: context.code });\n")
	res, err := migrate.Migrate([]byte(src), migrate.Options{Name: "hook.js"})
	require.NoError(t, err)
	out := string(res.Code)
	assert.Contains(t, out, "  // hookemu: the hook's context, rebuilt from the event")
	assert.Contains(t, out, "  const context = {\n    message_type: event.message_options.message_type,\n")
	assert.Contains(t, out, "    webtask: { secrets: event.secrets },\n  };\n")
	assert.Contains(t, out, "code: event.message_options.code }", "what maps is still rewritten")
	require.Len(t, res.Notes, 1)
	assert.False(t, res.Notes[0].Todo, "the shim works as it is")
}

func TestCodeThatGoesOnAfterCbIsNotedWhenReturnWouldSkipIt(t *testing.T) {
	t.Parallel()
	src := hook("  if (!context.code) {\n    cb(new Error('no code'));\n  }\n  cb(null, {});\n")
	res, err := migrate.Migrate([]byte(src), migrate.Options{Name: "hook.js"})
	require.NoError(t, err)
	assert.Contains(t, string(res.Code), "    // hookemu: the hook went on to run the code below after calling cb")
	assert.Contains(t, string(res.Code), "    throw new Error('no code');\n")
	require.Len(t, res.Notes, 1)
	assert.Equal(t, 3, res.Notes[0].Line)
}

func TestMigrateRefusesWhatIsNotAHookWithTheReason(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, code, says string
		line             int
	}{
		{"a syntax error", "module.exports = function (recipient, text, context, cb) {\n  cb(null, {);\n};\n", "SyntaxError", 2},
		{"an Action", "exports.onExecuteSendPhoneMessage = async (event, api) => {};\n", "already an Action", 0},
		{"a file that exports no function", "module.exports = 42;\n", "does not load", 0},
		{"a hook that throws while loading", "throw new Error('boom');\nmodule.exports = function (r, t, c, cb) { cb(); };\n", "does not load", 0},
		{"an arrow hook without braces", "module.exports = (r, t, c, cb) => cb(null, {});\n", "without braces", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is an input error", func(t *testing.T) {
			t.Parallel()
			_, err := migrate.Migrate([]byte(tt.code), migrate.Options{Name: "hook.js"})
			var input *migrate.InputError
			require.ErrorAs(t, err, &input)
			assert.Contains(t, input.Error(), tt.says)
			assert.Equal(t, tt.line, input.Line)
		})
	}
}

func TestParametersMigrateCannotNameAreAnInputError(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, code, says string }{
		{"a destructured cb", "module.exports = function (recipient, text, context, { cb }) {};\n", "cb is destructured"},
		{"rest parameters", "module.exports = function (recipient, ...rest) { rest[2](); };\n", "...rest parameters"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" asks for names", func(t *testing.T) {
			t.Parallel()
			_, err := migrate.Migrate([]byte(tt.code), migrate.Options{Name: "hook.js"})
			var input *migrate.InputError
			require.ErrorAs(t, err, &input)
			assert.Contains(t, input.Message, tt.says)
			assert.Equal(t, 1, input.Line)
		})
	}
}
