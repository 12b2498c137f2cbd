package harness

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// redactorMemo keeps the redactor of the last secret set a harness saw:
// preparing one computes every encoded form of every secret, and a suite
// runs many scenarios with the same secrets on one harness.
type redactorMemo struct {
	mu  sync.Mutex
	key string
	r   *Redactor
}

// get is the redactor for secrets, prepared at most once in a row.
func (m *redactorMemo) get(secrets map[string]string) *Redactor {
	key := secretSetKey(secrets)
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.r == nil || m.key != key {
		m.key, m.r = key, NewRedactor(secrets)
	}
	return m.r
}

// secretSetKey spells a secret set the same way whatever the map order,
// each string prefixed by its length so no two sets share a key.
func secretSetKey(secrets map[string]string) string {
	var b strings.Builder
	for _, name := range slices.Sorted(maps.Keys(secrets)) {
		for _, s := range []string{name, secrets[name]} {
			b.WriteString(strconv.Itoa(len(s)))
			b.WriteByte(':')
			b.WriteString(s)
		}
	}
	return b.String()
}
