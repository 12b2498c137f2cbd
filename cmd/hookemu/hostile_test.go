package main

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileBound is a generous bound on how long refusing a hostile file
// may take: each case takes milliseconds, and before the limits some
// took forever or the machine's memory.
const hostileBound = time.Minute

// hostFacts are texts from the host's files that no error may show.
var hostFacts = []string{"PATH=", "HOME=", "root:x:0:0", "s3cr3t"}

func billionLaughsYAML() string {
	var b strings.Builder
	b.WriteString("hook: 8x8.js\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i <= 9; i++ {
		prev := "*l" + string(rune('0'+i-1))
		b.WriteString("l" + string(rune('0'+i)) + ": &l" + string(rune('0'+i)) + " [" + strings.Repeat(prev+", ", 8) + prev + "]\n")
	}
	return b.String()
}

// tfBombAction is a Terraform action whose code is expr.
func tfBombAction(expr string) string {
	return "resource \"auth0_action\" \"sms\" {\n  name = \"sms\"\n  code = " + expr + "\n  supported_triggers {\n    id      = \"send-phone-message\"\n    version = \"v2\"\n  }\n}\n"
}

func randomBytes(n int) string {
	r := rand.New(rand.NewPCG(11, 5))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return string(b)
}

func TestHostileScenarioFilesEndWithExit2AndShowNothingOfTheFile(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"billion laughs", map[string]string{"s.scenario.yaml": billionLaughsYAML()}, "s.scenario.yaml:7:10: aliases expand this file past"},
		{"an alias inside itself", map[string]string{"s.scenario.yaml": "hook: 8x8.js\npayload: &p {context: *p}\n"}, "s.scenario.yaml:2:23: the alias *p is inside the value it names"},
		{"the host's environment as the hook", map[string]string{"s.scenario.yaml": "hook: /proc/self/environ\n"}, "s.scenario.yaml:1:7: hook /proc/self/environ is not a JavaScript file"},
		{"/dev/zero as the hook", map[string]string{"s.scenario.yaml": "hook: /dev/zero\n"}, "s.scenario.yaml:1:7: hook /dev/zero is not a JavaScript file"},
		{"a folder as the hook", map[string]string{"s.scenario.yaml": "hook: lib.js\n", "lib.js/index.js": ""}, "lib.js: not a regular file: it is a folder"},
		{"random bytes", map[string]string{"s.scenario.yaml": randomBytes(4096)}, "s.scenario.yaml:1:"},
		{"a NUL in a secret", map[string]string{"s.scenario.yaml": "hook: 8x8.js\nsecrets: {apikey: s3cr3t\x00}\n"}, "s.scenario.yaml:2:25: a NUL byte"},
		{"a Terraform hook whose setproduct would hold a billion elements", map[string]string{"s.scenario.yaml": "hook: main.tf\n", "main.tf": tfBombAction(`jsonencode(setproduct(range(1024), range(1024), range(1024)))`)}, `main.tf:3: code of auth0_action.sms: Error in function call: Call to function "setproduct" failed: the value would hold more than 100000 elements`},
		{"a Terraform hook that calls functions a million times", map[string]string{"s.scenario.yaml": "hook: main.tf\n", "main.tf": tfBombAction(`jsonencode([for a in range(1024) : [for b in range(1024) : abs(b)]])`)}, "main.tf: the Terraform configuration takes too long or too much memory to evaluate: "}, // which limit trips first (calls or time) depends on the machine's load; deploy's tests hold each
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := writeTree(t, tt.files)
			start := time.Now()
			code, stdout, stderr := hookemuTest(t, dir)
			assert.Less(t, time.Since(start), hostileBound)
			assert.Equal(t, exitUsage, code)
			assert.Empty(t, stdout)
			assert.Contains(t, stderr, tt.want)
			for _, fact := range hostFacts {
				assert.NotContains(t, stderr, fact)
			}
		})
	}
}

func TestEverySubcommandRefusesAHostileHookFileWithoutShowingIt(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "folder.js"), 0o755))
	require.NoError(t, os.Symlink("/proc/self/environ", filepath.Join(dir, "environ.js")))
	require.NoError(t, os.Symlink("/dev/zero", filepath.Join(dir, "zero.js")))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "big.js"), []byte(strings.Repeat("//\n", 2<<20)), 0o644))
	hooks := map[string]string{
		"/proc/self/environ": "is not a JavaScript file",
		"/etc/passwd":        "is not a JavaScript file",
		"/dev/zero":          "is not a JavaScript file",
		"environ.js":         "a NUL byte; this is not a text file",
		"zero.js":            "not a regular file: it is a device, pipe or socket",
		"folder.js":          "not a regular file: it is a folder",
		"big.js":             "file too large: more than 4 MiB",
	}
	commands := [][]string{{"run"}, {"check"}, {"migrate"}, {"diff", "8x8.js"}}
	for hook, want := range hooks {
		path := hook
		if !filepath.IsAbs(hook) {
			path = filepath.Join(dir, hook)
		}
		for _, command := range commands {
			t.Run(command[0]+" "+hook, func(t *testing.T) {
				t.Parallel()
				start := time.Now()
				code, stdout, stderr := cli(t, append(command, path)...)
				assert.Less(t, time.Since(start), hostileBound)
				assert.Equal(t, exitUsage, code)
				assert.Contains(t, stderr, want)
				for _, fact := range hostFacts {
					assert.NotContains(t, stdout+stderr, fact)
				}
			})
		}
	}
}

func TestHostilePayloadAndSecretsFilesAreRefusedWithoutShowingThem(t *testing.T) {
	t.Parallel()
	secrets := writeFile(t, "secrets.env", "apikey=s3cr3t\nsubaccount=\"s3cr3t\n")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"an endless payload file", []string{"--payload", "/dev/zero"}, "not a regular file"},
		{"the environment as a payload file", []string{"--payload", "/proc/self/environ"}, "a NUL byte"},
		{"a folder as a payload file", []string{"--payload", os.TempDir()}, "it is a folder"},
		{"the environment as a secrets file", []string{"--secrets-file", "/proc/self/environ"}, "a NUL byte"},
		{"a secrets file with a quote left open", []string{"--secrets-file", secrets}, "line 2: a quoted value has no closing quote"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			code, stdout, stderr := cli(t, append([]string{"run"}, tt.args...)...)
			assert.Less(t, time.Since(start), hostileBound)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tt.want)
			for _, fact := range hostFacts {
				assert.NotContains(t, stdout+stderr, fact)
			}
		})
	}
}

// Once a deploy artifact has gone past its evaluation budget, its
// evaluation may still run: hookemu test reads no other artifact and ends
// with exit 2, naming the one to fix.
func TestTestStopsReadingArtifactsAfterOneTooCostlyToEvaluate(t *testing.T) {
	t.Parallel()
	bomb := tfBombAction(`jsonencode([for a in range(1024) : [for b in range(1024) : abs(b)]])`)
	dir := writeTree(t, map[string]string{
		"s.scenario.yaml": "hook: a.tf\ncases:\n  - name: one\n  - name: two\n    hook: b/b.tf\n",
		"a.tf":            bomb,
		"b/b.tf":          bomb,
	})
	code, stdout, stderr := hookemuTest(t, dir)
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "a.tf: the Terraform configuration takes too long or too much memory to evaluate")
	assert.Contains(t, stderr, "hook b/b.tf: not read: hookemu stops reading deploy artifacts once one ("+filepath.Join(dir, "a.tf")+") takes too long")
}
