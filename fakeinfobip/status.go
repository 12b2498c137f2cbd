package fakeinfobip

import "strings"

// msgStatus is the status object Infobip attaches to every message of an
// answer: a group (PENDING, REJECTED, ...) and a status within it.
type msgStatus struct {
	GroupID     int    `json:"groupId"`
	GroupName   string `json:"groupName"`
	ID          int    `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
}

// Status group ids and names, as Infobip numbers them.
const (
	groupPending  = 1
	groupRejected = 5
)

// pendingAccepted is the status of a message Infobip took.
var pendingAccepted = msgStatus{GroupID: groupPending, GroupName: "PENDING", ID: 26, Name: "PENDING_ACCEPTED", Description: "Message sent to next instance"}

// Status ids of the REJECTED group this fake answers on its own.
const (
	statusPrefixMissing = 8
	statusMissingTo     = 51
	statusDestination   = 52
	statusEmptyMessage  = 55
)

// rejectedStatuses are the REJECTED statuses a fault's code may name.
var rejectedStatuses = map[int]msgStatus{
	6:                   rejected(6, "REJECTED_NETWORK", "Network is forbidden"),
	statusPrefixMissing: rejected(statusPrefixMissing, "REJECTED_PREFIX_MISSING", "Number prefix missing"),
	10:                  rejected(10, "REJECTED_DND", "Destination is on the do not disturb list"),
	11:                  rejected(11, "REJECTED_SOURCE", "Sender is not registered"),
	12:                  rejected(12, "REJECTED_NOT_ENOUGH_CREDITS", "Not enough credits"),
	13:                  rejected(13, "REJECTED_SENDER", "Sender is blocklisted"),
	14:                  rejected(14, "REJECTED_DESTINATION_BLOCKLISTED", "Destination is blocklisted"),
	18:                  rejected(18, "REJECTED_DESTINATION_NOT_REGISTERED", "Destination is not registered for this trial account"),
	20:                  rejected(20, "REJECTED_FLOODING_FILTER", "Rejected by the flooding filter"),
	statusMissingTo:     rejected(statusMissingTo, "MISSING_TO", "Missing destination address"),
	statusDestination:   rejected(statusDestination, "REJECTED_DESTINATION", "Invalid destination address."),
	statusEmptyMessage:  rejected(statusEmptyMessage, "REJECTED_MESSAGE_IS_EMPTY", "Message is empty"),
}

func rejected(id int, name, description string) msgStatus {
	return msgStatus{GroupID: groupRejected, GroupName: "REJECTED", ID: id, Name: name, Description: description}
}

// rejectedStatus is the REJECTED status with id, described by description
// when set; an id Infobip's table does not hold is still REJECTED.
func rejectedStatus(id int, description string) msgStatus {
	st, ok := rejectedStatuses[id]
	if !ok {
		st = rejected(id, "REJECTED", "Message rejected")
	}
	if description != "" {
		st.Description = description
	}
	return st
}

// destinationStatus judges a destination address as Infobip does before
// routing it: present (51), digits only after an optional "+" (52), an
// international number rather than a national one (8), and of a length
// E.164 allows (52).
func destinationStatus(to string) (msgStatus, bool) {
	to = strings.TrimSpace(to)
	digits := strings.TrimPrefix(to, "+")
	switch {
	case to == "":
		return rejectedStatuses[statusMissingTo], false
	case !allDigits(digits):
		return rejectedStatuses[statusDestination], false
	case strings.HasPrefix(digits, "0"):
		return rejectedStatuses[statusPrefixMissing], false
	case len(digits) < 7 || len(digits) > 15:
		return rejectedStatuses[statusDestination], false
	}
	return pendingAccepted, true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
