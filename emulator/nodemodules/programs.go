package nodemodules

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/internal/jsast"
)

// MaxCachedBytes bounds the source behind the compiled programs kept:
// once that much is cached, further files are compiled for each run
// instead, so a folder of endless files cannot grow the process forever.
const MaxCachedBytes = 512 << 20

// Programs compiles module files once per process for every run to
// share: a goja.Program is immutable and may run in any number of
// runtimes at once. Files are keyed by real path and a hash of their
// content, so an edited file is compiled afresh. Safe for concurrent use.
type Programs struct {
	compiled sync.Map // key -> compiled
	bytes    atomic.Int64
}

type compiled struct {
	prog *goja.Program
	err  error
}

// shared is the process's cache: every emulator in the process (hookemu
// test builds several) compiles a package once.
var shared = &Programs{}

// Shared returns the process's cache.
func Shared() *Programs { return shared }

// Compile returns f's content compiled inside the CommonJS wrapper, named
// by its virtual path so stacks and errors show that.
func (p *Programs) Compile(f *File, src []byte) (*goja.Program, error) {
	sum := sha256.Sum256(src)
	key := f.Real + "\x00" + string(sum[:])
	if c, ok := p.compiled.Load(key); ok {
		return c.(*compiled).prog, c.(*compiled).err
	}
	c := compile(f.Virtual, string(src))
	if p.bytes.Add(int64(len(src))) <= MaxCachedBytes {
		actual, _ := p.compiled.LoadOrStore(key, c)
		c = actual.(*compiled)
	}
	return c.prog, c.err
}

func compile(name, src string) *compiled {
	src = strings.TrimPrefix(src, "\ufeff")
	if strings.HasPrefix(src, "#!") {
		src = "//" + src
	}
	prog, err := goja.Compile(name, jsast.Wrap(src), false)
	if err != nil {
		return &compiled{err: &Error{Code: CodeSyntax, Message: fmt.Sprintf("SyntaxError in %s: %s", name, syntaxMessage(err))}}
	}
	return &compiled{prog: prog}
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
