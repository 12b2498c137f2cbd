// Package lazy builds module exports whose members are made on first
// access. goja spends microseconds on each native function it creates;
// a module with dozens of them (util has about seventy) would cost more
// to require than a whole hook invocation, when a hook uses one or two.
//
// An exports object built here is a goja dynamic object: scripts list,
// read, replace, add and delete its properties as on a plain object, and
// creating one allocates next to nothing, since the member table is
// shared by every runtime.
package lazy

import (
	"sync"

	"github.com/dop251/goja"
)

// Member is one property of an exports object; Build makes its value for
// one runtime, given the module's state for that runtime.
type Member[S any] struct {
	Name  string
	Build func(rt *goja.Runtime, state S) goja.Value
	alias string
}

// Alias is a member that shares another member's value, as Node's
// querystring.decode is querystring.parse.
func Alias[S any](name, of string) Member[S] {
	return Member[S]{Name: name, alias: of}
}

// Func is a member that is a native function named name.
func Func[S any](name string, fn func(state S, call goja.FunctionCall) goja.Value) Member[S] {
	return Member[S]{Name: name, Build: func(rt *goja.Runtime, state S) goja.Value {
		return NamedFunc(rt, name, func(call goja.FunctionCall) goja.Value { return fn(state, call) })
	}}
}

// NamedFunc makes a native function with a JS name; goja names them
// after their Go symbols otherwise.
func NamedFunc(rt *goja.Runtime, name string, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := rt.ToValue(fn).(*goja.Object)
	_ = f.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return f
}

// Table is a fixed list of members, in the order Object.keys lists them.
// It is listed and indexed on first use, not when the process starts:
// every hookemu process initialises every module's package, and most
// never require the module.
type Table[S any] struct {
	list    func() []Member[S]
	once    sync.Once
	members []Member[S]
	index   map[string]int
}

// NewTable is a table of members; build it once, in a package variable.
func NewTable[S any](members ...Member[S]) *Table[S] {
	return TableOf(func() []Member[S] { return members })
}

// TableOf is a table whose members list makes on first use, for a table
// whose members themselves cost something to make (closures by the
// dozen); build it once, in a package variable.
func TableOf[S any](list func() []Member[S]) *Table[S] {
	return &Table[S]{list: list}
}

// load lists and indexes the members, once.
func (t *Table[S]) load() *Table[S] {
	t.once.Do(func() {
		t.members = t.list()
		t.index = make(map[string]int, len(t.members))
		for i, m := range t.members {
			t.index[m.Name] = i
		}
	})
	return t
}

// Object returns an exports object over the table for one runtime.
func (t *Table[S]) Object(rt *goja.Runtime, state S) *goja.Object {
	return rt.NewDynamicObject(&exports[S]{table: t.load(), rt: rt, state: state})
}

// exports implements goja.DynamicObject over a table.
type exports[S any] struct {
	table   *Table[S]
	rt      *goja.Runtime
	state   S
	values  map[string]goja.Value // built or assigned
	deleted map[string]bool       // table members a script deleted
	// added are the names a script added (or deleted and added back), in order
	added []string
}

func (e *exports[S]) Get(key string) goja.Value {
	if v, ok := e.values[key]; ok {
		return v
	}
	i, ok := e.table.index[key]
	if !ok || e.deleted[key] {
		return nil
	}
	var v goja.Value
	if m := e.table.members[i]; m.alias != "" {
		v = e.Get(m.alias)
	} else {
		v = m.Build(e.rt, e.state)
	}
	e.store(key, v)
	return v
}

func (e *exports[S]) store(key string, v goja.Value) {
	if e.values == nil {
		e.values = map[string]goja.Value{}
	}
	e.values[key] = v
}

func (e *exports[S]) Set(key string, val goja.Value) bool {
	if !e.Has(key) {
		// A deleted member that comes back is listed last, as on a plain
		// object; it stays marked deleted from its table position.
		e.added = append(e.added, key)
	}
	e.store(key, val)
	return true
}

func (e *exports[S]) Has(key string) bool {
	if _, ok := e.values[key]; ok {
		return true
	}
	_, member := e.table.index[key]
	return member && !e.deleted[key]
}

func (e *exports[S]) Delete(key string) bool {
	delete(e.values, key)
	if _, member := e.table.index[key]; member {
		if e.deleted == nil {
			e.deleted = map[string]bool{}
		}
		e.deleted[key] = true
	}
	for i, n := range e.added {
		if n == key {
			e.added = append(e.added[:i:i], e.added[i+1:]...)
			break
		}
	}
	return true
}

func (e *exports[S]) Keys() []string {
	keys := make([]string, 0, len(e.table.members)+len(e.added))
	for _, m := range e.table.members {
		if !e.deleted[m.Name] {
			keys = append(keys, m.Name)
		}
	}
	return append(keys, e.added...)
}
