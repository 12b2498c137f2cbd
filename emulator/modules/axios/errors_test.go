package axios_test

import (
	"net/http"
	"strconv"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/axios"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected shapes below are what Node printed for the same calls with
// the real packages.
var (
	toJSONKeys0x = []any{"message", "name", "description", "number", "fileName", "lineNumber", "columnNumber", "stack", "config", "code"}
	toJSONKeys   = append(append([]any(nil), toJSONKeys0x...), "status")
)

func TestStatusErrorsHaveEachReleasesShape(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		version, status, name, code string
		keys, jsonKeys              []any
		errStatus, jsonStatus       any
	}{
		{"0.19.2", "401", "Error", "<undefined>", []any{"config", "request", "response", "isAxiosError", "toJSON"}, toJSONKeys0x, "<undefined>", nil},
		{"0.21.4", "500", "Error", "<undefined>", []any{"config", "request", "response", "isAxiosError", "toJSON"}, toJSONKeys0x, "<undefined>", nil},
		{"0.22.0", "404", "Error", "<undefined>", []any{"config", "request", "response", "isAxiosError", "toJSON"}, toJSONKeys, "<undefined>", 404.0},
		{"0.27.2", "401", "AxiosError", "ERR_BAD_REQUEST", []any{"message", "name", "code", "config", "request", "response"}, toJSONKeys, "<undefined>", 401.0},
		{"0.27.2", "503", "AxiosError", "ERR_BAD_RESPONSE", []any{"message", "name", "code", "config", "request", "response"}, toJSONKeys, "<undefined>", 503.0},
		{"1.6.8", "401", "AxiosError", "ERR_BAD_REQUEST", []any{"message", "name", "code", "config", "request", "response"}, toJSONKeys, "<undefined>", 401.0},
		{"1.7.9", "401", "AxiosError", "ERR_BAD_REQUEST", []any{"message", "name", "code", "config", "request", "response", "status"}, toJSONKeys, 401.0, 401.0},
		{"1.13.6", "500", "AxiosError", "ERR_BAD_RESPONSE", []any{"message", "name", "isAxiosError", "code", "config", "request", "response", "status"}, toJSONKeys, 500.0, 500.0},
	} {
		t.Run(tc.version+" "+tc.status, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, tc.version)
			withDescribe(t, env)
			out := settle(t, env, `axios.post('https://api.test/x?status=`+tc.status+`&body=%7B%22code%22%3A1200%7D', {a: 1})`)
			e := out["error"].(map[string]any)
			assert.Equal(t, "Request failed with status code "+tc.status, e["message"])
			assert.Equal(t, tc.name, e["name"])
			assert.Equal(t, tc.name+": Request failed with status code "+tc.status, e["string"])
			assert.Equal(t, tc.code, e["code"])
			assert.Equal(t, tc.errStatus, e["status"])
			assert.Equal(t, tc.keys, e["keys"])
			assert.Equal(t, tc.jsonKeys, e["toJSONKeys"])
			assert.Equal(t, tc.jsonStatus, e["toJSONStatus"])
			assert.Equal(t, true, e["isAxiosError"])
			assert.Equal(t, true, e["isError"])
			assert.Equal(t, "POST", e["requestMethod"])
			assert.Equal(t, map[string]any{"code": 1200.0}, e["response"].(map[string]any)["data"])
			assert.Equal(t, http.StatusText(atoi(tc.status)), e["response"].(map[string]any)["statusText"])
		})
	}
}

func TestValidateStatusDecidesWhatRejects(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, version, call, want string }{
		{"null accepts every status", "0.19.2", `axios.get('https://api.test/x?status=404', {validateStatus: null})`, "ok 404"},
		{"null accepts every status in 1.x", "1.13.6", `axios.get('https://api.test/x?status=500', {validateStatus: null})`, "ok 500"},
		{"a function decides", "1.13.6", `axios.get('https://api.test/x?status=201', {validateStatus: s => s === 418})`, "error Request failed with status code 201"},
		{"an instance's function applies", "0.27.2", `axios.create({validateStatus: s => s < 500}).get('https://api.test/x?status=404')`, "ok 404"},
		{"a 304 rejects by default", "0.19.2", `axios.get('https://api.test/x?status=304')`, "error Request failed with status code 304"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, tc.version)
			v, err := env.Await(tc.call + `.then(r => 'ok ' + r.status, e => 'error ' + e.message)`)
			require.NoError(t, err)
			assert.Equal(t, tc.want, v.String())
		})
	}
}

func TestTimeoutsRejectAsTheReleaseDid(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, version, config, message, code, errName string
	}{
		{"0.19 aborts with ECONNABORTED", "0.19.2", `{timeout: 50}`, "timeout of 50ms exceeded", "ECONNABORTED", "Error"},
		{"0.19 ignores transitional", "0.19.2", `{timeout: 50, transitional: {clarifyTimeoutError: true}}`, "timeout of 50ms exceeded", "ECONNABORTED", "Error"},
		{"0.21.4 clarifies when asked", "0.21.4", `{timeout: 50, transitional: {clarifyTimeoutError: true}}`, "timeout of 50ms exceeded", "ETIMEDOUT", "Error"},
		{"0.21.4 parses a string timeout", "0.21.4", `{timeout: '50'}`, "timeout of 50ms exceeded", "ECONNABORTED", "Error"},
		{"0.27 ignores timeoutErrorMessage", "0.27.2", `{timeout: 50, timeoutErrorMessage: 'too slow'}`, "timeout of 50ms exceeded", "ECONNABORTED", "AxiosError"},
		{"0.26 honours timeoutErrorMessage", "0.26.1", `{timeout: 50, timeoutErrorMessage: 'too slow'}`, "too slow", "ECONNABORTED", "Error"},
		{"1.x honours timeoutErrorMessage", "1.13.6", `{timeout: 50, timeoutErrorMessage: 'too slow'}`, "too slow", "ECONNABORTED", "AxiosError"},
		{"1.x clarifies when asked", "1.7.9", `{timeout: 50, transitional: {clarifyTimeoutError: true}}`, "timeout of 50ms exceeded", "ETIMEDOUT", "AxiosError"},
		{"an instance timeout applies", "1.13.6", `{}`, "timeout of 40ms exceeded", "ECONNABORTED", "AxiosError"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, _, base := newLoopbackEnv(t, tc.version)
			withDescribe(t, env)
			out := settle(t, env, `axios.create({timeout: 40}).get('`+base+`/x?delay=300000', `+tc.config+`)`)
			e := out["error"].(map[string]any)
			assert.Equal(t, tc.message, e["message"])
			assert.Equal(t, tc.code, e["code"])
			assert.Equal(t, tc.errName, e["name"])
			assert.Equal(t, true, e["isAxiosError"])
			assert.Nil(t, e["response"])
		})
	}
}

