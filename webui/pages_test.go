package webui_test

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/dop251/goja/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/hookemu/hookemu/webui"
)

// pagePaths are the pages' paths, each with the HTML file it serves.
var pagePaths = map[string]string{
	"/":                "inbox.html",
	"/run":             "run.html",
	"/messages/8x8-12": "message.html",
}

func get(t *testing.T, h http.Handler, method, target string) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec.Result()
}

func body(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(b)
}

// page is what a test needs of one parsed HTML page.
type page struct {
	ids      map[string]bool
	refs     []string // every src and href
	scripts  []string // the src of every script, in order
	problems []string // inline script, inline style, event handler attributes
	controls []string // buttons, inputs, selects and textareas lacking an id or data-testid
}

func parsePage(t *testing.T, text string) page {
	t.Helper()
	root, err := html.Parse(strings.NewReader(text))
	require.NoError(t, err)
	p := page{ids: map[string]bool{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			attrs := map[string]string{}
			for _, a := range n.Attr {
				attrs[a.Key] = a.Val
				switch {
				case strings.HasPrefix(a.Key, "on"):
					p.problems = append(p.problems, "<"+n.Data+" "+a.Key+"> is an inline event handler")
				case a.Key == "style":
					p.problems = append(p.problems, "<"+n.Data+" style> is an inline style")
				case a.Key == "src" || a.Key == "href":
					p.refs = append(p.refs, a.Val)
				}
			}
			if id, ok := attrs["id"]; ok {
				assert.False(t, p.ids[id], "id %q appears twice", id)
				p.ids[id] = true
			}
			switch n.Data {
			case "script":
				if attrs["src"] == "" || n.FirstChild != nil {
					p.problems = append(p.problems, "a <script> with inline code")
				}
				p.scripts = append(p.scripts, attrs["src"])
			case "style":
				p.problems = append(p.problems, "a <style> element")
			case "button", "input", "select", "textarea":
				if attrs["id"] == "" || attrs["data-testid"] == "" {
					p.controls = append(p.controls, n.Data+" "+attrs["id"])
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return p
}

func TestPagesAreServedWithTheContentSecurityPolicy(t *testing.T) {
	t.Parallel()
	h := webui.Pages()
	for urlPath := range pagePaths {
		t.Run(urlPath+" answers HTML with the policy", func(t *testing.T) {
			t.Parallel()
			resp := get(t, h, http.MethodGet, urlPath)
			assert.Equal(t, http.StatusOK, resp.StatusCode)
			assert.Equal(t, "text/html; charset=utf-8", resp.Header.Get("Content-Type"))
			assert.Equal(t, webui.ContentSecurityPolicy, resp.Header.Get("Content-Security-Policy"))
			assert.Contains(t, webui.ContentSecurityPolicy, "default-src 'self'")
			assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
			assert.Contains(t, body(t, resp), "<!DOCTYPE html>")
		})
	}
	t.Run("HEAD answers as GET does", func(t *testing.T) {
		t.Parallel()
		resp := get(t, h, http.MethodHead, "/run")
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Equal(t, webui.ContentSecurityPolicy, resp.Header.Get("Content-Security-Policy"))
	})
}

func TestPagesReferenceOnlyEmbeddedAssets(t *testing.T) {
	t.Parallel()
	h := webui.Pages()
	for urlPath, file := range pagePaths {
		t.Run(file+" loads nothing from elsewhere and every asset it names is served", func(t *testing.T) {
			t.Parallel()
			p := parsePage(t, body(t, get(t, h, http.MethodGet, urlPath)))
			require.NotEmpty(t, p.scripts)
			for _, ref := range p.refs {
				assert.NotRegexp(t, `^(?i)([a-z][a-z0-9+.-]*:|//)`, ref, "%s must name this server's own paths", ref)
				switch {
				case strings.HasPrefix(ref, webui.AssetPrefix):
					resp := get(t, h, http.MethodGet, ref)
					assert.Equal(t, http.StatusOK, resp.StatusCode, "%s is not embedded", ref)
					assert.Equal(t, webui.ContentSecurityPolicy, resp.Header.Get("Content-Security-Policy"))
				case ref == "/" || ref == "/run" || ref == "#code":
				default:
					t.Errorf("%s links to %s, neither a page nor an asset", file, ref)
				}
			}
		})
		t.Run(file+" has no inline script, style or event handler", func(t *testing.T) {
			t.Parallel()
			p := parsePage(t, body(t, get(t, h, http.MethodGet, urlPath)))
			assert.Empty(t, p.problems)
		})
		t.Run(file+" gives every control an id and a data-testid", func(t *testing.T) {
			t.Parallel()
			p := parsePage(t, body(t, get(t, h, http.MethodGet, urlPath)))
			assert.Empty(t, p.controls)
		})
	}
}

// byID finds the ids a script looks up in its page.
var byID = regexp.MustCompile(`\bbyId\("([^"]+)"\)`)

func TestScriptsFindEveryElementTheyLookUp(t *testing.T) {
	t.Parallel()
	h := webui.Pages()
	for urlPath, file := range pagePaths {
		t.Run(file+" holds every id its scripts ask for", func(t *testing.T) {
			t.Parallel()
			p := parsePage(t, body(t, get(t, h, http.MethodGet, urlPath)))
			for _, src := range p.scripts {
				script := body(t, get(t, h, http.MethodGet, src))
				for _, m := range byID.FindAllStringSubmatch(script, -1) {
					assert.True(t, p.ids[m[1]], "%s looks up #%s, which %s lacks", src, m[1], file)
				}
			}
		})
	}
}

func TestAssetsAreSelfContained(t *testing.T) {
	t.Parallel()
	h := webui.Pages()
	files := assetFiles(t)
	require.NotEmpty(t, files)
	for _, name := range files {
		t.Run(name+" is served and fetches nothing from the internet", func(t *testing.T) {
			t.Parallel()
			resp := get(t, h, http.MethodGet, webui.AssetPrefix+name)
			text := body(t, resp)
			if path.Ext(name) == ".html" {
				assert.Equal(t, http.StatusNotFound, resp.StatusCode, "pages are served at their own paths")
				return
			}
			require.Equal(t, http.StatusOK, resp.StatusCode)
			// An SVG file must name its XML namespace, a name no browser
			// fetches; any other address would be a request off the machine.
			fetched := strings.ReplaceAll(text, `xmlns="http://www.w3.org/2000/svg"`, "")
			assert.Falsef(t, external.MatchString(fetched), "%s names %q", name, external.FindString(fetched))
			switch path.Ext(name) {
			case ".js":
				assert.Equal(t, "text/javascript; charset=utf-8", resp.Header.Get("Content-Type"))
				_, err := parser.ParseFile(nil, name, text, 0)
				assert.NoError(t, err, "%s does not parse", name)
				assert.NotContains(t, text, "innerHTML", "%s must set text, not markup", name)
				assert.NotContains(t, text, "setInterval", "%s must follow the event stream, not poll", name)
			case ".css":
				assert.Equal(t, "text/css; charset=utf-8", resp.Header.Get("Content-Type"))
				assert.NotRegexp(t, `@import|url\(`, text, "%s must load nothing", name)
			}
		})
	}
}

// external is an address off this server.
var external = regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}`)

// assetFiles lists the embedded assets through what the package serves:
// every asset the pages reference, and every file those name.
func assetFiles(t *testing.T) []string {
	t.Helper()
	fsys := webui.Assets()
	var names []string
	require.NoError(t, fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return err
	}))
	sort.Strings(names)
	return names
}

func TestUnknownPathsAnswerJSON404(t *testing.T) {
	t.Parallel()
	h := webui.Pages()
	for _, target := range []string{
		"/nope", "/messages/", "/messages/8x8-1/raw", "/run/x", "/index.html",
		webui.AssetPrefix, webui.AssetPrefix + "nope.js", webui.AssetPrefix + "inbox.html", webui.AssetPrefix + "../pages.go",
	} {
		t.Run(target+" is 404", func(t *testing.T) {
			t.Parallel()
			resp := get(t, h, http.MethodGet, target)
			assert.Equal(t, http.StatusNotFound, resp.StatusCode)
			assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
			assert.Contains(t, body(t, resp), `"error"`)
			assert.Equal(t, webui.ContentSecurityPolicy, resp.Header.Get("Content-Security-Policy"))
		})
	}
	t.Run("a POST to a page is 405", func(t *testing.T) {
		t.Parallel()
		resp := get(t, h, http.MethodPost, "/")
		assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
		assert.Equal(t, "GET, HEAD", resp.Header.Get("Allow"))
	})
}
