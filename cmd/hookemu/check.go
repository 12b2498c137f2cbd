package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/hookemu/hookemu/check"
	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
)

type checkFlags struct {
	secrets     []string
	secretsFile string
	strict      bool
	json        bool
	timeout     time.Duration
	actions     string
}

func newCheckCommand(stdout, stderr io.Writer) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check HOOK.js",
		Short: "Check a hook before deploying it: its code, its secrets, and every call against the fake providers",
		Long: `Check a hook before it goes to a tenant, and say what to change.

Static checks read the code: it parses; module.exports is a function
(recipient, text, context, cb); every require names a module hookemu
emulates (and which version it gets); every secret it reads is provided,
and every one provided is read (at most 20); no name is used that is
never defined.

Then the hook is called against the fake providers as Auth0 calls it, for
sms and voice, enrollment and second factor: it must call back exactly
once, in time, without throwing or leaving a rejection unhandled, after
its request has finished, with the recipient and the code in what the
provider got. With the provider answering 500, then 401, then not at all,
it must call back with an error, not succeed and not hang.

Each check prints PASS, WARN or FAIL with its reason, the line it concerns
and, for a FAIL, what to change. A syntax error is a FAIL like any other.

Exit status: 0 no check failed, 1 a check failed (with --strict, also a
warning), 2 usage error (bad flags, unreadable file).`,
		Example: `  hookemu check my-hook.js --secrets-file .env
  hookemu check my-hook.js --secret apikey=test --secret subaccount=acme --strict
  hookemu check my-hook.js --json`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError("check takes one hook file, e.g. hookemu check my-hook.js")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return checkHook(cmd.Context(), args[0], f, stdout)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&f.secrets, "secret", nil, "secret as KEY=VALUE (repeatable)")
	fl.StringVar(&f.secretsFile, "secrets-file", "", "dotenv file of secrets (KEY=VALUE lines)")
	fl.StringVar(&f.actions, "actions-dir", "", "folder of the Actions' shared modules (require('actions:NAME') loads NAME.js from it)")
	fl.BoolVar(&f.strict, "strict", false, "fail (exit 1) on warnings too")
	fl.BoolVar(&f.json, "json", false, "print one JSON report object on stdout and nothing else")
	fl.DurationVar(&f.timeout, "timeout", emulator.DefaultTimeout, "time limit of each call, as Auth0's (the provider time-out case uses at most 2s of it)")
	return cmd
}

func checkHook(ctx context.Context, path string, f checkFlags, stdout io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if f.timeout <= 0 {
		return usageError("--timeout must be positive, e.g. --timeout 5s")
	}
	src, err := harness.ReadSource(path)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	secrets, demo, err := checkSecrets(f, src)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	rep := check.Run(ctx, check.Options{Name: src.Name, Source: src.Code, Secrets: secrets, Timeout: f.timeout, SharedModulesDir: f.actions})
	rep.OK = rep.Passed(f.strict)
	if f.json {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false) // keep <secret:NAME> readable
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		printCheckReport(stdout, rep, f.strict)
		if demo {
			fmt.Fprintf(stdout, "(embedded hook %s, checked with its demo secrets; check your own with: hookemu check my-hook.js --secrets-file .env)\n", src.Name)
		}
	}
	if !rep.OK {
		return errFailed
	}
	return nil
}

// checkSecrets takes the secrets file, then --secret flags. Only an
// embedded hook named on the command line (not a file on disk, even an
// unchanged copy) falls back to its demo secrets: check answers whether
// the secrets the user gives are enough.
func checkSecrets(f checkFlags, src harness.Source) (map[string]string, bool, error) {
	secrets := map[string]string{}
	if f.secretsFile != "" {
		file, err := harness.ParseSecretsFile(f.secretsFile)
		if err != nil {
			return nil, false, err
		}
		maps.Copy(secrets, file)
	}
	for _, kv := range f.secrets {
		k, v, err := harness.ParseSecretFlag(kv)
		if err != nil {
			return nil, false, err
		}
		secrets[k] = v
	}
	if len(secrets) == 0 && src.Embedded && len(src.Demo) > 0 {
		return src.Demo, true, nil
	}
	return secrets, false, nil
}

// printCheckReport prints one line per check, statuses and names in
// columns, the fix under each FAIL (and WARN), then the verdict.
func printCheckReport(w io.Writer, rep check.Report, strict bool) {
	fmt.Fprintf(w, "checking %s (%s)\n\n", rep.Hook, rep.Kind)
	width := 0
	for _, c := range rep.Checks {
		width = max(width, len(c.Name))
	}
	for _, c := range rep.Checks {
		where := ""
		if c.Line > 0 {
			where = fmt.Sprintf("%s:%d: ", rep.Hook, c.Line)
		}
		fmt.Fprintf(w, "%-4s  %-*s  %s%s\n", c.Status, width, c.Name, where, c.Message)
		if c.Fix != "" && c.Status != check.Pass {
			fmt.Fprintf(w, "%s  fix: %s\n", strings.Repeat(" ", 4+2+width), c.Fix)
		}
	}
	fmt.Fprintf(w, "\n%s\n", verdict(rep.Summary, strict))
}

func verdict(s check.Summary, strict bool) string {
	counts := fmt.Sprintf("%d PASS, %d WARN, %d FAIL", s.Pass, s.Warn, s.Fail)
	switch {
	case s.Fail > 0:
		return counts + ": fix the failures before deploying"
	case s.Warn > 0 && strict:
		return counts + ": --strict fails on warnings"
	case s.Warn > 0:
		return counts + ": no failures; review the warnings"
	}
	return counts + ": ready to deploy"
}
