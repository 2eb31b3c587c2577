// Package awsjson encodes and decodes the JSON documents of the AWS JSON
// protocols (restJson1 and awsJson1_1) to and from the facades' Go structs.
//
// Members are named by the structs' JSON tags, which carry the model member
// names. Unlike encoding/json, timestamps travel as epoch seconds (a JSON
// number with millisecond precision), absent values are omitted and never
// written as null, and scalar path or query values can be bound to members by
// name.
package awsjson

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

var (
	timeType      = reflect.TypeFor[time.Time]()
	marshalerType = reflect.TypeFor[json.Marshaler]()
)

// Marshal returns the JSON encoding of v, a struct or pointer to one (nil
// encodes as {}), as a server writes it: members tagged omitempty are left
// out when empty.
func Marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := MarshalTo(&b, v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// MarshalTo appends the encoding [Marshal] returns to b, so that a server
// can reuse its buffers. On error b holds a partial document.
func MarshalTo(b *bytes.Buffer, v any) error { return encoder{}.document(b, v) }

// MarshalInput returns the JSON encoding of v as the AWS SDKs serialise an
// input: only nil pointers, slices and maps are left out, so an empty but
// non-nil list travels as [] and reaches the server's length checks.
func MarshalInput(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := (encoder{keepEmpty: true}).document(&b, v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

type encoder struct{ keepEmpty bool }

// document writes v as a top-level document: nil is {}.
func (e encoder) document(b *bytes.Buffer, v any) error {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			b.WriteString("{}")
			return nil
		}
		rv = rv.Elem()
	}
	if !rv.IsValid() {
		b.WriteString("{}")
		return nil
	}
	return e.encode(b, rv)
}

func (e encoder) encode(b *bytes.Buffer, v reflect.Value) error {
	if v.Type() == timeType {
		writeEpoch(b, timeOf(v))
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			b.WriteString("null")
			return nil
		}
		return e.encode(b, v.Elem())
	case reflect.Struct:
		return e.encodeStruct(b, v)
	case reflect.String:
		return writeString(b, v.String())
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return fmt.Errorf("awsjson: cannot encode %v", f)
		}
		b.WriteString(strconv.FormatFloat(f, 'g', -1, v.Type().Bits()))
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return writeString(b, base64.StdEncoding.EncodeToString(v.Bytes()))
		}
		fallthrough
	case reflect.Array:
		b.WriteByte('[')
		for i := range v.Len() {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := e.encode(b, v.Index(i)); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, c reflect.Value) int { return strings.Compare(a.String(), c.String()) })
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := writeString(b, k.String()); err != nil {
				return err
			}
			b.WriteByte(':')
			if err := e.encode(b, v.MapIndex(k)); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	default:
		return fmt.Errorf("awsjson: cannot encode %s", v.Type())
	}
	return nil
}

// timeOf reads a time.Time value without copying it to the heap when it is
// addressable, as it is when reached through a pointer.
func timeOf(v reflect.Value) time.Time {
	if v.CanAddr() {
		return *v.Addr().Interface().(*time.Time)
	}
	return v.Interface().(time.Time)
}

func (e encoder) encodeStruct(b *bytes.Buffer, v reflect.Value) error {
	// Checking the type first spares copying every struct into an interface.
	if v.Type().Implements(marshalerType) {
		raw, err := v.Interface().(json.Marshaler).MarshalJSON()
		if err != nil {
			return err
		}
		b.Write(raw)
		return nil
	}
	b.WriteByte('{')
	first := true
	for _, f := range fieldsOf(v.Type()) {
		fv := v.FieldByIndex(f.index)
		if e.omit(fv, f.omitEmpty) {
			continue
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		if err := writeString(b, f.name); err != nil {
			return err
		}
		b.WriteByte(':')
		if fv.Kind() == reflect.Slice && fv.IsNil() {
			b.WriteString("[]") // a top-level list is present even when empty
			continue
		}
		if fv.Kind() == reflect.Map && fv.IsNil() {
			b.WriteString("{}")
			continue
		}
		if err := e.encode(b, fv); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	return nil
}

// omit reports whether a member is left out: nil pointers always, other
// empty values when tagged omitempty, except that an input keeps empty but
// non-nil lists and maps.
func (e encoder) omit(v reflect.Value, omitEmpty bool) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		return v.IsNil()
	case reflect.Slice, reflect.Map:
		if e.keepEmpty {
			return v.IsNil()
		}
	}
	return omitEmpty && isEmpty(v)
}

func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		return v.IsNil()
	case reflect.Slice, reflect.Map, reflect.String, reflect.Array:
		return v.Len() == 0
	case reflect.Struct:
		if v.Type() == timeType {
			return timeOf(v).IsZero()
		}
		return false
	default:
		return v.IsZero()
	}
}

// writeEpoch writes t as epoch seconds with millisecond precision.
func writeEpoch(b *bytes.Buffer, t time.Time) {
	ms := t.UnixMilli()
	if ms < 0 {
		b.WriteByte('-')
		ms = -ms
	}
	sec, frac := ms/1000, ms%1000
	b.WriteString(strconv.FormatInt(sec, 10))
	if frac != 0 {
		fmt.Fprintf(b, ".%03d", frac)
		for b.Bytes()[b.Len()-1] == '0' {
			b.Truncate(b.Len() - 1)
		}
	}
}

