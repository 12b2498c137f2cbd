package harness

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/fakekit"
)

func TestBoundsAHarnessIsNotGivenAreTheInProcessOnes(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		given fakekit.Limits
		want  fakekit.Limits
	}{
		{"no bounds take both in-process bounds", fakekit.Limits{}, InProcessJournal},
		{"a byte bound given is kept", fakekit.Limits{Bytes: 1 << 10}, fakekit.Limits{Entries: InProcessJournal.Entries, Bytes: 1 << 10}},
		{"an entry bound given is kept", fakekit.Limits{Entries: 5}, fakekit.Limits{Entries: 5, Bytes: InProcessJournal.Bytes}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tc.want, inProcess(tc.given))
		})
	}
}
