package webui

import (
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// assets are the pages and what they load. Everything a page needs is in
// here: the pages fetch nothing from the internet, so they work offline
// and under the Content-Security-Policy below.
//
//go:embed assets
var assets embed.FS

// AssetPrefix is where the pages' scripts and styles are served.
const AssetPrefix = "/_hookemu/ui/"

// ContentSecurityPolicy is sent with every page and asset: only this
// server's own scripts, styles and API, no inline script or style (so an
// SMS text that sneaks markup in cannot run), no framing.
const ContentSecurityPolicy = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Assets are the embedded files Pages serves: the pages' HTML and the
// scripts and styles under AssetPrefix.
func Assets() fs.FS {
	static, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err) // the embed directive guarantees the folder
	}
	return static
}

// Pages serves the inbox (GET /), one message (GET /messages/{id}), the
// runner (GET /run) and their assets (GET /_hookemu/ui/...). The pages are
// static: everything they show comes from the REST API under
// /_hookemu/api/v1/ and its event stream, so whatever a page shows a
// script can read too. Anything else answers 404 with {"error": "..."}.
func Pages() http.Handler {
	static := Assets()
	return pages{files: static, assets: http.StripPrefix(AssetPrefix, http.FileServerFS(static))}
}

type pages struct {
	files  fs.FS
	assets http.Handler
}

func (p pages) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		pageError(w, http.StatusMethodNotAllowed, "the pages are read with GET; change things through /_hookemu/api/v1/")
		return
	}
	if strings.HasPrefix(r.URL.Path, AssetPrefix) {
		p.asset(w, r)
		return
	}
	page, ok := pageFor(r.URL.Path)
	if !ok {
		pageError(w, http.StatusNotFound, "no page at "+r.URL.Path+"; the pages are / (inbox), /messages/{id} and /run (runner)")
		return
	}
	body, err := fs.ReadFile(p.files, page)
	if err != nil {
		pageError(w, http.StatusInternalServerError, "page "+page+" is missing from the build")
		return
	}
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	_, _ = w.Write(body)
}

// asset serves one file of the assets folder; folders are not listed.
func (p pages) asset(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, AssetPrefix)
	if name == "" || strings.HasSuffix(name, "/") || !fs.ValidPath(name) || path.Ext(name) == ".html" {
		pageError(w, http.StatusNotFound, "no asset "+r.URL.Path)
		return
	}
	if info, err := fs.Stat(p.files, name); err != nil || info.IsDir() {
		pageError(w, http.StatusNotFound, "no asset "+r.URL.Path)
		return
	}
	w.Header().Set("Cache-Control", "no-cache")
	p.assets.ServeHTTP(w, r)
}

// pageFor names the HTML file of a page's path.
func pageFor(urlPath string) (string, bool) {
	switch {
	case urlPath == "/":
		return "inbox.html", true
	case urlPath == "/run":
		return "run.html", true
	case strings.HasPrefix(urlPath, "/messages/"):
		id := strings.TrimPrefix(urlPath, "/messages/")
		return "message.html", id != "" && !strings.Contains(id, "/")
	}
	return "", false
}

// pageError answers as the REST API does: JSON with a sentence.
func pageError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}
