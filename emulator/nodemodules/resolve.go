package nodemodules

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/internal/hostfile"
)

// Bounds of what one run may read from node_modules: far above what real
// packages need (lodash is 540 KiB, aws-sdk v2 loads a few MiB), far below
// what would strain the machine.
const (
	MaxFileBytes        = 16 << 20
	MaxPackageJSONBytes = 1 << 20
	MaxRunBytes         = 256 << 20
	MaxRunModules       = 20000
)

// Error codes, Node's where Node has one.
const (
	CodeNotFound      = "MODULE_NOT_FOUND"
	CodeNotExported   = "ERR_PACKAGE_PATH_NOT_EXPORTED"
	CodeInvalidTarget = "ERR_INVALID_PACKAGE_TARGET"
	CodeInvalidConfig = "ERR_INVALID_PACKAGE_CONFIG"
	CodeRequireESM    = "ERR_REQUIRE_ESM"
	CodeUnsupported   = "ERR_HOOKEMU_UNSUPPORTED"
	// CodeSyntax marks a file that does not compile: the emulator throws a SyntaxError.
	CodeSyntax = "ERR_HOOKEMU_SYNTAX"
)

// Error is why a require could not be resolved or read, in words that
// name only virtual paths; Code is what the thrown error's code is.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// File is one module file found in node_modules.
type File struct {
	// Real is the host path, symbolic links resolved: the file's identity,
	// never shown.
	Real string
	// Virtual is the path the code and the user see: /node_modules/pkg/x.js.
	Virtual string
	// JSON is set for a .json file, which require parses instead of runs.
	JSON bool
	root string
}

// Dir is the virtual folder of the file, its __dirname.
func (f *File) Dir() string { return filepath.ToSlash(filepath.Dir(filepath.FromSlash(f.Virtual))) }

// Loader resolves and reads the files of one run. It belongs to the run's
// JS goroutine.
type Loader struct {
	search  *Search
	pkgs    map[string]*packageJSON // by folder; nil when it has none
	bytes   int64
	modules int
}

// NewLoader returns a loader over s's folders for one run.
func NewLoader(s *Search) *Loader {
	if s == nil {
		s = &Search{}
	}
	return &Loader{search: s, pkgs: map[string]*packageJSON{}}
}

// Resolve finds the file spec names, required from from (nil for the
// hook itself, which may only name packages). A bare name is looked up in
// the node_modules folders from's place sees; "./x" and "../x" are files
// beside from.
func (l *Loader) Resolve(from *File, spec string) (*File, error) {
	if isRelative(spec) {
		if from == nil || strings.HasPrefix(spec, "/") {
			return nil, notFound(spec, "")
		}
		p := filepath.Join(filepath.Dir(from.Real), filepath.FromSlash(spec))
		f, err := l.fileOrDirectory(p, from.root, strings.HasSuffix(spec, "/"))
		if err == nil && f == nil {
			err = notFound(spec, from.Virtual)
		}
		if err != nil {
			return nil, err
		}
		return f, l.checkCommonJS(spec, f)
	}
	name, sub, ok := splitPackage(spec)
	if !ok {
		return nil, notFound(spec, virtualOf(from))
	}
	for _, d := range l.dirsFrom(from) {
		pkgDir := filepath.Join(d.dir, filepath.FromSlash(name))
		if !isDir(pkgDir) {
			continue
		}
		f, err := l.inPackage(spec, pkgDir, d.root, sub)
		if f != nil || err != nil {
			return f, err
		}
	}
	return nil, notFound(spec, virtualOf(from))
}

// ResolveVersion finds package name (with any subpath: name/sub) at
// version (require('name@1.2.3'), require('name@1.2.3/sub')):
// the installed name whose package.json says that version, or an alias
// folder name-1.2.3 (npm install name-1.2.3@npm:name@1.2.3), which lets
// several versions sit side by side.
func (l *Loader) ResolveVersion(from *File, name, version string) (*File, error) {
	pkgName, sub, ok := splitPackage(name)
	spec := pkgName + "@" + version + strings.TrimPrefix(sub, ".")
	if !ok {
		return nil, notFound(spec, virtualOf(from))
	}
	var others []string
	for _, d := range l.dirsFrom(from) {
		for _, folder := range versionFolders(d.dir, pkgName, version) {
			pkgDir := filepath.Join(d.dir, filepath.FromSlash(folder))
			if !isDir(pkgDir) {
				continue
			}
			pj, err := l.pkg(pkgDir, d.root)
			if err != nil {
				return nil, err
			}
			if pj == nil || (folder != pkgName && pj.name != pkgName) {
				continue
			}
			if !VersionMatches(version, pj.version) {
				others = append(others, fmt.Sprintf("%s %s (%s)", pkgName, pj.version, virtual(d.root, pkgDir)))
				continue
			}
			if f, err := l.inPackage(spec, pkgDir, d.root, sub); f != nil || err != nil {
				return f, err
			}
		}
	}
	fix := fmt.Sprintf("run npm install %s@%s beside the hook (or give --node-modules DIR)", pkgName, version)
	if len(others) == 0 {
		return nil, &Error{Code: CodeNotFound, Message: fmt.Sprintf("Cannot find module '%s': %s is not installed in any node_modules folder the hook sees; %s", spec, pkgName, fix)}
	}
	return nil, &Error{Code: CodeNotFound, Message: fmt.Sprintf("Cannot find module '%s': installed is %s, not %s; %s", spec, strings.Join(others, ", "), version, fix)}
}

