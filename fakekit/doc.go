// Package fakekit holds what every fake provider API shares, so that the
// fakes record, misbehave and read requests in the same way and `hookemu
// serve` reads one journal shape whatever the provider:
//
//   - the journal (Journal, Entry, Limits, Sequence, Mark): the requests a
//     fake received, bounded in entries and bytes, with ids one Sequence
//     can order across fakes, and WaitFor to wait for an arrival;
//   - faults (Fault, Faults): deterministic failures chosen by
//     destination, switched on only by configuration, Sleep, the delay a
//     fault asks for that ends with the request, and
//     StatusClientClosedRequest, journaled when the client gave up first;
//   - ids and clocks (IDs): random ones, or a seeded sequence and a
//     standing clock so that recordings replay;
//   - the request a fake's pipeline sees (Call, CallOf, CheckCall), the
//     same from ServeHTTP and from Check, and its journal Entry;
//   - reading requests: ReadBody (bounded, refusing what is too large
//     without holding it), FormValues (urlencoded and multipart forms),
//     Digits (a phone number's digits);
//   - answering a REST API (serve's, the webui's): EncodeAnswer and
//     WriteAnswer, indented JSON that is never cached;
//   - SMS segments (IsGSM7, Units, ResolveEncoding, Segments): GSM-7 and
//     UCS-2 length rules for the fakes that count message parts;
//   - the recording proxy (Proxy, ProxyConfig, CheckFunc,
//     NewProxyTransport): real mode's pass-through that checks each
//     request with the fake's own rules before forwarding it and journals
//     both sides.
package fakekit
