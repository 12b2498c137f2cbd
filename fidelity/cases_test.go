package fidelity

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fakesns"
	"github.com/hookemu/hookemu/hooks"
	"github.com/hookemu/hookemu/providers"
)

// metaPrefix starts the one comment line that configures a case.
const metaPrefix = "// fidelity:"

// versionMark in a case's source is replaced by each version of its matrix.
const versionMark = "{version}"

// defaultTimeout is a case's time limit on both sides: generous, since a
// case's time on a CI machine running other suites at once is no measure
// of anything (Node's side ran past 10 s there with the hook answered).
const defaultTimeout = 30 * time.Second

// Case is one run of one file: a case file, expanded per version of its
// matrix, or a hook of hooks/ with a payload.
type Case struct {
	ID      string // "axios/get.js@0.21.4", "hooks/8x8.js"
	File    string // where the source came from, for messages
	Source  []byte
	Kind    emulator.Kind
	Secrets map[string]string
	Payload emulator.Payload
	Fakes   fakeConfig
	Timeout time.Duration
	// Fresh: the case changes a module's global state (axios.defaults), so
	// Node gives it its own copies of the packages.
	Fresh bool
	// Real: hookemu runs the installed packages in place of its built-in
	// shims (--prefer-node-modules '*'), so the case checks Node's core
	// modules under a real package rather than the shim.
	Real bool
}

// fakeConfig configures the fakes a case's runs talk to: every
// registered provider's, by name, from the case's fakeNAME keys.
type fakeConfig = providers.Configs

// meta is the JSON on a case's "// fidelity:" line.
type meta struct {
	// Matrix names a module of node/package.json: the case runs once per
	// pinned version, with {version} in the source replaced by it.
	Matrix string `json:"matrix"`
	// Versions narrows the matrix to these versions.
	Versions []string `json:"versions"`
	// Secrets are laid over defaultSecrets; a null value removes one.
	Secrets map[string]*string `json:"secrets"`
	// Payload is merged over the Auth0 runner's example payload.
	Payload map[string]any `json:"payload"`
	// Fakes are read from the fakeNAME keys (see readMeta).
	Fakes   fakeConfig `json:"-"`
	Timeout string     `json:"timeout"`
	Fresh   bool       `json:"fresh"`
	Real    bool       `json:"real"`
}

// Demo credentials every case gets; the fakes accept any well-formed ones.
var defaultSecrets = map[string]string{
	"apikey":                "fidelity-8x8-key",
	"subaccount":            "fidelity-sub",
	"TWILIO_ACCOUNT_SID":    "AC0123456789abcdef0123456789abcdef",
	"TWILIO_AUTH_TOKEN":     "fidelity-twilio-token",
	"TWILIO_PHONE_NUMBER":   "+15005550006",
	"TWILIO_VERIFY_SID":     "VA0123456789abcdef0123456789abcdef",
	"TELESIGN_CUSTOMER_ID":  "FFFFFFFF-EEEE-DDDD-1234-AB1234567890",
	"TELESIGN_API_KEY":      "ABC12345yusumoN6BYsBVkh+yRJ5czgsnCehZaOYldPJdmFh6NeX8kunZ2zU1YWaUw/0wV6xfw==",
	"AWS_ACCESS_KEY_ID":     fakesns.DemoAccessKeyID,
	"AWS_SECRET_ACCESS_KEY": fakesns.DemoSecretAccessKey,
	"AWS_REGION":            "us-east-1",
	"BASE_URL":              "https://" + testHost,
}

