package harness_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/hookemu/hookemu/harness"
)

// seededRun runs send8x8 on h and returns its report as JSON without the
// duration, the one field a seed cannot fix.
func seededRun(t *testing.T, h *harness.Harness) string {
	t.Helper()
	em := emulator.New(emulator.Config{Modules: []modules.Module{modtest.RawHTTP()}})
	hook, err := em.Load("hook.js", []byte(send8x8))
	require.NoError(t, err)
	secrets := map[string]string{"apikey": "key-123456", "subaccount": "acme-otp"}
	rep := h.Run(context.Background(), em, hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Secrets: secrets, Timeout: time.Minute})
	require.True(t, rep.OK, "%+v", rep)
	rep.DurationMS = 0
	out, err := json.Marshal(rep)
	require.NoError(t, err)
	return string(out)
}

func TestRunsWithTheSameSeedReportTheSameIDs(t *testing.T) {
	t.Parallel()
	first := seededRun(t, harness.New(harness.Config{Seed: "suite/case"}))
	assert.Equal(t, first, seededRun(t, harness.New(harness.Config{Seed: "suite/case"})))
	assert.NotEqual(t, first, seededRun(t, harness.New(harness.Config{Seed: "suite/other"})))
	assert.Contains(t, first, `\"umid\":`, "the hook passes 8x8's answer, umid and all, to cb")
}

func TestAReseededHarnessAnswersAsANewOne(t *testing.T) {
	t.Parallel()
	want := seededRun(t, harness.New(harness.Config{Seed: "b"}))
	h := harness.New(harness.Config{Seed: "a"})
	seededRun(t, h)
	h.Fake("8x8").Reset()
	h.Reseed("b")
	assert.Equal(t, want, seededRun(t, h))
}

func TestUnseededRunsGetFreshIDs(t *testing.T) {
	t.Parallel()
	assert.NotEqual(t, seededRun(t, harness.New(harness.Config{})), seededRun(t, harness.New(harness.Config{})))
}