// versionFolders are the folders in dir that may hold name at version:
// name itself, the alias name-version, then any other alias name-*, so
// that when none matches the error can list every version installed.
func versionFolders(dir, name, version string) []string {
	folders := []string{name, name + "-" + version}
	entries, err := os.ReadDir(filepath.Join(dir, filepath.Dir(filepath.FromSlash(name))))
	if err != nil {
		return folders
	}
	base := filepath.Base(filepath.FromSlash(name))
	for _, e := range entries {
		alias := path.Join(path.Dir(name), e.Name())
		if strings.HasPrefix(e.Name(), base+"-") && alias != folders[1] && len(folders) < 64 {
			folders = append(folders, alias)
		}
	}
	return folders
}

// Installed reports whether package name (no version) is in a
// node_modules folder the hook sees.
func (l *Loader) Installed(name string) bool {
	pkgName, _, ok := splitPackage(name)
	if !ok {
		return false
	}
	for _, d := range l.dirsFrom(nil) {
		if isDir(filepath.Join(d.dir, filepath.FromSlash(pkgName))) {
			return true
		}
	}
	return false
}

// VersionMatches reports whether an installed version satisfies a
// requested one ("1.2.3", "1.2", "^1.2.3"), as the built-in shims'
// versions are matched.
func VersionMatches(requested, installed string) bool {
	if requested == installed {
		return true
	}
	want, err := modules.ParseVersion(strings.TrimLeft(requested, "^~=v"))
	if err != nil {
		return false
	}
	have, err := modules.ParseVersion(installed)
	return err == nil && want.Matches(have, strings.HasPrefix(requested, "^"))
}

// Load returns f compiled, reading it only when the process has not
// compiled it as it now is, and counts it against the run's bounds.
func (l *Loader) Load(programs *Programs, f *File) (*Compiled, error) {
	l.modules++
	if l.modules > MaxRunModules {
		return nil, &Error{Code: CodeUnsupported, Message: fmt.Sprintf("Cannot load %s: the run already loaded %d modules from node_modules, hookemu's limit", f.Virtual, MaxRunModules)}
	}
	info, err := os.Stat(f.Real)
	if err == nil && !info.Mode().IsRegular() {
		err = hostfile.ErrNotRegular
	}
	if err == nil && info.Size() > MaxFileBytes {
		err = hostfile.ErrTooLarge
	}
	if err != nil {
		return nil, readError(f.Virtual, MaxFileBytes, err)
	}
	l.bytes += info.Size()
	if l.bytes > MaxRunBytes {
		return nil, &Error{Code: CodeUnsupported, Message: fmt.Sprintf("Cannot load %s: the run already loaded %s from node_modules, hookemu's limit", f.Virtual, hostfile.FormatSize(MaxRunBytes))}
	}
	c, ok := programs.known(f, info)
	if !ok {
		data, err := hostfile.Read(f.Real, MaxFileBytes)
		if err != nil {
			return nil, readError(f.Virtual, MaxFileBytes, err)
		}
		c = programs.compile(f, data, info)
	}
	return c, c.err
}

func readError(virtual string, limit int64, err error) error {
	why := "it cannot be read"
	switch {
	case errors.Is(err, hostfile.ErrTooLarge):
		why = "it is larger than " + hostfile.FormatSize(limit)
	case errors.Is(err, hostfile.ErrNotRegular):
		why = "it is not a regular file"
	case errors.Is(err, fs.ErrPermission):
		why = "permission denied"
	}
	return &Error{Code: CodeUnsupported, Message: fmt.Sprintf("Cannot load %s: %s", virtual, why)}
}

// searchDir is one node_modules folder to look in and the folder whose
// bounds its files must keep.
type searchDir struct{ dir, root string }

