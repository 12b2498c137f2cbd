package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hookemu/hookemu/emulator"
)

// deliveryMethods are the delivery methods given: Options.DeliveryMethods,
// or else those of the custom phone provider the deploy artifact holds.
func (o Options) deliveryMethods() []string {
	if len(o.DeliveryMethods) > 0 || o.Deploy == nil || o.Deploy.Artifact == nil {
		return o.DeliveryMethods
	}
	if p := o.Deploy.Artifact.PhoneProvider; p != nil && p.Name == "custom" {
		return p.DeliveryMethods
	}
	return nil
}

// deliveryMethods are the methods to call a custom-phone-provider Action
// with: the ones given, or both.
func deliveryMethods(given []string) []string {
	if len(given) == 0 {
		return emulator.DeliveryMethods()
	}
	return slices.Compact(slices.Sorted(slices.Values(given)))
}

// unknownDeliveryMethods fails a delivery method Auth0 does not have; the
// calls are then made with both.
func unknownDeliveryMethods(given []string) *Check {
	for _, m := range given {
		if !slices.Contains(emulator.DeliveryMethods(), m) {
			return &Check{Name: "delivery methods", Status: Fail,
				Message: fmt.Sprintf("the phone provider's delivery method %q is not one Auth0 has; it delivers by %s", m, strings.Join(emulator.DeliveryMethods(), " or ")),
				Fix:     "set the custom phone provider's delivery_methods to text, voice or both; the calls below use both"}
		}
	}
	return nil
}

// deliveryNote says which calls a custom-phone-provider Action gets when
// its phone provider uses one delivery method only.
func deliveryNote(hook *emulator.Hook, given []string) string {
	methods := deliveryMethods(given)
	if hook.Trigger != emulator.TriggerCustomPhoneProvider || len(casesFor(hook.Trigger, methods)) == len(emulator.Calls()) {
		return ""
	}
	return "the custom phone provider delivers by " + strings.Join(methods, " and ") + " only, so the Action is called with those messages only"
}
