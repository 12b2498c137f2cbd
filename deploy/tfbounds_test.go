package deploy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadTerraformBoundsWhatWouldExhaustTheStack(t *testing.T) {
	t.Parallel()
	// Far past the bounds, yet small enough to lex quickly under -race; a
	// million levels crash an unbounded reader, as the bounds' doc says.
	deep := strings.Repeat("[", 20_000) + strings.Repeat("]", 20_000)
	chain := strings.Repeat("1+", 30_000) + "1"
	tests := []struct {
		name  string
		files map[string]string
		opts  Options
		want  string
	}{
		{
			name:  "brackets nested very deep",
			files: map[string]string{"main.tf": "locals {\n  x = " + deep + "\n}\n"},
			want:  "nests more than 100 levels deep",
		},
		{
			name:  "a chain of 30000 operators",
			files: map[string]string{"main.tf": "locals {\n  x = " + chain + "\n}\n"},
			want:  "more than 20000 operators",
		},
		{
			name:  "unary operators very deep",
			files: map[string]string{"main.tf": "locals {\n  x = " + strings.Repeat("!", 30_000) + "true\n}\n"},
			want:  "more than 20000 operators",
		},
		{
			name:  "JSON nested very deep",
			files: map[string]string{"main.tf.json": `{"locals": {"x": ` + deep + `}}`},
			want:  "nests more than 100 levels deep",
		},
		{
			name:  "a template in a JSON string nested very deep",
			files: map[string]string{"main.tf.json": `{"locals": {"x": "${` + deep + `}"}}`},
			want:  "a template string",
		},
		{
			name:  "a tfvars file nested very deep",
			files: map[string]string{"main.tf": "variable \"x\" {}\n", "terraform.tfvars": "x = " + deep + "\n"},
			want:  "terraform.tfvars:1: the configuration nests",
		},
		{
			name:  "a --var of a list type nested very deep",
			files: map[string]string{"main.tf": "variable \"x\" {\n  type = list(any)\n}\n"},
			opts:  Options{Vars: map[string]string{"x": deep}},
			want:  "nests more than 100 levels deep",
		},
		{
			name:  "a templatefile nested very deep",
			files: map[string]string{"main.tf": tfAction(`templatefile("t.tpl", {})`), "t.tpl": "${" + deep + "}"},
			want:  "nests more than 100 levels deep",
		},
		{
			name:  "jsondecode of JSON nested very deep",
			files: map[string]string{"main.tf": tfAction(`jsonencode(jsondecode(file("x.json")))`), "x.json": deep},
			want:  "nests more than 10000 levels deep",
		},
	}
	tests = append(tests, []struct {
		name  string
		files map[string]string
		opts  Options
		want  string
	}{
		{name: "a format width of a billion", files: map[string]string{"main.tf": tfAction(`format("%1000000000d", 1)`)}, want: "width over 10000"},
		{name: "a formatlist precision of a billion", files: map[string]string{"main.tf": tfAction(`join("", formatlist("%.1000000000f", [1]))`)}, want: "width over 10000"},
		{name: "indent by a billion spaces", files: map[string]string{"main.tf": tfAction(`indent(1000000000, "ab")`)}, want: "more than 10000 spaces"},
		{name: "a range of more than 1024 numbers", files: map[string]string{"main.tf": tfAction(`join("", range(1000000000))`)}, want: "more than 1024 values"},
	}...)
	for _, tc := range tests {
		t.Run(tc.name+" is refused", func(t *testing.T) {
			t.Parallel()
			_, err := loadTerraform(tfConfig(t, tc.files), tc.opts)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestLoadTerraformEvaluatesWhatStaysWithinTheBounds(t *testing.T) {
	t.Parallel()
	nested := strings.Repeat("[", 97) + `"x"` + strings.Repeat("]", 97)
	chain := strings.Repeat("1+", 19_000) + "1"
	dir := tfConfig(t, map[string]string{"main.tf": "locals {\n  n = " + nested + "\n  sum = " + chain + "\n}\n" +
		tfAction(`"${flatten(local.n)[0]}${local.sum}"`)})
	a, err := loadTerraform(dir, Options{})
	require.NoError(t, err)
	assert.Equal(t, "x19001", string(a.Entries[0].Code))
	_, err = os.Stat(filepath.Join(dir, "main.tf"))
	require.NoError(t, err)
}
