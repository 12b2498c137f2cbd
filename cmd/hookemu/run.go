package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
)

type runFlags struct {
	payloadFile string
	recipient   string
	text        string
	code        string
	messageType string
	action      string
	language    string
	secrets     []string
	secretsFile string
	timeout     time.Duration
	allowHosts  []string
	json        bool
}

func newRunCommand(stdout, stderr io.Writer) *cobra.Command {
	var f runFlags
	cmd := &cobra.Command{
		Use:   "run [HOOK.js]",
		Short: "Run a hook once against the fake providers and show what it sent",
		Long: `Run a hook once, as Auth0 would call it, against the fake provider APIs,
and show each request it made, the provider's answers, its console output,
any problems found and how it ended.

With no file, runs the embedded 8x8 hook (8x8's Auth0 integration guide)
with demo secrets. The payload is the Auth0 runner's example, with the
recipient in E.164 form; --payload and the payload flags change it.

Exit status: 0 the hook succeeded, 1 it failed, 2 usage or load error.`,
		Example: `  hookemu run
  hookemu run my-hook.js --secrets-file .env --payload payload.json
  hookemu run my-hook.js --secret apikey=test --message-type voice --json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := ""
			if len(args) == 1 {
				path = args[0]
			}
			return runHook(cmd.Context(), path, f, stdout, stderr)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.payloadFile, "payload", "", "JSON file with {recipient, text, context}, merged over the default payload")
	fl.StringVar(&f.recipient, "recipient", "", "recipient phone number (default +18085555555)")
	fl.StringVar(&f.text, "text", "", "message text (default: the runner's example, with --code's code)")
	fl.StringVar(&f.code, "code", "", "one-time password in context.code")
	fl.StringVar(&f.messageType, "message-type", "", "context.message_type: sms or voice")
	fl.StringVar(&f.action, "action", "", "context.action: enrollment or second-factor-authentication")
	fl.StringVar(&f.language, "language", "", "context.language")
	fl.StringArrayVar(&f.secrets, "secret", nil, "secret as KEY=VALUE (repeatable)")
	fl.StringVar(&f.secretsFile, "secrets-file", "", "dotenv file of secrets (KEY=VALUE lines)")
	fl.DurationVar(&f.timeout, "timeout", emulator.DefaultTimeout, "time limit for the hook, as Auth0's")
	fl.StringArrayVar(&f.allowHosts, "allow-host", nil, "let requests to this host reach the real network (repeatable)")
	fl.BoolVar(&f.json, "json", false, "print one JSON result object on stdout and nothing else")
	return cmd
}

func runHook(ctx context.Context, path string, f runFlags, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	src, err := harness.ReadSource(path)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	payload, err := buildPayload(f)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	secrets, err := buildSecrets(f, src)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	if f.timeout <= 0 {
		return usageError("--timeout must be positive, e.g. --timeout 5s")
	}
	em := emulator.New(emulator.Config{})
	hook, err := em.Load(src.Name, src.Code)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	h := harness.New(harness.Config{AllowHosts: f.allowHosts})
	report := h.Run(ctx, em, hook, emulator.Invocation{Payload: payload, Secrets: secrets, Timeout: f.timeout})
	if f.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			return err
		}
	} else {
		printReport(stdout, report, payload, src)
	}
	if !report.OK {
		return errFailed
	}
	return nil
}

// buildPayload lays the payload file, then the flags, over the default.
func buildPayload(f runFlags) (emulator.Payload, error) {
	payload := emulator.DefaultPayload()
	if f.payloadFile != "" {
		data, err := os.ReadFile(f.payloadFile)
		if err != nil {
			return payload, fmt.Errorf("cannot read payload file: %w", err)
		}
		if payload, err = emulator.ParsePayload(data); err != nil {
			return payload, fmt.Errorf("%s: %w", f.payloadFile, err)
		}
	}
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
	if f.recipient != "" {
		doc["recipient"] = f.recipient
	}
	switch {
	case f.text != "":
		doc["text"] = f.text
	case f.code != "":
		doc["text"] = "Here is your one time password: " + f.code
	}
	payload, err := payload.Merge(doc)
	if err != nil {
		return payload, err
	}
	var perr *emulator.PayloadError
	if err := payload.Validate(); errors.As(err, &perr) {
		return payload, fmt.Errorf("%w (Auth0 never sends such a payload; fix the flag or the payload file)", err)
	}
	return payload, nil
}

// buildSecrets takes the secrets file, then --secret flags. A documented
// hook run unchanged with no secrets given gets its demo secrets.
func buildSecrets(f runFlags, src harness.Source) (map[string]string, error) {
	secrets := map[string]string{}
	if f.secretsFile != "" {
		file, err := harness.ParseSecretsFile(f.secretsFile)
		if err != nil {
			return nil, err
		}
		for k, v := range file {
			secrets[k] = v
		}
	}
	for _, kv := range f.secrets {
		k, v, err := harness.ParseSecretFlag(kv)
		if err != nil {
			return nil, err
		}
		secrets[k] = v
	}
	if len(secrets) == 0 && src.Demo != nil {
		for k, v := range src.Demo {
			secrets[k] = v
		}
	}
	return secrets, nil
}
