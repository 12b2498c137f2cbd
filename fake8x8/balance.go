package fake8x8

import "net/http"

// Money is counted in micro-dollars, so that sums of prices stay exact.
// The fake account starts with 100 USD (again after Reset) and pays a
// typical 0.0075 USD per segment, refunded when a scheduled message is
// cancelled, so a test can see a send being billed.
const (
	pricePerSMSMicros  = 7500
	startBalanceMicros = 100_000_000
	currency           = "USD"
)

type balanceResponse struct {
	Balance  float64 `json:"balance"`
	Currency string  `json:"currency"`
}

func priceOf(segments int) price {
	return price{
		Total:    micros(int64(segments) * pricePerSMSMicros),
		PerSms:   micros(pricePerSMSMicros),
		Currency: currency,
	}
}

func micros(n int64) float64 { return float64(n) / 1e6 }

// validateBalance answers the account balance. Any account id is the fake
// account's: the key, not the id, decides whose account it is.
func (s *Server) validateBalance(_ *call) (action, *apiError) {
	return func() reply {
		left := startBalanceMicros - s.store.spentMicros()
		return s.jsonReply(http.StatusOK, balanceResponse{Balance: micros(left), Currency: currency})
	}, nil
}
