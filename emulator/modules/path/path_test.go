package path_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/emulator/modules/path"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeProcess is the emulated process as far as path reads it: its
// working directory is /data, as in a run.
var fakeProcess = modules.Module{Name: "process", Load: func(h modules.Host, _ string) (goja.Value, error) {
	return h.Runtime().RunString(`({cwd: function () { return '/data'; }})`)
}}

func newEnv(t *testing.T) *modtest.Env {
	t.Helper()
	env := modtest.New(t, nil)
	env.Provide(fakeProcess)
	env.Require(t, path.Module(), "", "path")
	return env
}

// The expected results are what Node 20 gives for the same code, with
// /data as its working directory.
func TestPathBehavesAsNode20sPosixPath(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"join drops empty parts and normalizes", `path.join('/foo', 'bar', 'baz/asdf', 'quux', '..')`, `"/foo/bar/baz/asdf"`},
		{"join of nothing is a dot", `[path.join(), path.join(''), path.join('', '')]`, `[".",".","."]`},
		{"join keeps a trailing slash", `path.join('a', 'b/')`, `"a/b/"`},
		{"join goes above a relative start", `path.join('..', 'a', '../../b')`, `"../../b"`},
		{"resolve stops at the last absolute path", `path.resolve('/foo/bar', './baz')`, `"/foo/bar/baz"`},
		{"resolve of an absolute second path", `path.resolve('/foo/bar', '/tmp/file/')`, `"/tmp/file"`},
		{"resolve from the working directory", `path.resolve('a', '../b')`, `"/data/b"`},
		{"resolve of nothing is the working directory", `path.resolve()`, `"/data"`},
		{"resolve cannot go above the root", `path.resolve('/a', '../../..')`, `"/"`},
		{"normalize edge cases", `['', '.', './', '/', '//', '///a//b/', 'a/..', 'a/../', '../a/..', '/..', './a/./b/.', 'a//b'].map(path.normalize)`, `[".",".","./","/","/","/a/b/",".","./","..","/","a/b","a/b"]`},
		{"dirname edge cases", `['', '/', '//', '/a', '//a', 'a', 'a/b', 'a/b/', '/a//b', '/a/b//', '.', '..', '../a'].map(path.dirname)`, `[".","/","/","/","//",".","a","a","/a/","/a",".",".",".."]`},
		{"basename edge cases", `['', '/', '/a/b', '/a/b/', 'a', 'a//', '.', '..', '/a/b.txt'].map((p) => path.basename(p))`, `["","","b","b","a","a",".","..","b.txt"]`},
		{"basename strips a suffix", `[path.basename('/a/b.html', '.html'), path.basename('b.html', 'b.html'), path.basename('a/b.html', 'b.html'), path.basename('abc', 'abc'), path.basename('abc/', 'c'), path.basename('x/a/b/', 'a/b'), path.basename('a.js', '.ts'), path.basename('a.js', '')]`, `["b","","b.html","","ab","b/","a.js","a.js"]`},
		{"extname edge cases", `['index.html', 'index.coffee.md', 'index.', 'index', '.index', '.index.md', '..', '...', 'a/..', 'a.b/', 'a.b//', '/a.b/c'].map(path.extname)`, `[".html",".md",".","","",".md","",".","",".b",".b",""]`},
		{"relative between absolute and relative paths", `[path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'), path.relative('/a', '/a'), path.relative('/a/b', '/a/b/c/d'), path.relative('/a/b/c', '/a'), path.relative('/', '/a'), path.relative('/a', '/'), path.relative('/foo/bar', '/foo/barbaz'), path.relative('a', 'b')]`, `["../../impl/bbb","","c/d","../..","a","..","../barbaz","../b"]`},
		{"isAbsolute", `['/a', 'a', '', './a', '//'].map(path.isAbsolute)`, `[true,false,false,false,true]`},
		{"parse splits a path", `['/home/user/dir/file.txt', 'file', '.bashrc', 'a//b', '/', '', '/..', 'a/b/', '/a'].map(path.parse)`, `[{"root":"/","dir":"/home/user/dir","base":"file.txt","ext":".txt","name":"file"},{"root":"","dir":"","base":"file","ext":"","name":"file"},{"root":"","dir":"","base":".bashrc","ext":"","name":".bashrc"},{"root":"","dir":"a/","base":"b","ext":"","name":"b"},{"root":"/","dir":"/","base":"","ext":"","name":""},{"root":"","dir":"","base":"","ext":"","name":""},{"root":"/","dir":"/","base":"..","ext":".","name":"."},{"root":"","dir":"a","base":"b","ext":"","name":"b"},{"root":"/","dir":"/","base":"a","ext":"","name":"a"}]`},
		{"format joins a path object", `[path.format({root: '/ignored', dir: '/home/user/dir', base: 'file.txt'}), path.format({root: '/', base: 'file.txt', ext: 'ignored'}), path.format({root: '/', name: 'file', ext: '.txt'}), path.format({name: 'file', ext: 'txt'}), path.format({}), path.format({dir: 'a', name: 'b'})]`, `["/home/user/dir/file.txt","/file.txt","/file.txt","file.txt","","a/b"]`},
		{"constants and the posix alias", `[path.sep, path.delimiter, path.posix === path, path.posix.posix === path, path.win32.sep, path.win32.delimiter, path.toNamespacedPath('a/b')]`, `["/",":",true,true,"\\",";","a/b"]`},
		{"a number is refused by name", `['join', 'normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse'].map((f) => { try { path[f](5); } catch (e) { return [f, e.name, e.code, e.message]; } })`, `[["join","TypeError","ERR_INVALID_ARG_TYPE","The \"path\" argument must be of type string. Received type number (5)"],["normalize","TypeError","ERR_INVALID_ARG_TYPE","The \"path\" argument must be of type string. Received type number (5)"],["dirname","TypeError","ERR_INVALID_ARG_TYPE","The \"path\" argument must be of type string. Received type number (5)"],["basename","TypeError","ERR_INVALID_ARG_TYPE","The \"path\" argument must be of type string. Received type number (5)"],["extname","TypeError","ERR_INVALID_ARG_TYPE","The \"path\" argument must be of type string. Received type number (5)"],["isAbsolute","TypeError","ERR_INVALID_ARG_TYPE","The \"path\" argument must be of type string. Received type number (5)"],["parse","TypeError","ERR_INVALID_ARG_TYPE","The \"path\" argument must be of type string. Received type number (5)"]]`},
		{"resolve and relative name the argument", `[() => path.resolve('a', 5), () => path.relative('a', 5), () => path.relative(null, 'a'), () => path.basename('a', 5), () => path.format('x')].map((f) => { try { f(); } catch (e) { return e.message; } })`, `["The \"paths[1]\" argument must be of type string. Received type number (5)","The \"to\" argument must be of type string. Received type number (5)","The \"from\" argument must be of type string. Received null","The \"suffix\" argument must be of type string. Received type number (5)","The \"pathObject\" argument must be of type object. Received type string ('x')"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			assert.Equal(t, tt.want, env.AwaitJSON(t, tt.src))
		})
	}
}

func TestResolveStartsAtTheRootWithoutAProcess(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, nil)
	env.Require(t, path.Module(), "", "path")
	assert.Equal(t, `["/a","/"]`, env.JSON(t, "[path.resolve('a'), path.resolve()]"))
}

func TestWin32FunctionsSayTheyAreNotEmulated(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	v, err := env.RT.RunString(`try { path.win32.join('a', 'b') } catch (e) { [e.code, e.message].join('|') }`)
	require.NoError(t, err)
	assert.Equal(t, "ERR_HOOKEMU_UNSUPPORTED|path.win32.join() is not emulated: Auth0 runs hooks and Actions on Linux, so use path (path.posix) instead", v.String())
}
