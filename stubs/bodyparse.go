package stubs

func (p *parser) bodyPatterns(m map[string]any, at string) ([]BodyPattern, error) {
	v, ok := m["bodyPatterns"]
	if !ok {
		return nil, nil
	}
	at = join(at, "bodyPatterns")
	list, ok := v.([]any)
	if !ok {
		return nil, p.errorf(at, "want a list of patterns, got %s", kindOf(v))
	}
	out := make([]BodyPattern, 0, len(list))
	for i, item := range list {
		where := at + "[" + itoa(i) + "]"
		pm, ok := item.(map[string]any)
		if !ok {
			return nil, p.errorf(where, "want a pattern such as {\"contains\": \"...\"}, got %s", kindOf(item))
		}
		bp, err := p.bodyPattern(pm, where)
		if err != nil {
			return nil, err
		}
		out = append(out, bp)
	}
	return out, nil
}

func (p *parser) bodyPattern(m map[string]any, at string) (BodyPattern, error) {
	if err := p.checkKeys(m, at, bodyPatternKeys, bodyUnsupport); err != nil {
		return BodyPattern{}, err
	}
	_, isJSON := m["equalToJson"]
	_, isPath := m["matchesJsonPath"]
	switch {
	case isJSON && isPath:
		return BodyPattern{}, p.errorf(at, "a pattern takes one operator; split equalToJson and matchesJsonPath into two patterns")
	case isJSON:
		return p.equalToJSON(m, at)
	case isPath:
		if err := p.onlyKeys(m, at, "matchesJsonPath"); err != nil {
			return BodyPattern{}, err
		}
		jp, err := p.jsonPathMatch(m["matchesJsonPath"], join(at, "matchesJsonPath"))
		return BodyPattern{Path: jp}, err
	}
	for _, k := range []string{"ignoreArrayOrder", "ignoreExtraElements"} {
		if _, ok := m[k]; ok {
			return BodyPattern{}, p.errorf(join(at, k), "%s goes with equalToJson only", k)
		}
	}
	sm, err := p.stringOp(m, at)
	return BodyPattern{Text: &sm}, err
}

// onlyKeys rejects the pattern keys other than the given one.
func (p *parser) onlyKeys(m map[string]any, at, key string) error {
	for _, k := range sortedKeys(m) {
		if k != key {
			return p.errorf(join(at, k), "%s does not go with %s; make it a pattern of its own", k, key)
		}
	}
	return nil
}

func (p *parser) equalToJSON(m map[string]any, at string) (BodyPattern, error) {
	eq := &JSONEqual{}
	for _, k := range sortedKeys(m) {
		switch k {
		case "equalToJson":
			eq.Want = m[k]
			if s, isText := m[k].(string); isText {
				v, err := decodeJSON([]byte(s))
				if err != nil {
					return BodyPattern{}, p.errorf(join(at, k), "the text is not JSON: %w", err)
				}
				eq.Want = v
			}
		case "ignoreArrayOrder", "ignoreExtraElements":
			b, isBool := m[k].(bool)
			if !isBool {
				return BodyPattern{}, p.errorf(join(at, k), "want true or false, got %s", kindOf(m[k]))
			}
			if k == "ignoreArrayOrder" {
				eq.IgnoreArrayOrder = b
			} else {
				eq.IgnoreExtraElements = b
			}
		default:
			return BodyPattern{}, p.errorf(join(at, k), "%s does not go with equalToJson; make it a pattern of its own", k)
		}
	}
	return BodyPattern{JSON: eq}, nil
}

// jsonPathMatch reads "$.path" or {"expression": "$.path", OP: value}.
func (p *parser) jsonPathMatch(v any, at string) (*JSONPathMatch, error) {
	jp := &JSONPathMatch{}
	switch t := v.(type) {
	case string:
		jp.Expression = t
	case map[string]any:
		if err := p.checkKeys(t, at, append([]string{"expression", "caseInsensitive"}, stringOps...), nil); err != nil {
			return nil, err
		}
		expr, err := p.text(t, "expression", at)
		if err != nil {
			return nil, err
		}
		jp.Expression = expr
		rest := map[string]any{}
		for k, x := range t {
			if k != "expression" {
				rest[k] = x
			}
		}
		if len(rest) > 0 {
			sm, err := p.stringOp(rest, at)
			if err != nil {
				return nil, err
			}
			jp.Matcher = &sm
		}
	default:
		return nil, p.errorf(at, "want \"$.path\" or {\"expression\": \"$.path\", \"equalTo\": \"...\"}, got %s", kindOf(v))
	}
	path, err := compileJSONPath(jp.Expression)
	if err != nil {
		return nil, p.errorf(at, "%w", err)
	}
	jp.path = path
	return jp, nil
}
