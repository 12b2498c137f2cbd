package faketelesign

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// statusBody is the status object of every answer.
type statusBody struct {
	Code        int    `json:"code"`
	Description string `json:"description"`
	UpdatedOn   string `json:"updated_on"`
}

// messagingAnswer is Messaging's body, for success and refusal alike:
// everything is in status. A send always shows external_id (null when
// the request had none); a refusal only when the request had one.
type messagingAnswer struct {
	ReferenceID     string     `json:"reference_id"`
	Status          statusBody `json:"status"`
	ExternalID      *string    `json:"external_id,omitempty"`
	SignatureString string     `json:"signature_string,omitempty"`
}

type messagingSent struct {
	ReferenceID string     `json:"reference_id"`
	Status      statusBody `json:"status"`
	ExternalID  *string    `json:"external_id"`
}

// verifyAnswer is SMS Verify's body: errors[] says what went wrong (empty
// on success) and status how far the transaction got.
type verifyAnswer struct {
	ReferenceID     *string       `json:"reference_id"`
	SubResource     *string       `json:"sub_resource"`
	Errors          []code        `json:"errors"`
	Status          statusBody    `json:"status"`
	Verify          *verifyResult `json:"verify,omitempty"`
	SignatureString string        `json:"signature_string,omitempty"`
}

type verifyResult struct {
	CodeState   string `json:"code_state"`
	CodeEntered string `json:"code_entered"`
}

// Statuses of a transaction: in progress when sent, delivered when read
// back (the fake delivers at once).
var (
	inProgress = code{290, "Message in progress"}
	delivered  = code{200, "Delivered to handset"}
)

const subResourceSMS = "sms"

// refuse answers r in the style of the request's product.
func (s *Server) refuse(x *exchange, r refusal) outcome {
	now := s.updatedOn()
	if x.route.product == verify {
		body := verifyAnswer{Errors: []code{r.verify}, SignatureString: r.signatureString,
			Status: statusBody{r.verifyStatus.Code, r.verifyStatus.Description, now}}
		if !r.anonymous {
			ref, sub := s.newReference(), subResourceSMS
			body.ReferenceID, body.SubResource = &ref, &sub
		}
		return outcome{status: r.status, payload: body}
	}
	body := messagingAnswer{ReferenceID: s.newReference(), SignatureString: r.signatureString,
		Status: statusBody{r.messaging.Code, r.messaging.Description, now}}
	if x.form.Has("external_id") {
		id := x.form.Get("external_id")
		body.ExternalID = &id
	}
	return outcome{status: r.status, payload: body}
}

// newReference is a reference id as TeleSign writes them: 32 upper-case
// hex digits.
func (s *Server) newReference() string {
	b := s.cfg.IDs.Bytes()
	return strings.ToUpper(hex.EncodeToString(b[:]))
}

// updatedOn is now as TeleSign writes it: RFC 3339, UTC, microseconds.
func (s *Server) updatedOn() string {
	return s.cfg.IDs.Now().UTC().Format("2006-01-02T15:04:05.000000Z")
}

// write sends o and returns the body written.
func write(w http.ResponseWriter, o outcome) []byte {
	if o.abandoned {
		w.WriteHeader(o.status)
		return nil
	}
	body := encodeJSON(o.payload)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(o.status)
	_, _ = w.Write(body) // the client is gone; the journal still has the answer
	return body
}

// encodeJSON writes v without escaping <, > and &, which a message may
// hold.
func encodeJSON(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(fmt.Sprintf("faketelesign: cannot encode %T: %v", v, err)) // only our own types get here
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}