// writeString writes s as a JSON string. Invalid UTF-8 becomes U+FFFD, as
// with encoding/json.
func writeString(b *bytes.Buffer, s string) error {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x2028 || r == 0x2029:
			b.WriteString(`\u`)
			b.WriteByte(hex[r>>12&0xf])
			b.WriteByte(hex[r>>8&0xf])
			b.WriteByte(hex[r>>4&0xf])
			b.WriteByte(hex[r&0xf])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return nil
}

type field struct {
	name      string
	index     []int
	omitEmpty bool
}

var fieldCache sync.Map // reflect.Type -> []field

// fieldsOf lists the JSON members of a struct type by their tags, as
// encoding/json names them, embedded structs inlined.
func fieldsOf(t reflect.Type) []field {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]field)
	}
	var fs []field
	for _, sf := range reflect.VisibleFields(t) {
		if !sf.IsExported() || sf.Anonymous {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		fs = append(fs, field{name: name, index: sf.Index, omitEmpty: strings.Contains(opts, "omitempty")})
	}
	fieldCache.Store(t, fs)
	return fs
}

// A SyntaxError reports a body that is not a JSON object of the right member
// types.
type SyntaxError struct{ Err error }

// Error implements error.
func (e *SyntaxError) Error() string { return "awsjson: " + e.Err.Error() }

// Unwrap returns the underlying decoding error.
func (e *SyntaxError) Unwrap() error { return e.Err }

