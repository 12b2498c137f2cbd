package fakeinfobip

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// outgoing is one message to one destination, whichever endpoint and body
// shape it came in.
type outgoing struct {
	to        string
	text      string
	messageID string // the client's own id, when it gave one
}

// parsed is a request body read into the messages it asks for.
type parsed struct {
	bulkID   string
	items    []outgoing
	smsCount bool // includeSmsCountInResponse
}

// decodeObject reads body as one JSON object into v. Infobip answers a
// body it cannot read with 400 BAD_REQUEST.
func decodeObject(body []byte, v any) *apiError {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return errBadRequest(violation{"body", "must be a JSON object"})
	}
	if err := json.Unmarshal(trimmed, v); err != nil {
		return errBadRequest(violation{"body", "cannot be read: " + jsonProblem(err)})
	}
	return nil
}

// jsonProblem says what is wrong with a body in words that name a field
// rather than a Go type.
func jsonProblem(err error) string {
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		return fmt.Sprintf("%s must not be a JSON %s", te.Field, te.Value)
	}
	return "malformed JSON"
}

type advancedRequest struct {
	BulkID   string `json:"bulkId"`
	Messages []struct {
		From         string `json:"from"`
		Text         string `json:"text"`
		Destinations []struct {
			To        string `json:"to"`
			MessageID string `json:"messageId"`
		} `json:"destinations"`
	} `json:"messages"`
	IncludeSmsCountInResponse bool `json:"includeSmsCountInResponse"`
}

// parseAdvanced reads POST /sms/2/text/advanced: messages[] each with
// destinations[].to, from and text.
func parseAdvanced(body []byte) (parsed, *apiError) {
	var req advancedRequest
	if err := decodeObject(body, &req); err != nil {
		return parsed{}, err
	}
	if len(req.Messages) == 0 {
		return parsed{}, errBadRequest(violation{"messages", "must not be empty"})
	}
	p := parsed{bulkID: req.BulkID, smsCount: req.IncludeSmsCountInResponse}
	for i, m := range req.Messages {
		if len(m.Destinations) == 0 {
			return parsed{}, errBadRequest(violation{fmt.Sprintf("messages[%d].destinations", i), "must not be empty"})
		}
		for _, d := range m.Destinations {
			p.items = append(p.items, outgoing{to: d.To, text: m.Text, messageID: d.MessageID})
		}
	}
	return p, nil
}

type singleRequest struct {
	From string          `json:"from"`
	To   json.RawMessage `json:"to"`
	Text string          `json:"text"`
}

// parseSingle reads POST /sms/1/text/single: from, to (one address or an
// array of them) and text.
func parseSingle(body []byte) (parsed, *apiError) {
	var req singleRequest
	if err := decodeObject(body, &req); err != nil {
		return parsed{}, err
	}
	tos, err := addresses(req.To)
	if err != nil {
		return parsed{}, err
	}
	p := parsed{}
	for _, to := range tos {
		p.items = append(p.items, outgoing{to: to, text: req.Text})
	}
	return p, nil
}

// addresses reads a "to" that is a string or an array of strings; a
// missing one is one empty address, which Infobip rejects as MISSING_TO.
func addresses(raw json.RawMessage) ([]string, *apiError) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return []string{""}, nil
	}
	var one string
	if err := json.Unmarshal(raw, &one); err == nil {
		return []string{one}, nil
	}
	var many []string
	if err := json.Unmarshal(raw, &many); err != nil {
		return nil, errBadRequest(violation{"to", "must be a string or an array of strings"})
	}
	if len(many) == 0 {
		return nil, errBadRequest(violation{"to", "must not be empty"})
	}
	return many, nil
}

type voiceRequest struct {
	Text string `json:"text"`
	To   string `json:"to"`
	From string `json:"from"`
}

// parseVoice reads POST /tts/3/single: text, to and the optional from,
// language and voice.
func parseVoice(body []byte) (parsed, *apiError) {
	var req voiceRequest
	if err := decodeObject(body, &req); err != nil {
		return parsed{}, err
	}
	return parsed{items: []outgoing{{to: req.To, text: req.Text}}}, nil
}

type v3Request struct {
	BulkID   string `json:"bulkId"`
	Messages []struct {
		Sender       string `json:"sender"`
		Destinations []struct {
			To        string `json:"to"`
			MessageID string `json:"messageId"`
		} `json:"destinations"`
		Content struct {
			Text string `json:"text"`
		} `json:"content"`
	} `json:"messages"`
}

// parseV3 reads POST /sms/3/messages: messages[] each with sender,
// destinations[].to and content.text.
func parseV3(body []byte) (parsed, *apiError) {
	var req v3Request
	if err := decodeObject(body, &req); err != nil {
		return parsed{}, err
	}
	if len(req.Messages) == 0 {
		return parsed{}, errBadRequest(violation{"messages", "must not be empty"})
	}
	p := parsed{bulkID: req.BulkID}
	for i, m := range req.Messages {
		if len(m.Destinations) == 0 {
			return parsed{}, errBadRequest(violation{fmt.Sprintf("messages[%d].destinations", i), "must not be empty"})
		}
		if m.Content.Text == "" {
			return parsed{}, errBadRequest(violation{fmt.Sprintf("messages[%d].content.text", i), "must not be blank"})
		}
		for j, d := range m.Destinations {
			if d.To == "" {
				return parsed{}, errBadRequest(violation{fmt.Sprintf("messages[%d].destinations[%d].to", i, j), "must not be blank"})
			}
			p.items = append(p.items, outgoing{to: d.To, text: m.Content.Text, messageID: d.MessageID})
		}
	}
	return p, nil
}
