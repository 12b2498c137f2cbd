package deploy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"

	"github.com/hookemu/hookemu/internal/lazyre"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// HCL's parser and evaluator recurse once per level of nesting and once
// per operator in a chain, and a Go stack that outgrows its limit kills
// the process: a hostile 4 MB file of "[[[[..." would. Before parsing,
// hookemu counts, from the lexer's flat token stream, how deep brackets,
// quotes and template sequences nest and how many operators a file has;
// real configurations stay far below both bounds.
//
// A for expression inside a for expression multiplies their sizes, and a
// third level makes a billion elements out of three range(1024): for
// expressions (and template for directives) may nest at most
// tfMaxForNesting deep.
const (
	tfMaxNesting    = 100
	tfMaxOperators  = 20000
	tfMaxForNesting = 2
)

// tfCheckNative bounds a native-syntax file, expression or template.
func tfCheckNative(tokens hclsyntax.Tokens, name string) error {
	depth, ops := 0, 0
	var fors tfForNesting
	prev := hclsyntax.TokenNil
	for _, tok := range tokens {
		if err := fors.step(prev, tok); err != nil {
			return fmt.Errorf("%s:%d: the configuration %w", name, tok.Range.Start.Line, err)
		}
		if tok.Type != hclsyntax.TokenNewline && tok.Type != hclsyntax.TokenComment {
			prev = tok.Type
		}
		switch tok.Type {
		case hclsyntax.TokenOBrace, hclsyntax.TokenOBrack, hclsyntax.TokenOParen,
			hclsyntax.TokenOQuote, hclsyntax.TokenOHeredoc,
			hclsyntax.TokenTemplateInterp, hclsyntax.TokenTemplateControl:
			depth++
			if depth > tfMaxNesting {
				return tfBoundError(name, tok.Range, fmt.Sprintf("nests more than %d levels deep", tfMaxNesting))
			}
		case hclsyntax.TokenCBrace, hclsyntax.TokenCBrack, hclsyntax.TokenCParen,
			hclsyntax.TokenCQuote, hclsyntax.TokenCHeredoc, hclsyntax.TokenTemplateSeqEnd:
			depth = max(depth-1, 0)
		}
		if tfIsOperator(tok.Type) {
			ops++
			if ops > tfMaxOperators {
				return tfBoundError(name, tok.Range, fmt.Sprintf("has more than %d operators", tfMaxOperators))
			}
		}
	}
	return nil
}

// tfIsOperator reports tokens the parser or evaluator may recurse on
// when they are chained: operators, indexes and template directives.
func tfIsOperator(t hclsyntax.TokenType) bool {
	switch t {
	case hclsyntax.TokenStar, hclsyntax.TokenSlash, hclsyntax.TokenPlus, hclsyntax.TokenMinus,
		hclsyntax.TokenPercent, hclsyntax.TokenEqualOp, hclsyntax.TokenNotEqual,
		hclsyntax.TokenLessThan, hclsyntax.TokenLessThanEq, hclsyntax.TokenGreaterThan,
		hclsyntax.TokenGreaterThanEq, hclsyntax.TokenAnd, hclsyntax.TokenOr, hclsyntax.TokenBang,
		hclsyntax.TokenQuestion, hclsyntax.TokenOBrack, hclsyntax.TokenTemplateControl,
		hclsyntax.TokenTemplateInterp:
		return true
	}
	return false
}

// tfForNesting follows, token by token, how many for expressions and
// template for directives are open.
type tfForNesting struct {
	// brackets holds, per open bracket or brace, whether it opened a for
	// expression; templates counts open %{ for } directives.
	brackets  []bool
	templates int
}

func (f *tfForNesting) open() int {
	n := f.templates
	for _, isFor := range f.brackets {
		if isFor {
			n++
		}
	}
	return n
}

// step reads tok, prev being the token before it (newlines, comments
// and strip markers skipped).
func (f *tfForNesting) step(prev hclsyntax.TokenType, tok hclsyntax.Token) error {
	switch tok.Type {
	case hclsyntax.TokenOBrack, hclsyntax.TokenOBrace:
		f.brackets = append(f.brackets, false)
	case hclsyntax.TokenCBrack, hclsyntax.TokenCBrace:
		if len(f.brackets) > 0 {
			f.brackets = f.brackets[:len(f.brackets)-1]
		}
	case hclsyntax.TokenIdent:
		word := string(tok.Bytes)
		switch {
		case word == "for" && (prev == hclsyntax.TokenOBrack || prev == hclsyntax.TokenOBrace) && len(f.brackets) > 0:
			f.brackets[len(f.brackets)-1] = true
		case word == "for" && prev == hclsyntax.TokenTemplateControl:
			f.templates++
		case word == "endfor" && prev == hclsyntax.TokenTemplateControl:
			f.templates = max(f.templates-1, 0)
			return nil
		default:
			return nil
		}
		if f.open() > tfMaxForNesting {
			return fmt.Errorf("nests for expressions more than %d deep, which multiplies their sizes; compute the value outside and pass it with --var NAME=VALUE", tfMaxForNesting)
		}
	}
	return nil
}

