package scenarios

import (
	"os"
	"path/filepath"
	"strings"
)

// suiteRoots are the folders a suite's hooks must be inside: for each path
// given to Load, the repository that holds it (the nearest folder above
// with a .git), or else the working folder if it holds the path, or else
// the path's own folder. In CI, scenario files come from pull requests;
// a hook named /proc/self/environ or ../../../home/ci/.ssh/id_rsa.js
// must not be read.
func suiteRoots(paths []string) []string {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	wd, _ := os.Getwd()
	wd = realPath(wd)
	var roots []string
	for _, p := range paths {
		dir := realPath(p)
		if info, err := os.Stat(dir); err == nil && !info.IsDir() {
			dir = filepath.Dir(dir)
		}
		switch repo := repositoryOf(dir); {
		case repo != "":
			roots = append(roots, repo)
		case wd != "" && within(dir, wd):
			roots = append(roots, wd)
		default:
			roots = append(roots, dir)
		}
	}
	return roots
}

// repositoryOf is the nearest folder at or above dir holding .git (a
// folder, or a file in a git worktree), or "".
func repositoryOf(dir string) string {
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// realPath is path made absolute with symbolic links followed, so a link
// inside the suite to a file outside it is seen for what it is.
func realPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}

// within tells whether path is root or below it.
func within(path, root string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// insideAny tells whether path is within one of roots.
func insideAny(path string, roots []string) bool {
	for _, root := range roots {
		if within(path, root) {
			return true
		}
	}
	return false
}
