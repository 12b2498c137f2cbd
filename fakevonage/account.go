package fakevonage

import "sync"

// account is the fake account's credit, in units of 1e-8 euro.
type account struct {
	mu      sync.Mutex
	initial int64
	balance int64
}

func newAccount(balance float64) *account {
	units := toUnits(balance)
	return &account{initial: units, balance: units}
}

// charge takes cost from the balance and returns what is left, or
// refuses when the balance does not cover it.
func (a *account) charge(cost int64) (remaining int64, ok bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if cost > a.balance {
		return a.balance, false
	}
	a.balance -= cost
	return a.balance, true
}

// left is the current balance.
func (a *account) left() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

// reset restores the initial balance.
func (a *account) reset() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance = a.initial
}
