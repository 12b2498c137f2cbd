package main

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// durationLine is the one line of `run --json` a seed cannot fix.
var durationLine = regexp.MustCompile(`(?m)^  "duration_ms": .*$`)

// runJSONBytes is the output of `hookemu run --json args...`, which must
// exit with wantCode, without its duration.
func runJSONBytes(t *testing.T, wantCode int, args ...string) string {
	t.Helper()
	code, stdout, stderr := cli(t, append([]string{"run", "--json"}, args...)...)
	require.Equal(t, wantCode, code, "stdout: %s\nstderr: %s", stdout, stderr)
	require.Regexp(t, durationLine, stdout)
	return durationLine.ReplaceAllString(stdout, "")
}

func TestRunJSONTwiceGivesTheSameBytesApartFromTheDuration(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		args     []string
		wantCode int
		shows    string
	}{
		{"the embedded 8x8 hook's umid repeats", nil, 0, `umid`},
		{"the embedded Twilio SMS hook's SID and dates repeat", []string{"twilio-sms.js"}, 0, `\"sid\":\"SM`},
		{"the embedded Twilio Verify hook's SIDs repeat", []string{"twilio-verify.js"}, 0, `\"sid\":\"VE`},
		{"an 8x8 error's errorId and timestamp repeat", []string{"--fake8x8-apikey", "other"}, 1, `errorId`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			first := runJSONBytes(t, tt.wantCode, tt.args...)
			assert.Contains(t, first, tt.shows)
			assert.Equal(t, first, runJSONBytes(t, tt.wantCode, tt.args...))
		})
	}
}

func TestSeedChoosesTheIDs(t *testing.T) {
	t.Parallel()
	byName := runJSONBytes(t, 0)
	assert.Equal(t, byName, runJSONBytes(t, 0, "--seed", "8x8.js"), "the default seed is the hook's file name")
	assert.NotEqual(t, byName, runJSONBytes(t, 0, "--seed", "another"))
}
