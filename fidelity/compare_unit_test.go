package fidelity

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRandomSIDsAreNumberedInTheOrderEachSideShowsThem(t *testing.T) {
	t.Parallel()
	a := "SM" + "0123456789abcdef0123456789abcdef"
	b := "CA" + "fedcba9876543210fedcba9876543210"
	s := normalise(Observation{Response: json.RawMessage(`{"m":"` + a + `","c":"` + b + `","again":"` + a + `"}`)},
		[]Request{{Path: "/Messages/" + a + ".json"}})
	assert.JSONEq(t, `{"m":"SM<random-1>","c":"CA<random-2>","again":"SM<random-1>"}`, string(s.obs.Response))
	assert.Equal(t, "/Messages/SM<random-1>.json", s.requests[0].Path)
}

func TestAWSSigningIsComparedWithoutItsClockAndRandomID(t *testing.T) {
	t.Parallel()
	auth := func(date, sig string) string {
		return "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/" + date + "/us-east-1/sns/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + sig
	}
	side := func(date, sig, id1, id2 string) side {
		return normalise(Observation{}, []Request{
			{Body: "a", Headers: map[string]string{"X-Amz-Date": date + "T060000Z", "Authorization": auth(date, sig), "Amz-Sdk-Invocation-Id": id1}},
			{Body: "b", Headers: map[string]string{"X-Amz-Date": date + "T060001Z", "Authorization": auth(date, sig), "Amz-Sdk-Invocation-Id": id2}},
		})
	}
	h := side("20261207", strings.Repeat("a", 64), "id-1", "id-1")
	n := side("20261208", strings.Repeat("b", 64), "other", "other")
	assert.Empty(t, compare(h, n), "one invocation id for both attempts on each side")
	assert.Equal(t, auth("<date>", "<signature>"), h.requests[0].Headers["Authorization"])
	assert.Equal(t, "<invocation-1>", h.requests[1].Headers["Amz-Sdk-Invocation-Id"])

	twoIDs := side("20261208", strings.Repeat("b", 64), "x", "y")
	assert.NotEmpty(t, compare(h, twoIDs), "a new invocation id for the retry is a difference")
	wrongKey := normalise(Observation{}, []Request{{Body: "a", Headers: map[string]string{"Authorization": strings.Replace(auth("20261207", strings.Repeat("a", 64)), "AKIDEXAMPLE", "OTHER", 1)}}})
	assert.NotEqual(t, h.requests[0].Headers["Authorization"], wrongKey.requests[0].Headers["Authorization"], "the key id and scope still count")
}

func TestDifferencesAreReportedByPath(t *testing.T) {
	t.Parallel()
	diffs := diffJSON("response", map[string]any{"a": []any{1.0, "x"}, "b": true}, map[string]any{"a": []any{1.0, "y"}, "c": nil})
	var fields []string
	for _, d := range diffs {
		fields = append(fields, d.Field)
	}
	assert.Equal(t, []string{"response.a[1]", "response.b", "response.c"}, fields)
}

func TestIdenticalRequestsArePairedFirst(t *testing.T) {
	t.Parallel()
	same := Request{Method: "GET", Path: "/a", Headers: map[string]string{}}
	h := side{requests: []Request{same, {Method: "GET", Path: "/b", Headers: map[string]string{"X": "1"}}}}
	n := side{requests: []Request{{Method: "GET", Path: "/b", Headers: map[string]string{"X": "2"}}, same}}
	diffs := compare(h, n)
	require.Len(t, diffs, 1)
	assert.Equal(t, "requests.header.X", diffs[0].Field)
}

func TestAnAllowEntryCoversItsFieldAndWhatIsBelowIt(t *testing.T) {
	t.Parallel()
	a := &allowList{entries: []allowEntry{{Case: "c.js", Field: "response.data", Reason: "why"}}, used: map[int]bool{}}
	for _, tc := range []struct {
		caseID, field string
		allowed       bool
	}{
		{"c.js", "response.data", true},
		{"c.js", "response.data.umid", true},
		{"c.js", "response.data[0]", true},
		{"c.js", "response.database", false},
		{"d.js", "response.data", false},
	} {
		assert.Equal(t, tc.allowed, a.allows(tc.caseID, Difference{Field: tc.field}) != "", "%s %s", tc.caseID, tc.field)
	}
	assert.Empty(t, a.unused(map[string]bool{"c.js": true}))
}

func TestAMatrixCaseRunsOncePerPinnedVersion(t *testing.T) {
	t.Parallel()
	pinned := map[string][]string{"axios": {"0.19.2", "1.13.6"}}
	src := []byte("// fidelity: {\"matrix\": \"axios\"}\nrequire('axios@{version}');\n")
	cases, err := expand("axios/x.js", "cases/axios/x.js", src, pinned)
	require.NoError(t, err)
	require.Len(t, cases, 2)
	assert.Equal(t, "axios/x.js@1.13.6", cases[1].ID)
	assert.Contains(t, string(cases[1].Source), "require('axios@1.13.6')")

	_, err = expand("axios/x.js", "cases/axios/x.js", []byte("// fidelity: {\"matrix\": \"axios\", \"versions\": [\"0.18.0\"]}\n"), pinned)
	assert.ErrorContains(t, err, `add "axios-0.18.0": "npm:axios@0.18.0" to node/package.json`)
	_, err = expand("x.js", "cases/x.js", []byte("require('axios@{version}')"), pinned)
	assert.ErrorContains(t, err, "no matrix")
	_, err = expand("x.js", "cases/x.js", []byte("// fidelity: {\"matirx\": \"axios\"}\n"), pinned)
	assert.ErrorContains(t, err, "unknown field")
}

func TestPinnedVersionsAreReadFromTheAliases(t *testing.T) {
	t.Parallel()
	got, err := pinnedVersions([]byte(`{"dependencies": {"axios-1.13.6": "npm:axios@1.13.6", "axios-0.19.2": "npm:axios@0.19.2"}}`))
	require.NoError(t, err)
	assert.Equal(t, []string{"0.19.2", "1.13.6"}, got["axios"])
	_, err = pinnedVersions([]byte(`{"dependencies": {"axios": "^1.0.0"}}`))
	assert.ErrorContains(t, err, "not an exact alias")
}
