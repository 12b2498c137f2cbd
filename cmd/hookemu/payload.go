package main

import (
	"errors"
	"fmt"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/internal/hostfile"
)

// build lays the payload file, then the flags, over the default payload.
func (f payloadFlags) build() (emulator.Payload, error) {
	payload := emulator.DefaultPayload()
	if f.file != "" {
		data, err := hostfile.ReadArg(f.file, hostfile.MaxPayloadBytes)
		if err != nil {
			return payload, fmt.Errorf("cannot read payload file: %w", err)
		}
		if payload, err = emulator.ParsePayload(data); err != nil {
			return payload, fmt.Errorf("%s: %w", f.file, err)
		}
	}
	payload, err := payload.Merge(f.document())
	if err != nil {
		return payload, err
	}
	var perr *emulator.PayloadError
	if err := payload.Validate(); errors.As(err, &perr) {
		return payload, fmt.Errorf("%w (Auth0 never sends such a payload; fix the flag or the payload file)", err)
	}
	return payload, nil
}

// document is what the flags set, as a payload document.
func (f payloadFlags) document() map[string]any {
	ctx := map[string]any{}
	set := func(key, value string) {
		if value != "" {
			ctx[key] = value
		}
	}
	set("code", f.code)
	set("message_type", f.messageType)
	set("action", f.action)
	set("language", f.language)
	doc := map[string]any{"context": ctx}
	notification := map[string]any{}
	if f.notificationType != "" {
		notification["message_type"] = f.notificationType
	}
	if f.from != "" {
		notification["from"] = f.from
	}
	if len(notification) > 0 {
		doc["event"] = map[string]any{"notification": notification}
	}
	if f.recipient != "" {
		doc["recipient"] = f.recipient
	}
	switch {
	case f.text != "":
		doc["text"] = f.text
	case f.code != "":
		doc["text"] = "Here is your one time password: " + f.code
	}
	return doc
}

// base is the payload every call of check and diff starts from. Each call
// sets its own message type, action, code and text, so those flags would
// be silently overridden: they are refused instead.
func (f payloadFlags) base(command string) (emulator.Payload, error) {
	set := []struct{ flag, value string }{
		{"--message-type", f.messageType}, {"--action", f.action}, {"--code", f.code}, {"--text", f.text},
		{"--notification-type", f.notificationType},
	}
	for _, s := range set {
		if s.value != "" {
			return emulator.Payload{}, usageError("%s: %s calls the hook with every message type and action, each with a code and text of its own; give the rest of the payload (--payload, --recipient, --language), or try one call with hookemu run %s", s.flag, command, s.flag)
		}
	}
	p, err := f.build()
	if err != nil {
		return p, &exitError{code: exitUsage, err: err}
	}
	return p, nil
}
