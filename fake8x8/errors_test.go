package fake8x8

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/stretchr/testify/assert"
)

// TestEveryErrorCodeHasItsStatusAndMessage walks the reference's code
// table through faults that name only a code.
func TestEveryErrorCodeHasItsStatusAndMessage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		code    int
		status  int
		message string
	}{
		{CodeInvalidParameter, 400, "Invalid parameter"},
		{CodeIllegalSubAccount, 400, "Provided subAccountId doesn't belongs to your account"},
		{CodeInvalidMSISDN, 400, "Invalid MSISDN format (not E.164 international number)"},
		{CodeInvalidEncoding, 400, msgInvalidEncoding},
		{CodeInvalidText, 400, "Invalid Text value"},
		{CodeInvalidSource, 400, "Invalid Source value. Reached max allowed limit"},
		{CodeInvalidExpiry, 400, "Invalid Expiry value"},
		{CodeInvalidSchedule, 400, "Invalid Schedule Time"},
		{CodeBulkLimit, 400, "Bulk limit reached"},
		{CodeUnauthenticated, 401, "Request was not authenticated properly"},
		{CodeForbidden, 403, "Access forbidden"},
		{CodeNotFound, 404, "Not found"},
		{CodeInternal, 500, "Internal server error"},
		{CodeMissedText, 400, "Text value is missing"},
		{CodeTooLongText, 400, "Invalid Text value. Reached max allowed limit"},
		{CodeTooLongClientMessageID, 400, "Too long ClientMessageId"},
		{CodeQuotaExceeded, 429, "Quota exceeded. Please try again in 1 second(s)."},
	}
	for _, tt := range tests {
		t.Run(http.StatusText(tt.status)+" carries code "+strconv.Itoa(tt.code), func(t *testing.T) {
			t.Parallel()
			s := newTestServer(Config{Faults: []fakekit.Fault{{Destination: "*", Code: tt.code}}})
			assertError(t, send(t, s, validSend), tt.status, tt.code, tt.message)
		})
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestABodyThatCannotBeReadIsAnInvalidParameter(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	r := httptest.NewRequest(http.MethodPost, sendPath, failingReader{})
	r.Header = authHeader()
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	assertErrorPrefix(t, result{status: w.Code, header: w.Header(), body: w.Body.String()},
		http.StatusBadRequest, CodeInvalidParameter, "Invalid parameter: the request body could not be read (connection reset)")
	assert.Len(t, s.Entries(), 1)
}

func TestANumberOutsideEveryCountryHasNoCountry(t *testing.T) {
	t.Parallel()
	table := countryTable{}
	assert.Equal(t, "", table.region("80012345678"), "international freephone numbers belong to no region")
	assert.Equal(t, "SG", table.region("6591234567"))
	assert.Equal(t, "AC", table.region("2471234567"), "the longest code wins")
}
