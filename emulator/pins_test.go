package emulator_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

// pinFixture has an axios the shims do not emulate (1.6.0), a package
// at two versions side by side, and a package that requires axios.
var pinFixture = map[string]string{
	"node_modules/axios/package.json":                     `{"name": "axios", "version": "1.6.0", "main": "index.js"}`,
	"node_modules/axios/index.js":                         `module.exports = {installed: '1.6.0'};`,
	"node_modules/awesome-phonenumber/package.json":       `{"name": "awesome-phonenumber", "version": "7.2.0", "main": "index.js"}`,
	"node_modules/awesome-phonenumber/index.js":           `module.exports = 'apn 7.2.0';`,
	"node_modules/awesome-phonenumber-6.9.0/package.json": `{"name": "awesome-phonenumber", "version": "6.9.0", "main": "index.js"}`,
	"node_modules/awesome-phonenumber-6.9.0/index.js":     `module.exports = 'apn 6.9.0';`,
	"node_modules/uses-axios/index.js":                    `module.exports = require('axios').VERSION;`,
}

// runPinned runs code in dir with deps declared and returns the result.
func runPinned(t *testing.T, dir, src string, deps map[string]string) emulator.Result {
	t.Helper()
	em := emulator.New(emulator.Config{Grace: shortGrace})
	hook, err := em.LoadWith(context.Background(), "code.js", []byte(src), emulator.LoadOptions{Dir: dir, Dependencies: deps})
	require.NoError(t, err)
	return em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Timeout: testLimit})
}

func action(body string) string {
	return "exports.onExecuteSendPhoneMessage = async (event, api) => { " + body + " };"
}

func TestDependenciesPinBareRequires(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeTree(t, dir, pinFixture)
	tests := []struct {
		name, src string
		deps      map[string]string
		want      string
		warning   string // "" when the run warns of nothing
	}{
		{"an Action without dependencies gets the newest emulated axios", action(`return require('axios').VERSION;`), nil, `"1.13.6"`, ""},
		{"axios 0.27.2 declared runs axios 0.27.2", action(`return require('axios').VERSION;`), map[string]string{"axios": "0.27.2"}, `"0.27.2"`, ""},
		{"a caret range runs the newest emulated version it allows", action(`return require('axios').VERSION;`), map[string]string{"axios": "^1.6.0"}, `"1.13.6"`, ""},
		{"a require naming its own version keeps it", action(`return require('axios@1.6.8').VERSION;`), map[string]string{"axios": "0.27.2"}, `"1.6.8"`, ""},
		{"a package's require of a declared shim gets the pin too", action(`return require('uses-axios');`), map[string]string{"axios": "1.2.6"}, `"1.2.6"`, ""},
		{"a Hook's dependencies pin as an Action's do",
			`module.exports = function (r, t, c, cb) { cb(null, {v: require('axios').VERSION}); };`, map[string]string{"axios": "1.6.8"}, `{"v":"1.6.8"}`, ""},
		{"a version the shim lacks runs the installed package of that version", action(`return require('axios');`), map[string]string{"axios": "1.6.0"}, `{"installed":"1.6.0"}`, ""},
		{"a version neither emulated nor installed runs the nearest emulated one, with a warning",
			action(`return require('axios').VERSION;`), map[string]string{"axios": "1.7.8"}, `"1.7.9"`, "axios 1.7.8 is declared, but hookemu has no copy of that version and ran axios 1.7.9"},
		{"an installed package runs at the declared version", action(`return require('awesome-phonenumber');`), map[string]string{"awesome-phonenumber": "6.9.0"}, `"apn 6.9.0"`, ""},
		{"an installed package of another version runs, with a warning", action(`return require('awesome-phonenumber');`), map[string]string{"awesome-phonenumber": "5.0.0"}, `"apn 7.2.0"`,
			"awesome-phonenumber 5.0.0 is declared, but hookemu has no copy of that version and ran /node_modules/awesome-phonenumber/index.js"},
		{"latest takes whatever copy is installed", action(`return require('awesome-phonenumber');`), map[string]string{"awesome-phonenumber": "latest"}, `"apn 7.2.0"`, ""},
		{"require.resolve names the declared version's copy", action(`return require.resolve('awesome-phonenumber');`), map[string]string{"awesome-phonenumber": "6.9.0"}, `"/node_modules/awesome-phonenumber-6.9.0/index.js"`, ""},
		{"Node's core modules are never pinned", action(`return typeof require('crypto').createHash;`), map[string]string{"crypto": "1.0.1"}, `"function"`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runPinned(t, dir, tt.src, tt.deps)
			assert.Equal(t, tt.want, response(t, r))
			var warnings []string
			for _, p := range r.Problems {
				if p.Severity == emulator.SeverityWarning {
					warnings = append(warnings, p.Message)
				}
			}
			if tt.warning == "" {
				assert.Empty(t, warnings)
				return
			}
			require.Len(t, warnings, 1)
			assert.Contains(t, warnings[0], tt.warning)
		})
	}
}

func TestDependencyPinsAreTheLoadersOwn(t *testing.T) {
	t.Parallel()
	deps := map[string]string{"axios": "0.27.2"}
	em := emulator.New(emulator.Config{Grace: shortGrace})
	hook, err := em.LoadWith(context.Background(), "code.js", []byte(action(`return require('axios').VERSION;`)), emulator.LoadOptions{Dependencies: deps})
	require.NoError(t, err)
	deps["axios"] = "1.6.8"
	r := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Timeout: testLimit})
	assert.Equal(t, `"0.27.2"`, response(t, r), "changing the map after loading changes nothing")
}

func TestResolveDependencySaysWhatRuns(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeTree(t, dir, pinFixture)
	em := emulator.New(emulator.Config{})
	tests := []struct {
		name, pkg, version string
		want               emulator.Pin
	}{
		{"an emulated version runs the shim", "axios", "0.27.2", emulator.Pin{Emulated: "0.27.2", Exact: true}},
		{"a version only node_modules has runs the installed package", "axios", "1.6.0", emulator.Pin{Installed: "/node_modules/axios/index.js", Exact: true}},
		{"a version no one has runs the nearest emulated one", "axios", "1.7.8", emulator.Pin{Emulated: "1.7.9"}},
		{"a package installed at another version runs that copy", "awesome-phonenumber", "5.0.0", emulator.Pin{Installed: "/node_modules/awesome-phonenumber/index.js"}},
		{"a package neither emulated nor installed is unavailable", "lodash", "4.17.21", emulator.Pin{}},
		{"a core module's name is Node's", "crypto", "1.0.1", emulator.Pin{Core: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			want := tt.want
			want.Name, want.Declared = tt.pkg, tt.version
			got := em.ResolveDependency(dir, tt.pkg, tt.version, true)
			assert.Equal(t, want, got)
			assert.Equal(t, want.Emulated == "" && want.Installed == "" && !want.Core, got.Unavailable())
		})
	}
}
