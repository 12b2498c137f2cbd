package scenarios

import (
	"errors"
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"

	"github.com/hookemu/hookemu/deploy"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hooks"
)

// isArtifact reports whether path is a deploy artifact (an a0deploy
// folder, tenant.yaml or action file, Terraform, Management API JSON)
// rather than code.
func isArtifact(path string) bool {
	if harness.IsHookFileName(path) {
		return false
	}
	_, ok, err := deploy.Detect(path)
	return err == nil && ok
}

// artifactOptions read an artifact as hookemu test reads every one: the
// entry named, keywords and Terraform variables from the environment, as
// a0deploy and Terraform read them.
func artifactOptions(entry string) deploy.Options {
	return deploy.Options{Name: entry, Getenv: os.Getenv, Environ: os.Environ}
}

// resolveArtifact reads the artifact a scenario's hook names, once here
// to report what is wrong where the scenario names it, and finds the
// entry that runs: the one named by entry:, or its one phone entry.
func (b *builder) resolveArtifact(hook, abs string, at *yaml.Node, entry string) hookRef {
	if err := b.shared.checkInsideRoots(abs, "deploy artifact"); err != nil {
		b.dec.errorf(at, "%v", err)
		return hookRef{}
	}
	if first := b.shared.costlyArtifact(); first != "" {
		b.dec.errorf(at, "hook %s: not read: hookemu stops reading deploy artifacts once one (%s) takes too long or too much memory to evaluate; fix that one first", hook, first)
		return hookRef{}
	}
	src, err := harness.ReadSourceFrom(abs, artifactOptions(entry))
	if errors.Is(err, deploy.ErrTooCostly) {
		b.shared.markCostly(abs)
	}
	if err != nil {
		b.dec.errorf(at, "hook %s: %v (in a scenario file, entry: NAME is --name)", hook, err)
		return hookRef{}
	}
	deployed := &JSONArtifact{Format: src.Deploy.Artifact.Format, Path: hook, Entry: src.Name, Source: src.Deploy.Entry.Source}
	return hookRef{key: artifactKey(abs, src.Name), name: src.Name, path: abs, artifact: true, entry: src.Name, deployed: deployed, line: at.Line, column: at.Column}
}

// costlyArtifact is the artifact whose evaluation went past its budget,
// "" while none has.
func (st *loadState) costlyArtifact() string {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.tooCostly
}

func (st *loadState) markCostly(path string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.tooCostly == "" {
		st.tooCostly = path
	}
}

// artifactKey is the cache key of one entry of an artifact.
func artifactKey(path, entry string) string {
	return path + "\x00entry:" + entry
}

// readHook reads the code a hook reference names, with what loading it
// needs (its folder, and an artifact entry's runtime, dependencies and
// secret values).
func readHook(ref hookRef) (harness.Source, error) {
	switch {
	case ref.artifact:
		return harness.ReadSourceFrom(ref.path, artifactOptions(ref.entry))
	case ref.path == "":
		code, err := hooks.Source(ref.name)
		return harness.Source{Name: ref.name, Code: code, Embedded: true, Demo: harness.DemoSecrets(ref.name, code)}, err
	}
	code, err := harness.ReadHookFile(ref.path)
	return harness.Source{Name: ref.name, Code: code, Dir: filepath.Dir(ref.path), Demo: harness.DemoSecrets(ref.name, code)}, err
}
