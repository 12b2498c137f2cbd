package fakesns

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/hookemu/hookemu/internal/lazyre"
)

// maxEntries bounds the entries of a map parameter read from a request
// (SNS allows 10 message attributes; the bound only stops a hostile
// request from making the fake loop).
const maxEntries = 256

// entries reads a map parameter of the Query API, NAME.entry.N.KEY and
// NAME.entry.N.VALUE..., N counting from 1 without gaps, as SDKs send it.
// Each entry is the parameters under its prefix, with the prefix cut; an
// entry past a gap is not read, as SNS does not.
func entries(params url.Values, name string) []url.Values {
	prefix := name + ".entry."
	byIndex := map[int]url.Values{}
	for key, values := range params {
		rest, ok := strings.CutPrefix(key, prefix)
		if !ok {
			continue
		}
		index, field, ok := strings.Cut(rest, ".")
		n, err := strconv.Atoi(index)
		if !ok || err != nil || n < 1 || n > maxEntries {
			continue
		}
		if byIndex[n] == nil {
			byIndex[n] = url.Values{}
		}
		byIndex[n][field] = values
	}
	var out []url.Values
	for n := 1; byIndex[n] != nil; n++ {
		out = append(out, byIndex[n])
	}
	return out
}

// members reads a list parameter, NAME.member.N.
func members(params url.Values, name string) []string {
	var out []string
	for n := 1; n <= maxEntries; n++ {
		key := name + ".member." + strconv.Itoa(n)
		if _, ok := params[key]; !ok {
			break
		}
		out = append(out, params.Get(key))
	}
	return out
}

// attributeName is what SNS allows in a message attribute's name: letters,
// digits, "-", "_" and "." with no dot first, last or twice in a row.
var attributeName = lazyre.New(`^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$`)

// dataType is String, Number or Binary, optionally with a custom suffix
// after a dot ("String.Array", "Number.float").
var dataType = lazyre.New(`^(String|Number|Binary)(\.[A-Za-z0-9_.-]+)?$`)

// messageAttributes reads and checks MessageAttributes as SNS does.
func messageAttributes(params url.Values) (map[string]Attribute, *apiError) {
	list := entries(params, "MessageAttributes")
	if len(list) > 10 {
		return nil, parameterValueInvalid(fmt.Sprintf("Number of message attributes [%d] exceeds the allowed maximum [10].", len(list)))
	}
	out := make(map[string]Attribute, len(list))
	for _, e := range list {
		name := e.Get("Name")
		if err := checkAttributeName(name); err != nil {
			return nil, err
		}
		a := Attribute{DataType: e.Get("Value.DataType"), StringValue: e.Get("Value.StringValue"), BinaryValue: e.Get("Value.BinaryValue")}
		if err := checkAttributeValue(name, a, e); err != nil {
			return nil, err
		}
		out[name] = a
	}
	return out, nil
}

func checkAttributeName(name string) *apiError {
	switch {
	case name == "":
		return parameterValueInvalid("The request must contain non-empty message attribute name.")
	case len(name) > 256:
		return parameterValueInvalid("Length of message attribute name must be less than 256 bytes.")
	case strings.HasPrefix(name, "."):
		return parameterValueInvalid("Invalid message attribute name starting with character '.' was found.")
	case strings.HasSuffix(name, "."):
		return parameterValueInvalid("Invalid message attribute name ending with character '.' was found.")
	case strings.Contains(name, ".."):
		return parameterValueInvalid("Message attribute name can not have successive '.' character.")
	case !attributeName().MatchString(name):
		return parameterValueInvalid("Invalid non-alphanumeric character was found in the message attribute name. " +
			"Can only include alphanumeric characters, hyphens, underscores, or dots.")
	}
	return nil
}

func checkAttributeValue(name string, a Attribute, e url.Values) *apiError {
	if !dataType().MatchString(a.DataType) {
		return parameterValueInvalid("The message attribute '" + clip(name) +
			"' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.")
	}
	field, value := "String", a.StringValue
	_, has := e["Value.StringValue"]
	if strings.HasPrefix(a.DataType, "Binary") {
		field, value = "Binary", a.BinaryValue
		_, has = e["Value.BinaryValue"]
	}
	if !has {
		return parameterValueInvalid("The message attribute '" + clip(name) + "' with type '" + clip(a.DataType) +
			"' must use field '" + field + "'.")
	}
	if value == "" {
		return parameterValueInvalid("The message attribute '" + clip(name) +
			"' must contain non-empty message attribute value for message attribute type '" + clip(a.DataType) + "'.")
	}
	if strings.HasPrefix(a.DataType, "Number") {
		if _, err := strconv.ParseFloat(value, 64); err != nil {
			return parameterValueInvalid("Could not cast message attribute '" + clip(name) + "' value to number.")
		}
	}
	return nil
}
