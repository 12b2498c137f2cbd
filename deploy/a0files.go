package deploy

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hookemu/hookemu/internal/hostfile"
)

// maxCodeBytes bounds a code file. Auth0 takes at most 100 kB of hook
// code; a bundled Action may be larger, but not megabytes.
const maxCodeBytes = hostfile.MaxHookBytes

// a0reader reads one a0deploy artifact: the folder its paths must stay
// inside, the keywords it replaces, and the artifact it fills.
type a0reader struct {
	root string
	kw   keywords
	art  *Artifact
}

func newA0Reader(root string, cfg a0config) *a0reader {
	return &a0reader{root: root, kw: cfg.kw, art: &Artifact{}}
}

func (r *a0reader) note(format string, args ...any) {
	r.art.Notes = append(r.art.Notes, fmt.Sprintf(format, args...))
}

// shown is path as the user sees it: relative to the root when inside.
func (r *a0reader) shown(path string) string {
	if rel, err := filepath.Rel(r.root, path); err == nil && !escapes(rel) {
		return filepath.ToSlash(rel)
	}
	return path
}

// readJSON reads a metadata file as a0deploy's loadJSON does: keywords
// replaced in the raw text, then parsed.
func (r *a0reader) readJSON(path string) (doc, error) {
	data, err := hostfile.Read(path, maxConfigBytes)
	if err != nil {
		return doc{}, fmt.Errorf("reading %s: %w", path, err)
	}
	return parseJSON(r.shown(path), r.kw.replace(data))
}

// loadCode reads the code file ref names, relative to base (a0deploy
// turns \ into / first), and replaces its keywords. A path that leaves
// the root is read, as a0deploy reads it, with a note; a device, folder
// or file over the limit is refused.
func (r *a0reader) loadCode(d doc, where *value, field, base, ref string) ([]byte, string, error) {
	ref = strings.ReplaceAll(ref, `\`, "/")
	path := filepath.Clean(filepath.FromSlash(ref))
	hint := ""
	if !filepath.IsAbs(path) {
		path = filepath.Join(base, path)
		hint = "; a0deploy resolves it relative to " + base
	}
	r.checkInside(d, field, ref, path)
	data, err := hostfile.Read(path, maxCodeBytes)
	if err != nil {
		return nil, "", d.errorf(where, field, "reading the code file %s: %v%s", path, err, hint)
	}
	return r.kw.replace(data), path, nil
}

func (r *a0reader) checkInside(d doc, field, ref, path string) {
	rootAbs, err1 := filepath.Abs(r.root)
	pathAbs, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return
	}
	if rel, err := filepath.Rel(rootAbs, pathAbs); err != nil || escapes(rel) {
		r.note("%s: %s %q is outside the config folder %s; a0deploy only warns (and will refuse it in its next major release): move the file inside", d.file, field, ref, r.root)
		return
	}
	realRoot, err1 := filepath.EvalSymlinks(rootAbs)
	realPath, err2 := filepath.EvalSymlinks(pathAbs)
	if err1 != nil || err2 != nil {
		return
	}
	if rel, err := filepath.Rel(realRoot, realPath); err != nil || escapes(rel) {
		r.note("%s: %s %q is a link to %s, outside the config folder %s; what is deployed is what the link points to when a0deploy runs", d.file, field, ref, realPath, r.root)
	}
}

func escapes(rel string) bool {
	return rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel)
}

// jsonFiles lists the regular *.json files directly in folder, in name
// order, as a0deploy's getFiles does (it follows links, and skips what is
// not a file). A missing folder holds none; a file where the folder
// should be is an error, as in a0deploy.
func jsonFiles(folder string) ([]string, error) {
	info, err := os.Stat(folder)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s should be a folder but is a file; a0deploy refuses it too", folder)
	}
	entries, err := os.ReadDir(folder) // sorted by name
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if nodeExt(e.Name()) != ".json" {
			continue
		}
		path := filepath.Join(folder, e.Name())
		if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
			out = append(out, path)
		}
	}
	return out, nil
}

// nodeExt is Node's path.extname, which a0deploy filters by: a name
// whose only dot starts it (".json") has none.
func nodeExt(name string) string {
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		return name[i:]
	}
	return ""
}

// isFile reports whether path is a regular file (following links).
func isFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

// isDir reports whether path is a folder (following links).
func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
