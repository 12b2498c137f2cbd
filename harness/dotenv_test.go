package harness_test

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/harness"
)

func TestASecretsFileMistakeIsPlacedWithoutShowingTheFile(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		data string
		want string
	}{
		{"a quote left open", "apikey=k3y-s3cr3t\nsubaccount=\"s3cr3t-s3cr3t\nmore=x\n", "line 2: a quoted value has no closing quote"},
		{"a name with a dash", "apikey=k3y-s3cr3t\nsub-account=s3cr3t-s3cr3t\n", "line 2: a name holds a character other than"},
		{"a NUL byte", "apikey=k3y-s3cr3t\x00\n", "line 1, column 18: a NUL byte"},
		{"bytes that are not UTF-8", "apikey=k3y-s3cr3t\xff\n", "line 1, column 18: byte 0xff is not UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := harness.ParseSecrets([]byte(tt.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "s3cr3t")
		})
	}
}

// dotenvError is every message ParseSecrets may give: a place and a
// problem, never the file's text.
var dotenvError = regexp.MustCompile(`^is not a dotenv file: (line \d+(, column \d+)?: )?(a NUL byte|byte 0x[0-9a-f]{2} is not UTF-8|a quoted value has no closing quote|a name holds a character other than letters, digits, _ and \.|a line is not KEY=VALUE)(; this is not a text file)?(; write one KEY=VALUE per line)?$`)

func FuzzParseSecrets(f *testing.F) {
	for _, seed := range []string{
		"apikey=abc\nsubaccount=xyz\n", "export A=\"quoted # not a comment\"\n# comment\nB='single'\n",
		"A=\"open\nB=2\n", "bad-name=1\n", "A=1\x00", "A=\xff", "=x\n", "A\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := harness.ParseSecrets(data)
		if err != nil {
			assert.Regexp(t, dotenvError, err.Error())
		}
	})
}
