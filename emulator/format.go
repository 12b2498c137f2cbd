package emulator

import (
	"github.com/dop251/goja"

	"github.com/hookemu/hookemu/emulator/modules/util"
)

// format renders console arguments as Node's util.format does: Node 12's
// flavour for Hooks ([Circular], [Function]), Node 18's for Actions.
func (inv *invocation) format(args []goja.Value) string {
	opts := util.DefaultOptions()
	opts.Legacy = !inv.Action()
	return util.FormatWith(inv.rt, opts, args)
}
