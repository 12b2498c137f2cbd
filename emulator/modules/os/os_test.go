package os_test

import (
	"encoding/json"
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	nodeos "github.com/hookemu/hookemu/emulator/modules/os"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newEnv(t *testing.T) *modtest.Env {
	t.Helper()
	env := modtest.New(t, nil)
	env.Require(t, nodeos.Module(), "", "os")
	return env
}

// The expected results are what Node 20 gives for the same code on a
// host patched to report the fake host's facts (its name, release, CPUs,
// memory): the shapes, orders, constants and errors are Node's own.
func TestOSDescribesTheFakeHostAsNode20Would(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"the exports in Node's order", `Object.keys(os)`, `["arch","availableParallelism","cpus","endianness","freemem","getPriority","homedir","hostname","loadavg","networkInterfaces","platform","release","setPriority","tmpdir","totalmem","type","userInfo","uptime","version","machine","constants","EOL","devNull"]`},
		{"the fake host", `[os.platform(), os.type(), os.arch(), os.machine(), os.release(), os.hostname(), os.EOL, os.devNull, os.endianness(), os.tmpdir(), os.homedir()]`, `["linux","Linux","x64","x86_64","5.10.0","hookemu","\n","/dev/null","LE","/tmp","/home/node"]`},
		{"cpus lists two processors", `[os.cpus().length, os.availableParallelism(), Object.keys(os.cpus()[0]), Object.keys(os.cpus()[0].times)]`, `[2,2,["model","speed","times"],["user","nice","sys","idle","irq"]]`},
		{"memory and load", `[os.totalmem(), os.freemem(), os.loadavg(), typeof os.uptime(), os.freemem() < os.totalmem()]`, `[2147483648,1073741824,[0,0,0],"number",true]`},
		{"userInfo has Node's shape", `[Object.keys(os.userInfo()), Object.getPrototypeOf(os.userInfo())]`, `[["uid","gid","username","homedir","shell"],null]`},
		{"networkInterfaces has loopback", `os.networkInterfaces().lo`, `[{"address":"127.0.0.1","netmask":"255.0.0.0","family":"IPv4","mac":"00:00:00:00:00:00","internal":true,"cidr":"127.0.0.1/8"},{"address":"::1","netmask":"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff","family":"IPv6","mac":"00:00:00:00:00:00","internal":true,"cidr":"::1/128","scopeid":0}]`},
		{"constants are Linux's", `[os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.errno.ECONNRESET, os.constants.priority.PRIORITY_HIGH, os.constants.UV_UDP_REUSEADDR, Object.keys(os.constants), Object.getPrototypeOf(os.constants.signals), Object.keys(os.constants.signals).slice(0, 5)]`, `[2,15,2,104,-14,4,["UV_UDP_REUSEADDR","dlopen","errno","signals","priority"],null,["SIGHUP","SIGINT","SIGQUIT","SIGILL","SIGTRAP"]]`},
		{"priorities", `(() => { const r = [os.getPriority(), os.setPriority(0, 5)]; for (const f of [() => os.setPriority(0, 100), () => os.getPriority('a')]) { try { f(); } catch (e) { r.push([e.name, e.code, e.message]); } } return r; })()`, `[0,null,["RangeError","ERR_OUT_OF_RANGE","The value of \"priority\" is out of range. It must be >= -20 && <= 19. Received 100"],["TypeError","ERR_INVALID_ARG_TYPE","The \"pid\" argument must be of type number. Received type string ('a')"]]`},
		{"functions carry their names", `[os.userInfo.name, os.networkInterfaces.name, typeof os.version()]`, `["userInfo","networkInterfaces","string"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.AwaitJSON(t, tt.src))
		})
	}
}

func TestTheFakeHostIsTheOneTheConstantsDocument(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	want, err := json.Marshal([]any{nodeos.Platform, nodeos.Release, nodeos.Hostname, nodeos.TotalMem, nodeos.CPUs})
	require.NoError(t, err)
	assert.Equal(t, string(want), env.JSON(t, "[os.platform(), os.release(), os.hostname(), os.totalmem(), os.cpus().length]"))
}
