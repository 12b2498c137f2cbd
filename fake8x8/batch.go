package fake8x8

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/hookemu/hookemu/fakekit"
)

const (
	// MaxBatchSize is the most messages one batch request may carry.
	MaxBatchSize     = 10000
	maxClientBatchID = 20
)

// rawBatch is a BatchSmsRequest with its fields undecoded, so each gets
// its own error.
type rawBatch struct {
	Messages                  json.RawMessage `json:"messages"`
	Destinations              json.RawMessage `json:"destinations"`
	Template                  json.RawMessage `json:"template"`
	ClientBatchID             json.RawMessage `json:"clientBatchId"`
	IncludeMessagesInResponse json.RawMessage `json:"includeMessagesInResponse"`
	ClientIP                  json.RawMessage `json:"clientIp"`
}

// batchItem is one message of a batch after validation: err makes it a
// REJECTED item with err's message as description.
type batchItem struct {
	m   sms
	err *apiError
}

type batchResponse struct {
	BatchID       string        `json:"batchId"`
	ClientBatchID *string       `json:"clientBatchId"`
	AcceptedCount int           `json:"acceptedCount"`
	RejectedCount int           `json:"rejectedCount"`
	Messages      []smsResponse `json:"messages,omitempty"`
}

// batchDestinations reads a batch's destinations leniently, messages taking
// precedence over destinations as in 8x8; never empty, so a "*" fault
// applies to any batch.
func batchDestinations(c *call) []string {
	body := c.Body
	var peek struct {
		Messages []struct {
			Destination json.RawMessage `json:"destination"`
		} `json:"messages"`
		Destinations []json.RawMessage `json:"destinations"`
	}
	_ = json.Unmarshal(body, &peek) // a broken body peeks as what could be read
	var out []string
	for _, m := range peek.Messages {
		out = append(out, peekString(m.Destination))
	}
	if len(peek.Messages) == 0 {
		for _, d := range peek.Destinations {
			out = append(out, peekString(d))
		}
	}
	if len(out) == 0 {
		return []string{""}
	}
	return out
}

// validateBatch fails the whole request only for what is wrong with the
// batch itself (not JSON, no recipients, too many, bad clientBatchId); a
// wrong message becomes a REJECTED item, as in 8x8's batch answer.
func (s *Server) validateBatch(c *call) (action, *apiError) {
	var raw rawBatch
	if err := decodeJSONBody(c.Header, c.Body, &raw); err != nil {
		return nil, err
	}
	clientBatchID, include, err := batchOptions(raw)
	if err != nil {
		return nil, err
	}
	items, err := s.batchItems(raw, clientBatchID)
	if err != nil {
		return nil, err
	}
	return func() reply {
		return s.sendBatch(items, c.vars.get("subAccountId"), clientBatchID, include)
	}, nil
}

func batchOptions(raw rawBatch) (clientBatchID string, include bool, err *apiError) {
	clientBatchID, ok := stringField(raw.ClientBatchID)
	if !ok || utf8.RuneCountInString(clientBatchID) > maxClientBatchID {
		return "", false, invalidParameter("clientBatchId must be a string of at most %d characters", maxClientBatchID)
	}
	if !isAbsent(raw.IncludeMessagesInResponse) {
		if json.Unmarshal(raw.IncludeMessagesInResponse, &include) != nil {
			return "", false, invalidParameter("includeMessagesInResponse must be true or false")
		}
	}
	return clientBatchID, include, nil
}

// batchItems builds and validates every message: the batch's template and
// clientIp fill what a message leaves out.
func (s *Server) batchItems(raw rawBatch, clientBatchID string) ([]batchItem, *apiError) {
	template, err := batchTemplate(raw)
	if err != nil {
		return nil, err
	}
	messages, err := batchMessages(raw, template)
	if err != nil {
		return nil, err
	}
	v := s.validator()
	items := make([]batchItem, len(messages))
	for i, m := range messages {
		items[i] = v.batchItem(m, clientBatchID)
	}
	return items, nil
}

// batchItem validates one message. A rejected one keeps what its answer
// echoes even when validation stopped before reading it, and a message
// without clientMessageId gets "<clientBatchId>/<destination>", as in
// 8x8's batch example.
func (v smsValidator) batchItem(m rawItem, clientBatchID string) batchItem {
	it := batchItem{m: sms{given: peekString(m.raw.Destination)}, err: m.err}
	if it.err == nil {
		it.m, it.err = v.validate(m.raw)
	}
	if it.err != nil {
		it.m.text = peekString(m.raw.Text)
		it.m.clientMessageID = peekString(m.raw.ClientMessageID)
	}
	if it.m.clientMessageID == "" && clientBatchID != "" {
		it.m.clientMessageID = clientBatchID + "/" + strings.TrimPrefix(it.m.given, "+")
	}
	return it
}

