package share

import (
	"maps"
	"slices"
)

// Tags are key-value labels on a shareable thing. Keys and values are
// case-sensitive.
type Tags map[string]string

// Clone returns an independent copy; nil stays nil.
func (t Tags) Clone() Tags { return maps.Clone(t) }

// Merged returns a copy of t with every tag of add set, add winning.
func (t Tags) Merged(add Tags) Tags {
	out := make(Tags, len(t)+len(add))
	maps.Copy(out, t)
	maps.Copy(out, add)
	return out
}

// Without returns a copy of t without the given keys.
func (t Tags) Without(keys ...string) Tags {
	out := maps.Clone(t)
	for _, k := range keys {
		delete(out, k)
	}
	return out
}

// Keys returns the keys in ascending order.
func (t Tags) Keys() []string { return slices.Sorted(maps.Keys(t)) }

// Matches reports whether t holds key with one of values; an empty values
// matches any value of key.
func (t Tags) Matches(key string, values []string) bool {
	v, ok := t[key]
	if !ok {
		return false
	}
	return len(values) == 0 || slices.Contains(values, v)
}
