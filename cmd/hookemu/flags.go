package main

import (
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/emulator/nodemodules"
	"github.com/hookemu/hookemu/emulator/runtimes"
	"github.com/hookemu/hookemu/harness"
)

// hookFlags are the flags of every subcommand that runs hook code (run,
// test, check and diff), so each name means the same and is checked the
// same way everywhere.
type hookFlags struct {
	secretFlags
	stubFlags
	timeout    time.Duration
	memory     byteSize
	json       bool
	actionsDir string
	// nodeModules and preferNodeModules are emulator.Config's.
	nodeModules       []string
	preferNodeModules []string
	// runtime is --runtime: the Node the code runs on, over what an
	// artifact declares ("" leaves it to the artifact or the kind).
	runtime string
}

// add registers the group; jsonUsage says what --json prints for this
// subcommand.
func (f *hookFlags) add(fl *pflag.FlagSet, jsonUsage string) {
	f.secretFlags.register(fl)
	f.stubFlags.register(fl)
	fl.DurationVar(&f.timeout, "timeout", emulator.DefaultTimeout, "time limit of each call, as Auth0's")
	f.memory = emulator.DefaultMemory
	fl.Var(&f.memory, "memory", "memory limit of each call, loading included (e.g. 256MiB); a call over it ends as memory-limit")
	fl.BoolVar(&f.json, "json", false, jsonUsage)
	fl.StringVar(&f.actionsDir, "actions-dir", "", "folder of the Actions' shared modules (require('actions:NAME') loads NAME.js from it)")
	repeatableVar(fl, &f.nodeModules, "node-modules", "a node_modules folder (or one that holds it) to load real packages from, after the hook's own (repeatable)")
	fl.StringVar(&f.runtime, "runtime", "", "the Node runtime the code runs on: "+strings.Join(runtimes.Names(), ", ")+
		" (default: the artifact's, else node22 for an Action and node12 for a hook)")
	repeatableVar(fl, &f.preferNodeModules, "prefer-node-modules", "run the installed package NAME instead of hookemu's built-in shim; * for every installed one (repeatable)")
}

// loadOptions are src's load options with --runtime over the runtime
// the artifact declares.
func (f *hookFlags) loadOptions(src harness.Source) emulator.LoadOptions {
	opts := src.LoadOptions()
	if f.runtime != "" {
		opts.Runtime = f.runtime
	}
	return opts
}

// strictUsage is --strict of run and test (check's --strict fails warnings).
const strictUsage = "exit 1 when a problem of severity error was found (an unhandled rejection, a secret read but not set)"

// emulatorConfig is the emulator these flags ask for (their limits bound
// loading the hook as well as every call); hookemu test's workers build
// theirs from the same flags.
func (f *hookFlags) emulatorConfig() emulator.Config {
	return emulator.Config{SharedModulesDir: f.actionsDir, Timeout: f.timeout, Memory: int64(f.memory),
		NodeModules: f.nodeModules, PreferNodeModules: f.preferNodeModules}
}

// workerArgs are the flags that shape the emulator, for hookemu test's
// workers; secrets travel with each job instead.
func (f *hookFlags) workerArgs() []string {
	args := []string{"--timeout", f.timeout.String(), "--memory", strconv.FormatInt(int64(f.memory), 10)}
	if f.actionsDir != "" {
		args = append(args, "--actions-dir", f.actionsDir)
	}
	for _, dir := range f.nodeModules {
		args = append(args, "--node-modules", dir)
	}
	for _, name := range f.preferNodeModules {
		args = append(args, "--prefer-node-modules", name)
	}
	return args
}

// secretFlags are --secret and --secrets-file, for the subcommands that
// run hook code and for serve, which masks the secrets in what it shows.
type secretFlags struct {
	secrets     []string
	secretsFile string
}

func (f *secretFlags) register(fl *pflag.FlagSet) {
	repeatableVar(fl, &f.secrets, "secret", "secret as KEY=VALUE (repeatable)")
	fl.StringVar(&f.secretsFile, "secrets-file", "", "dotenv file of secrets (KEY=VALUE lines)")
}

// validate refuses values no run can use, before anything runs.
func (f *hookFlags) validate() error {
	if f.timeout <= 0 {
		return usageError("--timeout must be positive, e.g. --timeout 5s")
	}
	if _, err := runtimes.Parse(f.runtime); err != nil {
		return usageError("--runtime: %v", err)
	}
	if err := emulator.CheckSharedModulesDir(f.actionsDir); err != nil {
		return usageError("%v", err)
	}
	for _, dir := range f.nodeModules {
		if err := nodemodules.CheckDir(dir); err != nil {
			return usageError("%v", err)
		}
	}
	for _, name := range f.preferNodeModules {
		if err := emulator.CheckPreferNodeModules(name); err != nil {
			return usageError("%v", err)
		}
	}
	return nil
}

// payloadFlags change the payload Auth0 passes the hook.
type payloadFlags struct {
	file        string
	recipient   string
	text        string
	code        string
	messageType string
	action      string
	language    string
	// notificationType and from set a custom-phone-provider Action's
	// event.notification fields that no context field gives.
	notificationType string
	from             string
}

func (f *payloadFlags) add(fl *pflag.FlagSet) {
	fl.StringVar(&f.file, "payload", "", "JSON file with {recipient, text, context}, merged over the default payload")
	fl.StringVar(&f.recipient, "recipient", "", "recipient phone number (default +18085555555)")
	fl.StringVar(&f.text, "text", "", "message text (default: the runner's example, with --code's code)")
	fl.StringVar(&f.code, "code", "", "one-time password in context.code")
	fl.StringVar(&f.messageType, "message-type", "", "context.message_type: sms or voice")
	fl.StringVar(&f.action, "action", "", "context.action: enrollment or second-factor-authentication")
	fl.StringVar(&f.language, "language", "", "context.language")
	fl.StringVar(&f.notificationType, "notification-type", "", "a custom-phone-provider Action's event.notification.message_type: otp_verify, otp_enroll, blocked_account, change_password or password_breach (default: from --action)")
	fl.StringVar(&f.from, "from", "", "a custom-phone-provider Action's event.notification.from, the sender's number")
}
