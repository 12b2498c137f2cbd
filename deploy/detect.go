package deploy

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hookemu/hookemu/internal/hostfile"
)

// tenantYAMLNames are the names under which a folder holds an a0deploy
// YAML config.
var tenantYAMLNames = []string{"tenant.yaml", "tenant.yml"}

// detectDir tells what a folder holds: a tenant.yaml (the YAML format,
// whose export also writes actions/ and hooks/ code folders beside it),
// Terraform files (a configuration often keeps its code in actions/ or
// hooks/ beside main.tf, so .tf files are looked for before those), or
// the folders of a directory export.
func detectDir(path string) (Format, bool, error) {
	if tenantYAML(path) != "" {
		return FormatA0YAML, true, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return "", false, err
	}
	for _, e := range entries {
		name := strings.ToLower(e.Name())
		if (strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json")) && isFile(filepath.Join(path, e.Name())) {
			return FormatTerraform, true, nil
		}
	}
	for _, sub := range []string{a0ActionsDir, a0HooksDir, a0TriggersDir, a0PhoneProvidersDir} {
		if isDir(filepath.Join(path, sub)) {
			return FormatA0Directory, true, nil
		}
	}
	return "", false, fmt.Errorf("the folder holds no deploy artifact: an a0deploy export holds tenant.yaml, or actions/ or hooks/ with their .json files; a Terraform configuration holds .tf files")
}

// tenantYAML is the tenant.yaml (or .yml) in folder, "" without one.
func tenantYAML(folder string) string {
	for _, name := range tenantYAMLNames {
		if p := filepath.Join(folder, name); isFile(p) {
			return p
		}
	}
	return ""
}

// detectJSON tells an a0deploy action or hook file (whose code or script
// names a file) from Management API JSON (code inline, a
// deployed_version, a list of actions or hooks) by what the file holds.
func detectJSON(path string) (Format, bool, error) {
	data, err := hostfile.Read(path, maxConfigBytes)
	if err != nil {
		return "", false, err
	}
	d, err := parseJSON(filepath.Base(path), data)
	if err != nil {
		return "", false, err
	}
	if f := jsonFormat(d.root); f != "" {
		return f, true, nil
	}
	return "", false, fmt.Errorf("it is JSON, but neither an a0deploy action or hook file (name, code or script naming a file) nor Management API JSON (an action with its deployed_version, {\"actions\": [...]}, or hooks)")
}

// jsonFormat classifies a parsed JSON file; "" when it is neither kind.
func jsonFormat(root *value) Format {
	switch root.kind {
	case kindList:
		for _, item := range root.items {
			if item.kind != kindObject || (item.get("script") == nil && item.get("triggerId") == nil) {
				return ""
			}
		}
		return FormatManagement
	case kindObject:
	default:
		return ""
	}
	for _, key := range []string{"actions", "hooks", "deployed_version", "all_changes_deployed", "current_version"} {
		if root.get(key) != nil {
			return FormatManagement
		}
	}
	for _, key := range []string{"code", "script"} {
		if v := root.get(key); v != nil && v.kind == kindString {
			if looksLikePath(v.text) {
				return FormatA0JSON
			}
			return FormatManagement
		}
	}
	return ""
}

// looksLikePath tells a file name ("./actions/sms/code.js") from code:
// code spans lines or holds brackets and statements a path does not.
func looksLikePath(s string) bool {
	return s != "" && len(s) <= 4096 && !strings.ContainsAny(s, "\n{}();=")
}
