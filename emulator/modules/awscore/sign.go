package awscore

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/internal/sigv4"
)

// SignInput is a request as a shim is about to send it, and what to sign
// it with.
type SignInput struct {
	Method string
	URL    string
	Header http.Header
	Body   []byte
	// Unsigned names (lower case) the headers the SDK leaves out of the
	// signature, beyond Authorization: aws-sdk v2 signs little
	// (Content-Type and Content-Length stay out), v3 signs nearly all.
	Unsigned    []string
	Region      string
	Service     string
	Credentials sigv4.Credentials
	Time        time.Time
}

// Sign returns the headers signing adds to in's request: X-Amz-Date,
// X-Amz-Security-Token for session credentials, and Authorization.
func Sign(in SignInput) (http.Header, error) {
	req, err := http.NewRequest(in.Method, in.URL, bytes.NewReader(in.Body))
	if err != nil {
		return nil, fmt.Errorf("sign a request to %q: %w", in.URL, err)
	}
	req.Header = in.Header.Clone()
	if host := req.Header.Get("Host"); host != "" {
		req.Host = host
		req.Header.Del("Host")
	}
	unsigned := map[string]bool{}
	for _, name := range in.Unsigned {
		unsigned[strings.ToLower(name)] = true
	}
	signer := sigv4.Signer{Service: in.Service, Region: in.Region, Unsigned: func(name string) bool { return unsigned[name] }}
	if err := signer.Sign(req, in.Body, in.Credentials, in.Time); err != nil {
		return nil, err
	}
	out := http.Header{}
	for _, name := range []string{"X-Amz-Date", "X-Amz-Security-Token", "Authorization"} {
		if v := req.Header.Get(name); v != "" {
			out.Set(name, v)
		}
	}
	return out, nil
}

// signJS is native.sign: it reads {method, url, headers, body, unsigned,
// region, service, accessKeyId, secretAccessKey, sessionToken, time (ms
// since the epoch)} and returns the headers to add as [[name, value]]
// pairs, in the order the SDKs add them.
func signJS(rt *goja.Runtime, arg goja.Value) goja.Value {
	opts := arg.ToObject(rt)
	req := httpkit.RequestFromJS(rt, opts)
	var unsigned []string
	_ = rt.ExportTo(opts.Get("unsigned"), &unsigned)
	str := func(name string) string {
		v := opts.Get(name)
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return ""
		}
		return v.String()
	}
	header, err := Sign(SignInput{
		Method: req.Method, URL: req.URL, Header: req.Header, Body: req.Body,
		Unsigned: unsigned, Region: str("region"), Service: str("service"),
		Credentials: sigv4.Credentials{AccessKeyID: str("accessKeyId"), SecretAccessKey: str("secretAccessKey"), SessionToken: str("sessionToken")},
		Time:        time.UnixMilli(opts.Get("time").ToInteger()).UTC(),
	})
	if err != nil {
		panic(rt.NewGoError(err))
	}
	var pairs []any
	for _, name := range []string{"X-Amz-Date", "X-Amz-Security-Token", "Authorization"} {
		if v := header.Get(name); v != "" {
			pairs = append(pairs, rt.NewArray(name, v))
		}
	}
	return rt.NewArray(pairs...)
}
