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
