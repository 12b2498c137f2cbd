package unemulated

// spec is one Node module that hookemu has only as far as packages touch
// it at load time: its functions and classes fail with hint when used,
// its constants are there.
type spec struct {
	name string
	// hint tells the user what to do instead.
	hint string
	// funcs throw when called (reject, for a promises module); classes
	// throw when constructed but still serve instanceof.
	funcs, classes []string
	// promises says the functions reject instead of throwing.
	promises bool
}

const (
	netHint     = "a send-phone-message run reaches providers over HTTP only: use https (or http) or the provider's SDK, which go to hookemu's fakes and stubs"
	dnsHint     = "hosts are resolved by the run's routing: call them with https (or http) or the provider's SDK; a fake, a stub or --allow-host decides where the request goes"
	fsHint      = "Auth0 gives send-phone-message code no files to rely on: keep configuration in secrets (event.secrets, context.webtask.secrets) and data in the code"
	processHint = "Auth0 does not let send-phone-message code start processes: do the work in the code itself, or over https"
	threadHint  = "a send-phone-message run has a single thread: do the work in the code itself"
	http2Hint   = "hookemu's runs speak HTTP/1.1: use https (axios: leave httpVersion at 1), which goes to hookemu's fakes and stubs"
)

var dnsFuncs = []string{"lookup", "lookupService", "setServers", "resolve", "resolve4", "resolve6", "resolveAny", "resolveCaa", "resolveCname", "resolveMx", "resolveNaptr", "resolveNs", "resolvePtr", "resolveSoa", "resolveSrv", "resolveTxt", "reverse"}

var specs = []spec{
	{name: "net", hint: netHint,
		funcs:   []string{"connect", "createConnection", "createServer"},
		classes: []string{"BlockList", "SocketAddress", "Server", "Socket", "Stream"}},
	{name: "tls", hint: netHint,
		funcs:   []string{"convertALPNProtocols", "checkServerIdentity", "createSecureContext", "createServer", "connect", "createSecurePair"},
		classes: []string{"SecureContext", "TLSSocket", "Server"}},
	{name: "http2", hint: http2Hint,
		funcs:   []string{"connect", "createServer", "createSecureServer", "getDefaultSettings", "getPackedSettings", "getUnpackedSettings", "performServerHandshake"},
		classes: []string{"Http2ServerRequest", "Http2ServerResponse"}},
	{name: "dns", hint: dnsHint, funcs: dnsFuncs, classes: []string{"Resolver"}},
	{name: "dns/promises", hint: dnsHint, funcs: dnsFuncs, classes: []string{"Resolver"}, promises: true},
	{name: "fs", hint: fsHint,
		funcs: []string{"appendFile", "appendFileSync", "access", "accessSync", "chown", "chownSync", "chmod", "chmodSync", "close", "closeSync",
			"copyFile", "copyFileSync", "cp", "cpSync", "createReadStream", "createWriteStream", "exists", "existsSync", "fchown", "fchownSync",
			"fchmod", "fchmodSync", "fdatasync", "fdatasyncSync", "fstat", "fstatSync", "fsync", "fsyncSync", "ftruncate", "ftruncateSync",
			"futimes", "futimesSync", "lchown", "lchownSync", "link", "linkSync", "lstat", "lstatSync", "lutimes", "lutimesSync", "mkdir",
			"mkdirSync", "mkdtemp", "mkdtempSync", "open", "openSync", "openAsBlob", "readdir", "readdirSync", "read", "readSync", "readv",
			"readvSync", "readFile", "readFileSync", "readlink", "readlinkSync", "realpath", "realpathSync", "rename", "renameSync", "rm",
			"rmSync", "rmdir", "rmdirSync", "stat", "statfs", "statSync", "statfsSync", "symlink", "symlinkSync", "truncate", "truncateSync",
			"unwatchFile", "unlink", "unlinkSync", "utimes", "utimesSync", "watch", "watchFile", "writeFile", "writeFileSync", "write",
			"writeSync", "writev", "writevSync", "opendir", "opendirSync"},
		classes: []string{"Dirent", "Stats", "ReadStream", "WriteStream", "FileReadStream", "FileWriteStream", "Dir"}},
	{name: "fs/promises", hint: fsHint, promises: true,
		funcs: []string{"access", "copyFile", "cp", "open", "opendir", "rename", "truncate", "rm", "rmdir", "mkdir", "readdir", "readlink",
			"symlink", "lstat", "stat", "statfs", "link", "unlink", "chmod", "lchmod", "lchown", "chown", "utimes", "lutimes", "realpath",
			"mkdtemp", "writeFile", "appendFile", "readFile", "watch"}},
	{name: "child_process", hint: processHint,
		funcs:   []string{"exec", "execFile", "execFileSync", "execSync", "fork", "spawn", "spawnSync"},
		classes: []string{"ChildProcess"}},
	{name: "worker_threads", hint: threadHint,
		funcs:   []string{"moveMessagePortToContext", "receiveMessageOnPort", "postMessageToThread", "setEnvironmentData"},
		classes: []string{"MessagePort", "MessageChannel", "Worker", "BroadcastChannel"}},
}
