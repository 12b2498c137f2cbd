package deploy

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Detect reports which artifact format path holds; ok is false for
// anything that is code to run as it is (a .js file).
func Detect(path string) (format Format, ok bool, err error) {
	info, err := os.Stat(path)
	if err != nil {
		return "", false, err
	}
	if info.IsDir() {
		return detectDir(path)
	}
	name := strings.ToLower(filepath.Base(path))
	switch {
	case strings.HasSuffix(name, ".tf"), strings.HasSuffix(name, ".tf.json"):
		return FormatTerraform, true, nil
	case strings.HasSuffix(name, ".yaml"), strings.HasSuffix(name, ".yml"):
		return FormatA0YAML, true, nil
	case strings.HasSuffix(name, ".json"):
		return detectJSON(path)
	}
	return "", false, nil
}

// Load reads the artifact at path, whatever its format.
func Load(path string, opts Options) (*Artifact, error) {
	format, ok, err := Detect(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if !ok {
		return nil, fmt.Errorf("%s is not a deploy artifact: give an a0deploy folder, tenant.yaml or actions/NAME.json, a Terraform file or folder, or Management API JSON", path)
	}
	var a *Artifact
	switch format {
	case FormatA0Directory:
		a, err = loadA0Directory(path, opts)
	case FormatA0YAML:
		a, err = loadA0YAML(path, opts)
	case FormatA0JSON:
		a, err = loadA0JSON(path, opts)
	case FormatTerraform:
		a, err = loadTerraform(path, opts)
	case FormatManagement:
		a, err = loadManagement(path, opts)
	}
	if err != nil {
		return nil, err
	}
	a.Format, a.Path = format, path
	return a, nil
}
