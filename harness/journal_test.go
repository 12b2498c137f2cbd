package harness_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/harness"
)

// journalBytes is what a fake's journal holds now, as its bound counts it.
func journalBytes(j *fakekit.Journal) (total int64) {
	for _, e := range j.Entries() {
		total += e.Size()
	}
	return total
}

func TestAHarnessKeepsItsFakesJournalsWithinTheBoundsItWasGiven(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{Modules: append(emulator.Builtins(), modtest.RawHTTP())})
	hook, err := em.Load("hook.js", []byte(send8x8))
	require.NoError(t, err)
	const bound = 4 << 10
	h := harness.New(harness.Config{Journal: fakekit.Limits{Bytes: bound}})
	in := emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: map[string]string{"apikey": "key-123456", "subaccount": "acme-otp"}, Timeout: time.Minute}
	const runs = 12
	for range runs {
		require.True(t, h.Run(context.Background(), em, hook, in).OK)
	}
	journal := h.Fake("8x8").Journal()
	assert.LessOrEqual(t, journalBytes(journal), int64(bound))
	assert.Less(t, len(journal.Entries()), runs, "the oldest entries were dropped")
	assert.NotEmpty(t, journal.Entries(), "the newest entries stay")
}

func TestInProcessBoundsAreFarBelowServes(t *testing.T) {
	t.Parallel()
	assert.Less(t, harness.InProcessJournal.Bytes, int64(fakekit.DefaultJournalBytes)/16)
	assert.Positive(t, harness.InProcessJournal.Bytes)
	assert.Positive(t, harness.InProcessJournal.Entries)
}
