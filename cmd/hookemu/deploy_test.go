package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/deploy"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hooks"
)

// exampleDeploy is the folder of the example artifacts that ship with the
// documented hooks.
var exampleDeploy = filepath.Join("..", "..", "scenarios", "examples", "deploy")

// The example artifacts deploy the documented hooks unchanged, so that
// they run with their demo secrets and stay what the catalog documents.
func TestTheExampleArtifactsHoldTheDocumentedHooksUnchanged(t *testing.T) {
	t.Parallel()
	copies := map[string]string{
		"a0deploy/actions/8x8-action/code.js": "8x8-action.js",
	}
	for path, name := range copies {
		t.Run(path+" is hooks/"+name, func(t *testing.T) {
			t.Parallel()
			got, err := os.ReadFile(filepath.Join(exampleDeploy, path))
			require.NoError(t, err)
			want, err := hooks.Source(name)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got), "copy hooks/%s over %s", name, path)
		})
	}
}

func TestCheckPassesTheExampleArtifacts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, path string
		entries    []string
	}{
		{"the a0deploy directory, every phone entry in it", "a0deploy", []string{"8x8-action"}},
		{"the Terraform folder", "terraform", []string{"8x8-action"}},
		{"the Terraform file", filepath.Join("terraform", "main.tf"), []string{"8x8-action"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, stdout, stderr := cli(t, "check", filepath.Join(exampleDeploy, tt.path), "--json")
			require.Equal(t, exitOK, code, "stdout: %s\nstderr: %s", stdout, stderr)
			var out struct {
				OK      bool `json:"ok"`
				Entries []struct {
					Artifact struct {
						Entry string `json:"entry"`
					} `json:"artifact"`
				} `json:"entries"`
			}
			require.NoError(t, json.Unmarshal([]byte(stdout), &out))
			assert.True(t, out.OK)
			var names []string
			for _, e := range out.Entries {
				names = append(names, e.Artifact.Entry)
			}
			assert.Equal(t, tt.entries, names)
		})
	}
}

// fixtures are the artifacts the team wrote, one folder per format.
var fixtures = filepath.Join("testdata", "deploy")

