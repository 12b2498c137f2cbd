package scenarios_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/scenarios"
)

func testEmulator() *emulator.Emulator {
	return emulator.New(emulator.Config{Modules: append(emulator.Builtins(), modtest.RawHTTP()), Grace: 200 * time.Millisecond})
}

// send8x8 is the 8x8 guide's hook, with rawhttp instead of axios.
const send8x8 = `module.exports = function (recipient, text, context, cb) {
  var s = context.webtask.secrets;
  console.log('sending to ' + recipient);
  require('rawhttp').send({method: 'POST', url: 'https://sms.8x8.com/api/v1/subaccounts/' + s.subaccount + '/messages',
    headers: {Authorization: 'Bearer ' + s.apikey, 'Content-Type': 'application/json'},
    body: JSON.stringify({encoding: 'AUTO', destination: recipient, text: text})})
  .then(function (r) {
    if (r.status === 200) { console.log('sent'); cb(null, {}); }
    else { cb(new Error('Request failed with status code ' + r.status)); }
  }, function (e) { cb(e); });
};
`

// writeFiles lays files (name -> content) out in a new folder.
func writeFiles(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	return dir
}

// runText loads paths and runs them with r, reporting as text.
func runText(t *testing.T, r *scenarios.Runner, paths ...string) (scenarios.Summary, string) {
	t.Helper()
	suite, err := scenarios.Loader{ForUpdate: r.Update}.Load(paths...)
	require.NoError(t, err)
	var out bytes.Buffer
	if r.Emulator == nil {
		r.Emulator = testEmulator()
	}
	r.Reporters = append(r.Reporters, scenarios.NewTextReporter(&out))
	sum, err := r.Run(context.Background(), suite)
	require.NoError(t, err)
	return sum, out.String()
}