func tfBoundError(name string, at hcl.Range, what string) error {
	return fmt.Errorf("%s:%d: the configuration %s: hookemu refuses it rather than exhaust its stack; no real configuration needs that", name, at.Start.Line, what)
}

// tfCheckJSON bounds a .tf.json or .tfvars.json file: its nesting, and
// every string in it that HCL will read as a template.
func tfCheckJSON(src []byte, name string) error {
	dec := json.NewDecoder(bytes.NewReader(src))
	depth := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return nil // the HCL JSON parser reports syntax errors with their place
		}
		switch v := tok.(type) {
		case json.Delim:
			if v == '{' || v == '[' {
				depth++
			} else {
				depth--
			}
			if depth > tfMaxNesting {
				return fmt.Errorf("%s: the configuration nests more than %d levels deep: hookemu refuses it rather than exhaust its stack", name, tfMaxNesting)
			}
		case string:
			if !strings.Contains(v, "${") && !strings.Contains(v, "%{") {
				continue
			}
			tokens, _ := hclsyntax.LexTemplate([]byte(v), name, hcl.InitialPos)
			if tfCheckNative(tokens, name) != nil {
				return fmt.Errorf("%s: a template string in the configuration nests more than %d levels deep (or for expressions more than %d deep) or has more than %d operators and interpolations: hookemu refuses it; no real configuration needs that", name, tfMaxNesting, tfMaxForNesting, tfMaxOperators)
			}
		}
	}
}

// tfJSONDecode is go-cty's jsondecode behind encoding/json's check, which
// refuses nesting over 10,000 levels before go-cty's recursive decoder
// sees it.
var tfJSONDecode = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "str", Type: cty.String}},
	Type: func(args []cty.Value) (cty.Type, error) {
		if args[0].IsKnown() && !json.Valid([]byte(args[0].AsString())) {
			return cty.NilType, errors.New("jsondecode: the text is not JSON, or nests more than 10000 levels deep")
		}
		return stdlib.JSONDecodeFunc.ReturnTypeForValues(args)
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return stdlib.JSONDecode(args[0])
	},
})

// tfMaxWidth bounds the padding a format verb or indent may ask for: a
// width of a billion would allocate a gigabyte for one string.
const tfMaxWidth = 10000

var tfVerbSpec = lazyre.New(`%[^a-zA-Z%]*`)
var tfDigits = lazyre.New(`[0-9]+`)

// tfCheckFormat refuses a format string whose widths or precisions pass
// tfMaxWidth.
func tfCheckFormat(args []cty.Value) error {
	if len(args) == 0 || !args[0].IsKnown() || args[0].IsNull() || args[0].Type() != cty.String {
		return nil
	}
	for _, spec := range tfVerbSpec().FindAllString(args[0].AsString(), -1) {
		for _, d := range tfDigits().FindAllString(spec, -1) {
			if n, err := strconv.Atoi(d); err != nil || n > tfMaxWidth {
				return fmt.Errorf("the format %q asks for a width over %d characters", spec, tfMaxWidth)
			}
		}
	}
	return nil
}

// tfCheckIndent refuses indent() by more than tfMaxWidth spaces.
func tfCheckIndent(args []cty.Value) error {
	if len(args) == 0 || !args[0].IsKnown() || args[0].IsNull() || args[0].Type() != cty.Number {
		return nil
	}
	if n, acc := args[0].AsBigFloat().Int64(); acc != big.Exact || n > tfMaxWidth {
		return fmt.Errorf("indent by more than %d spaces", tfMaxWidth)
	}
	return nil
}

// tfBounded is f with check run on its arguments before f sees them.
func tfBounded(f function.Function, check func([]cty.Value) error) function.Function {
	spec := &function.Spec{
		Params:   f.Params(),
		VarParam: f.VarParam(),
		Type: func(args []cty.Value) (cty.Type, error) {
			if err := check(args); err != nil {
				return cty.NilType, err
			}
			return f.ReturnTypeForValues(args)
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if err := check(args); err != nil {
				return cty.NilVal, err
			}
			return f.Call(args)
		},
	}
	return function.New(spec)
}