// checkEntries runs `hookemu check --json` on an artifact and returns
// its exit code and each entry's verdicts by check name.
func checkEntries(t *testing.T, args ...string) (int, map[string]map[string]string) {
	t.Helper()
	code, stdout, stderr := cli(t, append([]string{"check", "--json"}, args...)...)
	var out struct {
		Entries []struct {
			Artifact struct {
				Entry string `json:"entry"`
			} `json:"artifact"`
			Checks []struct {
				Name   string `json:"name"`
				Status string `json:"status"`
			} `json:"checks"`
		} `json:"entries"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out), "stdout: %s\nstderr: %s", stdout, stderr)
	verdicts := map[string]map[string]string{}
	for _, e := range out.Entries {
		verdicts[e.Artifact.Entry] = map[string]string{}
		for _, c := range e.Checks {
			verdicts[e.Artifact.Entry][c.Name] = c.Status
		}
	}
	return code, verdicts
}

// Every FAIL and WARN of what Auth0 would refuse or break, each held by
// one entry of an a0deploy export and found by checking the folder.
func TestCheckingAnExportFindsWhatAuth0WouldRefuseOrBreak(t *testing.T) {
	t.Parallel()
	code, verdicts := checkEntries(t, filepath.Join(fixtures, "broken"), "--secret", "API_KEY=test-key")
	assert.Equal(t, exitFailed, code)
	tests := []struct {
		name, entry, check, status string
	}{
		{"a required package not declared fails", "undeclared-dependency", "dependency axios", "FAIL"},
		{"a declared package hookemu cannot run warns", "unknown-dependency", "dependency hookemu-no-such-package", "WARN"},
		{"a secret read but not declared fails", "secrets", "declared secret TOKEN", "FAIL"},
		{"a secret declared but never read warns", "secrets", "declared secret API_KEY", "WARN"},
		{"send-phone-message v1 warns", "v1-trigger", "trigger", "WARN"},
		{"an export the trigger does not call fails", "wrong-export", "handler", "FAIL"},
		{"a custom-phone-provider Action without a custom provider fails", "custom-provider", "phone provider", "FAIL"},
		{"an Action bound to nothing warns", "unbound", "binding", "WARN"},
		{"two enabled send-phone-message hooks fail, the first", "first-hook", "enabled hooks", "FAIL"},
		{"two enabled send-phone-message hooks fail, the second", "second-hook", "enabled hooks", "FAIL"},
		{"a keyword left unreplaced fails, naming it", "keyword", "keyword ##SMS_SUBACCOUNT##", "FAIL"},
		{"a bound Action passes its binding", "v1-trigger", "binding", "PASS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			require.Contains(t, verdicts, tt.entry, "every phone entry gets a report")
			assert.Equal(t, tt.status, verdicts[tt.entry][tt.check], "%s: %v", tt.entry, verdicts[tt.entry])
		})
	}
	assert.Len(t, verdicts, 10, "one report per phone entry")
}

func TestNameChecksOneEntryAndReportsItAsAFileIsReported(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := cli(t, "check", filepath.Join(fixtures, "broken"), "--name", "unbound", "--secret", "API_KEY=test-key", "--json")
	require.Equal(t, exitOK, code, "a WARN passes without --strict; stderr: %s", stderr)
	var out struct {
		Hook     string `json:"hook"`
		Artifact struct {
			Format, Entry, Source string
		} `json:"artifact"`
		Checks []any `json:"checks"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	assert.Equal(t, "unbound", out.Hook)
	assert.Equal(t, "a0deploy directory", out.Artifact.Format)
	assert.Equal(t, "unbound", out.Artifact.Entry)
	assert.Equal(t, "actions/unbound.json", filepath.ToSlash(out.Artifact.Source))
	assert.NotEmpty(t, out.Checks)
	code, _, _ = cli(t, "check", filepath.Join(fixtures, "broken"), "--name", "unbound", "--secret", "API_KEY=test-key", "--strict")
	assert.Equal(t, exitFailed, code, "--strict fails the WARN")
}

func TestCheckingAnExportWritesATestsuitePerEntryToJUnit(t *testing.T) {
	t.Parallel()
	report := filepath.Join(t.TempDir(), "check.xml")
	code, _, _ := cli(t, "check", filepath.Join(fixtures, "broken"), "--secret", "API_KEY=test-key", "--junit", report)
	assert.Equal(t, exitFailed, code)
	data, err := os.ReadFile(report)
	require.NoError(t, err)
	var suites struct {
		Suites []struct {
			Name  string `xml:"name,attr"`
			File  string `xml:"file,attr"`
			Cases []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal(data, &suites))
	require.Len(t, suites.Suites, 10)
	failed := map[string]bool{}
	for _, s := range suites.Suites {
		for _, c := range s.Cases {
			if c.Failure != nil {
				failed[s.Name+": "+c.Name] = true
			}
		}
	}
	assert.True(t, failed["undeclared-dependency: dependency axios"], "%v", failed)
	assert.False(t, failed["unbound: binding"], "a WARN is no failure without --strict")
}

func TestAnArtifactWithSeveralEntriesNeedsANameToRun(t *testing.T) {
	t.Parallel()
	code, _, stderr := cli(t, "run", filepath.Join(fixtures, "terraform"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "--name")
	assert.Contains(t, stderr, `"sms-tf"`)
	assert.Contains(t, stderr, `"voice-tf"`)
}

// runArtifact runs an artifact with --json and returns the result.
func runArtifact(t *testing.T, args ...string) (int, string, map[string]any) {
	t.Helper()
	code, stdout, stderr := cli(t, append([]string{"run", "--json"}, args...)...)
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &out), "stdout: %s\nstderr: %s", stdout, stderr)
	return code, stdout, out
}

func firstRequest(t *testing.T, out map[string]any) map[string]any {
	t.Helper()
	requests, _ := out["requests"].([]any)
	require.NotEmpty(t, requests, "the code sent nothing: %v", out)
	return requests[0].(map[string]any)
}

func TestTenantYAMLRunsTheCodeAfterKeywordReplacement(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(fixtures, "yaml")
	code, stdout, out := runArtifact(t, filepath.Join(dir, "tenant.yaml"), "--a0-config", filepath.Join(dir, "config.json"))
	require.Equal(t, exitOK, code, stdout)
	req := firstRequest(t, out)
	assert.Equal(t, "https://sms.8x8.com/api/v1/subaccounts/acme-otp/messages", req["url"], "##SMS_BASE_URL## and @@SMS_SUBACCOUNTS@@ replaced")
	assert.Equal(t, "Bearer <secret:API_KEY>", req["headers"].(map[string]any)["Authorization"], "the keyword's value is the secret, masked")
	assert.NotContains(t, stdout, "yaml-key-from-keywords")
	art := out["artifact"].(map[string]any)
	assert.Equal(t, "a0deploy yaml", art["format"])
	assert.Equal(t, "node18", art["runtime"])

	// Without the mappings the markers stay, and @@SMS_SUBACCOUNTS@@
	// left in code is no JavaScript: the code that would deploy fails.
	code, verdicts := checkEntries(t, filepath.Join(dir, "tenant.yaml"))
	assert.Equal(t, exitFailed, code)
	assert.Equal(t, "FAIL", verdicts["sms-yaml"]["parses"], "%v", verdicts)
}

func TestTerraformRunsTheFileWithTheSecretFromAVarFile(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(fixtures, "terraform")
	code, stdout, out := runArtifact(t, dir, "--name", "sms-tf", "--var-file", filepath.Join(dir, "prod.tfvars"))
	require.Equal(t, exitOK, code, stdout)
	req := firstRequest(t, out)
	assert.Equal(t, "Bearer <secret:API_KEY>", req["headers"].(map[string]any)["Authorization"])
	assert.NotContains(t, stdout, "tf-key-from-var-file")
	art := out["artifact"].(map[string]any)
	assert.Equal(t, "terraform", art["format"])
	assert.Equal(t, "sms-tf", art["entry"])

	_, verdicts := checkEntries(t, dir, "--var", "sms_api_key=from-the-command-line")
	assert.Equal(t, "PASS", verdicts["sms-tf"]["binding"], "%v", verdicts)
	assert.Equal(t, "WARN", verdicts["voice-tf"]["binding"], "%v", verdicts)
}

func TestManagementAPIJSONRunsTheDeployedVersionAndTheDraftOnRequest(t *testing.T) {
	t.Parallel()
	path := filepath.Join(fixtures, "management", "action.json")
	tests := []struct {
		name    string
		args    []string
		log     string
		runtime string
	}{
		{"by default the deployed version", nil, "the deployed version runs", "node18"},
		{"with --draft the draft", []string{"--draft"}, "the draft runs", "node22"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, stdout, out := runArtifact(t, append([]string{path}, tt.args...)...)
			require.Equal(t, exitOK, code, stdout)
			logs := out["logs"].([]any)
			require.Len(t, logs, 1)
			assert.Equal(t, tt.log, logs[0].(map[string]any)["message"])
			assert.Equal(t, tt.runtime, out["artifact"].(map[string]any)["runtime"])
		})
	}
}

