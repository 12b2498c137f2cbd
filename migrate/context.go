package migrate

import (
	"strings"

	"github.com/dop251/goja/ast"

	"github.com/hookemu/hookemu/internal/jsast"
)

// contextPaths maps what a hook reads off context to where the Action's
// event has it (after the event's name). The longest path that matches
// wins: context.client.client_metadata is event.client.metadata.
var contextPaths = map[string]string{
	"message_type":           ".message_options.message_type",
	"action":                 ".message_options.action",
	"code":                   ".message_options.code",
	"language":               ".request.language",
	"ip":                     ".request.ip",
	"user_agent":             ".request.user_agent",
	"request":                ".request",
	"client":                 ".client",
	"client.client_metadata": ".client.metadata",
	"client_id":              ".client.client_id",
	"client_metadata":        ".client.metadata",
	"user":                   ".user",
	"webtask.secrets":        ".secrets",
}

// Notes for what an Action has no equivalent of.
const (
	noteStorage    = "context.webtask.storage does not exist in an Action: keep this data elsewhere (api.cache keeps up to 8 KB for at most 24 hours, or use your own API); left as it was"
	noteFactorType = "an Action's event has no factor_type (a send-phone-message Action always sends an enrollment or a second factor: read event.message_options.action instead); left as it was"
	noteWebtask    = "an Action's event has no webtask fields but the secrets (event.secrets); left as it was: remove this use"
	noteShim       = "the hook's context, rebuilt from the event because the code uses it as a whole; read event.* directly where you can, then delete this"
	noteWebtaskObj = "context.webtask became { secrets: event.secrets }: an Action has only the secrets of it"
)

// rewriteContext rewrites each context.X to the event's field. What the
// event has no field for is noted; a context used whole gets the shim.
func (r *rewriter) rewriteContext(b *jsast.Binding) {
	refs := r.uses(b)
	written := false
	for _, ref := range refs {
		written = written || r.isWrite(ref)
	}
	shim := written
	for _, ref := range refs {
		if written {
			r.noteUnmapped(ref)
			continue
		}
		shim = !r.rewriteContextUse(ref) || shim
	}
	if !shim {
		return
	}
	keyword := "const "
	if written {
		keyword = "let "
	}
	r.prologue = append(r.prologue, "// hookemu: "+noteShim+"\n"+keyword+b.Name+" = "+r.contextShim()+";")
	r.notes = append(r.notes, pendingNote{Note: Note{Line: r.Line(r.Offset(r.h.body.LeftBrace)), Message: noteShim}, at: -1})
}

// rewriteContextUse rewrites one use; false means the use needs the
// whole context (the shim).
func (r *rewriter) rewriteContextUse(ref *ast.Identifier) bool {
	keys, nodes := r.memberChain(ref)
	for n := len(keys); n > 0; n-- {
		suffix, ok := contextPaths[strings.Join(keys[:n], ".")]
		if !ok {
			continue
		}
		from, to := r.Start(ref), r.Offset(nodes[n-1].Idx1())
		if !plainChain(r.Text[from:to]) {
			return false
		}
		r.ed.replace(from, to, r.event+suffix)
		return true
	}
	if len(keys) == 1 && keys[0] == "webtask" && plainChain(r.Source(nodes[0])) {
		r.ed.replace(r.Start(ref), r.Offset(nodes[0].Idx1()), "{ secrets: "+r.event+".secrets }")
		r.note(ref, false, noteWebtaskObj)
		return true
	}
	// A field the event lacks is noted and left to fail loudly; any other
	// use needs the context whole.
	return r.noteUnmapped(ref)
}

// noteUnmapped notes a use of a field the event does not have; false
// when the use is not one of those (the shim serves it).
func (r *rewriter) noteUnmapped(ref *ast.Identifier) bool {
	keys, _ := r.memberChain(ref)
	switch {
	case len(keys) >= 2 && keys[0] == "webtask" && keys[1] == "storage":
		r.note(ref, true, noteStorage)
	case len(keys) >= 1 && keys[0] == "factor_type":
		r.note(ref, true, noteFactorType)
	case len(keys) >= 2 && keys[0] == "webtask" && keys[1] != "secrets":
		r.note(ref, true, noteWebtask)
	default:
		return false
	}
	return true
}

// memberChain reads the constant keys taken off id: context.webtask.secrets
// gives [webtask secrets] and the member expressions that take them.
func (r *rewriter) memberChain(id *ast.Identifier) ([]string, []ast.Expression) {
	var keys []string
	var nodes []ast.Expression
	var cur ast.Expression = id
	for {
		switch p := r.parents[cur].(type) {
		case *ast.DotExpression:
			if p.Left != cur {
				return keys, nodes
			}
			keys, nodes = append(keys, p.Identifier.Name.String()), append(nodes, p)
			cur = p
		case *ast.BracketExpression:
			key, ok := jsast.ConstString(p.Member)
			if p.Left != cur || !ok {
				return keys, nodes
			}
			keys, nodes = append(keys, key), append(nodes, p)
			cur = p
		default:
			return keys, nodes
		}
	}
}

// plainChain tells a member chain written plainly (context.webtask.secrets,
// context['code']) from one with parentheses or comments inside, whose
// text a replacement would break.
func plainChain(text string) bool {
	return !strings.ContainsAny(text, "()") && !strings.Contains(text, "/*") && !strings.Contains(text, "//")
}

// contextShim is the hook's context object built from the event, for
// code that uses context whole.
func (r *rewriter) contextShim() string {
	e := r.event
	u := r.unit
	lines := []string{
		"message_type: " + e + ".message_options.message_type,",
		"action: " + e + ".message_options.action,",
		"code: " + e + ".message_options.code,",
		"language: " + e + ".request.language,",
		"ip: " + e + ".request.ip,",
		"user_agent: " + e + ".request.user_agent,",
		"request: { ip: " + e + ".request.ip },",
		"client_id: " + e + ".client && " + e + ".client.client_id,",
		"client_metadata: " + e + ".client && " + e + ".client.metadata,",
		"client: " + e + ".client && { client_id: " + e + ".client.client_id, name: " + e + ".client.name, client_metadata: " + e + ".client.metadata },",
		"user: " + e + ".user,",
		"webtask: { secrets: " + e + ".secrets },",
	}
	return "{\n" + u + strings.Join(lines, "\n"+u) + "\n}"
}
