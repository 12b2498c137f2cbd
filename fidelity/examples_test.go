package fidelity

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/stubs"
)

// exampleDir is the example Action that runs a real package from the
// node_modules beside it.
const exampleDir = "../examples/allowlist-action"

// exampleTimeout is the time limit of the examples' cases: their first
// run compiles the packages they require, slow under the race detector.
const exampleTimeout = time.Minute

// exampleVariants are the recipients the example is run with, in both
// runtimes: one it sends to, one of a country it refuses, one invalid.
var exampleVariants = []struct {
	variant   string
	recipient string
}{
	{"sent", "+46707123456"},
	{"refused-country", "+79123456789"},
	{"invalid-number", "+1201"},
}

// exampleDependencies reads the versions the example's package.json pins.
func exampleDependencies() (map[string]string, error) {
	data, err := os.ReadFile(filepath.Join(exampleDir, "package.json"))
	if err != nil {
		return nil, err
	}
	var pkg struct {
		Dependencies map[string]string `json:"dependencies"`
	}
	return pkg.Dependencies, json.Unmarshal(data, &pkg)
}

// loadExampleCases runs the example as cases, its bare requires of the
// packages it depends on pinned to the versions its package.json names
// (node/package.json pins the same), so that Node and hookemu both load
// them from the suite's install.
func loadExampleCases() ([]*Case, error) {
	source, err := os.ReadFile(filepath.Join(exampleDir, "action.js"))
	if err != nil {
		return nil, err
	}
	deps, err := exampleDependencies()
	if err != nil {
		return nil, err
	}
	for name, version := range deps {
		bare := regexp.MustCompile(`require\(\s*["']` + regexp.QuoteMeta(name) + `["']\s*\)`)
		source = bare.ReplaceAll(source, []byte(fmt.Sprintf("require(%q)", name+"@"+version)))
	}
	var out []*Case
	for _, v := range exampleVariants {
		c, err := newCase("examples/allowlist-action#"+v.variant, exampleDir+"/action.js", source, nil, map[string]any{"recipient": v.recipient})
		if err != nil {
			return nil, err
		}
		c.Timeout = exampleTimeout
		out = append(out, c)
	}
	return out, nil
}

// TestExampleRunsWithItsNodeModulesBeside runs the example Action as a
// user would: unchanged, in a folder with node_modules beside it (copied
// from the suite's install, so no network is needed beyond the suite's own
// npm ci), and checks it sends to an allowed country and refuses others.
func TestExampleRunsWithItsNodeModulesBeside(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the suite's npm install")
	}
	installDir, err := installPackages("node")
	require.NoError(t, err)
	deps, err := exampleDependencies()
	require.NoError(t, err)
	project := t.TempDir()
	for name, version := range deps {
		copyTree(t, filepath.Join(installDir, "node_modules", name+"-"+version), filepath.Join(project, "node_modules", name))
	}
	source, err := os.ReadFile(filepath.Join(exampleDir, "action.js"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(project, "action.js"), source, 0o644))

	w := startWorld(t)
	base := baseTransport()
	defer base.CloseIdleConnections()
	em := emulator.New(emulator.Config{Grace: graceAfterCallback})
	hook, err := em.LoadWith(context.Background(), "action.js", source, emulator.LoadOptions{Dir: project})
	require.NoError(t, err)
	tests := []struct {
		name, recipient, outcome, want, sent string
	}{
		{"a Swedish mobile number is sent through 8x8 in E.164", "+46 70 712 34 56", "success", `"region":"SE","type":"mobile","status":200`, `"destination":"+46707123456"`},
		{"a Russian number is refused before anything is sent", "+79123456789", "error", "refused: numbers of RU are not served", ""},
		{"an invalid number is refused", "+1201", "error", "refused: +1201 is not a valid phone number (too-short)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := newCase("example/"+tt.recipient, "action.js", source, nil, map[string]any{"recipient": tt.recipient})
			require.NoError(t, err)
			w.register(c.ID, c.Fakes)
			res := em.Run(context.Background(), hook, emulator.Invocation{
				Payload: c.Payload, Secrets: c.Secrets, Timeout: exampleTimeout,
				Transport: &toWorld{run: runID(c.ID, sideHookemu), addr: w.addr(), base: base},
			})
			require.Equal(t, tt.outcome, string(res.Outcome), "%+v", res.Error)
			got, _ := json.Marshal(res.Response)
			if res.Error != nil {
				got = []byte(res.Error.Message)
			}
			assert.Contains(t, string(got), tt.want)
			requests := w.requestsOf(runID(c.ID, sideHookemu))
			if tt.sent == "" {
				assert.Empty(t, requests, "nothing is sent to a refused number")
				return
			}
			require.Len(t, requests, 1)
			assert.Equal(t, "sms.8x8.com", requests[0].Host)
			assert.Contains(t, requests[0].Body, tt.sent)
		})
	}
}