func TestDiffComparesTwoArtifactsEntryByEntry(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := cli(t, "diff", filepath.Join(fixtures, "yaml", "tenant.yaml"), filepath.Join(fixtures, "terraform"),
		"--name", "sms-yaml", "--name", "sms-tf", "--a0-config", filepath.Join(fixtures, "yaml", "config.json"), "--secret", "API_KEY=test-key")
	require.Equal(t, exitOK, code, "stdout: %s\nstderr: %s", stdout, stderr)
	assert.Contains(t, stdout, "action sms-yaml from a0deploy yaml")
	assert.Contains(t, stdout, "action sms-tf from terraform")
	assert.Contains(t, stdout, "the same requests and outcome in every one")
	code, _, stderr = cli(t, "diff", "8x8.js", "8x8-action.js", "--name", "a", "--name", "b", "--name", "c")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "--name is given 3 times")
}

// hookemu test runs its scenarios in worker processes: an artifact's
// entry reaches them by name.
func TestTheShippedDeployScenarioPassesThroughTheWorkers(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := cli(t, "test", filepath.Join("..", "..", "scenarios", "examples", "deploy.scenario.yaml"), "-p", "2")
	require.Equal(t, exitOK, code, "stdout: %s\nstderr: %s", stdout, stderr)
	assert.Contains(t, stdout, "2 passed, 0 failed")
}

