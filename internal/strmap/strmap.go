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
// Get, Set and Delete cost O(1) expected. The zero value is an empty map
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
// bytes; the few keys of a million that share a hash share a chain.
func (m *Map[V]) hash(key string) uint32 { return uint32(hashString(m.seed, key)) }

// chunkSize is the number of entries of a chunk.
const chunkSize = 256

type entry[V any] struct {
	key  string
	val  V
	next uint32 // 1 + the index of the next entry of the same hash; 0 ends the chain
	used bool
}

// Map is a map from strings to values. The zero value is ready to use.
type Map[V any] struct {
	seed   maphash.Seed
	index  map[uint32]uint32 // hash -> 1 + the index of the first entry of its chain
	chunks []*[chunkSize]entry[V]
	top    uint32   // entries handed out so far, used or freed
	free   []uint32 // indexes of deleted entries, reused first
	n      int
}

func (m *Map[V]) at(i uint32) *entry[V] { return &m.chunks[i/chunkSize][i%chunkSize] }

// Len returns the number of keys.
func (m *Map[V]) Len() int { return m.n }

// find returns the index of key's entry and its hash.
func (m *Map[V]) find(key string) (uint32, uint32, bool) {
	if m.n == 0 {
		return 0, 0, false
	}
	h := m.hash(key)
	for i := m.index[h]; i != 0; {
		e := m.at(i - 1)
		if e.key == key {
			return i - 1, h, true
		}
		i = e.next
	}
	return 0, h, false
}

// Get returns the value stored under key, and whether there is one.
func (m *Map[V]) Get(key string) (V, bool) {
	if i, _, ok := m.find(key); ok {
		return m.at(i).val, true
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
	if m.index == nil {
		m.seed = maphash.MakeSeed()
		m.index = map[uint32]uint32{}
	}
	i, h, ok := m.find(key)
	if ok {
		return &m.at(i).val, false
	}
	if m.n == 0 {
		h = m.hash(key)
	}
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
	e.key, e.next, e.used = key, m.index[h], true
	m.index[h] = i + 1
	m.n++
	return &e.val, true
}

// Delete removes key and reports whether it was present.
func (m *Map[V]) Delete(key string) bool {
	i, h, ok := m.find(key)
	if !ok {
		return false
	}
	e := m.at(i)
	if head := m.index[h]; head == i+1 {
		if e.next == 0 {
			delete(m.index, h)
		} else {
			m.index[h] = e.next
		}
	} else {
		p := m.at(head - 1)
		for p.next != i+1 {
			p = m.at(p.next - 1)
		}
		p.next = e.next
	}
	*e = entry[V]{}
	m.free = append(m.free, i)
	m.n--
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
