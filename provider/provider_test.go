package provider_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
)

func TestCommonIsLaidOverAFakesOwnSettings(t *testing.T) {
	t.Parallel()
	shared := fakekit.NewIDs("x", "seed")
	own := fakekit.NewIDs("x", "")
	tests := []struct {
		name                  string
		common                provider.Common
		size                  int
		bytes                 int64
		wantIDs               *fakekit.IDs
		wantSize              int
		wantBytes             int64
		wantFaultDestinations []string
	}{
		{"common's ids replace the configured ones and its faults come after them",
			provider.Common{IDs: shared, Faults: []fakekit.Fault{{Destination: "*", Status: 500}}}, 0, 0,
			shared, 0, 0, []string{"+1", "*"}},
		{"no common ids keep the configured ones",
			provider.Common{}, 0, 0, own, 0, 0, []string{"+1"}},
		{"common's journal bounds fill in unset ones",
			provider.Common{Journal: fakekit.Limits{Entries: 10, Bytes: 1 << 20}}, 0, 0, own, 10, 1 << 20, []string{"+1"}},
		{"a provider's own journal bounds win",
			provider.Common{Journal: fakekit.Limits{Entries: 10, Bytes: 1 << 20}}, 3, 4096, own, 3, 4096, []string{"+1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ids, faults, size, bytes := own, []fakekit.Fault{{Destination: "+1", Status: 503}}, tt.size, tt.bytes
			configured := faults
			tt.common.Lay(&ids, &faults, &size, &bytes)
			assert.Same(t, tt.wantIDs, ids)
			assert.Equal(t, tt.wantSize, size)
			assert.Equal(t, tt.wantBytes, bytes)
			var got []string
			for _, f := range faults {
				got = append(got, f.Destination)
			}
			assert.Equal(t, tt.wantFaultDestinations, got)
			assert.Len(t, configured, 1, "the configuration's own list is not changed")
		})
	}
}
