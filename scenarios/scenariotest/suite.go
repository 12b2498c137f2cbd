// Package scenariotest writes scenario suites for benchmarks and tests of
// the scenario runner and of `hookemu test`, so that both measure the same
// suite.
package scenariotest

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/hookemu/hookemu/hooks"
)

// scenario is one as a team would write it for the 8x8 hook: secrets,
// payload, a strict fake, and the request it must send.
const scenario = `name: enrollment SMS %[1]d
hook: ../8x8.js
timeout: 5s
secrets:
  apikey: test-8x8-key
  subaccount: acme-otp
payload:
  recipient: "+6591%06[1]d"
  context: {message_type: sms}
fake8x8:
  apikey: test-8x8-key
  subaccounts: [acme-otp]
expect:
  outcome: success
  response: {}
  requests:
    - method: POST
      url: https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages
      headers: {Authorization: "Bearer <secret:apikey>"}
      json: {destination: "+6591%06[1]d", encoding: AUTO}
  problems: []
`

// quietHook reads the same secrets as the 8x8 hook and calls back at once:
// a suite of it measures the runner without HTTP.
const quietHook = "module.exports = function (r, t, c, cb) { c.webtask.secrets.apikey; c.webtask.secrets.subaccount; cb(null, {}); };"

// WriteSuite writes n scenario files under dir/scenarios that run the
// documented 8x8 hook (dir/8x8.js), or, without sendsHTTP, a hook that
// sends nothing.
func WriteSuite(dir string, n int, sendsHTTP bool) error {
	src, err := hooks.Source("8x8.js")
	if err != nil {
		return err
	}
	if !sendsHTTP {
		src = []byte(quietHook)
	}
	if err := os.WriteFile(filepath.Join(dir, "8x8.js"), src, 0o644); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, "scenarios"), 0o755); err != nil {
		return err
	}
	for i := range n {
		name := filepath.Join(dir, "scenarios", fmt.Sprintf("sms-%04d.yaml", i))
		if err := os.WriteFile(name, fmt.Appendf(nil, scenario, i), 0o644); err != nil {
			return err
		}
	}
	return nil
}
