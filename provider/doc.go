// Package provider is the contract a fake provider API implements, and
// the guide to adding one.
//
// (This package doc is being written with the contract; see provider.go.)
package provider
