package fakekit_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
)

func TestFormValuesReadsTheFormsAPIsTake(t *testing.T) {
	t.Parallel()
	var multi bytes.Buffer
	w := multipart.NewWriter(&multi)
	require.NoError(t, w.WriteField("To", "+15005550006"))
	require.NoError(t, w.WriteField("To", "+15005550007"))
	part, err := w.CreatePart(map[string][]string{"Content-Type": {"text/plain"}})
	require.NoError(t, err)
	_, _ = part.Write([]byte("a part without a name"))
	require.NoError(t, w.Close())
	tests := []struct {
		name, contentType, body string
		want                    url.Values
		isForm                  bool
		err                     string
	}{
		{"an urlencoded body", "application/x-www-form-urlencoded; charset=utf-8", "To=%2B1&Body=hi+there", url.Values{"To": {"+1"}, "Body": {"hi there"}}, true, ""},
		{"a multipart body, repeats kept and nameless parts skipped", w.FormDataContentType(), multi.String(), url.Values{"To": {"+15005550006", "+15005550007"}}, true, ""},
		{"JSON is no form", "application/json", `{"To":"+1"}`, nil, false, ""},
		{"no Content-Type is no form", "", "To=%2B1", nil, false, ""},
		{"a broken urlencoded body", "application/x-www-form-urlencoded", "To=%zz", nil, true, "not valid application/x-www-form-urlencoded"},
		{"multipart without a boundary", "multipart/form-data", multi.String(), nil, true, "not valid multipart/form-data: no boundary in the Content-Type"},
		{"multipart cut short", w.FormDataContentType(), multi.String()[:multi.Len()-10], nil, true, "not valid multipart/form-data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			values, isForm, err := fakekit.FormValues(http.Header{"Content-Type": {tt.contentType}}, []byte(tt.body))
			assert.Equal(t, tt.isForm, isForm)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, values)
		})
	}
}
