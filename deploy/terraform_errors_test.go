package deploy

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tfConfig writes files into a fresh folder and returns it.
func tfConfig(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(text), 0o600))
	}
	return dir
}

// tfAction is an auth0_action whose code is the given expression.
func tfAction(code string) string {
	return `resource "auth0_action" "sms" {
  name = "sms"
  code = ` + code + `
  supported_triggers {
    id      = "send-phone-message"
    version = "v2"
  }
}
`
}

func TestLoadTerraformErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		opts  Options
		want  []string
	}{
		{
			name:  "an unknown function is named with its file and line",
			files: map[string]string{"main.tf": tfAction(`filez("x.js")`)},
			want:  []string{"main.tf:3", "Call to unknown function", `"filez"`, "--var NAME=VALUE"},
		},
		{
			name:  "code from an unset variable says how to give it",
			files: map[string]string{"main.tf": "variable \"code\" {}\n" + tfAction(`var.code`)},
			want:  []string{"main.tf:4", "code of auth0_action.sms", "var.code has no value", "--var code=VALUE"},
		},
		{
			name: "code from a local that needs an unset variable names that variable",
			files: map[string]string{"main.tf": "variable \"dir\" {}\nlocals {\n  path = \"${var.dir}/sms.js\"\n}\n" +
				tfAction(`file(local.path)`)},
			want: []string{"main.tf:7", "var.dir has no value"},
		},
		{
			name:  "code from another resource is known only after apply",
			files: map[string]string{"main.tf": tfAction(`data.local_file.sms.content`)},
			want:  []string{"main.tf:3", "data.local_file.sms is known only once Terraform has applied"},
		},
		{
			name:  "code from a local that fails carries the local's error",
			files: map[string]string{"main.tf": "locals {\n  code = upper(1, 2)\n}\n" + tfAction(`local.code`)},
			want:  []string{"main.tf:6", "local.code", "main.tf:2"},
		},
		{
			name:  "code from a local built on a local that fails carries the first failure",
			files: map[string]string{"main.tf": "locals {\n  a = \"${local.b}!\"\n  b = upper(1, 2)\n}\n" + tfAction(`local.a`)},
			want:  []string{"main.tf:7", "local.a", "main.tf:3", "upper"},
		},
		{
			name:  "a syntax error names the file and line",
			files: map[string]string{"main.tf": "resource \"auth0_action\" \"sms\" {\n  name = \"sms\"\n  code = \n}\n"},
			want:  []string{"main.tf:3", "parsing Terraform"},
		},
		{
			name:  "file() refuses a device such as /dev/zero",
			files: map[string]string{"main.tf": tfAction(`file("/dev/zero")`)},
			want:  []string{"main.tf:3", "/dev/zero", "not a regular file"},
		},
		{
			name:  "file() refuses a folder",
			files: map[string]string{"main.tf": tfAction(`file("${path.module}/lib")`), "lib/x.js": "1"},
			want:  []string{"not a regular file: it is a folder"},
		},
		{
			name:  "file() names a missing file",
			files: map[string]string{"main.tf": tfAction(`file("missing.js")`)},
			want:  []string{"main.tf:3", "missing.js"},
		},
		{
			name:  "file() refuses text that is not UTF-8",
			files: map[string]string{"main.tf": tfAction(`file("bad.js")`), "bad.js": "\xff\xfe"},
			want:  []string{"not UTF-8"},
		},
		{
			name:  "a missing required argument is named with its file and line",
			files: map[string]string{"main.tf": "resource \"auth0_action\" \"sms\" {\n  name = \"sms\"\n}\n"},
			want:  []string{"main.tf:1", `"code" is required`},
		},
		{
			name: "an action needs exactly one supported_triggers block",
			files: map[string]string{"main.tf": `resource "auth0_action" "sms" {
  name = "sms"
  code = "x"
}
`},
			want: []string{"main.tf:1", "0 supported_triggers blocks"},
		},
		{
			name:  "code from an undeclared variable says it is undeclared",
			files: map[string]string{"main.tf": tfAction(`var.nope`)},
			want:  []string{"main.tf:3", "var.nope is declared by no variable block"},
		},
		{
			name:  "a -var for a variable nobody declares is refused, as Terraform does",
			files: map[string]string{"main.tf": tfAction(`"x"`)},
			opts:  Options{Vars: map[string]string{"nope": "1"}},
			want:  []string{"--var nope", "no variable \"nope\" is declared"},
		},
		{
			name:  "a -var of the wrong type names the variable",
			files: map[string]string{"main.tf": "variable \"n\" {\n  type = number\n}\n" + tfAction(`"x"`)},
			opts:  Options{Vars: map[string]string{"n": "abc"}},
			want:  []string{"var.n", "number"},
		},
		{
			name: "for_each over a set holding a null is refused",
			files: map[string]string{"main.tf": `resource "auth0_action" "a" {
  for_each = toset(["x", null])
  name     = each.key
  code     = "x"
}
`},
			want: []string{"main.tf:2", "holds a null"},
		},
		{
			name: "for_each over a list says to use toset",
			files: map[string]string{"main.tf": `resource "auth0_action" "a" {
  for_each = ["x"]
  name     = each.key
  code     = "x"
}
`},
			want: []string{"main.tf:2", "must be a map or a set of strings", "toset"},
		},
		{
			name:  "count that is not a whole number is refused",
			files: map[string]string{"main.tf": "resource \"auth0_action\" \"a\" {\n  count = 1.5\n  name = \"x\"\n  code = \"x\"\n}\n"},
			want:  []string{"main.tf:2", "whole number"},
		},
		{
			name:  "a second phone provider is refused: a tenant has one",
			files: map[string]string{"main.tf": "resource \"auth0_phone_provider\" \"a\" {\n  name = \"custom\"\n}\nresource \"auth0_phone_provider\" \"b\" {\n  name = \"twilio\"\n}\n"},
			want:  []string{"main.tf:4", "a tenant has one phone provider"},
		},
		{
			name: "a module input its folder does not declare is refused, as Terraform does",
			files: map[string]string{
				"main.tf":   "module \"m\" {\n  source = \"./m\"\n  nope = 1\n}\n",
				"m/main.tf": tfAction(`"x"`),
			},
			want: []string{"main.tf:3", `module "m" passes nope`},
		},
		{
			name: "code from a module input that needs an unset variable names the call and the variable",
			files: map[string]string{
				"main.tf":   "variable \"dir\" {}\nmodule \"m\" {\n  source = \"./m\"\n  code = var.dir\n}\n",
				"m/main.tf": "variable \"code\" {}\n" + tfAction(`var.code`),
			},
			want: []string{"m/main.tf:4", `module "m" passes code`, "var.dir has no value"},
		},
		{
			name:  "a folder without configuration files says what to give",
			files: map[string]string{"README.md": "x"},
			want:  []string{"holds no .tf or .tf.json file"},
		},
		{
			name: "a locals cycle is reported when code needs it",
			files: map[string]string{"main.tf": "locals {\n  a = local.b\n  b = local.a\n}\n" +
				tfAction(`local.a`)},
			want: []string{"depends on itself"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := loadTerraform(tfConfig(t, tc.files), tc.opts)
			require.Error(t, err)
			for _, w := range tc.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestLoadTerraformRefusesLargeFiles(t *testing.T) {
	t.Parallel()
	dir := tfConfig(t, map[string]string{"main.tf": tfAction(`file("big.js")`), "big.js": ""})
	require.NoError(t, os.Truncate(filepath.Join(dir, "big.js"), tfMaxFileBytes+1))
	_, err := loadTerraform(dir, Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "at most 100 kB")
}

func TestLoadTerraformRefusesAPipeAsConfigurationWithoutWaiting(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "main.tf"), 0o600))
	_, err := loadTerraform(dir, Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not a regular file")
}

func TestLoadTerraformRules(t *testing.T) {
	t.Parallel()
	t.Run("a single .tf file gives its own entries, with its folder's variables, locals, tfvars and bindings", func(t *testing.T) {
		t.Parallel()
		dir := tfConfig(t, map[string]string{
			"a.tf":             tfAction(`"${local.prefix}${var.c}"`),
			"b.tf":             `resource "auth0_hook" "h" {` + "\n  name = \"h\"\n  script = \"x\"\n  trigger_id = \"send-phone-message\"\n}\n",
			"vars.tf":          "variable \"c\" {}\nlocals {\n  prefix = \"// \"\n}\n",
			"bind.tf":          "resource \"auth0_trigger_action\" \"b\" {\n  trigger = \"send-phone-message\"\n  action_id = auth0_action.sms.id\n}\n",
			"terraform.tfvars": "c = \"from tfvars\"\n",
		})
		a, err := loadTerraform(filepath.Join(dir, "a.tf"), Options{})
		require.NoError(t, err)
		require.Len(t, a.Entries, 1)
		assert.Equal(t, "// from tfvars", string(a.Entries[0].Code))
		assert.Equal(t, "a.tf:1", a.Entries[0].Source)
		assert.Equal(t, map[string][]string{TriggerSendPhoneMessage: {"sms"}}, a.Bindings)
	})
	t.Run("a folder's files are read in name order, and *.auto.tfvars after terraform.tfvars in name order", func(t *testing.T) {
		t.Parallel()
		dir := tfConfig(t, map[string]string{
			"b.tf":               "variable \"c\" {}\n" + tfAction(`var.c`),
			"a.tf":               `resource "auth0_hook" "h" {` + "\n  name = \"h\"\n  script = \"x\"\n  trigger_id = \"send-phone-message\"\n}\n",
			"terraform.tfvars":   "c = \"1\"\n",
			"a.auto.tfvars":      "c = \"2\"\n",
			"b.auto.tfvars.json": `{"c": "3"}`,
			"sub/c.tf":           "this is not read {",
		})
		a, err := loadTerraform(dir, Options{})
		require.NoError(t, err)
		require.Len(t, a.Entries, 2)
		assert.Equal(t, "h", a.Entries[0].Name)
		assert.Equal(t, "3", string(a.Entries[1].Code))
	})
	t.Run("a tfvars value for an undeclared variable is a note, not an error", func(t *testing.T) {
		t.Parallel()
		dir := tfConfig(t, map[string]string{"main.tf": tfAction(`"x"`), "terraform.tfvars": "stray = 1\n"})
		a, err := loadTerraform(dir, Options{})
		require.NoError(t, err)
		require.Len(t, a.Notes, 1)
		assert.Contains(t, a.Notes[0], "stray")
	})
	t.Run("count makes one action per index with count.index", func(t *testing.T) {
		t.Parallel()
		dir := tfConfig(t, map[string]string{"main.tf": `resource "auth0_action" "sms" {
  count = 2
  name  = "sms-${count.index}"
  code  = "x"
  supported_triggers {
    id      = "send-phone-message"
    version = "v2"
  }
}
resource "auth0_trigger_actions" "t" {
  trigger = "send-phone-message"
  actions {
    id = auth0_action.sms[1].id
  }
}
`})
		a, err := loadTerraform(dir, Options{})
		require.NoError(t, err)
		require.Len(t, a.Entries, 2)
		assert.Equal(t, "sms-0", a.Entries[0].Name)
		assert.Equal(t, "sms-1", a.Entries[1].Name)
		assert.Equal(t, []string{"sms-1"}, a.Bindings[TriggerSendPhoneMessage])
	})
	t.Run("a binding to an action hookemu cannot resolve is left out with a note", func(t *testing.T) {
		t.Parallel()
		dir := tfConfig(t, map[string]string{"main.tf": `resource "auth0_trigger_action" "t" {
  trigger   = "send-phone-message"
  action_id = data.auth0_action.sms.id
}
`})
		a, err := loadTerraform(dir, Options{})
		require.NoError(t, err)
		assert.Equal(t, map[string][]string{TriggerSendPhoneMessage: {}}, a.Bindings)
		require.Len(t, a.Notes, 1)
		assert.Contains(t, a.Notes[0], "not counted as bound")
	})
	t.Run("a hook's secrets from a known map variable are all named, in name order", func(t *testing.T) {
		t.Parallel()
		dir := tfConfig(t, map[string]string{"main.tf": `variable "s" {
  type    = map(string)
  default = { B = "2", A = "1" }
}
resource "auth0_hook" "h" {
  name       = "h"
  script     = "x"
  trigger_id = "send-phone-message"
  secrets    = var.s
}
`})
		a, err := loadTerraform(dir, Options{})
		require.NoError(t, err)
		assert.Equal(t, []Secret{{Name: "A", Value: "1", HasValue: true}, {Name: "B", Value: "2", HasValue: true}}, a.Entries[0].Secrets)
	})
	t.Run("a -var of a map type is read as an HCL expression", func(t *testing.T) {
		t.Parallel()
		dir := tfConfig(t, map[string]string{"main.tf": "variable \"m\" {\n  type = map(string)\n}\n" + tfAction(`var.m["code"]`)})
		a, err := loadTerraform(dir, Options{Vars: map[string]string{"m": `{ code = "from -var" }`}})
		require.NoError(t, err)
		assert.Equal(t, "from -var", string(a.Entries[0].Code))
	})
	t.Run("a secret whose value expression fails for another reason is an error", func(t *testing.T) {
		t.Parallel()
		dir := tfConfig(t, map[string]string{"main.tf": `resource "auth0_action" "sms" {
  name = "sms"
  code = "x"
  supported_triggers {
    id      = "send-phone-message"
    version = "v2"
  }
  secrets {
    name  = "K"
    value = nosuch("x")
  }
}
`})
		_, err := loadTerraform(dir, Options{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "main.tf:10")
	})
}

func TestTFNormRuntime(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"node18-actions": "node18", "node22": "node22", "22": "node22", "12": "node12", "": "", "node16": "node16",
	} {
		t.Run(in+" reads as "+want, func(t *testing.T) {
			assert.Equal(t, want, tfNormRuntime(in))
		})
	}
}

func TestTFFunctionsEvaluateAsTerraformDoes(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, expr, want string }{
		{"format, upper, trimspace, join and replace of a substring", `format("%s-%s", upper(trimspace(" a ")), replace(join(",", ["b", "c"]), ",", "+"))`, "A-b+c"},
		{"replace with a /regex/ replaces by pattern", `replace("a1b22c", "/[0-9]+/", "#")`, "a#b#c"},
		{"jsonencode of an object", `jsonencode({ to = "+1555" })`, `{"to":"+1555"}`},
		{"base64encode", `base64encode("user:pass")`, "dXNlcjpwYXNz"},
		{"startswith, endswith and strcontains", `"${startswith("abc", "ab")}${endswith("abc", "x")}${strcontains("abc", "b")}"`, "truefalsetrue"},
		{"fileexists is true for a file and false for a folder or nothing", `"${fileexists("code.js")}${fileexists("lib")}${fileexists("nope.js")}"`, "truefalsefalse"},
		{"basename and dirname", `"${basename("a/b/c.js")} ${dirname("a/b/c.js")}"`, "c.js a/b"},
		{"sensitive passes its value through", `sensitive(file("code.js"))`, "ok"},
		{"try falls back when the first fails", `try(file("nope.js"), "fallback")`, "fallback"},
		{"path.module is the module folder file() reads from", `file("${path.module}/code.js")`, "ok"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := tfConfig(t, map[string]string{"main.tf": tfAction(tc.expr), "code.js": "ok", "lib/x.js": "x"})
			a, err := loadTerraform(dir, Options{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(a.Entries[0].Code))
		})
	}
}

func TestLoadTerraformSkipsOtherResourcesUnevaluated(t *testing.T) {
	t.Parallel()
	dir := tfConfig(t, map[string]string{"main.tf": tfAction(`"x"`) + `resource "aws_lambda_function" "f" {
  for_each = data.aws_regions.all.names
  code     = nosuch()
}
`})
	a, err := loadTerraform(dir, Options{})
	require.NoError(t, err)
	assert.Len(t, a.Entries, 1)
}

func TestLoadTerraformReadsAVarFileFromAPipe(t *testing.T) {
	t.Parallel()
	dir := tfConfig(t, map[string]string{"main.tf": "variable \"c\" {}\n" + tfAction(`var.c`)})
	pipe := filepath.Join(t.TempDir(), "vars")
	require.NoError(t, syscall.Mkfifo(pipe, 0o600))
	go func() {
		f, err := os.OpenFile(pipe, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		_, _ = f.WriteString("c = \"piped\"\n")
	}()
	a, err := loadTerraform(dir, Options{VarFiles: []string{pipe}})
	require.NoError(t, err)
	assert.Equal(t, "piped", string(a.Entries[0].Code))
}
