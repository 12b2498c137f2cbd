package fakekit_test

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/fakekit"
)

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestReadBodyRefusesWhatIsLargerThanItsLimitWithoutHoldingIt(t *testing.T) {
	t.Parallel()
	declared := httptest.NewRequest(http.MethodPost, "/", strings.NewReader("tiny"))
	declared.ContentLength = 1 << 40
	noBody := httptest.NewRequest(http.MethodGet, "/", nil)
	noBody.Body = nil
	tests := []struct {
		name     string
		req      *http.Request
		want     string
		tooLarge bool
		fails    bool
	}{
		{"a body within the limit is read whole", httptest.NewRequest(http.MethodPost, "/", strings.NewReader("12345678")), "12345678", false, false},
		{"a body one byte over is refused", httptest.NewRequest(http.MethodPost, "/", strings.NewReader("123456789")), "", true, false},
		{"a declared length over the limit is refused unread", declared, "", true, false},
		{"a request without a body has none", noBody, "", false, false},
		{"a body that cannot be read is an error", httptest.NewRequest(http.MethodPost, "/", io.NopCloser(failingReader{})), "", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			body, tooLarge, err := fakekit.ReadBody(tt.req, 8)
			assert.Equal(t, tt.want, string(body))
			assert.Equal(t, tt.tooLarge, tooLarge)
			assert.Equal(t, tt.fails, err != nil)
		})
	}
}

// oneByte reads one byte at a time, as a slow connection delivers.
type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func TestReadSizedReadsEverythingWhateverTheDeclaredSize(t *testing.T) {
	t.Parallel()
	text := strings.Repeat("0123456789", 300)
	tests := []struct {
		name string
		size int64
		r    io.Reader
	}{
		{"an unknown size reads as io.ReadAll does", -1, strings.NewReader(text)},
		{"the declared size is read in one buffer", int64(len(text)), strings.NewReader(text)},
		{"a size declared too small still reads the rest", 10, strings.NewReader(text)},
		{"a size declared too large reads what there is", 1 << 40, strings.NewReader(text)},
		{"a reader giving one byte at a time is read whole", int64(len(text)), oneByte{strings.NewReader(text)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := fakekit.ReadSized(tt.r, tt.size)
			assert.NoError(t, err)
			assert.Equal(t, text, string(got))
		})
	}
	t.Run("a read error is returned with what came before it", func(t *testing.T) {
		t.Parallel()
		got, err := fakekit.ReadSized(io.MultiReader(strings.NewReader("ab"), failingReader{}), 10)
		assert.Error(t, err)
		assert.Equal(t, "ab", string(got))
	})
}

func TestReadSizedAllocatesTheDeclaredSizeOnce(t *testing.T) {
	text := strings.Repeat("x", 100)
	r := strings.NewReader(text)
	allocs := testing.AllocsPerRun(100, func() {
		r.Reset(text)
		_, _ = fakekit.ReadSized(r, int64(len(text)))
	})
	assert.LessOrEqual(t, allocs, 1.0)
}
