package scenarios

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Discover lists the scenario files under paths (the current folder when
// there are none), sorted and without duplicates.
//
// A file named on its own is always taken (if it ends in .yaml, .yml or
// .json). In a folder, searched recursively, a file is a scenario file if
// it is named *.scenario.yaml, *.scenario.yml or *.scenario.json, or if it
// is a .yaml, .yml or .json file in a folder called "scenarios" or below
// one, unless it is named *.stubs.yaml (.yml, .json): a stubs file that
// scenarios name (see package stubs). The folder rule looks at the file's absolute path, so that
// `hookemu test pass` run inside a scenarios folder finds what the
// absolute path to pass finds. The rule keeps CI configs and other YAML
// out of a suite, which would otherwise fail to load as scenarios.
//
// Below the folders named, folders called testdata, vendor or node_modules
// and those whose names start with "." or "_" are skipped, as the go tool
// does: name such a folder to search it. So are folders that hold a
// deploy artifact (an a0deploy export, a Terraform configuration): their
// JSON and YAML are what a scenario's hook: names, not scenarios.
func Discover(paths ...string) ([]string, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	var found []string
	var errs LoadErrors
	for _, root := range paths {
		files, err := discoverOne(filepath.Clean(root))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		found = append(found, files...)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	slices.Sort(found)
	return slices.Compact(found), nil
}

func discoverOne(root string) ([]string, *LoadError) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, &LoadError{File: root, Message: "no such file or folder; name scenario files or folders that hold them"}
	}
	if !info.IsDir() {
		if !hasScenarioExt(root) {
			return nil, &LoadError{File: root, Message: "not a scenario file: scenario files end in .yaml, .yml or .json"}
		}
		return []string{filepath.ToSlash(root)}, nil
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return nil, &LoadError{File: root, Message: "cannot search the folder: " + err.Error()}
	}
	underScenarios := slices.Contains(strings.Split(filepath.ToSlash(absRoot), "/"), "scenarios")
	var found []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (skipDir(d.Name()) || isArtifact(path)) {
				return filepath.SkipDir
			}
			return nil
		}
		if isScenarioFile(path, underScenarios) {
			found = append(found, filepath.ToSlash(path))
		}
		return nil
	})
	if err != nil {
		return nil, &LoadError{File: root, Message: "cannot search the folder: " + err.Error()}
	}
	return found, nil
}

func skipDir(name string) bool {
	switch name {
	case "testdata", "vendor", "node_modules":
		return true
	}
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// isScenarioFile applies the naming rule to a file found in a folder;
// underScenarios tells whether that folder is itself in one called
// scenarios.
func isScenarioFile(path string, underScenarios bool) bool {
	if !hasScenarioExt(path) || isStubsFile(path) {
		return false
	}
	if hasScenarioName(path) || underScenarios {
		return true
	}
	return slices.Contains(strings.Split(filepath.ToSlash(filepath.Dir(path)), "/"), "scenarios")
}

// isStubsFile tells a file named *.stubs.yaml (.yml, .json), which
// scenarios name in their stubs: key and which is no scenario.
func isStubsFile(path string) bool {
	base := filepath.Base(path)
	return strings.HasSuffix(strings.TrimSuffix(base, filepath.Ext(base)), ".stubs")
}

// hasScenarioName tells a file named *.scenario.yaml (.yml, .json).
func hasScenarioName(path string) bool {
	base := filepath.Base(path)
	return strings.HasSuffix(strings.TrimSuffix(base, filepath.Ext(base)), ".scenario")
}

func hasScenarioExt(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

// baseName is a file's name without its extensions, the default name of
// the scenario it holds ("sms.scenario.yaml" is "sms").
func baseName(path string) string {
	base := filepath.Base(path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	return strings.TrimSuffix(base, ".scenario")
}
