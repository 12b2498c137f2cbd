// Package fidelity proves that hookemu's shims behave like the real npm
// packages: every case runs twice, once in hookemu and once in Node 20 with
// the real package, against the same fakes on loopback, and the two must
// agree. It has no API; it is its test:
//
//	go test ./fidelity/                       # every case
//	go test -v -run TestFidelity ./fidelity/  # with the summary and the allowed differences
//	go test -run 'TestFidelity/case/axios/get.js@0.21.4' ./fidelity/
//	FIDELITY_DUMP=/tmp/d go test ./fidelity/  # both sides of every case, as JSON files
//
// The test needs node (20) and npm on PATH and fails, saying how to install
// them, where they are missing. It installs node/package-lock.json with
// npm ci into the user's cache directory (hookemu-fidelity/<hash of the
// lock file>), once; the repository never holds node_modules.
//
// # What is compared
//
// For each case: the requests the fakes received (method, Host, path,
// query, body bytes and every header but Connection and Keep-Alive, which
// the HTTP stack and not the library decides; Content-Length only with a
// body) and what the code observed: the outcome (success, error,
// exception, timeout), the JSON it passed to cb or returned, and the name,
// message, code and status of the error it failed with. Twilio's random
// SIDs are replaced by their order of appearance; the fakes' clocks and
// ids are seeded alike on both sides. AWS's Signature V4 depends on the second each side
// signed in: X-Amz-Date, and the date and signature in an AWS4-HMAC-SHA256
// Authorization, are compared as placeholders (the fake SNS verified each
// signature, and a wrong one changes the outcome), and the random
// Amz-Sdk-Invocation-Id by its order of appearance. Requests are compared as a set, since concurrent
// ones may arrive in either order.
//
// A difference fails the test unless allow.json lists it: one entry per
// case and field, with the reason,
//
//	{"case": "axios/get.js@0.21.4", "field": "requests.header.User-Agent", "reason": "..."}
//
// Fields are outcome, error.name, error.message, error.code, error.status,
// response (or a path below it: response.data.umid, response.keys[2]),
// requests.count, requests.method, requests.host, requests.path,
// requests.query, requests.body and requests.header.<Canonical-Name>. An
// entry no difference needs fails the test too: delete it once fixed. An
// entry with "sometimes": true is for a difference that depends on timing,
// and is not stale when a run happens not to show it.
//
// # Adding a case
//
// Write a file under cases/ (cases/axios/interceptors-order.js) that
// exercises one behaviour and reports what the code saw through the
// callback, as a hook does:
//
//	// What a 404 looks like to axios.
//	// fidelity: {"matrix": "axios"}
//	module.exports = function (recipient, text, context, cb) {
//	  const axios = require('axios@{version}');
//	  axios.get('https://fidelity.test/status/404')
//	    .then((r) => cb(null, { status: r.status }))
//	    .catch((e) => cb(null, { message: e.message, status: e.response.status }));
//	};
//
// or as an Action (exports.onExecuteSendPhoneMessage = async (event, api)
// => observation), which is the only place the fetch globals exist.
// Report with cb(null, observation) rather than cb(err) where you can: the
// observation can hold every field you want compared.
//
// The optional "// fidelity: {...}" line configures the case:
//
//	matrix    a module of node/package.json ("axios", "twilio"): the case runs
//	          once per pinned version, {version} in the source replaced by it,
//	          under the id file@version
//	versions  narrows the matrix: ["0.19.2", "1.13.6"]
//	secrets   laid over the default secrets (apikey, subaccount, the TWILIO_*,
//	          TELESIGN_* and AWS_* ones and BASE_URL https://fidelity.test);
//	          null removes one
//	payload   merged over the Auth0 runner's example payload ({recipient,
//	          text, context})
//	fakeNAME  a registered provider's Config as JSON (fake8x8, faketwilio,
//	          fakesns, fakeauth0, ...: faults, numbers, services, the
//	          tenant's domain, clients and users ...), unknown keys
//	          refused; a fault's delay is in nanoseconds
//	timeout   the time limit on both sides ("30s" unless set)
//	fresh     true when the case changes a module's global state
//	          (axios.defaults): Node then loads its own copies of the packages
//	real      true to run the installed packages in hookemu too, in place
//	          of its shims (--prefer-node-modules '*'): the real twilio or
//	          node-fetch on hookemu's http, https, stream and zlib
//
// Requests to any registered provider's hosts (`hookemu help providers`:
// sms.8x8.com and the other 8x8 regions, api.twilio.com,
// verify.twilio.com, rest-ww.telesign.com, *.auth0.com, *.api.infobip.com,
// sns.REGION.amazonaws.com, a fake SNS that verifies each side's
// signature by the real clock, ...) and fidelity.test reach the fakes; endpoints_test.go
// lists what fidelity.test answers (echo, status codes, slow answers,
// redirects, odd bodies). Any other host is real: http://127.0.0.1:1
// refuses the connection on both sides.
//
// require('axios@0.21.4') gets that exact release in both runtimes; a bare
// require('axios') gets the version hookemu gives a Hook (or an Action)
// that names none, which must then be pinned in node/package.json too. To
// pin another release, add "axios-1.2.3": "npm:axios@1.2.3" to
// node/package.json and run npm install --package-lock-only there. A
// package hookemu does not build in is pinned the same way and required
// with its version (require('lodash@4.17.21'), require('moment@2.30.1/locale/fr')):
// hookemu loads the real package from the install's node_modules, finding
// the alias folder lodash-4.17.21 as runner.js does.
//
// The hooks of hooks/ run as cases too (hooks/8x8.js, with variants in
// hookVariants), and so do the examples of examples/ (exampleVariants),
// their bare requires pinned to the versions their package.json names.
// Cases live in one folder per subject: axios, twilio, auth0,
// request, node-fetch, fetch (the globals, in Actions), builtins
// (querystring, Buffer, URL, util, crypto), actions (what an Action gets
// with bare requires), packages (real pure-JS packages from node_modules),
// http (Node's http and https, raw and under real HTTP client packages)
// and runtime (throws, storage: the emulator itself).
//
// # How the two sides run
//
// The Go test starts one loopback server in front of the fakes (world_test.go)
// and gives every run of every case its own fresh fakes, built from the
// registry (package providers) with one seed: the same ids and a fixed
// clock on both sides, and a new provider's cases need nothing more. hookemu runs each case through the emulator with a
// transport that sends provider requests there (hookemu_test.go); Node runs
// all cases in one process (node/runner.js), which patches http.request,
// https.request and undici's global dispatcher to do the same, and keeps
// each case's requests apart with AsyncLocalStorage. Both sides wait for
// work left running after the callback for graceAfterCallback.
package fidelity
