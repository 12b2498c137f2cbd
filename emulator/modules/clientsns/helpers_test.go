package clientsns_test

import (
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/awscore/snstest"

	"github.com/hookemu/hookemu/emulator/modules/clientsns"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/require"
)

// newEnv requires @aws-sdk/client-sns (an Action's) as the global sns,
// with HTTP going to h and process.env holding vars.
func newEnv(t testing.TB, vars map[string]string, h http.Handler) *modtest.Env {
	t.Helper()
	env := modtest.New(t, modtest.HandlerTransport(h))
	env.SetAction(true)
	for k, v := range vars {
		env.Setenv(k, v)
	}
	env.Require(t, clientsns.Module(), "", "sns")
	return env
}

// run evaluates an async function body and returns JSON.stringify of what
// it returns.
func run(t testing.TB, env *modtest.Env, body string) string {
	t.Helper()
	v, err := env.Await("(async () => { const __r = await (async () => {" + body + "})(); return JSON.stringify(__r === undefined ? null : __r); })()")
	require.NoError(t, err)
	return v.String()
}

// client is the code of an SNSClient in us-east-1 with the test key pair.
const client = `const client = new sns.SNSClient({region: 'us-east-1', credentials: {accessKeyId: '` + snstest.AccessKey + `', secretAccessKey: '` + snstest.SecretKey + `'}});`
