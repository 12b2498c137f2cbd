package emulator

import (
	"time"

	"github.com/dlclark/regexp2/v2"
)

// RegexpMatchTimeout bounds one match of a backtracking regular
// expression. goja hands patterns that need backtracking (lookarounds,
// backreferences) to regexp2, whose match runs in one Go call that no
// interrupt reaches: /^(?=(a+)+$)\1/ on 41 characters would run for days.
// After this long the match gives up and reports no match, so the run's
// own time limit is passed by at most this much.
const RegexpMatchTimeout = time.Second

// regexp2 reads its default timeout when goja compiles a pattern, and
// goja offers no per-pattern setting; every pattern compiled in this
// process gets it.
func init() {
	regexp2.DefaultMatchTimeout = RegexpMatchTimeout
}
