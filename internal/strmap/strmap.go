// Package strmap is a map from string keys to values for the few maps in
// sharesim that grow with the number of stored objects (shares by ARN,
// shares by resource, invitations by ARN).
//
// A Go map of a million pointer-holding entries keeps them in hash order: the
// garbage collector, marking it, follows a million pointers to objects in
// random places of the heap, a cache miss each. A Map keeps its entries in
// insertion order, in chunks of chunkSize, and finds them through an index
// that holds no pointers and so is never scanned. Objects stored in order of
// creation are then marked in the order they sit in memory.
//
// Get, Set and Delete cost O(1) expected: one probe of the index, a cache
// miss in a large map, and one of the entry. The zero value is an empty map
// ready to use. A Map is not safe for concurrent use; the store that owns it
// guards it.
package strmap

import (
	"hash/maphash"
	"iter"
)

// hashString is maphash.String; tests narrow it to force collisions.
var hashString = maphash.String

// hash returns key's hash in the index. 32 bits keep an index slot at 8
// bytes with the entry's index; keys that share a hash are told apart by
// comparing them.
func (m *Map[V]) hash(key string) uint32 { return uint32(hashString(m.seed, key)) }

// chunkSize is the number of entries of a chunk.
const chunkSize = 256

type entry[V any] struct {
	key  string
	val  V
	used bool
}

// Map is a map from strings to values. The zero value is ready to use.
type Map[V any] struct {
	seed maphash.Seed
	// slots is the index: an open-addressing table with linear probing,
	// at most half full, whose slot holds hash<<32 | (1 + entry index), 0
	// when empty. A lookup costs one cache miss in it, where a Go map of
	// a million entries costs several.
	slots  []uint64
	chunks []*[chunkSize]entry[V]
	top    uint32   // entries handed out so far, used or freed
	free   []uint32 // indexes of deleted entries, reused first
	n      int
}

func (m *Map[V]) at(i uint32) *entry[V] { return &m.chunks[i/chunkSize][i%chunkSize] }

// Len returns the number of keys.
func (m *Map[V]) Len() int { return m.n }

// find returns key's hash and the slot that holds it (found) or where it
// would go. The table must not be empty.
func (m *Map[V]) find(key string) (slot int, h uint32, found bool) {
	h = m.hash(key)
	mask := len(m.slots) - 1
	for p := int(h) & mask; ; p = (p + 1) & mask {
		s := m.slots[p]
		if s == 0 {
			return p, h, false
		}
		if uint32(s>>32) == h && m.at(uint32(s)-1).key == key {
			return p, h, true
		}
	}
}

// Get returns the value stored under key, and whether there is one.
func (m *Map[V]) Get(key string) (V, bool) {
	if m.n > 0 {
		if p, _, ok := m.find(key); ok {
			return m.at(uint32(m.slots[p]) - 1).val, true
		}
	}
	var zero V
	return zero, false
}

// Set stores v under key, replacing any previous value.
func (m *Map[V]) Set(key string, v V) {
	p, _ := m.Upsert(key)
	*p = v
}

// Upsert returns a pointer to the value stored under key, first storing the
// zero value there when key is absent (added reports that). The pointer is
// valid until key is deleted.
func (m *Map[V]) Upsert(key string) (v *V, added bool) {
	if len(m.slots) == 0 {
		m.seed = maphash.MakeSeed()
	}
	if 2*(m.n+1) > len(m.slots) {
		m.grow()
	}
	p, h, ok := m.find(key)
	if ok {
		return &m.at(uint32(m.slots[p]) - 1).val, false
	}
	var i uint32
	if k := len(m.free); k > 0 {
		i = m.free[k-1]
		m.free = m.free[:k-1]
	} else {
		if m.top%chunkSize == 0 {
			m.chunks = append(m.chunks, new([chunkSize]entry[V]))
		}
		i = m.top
		m.top++
	}
	e := m.at(i)
	e.key, e.used = key, true
	m.slots[p] = uint64(h)<<32 | uint64(i+1)
	m.n++
	return &e.val, true
}

// grow doubles the table (16 slots at first) and places every slot again.
func (m *Map[V]) grow() {
	old := m.slots
	m.slots = make([]uint64, max(16, 2*len(old)))
	mask := len(m.slots) - 1
	for _, s := range old {
		if s == 0 {
			continue
		}
		p := int(uint32(s>>32)) & mask
		for m.slots[p] != 0 {
			p = (p + 1) & mask
		}
		m.slots[p] = s
	}
}

// Delete removes key and reports whether it was present.
func (m *Map[V]) Delete(key string) bool {
	if m.n == 0 {
		return false
	}
	p, _, ok := m.find(key)
	if !ok {
		return false
	}
	i := uint32(m.slots[p]) - 1
	*m.at(i) = entry[V]{}
	m.free = append(m.free, i)
	m.n--
	// Close the gap: move back every later slot of the run that may not
	// be found past an empty slot at p (backward-shift deletion).
	mask := len(m.slots) - 1
	m.slots[p] = 0
	for q := (p + 1) & mask; m.slots[q] != 0; q = (q + 1) & mask {
		s := m.slots[q]
		if home := int(uint32(s>>32)) & mask; (q-home)&mask >= (q-p)&mask {
			m.slots[p], m.slots[q] = s, 0
			p = q
		}
	}
	return true
}

// All returns an iterator over the keys and values, in the order of the
// entries (insertion order, but for entries that reuse a deleted one's
// place). The loop must not add keys; it may delete the key it is given.
func (m *Map[V]) All() iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		for i := range m.top {
			if e := m.at(i); e.used && !yield(e.key, e.val) {
				return
			}
		}
	}
}
