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
// miss in a large map, and one of the entry. The index doubles
// incrementally: each insertion moves a few slots of the old table into the
// new one, so that no call pays for placing every key again, which took
// 40 ms at a million keys. The zero value is an empty map ready to use. A
// Map is not safe for concurrent use; the store that owns it guards it.
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
	slots []uint64
	// old is the table slots replaced, while its entries move to slots,
	// migrateStep slots of it per insertion, in slot order: old[:moved]
	// has moved. A key deleted before its slot moved leaves a tombstone
	// there. old is nil when no move is under way.
	old    []uint64
	moved  int
	chunks []*[chunkSize]entry[V]
	top    uint32   // entries handed out so far, used or freed
	free   []uint32 // indexes of deleted entries, reused first
	n      int
}

func (m *Map[V]) at(i uint32) *entry[V] { return &m.chunks[i/chunkSize][i%chunkSize] }

// Len returns the number of keys.
func (m *Map[V]) Len() int { return m.n }

// tombstone marks a slot of the old table whose key was deleted before
// the slot moved: it keeps probe runs unbroken. A live slot's low 32 bits
// are never 0.
const tombstone = 1 << 32

// migrateStep is the number of old slots an insertion moves. A move starts
// when the new table is a quarter full and must end before it is half
// full, a quarter of its size later: two old slots per insertion would
// just do.
const migrateStep = 4

// find returns key's hash and the slot of the current table that holds it
// (found) or where it would go. The table must not be empty.
func (m *Map[V]) find(key string) (slot int, h uint32, found bool) {
	h = m.hash(key)
	slot, found = m.probe(m.slots, h, key)
	return slot, h, found
}

// probe returns the slot of table that holds key, whose hash is h, or the
// empty slot that ends its run.
func (m *Map[V]) probe(table []uint64, h uint32, key string) (slot int, found bool) {
	mask := len(table) - 1
	for p := int(h) & mask; ; p = (p + 1) & mask {
		s := table[p]
		if s == 0 {
			return p, false
		}
		if uint32(s>>32) == h && uint32(s) != 0 && m.at(uint32(s)-1).key == key {
			return p, true
		}
	}
}

// findOld returns the slot of the old table that holds key, if key is
// there and its slot has not moved yet.
func (m *Map[V]) findOld(key string, h uint32) (slot int, found bool) {
	if m.old == nil {
		return 0, false
	}
	p, ok := m.probe(m.old, h, key)
	return p, ok && p >= m.moved
}

// lookup returns the index of key's entry, or false.
func (m *Map[V]) lookup(key string) (uint32, bool) {
	p, h, ok := m.find(key)
	if ok {
		return uint32(m.slots[p]) - 1, true
	}
	if q, ok := m.findOld(key, h); ok {
		return uint32(m.old[q]) - 1, true
	}
	return 0, false
}

// Get returns the value stored under key, and whether there is one.
func (m *Map[V]) Get(key string) (V, bool) {
	if m.n > 0 {
		if i, ok := m.lookup(key); ok {
			return m.at(i).val, true
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
		m.slots = make([]uint64, 16)
	}
	p, h, ok := m.find(key)
	if ok {
		return &m.at(uint32(m.slots[p]) - 1).val, false
	}
	if q, ok := m.findOld(key, h); ok {
		return &m.at(uint32(m.old[q]) - 1).val, false
	}
	moved := m.old != nil
	if moved {
		m.migrate(migrateStep)
	}
	if 2*(m.n+1) > len(m.slots) {
		m.grow()
		moved = true
	}
	if moved { // slot p may be taken now
		p, _ = m.probe(m.slots, h, key)
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

// grow doubles the table and starts moving the old table's slots into it.
// A move still under way ends first, which the load rules above make rare.
func (m *Map[V]) grow() {
	if m.old != nil {
		m.migrate(len(m.old))
	}
	m.old, m.moved = m.slots, 0
	m.slots = make([]uint64, 2*len(m.old))
}

// migrate moves up to k slots of the old table into the current one, and
// drops the old table once all have moved. Slots move in order, so the
// writes fall in two runs of the new table, one for each value of the
// hash bit that the doubling added.
func (m *Map[V]) migrate(k int) {
	mask := len(m.slots) - 1
	end := min(m.moved+k, len(m.old))
	for _, s := range m.old[m.moved:end] {
		if uint32(s) == 0 { // empty, or a tombstone
			continue
		}
		p := int(uint32(s>>32)) & mask
		for m.slots[p] != 0 {
			p = (p + 1) & mask
		}
		m.slots[p] = s
	}
	m.moved = end
	if end == len(m.old) {
		m.old, m.moved = nil, 0
	}
}

// Delete removes key and reports whether it was present.
func (m *Map[V]) Delete(key string) bool {
	if m.n == 0 {
		return false
	}
	p, h, ok := m.find(key)
	if !ok {
		q, ok := m.findOld(key, h)
		if !ok {
			return false
		}
		m.release(uint32(m.old[q]) - 1)
		m.old[q] = tombstone
		return true
	}
	m.release(uint32(m.slots[p]) - 1)
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

// release frees entry i for reuse.
func (m *Map[V]) release(i uint32) {
	*m.at(i) = entry[V]{}
	m.free = append(m.free, i)
	m.n--
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
