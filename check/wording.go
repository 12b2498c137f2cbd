package check

import "strings"

// actionWording turns what the dynamic checks say of a hook's cb into what
// it means for an Action: the handler's promise is its callback, so
// resolving is cb(null, ...), throwing is cb(err), and work after it
// resolves is work after cb. The checks judge both kinds the same way;
// only the words differ.
var actionWording = strings.NewReplacer(
	"move cb into the .then of the request (or after its await), and cb(err) into its .catch", "await the request before returning, and let its error propagate",
	"no request after cb", "awaits its requests",
	"freeze the hook", "freeze the Action",
	"calls back once", "settles once",
	"calls cb(null, ...)", "resolves",
	"calls cb exactly once", "settles exactly once",
	"finishes every request before calling cb", "awaits every request before it resolves",
	"move cb into the .then of the request (or after its await)", "await the request before returning",
	".catch(function (err) { cb(err); }) (or try/catch around await)", "await the request and let its error propagate (or rethrow it)",
	"catch the failure and call cb(err)", "let the failure propagate as a thrown error",
	"cb(null, ...) in its catch?", "a catch that returns?",
	"cb(null, ...)", "returning",
	"cb(null, {})", "returning",
	"call cb(err)", "throw the error",
	"cb(err)", "a thrown error",
	"calling cb", "resolving",
	"calls back", "settles",
	"never calls cb", "never settles",
	"without ever calling cb", "without ever settling",
	"after cb", "after the handler resolved",
	"call cb", "resolve",
	"cb", "the handler's promise",
)

// sayFor rewords checks for the kind of code checked.
func sayFor(p profile, checks []Check) []Check {
	if p.kind != actionProfile.kind {
		return checks
	}
	for i := range checks {
		checks[i].Name = actionWording.Replace(checks[i].Name)
		checks[i].Message = actionWording.Replace(checks[i].Message)
		checks[i].Fix = actionWording.Replace(checks[i].Fix)
	}
	return checks
}
