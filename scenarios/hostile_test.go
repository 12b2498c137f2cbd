package scenarios_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/scenarios"
)

// billionLaughs is nine levels of nine aliases each: 600 bytes that
// expand to 9^9 values.
func billionLaughs() string {
	var b strings.Builder
	b.WriteString("hook: hook.js\nx0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i <= 9; i++ {
		ref := "*x" + string(rune('0'+i-1))
		b.WriteString("x" + string(rune('0'+i)) + ": &x" + string(rune('0'+i)) + " [" + strings.Repeat(ref+", ", 8) + ref + "]\n")
	}
	return b.String()
}

func TestHostileYAMLIsRefusedWithItsPlaceInUnderASecond(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		yaml string
		want string
	}{
		{"aliases of aliases that would expand to a billion values", billionLaughs(),
			":7:10: aliases expand this file past 100000 values or 16 MiB of text (here, at *x4)"},
		{"an alias inside the value it names", "hook: hook.js\npayload: &p {context: *p}\n",
			":2:23: the alias *p is inside the value it names (&p on line 2)"},
		{"an alias deep inside the value it names", "hook: hook.js\npayload: &p\n  context:\n    user: [1, {loop: *p}]\n",
			":4:22: the alias *p is inside the value it names (&p on line 2)"},
		{"a long text repeated by aliases", "hook: hook.js\nt: &t " + strings.Repeat("x", 200<<10) + "\nl: [" + strings.Repeat("*t, ", 100) + "*t]\n",
			"16 MiB of text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := writeFiles(t, map[string]string{"hook.js": "module.exports = function (r, t, c, cb) { cb(null, {}); };", "s.scenario.yaml": tt.yaml})
			start := time.Now()
			_, err := scenarios.Load(dir)
			assert.Less(t, time.Since(start), time.Minute, "a generous bound: it takes milliseconds, and unbounded took forever")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestAliasesWithinTheLimitsWorkAsYAMLSays(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"hook.js": "module.exports = function (r, t, c, cb) { cb(null, {}); };",
		"s.scenario.yaml": `hook: hook.js
payload: &base {recipient: "+6512345678", context: {language: fr}}
cases:
  - {name: a, payload: *base}
  - {name: b, payload: *base}
`,
	})
	suite, err := scenarios.Load(dir)
	require.NoError(t, err)
	require.Len(t, suite.Files[0].Scenarios, 2)
	for _, s := range suite.Files[0].Scenarios {
		assert.Equal(t, "+6512345678", s.Payload.Recipient)
		assert.Equal(t, "fr", s.Payload.Context["language"])
	}
}

func TestBytesThatAreNotTextArePlacedAndNotShown(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		file string
		data string
		want string
	}{
		{"a NUL byte", "s.scenario.yaml", "hook: hook.js\nname: se\x00cret\n", ":2:9: a NUL byte"},
		{"invalid UTF-8", "s.scenario.yaml", "hook: hook.js\nname: se\xffcret\n", ":2:9: byte 0xff is not UTF-8"},
		{"a control character, which YAML reports with no place", "s.scenario.yaml", "hook: hook.js\nname: se\x01cret\n", ":2:9: a control character (U+0001)"},
		{"a JSON mistake, placed at its line and column", "s.scenario.json", "{\"hook\": \"hook.js\",\n  \"name\": \"secret\",,\n}", ":2:20: not valid JSON: invalid character ','"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := writeFiles(t, map[string]string{"hook.js": "module.exports = function (r, t, c, cb) { cb(null, {}); };", tt.file: tt.data})
			_, err := scenarios.Load(dir)
			require.Error(t, err)
			assert.Contains(t, err.Error(), filepath.ToSlash(filepath.Join(dir, tt.file))+tt.want)
			assert.NotContains(t, err.Error(), "cret")
		})
	}
}

func TestAScenarioRunsOnlyARegularJavaScriptFileInsideTheSuite(t *testing.T) {
	t.Parallel()
	outside := writeFiles(t, map[string]string{"hook.js": "module.exports = function (r, t, c, cb) { cb(null, {}); };"})
	tests := []struct {
		name  string
		hook  string
		setup func(t *testing.T, dir string)
		want  string
	}{
		{"the host's environment is not JavaScript", "/proc/self/environ", nil,
			"hook /proc/self/environ is not a JavaScript file: a hook's name ends in .js, .cjs, .mjs"},
		{"a password file is not JavaScript", "/etc/passwd", nil, "hook /etc/passwd is not a JavaScript file"},
		{"a folder is called a folder", "lib.js", func(t *testing.T, dir string) {
			require.NoError(t, os.Mkdir(filepath.Join(dir, "lib.js"), 0o755))
		}, "not a regular file: it is a folder"},
		{"a link to a device is a device", "zero.js", func(t *testing.T, dir string) {
			require.NoError(t, os.Symlink("/dev/zero", filepath.Join(dir, "zero.js")))
		}, "not a regular file: it is a device, pipe or socket"},
		{"a hook outside the suite's folder tree", filepath.Join(outside, "hook.js"), nil,
			"is outside the suite's folder tree"},
		{"a link inside the suite to a hook outside it", "link.js", func(t *testing.T, dir string) {
			require.NoError(t, os.Symlink(filepath.Join(outside, "hook.js"), filepath.Join(dir, "link.js")))
		}, "is outside the suite's folder tree"},
		{"a hook above the size limit", "big.js", func(t *testing.T, dir string) {
			require.NoError(t, os.WriteFile(filepath.Join(dir, "big.js"), make([]byte, 5<<20), 0o644))
		}, "file too large: more than 4 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := writeFiles(t, map[string]string{"s.scenario.yaml": "hook: " + tt.hook + "\n"})
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			_, err := scenarios.Load(dir)
			require.Error(t, err)
			assert.Contains(t, err.Error(), ":1:7: ")
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	t.Run("a hook outside the suite runs when the loader allows it", func(t *testing.T) {
		t.Parallel()
		dir := writeFiles(t, map[string]string{"s.scenario.yaml": "hook: " + filepath.Join(outside, "hook.js") + "\n"})
		_, err := scenarios.Loader{AllowOutsideRoot: true}.Load(dir)
		assert.NoError(t, err)
	})
	t.Run("a .js file that is not text is refused by position when it is run", func(t *testing.T) {
		t.Parallel()
		dir := writeFiles(t, map[string]string{"s.scenario.yaml": "hook: bin.js\n", "bin.js": "SECRET=1\x00OTHER=2\x00"})
		suite, err := scenarios.Load(dir)
		require.NoError(t, err)
		_, err = (&scenarios.Runner{Emulator: testEmulator()}).Run(t.Context(), suite)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "line 1, column 9: a NUL byte")
		assert.NotContains(t, err.Error(), "SECRET")
	})
}
