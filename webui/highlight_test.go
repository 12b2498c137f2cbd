package webui_test

import (
	"io/fs"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/webui"
)

// commonJS runs the pages' common.js (whose top level touches no DOM)
// and returns its hookemu object, so its pure functions can be tested
// without a browser.
func commonJS(t *testing.T) (*goja.Runtime, *goja.Object) {
	t.Helper()
	src, err := fs.ReadFile(webui.Assets(), "common.js")
	require.NoError(t, err)
	vm := goja.New()
	_, err = vm.RunScript("common.js", string(src))
	require.NoError(t, err)
	return vm, vm.Get("hookemu").ToObject(vm)
}

func TestTheCodeIsMarkedWhereverItIsWrittenOrSpoken(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, text, code string
		want             []string
	}{
		{"an SMS marks the code as written", "Your code is 123456", "123456", []string{"123456"}},
		{"a call marks the digits it reads one by one", "Your verification code is 1, 2, 3, 4, 5, 6. Again, your code is 1, 2, 3, 4, 5, 6.", "123456",
			[]string{"1, 2, 3, 4, 5, 6", "1, 2, 3, 4, 5, 6"}},
		{"digits read with spaces are marked", "Code 4 8 2 9 [pause]", "4829", []string{"4 8 2 9"}},
		{"a word between the digits is no code", "Press 4 then 8 2 9", "4829", nil},
		{"text without the code marks nothing", "hello", "4829", nil},
		{"no code marks nothing", "Your code is 123456", "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			vm, h := commonJS(t)
			spans, ok := goja.AssertFunction(h.Get("codeSpans"))
			require.True(t, ok, "common.js exports codeSpans")
			got, err := spans(goja.Undefined(), vm.ToValue(c.text), vm.ToValue(c.code))
			require.NoError(t, err)
			var pairs [][2]int
			require.NoError(t, vm.ExportTo(got, &pairs))
			var marked []string
			for _, p := range pairs {
				marked = append(marked, string([]rune(c.text)[p[0]:p[1]]))
			}
			assert.Equal(t, c.want, marked)
		})
	}
}

func TestTheInboxClockShowsTheDateOnlyForAnotherDay(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, iso, now, want string
	}{
		{"a message of today is its time to the millisecond", "2026-12-07T12:00:12.005Z", "2026-12-07T12:00:30Z", `^\d\d:\d\d:12\.005$`},
		{"a message of another day starts with its date", "2026-12-03T12:00:12.005Z", "2026-12-07T12:00:30Z", `^2026-12-0[34] \d\d:\d\d:12\.005$`},
		{"a time that is not one is shown as it came", "soon", "2026-12-07T10:30:00Z", `^soon$`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			vm, h := commonJS(t)
			clock, ok := goja.AssertFunction(h.Get("clock"))
			require.True(t, ok, "common.js exports clock")
			now, err := vm.RunString(`new Date("` + c.now + `")`)
			require.NoError(t, err)
			got, err := clock(goja.Undefined(), vm.ToValue(c.iso), now)
			require.NoError(t, err)
			assert.Regexp(t, c.want, got.String())
		})
	}
}
