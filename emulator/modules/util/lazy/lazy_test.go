package lazy_test

import (
	"sync"
	"sync/atomic"
	"testing"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/util/lazy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type state struct{ built []string }

var table = lazy.NewTable(
	lazy.Func("one", func(s *state, _ goja.FunctionCall) goja.Value { return goja.Undefined() }),
	lazy.Member[*state]{Name: "two", Build: func(rt *goja.Runtime, s *state) goja.Value {
		s.built = append(s.built, "two")
		return rt.ToValue(2)
	}},
	lazy.Alias[*state]("uno", "one"),
)

func TestExportsBehaveAsAPlainObject(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, want string }{
		{"keys are listed in table order", "Object.keys(m).join()", "one,two,uno"},
		{"an alias shares its member's value", "m.uno === m.one", "true"},
		{"functions carry their JS name", "m.one.name", "one"},
		{"a member can be replaced", "m.two = 'x'; m.two + Object.keys(m).join()", "xone,two,uno"},
		{"a member can be deleted and added back", "delete m.one; const gone = !('one' in m); m.one = 1; gone + ' ' + Object.keys(m).join()", "true two,uno,one"},
		{"new properties come after the members", "m.three = 3; Object.keys(m).join()", "one,two,uno,three"},
		{"a deleted new property is gone", "m.three = 3; delete m.three; Object.keys(m).join() + ('three' in m)", "one,two,unofalse"},
		{"the same value is returned every time", "m.one === m.one", "true"},
		{"an unknown property is undefined", "typeof m.nope", "undefined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rt := goja.New()
			require.NoError(t, rt.Set("m", table.Object(rt, &state{})))
			v, err := rt.RunString(tt.src)
			require.NoError(t, err)
			assert.Equal(t, tt.want, v.String())
		})
	}
}

func TestMembersAreBuiltOnFirstAccessOnly(t *testing.T) {
	t.Parallel()
	rt := goja.New()
	s := &state{}
	require.NoError(t, rt.Set("m", table.Object(rt, s)))
	assert.Empty(t, s.built)
	_, err := rt.RunString("m.two; m.two; Object.keys(m)")
	require.NoError(t, err)
	assert.Equal(t, []string{"two"}, s.built)
}

func TestATableListsItsMembersOnItsFirstObjectOnly(t *testing.T) {
	t.Parallel()
	var listed atomic.Int32
	lazyTable := lazy.TableOf(func() []lazy.Member[*state] {
		listed.Add(1)
		return []lazy.Member[*state]{lazy.Alias[*state]("uno", "one"), lazy.Func("one", func(*state, goja.FunctionCall) goja.Value { return goja.Undefined() })}
	})
	assert.Zero(t, listed.Load(), "declaring a table lists nothing")
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			rt := goja.New()
			require.NoError(t, rt.Set("m", lazyTable.Object(rt, &state{})))
			v, err := rt.RunString("Object.keys(m).join() + (m.uno === m.one)")
			require.NoError(t, err)
			assert.Equal(t, "uno,onetrue", v.String())
		})
	}
	wg.Wait()
	assert.Equal(t, int32(1), listed.Load(), "runtimes at once share one listing")
}

func BenchmarkObject(b *testing.B) {
	rt := goja.New()
	for b.Loop() {
		table.Object(rt, &state{})
	}
}
