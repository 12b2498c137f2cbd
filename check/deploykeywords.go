package check

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/hookemu/hookemu/deploy"
)

// keywordChecks: a marker left in the code is deployed as written, so
// the code Auth0 runs holds "##API_URL##" where a value was meant. Each
// is a FAIL naming it; an a0deploy artifact with none left PASSes.
func keywordChecks(code []byte, art *deploy.Artifact) []Check {
	var checks []Check
	for _, marker := range deploy.UnreplacedKeywords(code) {
		key := strings.Trim(marker, "#@")
		checks = append(checks, Check{Name: "keyword " + marker, Status: Fail, Line: lineOf(code, marker),
			Message: fmt.Sprintf("%s is left in the code: a0deploy replaces only the keywords it has a value for, so Auth0 would run the marker itself", marker),
			Fix:     fmt.Sprintf("give %s a value: in AUTH0_KEYWORD_REPLACE_MAPPINGS of the a0deploy config file (--a0-config) or as the environment variable %s", key, key)})
	}
	if len(checks) == 0 && art != nil && isA0Deploy(art.Format) {
		checks = append(checks, Check{Name: "keywords", Status: Pass, Message: "no a0deploy keyword is left unreplaced in the code"})
	}
	return checks
}

func isA0Deploy(f deploy.Format) bool {
	return f == deploy.FormatA0Directory || f == deploy.FormatA0YAML || f == deploy.FormatA0JSON
}

// lineOf is the line of the first occurrence of s in code (1-based).
func lineOf(code []byte, s string) int {
	i := bytes.Index(code, []byte(s))
	if i < 0 {
		return 0
	}
	return bytes.Count(code[:i], []byte("\n")) + 1
}
