package migrate

import (
	"context"
	"fmt"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/internal/jsast"
)

// verify checks the Action parses and that the emulator loads it as an
// Action (which also runs Auth0's own check that the handler is async).
func verify(opts Options, code []byte) (*emulator.Hook, error) {
	if _, err := jsast.Parse(opts.Name, code); err != nil {
		return nil, fmt.Errorf("it does not parse: %w", err)
	}
	hook, err := opts.Emulator.LoadWith(context.Background(), opts.Name, code, emulator.LoadOptions{Dir: opts.Dir})
	if err != nil {
		return nil, err
	}
	if hook.Kind != emulator.KindAction {
		return nil, fmt.Errorf("the emulator loads it as a %s, not an Action", hook.Kind)
	}
	return hook, nil
}

// loadsAsHook checks the input is a hook the emulator can load: code
// that cannot run as a hook cannot be checked against its Action either.
func loadsAsHook(opts Options, code []byte) (*emulator.Hook, error) {
	hook, err := opts.Emulator.LoadWith(context.Background(), opts.Name, code, emulator.LoadOptions{Dir: opts.Dir})
	switch {
	case err != nil:
		return nil, &InputError{Name: opts.Name, Message: "the hook does not load, so there is nothing to compare an Action with: " + err.Error()}
	case hook.Kind == emulator.KindAction:
		return nil, &InputError{Name: opts.Name, Message: "this is already an Action; migrate takes a legacy hook (module.exports = function (recipient, text, context, cb) { ... })"}
	}
	return hook, nil
}
