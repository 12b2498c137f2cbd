package harness

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Headers without a secret are kept as they are; headers with one are
// masked in a copy. Both paths, and the report redacted from is never
// changed.
func TestReportHeadersAreMaskedInACopyOnlyWhenTheyHoldASecret(t *testing.T) {
	t.Parallel()
	r := NewRedactor(map[string]string{"apikey": "key-123456789"})
	clean := map[string]string{"Content-Type": "application/json", "Accept": "application/json"}
	dirty := map[string]string{"Authorization": "Bearer key-123456789", "X-key-123456789": "1", "Accept": "*/*"}
	rep := Report{Requests: []Exchange{{Headers: clean}, {Headers: dirty}}}
	out := rep.Redact(r)

	assert.Equal(t, clean, out.Requests[0].Headers)
	assert.Equal(t, map[string]string{"Authorization": "Bearer <secret:apikey>", "X-<secret:apikey>": "1", "Accept": "*/*"}, out.Requests[1].Headers)
	assert.Equal(t, "Bearer key-123456789", dirty["Authorization"], "the headers redacted from are not written")
	assert.Len(t, dirty, 3)
}
