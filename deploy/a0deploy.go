package deploy

import "errors"

// Placeholders until the a0deploy readers land (helper "a0").

func detectDir(path string) (Format, bool, error)  { return "", false, errors.New("not yet") }
func detectJSON(path string) (Format, bool, error) { return "", false, errors.New("not yet") }
func loadA0Directory(path string, opts Options) (*Artifact, error) {
	return nil, errors.New("not yet")
}
func loadA0YAML(path string, opts Options) (*Artifact, error) { return nil, errors.New("not yet") }
func loadA0JSON(path string, opts Options) (*Artifact, error) { return nil, errors.New("not yet") }
func loadManagement(path string, opts Options) (*Artifact, error) {
	return nil, errors.New("not yet")
}
