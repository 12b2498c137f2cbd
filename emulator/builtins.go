package emulator

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/assert"
	"github.com/hookemu/hookemu/emulator/modules/auth0"
	"github.com/hookemu/hookemu/emulator/modules/awssdk"
	"github.com/hookemu/hookemu/emulator/modules/axios"
	"github.com/hookemu/hookemu/emulator/modules/buffer"
	"github.com/hookemu/hookemu/emulator/modules/clientsns"
	"github.com/hookemu/hookemu/emulator/modules/crypto"
	"github.com/hookemu/hookemu/emulator/modules/events"
	"github.com/hookemu/hookemu/emulator/modules/fetch"
	nodehttp "github.com/hookemu/hookemu/emulator/modules/http"
	"github.com/hookemu/hookemu/emulator/modules/nexmo"
	nodeos "github.com/hookemu/hookemu/emulator/modules/os"
	"github.com/hookemu/hookemu/emulator/modules/path"
	"github.com/hookemu/hookemu/emulator/modules/querystring"
	"github.com/hookemu/hookemu/emulator/modules/request"
	"github.com/hookemu/hookemu/emulator/modules/stream"
	"github.com/hookemu/hookemu/emulator/modules/stringdecoder"
	"github.com/hookemu/hookemu/emulator/modules/timers"
	"github.com/hookemu/hookemu/emulator/modules/tty"
	"github.com/hookemu/hookemu/emulator/modules/twilio"
	"github.com/hookemu/hookemu/emulator/modules/unemulated"
	"github.com/hookemu/hookemu/emulator/modules/url"
	"github.com/hookemu/hookemu/emulator/modules/util"
	"github.com/hookemu/hookemu/emulator/modules/vonage"
	"github.com/hookemu/hookemu/emulator/modules/zlib"
)

// Builtins lists every module a hook can require: the one place modules
// are registered.
func Builtins() []modules.Module {
	return append([]modules.Module{
		assert.Module(),
		assert.StrictModule(),
		auth0.Module(),
		awssdk.Module(),
		axios.Module(),
		buffer.Module(),
		clientsns.Module(),
		crypto.Module(),
		events.Module(),
		fetch.Module(),
		nodehttp.Module(),
		nodehttp.HTTPSModule(),
		nexmo.Module(),
		nodeos.Module(),
		path.Module(),
		querystring.Module(),
		request.Module(),
		stringdecoder.Module(),
		timers.Module(),
		timers.PromisesModule(),
		tty.Module(),
		stream.Module(), stream.PromisesModule(),
		twilio.Module(),
		url.Module(),
		util.Module(),
		vonage.Module(),
		zlib.Module(),
		{Name: "process", Load: func(h modules.Host, _ string) (goja.Value, error) {
			return h.(*invocation).processObject(), nil
		}},
	}, unemulated.Modules()...)
}
