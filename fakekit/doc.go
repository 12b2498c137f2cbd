// Package fakekit holds the building blocks every fake provider API shares:
// a bounded journal of the requests a fake received and deterministic faults
// chosen by destination. It exists so that fake8x8 and faketwilio record and
// misbehave in exactly the same way, and so that `hookemu serve` can read one
// journal shape whatever the provider.
package fakekit