// dirsFrom lists the node_modules folders a require from from looks in:
// those nested in from's package, up to the folder it lies in, then every
// folder of the search.
func (l *Loader) dirsFrom(from *File) []searchDir {
	var dirs []searchDir
	seen := map[string]bool{}
	if from != nil {
		for d := filepath.Dir(from.Real); within(from.root, d) && d != from.root; d = filepath.Dir(d) {
			if filepath.Base(d) == "node_modules" {
				continue
			}
			if nested := filepath.Join(d, "node_modules"); isDir(nested) {
				dirs = append(dirs, searchDir{nested, from.root})
			}
		}
		dirs = append(dirs, searchDir{from.root, from.root})
		seen[from.root] = true
	}
	for _, root := range l.search.roots {
		if !seen[root] {
			dirs = append(dirs, searchDir{root, root})
		}
	}
	return dirs
}

// inPackage resolves sub ("." or "./x") in the package at pkgDir: through
// its "exports" when it has them, else as a file or folder.
func (l *Loader) inPackage(spec, pkgDir, root, sub string) (*File, error) {
	pj, err := l.pkg(pkgDir, root)
	if err != nil {
		return nil, err
	}
	if pj == nil || !pj.hasExports {
		f, err := l.fileOrDirectory(filepath.Join(pkgDir, filepath.FromSlash(sub)), root, sub == ".")
		if f == nil || err != nil {
			return f, err
		}
		return f, l.checkCommonJS(spec, f)
	}
	target, err := resolveExports(pj.exports, sub, requireConditions)
	if err != nil {
		return nil, l.exportsError(spec, pkgDir, root, pj, sub, err)
	}
	f, err := l.file(filepath.Join(pkgDir, filepath.FromSlash(target)), root)
	if err == nil && f == nil {
		err = notFound(virtual(root, filepath.Join(pkgDir, filepath.FromSlash(target))), "")
	}
	if err != nil {
		return nil, err
	}
	return f, l.checkCommonJS(spec, f)
}

func (l *Loader) exportsError(spec, pkgDir, root string, pj *packageJSON, sub string, err error) error {
	where := virtual(root, filepath.Join(pkgDir, "package.json"))
	switch {
	case errors.Is(err, errNotExported):
		if _, esm := resolveExports(pj.exports, sub, importConditions); esm == nil {
			return esmError(spec, cmpOr(pj.name, spec), where+` has "exports" with an "import" entry and none for require`)
		}
		if sub == "." {
			return &Error{Code: CodeNotExported, Message: fmt.Sprintf(`No "exports" main defined in %s`, where)}
		}
		return &Error{Code: CodeNotExported, Message: fmt.Sprintf(`Package subpath '%s' is not defined by "exports" in %s`, sub, where)}
	case errors.Is(err, errInvalidTarget):
		return &Error{Code: CodeInvalidTarget, Message: fmt.Sprintf(`Invalid "exports" target for '%s' in %s`, sub, where)}
	}
	return &Error{Code: CodeInvalidConfig, Message: fmt.Sprintf(`Invalid package config %s: "exports" mixes "." keys and conditions`, where)}
}

// fileOrDirectory is Node's LOAD_AS_FILE then LOAD_AS_DIRECTORY.
func (l *Loader) fileOrDirectory(p, root string, dirOnly bool) (*File, error) {
	if !dirOnly {
		if f, err := l.asFile(p, root); f != nil || err != nil {
			return f, err
		}
	}
	pj, err := l.pkg(p, root)
	if err != nil {
		return nil, err
	}
	if pj != nil && pj.main != "" {
		m := filepath.Join(p, filepath.FromSlash(pj.main))
		if f, err := l.asFile(m, root); f != nil || err != nil {
			return f, err
		}
		if f, err := l.index(m, root); f != nil || err != nil {
			return f, err
		}
	}
	return l.index(p, root)
}

func (l *Loader) asFile(p, root string) (*File, error) {
	for _, ext := range []string{"", ".js", ".json", ".node"} {
		if f, err := l.file(p+ext, root); f != nil || err != nil {
			return f, err
		}
	}
	return nil, nil
}

func (l *Loader) index(p, root string) (*File, error) {
	for _, name := range []string{"index.js", "index.json", "index.node"} {
		if f, err := l.file(filepath.Join(p, name), root); f != nil || err != nil {
			return f, err
		}
	}
	return nil, nil
}

// file is the file at p when it is one, inside root: nil when there is
// none, an error when it is a device or a link that leads out of root.
func (l *Loader) file(p, root string) (*File, error) {
	p = filepath.Clean(p)
	if !within(root, p) {
		return nil, nil
	}
	info, err := os.Stat(p)
	if err != nil || info.IsDir() {
		return nil, nil
	}
	shown := virtual(root, p)
	if !info.Mode().IsRegular() {
		return nil, &Error{Code: CodeUnsupported, Message: fmt.Sprintf("Cannot load %s: it is a device, pipe or socket, not a file", shown)}
	}
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return nil, nil
	}
	if !within(root, real) {
		return nil, &Error{Code: CodeUnsupported, Message: fmt.Sprintf("Cannot load %s: it is a symbolic link to a place outside node_modules, which hookemu does not follow", shown)}
	}
	return &File{Real: real, Virtual: virtual(root, real), JSON: strings.EqualFold(filepath.Ext(real), ".json"), root: root}, nil
}

