package nodemodules

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/internal/jsast"
	"github.com/hookemu/hookemu/internal/jslower"
)

// MaxCachedBytes bounds the source behind the compiled programs kept:
// once that much is cached, further files are compiled for each run
// instead, so a folder of endless files cannot grow the process forever.
const MaxCachedBytes = 512 << 20

// Programs compiles module files once per process for every run to
// share: a goja.Program is immutable and may run in any number of
// runtimes at once. Files are keyed by real path and a hash of their
// content, so an edited file is compiled afresh; a file whose size,
// modification time and inode are those it had when last read is not
// read again. Safe for concurrent use.
type Programs struct {
	compiled sync.Map // path and content hash -> *Compiled
	byStat   sync.Map // path -> statEntry
	bytes    atomic.Int64
}

// Compiled is a module file ready to instantiate: a JS file's program in
// the CommonJS wrapper, or a JSON file's text, which each run parses.
type Compiled struct {
	Program *goja.Program
	JSON    string
	// NodeExtras says the file may use what goja lacks and the emulator
	// adds on demand (jslower.NeedsExtras).
	NodeExtras bool
	err        error
}

// statEntry is what a path's file looked like when it was last read.
type statEntry struct {
	size, mtime int64
	ino         uint64
	compiled    *Compiled
}

// shared is the process's cache: every emulator in the process (hookemu
// test builds several) compiles a package once.
var shared = &Programs{}

// Shared returns the process's cache.
func Shared() *Programs { return shared }

// known returns what f compiled to when it was last read, if the file
// still looks the same.
func (p *Programs) known(f *File, info fs.FileInfo) (*Compiled, bool) {
	e, ok := p.byStat.Load(f.Real)
	if !ok {
		return nil, false
	}
	entry := e.(statEntry)
	if entry.size != info.Size() || entry.mtime != info.ModTime().UnixNano() || entry.ino != inode(info) {
		return nil, false
	}
	return entry.compiled, true
}

// compile returns src compiled (once per path and content) and
// remembers info for known.
func (p *Programs) compile(f *File, src []byte, info fs.FileInfo) *Compiled {
	sum := sha256.Sum256(src)
	key := f.Real + "\x00" + string(sum[:])
	if c, ok := p.compiled.Load(key); ok {
		return c.(*Compiled)
	}
	var c *Compiled
	if f.JSON {
		c = &Compiled{JSON: strings.TrimPrefix(string(src), "\ufeff")}
	} else {
		c = compile(f.Virtual, string(src))
	}
	if p.bytes.Add(int64(len(src))) <= MaxCachedBytes {
		actual, _ := p.compiled.LoadOrStore(key, c)
		c = actual.(*Compiled)
		p.byStat.Store(f.Real, statEntry{size: info.Size(), mtime: info.ModTime().UnixNano(), ino: inode(info), compiled: c})
	}
	return c
}

func inode(info fs.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Ino)
	}
	return 0
}

func compile(name, src string) *Compiled {
	src = strings.TrimPrefix(src, "\ufeff")
	if strings.HasPrefix(src, "#!") {
		src = "//" + src
	}
	prog, err := goja.Compile(name, jsast.Wrap(src), false)
	if err != nil {
		lowered, se := jslower.Compile(name, src)
		switch {
		case lowered != nil:
			return &Compiled{Program: lowered, NodeExtras: true}
		case se != nil:
			return &Compiled{err: &Error{Code: CodeSyntax, Message: fmt.Sprintf("SyntaxError in %s:%d:%d: %s", name, se.Line, se.Column, se.Message)}}
		}
		return &Compiled{err: &Error{Code: CodeSyntax, Message: fmt.Sprintf("SyntaxError in %s: %s", name, syntaxMessage(err))}}
	}
	return &Compiled{Program: prog, NodeExtras: jslower.NeedsExtras(src)}
}

// syntaxMessage is the compiler's complaint, with a word for the usual
// cause in packages: ES module syntax in a file required as CommonJS.
func syntaxMessage(err error) string {
	msg := err.Error()
	if strings.Contains(msg, "Unexpected reserved word") || strings.Contains(msg, "import") || strings.Contains(msg, "export") {
		msg += " (ES module syntax? require loads CommonJS only: the package needs a CommonJS build)"
	}
	return msg
}
