package harness

import (
	"maps"
	"sync"
)

// redactorMemo keeps the redactor of the last secret set a harness saw:
// preparing one computes every encoded form of every secret, and a suite
// runs many scenarios with the same secrets on one harness.
type redactorMemo struct {
	mu sync.Mutex
	// secrets is a copy of the set r was prepared for: the caller's map
	// may change between runs, so it is compared by content.
	secrets map[string]string
	r       *Redactor
}

// get is the redactor for secrets, prepared at most once in a row.
// Telling the set is the same costs no allocation.
func (m *redactorMemo) get(secrets map[string]string) *Redactor {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.r == nil || !maps.Equal(m.secrets, secrets) {
		m.secrets, m.r = maps.Clone(secrets), NewRedactor(secrets)
	}
	return m.r
}
