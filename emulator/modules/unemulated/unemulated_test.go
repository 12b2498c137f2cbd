package unemulated_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/unemulated"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newEnv binds each module to a global named after it (fs/promises as
// fs_promises).
func newEnv(t *testing.T) *modtest.Env {
	t.Helper()
	env := modtest.New(t, nil)
	for _, m := range unemulated.Modules() {
		env.Require(t, m, "", globalName(m))
	}
	_, err := env.RT.RunString(`globalThis.caught = (f) => { try { const r = f(); return r && typeof r.then === 'function' ? r.then(() => 'resolved', (e) => ['rejected', e.code, e.message]) : 'returned'; } catch (e) { return ['threw', e.code, e.message]; } };`)
	require.NoError(t, err)
	return env
}

func globalName(m modules.Module) string {
	b := []byte(m.Name)
	for i, c := range b {
		if c == '/' {
			b[i] = '_'
		}
	}
	return string(b)
}

func TestUsingWhatIsNotEmulatedFailsSayingWhatToDo(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"a net connection", `caught(() => net.connect(443, 'api.example.com'))`,
			`["threw","ERR_HOOKEMU_UNSUPPORTED","net.connect() is not emulated by hookemu: a send-phone-message run reaches providers over HTTP only: use https (or http) or the provider's SDK, which go to hookemu's fakes and stubs"]`},
		{"a new socket", `caught(() => new net.Socket())`,
			`["threw","ERR_HOOKEMU_UNSUPPORTED","new net.Socket() is not emulated by hookemu: a send-phone-message run reaches providers over HTTP only: use https (or http) or the provider's SDK, which go to hookemu's fakes and stubs"]`},
		{"a tls connection", `caught(() => tls.connect({host: 'x'}))[2].startsWith('tls.connect() is not emulated by hookemu: a send-phone-message run')`, `true`},
		{"an http2 session, which axios 1.x opens only for httpVersion 2", `caught(() => http2.connect('https://api.example.com'))`,
			`["threw","ERR_HOOKEMU_UNSUPPORTED","http2.connect() is not emulated by hookemu: hookemu's runs speak HTTP/1.1: use https (axios: leave httpVersion at 1), which goes to hookemu's fakes and stubs"]`},
		{"a dns lookup", `caught(() => dns.lookup('example.com', () => {}))`,
			`["threw","ERR_HOOKEMU_UNSUPPORTED","dns.lookup() is not emulated by hookemu: hosts are resolved by the run's routing: call them with https (or http) or the provider's SDK; a fake, a stub or --allow-host decides where the request goes"]`},
		{"reading a file", `caught(() => fs.readFileSync('/etc/passwd'))`,
			`["threw","ERR_HOOKEMU_UNSUPPORTED","fs.readFileSync() is not emulated by hookemu: Auth0 gives send-phone-message code no files to rely on: keep configuration in secrets (event.secrets, context.webtask.secrets) and data in the code"]`},
		{"starting a process", `caught(() => child_process.execSync('ls'))[2].startsWith('child_process.execSync() is not emulated by hookemu: Auth0 does not let')`, `true`},
		{"starting a worker", `caught(() => new worker_threads.Worker('x.js'))[2].startsWith('new worker_threads.Worker() is not emulated by hookemu: a send-phone-message run has a single thread')`, `true`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.JSON(t, tt.src))
		})
	}
}

func TestPromiseModulesRejectRatherThanThrow(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"fs/promises readFile", `caught(() => fs_promises.readFile('a'))`, `["rejected","ERR_HOOKEMU_UNSUPPORTED","fs.promises.readFile() is not emulated by hookemu: Auth0 gives send-phone-message code no files to rely on: keep configuration in secrets (event.secrets, context.webtask.secrets) and data in the code"]`},
		{"dns/promises lookup", `caught(() => dns.promises.lookup('a')).then((r) => r.slice(0, 2))`, `["rejected","ERR_HOOKEMU_UNSUPPORTED"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.AwaitJSON(t, tt.src))
		})
	}
}

// The expected values are Node 20's.
func TestWhatPackagesReadAtLoadTimeIsThere(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"fs constants", `[fs.constants.O_RDONLY, fs.constants.O_CREAT, fs.constants.S_IFMT, fs.constants.COPYFILE_EXCL, fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, Object.keys(fs.constants).length]`, `[0,64,61440,1,0,4,2,1,58]`},
		{"the promises namespaces are the modules", `[fs.promises === fs_promises, dns.promises === dns_promises, fs_promises.constants === fs.constants]`, `[true,true,true]`},
		{"dns codes and flags", `[dns.NOTFOUND, dns.EOF, dns.CANCELLED, dns.ADDRCONFIG, dns.V4MAPPED, dns_promises.NOTFOUND, dns.getServers(), dns.getDefaultResultOrder()]`, `["ENOTFOUND","EOF","ECANCELLED",32,8,"ENOTFOUND",[],"verbatim"]`},
		{"tls defaults", `[tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE, tls.getCiphers().length, tls.getCiphers()[0], Array.isArray(tls.rootCertificates)]`, `["TLSv1.2","TLSv1.3","auto",62,"aes128-gcm-sha256",true]`},
		{"http2 constants, which got and superagent read when they load", `[http2.constants.HTTP2_HEADER_PATH, http2.constants.HTTP2_METHOD_CONNECT, http2.constants.NGHTTP2_CANCEL, http2.constants.HTTP_STATUS_OK, Object.keys(http2.constants).length, typeof http2.sensitiveHeaders]`, `[":path","CONNECT",8,200,240,"symbol"]`},
		{"worker_threads says this is the main thread", `[worker_threads.isMainThread, worker_threads.parentPort, worker_threads.threadId, typeof worker_threads.SHARE_ENV]`, `[true,null,0,"symbol"]`},
		{"classes serve instanceof", `[({}) instanceof net.Socket, typeof tls.TLSSocket, fs.Stats.name]`, `[false,"function","Stats"]`},
		{"functions carry their names", `[fs.readFile.name, dns.lookup.name, child_process.spawn.name]`, `["readFile","lookup","spawn"]`},
		{"isIP reads addresses as Node does", `['1.2.3.4', '01.2.3.4', '1.2.3', '::1', 'fe80::1%eth0', '::ffff:1.2.3.4', '256.1.1.1', '1.2.3.4 ', '', 'x', '1:2:3:4:5:6:7:8', '::ffff:01.2.3.4', '0x1.1.1.1'].map(net.isIP)`, `[4,0,0,6,6,6,0,0,0,0,6,0,0]`},
		{"isIPv4 and isIPv6", `[net.isIPv4('1.2.3.4'), net.isIPv4('::1'), net.isIPv6('::1'), net.isIPv6('1.2.3.4'), net.isIP(undefined)]`, `[true,false,true,false,0]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.JSON(t, tt.src))
		})
	}
}