func TestTestJSONNamesTheArtifactEntryEachScenarioRan(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := cli(t, "test", filepath.Join("..", "..", "scenarios", "examples", "deploy.scenario.yaml"), "--json")
	require.Equal(t, exitOK, code, "stderr: %s", stderr)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, lines, 2, "one object per scenario")
	for _, line := range lines {
		var res struct {
			Artifact map[string]string `json:"artifact"`
			Result   struct {
				Hook, Runtime string
			} `json:"result"`
		}
		require.NoError(t, json.Unmarshal([]byte(line), &res))
		assert.Equal(t, map[string]string{"format": "a0deploy directory", "path": "deploy/a0deploy", "entry": "8x8-action", "source": "actions/8x8-action.json"}, res.Artifact)
		assert.Equal(t, "8x8-action", res.Result.Hook)
		assert.Equal(t, "node22", res.Result.Runtime)
	}
}

func TestAFixQuotesTheRunThatShowsTheSameCode(t *testing.T) {
	t.Parallel()
	entry := &harness.Deployed{Entry: deploy.Entry{Name: "sms 8x8"}}
	tests := []struct {
		name, path string
		src        harness.Source
		want       string
	}{
		{"a file is its path", "hooks/my-hook.js", harness.Source{Name: "my-hook.js"}, "hooks/my-hook.js"},
		{"the embedded hook is its name", "", harness.Source{Name: "8x8.js"}, "8x8.js"},
		{"a path with a space is quoted", "my hooks/it's.js", harness.Source{Name: "it's.js"}, `'my hooks/it'\''s.js'`},
		{"an artifact's entry is the artifact and --name", "deploy/tenant", harness.Source{Name: "sms 8x8", Deploy: entry}, "deploy/tenant --name 'sms 8x8'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, runTarget(tt.path, tt.src))
		})
	}
}

// Not parallel: it sets the environment.
func TestSecretsEnvTakesDeclaredSecretsFromTheEnvironment(t *testing.T) {
	t.Setenv("apikey", "env-key-0123456789")
	t.Setenv("subaccount", "env-sub")
	t.Setenv("HOME_SECRET", "never-read")
	tf := filepath.Join(exampleDeploy, "terraform")
	args := []string{"run", tf, "--json", "--fake", "8x8.apikey=env-key-0123456789"}
	code, stdout, stderr := cli(t, append(args, "--secrets-env")...)
	require.Equal(t, exitOK, code, "stdout: %s\nstderr: %s", stdout, stderr)
	assert.NotContains(t, stdout+stderr, "env-key-0123456789", "a secret from the environment is masked like any other")
	code, _, _ = cli(t, args...)
	assert.Equal(t, exitFailed, code, "without --secrets-env the environment is not read, and the fake refuses the demo key")
	code, _, stderr = cli(t, "run", "hooks/8x8.js", "--secrets-env")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "--secrets-env applies only to a deploy artifact")
}
