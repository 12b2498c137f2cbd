package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
)

// printReport is the human form of a run: what was sent, what came back,
// what the hook printed, what looks wrong, and how it ended.
func printReport(w io.Writer, st style, rep harness.Report, payload emulator.Payload, demo demoNote) {
	fmt.Fprintf(w, "%s (%s, %s) to %s, %s\n", rep.Hook, rep.Kind, rep.Runtime, payload.Recipient, messageOf(rep.Trigger, payload))
	for _, ex := range rep.Requests {
		printExchange(w, st, ex, rep.Kind)
	}
	if len(rep.Requests) == 0 {
		fmt.Fprintln(w, "\nno requests")
	}
	if len(rep.Logs) > 0 {
		fmt.Fprintln(w, "\nconsole:")
		for _, l := range rep.Logs {
			fmt.Fprintf(w, "  [%s] %s\n", l.Level, indentRest(l.Message, "  "))
		}
	}
	if len(rep.Problems) > 0 {
		fmt.Fprintln(w, "\nproblems:")
		for _, p := range rep.Problems {
			fmt.Fprintf(w, "  %s: %s\n", st.severity(p.Severity), indentRest(p.Message, "    "))
		}
	}
	fmt.Fprintln(w)
	printOutcome(w, st, rep)
	if uses := demo.uses(); uses != "" {
		fmt.Fprintf(w, "(documented hook %s with %s; run your own with: hookemu run my-hook.js %s)\n", demo.hooks(), uses, demo.ownFlags())
	}
}

// messageOf says which message the code was given, as its trigger names
// it: "sms, enrollment", or "text, otp_enroll" for a custom-phone-provider
// Action.
func messageOf(trigger string, payload emulator.Payload) string {
	if trigger == emulator.TriggerCustomPhoneProvider {
		n, _ := emulator.ActionEvent(trigger, payload)["notification"].(map[string]any)
		return fmt.Sprintf("%v, %v", n["delivery_method"], n["message_type"])
	}
	return fmt.Sprintf("%v, %v", payload.Context["message_type"], payload.Context["action"])
}

// destinationMark says where a request went, since a real send is
// billed: "[real 8x8 -> https://sms.8x8.com]"; "[fake 8x8: not sent]" for
// one real mode kept back because the fake refused it; "[fake 8x8]" in
// fake mode; "[stub]" for a host the stubs answered; "[network ->
// https://host]" for a host --allow-host let out.
func destinationMark(ex harness.Exchange) string {
	switch {
	case ex.Provider == harness.StubProvider:
		return "  [stub]"
	case ex.Sent && ex.Provider != "":
		return "  [real " + ex.Provider + " -> " + ex.Upstream + "]"
	case ex.Sent:
		return "  [network -> " + ex.Upstream + "]"
	case ex.Upstream != "":
		return "  [fake " + ex.Provider + ": not sent]"
	case ex.Provider != "":
		return "  [fake " + ex.Provider + "]"
	}
	return ""
}

func printExchange(w io.Writer, st style, ex harness.Exchange, kind emulator.Kind) {
	where := destinationMark(ex)
	late := ""
	if ex.AfterCallback {
		late = "  (after " + kind.Ended() + ")"
	}
	fmt.Fprintf(w, "\n%s %s %s%s%s\n", st.sent(), st.bold(ex.Method), ex.URL, where, late)
	names := make([]string, 0, len(ex.Headers))
	for name := range ex.Headers {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "    %s: %s\n", name, ex.Headers[name])
	}
	if ex.Body != "" {
		fmt.Fprintf(w, "%s\n", indent(pretty(ex.Body), "    "))
	}
	if ex.Error != "" {
		fmt.Fprintf(w, "%s %s: %s\n", st.received(), st.red("failed"), ex.Error)
		return
	}
	fmt.Fprintf(w, "%s %s  (%s)\n", st.received(), st.status(ex.Status, fmt.Sprintf("%d %s", ex.Status, http.StatusText(ex.Status))), ex.Duration.Round(time.Microsecond))
	if ex.ResponseBody != "" {
		fmt.Fprintf(w, "%s\n", indent(pretty(ex.ResponseBody), "    "))
	}
}

func printOutcome(w io.Writer, st style, rep harness.Report) {
	took := time.Duration(rep.DurationMS * float64(time.Millisecond)).Round(time.Microsecond)
	if rep.OK {
		if rep.Kind == emulator.KindAction {
			fmt.Fprintf(w, "%s %s: the handler resolved with %s after %s\n", st.success(), st.green("success"), compact(string(rep.Response)), took)
		} else {
			fmt.Fprintf(w, "%s %s: cb(null, %s) after %s\n", st.success(), st.green("success"), compact(string(rep.Response)), took)
		}
		return
	}
	e := rep.Error
	if e == nil {
		e = &emulator.ErrorInfo{Message: "unknown failure"}
	}
	fmt.Fprintf(w, "%s %s: %s\n", st.failure(), st.red(string(rep.Outcome)), headlineOf(e))
	var details []string
	if e.Code != nil {
		details = append(details, fmt.Sprintf("code %v", e.Code))
	}
	if e.Status != nil {
		details = append(details, fmt.Sprintf("status %v", e.Status))
	}
	if len(details) > 0 {
		fmt.Fprintf(w, "  (%s)\n", strings.Join(details, ", "))
	}
	if frames := stackFrames(e.Stack); frames != "" {
		fmt.Fprintln(w, frames)
	}
	fmt.Fprintf(w, "after %s\n", took)
}

func headlineOf(e *emulator.ErrorInfo) string {
	if e.Name != "" && !strings.HasPrefix(e.Message, e.Name) {
		return e.Name + ": " + e.Message
	}
	return e.Message
}

// stackFrames keeps the "at ..." lines of a stack, indented.
func stackFrames(stack string) string {
	var frames []string
	for _, line := range strings.Split(stack, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "at ") || strings.HasPrefix(t, "...") {
			frames = append(frames, "    "+t)
		}
	}
	return strings.Join(frames, "\n")
}

// pretty indents a JSON body; anything else is shown as it is.
func pretty(body string) string {
	var buf bytes.Buffer
	if json.Indent(&buf, []byte(body), "", "  ") == nil {
		return buf.String()
	}
	return body
}

func compact(raw string) string {
	var buf bytes.Buffer
	if json.Compact(&buf, []byte(raw)) == nil {
		return buf.String()
	}
	return raw
}

func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

func indentRest(s, prefix string) string {
	return strings.ReplaceAll(s, "\n", "\n"+prefix)
}
