package fake8x8

import (
	"net/http"
)

// maskedBody is what 8x8 shows instead of a message's text.
const maskedBody = "**MASKED**"

// messageDetails is the answer of GET .../messages/{umid}, in the field
// order of 8x8's example.
type messageDetails struct {
	UMID            string        `json:"umid"`
	SubAccountID    string        `json:"subAccountId"`
	Direction       string        `json:"direction"`
	Country         string        `json:"country,omitempty"`
	Status          detailsStatus `json:"status"`
	MSISDN          string        `json:"msisdn"`
	Source          string        `json:"source"`
	Body            string        `json:"body"`
	Encoding        string        `json:"encoding"`
	CreatedAt       string        `json:"createdAt"`
	SmsCount        int           `json:"smsCount"`
	Price           price         `json:"price"`
	ClientMessageID string        `json:"clientMessageId,omitempty"`
	ClientBatchID   string        `json:"clientBatchId,omitempty"`
	BatchID         string        `json:"batchId,omitempty"`
}

type detailsStatus struct {
	State        string `json:"state"`
	ErrorMessage string `json:"errorMessage,omitempty"`
	Timestamp    string `json:"timestamp"`
}

type price struct {
	Total    float64 `json:"total"`
	PerSms   float64 `json:"perSms"`
	Currency string  `json:"currency"`
}

type cancelResponse struct {
	CancelledCount int `json:"cancelledCount"`
}

func (s *Server) validateDetails(c *call) (action, *apiError) {
	umid := c.vars.get("umid")
	if !isUUID(umid) {
		return nil, newError(CodeInvalidParameter, msgInvalidUMID)
	}
	return func() reply {
		msg, ok := s.ownMessage(c.vars.get("subAccountId"), umid)
		if !ok {
			return s.errorReply(newError(CodeNotFound, msgMessageNotFound))
		}
		rep := s.jsonReply(http.StatusOK, s.details(msg))
		rep.messageID = umid
		return rep
	}, nil
}

// ownMessage finds umid among the subaccount's messages; another
// subaccount's message is as unknown as a missing one.
func (s *Server) ownMessage(subAccountID, umid string) (Message, bool) {
	msg, ok := s.store.get(umid)
	return msg, ok && msg.SubAccountID == subAccountID
}

// details renders msg as 8x8 reports it: the fake delivers nothing, so a
// message stays "queued"; a cancelled one is reported "failed", the state
// 8x8 uses for a message it will not process.
func (s *Server) details(msg Message) messageDetails {
	status := detailsStatus{State: "queued", Timestamp: stamp(msg.UpdatedAt)}
	if msg.Status == StatusCancelled {
		status.State, status.ErrorMessage = "failed", "Cancelled"
	}
	country := msg.Country
	if country == "" {
		country = s.countries.region(msg.Destination)
	}
	return messageDetails{
		UMID: msg.UMID, SubAccountID: msg.SubAccountID, Direction: "outbound", Country: country,
		Status: status, MSISDN: maskMSISDN(msg.Destination), Source: msg.Source, Body: maskedBody,
		Encoding: msg.Encoding, CreatedAt: stamp(msg.CreatedAt), SmsCount: msg.Segments,
		Price: priceOf(msg.Segments), ClientMessageID: msg.ClientMessageID,
		ClientBatchID: msg.ClientBatchID, BatchID: msg.BatchID,
	}
}

// validateCancel cancels one scheduled message. A known message that is
// no longer scheduled cancels nothing ({"cancelledCount":0}) rather than
// failing: it exists, there is just nothing left to stop.
func (s *Server) validateCancel(c *call) (action, *apiError) {
	umid := c.vars.get("umid")
	if !isUUID(umid) {
		return nil, newError(CodeInvalidParameter, msgInvalidUMID)
	}
	return func() reply {
		subAccountID := c.vars.get("subAccountId")
		if _, ok := s.ownMessage(subAccountID, umid); !ok {
			return s.errorReply(newError(CodeNotFound, msgMessageNotFound))
		}
		n := s.store.cancel(s.cfg.Now(), s.shown(), func(m Message) bool { return m.UMID == umid })
		rep := s.jsonReply(http.StatusOK, cancelResponse{CancelledCount: n})
		rep.messageID = umid
		return rep
	}, nil
}

// validateCancelBatch cancels a batch's scheduled messages; an unknown
// batch is 404 code 1300 like an unknown message.
func (s *Server) validateCancelBatch(c *call) (action, *apiError) {
	batchID := c.vars.get("batchId")
	if !isUUID(batchID) {
		return nil, newError(CodeInvalidParameter, "Invalid batchId.")
	}
	return func() reply {
		subAccountID := c.vars.get("subAccountId")
		if !s.store.hasBatch(subAccountID, batchID) {
			return s.errorReply(newError(CodeNotFound, "Batch not found."))
		}
		n := s.store.cancel(s.cfg.Now(), s.shown(), func(m Message) bool {
			return m.BatchID == batchID && m.SubAccountID == subAccountID
		})
		rep := s.jsonReply(http.StatusOK, cancelResponse{CancelledCount: n})
		rep.messageID = batchID
		return rep
	}, nil
}
