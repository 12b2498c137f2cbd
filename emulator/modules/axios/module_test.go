package axios_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/axios"
	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestModuleListsReleasedVersionsOldestFirst(t *testing.T) {
	t.Parallel()
	m := axios.Module()
	assert.Equal(t, "axios", m.Name)
	assert.Equal(t, "0.19.2", m.HookDefault)
	assert.Equal(t, m.Versions[len(m.Versions)-1], m.ActionDefault)
	for _, want := range []string{"0.19.0", "0.19.2", "0.20.0", "0.21.1", "0.21.4", "0.22.0", "0.23.0", "0.24.0",
		"0.25.0", "0.26.1", "0.27.2", "1.0.0", "1.1.3", "1.2.6", "1.3.6", "1.4.0", "1.5.1", "1.6.8", "1.7.9",
		"1.8.4", "1.9.0", "1.10.0", "1.11.0", "1.12.2", "1.13.6"} {
		assert.Contains(t, m.Versions, want)
	}
	for i := 1; i < len(m.Versions); i++ {
		prev, cur := modules.MustVersion(m.Versions[i-1]), modules.MustVersion(m.Versions[i])
		assert.True(t, prev.Less(cur), "%s before %s", m.Versions[i-1], m.Versions[i])
	}
}

func TestRequireResolvesVersionsAsNpmWould(t *testing.T) {
	t.Parallel()
	m := axios.Module()
	for _, tc := range []struct{ requested, want string }{
		{"", "0.19.2"}, {"0.21", "0.21.4"}, {"^0.21.1", "0.21.4"}, {"1", "1.13.6"}, {"~0.27.2", "0.27.2"}, {"1.7.9", "1.7.9"},
	} {
		got, err := m.Resolve(tc.requested, false)
		require.NoError(t, err, tc.requested)
		assert.Equal(t, tc.want, got, tc.requested)
	}
	action, err := m.Resolve("", true)
	require.NoError(t, err)
	assert.Equal(t, "1.13.6", action)
}

func TestEveryVersionLoadsAndReportsItsUserAgent(t *testing.T) {
	t.Parallel()
	for _, version := range axios.Module().Versions {
		t.Run(version, func(t *testing.T) {
			t.Parallel()
			env, srv := newEnv(t, version)
			_, err := env.Await(`axios.get('https://api.test/ua')`)
			require.NoError(t, err)
			assert.Equal(t, "axios/"+version, srv.Only(t).Header.Get("User-Agent"))
		})
	}
}

func TestTheModuleExportsWhatEachReleaseExported(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		version string
		want    string
	}{
		{"0.19.2", `{"default":true,"isAxiosError":"undefined","AxiosError":"undefined","postForm":"undefined","instanceCreate":"undefined","VERSION":"undefined","Cancel":"function"}`},
		{"0.21.4", `{"default":true,"isAxiosError":"function","AxiosError":"undefined","postForm":"undefined","instanceCreate":"undefined","VERSION":"undefined","Cancel":"function"}`},
		{"0.22.0", `{"default":true,"isAxiosError":"function","AxiosError":"undefined","postForm":"undefined","instanceCreate":"function","VERSION":"string","Cancel":"function"}`},
		{"0.27.2", `{"default":true,"isAxiosError":"function","AxiosError":"function","postForm":"function","instanceCreate":"function","VERSION":"string","Cancel":"function"}`},
		{"1.1.3", `{"default":false,"isAxiosError":"function","AxiosError":"function","postForm":"function","instanceCreate":"function","VERSION":"string","Cancel":"function"}`},
		{"1.13.6", `{"default":true,"isAxiosError":"function","AxiosError":"function","postForm":"function","instanceCreate":"function","VERSION":"string","Cancel":"function"}`},
	} {
		t.Run(tc.version, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, tc.version)
			got := env.JSON(t, `{default: axios.default === axios, isAxiosError: typeof axios.isAxiosError,
				AxiosError: typeof axios.AxiosError, postForm: typeof axios.postForm,
				instanceCreate: typeof axios.create().create, VERSION: typeof axios.VERSION, Cancel: typeof axios.Cancel}`)
			assert.JSONEq(t, tc.want, got)
		})
	}
}

func TestAnInstanceIsCallableAndHasEveryMethod(t *testing.T) {
	t.Parallel()
	for _, version := range []string{"0.19.2", "1.13.6"} {
		t.Run(version, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, version)
			got := env.JSON(t, `(() => { const i = axios.create({timeout: 5});
				return [typeof i, ...['request', 'get', 'delete', 'head', 'options', 'post', 'put', 'patch', 'getUri'].map(m => typeof i[m]),
					i.defaults.timeout, typeof i.interceptors.request.use, axios.defaults.timeout]; })()`)
			assert.Equal(t, `["function","function","function","function","function","function","function","function","function","function",5,"function",0]`, got)
		})
	}
}

func TestDefaultsHaveEachReleasesShape(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ version, headers string }{
		{"0.19.2", `{"common":{"Accept":"application/json, text/plain, */*"},"delete":{},"get":{},"head":{},"post":{"Content-Type":"application/x-www-form-urlencoded"},"put":{"Content-Type":"application/x-www-form-urlencoded"},"patch":{"Content-Type":"application/x-www-form-urlencoded"}}`},
		{"1.13.6", `{"common":{"Accept":"application/json, text/plain, */*"},"delete":{},"get":{},"head":{},"post":{},"put":{},"patch":{}}`},
	} {
		t.Run(tc.version, func(t *testing.T) {
			t.Parallel()
			env, _ := newEnv(t, tc.version)
			assert.JSONEq(t, tc.headers, env.JSON(t, `axios.defaults.headers`))
			assert.Equal(t, `[true,false,true,false]`, env.JSON(t, `[200, 199, 299, 300].map(axios.defaults.validateStatus)`))
		})
	}
}

func TestRequiringAxiosTwiceGivesIndependentModules(t *testing.T) {
	t.Parallel()
	env := modtest.New(t, modtest.NoDNS)
	env.Require(t, axios.Module(), "0.19.2", "a")
	env.Require(t, axios.Module(), "1.13.6", "b")
	assert.Equal(t, `[false,"axios/0.19.2"]`, env.JSON(t, `[a === b, (a.defaults.headers.common['X'] = 1, b.defaults.headers.common['X'] === undefined) && 'axios/0.19.2']`))
}