// pkg reads the package.json in dir, once per run; nil when there is none.
func (l *Loader) pkg(dir, root string) (*packageJSON, error) {
	if pj, ok := l.pkgs[dir]; ok {
		return pj, nil
	}
	f, err := l.file(filepath.Join(dir, "package.json"), root)
	if err != nil || f == nil {
		l.pkgs[dir] = nil
		return nil, err
	}
	data, err := hostfile.Read(f.Real, MaxPackageJSONBytes)
	if err != nil {
		return nil, readError(f.Virtual, MaxPackageJSONBytes, err)
	}
	pj, err := parsePackageJSON(data)
	if err != nil {
		return nil, &Error{Code: CodeInvalidConfig, Message: fmt.Sprintf("Invalid package config %s: %v", f.Virtual, err)}
	}
	l.pkgs[dir] = pj
	return pj, nil
}

// checkCommonJS refuses what require cannot load: ES modules (.mjs, or
// .js in a package of "type": "module") and native addons.
func (l *Loader) checkCommonJS(spec string, f *File) error {
	ext := strings.ToLower(filepath.Ext(f.Real))
	switch ext {
	case ".cjs", ".json":
		return nil
	case ".node":
		return &Error{Code: CodeUnsupported, Message: fmt.Sprintf("Cannot load %s (required as '%s'): it is a native addon, and hookemu runs only JavaScript; use a pure-JS package", f.Virtual, spec)}
	case ".mjs":
		return esmError(spec, l.packageName(f, spec), f.Virtual+" is an ES module (.mjs)")
	}
	for d := filepath.Dir(f.Real); within(f.root, d); d = filepath.Dir(d) {
		pj, err := l.pkg(d, f.root)
		if err != nil {
			return err
		}
		if pj != nil {
			if pj.typ == "module" {
				return esmError(spec, cmpOr(pj.name, spec), virtual(f.root, filepath.Join(d, "package.json"))+` says "type": "module"`)
			}
			return nil
		}
		if d == f.root {
			break
		}
	}
	return nil
}

func (l *Loader) packageName(f *File, fallback string) string {
	for d := filepath.Dir(f.Real); within(f.root, d) && d != f.root; d = filepath.Dir(d) {
		if pj, _ := l.pkg(d, f.root); pj != nil && pj.name != "" {
			return pj.name
		}
	}
	return fallback
}

func esmError(spec, pkg, why string) error {
	return &Error{Code: CodeRequireESM, Message: fmt.Sprintf("require('%s'): %s is an ES module only (%s); Auth0's runtime loads CommonJS, so it needs a CommonJS build of %s (an older major version often has one)", spec, pkg, why, pkg)}
}

func notFound(spec, from string) error {
	msg := fmt.Sprintf("Cannot find module '%s'", spec)
	if from != "" {
		msg += " from " + from
	}
	return &Error{Code: CodeNotFound, Message: msg}
}

func virtualOf(f *File) string {
	if f == nil {
		return ""
	}
	return f.Virtual
}

// virtual names p, inside root, as the code sees it.
func virtual(root, p string) string {
	rel, err := filepath.Rel(root, p)
	if err != nil || rel == "." {
		return "/node_modules"
	}
	return "/node_modules/" + filepath.ToSlash(rel)
}

// within reports whether p is root or inside it.
func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func isRelative(spec string) bool {
	return spec == "." || spec == ".." || strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || strings.HasPrefix(spec, "/")
}

// splitPackage splits "name/sub/path" (or "@scope/name/sub") into the
// package name and "./sub/path" ("." for none); ok is false for names npm
// could not have installed.
func splitPackage(spec string) (name, sub string, ok bool) {
	parts := strings.Split(spec, "/")
	n := 1
	if strings.HasPrefix(spec, "@") {
		n = 2
	}
	if len(parts) < n || (n == 2 && parts[0] == "@") {
		return "", "", false
	}
	for i, p := range parts {
		if (i < n && (p == "" || strings.HasPrefix(p, "."))) || p == ".." || strings.ContainsAny(p, "\\\x00") {
			return "", "", false
		}
	}
	name = strings.Join(parts[:n], "/")
	sub = "."
	if len(parts) > n {
		sub = "./" + strings.Join(parts[n:], "/")
	}
	return name, sub, true
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
