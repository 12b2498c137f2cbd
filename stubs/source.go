package stubs

// Source is one stubs document as plain data: what a scenario or --stubs
// gives, carried as is to where the stubs answer (hookemu test's worker
// processes) and parsed there.
type Source struct {
	// Name is the file (or scenario key) errors and reports name.
	Name string `json:"name"`
	// Host binds the stubs that name no host of their own.
	Host string `json:"host,omitempty"`
	// Data is the document: JSON or YAML, in any form Parse reads.
	Data []byte `json:"data"`
}

// Load parses the sources, in order, into one set: among equal
// priorities a later source's stubs win, as a later mapping's do.
func Load(sources []Source) (*Set, error) {
	var all []Stub
	for _, src := range sources {
		parsed, err := Parse(src.Data, Options{Source: src.Name, Host: src.Host})
		if err != nil {
			return nil, err
		}
		all = append(all, parsed...)
	}
	return NewSet(all...)
}