// Unmarshal decodes the JSON object body into v, a pointer to a struct. An
// empty body means {}. Members are matched by tag; unknown members are
// ignored. Timestamps are accepted as epoch seconds. Anything else that does
// not fit returns a *SyntaxError.
func Unmarshal(body []byte, v any) error {
	body = trimJSONSpace(body)
	if len(body) == 0 {
		return nil
	}
	if body[0] != '{' {
		return &SyntaxError{errors.New("the body is not a JSON object")}
	}
	// JSON text is UTF-8 (RFC 8259 §8.1); encoding/json would quietly turn
	// invalid bytes into U+FFFD and hand the facade a different string.
	if !utf8.Valid(body) {
		return &SyntaxError{errors.New("the body is not valid UTF-8")}
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var raw any
	if err := dec.Decode(&raw); err != nil {
		return &SyntaxError{err}
	}
	// Decoder.More would take a stray '}' or ']' for the end of a value.
	if len(trimJSONSpace(body[dec.InputOffset():])) > 0 {
		return &SyntaxError{errors.New("trailing data after the JSON object")}
	}
	if err := assign(reflect.ValueOf(v).Elem(), raw, ""); err != nil {
		return &SyntaxError{err}
	}
	return nil
}

// trimJSONSpace trims JSON's four whitespace characters (RFC 8259 §2),
// not every Unicode space as bytes.TrimSpace does.
func trimJSONSpace(b []byte) []byte { return bytes.Trim(b, " \t\n\r") }

// assign stores the generic JSON value raw into v.
func assign(v reflect.Value, raw any, path string) error {
	if raw == nil {
		v.SetZero()
		return nil
	}
	if v.Kind() == reflect.Pointer {
		p := reflect.New(v.Type().Elem())
		if err := assign(p.Elem(), raw, path); err != nil {
			return err
		}
		v.Set(p)
		return nil
	}
	if v.Type() == timeType {
		n, ok := raw.(json.Number)
		if !ok {
			return typeError(path, "a timestamp")
		}
		f, err := n.Float64()
		if err != nil {
			return typeError(path, "a timestamp")
		}
		sec, frac := math.Modf(f)
		v.Set(reflect.ValueOf(time.Unix(int64(sec), int64(math.Round(frac*1e3))*1e6).UTC()))
		return nil
	}
	if v.Kind() == reflect.Interface && v.NumMethod() == 0 {
		v.Set(reflect.ValueOf(plain(raw)))
		return nil
	}
	if u, ok := v.Addr().Interface().(json.Unmarshaler); ok {
		enc, err := json.Marshal(plain(raw))
		if err != nil {
			return err
		}
		return u.UnmarshalJSON(enc)
	}
	switch v.Kind() {
	case reflect.Struct:
		obj, ok := raw.(map[string]any)
		if !ok {
			return typeError(path, "an object")
		}
		for _, f := range fieldsOf(v.Type()) {
			val, ok := obj[f.name]
			if !ok {
				continue
			}
			if err := assign(v.FieldByIndex(f.index), val, join(path, f.name)); err != nil {
				return err
			}
		}
	case reflect.Map:
		obj, ok := raw.(map[string]any)
		if !ok || v.Type().Key().Kind() != reflect.String {
			return typeError(path, "an object")
		}
		m := reflect.MakeMapWithSize(v.Type(), len(obj))
		for k, val := range obj {
			e := reflect.New(v.Type().Elem()).Elem()
			if err := assign(e, val, join(path, k)); err != nil {
				return err
			}
			m.SetMapIndex(reflect.ValueOf(k).Convert(v.Type().Key()), e)
		}
		v.Set(m)
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			s, ok := raw.(string)
			if !ok {
				return typeError(path, "a base64 string")
			}
			b, err := base64.StdEncoding.DecodeString(s)
			if err != nil {
				return typeError(path, "a base64 string")
			}
			v.SetBytes(b)
			return nil
		}
		arr, ok := raw.([]any)
		if !ok {
			return typeError(path, "an array")
		}
		s := reflect.MakeSlice(v.Type(), len(arr), len(arr))
		for i, val := range arr {
			if err := assign(s.Index(i), val, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		v.Set(s)
	case reflect.String:
		s, ok := raw.(string)
		if !ok {
			return typeError(path, "a string")
		}
		v.SetString(s)
	case reflect.Bool:
		b, ok := raw.(bool)
		if !ok {
			return typeError(path, "a boolean")
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := raw.(json.Number)
		if !ok {
			return typeError(path, "an integer")
		}
		i, err := strconv.ParseInt(string(n), 10, v.Type().Bits())
		if err != nil {
			return typeError(path, "an integer")
		}
		v.SetInt(i)
	case reflect.Float32, reflect.Float64:
		n, ok := raw.(json.Number)
		if !ok {
			return typeError(path, "a number")
		}
		f, err := strconv.ParseFloat(string(n), v.Type().Bits())
		if err != nil {
			return typeError(path, "a number")
		}
		v.SetFloat(f)
	default:
		return fmt.Errorf("%s: cannot decode into %s", path, v.Type())
	}
	return nil
}

// plain turns json.Number back into float64 for untyped destinations.
func plain(raw any) any {
	switch x := raw.(type) {
	case json.Number:
		if f, err := x.Float64(); err == nil {
			return f
		}
		return string(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plain(e)
		}
		return out
	}
	return raw
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func typeError(path, want string) error {
	return fmt.Errorf("member %s must be %s", path, want)
}

// A BindError reports a path or query value that does not parse as the
// member's type.
type BindError struct {
	// Member is the member's wire name; Value is the offending text.
	Member, Value string
}

// Error implements error.
func (e *BindError) Error() string {
	return fmt.Sprintf("awsjson: the value %s for parameter %s is not valid", e.Value, e.Member)
}

// Unset clears the member of the struct v (a pointer) whose tag is member,
// so that a member bound to the path or query string cannot arrive through
// the body. It reports false if v has no such member.
func Unset(v any, member string) bool {
	sv := reflect.ValueOf(v).Elem()
	for _, f := range fieldsOf(sv.Type()) {
		if f.name == member {
			sv.FieldByIndex(f.index).SetZero()
			return true
		}
	}
	return false
}

// Bind sets the member of the struct v (a pointer) whose tag is member from
// the text values of a path label or query parameter. A list member takes
// every value; any other member takes the first. It reports false if v has no
// such member.
func Bind(v any, member string, values []string) (bool, error) {
	sv := reflect.ValueOf(v).Elem()
	for _, f := range fieldsOf(sv.Type()) {
		if f.name != member {
			continue
		}
		fv := sv.FieldByIndex(f.index)
		if fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() != reflect.Uint8 {
			s := reflect.MakeSlice(fv.Type(), len(values), len(values))
			for i, text := range values {
				if err := setText(s.Index(i), text); err != nil {
					return true, &BindError{member, text}
				}
			}
			fv.Set(s)
			return true, nil
		}
		if len(values) == 0 {
			return true, nil
		}
		if err := setText(fv, values[0]); err != nil {
			return true, &BindError{member, values[0]}
		}
		return true, nil
	}
	return false, nil
}

func setText(v reflect.Value, text string) error {
	if v.Kind() == reflect.Pointer {
		p := reflect.New(v.Type().Elem())
		if err := setText(p.Elem(), text); err != nil {
			return err
		}
		v.Set(p)
		return nil
	}
	if u, ok := v.Addr().Interface().(encoding.TextUnmarshaler); ok && v.Type() != timeType {
		return u.UnmarshalText([]byte(text))
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(text)
	case reflect.Bool:
		switch text {
		case "true":
			v.SetBool(true)
		case "false":
			v.SetBool(false)
		default:
			return errors.New("not a boolean")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, err := strconv.ParseInt(text, 10, v.Type().Bits())
		if err != nil {
			return err
		}
		v.SetInt(i)
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(text, v.Type().Bits())
		if err != nil {
			return err
		}
		v.SetFloat(f)
	default:
		if v.Type() == timeType {
			f, err := strconv.ParseFloat(text, 64)
			if err != nil {
				return err
			}
			sec, frac := math.Modf(f)
			v.Set(reflect.ValueOf(time.Unix(int64(sec), int64(math.Round(frac*1e3))*1e6).UTC()))
			return nil
		}
		return fmt.Errorf("cannot bind %s", v.Type())
	}
	return nil
}
