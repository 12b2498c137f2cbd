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
	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/harness"
)

type runFlags struct {
	payloadFile    string
	recipient      string
	text           string
	code           string
	messageType    string
	action         string
	language       string
	secrets        []string
	secretsFile    string
	timeout        time.Duration
	allowHosts     []string
	json           bool
	fake8x8Key     string
	fake8x8Subs    []string
	real           bool
	noValidate     bool
	upstream8x8    string
	upstreamTwilio string
	actionsDir     string
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
	fl.StringVar(&f.fake8x8Key, "fake8x8-apikey", "", "make the fake 8x8 accept only this API key (default: any well-formed key)")
	fl.StringArrayVar(&f.fake8x8Subs, "fake8x8-subaccount", nil, "make the fake 8x8 accept only these subaccounts (repeatable)")
	fl.StringVar(&f.actionsDir, "actions-dir", "", "folder of the Actions' shared modules (require('actions:NAME') loads NAME.js from it)")
	fl.BoolVar(&f.real, "real", false, "send provider requests to the REAL provider (real messages, real charges) through a recording proxy")
	fl.BoolVar(&f.noValidate, "no-validate", false, "with --real: forward even requests the fake would reject")
	fl.StringVar(&f.upstream8x8, "upstream-8x8", "", "with --real: base URL to use instead of the 8x8 host the hook addresses")
	fl.StringVar(&f.upstreamTwilio, "upstream-twilio", "", "with --real: base URL to use instead of the Twilio host the hook addresses")
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
	em := emulator.New(emulator.Config{SharedModulesDir: f.actionsDir})
	hook, err := em.Load(src.Name, src.Code)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	h, err := newHarness(f, secrets, src, stderr)
	if err != nil {
		return err
	}
	report := h.Run(ctx, em, hook, emulator.Invocation{Payload: payload, Secrets: secrets, Timeout: f.timeout})
	if f.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false) // keep <secret:NAME> readable
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

// newHarness builds the world of a run: the fakes, or with --real the
// recording proxy to the real providers, after the checks that keep real
// mode from ever starting by accident.
func newHarness(f runFlags, secrets map[string]string, src harness.Source, stderr io.Writer) (*harness.Harness, error) {
	cfg := harness.Config{
		AllowHosts: f.allowHosts,
		Fake8x8:    fake8x8.Config{APIKey: f.fake8x8Key, SubAccounts: f.fake8x8Subs},
	}
	if !f.real {
		if f.noValidate || f.upstream8x8 != "" || f.upstreamTwilio != "" {
			return nil, usageError("--no-validate, --upstream-8x8 and --upstream-twilio only apply with --real")
		}
		return harness.New(cfg), nil
	}
	real, err := realConfig(f, secrets, src)
	if err != nil {
		return nil, err
	}
	fmt.Fprintln(stderr, "hookemu: REAL MODE: real messages will be sent and charged to your provider account.")
	for _, host := range real.RealHosts() {
		fmt.Fprintln(stderr, "hookemu: requests go to", host)
	}
	if !real.NoValidate {
		fmt.Fprintln(stderr, "hookemu: requests the fake would reject are not sent (--no-validate sends them anyway)")
	}
	h, err := harness.NewReal(cfg, real)
	if err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	return h, nil
}

func realConfig(f runFlags, secrets map[string]string, src harness.Source) (harness.Real, error) {
	real := harness.Real{NoValidate: f.noValidate}
	if len(secrets) == 0 || (src.Demo != nil && sameSecrets(secrets, src.Demo)) {
		return real, usageError("--real needs your provider credentials: pass them with --secret KEY=VALUE or --secrets-file (demo secrets are never sent to a real provider)")
	}
	for name, value := range secrets {
		if value == "" {
			return real, usageError("--real: secret %s is empty; set it, or the real provider will refuse the request anyway", name)
		}
	}
	var err error
	if real.Upstream8x8, err = upstreamURL("--upstream-8x8", f.upstream8x8); err != nil {
		return real, err
	}
	if real.UpstreamTwilio, err = upstreamURL("--upstream-twilio", f.upstreamTwilio); err != nil {
		return real, err
	}
	return real, nil
}

func sameSecrets(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
