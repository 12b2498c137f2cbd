package migrate_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/migrate"
)

func TestAnActionThatDoesNotRunAsTheHookDidIsAFailure(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, body, failure string
	}{
		{"a context read through eval", "  var c = eval('context');\n  cb(null, {lang: c.language});\n",
			"the hook ended with success and the Action with error: ReferenceError: context is not defined"},
		{"a context read through arguments", "  var c = arguments[2];\n  cb(null, {lang: c.language});\n",
			"the Action with error: TypeError: Cannot read properties of undefined (reading 'language')"},
		{"a hook that converts cleanly", "  cb(null, {lang: context.language});\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res, err := migrate.Migrate([]byte(hook(tt.body)), migrate.Options{Name: "hook.js"})
			require.NoError(t, err, "the Action is still written")
			require.NotEmpty(t, res.Code)
			if tt.failure == "" {
				assert.Empty(t, res.Failure)
				return
			}
			assert.Contains(t, res.Failure, tt.failure)
		})
	}
}

func TestARequestTheHookLeftInFlightIsNotedInTheAction(t *testing.T) {
	t.Parallel()
	src := "const axios = require('axios');\n" + hook("  axios.post('https://sms.8x8.com/api/v1/subaccounts/acme/messages', {}).catch(function () {});\n  cb();\n")
	res, err := migrate.Migrate([]byte(src), migrate.Options{Name: "hook.js"})
	require.NoError(t, err)
	var late *migrate.Note
	for i, n := range res.Notes {
		if n.Todo {
			late = &res.Notes[i]
		}
	}
	require.NotNil(t, late, "%+v", res.Notes)
	assert.Equal(t, 2, late.Line)
	assert.Contains(t, late.Message, "POST https://sms.8x8.com/api/v1/subaccounts/acme/messages is still in flight")
	assert.Contains(t, string(res.Code), "// hookemu: "+late.Message)
}
