package deploy

import (
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hookemu/hookemu/internal/hostfile"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// tfMaxFileBytes bounds what file() and templatefile() read, and each
// configuration file: an Auth0 Action's code may be at most 100 kB, so a
// few MB is far beyond any real code file and still keeps a mistaken path
// (a log, a disk image) from filling memory.
const tfMaxFileBytes = hostfile.MaxHookBytes

// tfFileReader reads the files a configuration names, relative to the
// module folder (Terraform resolves them relative to the folder it runs
// in, which is the root module's), and remembers which it read so the
// caller can tell where an action's code came from.
type tfFileReader struct {
	dir  string
	read []string
}

// resolve makes a file() argument a path hookemu can open.
func (r *tfFileReader) resolve(name string) string {
	if filepath.IsAbs(name) {
		return filepath.Clean(name)
	}
	return filepath.Join(r.dir, name)
}

// load reads one regular file of at most tfMaxFileBytes of UTF-8 text.
func (r *tfFileReader) load(name string) (string, error) {
	path := r.resolve(name)
	data, err := hostfile.Read(path, tfMaxFileBytes)
	switch {
	case errors.Is(err, hostfile.ErrTooLarge):
		return "", fmt.Errorf("cannot read %s: %w (an Auth0 Action's code may be at most 100 kB)", path, err)
	case errors.Is(err, hostfile.ErrNotRegular):
		return "", fmt.Errorf("cannot read %s: %w; file() reads code from a file on disk", path, err)
	case err != nil:
		return "", fmt.Errorf("cannot read %s: %w", path, err)
	}
	if !utf8.Valid(data) {
		return "", fmt.Errorf("%s is not UTF-8 text, which file() requires", path)
	}
	r.read = append(r.read, path)
	return string(data), nil
}

// fileFunc is Terraform's file(path): the file's text.
func (r *tfFileReader) fileFunc() function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			text, err := r.load(args[0].AsString())
			if err != nil {
				return cty.NilVal, err
			}
			return cty.StringVal(text), nil
		},
	})
}

// templateFileFunc is Terraform's templatefile(path, vars): the file read
// as a template whose only variables are vars' attributes. funcs are the
// functions its template may call (without templatefile itself, as in
// Terraform, so a template cannot recurse).
func (r *tfFileReader) templateFileFunc(funcs map[string]function.Function) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{
			{Name: "path", Type: cty.String},
			{Name: "vars", Type: cty.DynamicPseudoType},
		},
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return r.renderTemplate(args[0].AsString(), args[1], funcs)
		},
	})
}

func (r *tfFileReader) renderTemplate(name string, vars cty.Value, funcs map[string]function.Function) (cty.Value, error) {
	if !vars.Type().IsObjectType() && !vars.Type().IsMapType() {
		return cty.NilVal, errors.New("templatefile's second argument must be a map or object of the template's variables")
	}
	text, err := r.load(name)
	if err != nil {
		return cty.NilVal, err
	}
	tokens, _ := hclsyntax.LexTemplate([]byte(text), r.resolve(name), hcl.InitialPos)
	if err := tfCheckNative(tokens, r.resolve(name)); err != nil {
		return cty.NilVal, err
	}
	expr, diags := hclsyntax.ParseTemplate([]byte(text), r.resolve(name), hcl.InitialPos)
	if diags.HasErrors() {
		return cty.NilVal, tfDiagError(diags)
	}
	variables := map[string]cty.Value{}
	for it := vars.ElementIterator(); it.Next(); {
		k, v := it.Element()
		variables[k.AsString()] = v
	}
	val, diags := expr.Value(&hcl.EvalContext{Variables: variables, Functions: funcs})
	if diags.HasErrors() {
		return cty.NilVal, tfDiagError(diags)
	}
	return val, nil
}

// base64Encode is Terraform's base64encode, which go-cty lacks; secrets
// and headers are often built with it.
var base64Encode = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "str", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return cty.StringVal(base64.StdEncoding.EncodeToString([]byte(args[0].AsString()))), nil
	},
})

// base64Decode is Terraform's base64decode.
var base64Decode = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "str", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		data, err := base64.StdEncoding.DecodeString(args[0].AsString())
		if err != nil {
			return cty.NilVal, fmt.Errorf("base64decode: %w", err)
		}
		if !utf8.Valid(data) {
			return cty.NilVal, errors.New("base64decode: the decoded bytes are not UTF-8 text")
		}
		return cty.StringVal(string(data)), nil
	},
})

// tfReplace is Terraform's replace: a substring wrapped in slashes is a
// regular expression, any other is replaced as it is.
var tfReplace = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "str", Type: cty.String}, {Name: "substr", Type: cty.String}, {Name: "replace", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		sub := args[1].AsString()
		if len(sub) > 1 && strings.HasPrefix(sub, "/") && strings.HasSuffix(sub, "/") {
			out, err := tfRegexReplace(args[0].AsString(), sub[1:len(sub)-1], args[2].AsString())
			if err != nil {
				return cty.NilVal, err
			}
			return cty.StringVal(out), nil
		}
		return stdlib.Replace(args[0], args[1], args[2])
	},
})

// tfStringTest makes Terraform's startswith, endswith and strcontains.
func tfStringTest(test func(s, part string) bool) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "str", Type: cty.String}, {Name: "part", Type: cty.String}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return cty.BoolVal(test(args[0].AsString(), args[1].AsString())), nil
		},
	})
}

