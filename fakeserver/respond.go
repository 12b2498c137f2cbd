package fakeserver

import (
	"net/http"

	"github.com/hookemu/hookemu/fakekit"
)

// writeJSON answers v as indented JSON, readable with curl as it is, and
// without HTML escaping, so "<redacted>" reads as written.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := fakekit.EncodeAnswer(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "cannot encode the answer: "+err.Error())
		return
	}
	fakekit.WriteAnswer(w, status, body)
}

// apiError is every error body of the REST API.
type apiError struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, status int, message string) {
	writeJSON(w, status, apiError{Error: message})
}