// batchTemplate reads the fields a template may set for every message.
func batchTemplate(raw rawBatch) (rawSMS, *apiError) {
	var t rawSMS
	if !isAbsent(raw.Template) {
		if raw.Template[0] != '{' || json.Unmarshal(raw.Template, &t) != nil {
			return rawSMS{}, invalidParameter("template must be an object")
		}
	}
	return rawSMS{
		Source: t.Source, Text: t.Text, Encoding: t.Encoding, Scheduled: t.Scheduled,
		Expiry: t.Expiry, DLRCallbackURL: t.DLRCallbackURL, ClientIP: raw.ClientIP,
	}, nil
}

// rawItem is one message before validation; err is set when it is not
// even an object.
type rawItem struct {
	raw rawSMS
	err *apiError
}

// batchMessages lists the messages: messages when given (destinations are
// then ignored, as 8x8 documents), else one per destination.
func batchMessages(raw rawBatch, template rawSMS) ([]rawItem, *apiError) {
	messages, ok1 := arrayField(raw.Messages)
	destinations, ok2 := arrayField(raw.Destinations)
	switch {
	case !ok1:
		return nil, invalidParameter("messages must be an array of message objects")
	case !ok2:
		return nil, invalidParameter("destinations must be an array of phone numbers")
	case len(messages) == 0 && len(destinations) == 0:
		return nil, invalidParameter("a batch needs at least one entry in messages or destinations")
	case len(messages) > MaxBatchSize || len(messages) == 0 && len(destinations) > MaxBatchSize:
		return nil, newError(CodeBulkLimit, fmt.Sprintf("%s: a batch holds at most %d messages", msgBulkLimit, MaxBatchSize))
	}
	if len(messages) == 0 {
		items := make([]rawItem, len(destinations))
		for i, d := range destinations {
			items[i].raw = template
			items[i].raw.Destination = d
		}
		return items, nil
	}
	items := make([]rawItem, len(messages))
	for i, m := range messages {
		items[i] = messageItem(m, template)
	}
	return items, nil
}

func messageItem(m json.RawMessage, template rawSMS) rawItem {
	var item rawSMS
	if m[0] != '{' || json.Unmarshal(m, &item) != nil {
		return rawItem{err: invalidParameter("each entry of messages must be a message object")}
	}
	fill := func(field *json.RawMessage, value json.RawMessage) {
		if isAbsent(*field) {
			*field = value
		}
	}
	fill(&item.Source, template.Source)
	fill(&item.Text, template.Text)
	fill(&item.Encoding, template.Encoding)
	fill(&item.Scheduled, template.Scheduled)
	fill(&item.Expiry, template.Expiry)
	fill(&item.DLRCallbackURL, template.DLRCallbackURL)
	fill(&item.ClientIP, template.ClientIP)
	return rawItem{raw: item}
}

// arrayField reads an optional JSON array; ok is false for another type.
func arrayField(raw json.RawMessage) (items []json.RawMessage, ok bool) {
	if isAbsent(raw) {
		return nil, true
	}
	return items, json.Unmarshal(raw, &items) == nil
}

// sendBatch stores the accepted messages and answers the batch summary.
func (s *Server) sendBatch(items []batchItem, subAccountID, clientBatchID string, include bool) reply {
	batchID := s.cfg.NewID()
	resp := batchResponse{BatchID: batchID, ClientBatchID: nullable(clientBatchID)}
	accepted := make([]Message, 0, len(items))
	for _, it := range items {
		var r smsResponse
		if it.err != nil {
			resp.RejectedCount++
			r = s.rejectedResponse(it)
		} else {
			msg := s.newMessage(it.m, subAccountID, batchID, clientBatchID)
			accepted = append(accepted, msg)
			resp.AcceptedCount++
			r = queuedResponse(msg)
		}
		if include {
			resp.Messages = append(resp.Messages, r)
		}
	}
	s.store.add(accepted...)
	rep := s.jsonReply(http.StatusOK, resp)
	rep.messageID, rep.accepted = batchID, resp.AcceptedCount > 0
	return rep
}

// rejectedResponse echoes a rejected message as 8x8's example does: its
// destination as given and the encoding its text would have had.
func (s *Server) rejectedResponse(it batchItem) smsResponse {
	encoding := it.m.encoding
	if encoding == "" {
		encoding = fakekit.ResolveEncoding("AUTO", it.m.text)
	}
	return smsResponse{
		UMID:            s.cfg.NewID(),
		ClientMessageID: nullable(it.m.clientMessageID),
		Destination:     it.m.given,
		Encoding:        encoding,
		Status:          smsStatus{Code: sendRejected, Description: it.err.message},
	}
}
