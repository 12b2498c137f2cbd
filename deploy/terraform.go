package deploy

import "errors"

// Placeholder until the Terraform reader lands (helper "tf").
func loadTerraform(path string, opts Options) (*Artifact, error) { return nil, errors.New("not yet") }
