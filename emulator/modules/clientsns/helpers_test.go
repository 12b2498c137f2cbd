package clientsns_test

import (
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/awscore/snstest"

	"github.com/hookemu/hookemu/emulator/modules/clientsns"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
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

// client is the code of an SNSClient in us-east-1 with the test key pair.
const client = `const client = new sns.SNSClient({region: 'us-east-1', credentials: {accessKeyId: '` + snstest.AccessKey + `', secretAccessKey: '` + snstest.SecretKey + `'}});`