// tfPathFunc makes Terraform's basename and dirname.
func tfPathFunc(f func(string) string) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return cty.StringVal(f(args[0].AsString())), nil
		},
	})
}

// tfIdentity is sensitive and nonsensitive: Terraform marks values with
// them; hookemu never shows secret values anyway.
var tfIdentity = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowNull: true, AllowUnknown: true}},
	Type:   func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl:   func(args []cty.Value, _ cty.Type) (cty.Value, error) { return args[0], nil },
})

// fileExistsFunc is Terraform's fileexists(path): whether a regular file
// is there (a folder or device is an error in Terraform; here it is false,
// and file() then says why).
func (r *tfFileReader) fileExistsFunc() function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			info, err := os.Stat(r.resolve(args[0].AsString()))
			return cty.BoolVal(err == nil && info.Mode().IsRegular()), nil
		},
	})
}

// tfFunctions are the functions a configuration may call: Terraform's
// names for go-cty's standard library, file and templatefile reading
// through r, and try/can, each spending from b (see tfBudgeted). A call
// to any other function is an error that names it.
func tfFunctions(r *tfFileReader, b *tfBudget) map[string]function.Function {
	funcs := map[string]function.Function{
		"abs": stdlib.AbsoluteFunc, "base64decode": base64Decode, "base64encode": base64Encode,
		"can": tryfunc.CanFunc, "ceil": stdlib.CeilFunc, "chomp": stdlib.ChompFunc,
		"chunklist": stdlib.ChunklistFunc, "coalesce": stdlib.CoalesceFunc,
		"coalescelist": stdlib.CoalesceListFunc, "compact": stdlib.CompactFunc,
		"concat": stdlib.ConcatFunc, "contains": stdlib.ContainsFunc,
		"csvdecode": stdlib.CSVDecodeFunc, "distinct": stdlib.DistinctFunc,
		"element": stdlib.ElementFunc, "flatten": stdlib.FlattenFunc, "floor": stdlib.FloorFunc,
		"format": tfBounded(stdlib.FormatFunc, tfCheckFormat), "formatdate": stdlib.FormatDateFunc,
		"formatlist": tfBounded(stdlib.FormatListFunc, tfCheckFormat), "indent": tfBounded(stdlib.IndentFunc, tfCheckIndent), "index": stdlib.IndexFunc,
		"join": stdlib.JoinFunc, "jsondecode": tfJSONDecode,
		"jsonencode": stdlib.JSONEncodeFunc, "keys": stdlib.KeysFunc, "length": stdlib.LengthFunc,
		"log": stdlib.LogFunc, "lookup": stdlib.LookupFunc, "lower": stdlib.LowerFunc,
		"max": stdlib.MaxFunc, "merge": stdlib.MergeFunc, "min": stdlib.MinFunc,
		"parseint": stdlib.ParseIntFunc, "pow": stdlib.PowFunc, "range": stdlib.RangeFunc,
		"regex": stdlib.RegexFunc, "regexall": stdlib.RegexAllFunc, "replace": tfReplace,
		"reverse": stdlib.ReverseListFunc, "setintersection": stdlib.SetIntersectionFunc,
		"setproduct": stdlib.SetProductFunc, "setsubtract": stdlib.SetSubtractFunc,
		"setunion": stdlib.SetUnionFunc, "signum": stdlib.SignumFunc, "slice": stdlib.SliceFunc,
		"sort": stdlib.SortFunc, "split": stdlib.SplitFunc, "strrev": stdlib.ReverseFunc,
		"substr": stdlib.SubstrFunc, "timeadd": stdlib.TimeAddFunc, "title": stdlib.TitleFunc,
		"tobool": stdlib.MakeToFunc(cty.Bool), "tolist": stdlib.MakeToFunc(cty.List(cty.DynamicPseudoType)),
		"tomap": stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)), "tonumber": stdlib.MakeToFunc(cty.Number),
		"toset": stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)), "tostring": stdlib.MakeToFunc(cty.String),
		"trim": stdlib.TrimFunc, "trimprefix": stdlib.TrimPrefixFunc, "trimspace": stdlib.TrimSpaceFunc,
		"trimsuffix": stdlib.TrimSuffixFunc, "try": tryfunc.TryFunc, "upper": stdlib.UpperFunc,
		"values": stdlib.ValuesFunc, "zipmap": stdlib.ZipmapFunc,
	}
	funcs["file"] = r.fileFunc()
	funcs["fileexists"] = r.fileExistsFunc()
	funcs["startswith"] = tfStringTest(strings.HasPrefix)
	funcs["endswith"] = tfStringTest(strings.HasSuffix)
	funcs["strcontains"] = tfStringTest(strings.Contains)
	funcs["basename"] = tfPathFunc(filepath.Base)
	funcs["dirname"] = tfPathFunc(filepath.Dir)
	funcs["sensitive"] = tfIdentity
	funcs["nonsensitive"] = tfIdentity
	funcs = tfBudgeted(funcs, b)
	inTemplates := make(map[string]function.Function, len(funcs))
	for name, f := range funcs {
		inTemplates[name] = f
	}
	funcs["templatefile"] = tfLimited(r.templateFileFunc(inTemplates), b, nil)
	return funcs
}