func TestAStringTimeoutFailsAsNodeDidBefore0212(t *testing.T) {
	t.Parallel()
	env, srv, base := newLoopbackEnv(t, "0.19.2")
	withDescribe(t, env)
	out := settle(t, env, `axios.get('`+base+`/x', {timeout: '50'})`)
	e := out["error"].(map[string]any)
	assert.Equal(t, "ERR_INVALID_ARG_TYPE", e["code"])
	assert.Equal(t, `TypeError [ERR_INVALID_ARG_TYPE]: The "msecs" argument must be of type number. Received type string ('50')`, e["string"])
	assert.Empty(t, srv.Requests())
}

func TestNetworkFailuresCarryTheNodeError(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		version string
		keys    []any
		name    string
	}{
		{"0.19.2", []any{"errno", "code", "syscall", "hostname", "config", "request", "response", "isAxiosError", "toJSON"}, "Error"},
		{"0.27.2", []any{"hostname", "syscall", "code", "errno", "message", "stack", "name", "config", "request"}, "Error"},
		{"1.7.9", []any{"hostname", "syscall", "code", "errno", "message", "name", "config", "request", "cause"}, "Error"},
		{"1.13.6", []any{"message", "name", "isAxiosError", "code", "config", "request", "cause"}, "Error"},
	} {
		t.Run(tc.version, func(t *testing.T) {
			t.Parallel()
			env := modtest.New(t, modtest.NoDNS)
			env.Require(t, axios.Module(), tc.version, "axios")
			withDescribe(t, env)
			out := settle(t, env, `axios.get('https://sms.8x8.test/x')`)
			e := out["error"].(map[string]any)
			assert.Equal(t, "getaddrinfo ENOTFOUND sms.8x8.test", e["message"])
			assert.Equal(t, "ENOTFOUND", e["code"])
			assert.Equal(t, tc.name, e["name"])
			assert.Equal(t, "Error: getaddrinfo ENOTFOUND sms.8x8.test", e["string"])
			assert.Equal(t, tc.keys, e["keys"])
			assert.Equal(t, true, e["isAxiosError"])
			assert.Nil(t, e["response"])
			if tc.version != "1.13.6" {
				assert.Equal(t, -3008.0, e["errno"])
				assert.Equal(t, "getaddrinfo", e["syscall"])
				assert.Equal(t, "sms.8x8.test", e["hostname"])
			}
		})
	}
}

func TestARefusedConnectionIsECONNREFUSED(t *testing.T) {
	t.Parallel()
	env, _, _ := newLoopbackEnv(t, "0.21.4")
	withDescribe(t, env)
	out := settle(t, env, `axios.post('http://127.0.0.1:1/x', {a: 1})`)
	e := out["error"].(map[string]any)
	assert.Equal(t, "connect ECONNREFUSED 127.0.0.1:1", e["message"])
	assert.Equal(t, "ECONNREFUSED", e["code"])
	assert.Equal(t, true, e["hasResponseKey"])
	assert.Equal(t, []any{"errno", "code", "syscall", "address", "port", "config", "request", "response", "isAxiosError", "toJSON"}, e["keys"])
}

func TestIsAxiosErrorAndAxiosError(t *testing.T) {
	t.Parallel()
	env, _ := newEnv(t, "1.13.6")
	out := settle(t, env, `axios.get('https://api.test/x?status=400').then(null, e => [
		axios.isAxiosError(e), axios.isAxiosError(new Error('x')), e instanceof axios.AxiosError, e instanceof Error,
		axios.AxiosError.ERR_BAD_REQUEST, JSON.parse(JSON.stringify(e)).status])`)
	assert.Equal(t, []any{true, false, true, true, "ERR_BAD_REQUEST", 400.0}, out["ok"])

	env, _ = newEnv(t, "0.21.4")
	out = settle(t, env, `axios.get('https://api.test/x?status=400').then(null, e => [axios.isAxiosError(e), JSON.parse(JSON.stringify(e)).name])`)
	assert.Equal(t, []any{true, "Error"}, out["ok"])
}

func TestStrictJSONParsingRejectsBadJSON(t *testing.T) {
	t.Parallel()
	for version, code := range map[string]string{"0.21.4": "E_JSON_PARSE", "1.13.6": "ERR_BAD_RESPONSE"} {
		env, _ := newEnv(t, version)
		withDescribe(t, env)
		out := settle(t, env, `axios.get('https://api.test/t?body=nope', {responseType: 'json', transitional: {silentJSONParsing: false}})`)
		e := out["error"].(map[string]any)
		assert.Equal(t, code, e["code"], version)
		assert.Equal(t, "SyntaxError", e["name"], version)
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