// copyTree copies the regular files under from to to.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dest := filepath.Join(to, rel)
		if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dest, data, 0o644)
	})
	require.NoError(t, err)
}

// soapExampleDir is the example Action that sends through a SOAP gateway
// of the tenant's own, answered by its stubs, and reads the answer with
// the real @xmldom/xmldom and xpath.
const soapExampleDir = "../examples/soap-gateway-action"

// TestSOAPExampleRunsWithItsNodeModulesAndStubs runs that example as a
// user would: unchanged, node_modules beside it (copied from the suite's
// install), its gateway answered by the stubs file beside it.
func TestSOAPExampleRunsWithItsNodeModulesAndStubs(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the suite's npm install")
	}
	installDir, err := installPackages("node")
	require.NoError(t, err)
	project := t.TempDir()
	for name, version := range map[string]string{"@xmldom/xmldom": "0.9.12", "xpath": "0.0.34"} {
		copyTree(t, filepath.Join(installDir, "node_modules", name+"-"+version), filepath.Join(project, "node_modules", name))
	}
	source, err := os.ReadFile(filepath.Join(soapExampleDir, "action.js"))
	require.NoError(t, err)
	stubsFile, err := os.ReadFile(filepath.Join(soapExampleDir, "gateway.stubs.yaml"))
	require.NoError(t, err)
	set, err := stubs.Load([]stubs.Source{{Name: "gateway.stubs.yaml", Data: stubsFile}})
	require.NoError(t, err)

	em := emulator.New(emulator.Config{})
	hook, err := em.LoadWith(context.Background(), "action.js", source, emulator.LoadOptions{Dir: project})
	require.NoError(t, err)
	h := harness.New(harness.Config{Stubs: set})
	tests := []struct {
		name, recipient, password, outcome, want string
	}{
		{"an E.164 number is sent and the gateway's id read from the envelope", "+46707123456", "demo-gateway-password", "success", `{"messageId":"gw-0001","parts":1}`},
		{"a number the gateway refuses inside a 200 fails the Action", "12345", "demo-gateway-password", "error", "the SMS gateway refused the message (code 12): invalid destination"},
		{"a wrong password, refused inside a 200, fails the Action", "+46707123456", "not-the-password", "error", "the SMS gateway refused the message (code 401): authentication failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			payload := emulator.DefaultPayload()
			payload.Recipient = tt.recipient
			rep := h.Run(context.Background(), em, hook, emulator.Invocation{Payload: payload, Timeout: exampleTimeout, Secrets: map[string]string{
				"GATEWAY_URL": "https://sms-gateway.example.com/soap", "GATEWAY_USER": "acme", "GATEWAY_PASSWORD": tt.password,
			}})
			require.Equal(t, tt.outcome, string(rep.Outcome), "%+v %+v", rep.Error, rep.Problems)
			got := string(rep.Response)
			if rep.Error != nil {
				got = rep.Error.Message
			}
			assert.Contains(t, got, tt.want)
			require.Len(t, rep.Requests, 1)
			assert.Equal(t, "stub", rep.Requests[0].Provider)
			assert.Contains(t, rep.Requests[0].Body, "<sms:To>"+tt.recipient+"</sms:To>")
			assert.Empty(t, rep.Problems, "the stubs answered every request")
		})
	}
}
