package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAMalformedVarIsAUsageErrorThatHidesItsValue(t *testing.T) {
	t.Parallel()
	code, _, stderr := cli(t, "check", "8x8.js", "--var", "s3cr3t-value")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "NAME=VALUE")
	assert.NotContains(t, stderr, "s3cr3t-value")
}

func TestCheckWritesAJUnitReportWithATestcasePerCheck(t *testing.T) {
	t.Parallel()
	report := filepath.Join(t.TempDir(), "out", "check.xml")
	code, stdout, _ := cli(t, "check", "8x8.js", "--junit", report)
	require.Equal(t, exitOK, code, stdout)
	data, err := os.ReadFile(report)
	require.NoError(t, err)
	var suites struct {
		Suites []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string    `xml:"name,attr"`
				Failure *struct{} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal(data, &suites))
	require.Len(t, suites.Suites, 1)
	assert.Equal(t, "8x8.js", suites.Suites[0].Name)
	assert.NotEmpty(t, suites.Suites[0].Cases)
	for _, c := range suites.Suites[0].Cases {
		assert.Nil(t, c.Failure, c.Name)
	}
}

func TestCheckJSONOfAJavaScriptFileNamesNoArtifact(t *testing.T) {
	t.Parallel()
	code, stdout, _ := cli(t, "check", "8x8.js", "--json")
	require.Equal(t, exitOK, code)
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	assert.Contains(t, out, "artifact")
	assert.Nil(t, out["artifact"])
	assert.Contains(t, out, "checks")
}

func TestTheArtifactFlagsAreRefusedForCode(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"run with --name", []string{"run", "8x8.js", "--name", "sms"}, "--name applies only to a deploy artifact"},
		{"check with --draft and --var", []string{"check", "8x8.js", "--draft", "--var", "a=b"}, "--draft and --var apply only to a deploy artifact"},
		{"diff of two files with --a0-config", []string{"diff", "8x8.js", "8x8-action.js", "--a0-config", "config.json"}, "--a0-config applies only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, _, stderr := cli(t, tt.args...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tt.want)
		})
	}
}
