package deploy

// Format names the kind of artifact a path holds.
type Format string

// The artifact formats Load reads.
const (
	FormatA0Directory Format = "a0deploy directory"
	FormatA0YAML      Format = "a0deploy yaml"
	FormatA0JSON      Format = "a0deploy json" // one actions/NAME.json or hooks/NAME.json
	FormatTerraform   Format = "terraform"
	FormatManagement  Format = "management api"
)

// Kind tells an Action from a legacy Hook.
type Kind string

// The kinds of entry.
const (
	KindAction Kind = "action"
	KindHook   Kind = "hook"
)

// Trigger ids hookemu runs.
const (
	TriggerSendPhoneMessage    = "send-phone-message"
	TriggerCustomPhoneProvider = "custom-phone-provider"
)

// Artifact is what one deploy artifact declares.
type Artifact struct {
	Format Format
	// Path is the file or folder read.
	Path string
	// Entries are every Action and Hook found, of any trigger, in the
	// order the artifact lists them (files in name order).
	Entries []Entry
	// Bindings maps a trigger id to the names of the Actions bound to it,
	// in execution order. Nil when the artifact holds no bindings (a
	// single action file, a Management API action): then nothing is known.
	Bindings map[string][]string
	// PhoneProvider is the tenant's phone provider when the artifact holds
	// it, nil otherwise.
	PhoneProvider *PhoneProvider
	// TenantRuntime is the tenant's sandbox version ("node12" ... "node22")
	// when the artifact holds it: Hooks run on it.
	TenantRuntime string
	// Notes are facts about the reading a user should know (secret values
	// are never exported; a path escaped the artifact's root), shown with
	// the report; never errors.
	Notes []string
}

// Entry is one Action or Hook as the artifact declares it.
type Entry struct {
	Name string
	Kind Kind
	// Source locates the declaration: "actions/sms.json",
	// "main.tf:12", "tenant.yaml" (with the entry's name).
	Source string
	// CodePath is the file the code was read from ("" when inline: a
	// heredoc, Management API JSON). Its folder is where require looks
	// for node_modules.
	CodePath string
	// Code is the code Auth0 would run: after keyword replacement, after
	// HCL evaluation, the deployed version's unless Draft was asked for.
	Code []byte
	// Runtime is the declared runtime, normalised to node12, node16,
	// node18 or node22 (node18-actions reads as node18); empty when the
	// artifact names none.
	Runtime string
	// Trigger is the supported trigger (an Action's first; a Hook's
	// triggerId, with no version).
	Trigger Trigger
	// Dependencies are the declared npm packages with their versions.
	Dependencies []Dependency
	// Secrets are the declared secrets, by name.
	Secrets []Secret
	// Enabled is a Hook's enabled flag; Deployed an Action's deploy
	// (a0deploy deployed, Terraform deploy, API all_changes_deployed).
	Enabled, Deployed bool
	// Modules are shared Action modules (require('actions:NAME')).
	Modules []string
}

// Trigger is a trigger id and version ("send-phone-message", "v2").
type Trigger struct {
	ID, Version string
}

// Dependency is one declared npm package.
type Dependency struct {
	Name, Version string
}

// Secret is one declared secret. Value is set only where the artifact
// holds a usable value (a Terraform literal or variable, a keyword that was
// replaced); exports hold none, "_VALUE_NOT_SHOWN_" is no value, and a
// value is never printed.
type Secret struct {
	Name     string
	Value    string
	HasValue bool
}

// PhoneProvider is the tenant's phone provider configuration.
type PhoneProvider struct {
	Name            string // "twilio" or "custom"
	Disabled        bool
	DeliveryMethods []string // "text", "voice"
}

// Options steer Load.
type Options struct {
	// Name selects one entry where the artifact holds several phone
	// entries (Select uses it; Load reads them all).
	Name string
	// Draft reads a Management API action's draft (top-level code)
	// instead of its deployed version.
	Draft bool
	// Vars are Terraform -var NAME=VALUE; VarFiles -var-file paths, read
	// after terraform.tfvars and *.auto.tfvars.
	Vars     map[string]string
	VarFiles []string
	// ConfigFile is an a0deploy config.json; its
	// AUTH0_KEYWORD_REPLACE_MAPPINGS are the keywords, and so are the
	// environment's (the environment wins, as a0deploy's --env does).
	ConfigFile string
	// Getenv reads the environment (AUTH0_KEYWORD_REPLACE_MAPPINGS, every
	// variable as a keyword, TF_VAR_*, AUTH0_BASE_PATH); nil reads none,
	// so tests and library callers are hermetic.
	Getenv  func(string) string
	Environ func() []string

	// tfLimits replaces the Terraform evaluation budget (tests set a
	// small one); nil is the default.
	tfLimits *tfLimits
}

// IsPhone reports whether the entry runs for phone messages: the triggers
// hookemu emulates.
func (e Entry) IsPhone() bool {
	return e.Trigger.ID == TriggerSendPhoneMessage || e.Trigger.ID == TriggerCustomPhoneProvider
}

// PhoneEntries are the artifact's send-phone-message and
// custom-phone-provider entries.
func (a *Artifact) PhoneEntries() []Entry {
	var out []Entry
	for _, e := range a.Entries {
		if e.IsPhone() {
			out = append(out, e)
		}
	}
	return out
}
