// Package check is the pre-deploy report on a send-phone-message hook:
// `hookemu check` prints it, and any Go program can get it with Run.
//
// A report is a list of checks, each PASS, WARN or FAIL with one line of
// reason, the line of the hook it concerns (when one does) and, for what
// is not a PASS, what to change. Nothing stops a report: a syntax error
// is the FAIL of the "parses" check, after which nothing else can be
// checked.
//
// # Static checks
//
// These read goja's syntax tree of the code (github.com/dop251/goja/parser
// and /ast), parsed inside the CommonJS wrapper the emulator uses, so
// positions are the user's and the wrapper's names (require, module,
// exports, __filename, __dirname) are declared as at run time. A scope
// analysis resolves every name to its declaration as the engine would:
// function scopes with var and (sloppy-mode) function hoisting, let,
// const and class in blocks, parameters with destructuring, defaults and
// rest, catch parameters, named function expressions, class bodies.
//
//	parses           the code parses and compiles (Actions: within 100 kB)
//	exports          module.exports is a function (recipient, text, context, cb)
//	                 that uses cb; fewer parameters, or cb unused, warns
//	require NAME     each module required is emulated; the version it gets
//	                 ("axios@0.19.2 (pinned)"); unknown modules fail
//	secret NAME      each secret read (context.webtask.secrets.X, ['X'],
//	                 destructuring, aliases) is provided; each provided is read
//	secrets          at most 20 (Actions: 30); whether every read could be seen
//	undefined NAME   a name used but declared nowhere and not a global of
//	                 the runtime (the bare message_type of an Auth0 sample)
//	implicit global  a name assigned without a declaration (a warning)
//	unemulated NAME  a global the runtime has and hookemu does not emulate
//	                 (Intl, WebAssembly, Blob, ...): a warning at first use
//
// # Dynamic checks
//
// If the code loads ("loads"), the hook is called against the fake
// providers, each call with fakes of its own and all calls at once: the
// four ways Auth0 calls it (sms and voice, enrollment and second factor),
// then the second factor with the provider answering 500, answering 401,
// and not answering (the last under a short time limit, 2 s by default,
// with the provider's delay beyond it). Faults are set on every fake, so
// a hook that falls back from one provider to another meets the failure
// on both.
//
//	succeeds                  no cb(err) while the provider accepts everything
//	no exception              nothing thrown, before or after cb; a throw
//	                          coded ERR_HOOKEMU_UNSUPPORTED (hookemu's limit,
//	                          not the hook's bug) is a warning
//	in time                   cb within the time limit (Auth0's 20 s)
//	calls back once           cb called, and not twice
//	no unhandled rejection
//	no request after cb       every request finished before cb
//	reaches a provider        at least one request to a fake provider
//	sends recipient and code  both appear in what the provider got
//	blocked hosts             (a WARN, only when one was) a request to a host
//	                          no fake or stub serves: what the hook does with
//	                          its answer went unchecked
//	fails on provider 500     cb with an error, not success, not a hang
//	fails on provider 401
//	fails on provider timeout waiting until the time limit counts as failing,
//	                          as it does in Auth0; success or a hang fails
//	                          (a call that reached its short limit before
//	                          sending anything is made again with the full
//	                          limit, so a slow machine is not a hang)
//
// A check no call got far enough to judge (no request after a cb that
// never came) is not reported as a PASS: such checks are listed in one
// "not checked" warning.
//
// # Kinds
//
// A file exporting onExecuteSendPhoneMessage (or
// onExecuteCustomPhoneProvider) is an Action. The differences (limits:
// 100 kB of code, 30 secrets, 10 dependencies; secrets in event.secrets)
// are a profile. The globals taken as declared are those a run defines on
// the runtime (Options.Runtime, else what the deployed entry declares,
// else node22 for an Action and node12 for a Hook; emulator.Globals), so
// fetch in a Hook on node12 is undefined and on node18 is not. Actions get the same dynamic checks,
// worded for a handler whose promise is its callback: resolving is
// cb(null, ...), throwing is cb(err), and "awaits its requests" fails when
// the handler resolves while a request is still running.
//
// # Deploy checks
//
// Code read from a deploy artifact (an a0deploy export, Terraform,
// Management API JSON; package deploy) comes with what the artifact
// declares (Options.Deploy). The calls then run the declared versions of
// the dependencies, and these checks compare the code with the artifact:
//
//	keyword ##KEY##         an a0deploy marker left unreplaced (FAIL each;
//	                        "keywords" PASSes for an a0deploy artifact)
//	dependency NAME         an npm package required but not declared (an
//	                        Action: FAIL, Auth0 does not install it; a hook:
//	                        WARN for Webtask's pre-installed modules, FAIL
//	                        for others); declared: the version the calls
//	                        run, WARN when hookemu has not that one, or none
//	declared secret NAME    each secret read is declared (FAIL: undefined in
//	                        Auth0), each declared is read (WARN); a declared
//	                        secret with no value given is a WARN of "secret
//	                        NAME", not a FAIL: exports never hold values
//	trigger                 send-phone-message v2, v1 (deprecated: WARN),
//	                        custom-phone-provider v1 (Actions only)
//	handler                 the export is the one the trigger calls
//	binding                 an Action not bound to its trigger (WARN:
//	                        deployed but never runs), when the artifact
//	                        holds bindings
//	enabled hooks           two enabled send-phone-message hooks (FAIL)
//	phone provider          a custom-phone-provider Action needs the
//	                        tenant's provider to be custom and enabled
//
// Other triggers are not judged.
//
// A custom-phone-provider Action gets its event.notification: the four
// calls are text/otp_enroll, text/otp_verify, voice/otp_enroll and
// voice/otp_verify, each with both wordings (as_text, as_voice). Auth0
// hands it only the delivery methods the tenant's custom phone provider
// declares, so Options.DeliveryMethods (default: the delivery_methods of
// the custom phone provider in Options.Deploy's artifact, else text and
// voice) says which calls are made, a note says so when it is one, and the failing-provider
// calls use the second factor of the first one. A method Auth0 does not
// have (sms) is the FAIL "delivery methods", and both are called.
//
// # Output
//
// Report marshals to the JSON `hookemu check --json` prints:
//
//	{"hook": "8x8.js", "kind": "hook", "runtime": "node12", "ok": true,
//	 "checks": [{"name": "secret apikey", "status": "PASS",
//	             "message": "...", "line": 10, "fix": null}, ...],
//	 "summary": {"pass": 19, "warn": 0, "fail": 0}}
//
// line and fix are null where they do not apply. ok is false on any FAIL
// (the CLI's --strict also makes it false on a WARN).
package check