// hookVariants run the hooks of hooks/ with more than their demo setup.
// Every hook also runs once as shipped (the "" variant).
var hookVariants = []struct {
	hook, variant string
	payload       map[string]any
	secrets       map[string]*string
}{
	{hook: "8x8.js", variant: "national-recipient", payload: map[string]any{"recipient": "1-808-555-5555"}},
	{hook: "8x8.js", variant: "missing-apikey", secrets: map[string]*string{"apikey": nil}},
	{hook: "twilio-sms.js", variant: "voice", payload: map[string]any{"context": map[string]any{"message_type": "voice"}}},
	{hook: "twilio-sms.js", variant: "invalid-recipient", payload: map[string]any{"recipient": "555"}},
	{hook: "twilio-verify.js", variant: "short-code", payload: map[string]any{"context": map[string]any{"code": "12"}}},
	{hook: "infobip.js", variant: "voice", payload: map[string]any{"context": map[string]any{"message_type": "voice"}}},
	{hook: "infobip.js", variant: "invalid-recipient", payload: map[string]any{"recipient": "1-808-555-5555", "context": map[string]any{"message_type": "sms"}}},
	{hook: "infobip.js", variant: "missing-api-key", secrets: map[string]*string{"API_KEY": nil}},
	{hook: "esendex.js", variant: "missing-password", secrets: map[string]*string{"ESENDEX_PASSWORD": nil}},
	{hook: "esendex.js", variant: "unknown-contact", payload: map[string]any{"recipient": "not-a-number"}},
	{hook: "vonage.js", variant: "empty-secret", secrets: map[string]*string{"VONAGE_API_SECRET": ptr("")}},
	{hook: "vonage.js", variant: "invalid-recipient", payload: map[string]any{"recipient": "+12345"}},
	{hook: "vonage-action.js", variant: "missing-key", secrets: map[string]*string{"VONAGE_API_KEY": nil}},
	{hook: "vonage-action.js", variant: "invalid-recipient", payload: map[string]any{"recipient": "+12345"}},
	{hook: "slack-action.js", variant: "webhook-500", secrets: map[string]*string{"SLACK_WEBHOOK_URL": ptr("https://fidelity.test/status/500")}},
}

// offlineSecrets replace the demo secrets that name a host no fake
// serves (Slack's webhook): in fidelity any other host is real, and the
// suite never leaves the machine. fidelity.test stands in for it.
var offlineSecrets = map[string]map[string]string{
	"slack-action.js": {"SLACK_WEBHOOK_URL": "https://fidelity.test/status/200"},
}

func ptr(s string) *string { return &s }

// loadCases reads every case under dir (expanding matrices with the
// versions pinned) and adds the hooks of hooks/ and the examples.
func loadCases(t *testing.T, dir string, pinned map[string][]string) []*Case {
	t.Helper()
	var cases []*Case
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".js") {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		source, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		expanded, err := expand(filepath.ToSlash(rel), path, source, pinned)
		if err != nil {
			return err
		}
		cases = append(cases, expanded...)
		return nil
	})
	if err != nil {
		t.Fatalf("reading the cases: %v", err)
	}
	hookCases, err := loadHookCases()
	if err != nil {
		t.Fatalf("reading hooks/: %v", err)
	}
	cases = append(cases, hookCases...)
	exampleCases, err := loadExampleCases()
	if err != nil {
		t.Fatalf("reading the examples: %v", err)
	}
	cases = append(cases, exampleCases...)
	sort.Slice(cases, func(i, j int) bool { return cases[i].ID < cases[j].ID })
	return cases
}

func expand(id, path string, source []byte, pinned map[string][]string) ([]*Case, error) {
	m, err := readMeta(source)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	base, err := newCase(id, path, source, m.Secrets, m.Payload)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	base.Fakes, base.Fresh, base.Real = m.Fakes, m.Fresh, m.Real
	if m.Timeout != "" {
		if base.Timeout, err = time.ParseDuration(m.Timeout); err != nil {
			return nil, fmt.Errorf("%s: timeout %q: %w (write it as \"5s\")", path, m.Timeout, err)
		}
	}
	if m.Matrix == "" {
		if bytes.Contains(source, []byte(versionMark)) {
			return nil, fmt.Errorf("%s: the source has %s but no matrix: add %s {\"matrix\": \"axios\"}", path, versionMark, metaPrefix)
		}
		return []*Case{base}, nil
	}
	versions := m.Versions
	if len(versions) == 0 {
		versions = pinned[m.Matrix]
	}
	if len(versions) == 0 {
		return nil, fmt.Errorf("%s: matrix %q names no module of node/package.json", path, m.Matrix)
	}
	var out []*Case
	for _, v := range versions {
		if !contains(pinned[m.Matrix], v) {
			return nil, fmt.Errorf("%s: %s %s is not pinned: add \"%s-%s\": \"npm:%s@%s\" to node/package.json and run npm install --package-lock-only there", path, m.Matrix, v, m.Matrix, v, m.Matrix, v)
		}
		c := *base
		c.ID = id + "@" + v
		c.Source = bytes.ReplaceAll(source, []byte(versionMark), []byte(v))
		out = append(out, &c)
	}
	return out, nil
}

