package awssdk_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/awscore/snstest"

	"github.com/hookemu/hookemu/emulator/modules/awssdk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCredentialsAndRegionComeFromWhereverTheHookPutThem(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, code, region, token string
		env                       map[string]string
	}{
		{"AWS.config.update", `AWS.config.update({region: 'ap-south-1', accessKeyId: '` + snstest.AccessKey + `', secretAccessKey: '` + snstest.SecretKey + `'});
			const sns = new AWS.SNS({apiVersion: '2010-03-31'});`, "ap-south-1", "", nil},
		{"new AWS.Credentials with a session token", `const sns = new AWS.SNS({region: 'eu-west-1', credentials: new AWS.Credentials('` + snstest.AccessKey + `', '` + snstest.SecretKey + `', 'tok')});`,
			"eu-west-1", "tok", nil},
		{"new AWS.Credentials from an object", `const sns = new AWS.SNS({region: 'eu-west-1', credentials: new AWS.Credentials({accessKeyId: '` + snstest.AccessKey + `', secretAccessKey: '` + snstest.SecretKey + `'})});`,
			"eu-west-1", "", nil},
		{"a Config object", `const sns = new AWS.SNS(new AWS.Config({region: 'us-west-2', accessKeyId: '` + snstest.AccessKey + `', secretAccessKey: '` + snstest.SecretKey + `', sessionToken: 'cfg'}));`,
			"us-west-2", "cfg", nil},
		{"process.env set before require", `const sns = new AWS.SNS();`, "ca-central-1", "envtok",
			map[string]string{"AWS_REGION": "ca-central-1", "AWS_ACCESS_KEY_ID": snstest.AccessKey, "AWS_SECRET_ACCESS_KEY": snstest.SecretKey, "AWS_SESSION_TOKEN": "envtok"}},
		{"the AMAZON_ prefix", `const sns = new AWS.SNS({region: 'us-east-2'});`, "us-east-2", "",
			map[string]string{"AMAZON_ACCESS_KEY_ID": snstest.AccessKey, "AMAZON_SECRET_ACCESS_KEY": snstest.SecretKey}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &snstest.Recorder{}
			env := newEnvWith(t, tt.env, rec)
			env.AwaitBody(t, tt.code+` return sns.publish({Message: 'x', PhoneNumber: '+14155552345'}).promise();`)
			r := rec.Only(t)
			assert.Equal(t, "sns."+tt.region+".amazonaws.com", r.Host)
			got := snstest.Verify(t, r, tt.token)
			assert.Equal(t, tt.region, got.Scope.Region)
			assert.Equal(t, tt.token, got.SessionToken)
		})
	}
}

func TestCredentialsAreReadFromTheEnvironmentWhenARequestFindsNone(t *testing.T) {
	t.Parallel()
	rec := &snstest.Recorder{}
	env := newEnv(t, "", rec)
	// A hook that copies its secrets into process.env after require.
	env.Setenv("AWS_ACCESS_KEY_ID", snstest.AccessKey)
	env.Setenv("AWS_SECRET_ACCESS_KEY", snstest.SecretKey)
	env.AwaitBody(t, `return new AWS.SNS({region: 'us-east-1'}).publish({Message: 'x'}).promise();`)
	snstest.Verify(t, rec.Only(t), "")
}

func TestCredentialsKeepTheSecretOutOfSight(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "", &snstest.Recorder{})
	got := env.AwaitBody(t, `const c = new AWS.Credentials('id', 'secret', 'token');
		AWS.config.update({region: 'r', accessKeyId: 'K', secretAccessKey: 'S'});
		return {keys: Object.keys(c), json: JSON.stringify(c), secret: c.secretAccessKey, cfg: [AWS.config.region, AWS.config.credentials.accessKeyId, AWS.config.credentials.constructor.name]};`)
	assert.JSONEq(t, `{"keys":["expired","expireTime","refreshCallbacks","accessKeyId","sessionToken"],
		"json":"{\"expired\":false,\"expireTime\":null,\"refreshCallbacks\":[],\"accessKeyId\":\"id\",\"sessionToken\":\"token\"}",
		"secret":"secret","cfg":["r","K","Credentials"]}`, got)
}

func TestTheServiceKnowsItsEndpointAndRetries(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "", &snstest.Recorder{})
	got := env.AwaitBody(t, `const s = new AWS.SNS({region: 'cn-north-1'});
		const local = new AWS.SNS({region: 'us-east-1', endpoint: 'http://localhost:4566'});
		return [s.endpoint.href, s.config.maxRetries, s.numRetries(), local.endpoint.host, AWS.VERSION, typeof s.publish, typeof s.setSMSAttributes];`)
	assert.Equal(t, `["https://sns.cn-north-1.amazonaws.com.cn/",null,3,"localhost:4566","2.1693.0","function","function"]`, got)
}

func TestRequireResolvesTheEmulatedReleases(t *testing.T) {
	t.Parallel()
	m := awssdk.Module()
	for requested, want := range map[string]string{"": "2.1693.0", "2": "2.1693.0", "2.662.0": "2.662.0", "^2.600.0": "2.1693.0"} {
		got, err := m.Resolve(requested, false)
		require.NoError(t, err, requested)
		assert.Equal(t, want, got, requested)
	}
	_, err := m.Resolve("3.0.0", false)
	assert.ErrorContains(t, err, "not emulated")
}
