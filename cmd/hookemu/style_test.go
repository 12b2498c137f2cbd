package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
)

func envOf(vars map[string]string) func(string) string {
	return func(name string) string { return vars[name] }
}

func TestStyleFollowsTheTerminalAndTheLocale(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		env     map[string]string
		unicode bool
	}{
		{"a UTF-8 LANG", map[string]string{"LANG": "en_US.UTF-8"}, true},
		{"C.utf8", map[string]string{"LANG": "C.utf8"}, true},
		{"the C locale", map[string]string{"LANG": "C"}, false},
		{"LC_ALL over LANG", map[string]string{"LC_ALL": "POSIX", "LANG": "en_US.UTF-8"}, false},
		{"LC_CTYPE over LANG", map[string]string{"LC_CTYPE": "de_DE.UTF-8", "LANG": "C"}, true},
		{"an ISO-8859 locale", map[string]string{"LANG": "de_DE.ISO-8859-1"}, false},
		{"no locale at all", map[string]string{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			st := styleFor(&bytes.Buffer{}, envOf(tt.env))
			assert.Equal(t, tt.unicode, st.unicode)
			assert.False(t, st.color, "a buffer is no terminal")
		})
	}
	t.Run("a file that is no terminal gets no colour", func(t *testing.T) {
		t.Parallel()
		f, err := os.CreateTemp(t.TempDir(), "out")
		require.NoError(t, err)
		defer f.Close()
		assert.False(t, styleFor(f, envOf(nil)).color)
	})
}

func TestReportMarkersInASCIIAndColour(t *testing.T) {
	t.Parallel()
	rep := harness.Report{Hook: "h.js", Kind: emulator.KindHook, OK: false, Outcome: emulator.OutcomeError,
		Error:    &emulator.ErrorInfo{Message: "boom"},
		Requests: []harness.Exchange{{Method: "POST", URL: "https://sms.8x8.com/x", Status: 500}},
		Problems: []emulator.Problem{{Severity: emulator.SeverityError, Message: "bad"}}}
	payload := emulator.DefaultPayload()

	var ascii bytes.Buffer
	printReport(&ascii, style{}, rep, payload, demoNote{})
	assert.Contains(t, ascii.String(), "\n-> POST https://sms.8x8.com/x")
	assert.Contains(t, ascii.String(), "\n<- 500 Internal Server Error")
	assert.Contains(t, ascii.String(), "\nFAIL error: boom")
	assert.NotContains(t, ascii.String(), "\x1b[")

	var colour bytes.Buffer
	printReport(&colour, style{color: true, unicode: true}, rep, payload, demoNote{})
	assert.Contains(t, colour.String(), "→ \x1b[1mPOST\x1b[0m")
	assert.Contains(t, colour.String(), "\x1b[31m500 Internal Server Error\x1b[0m")
	assert.Contains(t, colour.String(), "\x1b[31m✘\x1b[0m \x1b[31merror\x1b[0m: boom")
	assert.Contains(t, colour.String(), "  \x1b[31merror\x1b[0m: bad")
}
