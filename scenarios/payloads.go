package scenarios

import (
	"encoding/json"
	"sync"

	"github.com/hookemu/hookemu/emulator"
)

// maxSharedContexts bounds the merged contexts a Load keeps to share,
// and maxSharedOverlayBytes the JSON of the overlay each is kept by: a
// larger overlay is merged for its scenario alone, so that the keys never
// hold more than about a megabyte.
const (
	maxSharedContexts     = 256
	maxSharedOverlayBytes = 4 << 10
)

// payloadMerger lays scenarios' payloads over the default one. Merging
// copies the default context (about 1.6 KB and 35 allocations), while
// the scenarios of a suite mostly change the same few context keys, if
// any: so each distinct context overlay is merged once, and the
// scenarios that write it share the merged context, as the scenarios
// that write no payload share the default. Nothing writes to a
// scenario's payload (a run copies it into fresh JS objects).
type payloadMerger struct {
	base emulator.Payload // the default, read only

	mu       sync.Mutex
	contexts map[string]map[string]any // merged contexts, by the overlay's JSON
}

func newPayloadMerger(base emulator.Payload) *payloadMerger {
	return &payloadMerger{base: base, contexts: map[string]map[string]any{}}
}

// merge is m.base.Merge(doc): the same payload, or the same error.
func (m *payloadMerger) merge(doc map[string]any) (emulator.Payload, error) {
	overlay, ok := doc["context"]
	if !ok {
		return m.base.Merge(doc)
	}
	key, err := json.Marshal(overlay)
	if err != nil || len(key) > maxSharedOverlayBytes {
		return m.base.Merge(doc)
	}
	ctx, ok := m.context(key, overlay)
	if !ok {
		return m.base.Merge(doc) // the slow path names the mistake
	}
	rest := make(map[string]any, len(doc)-1)
	for k, v := range doc {
		if k != "context" {
			rest[k] = v
		}
	}
	noContext := m.base
	noContext.Context = nil
	out, err := noContext.Merge(rest)
	if err != nil {
		return m.base.Merge(doc)
	}
	out.Context = ctx
	return out, nil
}

// context is the default context with overlay laid over it, merged once
// per distinct overlay; false when the overlay is a mistake.
func (m *payloadMerger) context(key []byte, overlay any) (map[string]any, bool) {
	m.mu.Lock()
	ctx, ok := m.contexts[string(key)]
	m.mu.Unlock()
	if ok {
		return ctx, true
	}
	merged, err := m.base.Merge(map[string]any{"context": overlay})
	if err != nil {
		return nil, false
	}
	m.mu.Lock()
	if len(m.contexts) >= maxSharedContexts {
		clear(m.contexts)
	}
	m.contexts[string(key)] = merged.Context
	m.mu.Unlock()
	return merged.Context, true
}
