package deploy

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoadTerraform feeds arbitrary text to the Terraform reader as a
// .tf or .tf.json file beside a terraform.tfvars: it may refuse it, but
// never panic or overflow its stack.
func FuzzLoadTerraform(f *testing.F) {
	for _, name := range []string{"basic/main.tf", "heredoc/main.tf", "custom/main.tf", "hooks/main.tf", "foreach/main.tf", "json/main.tf.json"} {
		data, err := os.ReadFile(filepath.Join(tfFixtures, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, filepath.Ext(name) == ".json", []byte("sender = \"Acme\"\n"))
	}
	f.Add([]byte(tfAction(`format("%s", [for x in range(3) : x if x > 1][0])`)), false, []byte("x = [1, 2]"))
	f.Fuzz(func(t *testing.T, config []byte, asJSON bool, tfvars []byte) {
		dir := t.TempDir()
		name := "main.tf"
		if asJSON {
			name = "main.tf.json"
		}
		if err := os.WriteFile(filepath.Join(dir, name), config, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "terraform.tfvars"), tfvars, 0o600); err != nil {
			t.Fatal(err)
		}
		a, err := loadTerraform(dir, Options{})
		if err == nil && a == nil {
			t.Fatal("no artifact and no error")
		}
	})
}
