package fakeserver

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// bodyProblem says what is wrong with a JSON body in the words of the
// JSON a client sent: encoding/json's own errors name Go types and fields
// ("map[string][]fakeserver.Fault", "Go struct field Fault.status"), which
// mean nothing to someone writing curl commands.
func bodyProblem(err error) string {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		if typeErr.Field == "" {
			return fmt.Sprintf("%s where %s belongs", jsonArticle(typeErr.Value), jsonKind(typeErr.Type))
		}
		return fmt.Sprintf("%q is %s, not %s", typeErr.Field, jsonArticle(typeErr.Value), jsonKind(typeErr.Type))
	case errors.As(err, &syntaxErr):
		return fmt.Sprintf("it is not valid JSON at byte %d: %s", syntaxErr.Offset, strings.TrimPrefix(syntaxErr.Error(), "json: "))
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// jsonArticle is a JSON value kind as UnmarshalTypeError names it
// ("string", "number", "array", "object", "bool"), with an article.
func jsonArticle(value string) string {
	switch {
	case value == "array":
		return "a list"
	case value == "object":
		return "an object"
	case value == "bool":
		return "true or false"
	case strings.HasPrefix(value, "number"):
		return "a number"
	}
	return "a " + value
}

// jsonKind is the JSON a Go type is written as.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Map, reflect.Struct:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return "another kind of value"
}
