package fake8x8

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// Send statuses as 8x8 answers them.
const (
	sendQueued        = "QUEUED"
	sendRejected      = "REJECTED"
	queuedDescription = "SMS is accepted and queued for processing"
)

// smsStatus is the "status" of a send answer.
type smsStatus struct {
	Code        string `json:"code"`
	Description string `json:"description"`
}

// smsResponse is 8x8's answer to one message, in its field order;
// clientMessageId is null when the request gave none.
type smsResponse struct {
	UMID            string    `json:"umid"`
	ClientMessageID *string   `json:"clientMessageId"`
	Destination     string    `json:"destination"`
	Encoding        string    `json:"encoding"`
	Status          smsStatus `json:"status"`
}

// sendDestinations reads the destination of a single send leniently; it
// always returns one entry, so a "*" fault applies even to a body that is
// not JSON.
// The whole body is decoded here, once: validateSend takes it from c.
func sendDestinations(c *call) []string {
	c.smsErr = json.Unmarshal(bytes.TrimSpace(c.Body), &c.sms)
	c.peeked = true
	if c.smsErr != nil {
		return []string{""} // a broken body peeks as no destination
	}
	return []string{peekString(c.sms.Destination)}
}

func (s *Server) validateSend(c *call) (action, *apiError) {
	raw, err := decodeSMS(c)
	if err != nil {
		return nil, err
	}
	m, verr := s.validator().validate(raw)
	if verr != nil {
		return nil, verr
	}
	return func() reply {
		msg := s.newMessage(m, c.vars.get("subAccountId"), "", "")
		s.store.add(msg)
		rep := s.jsonReply(http.StatusOK, queuedResponse(msg))
		rep.messageID, rep.accepted = msg.UMID, true
		return rep
	}, nil
}

// newMessage turns a validated request into the stored message.
func (s *Server) newMessage(m sms, subAccountID, batchID, clientBatchID string) Message {
	now := s.shown().UTC()
	return Message{
		UMID: s.cfg.NewID(), SubAccountID: subAccountID, Destination: m.destination,
		Country: m.country, Source: m.source, Text: m.text, Truncated: m.truncated,
		Encoding: m.encoding, Segments: m.segments, ClientMessageID: m.clientMessageID,
		BatchID: batchID, ClientBatchID: clientBatchID, Scheduled: m.scheduled, Expiry: m.expiry,
		DLRCallbackURL: m.dlrCallbackURL, ClientIP: m.clientIP, Track: m.track,
		Status: StatusQueued, CreatedAt: now, UpdatedAt: now,
	}
}

// decodeSMS is decodeJSONBody for a single send, reusing the decoding
// sendDestinations made when it ran for c (ServeHTTP; Check runs no
// faults and so decodes here).
func decodeSMS(c *call) (rawSMS, *apiError) {
	if !c.peeked {
		var raw rawSMS
		return raw, decodeJSONBody(c.Header, c.Body, &raw)
	}
	if err := checkJSONBody(c.Header, c.Body); err != nil {
		return rawSMS{}, err
	}
	if c.smsErr != nil {
		return rawSMS{}, notValidJSON(c.smsErr)
	}
	return c.sms, nil
}

func queuedResponse(msg Message) smsResponse {
	return smsResponse{
		UMID:            msg.UMID,
		ClientMessageID: nullable(msg.ClientMessageID),
		Destination:     msg.Destination,
		Encoding:        msg.Encoding,
		Status:          smsStatus{Code: sendQueued, Description: queuedDescription},
	}
}

// nullable turns "" into JSON null, as 8x8 reports an absent id.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
