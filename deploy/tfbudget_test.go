package deploy

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tfDoublingLocals is locals whose each is the one before it twice, depth
// deep: 8 bytes become 8 TiB at 40.
func tfDoublingLocals(depth int) string {
	var b strings.Builder
	b.WriteString("locals {\n  l0 = \"xxxxxxxx\"\n")
	for i := 1; i <= depth; i++ {
		b.WriteString("  l" + strconv.Itoa(i) + " = \"${local.l" + strconv.Itoa(i-1) + "}${local.l" + strconv.Itoa(i-1) + "}\"\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// tfNestedReplace quadruples a string depth times with nested replace().
func tfNestedReplace(depth int) string {
	return strings.Repeat(`replace(`, depth) + `"xxxx"` + strings.Repeat(`, "x", "xxxx")`, depth)
}

func TestLoadTerraformRefusesEvaluationBombs(t *testing.T) {
	t.Parallel()
	chunk := strings.Repeat("a", 64<<10)
	tests := []struct {
		name  string
		files map[string]string
		opts  Options
		want  []string
	}{
		{
			name:  "a string doubled in 40 locals is refused at the local that passes the bound",
			files: map[string]string{"main.tf": tfDoublingLocals(40) + tfAction(`local.l40`)},
			want:  []string{"main.tf:", "local.l40", "Value too large", "more than 8 MiB of text"},
		},
		{
			name:  "for expressions nested three deep are refused before evaluation",
			files: map[string]string{"main.tf": tfAction(`jsonencode([for a in range(1024): [for b in range(1024): [for c in range(1024): c]]])`)},
			want:  []string{"main.tf:3", "nests for expressions more than 2 deep", "--var NAME=VALUE"},
		},
		{
			name: "template for directives nested three deep are refused before evaluation",
			files: map[string]string{"main.tf": tfAction(`<<EOT
%{for a in range(1024)}%{for b in range(1024)}%{for c in range(1024)}${c}%{endfor}%{endfor}%{endfor}
EOT`)},
			want: []string{"main.tf:4", "nests for expressions more than 2 deep"},
		},
		{
			name:  "setproduct of three ranges is refused before it is built",
			files: map[string]string{"main.tf": tfAction(`jsonencode(setproduct(range(1024), range(1024), range(1024)))`)},
			want:  []string{"main.tf:3", `"setproduct" failed`, "more than 100000 elements"},
		},
		{
			name:  "replace() nested to quadruple a string 30 times is refused",
			files: map[string]string{"main.tf": tfAction(tfNestedReplace(30))},
			want:  []string{"main.tf:3", `"replace" failed`, "more than 8 MiB of text"},
		},
		{
			name:  "replace() with a regular expression that multiplies a string is refused as it builds",
			files: map[string]string{"main.tf": tfAction(`replace(file("chunk.txt"), "/a/", file("chunk.txt"))`), "chunk.txt": chunk},
			want:  []string{"main.tf:3", `"replace" failed`, "more than 8 MiB of text"},
		},
		{
			name:  "join of one string repeated a thousand times is refused before it is built",
			files: map[string]string{"main.tf": "locals {\n  c = file(\"chunk.txt\")\n}\n" + tfAction(`join("", [for i in range(1024): local.c])`), "chunk.txt": chunk},
			want:  []string{"main.tf:6", `"join" failed`, "more than 8 MiB of text"},
		},
		{
			name:  "format that prints one argument many times is refused before it is built",
			files: map[string]string{"main.tf": tfAction(`format("` + strings.Repeat("%[1]s", 1000) + `", file("chunk.txt"))`), "chunk.txt": chunk},
			want:  []string{"main.tf:3", `"format" failed`, "more than 8 MiB of text"},
		},
		{
			name:  "a for expression calling a function a million times goes past the call budget",
			files: map[string]string{"main.tf": tfAction(`jsonencode([for a in range(1024): [for b in range(1024): abs(b)]])`)},
			want:  []string{"takes too long or too much memory", "calls functions more than 100000 times"},
		},
		{
			name:  "a variable whose value is too large is refused, naming it",
			files: map[string]string{"main.tf": "variable \"big\" {\n  type = string\n}\n" + tfAction(`"x"`)},
			opts:  Options{Vars: map[string]string{"big": strings.Repeat("a", 9<<20)}},
			want:  []string{"main.tf:1", "var.big", "more than 8 MiB of text"},
		},
		{
			name: "a module input that is too large is refused, naming the input",
			files: map[string]string{
				"main.tf":   "locals {\n  c = file(\"c.txt\")\n}\nmodule \"m\" {\n  source = \"./m\"\n  big    = \"${local.c}${local.c}${local.c}\"\n}\n",
				"c.txt":     strings.Repeat("c", 4<<20-1),
				"m/main.tf": "variable \"big\" {}\n" + tfAction(`"x"`),
			},
			want: []string{"main.tf:6", `input big of module "m"`, "more than 8 MiB of text"},
		},
		{
			name:  "a for expression three deep in a JSON template string is refused",
			files: map[string]string{"main.tf.json": `{"locals": {"x": "${[for a in range(9): [for b in range(9): [for c in range(9): c]]]}"}}`},
			want:  []string{"main.tf.json", "for expressions more than 2 deep"},
		},
		{
			name:  "template interpolations count toward the operator bound",
			files: map[string]string{"main.tf": tfAction(`"` + strings.Repeat("${1}", 20001) + `"`)},
			want:  []string{"main.tf:3", "more than 20000 operators"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			// Each case is refused by a bound other than time. On a loaded
			// machine, with the cases in parallel, the default 10 s would
			// sometimes trip first and hide which bound holds; five
			// minutes still ends a case whose bound is broken.
			limits := defaultTFLimits()
			limits.wall = 5 * time.Minute
			tc.opts.tfLimits = &limits
			_, err := loadTerraform(tfConfig(t, tc.files), tc.opts)
			require.Error(t, err)
			for _, w := range tc.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

// tfUnboundedBomb is a configuration the static and value bounds let
// through whose evaluation never ends: ten billion elements, built from
// a local of 100,000 (the most a value may hold). The inner collection is
// a function call, so that once stopped the abandoned evaluation ends at
// its next one.
const tfUnboundedBomb = `locals {
  big  = flatten([for x in range(100) : range(1000)])
  huge = [for a in local.big : [for b in tolist(local.big) : b]]
}
`

func TestLoadTerraformStopsAnEvaluationPastItsBudget(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		limits tfLimits
		want   string
	}{
		{
			name:   "past its time, Load stops and says so",
			limits: tfLimits{wall: 200 * time.Millisecond, heap: 1 << 40, sample: time.Millisecond, calls: 1 << 40},
			want:   "hookemu stopped after 200ms",
		},
		{
			name:   "past its memory, Load stops and says so",
			limits: tfLimits{wall: time.Hour, heap: 16 << 20, sample: time.Millisecond, calls: 1 << 40},
			want:   "hookemu stopped once it had used 16 MiB more",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := tfConfig(t, map[string]string{"main.tf": tfUnboundedBomb + tfAction(`"x"`)})
			_, err := Load(filepath.Join(dir, "main.tf"), Options{tfLimits: &tc.limits})
			require.ErrorIs(t, err, ErrTooCostly)
			assert.Contains(t, err.Error(), "main.tf: the Terraform configuration takes too long or too much memory to evaluate")
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestTFRegexReplaceIsRegexpsReplaceAll(t *testing.T) {
	t.Parallel()
	tests := []struct{ s, pattern, repl string }{
		{"hello world", "o", "0"},
		{"hello world", `(\w+) (\w+)`, "$2 $1"},
		{"abc", "", "-"},
		{"aaa", "a*", "X"},
		{"a1b22c333", `\d+`, "<${0}>"},
	}
	for _, tc := range tests {
		t.Run(tc.pattern+" in "+tc.s, func(t *testing.T) {
			t.Parallel()
			got, err := tfRegexReplace(tc.s, tc.pattern, tc.repl)
			require.NoError(t, err)
			assert.Equal(t, regexp.MustCompile(tc.pattern).ReplaceAllString(tc.s, tc.repl), got)
		})
	}
}

func TestTheTerraformFixturesLoadWithinTheBounds(t *testing.T) {
	t.Parallel()
	entries, err := os.ReadDir(tfFixtures)
	require.NoError(t, err)
	for _, e := range entries {
		t.Run(e.Name()+" loads", func(t *testing.T) {
			t.Parallel()
			a, err := Load(filepath.Join(tfFixtures, e.Name()), Options{})
			require.NoError(t, err)
			assert.NotEmpty(t, a.Entries)
		})
	}
}

func TestTFTryEvaluatesEachExpressionOnce(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, code, want string }{
		{"try nested 40 deep is evaluated at once", strings.Repeat("try(", 40) + `"x"` + strings.Repeat(`, "y")`, 40), "x"},
		{"the first expression that fails gives way to the next", `try(upper(1, 2), local.missing, "fallback")`, "fallback"},
		{"the first that succeeds wins", `try("first", "second")`, "first"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a, err := loadTerraform(tfConfig(t, map[string]string{"main.tf": tfAction(tc.code)}), Options{})
			require.NoError(t, err)
			require.Len(t, a.Entries, 1)
			assert.Equal(t, tc.want, string(a.Entries[0].Code))
		})
	}
	t.Run("when none succeeds, the error lists why", func(t *testing.T) {
		t.Parallel()
		_, err := loadTerraform(tfConfig(t, map[string]string{"main.tf": tfAction(`try(upper(1, 2), tonumber("x"))`)}), Options{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "no expression succeeded")
		assert.Contains(t, err.Error(), "main.tf:3")
	})
}
