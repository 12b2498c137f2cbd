package nodemodules

import (
	"fmt"
	"os"
	"path/filepath"
)

// Search is the list of node_modules folders a hook sees, in the order
// Node would look: the hook's folder's node_modules, its parent's, and so
// on up to the root, then the folders given with --node-modules. It is
// immutable and shared by every run of the hook.
type Search struct {
	roots []string // real paths (symbolic links resolved)
}

// NewSearch builds the search of a hook in hookDir ("" for a hook with no
// folder, such as an embedded one) with the extra folders the user gave.
// An extra folder is a node_modules folder, or a folder that has one.
func NewSearch(hookDir string, extra []string) (*Search, error) {
	s := &Search{}
	if hookDir != "" {
		dir, err := filepath.Abs(hookDir)
		if err != nil {
			return nil, err
		}
		for {
			s.add(filepath.Join(dir, "node_modules"))
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	for _, dir := range extra {
		if err := CheckDir(dir); err != nil {
			return nil, err
		}
		if filepath.Base(dir) != "node_modules" && isDir(filepath.Join(dir, "node_modules")) {
			dir = filepath.Join(dir, "node_modules")
		}
		s.add(dir)
	}
	return s, nil
}

// CheckDir says why dir cannot be given as --node-modules.
func CheckDir(dir string) error {
	info, err := os.Stat(dir)
	switch {
	case err != nil:
		return fmt.Errorf("--node-modules %s cannot be read: give a node_modules folder (or the folder that holds one, where you ran npm install)", dir)
	case !info.IsDir():
		return fmt.Errorf("--node-modules %s is a file: give a node_modules folder (or the folder that holds one, where you ran npm install)", dir)
	}
	return nil
}

func (s *Search) add(dir string) {
	if !isDir(dir) {
		return
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	for _, r := range s.roots {
		if r == real {
			return
		}
	}
	s.roots = append(s.roots, real)
}

// Empty reports whether there is no node_modules folder to look in.
func (s *Search) Empty() bool { return s == nil || len(s.roots) == 0 }

func isDir(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}
