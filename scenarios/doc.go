// Package scenarios runs regression scenarios for send-phone-message
// hooks: "this hook, with these secrets and this payload, must send
// exactly this request and succeed; when the provider answers 500 it must
// fail". A scenario file says what to run and what must happen; `hookemu
// test` (or Run, from a Go test) runs every scenario against the fake
// providers, offline, and reports what differs.
//
// This doc is the manual of the file format.
//
// # A scenario file
//
// A scenario is a YAML file (JSON is accepted too, and read the same way):
//
//	name: 8x8 enrollment SMS reaches the provider
//	hook: ../hooks/8x8.js          # relative to this file
//	timeout: 5s                     # optional, default 20s
//	memory: 64MiB                   # optional, default 128MiB
//	secrets:                        # literal values, or ${ENV_NAME} from the environment
//	  apikey: test-key
//	  subaccount: acme-otp
//	payload:                        # merged over the Auth0 runner's example payload
//	  recipient: "+6512345678"
//	  context: {message_type: sms}
//	fake8x8:                        # optional fake configuration
//	  apikey: test-key              # accept only this key
//	  subaccounts: [acme-otp]
//	expect:
//	  outcome: success
//	  response: {}
//	  request_count: 1
//	  requests:
//	    - method: POST
//	      url: https://sms.8x8.com/api/v1/subaccounts/<secret:subaccount>/messages
//	      headers: {Authorization: "Bearer <secret:apikey>"}
//	      json: {destination: "+6512345678", encoding: AUTO}
//	  problems: []
//	cases:
//	  - name: voice is sent as an SMS too
//	    payload: {context: {message_type: voice}}
//	  - name: an 8x8 outage fails the hook
//	    fake8x8:
//	      faults: [{destination: "*", status: 503}]
//	    expect: {outcome: error, error: status code 503, response: null}
//
// # Keys
//
// Every key is optional except hook. A key the format does not have is an
// error, reported with the file, line and column and the valid key it most
// likely meant ("did you mean payload?"), so a typo never passes silently;
// so is a value of the wrong kind (an unknown outcome, a broken regular
// expression, a duration without its unit).
//
//	name        The scenario's name in reports. Default: the file name
//	            without its extensions ("sms" for sms.scenario.yaml).
//	hook        The hook's .js file, relative to the scenario file. The bare
//	            name of a documented hook ("8x8.js", "starter.js") that is
//	            not found there is the one embedded in hookemu. A list of
//	            files runs the scenario against each; see Several hooks.
//	            It may also name what you deploy (see Deploy artifacts).
//	entry       Where hook names a deploy artifact holding several
//	            send-phone-message or custom-phone-provider hooks and
//	            actions, the name of the one to run.
//	timeout     The time limit, with its unit: 5s, 250ms, 1m. Default 20s,
//	            Webtask's, or hookemu test --timeout. It bounds loading
//	            the hook too (the code at the top of the file): a hook
//	            that never finishes loading times out. A bare number is
//	            refused (YAML would read 5 as five nanoseconds).
//	memory      The memory limit, with its unit: 64MiB, 256MiB. Default
//	            128 MiB, or hookemu test --memory. A run over it ends with
//	            outcome memory-limit, as Auth0 kills such a container.
//	runtime     The Node runtime the hook runs on: node12, node16, node18
//	            or node22. It decides process.version, the globals there
//	            are (fetch from node18; navigator, WebSocket on node22),
//	            and whether an unhandled rejection fails the run (from
//	            node16) or only warns (node12). Default: hookemu test
//	            --runtime, else what a deploy artifact declares, else
//	            node22 for an Action and node12 for a hook. Another
//	            value is refused with the list.
//	secrets     The hook's context.webtask.secrets, NAME: value. ${NAME} in
//	            a value is taken from the environment, so that real
//	            credentials need not be written down. An unset variable
//	            fails only the scenarios that use it, naming it, and the
//	            rest of the suite runs (--skip-missing-env skips them
//	            instead). Reports show every secret's value
//	            as <secret:NAME>, and expectations are written that way.
//	            hookemu test --secret and --secrets-file give secrets
//	            under these. A documented hook left unchanged that gets no
//	            secrets from either runs with its demo secrets.
//	payload     {recipient, text, context}, merged over the Auth0 runner's
//	            example payload (recipient +18085555555, message_type sms,
//	            action enrollment, ...): objects key by key, all the way
//	            down. A payload Auth0 would never send (message_type fax, a
//	            recipient that is not text, a context key Auth0 never
//	            sends, such as mesage_type) is an error. Quote phone
//	            numbers: YAML reads +6512345678 as a number.
//	            payload.event sets what an Action's event has and a
//	            hook's context lacks, or differs from what the context
//	            gives; a hook never sees it. Its objects are the ones
//	            Auth0 documents: notification (message_type otp_verify,
//	            otp_enroll, blocked_account, change_password or
//	            password_breach; delivery_method text or voice; as_text,
//	            as_voice, from, locale, recipient, code), tenant,
//	            organization, connection, custom_domain, client, request,
//	            transaction and user, each with its documented fields.
//	            Unset, a custom-phone-provider Action's notification
//	            follows the context: message_type sms is delivery_method
//	            text, action enrollment is otp_enroll (a second factor
//	            otp_verify), as_text and as_voice are the text, code is
//	            context.code, locale context.language; from is left out.
//	              payload:
//	                context: {message_type: voice}
//	                event:
//	                  notification: {message_type: password_breach, from: "+15550100"}
//	                  tenant: {friendly_name: Acme}
//	fakeNAME    One provider's fake configuration, for every provider
//	            hookemu fakes (`hookemu help providers` lists them and
//	            their keys): fake8x8 takes apikey (accept only this key),
//	            subaccounts (accept only these), faults, journal_size;
//	            faketwilio takes account_sid, auth_token, numbers,
//	            services, faults, journal_size; fakesns, fakevonage and
//	            the others take their provider's. Unknown keys are
//	            refused, with the nearest key.
//	providers   The same, as one mapping by provider name:
//	            providers: {8x8: {apikey: k}, twilio: {auth_token: t}}.
//	            A provider configured both here and under its fakeNAME
//	            key is an error; an unknown name is refused with the
//	            nearest one.
//	stubs       What hosts no fake knows answer (a Slack webhook, the
//	            tenant's own API), WireMock style; package stubs is the
//	            manual of the formats. A file (relative to this one, e.g.
//	            slack.stubs.yaml: files named *.stubs.yaml are never taken
//	            for scenarios), a list of files, stubs written here in any
//	            of the formats, or a map from host to a file or to stubs:
//	              stubs:
//	                hooks.slack.com: slack.stubs.yaml
//	                otp.example.com: [{method: POST, status: 200, json: {ok: true}}]
//	            hookemu test --stubs gives stubs under these (a scenario's
//	            own win a tie of priorities). A request no stub matches
//	            gets a 404 whose body is the near-miss report, and is a
//	            problem. Stubbed requests are checked in expect.requests
//	            like any other.
//	node_modules  A folder of real npm packages (or a list of them),
//	            relative to this file and inside the suite's tree, as a
//	            hook is: node_modules, or the folder npm install ran in.
//	            The hook looks there after its own folder's node_modules
//	            and before hookemu test --node-modules.
//	expect      What must happen; see Expectations.
//	skip        A reason not to run the scenario; it is reported as
//	            skipped with the reason.
//	cases       Several scenarios in one file; see Cases.
//
// # Deploy artifacts
//
// hook may name what you deploy instead of a .js file, relative to the
// scenario file: an a0deploy actions/NAME.json or hooks/NAME.json, an
// a0deploy folder or tenant.yaml, a Terraform file or folder, or
// Management API JSON (its deployed version). The scenario runs the code
// Auth0 would run (keywords replaced from AUTH0_KEYWORD_REPLACE_MAPPINGS
// and the environment as a0deploy replaces them; Terraform variables from
// *.tfvars and TF_VAR_*), on the runtime the artifact declares, with the
// dependency versions it declares, and with the values it holds for its
// declared secrets under the runner's and the scenario's secrets (exports
// hold none: give them under secrets). entry: picks the hook or action
// where the artifact holds several:
//
//	hook: ../tenant/tenant.yaml
//	entry: sms-8x8
//
// A fault makes a fake misbehave for one destination ("*" for all):
//
//	faults:
//	  - destination: "+6599990000"  # compared by its digits
//	    status: 500                 # answer with the provider's error body for it
//	    code: 2000                  # optional: the provider's error code
//	    message: "..."              # optional: its message
//	    delay: 3s                   # answer this late (past the timeout: a slow provider)
//	    probability: 0.5            # optional: only this share of requests
//
// Scenarios with the same fake configuration (faults aside) share built
// fakes, one scenario at a time, reset in between: no scenario sees what
// another sent.
//
// # Cases
//
// With cases, the file's top level is not a scenario of its own but what
// every case starts from: each case is the top level with the case's keys
// laid over it. The mappings secrets, payload, the fakeNAME keys,
// providers, stubs (by host: a case's stubs for a host replace the top
// level's) and expect merge key by key (payload and providers all the way
// down), so a case says only
// what differs; any other key a case gives (hook, timeout, skip, and the
// values inside expect, such as the requests list) replaces the top
// level's. So a top-level request_count: 1 or problems: [] holds for
// every case, and a case whose hook fails says so, and drops what no
// longer applies by writing it as null: response: null means the
// response is not checked (nor is any other key written as null), and
// expect: null drops every inherited expectation. A case is named by its
// name key (default "case N"), and names must differ within a file. A scenario's full name, as reports and --run
// see it, is "FILE NAME" or, for a case, "FILE NAME/CASE".
//
// # Several hooks
//
// A scenario can name several files, most often a legacy hook and the
// Action migrated from it (hookemu migrate), to hold both to the same
// expectations:
//
//	name: 8x8 before and after the move to Actions
//	hook: [../hooks/8x8.js, ../actions/8x8-action.js]
//
// The scenario (every case of it) runs once per file, in the order
// listed, and each run must meet the expectations on its own. Reports
// name each run with its file: "FILE NAME [8x8.js]", or "FILE NAME/CASE
// [8x8.js]" for a case; --run matches those names. The file name stands
// for the file, or the path as written when two listed files share a
// name. A hook and an Action get the same payload (an Action's event is
// built from it) and fail alike: a hook's cb(err) and an Action's throw
// are both the outcome error. What a hook passes to cb and what an Action
// returns rarely agree (Auth0 ignores both), so such a scenario seldom
// says response. A file listed twice, or an empty list, is an error.
//
// # Files hookemu reads
//
// A hook is a regular file ending in .js, .cjs or .mjs, of at most 4 MiB,
// inside the suite's folder tree: the repository holding the files or
// folders given to Load (the nearest folder above them with a .git), or,
// outside any repository, the working folder or the folder given. A
// symbolic link counts as where it leads. Loader.AllowOutsideRoot
// (`hookemu test --allow-outside-root`) lifts the folder rule. A name no
// file answers to that is a documented hook's ("8x8.js") is the embedded
// hook. Anything else (a folder, a device, /proc/self/environ, a file that
// is not text) is an error at the hook's line that shows nothing of the
// file.
//
// A stubs file a scenario names follows the same folder rule, is a
// regular file of at most 4 MiB, and is read as JSON or YAML.
//
// A scenario file is at most 4 MiB of UTF-8 text: a NUL byte, invalid
// UTF-8 or a control character is an error at its line and column, as is
// a mistake in a JSON file. YAML anchors and aliases (&base, *base) work,
// within limits: aliases may add at most MaxAliasValues values and
// MaxAliasTextBytes of text to a file, and an alias inside the value it
// names is an error at its line (YAML would expand it forever).
//
// # Expectations
//
//	outcome        success, error (cb got an error), exception (a throw),
//	               timeout, memory-limit or no-callback. When outcome is
//	               not written,
//	               success is expected, unless error is written, in which
//	               case any outcome but success is.
//	error          The error the hook failed with must contain this text (or
//	               match this /regular expression/), as "Name: message", e.g.
//	               "Error: Request failed with status code 500".
//	response       What the hook passed to cb, compared as JSON: equal, with
//	               /regular expressions/ allowed for strings.
//	request_count  How many requests the hook made.
//	requests       Every request the hook made, in order: one entry per
//	               request, no more, no fewer. In each entry, every key is
//	               optional ("- {}" accepts any request):
//	  method       POST, GET, ... (any case).
//	  url          The whole URL, as the hook wrote it, secrets masked.
//	  headers      Name: value pairs the request must have (others may be
//	               there too); names in any case, values whole.
//	  json         The body as JSON, compared as a subset: every key written
//	               must be there with a matching value, other keys may be
//	               there too; arrays compare element by element. With
//	               exact: true the body must be equal instead.
//	  form         The body as a form (urlencoded or multipart), field:
//	               value, a list of values for a repeated field; the same
//	               subset rule, and exact: true.
//	  body         The raw body, whole.
//	  status       The HTTP status the provider answered (0 when none came).
//	  exact        See json and form.
//	logs           Each must appear in some console line (any level).
//	problems       What hookemu noticed (a secret read but not set, cb
//	               called twice, work after cb, ...). [] means none is
//	               allowed; otherwise each written must appear in one.
//
// A string that starts and ends with "/" is a regular expression (Go's
// syntax), wherever an expectation takes text: "/^Bearer [a-z]+$/". It
// matches anywhere in the text unless anchored with ^ and $. Quote
// regular expressions in YAML's flow style ({error: "/50[0-9]/"}).
// Elsewhere text compares as said above: whole for url, headers, body
// and the strings in json, form and response; contained for error, logs
// and problems.
//
// # Finding scenario files
//
// `hookemu test PATH...` takes each file named (whatever its name, if it
// ends in .yaml, .yml or .json) and searches each folder named (default:
// the current one) for files named *.scenario.yaml, *.scenario.yml or
// *.scenario.json, and for every .yaml, .yml or .json file in a folder
// called scenarios or below one (looking at the absolute path, so that
// `hookemu test pass` inside a scenarios folder finds what the absolute
// path finds). Folders called testdata, vendor or node_modules, and those
// starting with "." or "_", are not searched unless named. See Discover.
//
// A file not named *.scenario.* that has no hook but a recipient,
// text or context is a payload kept with the scenarios (for hookemu run
// --payload), not a scenario: it is passed over with a note.
//
// # Running
//
// Hooks are compiled once per run however many scenarios use them, and
// scenarios run in parallel (-p, default one per CPU). --run REGEX selects
// scenarios by full name (one that selects none is an error, exit status
// 2, rather than a green run of nothing); --shard K/N runs every N-th selected scenario
// starting with the K-th, so N CI jobs given the same files split the
// suite between them; --fail-fast starts no scenario after a failure (the
// rest count as skipped).
//
// Each scenario prints one line, "ok" or "FAIL" with its full name and
// duration, as soon as it and those before it have finished: results
// come in the same order with any -p (files sorted by path, scenarios and
// cases as each file lists them), in text, --json and --junit alike; a failure also prints each unmet expectation
// with the line it is written on, a diff (lines starting "- " are
// expected, "+ " what happened, request bodies pretty-printed), then each
// request the hook made with the body it sent and the provider's status
// and answer (8x8's own reason for a 400, say), then the hook's console
// output and problems; -v shows those under passing scenarios too. The last line is "N passed, N
// failed", with ", N skipped" when any were. --json prints one object per
// scenario instead (JSONResult) and the last line on stderr; --junit FILE
// also writes a JUnit XML report (creating the folders it goes in), one
// testsuite per file and one testcase per scenario or case; a scenario
// that could not run (an unset ${NAME}) is a testcase in error; --html
// FILE writes one self-contained page (HTMLReporter: style and script
// inline, nothing fetched, every value escaped) with the counts, each
// scenario's status, position, diffs, requests, console and problems,
// and buttons that filter by status; a body, log line or diff longer
// than HTMLValueLimit is cut with a note.
//
// Exit status: 0 when all passed, 1 when any failed, 2 when a scenario
// file or a hook could not be read or parsed: every error, in the files
// and in the hooks of the files that did load, is listed in one round,
// each with its position, and nothing runs; the JUnit report then holds
// each error as a testcase in error, so CI shows them, and the HTML
// report lists them.
//
// # Recording with --update
//
// --update rewrites each scenario's expectations from what happened: the
// way to record a new scenario, and to accept an intended change. For
// each scenario it writes, in the scenario's own expect (the case's, in a
// file with cases, where it writes only what differs from the top level's
// and drops an inherited key that no longer holds by writing it as null):
//
//   - outcome, when missing or different;
//   - response, when the hook succeeded and it is missing or different
//     (and removes it when the hook failed);
//   - requests, when missing or when any request no longer matches: every
//     request as method, url, the Authorization and Content-Type headers
//     (secrets masked), the body (json when it is JSON, form when it is a
//     form, body otherwise) and status;
//   - request_count and error, only when written and no longer true.
//
// What still holds is left as written, so hand-written subsets and
// regular expressions survive an update; logs and problems are never
// touched. A scenario that lists several hooks is recorded from the
// first one, without its response (what a hook passes to cb and what an
// Action returns rarely agree, and Auth0 ignores both); the others are
// reported as skipped by --update, and held to what was recorded on the
// next run. A YAML file is edited in place: comments, blank lines, quoting
// and key order stay as they are, and new keys go where the manual lists
// them. A JSON file, or YAML written in flow style, is written again whole.
// A recorded string that looks like a regular expression is written as
// the regular expression that matches exactly it.
//
// What is recorded replays because the fakes are seeded with the
// scenario's name ("NAME", or "NAME/CASE"; never its path, and the same
// for every hook it lists): their umids, SIDs, error ids and timestamps
// are the same on every run of the scenario, whichever scenarios ran
// before it and wherever the suite is run from.
//
// # From Go
//
// A team that keeps its hooks in a Go repository can run its scenarios as
// part of go test, each as a subtest, with package scenarios/gotest:
//
//	func TestScenarios(t *testing.T) {
//		gotest.Run(t, "testdata/scenarios")
//	}
//
// Runner does what `hookemu test` does, with reporters of the caller's
// choosing (TextReporter, JSONReporter, JUnitReporter, HTMLReporter).
// It runs the hooks in-process; Runner.Invoker runs them elsewhere
// (hookemu test gives a pool of worker processes, so that a run that
// crashes its process fails only its own scenario, as "crashed").
package scenarios
