package check

import (
	"strings"
	"testing"

	"github.com/hookemu/hookemu/emulator"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func requireChecksOf(t *testing.T, code string) []Check {
	t.Helper()
	return requireChecks(findRequires(analyzeSource(t, code)), testEmulator(), hookProfile, nil)
}

func TestRequireChecksNameTheVersionEachRequireGets(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		code    string
		status  Status
		message string
	}{
		{"a pinned version is listed as pinned", `require('axios@0.19.2');`, Pass, "axios@0.19.2 (pinned)"},
		{"a partly pinned version names what it resolves to", `require('axios@0.21');`, Pass, "axios@0.21.4 (pinned as 0.21)"},
		{"no version gets the hooks' default", `require("axios");`, Pass, "axios@0.19.2 (no version pinned: the default for a hook)"},
		{"a built-in has no version", `require('process');`, Pass, "process (built in)"},
		{"a version hookemu does not emulate fails", `require('axios@0.5.0');`, Fail, "version 0.5.0 is not emulated"},
		{"an unknown module fails, naming it and what is emulated", `require('left-pad');`, Fail, "hookemu does not emulate left-pad; it emulates "},
		{"a relative path fails: a hook is one file", `require('./util');`, Fail, "the code is one file"},
		{"a computed name warns", `const m = 'axios'; require(m);`, Warn, "computed name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			checks := requireChecksOf(t, tt.code)
			require.Len(t, checks, 1)
			assert.Equal(t, tt.status, checks[0].Status)
			assert.Contains(t, checks[0].Message, tt.message)
			assert.Equal(t, 1, checks[0].Line)
		})
	}
}

func TestAnUnknownModuleListsEveryModuleHookemuEmulates(t *testing.T) {
	t.Parallel()
	checks := requireChecksOf(t, `require('left-pad');`)
	require.Len(t, checks, 1)
	_, list, ok := strings.Cut(checks[0].Message, "it emulates ")
	require.True(t, ok, checks[0].Message)
	for _, m := range emulator.Builtins() {
		assert.Contains(t, strings.Split(list, ", "), m.Name)
	}
}

func TestAFunctionOfTheHooksOwnCalledRequireIsNotARequire(t *testing.T) {
	t.Parallel()
	checks := requireChecksOf(t, `function require(x) { return x; } require('left-pad');`)
	require.Len(t, checks, 1)
	assert.Equal(t, "requires", checks[0].Name)
	assert.Equal(t, Pass, checks[0].Status)
}

func TestEachModuleIsReportedOnce(t *testing.T) {
	t.Parallel()
	checks := requireChecksOf(t, "require('axios');\nrequire('axios');\nrequire('left-pad');")
	require.Len(t, checks, 2)
	assert.Equal(t, "require axios", checks[0].Name)
	assert.Equal(t, "require left-pad", checks[1].Name)
	assert.Equal(t, 3, checks[1].Line)
}
