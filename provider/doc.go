// Package provider is the contract a fake provider API implements, and
// the guide to adding one.
//
// A provider is the facts about one real API (its name, hosts, paths,
// real base URL, configuration schema, how to read a request and an
// answer) plus a constructor of its fake. The registry, package
// providers, lists them; everything else (the harness's routing, `serve`
// mounting and forward mode, the REST API's common message fields,
// scenario keys, faults, journals, credential masking, check's "reaches a
// provider", diff, the CLI's --upstream-NAME) asks the registry, never a
// provider by name. A new provider is one package and one line.
//
// # Adding a provider, step by step
//
// 1. The package. Create a top-level folder fakeNAME (fakesns,
// fakevonage), like fake8x8 and faketwilio, with a doc.go whose package
// doc lists the facts the fake relies on about the real API (endpoints,
// authentication, validation, success and error bodies and statuses),
// each with its source (a URL or a repository path), in your own words.
//
// 2. The fake. A Config struct and func New(cfg Config) *Server, where
// *Server implements Fake: an http.Handler that answers as the real API
// does, a fakekit.Journal it fills for every request, accepted or not
// (Entry.Provider = Name, Destination, MessageID, Accepted), faults from
// fakekit.Faults matched by destination ("*" for every request) applied
// after authentication, ids and timestamps from a *fakekit.IDs (seeded:
// the same requests get byte-identical answers), Reset, and Check, which
// runs the same validation as ServeHTTP without journaling or faults
// (real mode asks it before it forwards a paid request). Bound every body
// read and every parse: hostile input must not crash or hang the fake.
//
// 3. The Config is the schema. Its exported fields, with json and yaml
// tags (the same key in both) and doc comments, are what users write
// under fakeNAME: or providers: {NAME: ...} in scenarios and what serve
// decodes; unknown keys are refused. The zero Config is a permissive
// account (any well-formed credentials), so a hook runs out of the box;
// each field set makes the fake as strict as the real one is for one
// account. It has, like every provider's, these fields:
//
//	Faults       []fakekit.Fault `json:"faults,omitempty" yaml:"faults,omitempty"`
//	JournalSize  int             `json:"journal_size,omitempty" yaml:"journal_size,omitempty"`
//	JournalBytes int64           `json:"journal_bytes,omitempty" yaml:"journal_bytes,omitempty"`
//	IDs          *fakekit.IDs    `json:"-" yaml:"-"`
//
// 4. The Provider type. In the same package:
//
//	const Name = "sns"
//	type Provider struct{}
//	var _ provider.Provider = Provider{}
//
// with the methods of Provider. Hosts may use "*" for one DNS label
// ("sns.*.amazonaws.com"); see MatchHost. Paths are the prefixes `serve`
// routes by on its single port; they must not overlap another
// provider's (return none if yours post to "/": the fake is then reached
// under /NAME/ and by Host header). Upstream(path) is the real base URL
// (one per product, as Twilio's api. and verify. hosts). New reads its
// configuration with ConfigOf and lays Common over it with Common.Lay:
// Common.IDs (the harness reseeds it between runs), Common.Faults appended
// to the configured ones, Common.Journal's bounds where the configuration
// sets none. Upstream may be nil
// when there is no one real base URL (every tenant has its own Auth0
// domain). Implement Kinded too: Kind is Messaging, or Tenant for the
// tenant's own Auth0 domain (reaching it is not reaching a provider, and
// shared faults spare it).
//
// Describe and Answer are what the REST API shows of every provider
// alike (provider, destination, text, code, status) and what forward mode
// journals: Describe reads the destination, the text (ExtractCode finds
// the one-time code in it) and every credential the request carries
// (keys, secrets, tokens, signatures: they are masked wherever shown);
// Answer reads the provider's id of what it created and whether it took
// the message. Both must never fail or panic, whatever the bytes.
//
// Implement Exampler: Example is one request the default fake accepts
// (made-up credentials, a message with a code in its text): the
// registry's conformance test sends it to prove the contract (accepted
// and journaled, refused without credentials, Check agreeing without
// journaling, Reset, faults, seeded answers byte for byte).
//
// 5. Register it: one line in the list in providers/providers.go. The
// scenario keys fakeNAME: and providers: {NAME: ...}, serve's mounting
// (your Paths, and always /NAME/...), the REST API, --upstream-NAME and
// the harness's routing of your hosts all follow.
//
// 6. Tests. The registry's tests already hold your provider to the
// contract (unique name, hosts and paths that overlap no other
// provider's, a documented Config with Faults, Describe and Answer that
// never panic, the conformance test over Example). Write the fake's own:
// a table per endpoint of what the real API accepts and refuses, with
// the real error bodies; authentication; faults; seeded answers; Check
// agreeing with ServeHTTP; a fuzz test of the request parsing; and
// journal entries with Destination, MessageID and Accepted filled in.
//
// 7. Fidelity. When a shim (emulator/modules/...) talks to the provider,
// add cases under fidelity/cases (see fidelity/doc.go): the fidelity
// world builds every registered provider's fake, so the same code runs in
// hookemu and in Node with the real package against your fake.
//
// 8. README. Add a row to the Providers table: the provider, its hosts,
// the credentials it checks, what it validates, and the embedded example
// hook under hooks/ with its scenario under scenarios/examples/.
package provider
