package deploy

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/hashicorp/hcl/v2/ext/customdecode"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// Evaluating HCL can build values far larger than its source: a string
// doubled in each of 40 locals, setproduct of three ranges, replace()
// nested to quadruple a string 30 times. hookemu bounds every value a
// function returns and every local and variable: a value may hold at
// most tfMaxValueElems elements (counted at every level) and
// tfMaxValueBytes of text (twice what file() reads, so a code file read
// and wrapped still fits). Where a function's result can be sized from
// its arguments (setproduct, join, format, replace, indent), it is
// refused before it is built.
const (
	tfMaxValueElems = 100_000
	tfMaxValueBytes = 2 * tfMaxFileBytes
)

// tfSize is the size of a value as hookemu measures it: every element of
// every collection, and every byte of every string, counted as often as
// it occurs (a list of 1000 references to one string is 1000 strings).
type tfSize struct{ elems, bytes int }

func (s tfSize) over() bool { return s.elems > tfMaxValueElems || s.bytes > tfMaxValueBytes }

// tfMeasure adds v's size to s, stopping once s is over the bounds.
func tfMeasure(v cty.Value, s *tfSize) {
	v, _ = v.Unmark()
	if s.over() || !v.IsKnown() || v.IsNull() {
		return
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		s.bytes += len(v.AsString())
	case ty.IsCollectionType() || ty.IsTupleType() || ty.IsObjectType():
		for it := v.ElementIterator(); it.Next() && !s.over(); {
			_, el := it.Element()
			s.elems++
			tfMeasure(el, s)
		}
	}
}

func tfSizeOf(v cty.Value) tfSize {
	var s tfSize
	tfMeasure(v, &s)
	return s
}

// tfCheckSize is the error of a value over the bounds, nil otherwise.
func tfCheckSize(v cty.Value) error {
	if s := tfSizeOf(v); s.over() {
		return tfTooLarge(s.elems, s.bytes)
	}
	return nil
}

func tfTooLarge(elems, bytes int) error {
	if elems > tfMaxValueElems {
		return fmt.Errorf("the value would hold more than %d elements, which hookemu refuses to build: no real configuration needs that many", tfMaxValueElems)
	}
	return fmt.Errorf("the value would hold more than %d MiB of text, which hookemu refuses to build: no real configuration needs that much", tfMaxValueBytes>>20)
}

// tfBudgeted wraps every function: each call spends from b, a result
// over the bounds is an error (HCL names the function and the call's
// file and line), and the functions whose result can be sized from their
// arguments are refused before they build it. try and can take
// expressions, not values: can is left as it is (its arguments are
// evaluated by the functions they call) and try is tfTry, which
// evaluates each expression once.
func tfBudgeted(funcs map[string]function.Function, b *tfBudget) map[string]function.Function {
	out := make(map[string]function.Function, len(funcs))
	for name, f := range funcs {
		switch name {
		case "can":
			out[name] = f
		case "try":
			out[name] = tfTry(b)
		default:
			out[name] = tfLimited(f, b, tfPreChecks[name])
		}
	}
	return out
}

// tfTry is Terraform's try: the first of its expressions that evaluates
// without error (unknown if that one is not wholly known). HCL's own
// try evaluates its expressions once to type the call and again for its
// value, so try() nested 30 deep evaluates the innermost a billion times;
// this one declares no type in advance and evaluates each once.
func tfTry(b *tfBudget) function.Function {
	return function.New(&function.Spec{
		VarParam: tryfunc.TryFunc.VarParam(),
		Type:     function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if err := b.spend(); err != nil {
				return cty.NilVal, err
			}
			if len(args) == 0 {
				return cty.NilVal, errors.New("try needs at least one expression")
			}
			var failures []string
			for _, arg := range args {
				val, diags := customdecode.ExpressionClosureFromVal(arg).Value()
				if !diags.HasErrors() && !val.IsWhollyKnown() {
					return cty.DynamicVal, nil
				}
				if !diags.HasErrors() {
					return val, nil
				}
				failures = append(failures, tfDiagError(diags).Error())
			}
			return cty.NilVal, fmt.Errorf("no expression succeeded: %s", strings.Join(failures, "; "))
		},
	})
}

// tfPreChecks size a function's result from its arguments.
var tfPreChecks = map[string]func([]cty.Value) error{
	"setproduct": tfCheckProduct,
	"join":       tfCheckJoin,
	"format":     tfCheckFormatSize,
	"formatlist": tfCheckFormatSize,
	"replace":    tfCheckReplace,
	"indent":     tfCheckIndentSize,
}

