package fakekit_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/fakekit"
)

func TestFaultsMatchByDigitsAndTheFirstWins(t *testing.T) {
	t.Parallel()
	f := fakekit.NewFaults([]fakekit.Fault{{Destination: "+65 9999-0000", Status: 500}, {Destination: "*", Status: 429}})
	tests := []struct {
		name, destination string
		want              int
	}{
		{"the same digits match however written", "6599990000", 500},
		{"another number falls to the wildcard", "+15005550006", 429},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, ok := f.Match(tt.destination)
			assert.True(t, ok)
			assert.Equal(t, tt.want, got.Status)
		})
	}
	empty := fakekit.NewFaults(nil)
	_, ok := empty.Match("+6599990000")
	assert.False(t, ok, "no faults, no match")
}

func TestFaultsReplacedWhileRequestsMatchAreSeenWhole(t *testing.T) {
	t.Parallel()
	f := fakekit.NewFaults(nil)
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := range 500 {
			f.Set([]fakekit.Fault{{Destination: "*", Status: 500 + i%2}, {Destination: "*", Status: 400}})
		}
	})
	for range 4 {
		wg.Go(func() {
			for range 500 {
				if got, ok := f.Match("+6599990000"); ok && got.Status != 500 && got.Status != 501 {
					panic(fmt.Sprintf("a half-replaced list answered %d", got.Status))
				}
			}
		})
	}
	wg.Wait()
	list := f.List()
	list[0].Status = 0
	assert.NotZero(t, f.List()[0].Status, "List hands out a copy")
}
