package share

import (
	"encoding"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// IdempotencyKey identifies a client token: the same token on another
// operation, account or region is unrelated.
type IdempotencyKey struct {
	Account, Region, Op, Token string
}

type idemEntry struct {
	fingerprint string
	result      any
	at          time.Time
}

// Recall looks up a client token. It returns the stored result when the
// token was used, within the idempotency window, with the same fingerprint;
// ErrIdempotencyMismatch when it was used with a different one; and found ==
// false otherwise. The fingerprint is the caller's canonical rendering of
// every input member but the token.
func (tx *Tx) Recall(k IdempotencyKey, fingerprint string) (result any, found bool, err error) {
	e, ok := tx.s.idem[k]
	if !ok || !tx.now.Before(e.at.Add(tx.s.opts.IdempotencyWindow)) {
		return nil, false, nil
	}
	if e.fingerprint != fingerprint {
		return nil, false, &Error{Op: k.Op, Kind: ErrIdempotencyMismatch, Entity: EntityClientToken, ID: k.Token}
	}
	return e.result, true, nil
}

// Remember stores the result of a successful call under its client token,
// for the idempotency window. The result must not be mutated afterwards.
func (tx *Tx) Remember(k IdempotencyKey, fingerprint string, result any) {
	tx.s.idem[k] = idemEntry{fingerprint: fingerprint, result: result, at: tx.now}
	tx.After(tx.s.opts.IdempotencyWindow, func(tx *Tx) {
		if e, ok := tx.s.idem[k]; ok && !tx.now.Before(e.at.Add(tx.s.opts.IdempotencyWindow)) {
			delete(tx.s.idem, k)
		}
	})
}

// Fingerprint renders a request's input canonically for [Tx.Recall]: every
// exported field of v, in order, as the caller sent it, where an absent
// member (a nil pointer, slice or map) differs from an explicit empty one
// (ram.md §C.12). The caller leaves the client token out of v.
func Fingerprint(v any) string {
	var b strings.Builder
	fingerprint(&b, reflect.ValueOf(v))
	return b.String()
}

func fingerprint(b *strings.Builder, v reflect.Value) {
	switch v.Kind() {
	case reflect.Invalid:
		b.WriteString("null")
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			b.WriteString("null")
			return
		}
		fingerprint(b, v.Elem())
	case reflect.Struct:
		if !slices.ContainsFunc(reflect.VisibleFields(v.Type()), func(f reflect.StructField) bool { return f.IsExported() }) {
			// A value type such as time.Time: its text, which for a time
			// leaves out the monotonic reading.
			if m, ok := v.Interface().(encoding.TextMarshaler); ok {
				text, _ := m.MarshalText()
				b.Write(text)
			} else {
				fmt.Fprint(b, v.Interface())
			}
			return
		}
		b.WriteByte('{')
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				b.WriteString(f.Name)
				b.WriteByte(':')
				fingerprint(b, v.Field(i))
				b.WriteByte(',')
			}
		}
		b.WriteByte('}')
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			b.WriteString("null")
			return
		}
		b.WriteByte('[')
		for i := range v.Len() {
			fingerprint(b, v.Index(i))
			b.WriteByte(',')
		}
		b.WriteByte(']')
	case reflect.Map:
		if v.IsNil() {
			b.WriteString("null")
			return
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, func(x, y reflect.Value) int { return strings.Compare(fmt.Sprint(x), fmt.Sprint(y)) })
		b.WriteByte('{')
		for _, k := range keys {
			fingerprint(b, k)
			b.WriteByte(':')
			fingerprint(b, v.MapIndex(k))
			b.WriteByte(',')
		}
		b.WriteByte('}')
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	default:
		fmt.Fprint(b, v.Interface())
	}
}
