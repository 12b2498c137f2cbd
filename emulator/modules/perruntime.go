package modules

import "github.com/dop251/goja"

// PerRuntime returns the object build made for rt, calling build only the
// first time: the object is kept on rt's global object under slot, a
// symbol no script can name. A module built on another (stream on events,
// assert/strict on assert) then gets the very objects the hook's require
// returns, so instanceof holds across them.
func PerRuntime(rt *goja.Runtime, slot *goja.Symbol, build func() (*goja.Object, error)) (*goja.Object, error) {
	global := rt.GlobalObject()
	if v, ok := global.GetSymbol(slot).(*goja.Object); ok {
		return v, nil
	}
	v, err := build()
	if err != nil {
		return nil, err
	}
	if err := global.DefineDataPropertySymbol(slot, v, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
		return nil, err
	}
	return v, nil
}
