package faketelesign

import (
	"encoding/base64"
	"net/http"
	"net/url"

	"github.com/hookemu/hookemu/provider"
)

// Kind: TeleSign delivers the hook's message.
func (Provider) Kind() provider.Kind { return provider.Messaging }

// Example is the Messaging send of Auth0's guide, with the customer id
// and API key of TeleSign's SDK examples.
func (Provider) Example() provider.Request {
	const customerID, apiKey = "FFFFFFFF-EEEE-DDDD-1234-AB1234567890", "ABC12345yusumoN6BYsBVkh+yRJ5czgsnCehZaOYldPJdmFh6NeX8kunZ2zU1YWaUw/0wV6xfw=="
	form := url.Values{"phone_number": {"+15558675309"}, "message_type": {"ARN"}, "message": {"Your verification code is: 123456"}}
	return provider.Request{
		Method: http.MethodPost,
		Path:   messagingPath,
		Header: http.Header{
			"Authorization": {"Basic " + base64.StdEncoding.EncodeToString([]byte(customerID+":"+apiKey))},
			"Content-Type":  {"application/x-www-form-urlencoded"},
		},
		Body: []byte(form.Encode()),
	}
}
