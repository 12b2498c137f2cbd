package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/results"
)

type runFlags struct {
	hookFlags
	artifact    artifactFlags
	payload     payloadFlags
	strict      bool
	allowHosts  []string
	fake8x8Key  string
	fake8x8Subs []string
	fakes       fakeFlags
	real        bool
	noValidate  bool
	upstreams   upstreamFlags
	seed        string
}

func newRunCommand(stdout, stderr io.Writer) *cobra.Command {
	var f runFlags
	cmd := &cobra.Command{
		Use:   "run [HOOK.js | ARTIFACT]",
		Short: "Run a hook once against the fake providers and show what it sent",
		Long: `Run a hook once, as Auth0 would call it, against the fake provider APIs,
and show each request it made, the provider's answers, its console output,
any problems found and how it ended.

With no file, runs the embedded 8x8 hook (8x8's Auth0 integration guide)
with demo secrets. Any documented hook (hooks/NAME.js), left unchanged,
runs with its demo secrets when none are given, and with its demo stubs
for the hosts no fake knows (a Slack webhook) when no --stubs is given.
The payload is the Auth0 runner's example, with the recipient in E.164
form; --payload and the payload flags change it.

` + artifactHelp + `

Exit status: 0 the hook succeeded, 1 it failed, 2 usage or load error.`,
		Example: `  hookemu run
  hookemu run my-hook.js --secrets-file .env --payload payload.json
  hookemu run my-hook.js --secret apikey=test --message-type voice --json
  hookemu run tenant/actions/sms-8x8.json --secrets-file .env
  hookemu run infra/ --name sms-8x8 --var-file prod.tfvars`,
		Args:              takesArgs(0, 1, "at most one hook file", "hookemu run my-hook.js"),
		ValidArgsFunction: completeCode(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := ""
			if len(args) == 1 {
				path = args[0]
			}
			return runHook(cmd.Context(), path, f, stdout, stderr)
		},
	}
	fl := cmd.Flags()
	f.payload.add(fl)
	f.hookFlags.add(fl, "print one JSON result object on stdout and nothing else")
	f.artifact.register(fl)
	fl.BoolVar(&f.strict, "strict", false, strictUsage)
	repeatableVar(fl, &f.allowHosts, "allow-host", "let requests to this host reach the real network (repeatable)")
	f.fakes.add(fl)
	fl.StringVar(&f.fake8x8Key, "fake8x8-apikey", "", "make the fake 8x8 accept only this API key (default: any well-formed key); --fake 8x8.apikey=KEY")
	repeatableVar(fl, &f.fake8x8Subs, "fake8x8-subaccount", "make the fake 8x8 accept only these subaccounts (repeatable); --fake 8x8.subaccounts=[A,B]")
	fl.StringVar(&f.seed, "seed", "", "derive the fakes' ids and timestamps from this (default: the hook's file name), so runs repeat byte for byte")
	fl.BoolVar(&f.real, "real", false, "send provider requests to the REAL provider (real messages, real charges) through a recording proxy")
	fl.BoolVar(&f.noValidate, "no-validate", false, "with --real: forward even requests the fake would reject")
	f.upstreams.add(fl, func(p provider.Provider) string {
		return "with --real: base URL to use instead of the " + p.Title() + " host the hook addresses"
	})
	return cmd
}

func runHook(ctx context.Context, path string, f runFlags, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := f.validate(); err != nil {
		return err
	}
	src, err := f.artifact.readSource(path)
	if err != nil {
		return err
	}
	payload, err := f.payload.build()
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	secrets, err := f.loadSecrets(f.artifact.env(), src)
	if err != nil {
		return err
	}
	em := emulator.New(f.emulatorConfig())
	hook, err := em.LoadWith(ctx, src.Name, src.Code, f.loadOptions(src))
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	f.seed = cmp.Or(f.seed, src.Name)
	h, err := newHarness(f, secrets, stderr)
	if err != nil {
		return err
	}
	stubSet, err := f.stubFlags.load(src)
	if err != nil {
		return err
	}
	h.SetStubs(stubSet.set)
	report := h.Run(ctx, em, hook, emulator.Invocation{Payload: payload, Secrets: secrets.values, SecretOrigins: secrets.origins, Timeout: f.timeout})
	if f.json {
		if err := writeJSON(stdout, results.Run{Report: report, Artifact: describeArtifact(src, &secrets)}); err != nil {
			return err
		}
	} else {
		printArtifactHeading(stdout, src, &secrets)
		printReport(stdout, styleFor(stdout, os.Getenv), report, payload, newDemoNote(secrets, stubSet))
	}
	if !report.OK {
		return errFailed
	}
	if n := len(report.Errors()); f.strict && n > 0 {
		return &exitError{code: exitFailed, err: fmt.Errorf("--strict: the run had %d %s of severity error", n, plural(n, "problem", "problems"))}
	}
	return nil
}

// shorthandFakes are the keys the 8x8 shorthand flags set.
func (f runFlags) shorthandFakes() map[string]map[string]any {
	kv := map[string]any{}
	if f.fake8x8Key != "" {
		kv["apikey"] = f.fake8x8Key
	}
	if len(f.fake8x8Subs) > 0 {
		kv["subaccounts"] = f.fake8x8Subs
	}
	if len(kv) == 0 {
		return nil
	}
	return map[string]map[string]any{fake8x8.Name: kv}
}

// newHarness builds the world of a run: the fakes, or with --real the
// recording proxy to the real providers, after the checks that keep real
// mode from ever starting by accident.
func newHarness(f runFlags, secrets secretSet, stderr io.Writer) (*harness.Harness, error) {
	configs, err := f.fakes.configs(f.shorthandFakes())
	if err != nil {
		return nil, err
	}
	cfg := harness.Config{AllowHosts: f.allowHosts, Providers: configs, Seed: f.seed}
	if !f.real {
		if given := f.upstreams.given(); f.noValidate || len(given) > 0 {
			return nil, usageError("%s only apply with --real", strings.Join(append([]string{"--no-validate"}, given...), " and "))
		}
		return harness.New(cfg), nil
	}
	real, err := realConfig(f, secrets)
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

func realConfig(f runFlags, secrets secretSet) (harness.Real, error) {
	real := harness.Real{NoValidate: f.noValidate}
	if len(secrets.values) == 0 || secrets.demo != "" {
		return real, usageError("--real needs your provider credentials: pass them with --secret KEY=VALUE or --secrets-file (demo secrets are never sent to a real provider)")
	}
	for name, value := range secrets.values {
		if value == "" {
			return real, usageError("--real: secret %s is empty; set it, or the real provider will refuse the request anyway", name)
		}
	}
	var err error
	real.Upstreams, err = f.upstreams.parse()
	return real, err
}
