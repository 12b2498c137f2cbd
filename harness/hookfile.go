package harness

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hookemu/hookemu/internal/hostfile"
)

// HookExtensions are the names a hook file may end in: the code Auth0
// runs is JavaScript, and refusing anything else keeps a file such as
// /etc/passwd or /proc/self/environ out of the compiler, whose syntax
// errors would quote it.
var HookExtensions = []string{".js", ".cjs", ".mjs"}

// CheckHookFile is the rule every subcommand applies to a hook named on
// disk, without reading it: it exists (the error wraps fs.ErrNotExist
// otherwise, so callers can fall back to an embedded hook), ends in .js,
// .cjs or .mjs, is a regular file, and holds at most
// hostfile.MaxHookBytes. Its errors say what is wrong and nothing of what
// the file holds.
func CheckHookFile(path string) error {
	if _, err := os.Stat(path); err != nil {
		return err
	}
	if !hasHookExtension(path) {
		return fmt.Errorf("hook %s is not a JavaScript file: a hook's name ends in %s", path, strings.Join(HookExtensions, ", "))
	}
	if err := hostfile.Check(path, hostfile.MaxHookBytes); err != nil {
		return hookFileError(path, err)
	}
	return nil
}

// ReadHookFile reads a hook's code from disk under CheckHookFile's rule,
// and refuses bytes that are not text (a NUL, invalid UTF-8) by position
// only.
func ReadHookFile(path string) ([]byte, error) {
	if err := CheckHookFile(path); err != nil {
		return nil, err
	}
	code, err := hostfile.Read(path, hostfile.MaxHookBytes)
	if err != nil {
		return nil, hookFileError(path, err)
	}
	if err := hostfile.CheckText(code); err != nil {
		return nil, fmt.Errorf("hook %s: %w: give the hook's JavaScript source", path, err)
	}
	return code, nil
}

// IsHookFileName reports whether path's name is a hook file's (.js, .cjs,
// .mjs): code, never a deploy artifact, whatever is on disk.
func IsHookFileName(path string) bool { return hasHookExtension(path) }

func hasHookExtension(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, want := range HookExtensions {
		if ext == want {
			return true
		}
	}
	return false
}

func hookFileError(path string, err error) error {
	switch {
	case errors.Is(err, hostfile.ErrNotRegular):
		return fmt.Errorf("hook %s: %w; give the path of the hook's .js file", path, err)
	case errors.Is(err, hostfile.ErrTooLarge):
		return fmt.Errorf("hook %s: %w, the most hookemu reads for a hook; is it the right file?", path, err)
	}
	return fmt.Errorf("cannot read hook %s: %w", path, err)
}
