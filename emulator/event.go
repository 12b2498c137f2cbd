package emulator

import "github.com/dop251/goja"

// buildEvent makes an Action's event from the same payload a Hook gets,
// so every payload file and scenario serves both.
func (inv *invocation) buildEvent(trigger string) goja.Value {
	p := inv.in.Payload
	ctx := p.Context
	client, _ := ctx["client"].(map[string]any)
	request, _ := ctx["request"].(map[string]any)
	ip, _ := request["ip"].(string)
	if ip == "" {
		ip, _ = ctx["ip"].(string)
	}
	event := map[string]any{
		"request": map[string]any{
			"ip": ip, "language": ctx["language"], "method": "POST", "user_agent": ctx["user_agent"],
			"hostname": "example.us.auth0.com", "geoip": map[string]any{},
		},
		"user":          ctx["user"],
		"tenant":        map[string]any{"id": "example"},
		"transaction":   map[string]any{"correlation_id": "hookemu-correlation-id"},
		"configuration": map[string]any{},
	}
	if client != nil {
		event["client"] = map[string]any{"client_id": client["client_id"], "name": client["name"], "metadata": client["client_metadata"]}
	}
	if trigger == triggerCustomPhoneProvider {
		event["notification"] = map[string]any{
			"message_type": ctx["message_type"], "as_text": p.Text, "recipient": p.Recipient,
			"code": ctx["code"], "delivery_method": deliveryMethod(ctx["message_type"]),
		}
	} else {
		event["message_options"] = map[string]any{
			"action": ctx["action"], "code": ctx["code"], "message_type": ctx["message_type"],
			"recipient": p.Recipient, "text": p.Text,
		}
	}
	obj := inv.plainObject(event)
	_ = obj.Set("secrets", inv.secretsObject())
	return obj
}

// deliveryMethod names the channel as the custom-phone-provider trigger
// does.
func deliveryMethod(messageType any) string {
	if messageType == "voice" {
		return "voice"
	}
	return "text"
}