func newCase(id, path string, source []byte, secrets map[string]*string, payload map[string]any) (*Case, error) {
	c := &Case{ID: id, File: path, Source: source, Timeout: defaultTimeout, Secrets: map[string]string{}}
	for k, v := range defaultSecrets {
		c.Secrets[k] = v
	}
	for k, v := range secrets {
		if v == nil {
			delete(c.Secrets, k)
		} else {
			c.Secrets[k] = *v
		}
	}
	p, err := emulator.DefaultPayload().Merge(payload)
	if err != nil {
		return nil, err
	}
	c.Payload = p
	return c, nil
}

// readMeta reads the "// fidelity: {...}" line, if any.
func readMeta(source []byte) (meta, error) {
	var m meta
	sc := bufio.NewScanner(bytes.NewReader(source))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		rest, ok := strings.CutPrefix(line, metaPrefix)
		if !ok {
			continue
		}
		configs, rest, err := providerKeys(rest)
		if err == nil {
			dec := json.NewDecoder(strings.NewReader(rest))
			dec.DisallowUnknownFields()
			err = dec.Decode(&m)
		}
		if err != nil {
			return meta{}, fmt.Errorf("the %s line is not the JSON object doc.go describes: %w", metaPrefix, err)
		}
		m.Fakes = configs
		return m, nil
	}
	return m, nil
}

// providerKeys takes the fakeNAME keys of the registered providers out of
// a meta line, decoded into each provider's Config (unknown keys
// refused), and returns the rest of the line.
func providerKeys(line string) (providers.Configs, string, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(line), &raw); err != nil {
		return nil, "", err
	}
	configs := providers.Configs{}
	for _, p := range providers.All() {
		body, ok := raw["fake"+p.Name()]
		if !ok {
			continue
		}
		cfg, err := providers.DecodeConfig(p.Name(), body)
		if err != nil {
			return nil, "", err
		}
		configs[p.Name()] = cfg
		delete(raw, "fake"+p.Name())
	}
	rest, err := json.Marshal(raw)
	return configs, string(rest), err
}

func loadHookCases() ([]*Case, error) {
	var out []*Case
	for _, h := range hooks.List() {
		source, err := hooks.Source(h.Name)
		if err != nil {
			return nil, err
		}
		secrets := map[string]*string{}
		for k, v := range h.Secrets {
			secrets[k] = &v
		}
		for k, v := range offlineSecrets[h.Name] {
			secrets[k] = &v
		}
		c, err := newCase("hooks/"+h.Name, "hooks/"+h.Name, source, secrets, nil)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
		for _, v := range hookVariants {
			if v.hook != h.Name {
				continue
			}
			merged := map[string]*string{}
			for k, s := range secrets {
				merged[k] = s
			}
			for k, s := range v.secrets {
				merged[k] = s
			}
			vc, err := newCase("hooks/"+h.Name+"#"+v.variant, "hooks/"+h.Name, source, merged, v.payload)
			if err != nil {
				return nil, err
			}
			out = append(out, vc)
		}
	}
	return out, nil
}

// aliasRe reads node/package.json's aliases: "axios-0.21.4": "npm:axios@0.21.4".
var aliasRe = regexp.MustCompile(`^npm:(@?[^@]+)@(\d+\.\d+\.\d+)$`)

// pinnedVersions lists, per module, the versions node/package.json pins.
func pinnedVersions(packageJSON []byte) (map[string][]string, error) {
	var pkg struct {
		Dependencies map[string]string `json:"dependencies"`
	}
	if err := json.Unmarshal(packageJSON, &pkg); err != nil {
		return nil, fmt.Errorf("node/package.json: %w", err)
	}
	out := map[string][]string{}
	for alias, spec := range pkg.Dependencies {
		m := aliasRe.FindStringSubmatch(spec)
		if m == nil || alias != m[1]+"-"+m[2] {
			return nil, fmt.Errorf("node/package.json: dependency %q: %q is not an exact alias; write it as \"NAME-X.Y.Z\": \"npm:NAME@X.Y.Z\"", alias, spec)
		}
		out[m[1]] = append(out[m[1]], m[2])
	}
	for _, vs := range out {
		sort.Slice(vs, func(i, j int) bool { return versionLess(vs[i], vs[j]) })
	}
	return out, nil
}

func versionLess(a, b string) bool {
	var x, y [3]int
	fmt.Sscanf(a, "%d.%d.%d", &x[0], &x[1], &x[2])
	fmt.Sscanf(b, "%d.%d.%d", &y[0], &y[1], &y[2])
	for i := range x {
		if x[i] != y[i] {
			return x[i] < y[i]
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
