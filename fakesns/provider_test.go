package fakesns_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/fakesns"
	"github.com/hookemu/hookemu/provider"
)

func TestTheProviderAnswersForEverySNSEndpoint(t *testing.T) {
	t.Parallel()
	p := fakesns.Provider{}
	assert.Equal(t, "sns", p.Name())
	assert.Equal(t, "Amazon SNS", p.Title())
	for _, host := range []string{"sns.us-east-1.amazonaws.com", "sns.ap-southeast-2.amazonaws.com:443", "sns.cn-north-1.amazonaws.com.cn"} {
		assert.True(t, provider.MatchesAny(p.Hosts(), host), host)
	}
	assert.False(t, provider.MatchesAny(p.Hosts(), "sqs.us-east-1.amazonaws.com"))
	assert.Empty(t, p.Paths(), "SNS posts to /, so serve mounts it under /sns/")
	assert.Equal(t, "https://sns.us-east-1.amazonaws.com/", p.Upstream("/").String())
}

func TestTheProviderBuildsAFakeFromItsConfigAndTheCommonParts(t *testing.T) {
	t.Parallel()
	p := fakesns.Provider{}
	cfg := p.NewConfig().(*fakesns.Config)
	cfg.Regions = []string{"eu-west-1"}
	fake, err := p.New(cfg, provider.Common{
		IDs:    fakekit.NewIDs("sns", "seed"),
		Faults: []fakekit.Fault{{Destination: "+447700900999", Status: 500}},
	})
	require.NoError(t, err)

	rec := do(t, fake, call{region: "eu-west-1", form: publish("+447700900999", "hi")})
	assert.Equal(t, http.StatusInternalServerError, rec.Code, "the common fault applies")
	rec = do(t, fake, call{region: "us-east-1", form: publish("+447700900123", "hi")})
	assert.Equal(t, http.StatusForbidden, rec.Code, "the configured regions apply")
	rec = do(t, fake, call{region: "eu-west-1", form: publish("+447700900123", "hi")})
	require.Equal(t, http.StatusOK, rec.Code)

	answer := p.Answer(rec.Code, rec.Body.Bytes())
	assert.True(t, answer.Accepted)
	assert.Equal(t, fake.Journal().Entries()[2].MessageID, answer.MessageID)

	_, err = p.New(struct{}{}, provider.Common{})
	assert.ErrorContains(t, err, "sns")
}

func TestDescribeReadsTheNumberTheTextAndTheCredentials(t *testing.T) {
	t.Parallel()
	form := publish("+14155550100", `{"default":"d","sms":"Your code is 123456"}`, "MessageStructure", "json")
	req := call{form: form}.request(t)
	req.Header.Set("X-Amz-Security-Token", "session-token")
	m := fakesns.Provider{}.Describe(req.Method, req.URL.Path, req.Header, []byte(form.Encode()))
	assert.Equal(t, "+14155550100", m.Destination)
	assert.Equal(t, "Your code is 123456", m.Text)
	assert.Contains(t, m.Credentials, fakesns.DemoAccessKeyID)
	assert.Contains(t, m.Credentials, "session-token")
	assert.Len(t, m.Credentials, 3, "the key id, the signature and the token")

	assert.Equal(t, provider.Message{}, fakesns.Provider{}.Describe("POST", "/", http.Header{}, []byte("%%%")))
}

func TestAnErrorAnswerIsNotAccepted(t *testing.T) {
	t.Parallel()
	body := []byte(`<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Code>InternalError</Code></Error></ErrorResponse>`)
	assert.Equal(t, provider.Answer{}, fakesns.Provider{}.Answer(500, body))
}
