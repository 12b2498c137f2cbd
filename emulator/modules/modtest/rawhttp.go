package modtest

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
)

// RawHTTP is a module "rawhttp" whose send(request) goes straight through
// the Host's transport (httpkit.SendFunc), with no library in between:
// for the tests of the emulator's users (harness, check, scenarios) whose
// hooks must reach the fakes without depending on an HTTP shim.
func RawHTTP() modules.Module {
	return modules.Module{Name: "rawhttp", Load: func(h modules.Host, _ string) (goja.Value, error) {
		obj := h.Runtime().NewObject()
		if err := obj.Set("send", httpkit.SendFunc(h)); err != nil {
			return nil, err
		}
		return obj, nil
	}}
}