func tfLimited(f function.Function, b *tfBudget, pre func([]cty.Value) error) function.Function {
	return function.New(&function.Spec{
		Description: f.Description(),
		Params:      f.Params(),
		VarParam:    f.VarParam(),
		Type:        f.ReturnTypeForValues,
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if err := b.spend(); err != nil {
				return cty.NilVal, err
			}
			if pre != nil && tfAllKnown(args) {
				if err := pre(args); err != nil {
					return cty.NilVal, err
				}
			}
			val, err := f.Call(args)
			if err != nil {
				return cty.NilVal, err
			}
			if err := tfCheckSize(val); err != nil {
				return cty.NilVal, err
			}
			return val, nil
		},
	})
}

// tfAllKnown reports whether every argument is known and not null, so
// that a pre-check may read them.
func tfAllKnown(args []cty.Value) bool {
	for _, a := range args {
		a, _ = a.UnmarkDeep()
		if !a.IsWhollyKnown() || a.IsNull() {
			return false
		}
	}
	return true
}

func tfLen(v cty.Value) int {
	v, _ = v.Unmark()
	if !v.CanIterateElements() {
		return 1
	}
	return v.LengthInt()
}

// tfCheckProduct sizes setproduct: the product of its arguments' lengths.
func tfCheckProduct(args []cty.Value) error {
	n := 1
	for _, a := range args {
		n *= tfLen(a)
		if n > tfMaxValueElems {
			return tfTooLarge(n, 0)
		}
	}
	return nil
}

// tfCheckJoin sizes join(sep, lists...): its elements and a separator
// between each two.
func tfCheckJoin(args []cty.Value) error {
	sep, _ := args[0].Unmark()
	s := tfSize{}
	for _, list := range args[1:] {
		tfMeasure(list, &s)
		s.bytes += tfLen(list) * len(sep.AsString())
		if s.over() {
			return tfTooLarge(0, s.bytes)
		}
	}
	return nil
}

// tfCheckFormatSize sizes format and formatlist: each verb may print any
// argument, padded to at most tfMaxWidth.
func tfCheckFormatSize(args []cty.Value) error {
	spec, _ := args[0].Unmark()
	if spec.Type() != cty.String {
		return nil
	}
	verbs := strings.Count(spec.AsString(), "%")
	rest := tfSize{}
	for _, a := range args[1:] {
		tfMeasure(a, &rest)
	}
	if total := len(spec.AsString()) + verbs*(rest.bytes+tfMaxWidth); total > tfMaxValueBytes {
		return tfTooLarge(0, total)
	}
	return nil
}

// tfCheckIndentSize sizes indent(n, s): n spaces on every line but the
// first.
func tfCheckIndentSize(args []cty.Value) error {
	if err := tfCheckIndent(args); err != nil {
		return err
	}
	n, _ := args[0].Unmark()
	s, _ := args[1].Unmark()
	spaces, _ := n.AsBigFloat().Int64()
	if total := len(s.AsString()) + strings.Count(s.AsString(), "\n")*int(max(spaces, 0)); total > tfMaxValueBytes {
		return tfTooLarge(0, total)
	}
	return nil
}

// tfCheckReplace sizes replace(str, substr, replacement): each match
// becomes the replacement (for a regular expression, with $1 and the
// like expanded, which tfRegexReplace bounds as it builds).
func tfCheckReplace(args []cty.Value) error {
	str, _ := args[0].Unmark()
	sub, _ := args[1].Unmark()
	repl, _ := args[2].Unmark()
	s, old, with := str.AsString(), sub.AsString(), repl.AsString()
	if len(old) > 1 && strings.HasPrefix(old, "/") && strings.HasSuffix(old, "/") {
		return nil
	}
	n := strings.Count(s, old)
	if total := len(s) + n*(len(with)-len(old)); total > tfMaxValueBytes {
		return tfTooLarge(0, total)
	}
	return nil
}

// tfRegexReplace is go-cty's RegexReplace (regexp's ReplaceAllString,
// $1 expanded) built piece by piece, so that a result over the bounds
// is refused before it fills memory.
func tfRegexReplace(s, pattern, repl string) (string, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return "", fmt.Errorf("invalid regular expression %q: %w", pattern, err)
	}
	var out []byte
	last := 0
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		out = append(out, s[last:m[0]]...)
		out = re.ExpandString(out, repl, s, m)
		last = m[1]
		if len(out) > tfMaxValueBytes {
			return "", tfTooLarge(0, len(out))
		}
	}
	return string(append(out, s[last:]...)), nil
}
