// Package ordered is a sorted map from string keys to values, the index behind
// every paginated listing in sharesim.
//
// It is a skip list: Set, Get and Delete cost O(log n) expected, and walking
// k items from any key costs O(log n + k). Setting a key greater than every
// other, once the map is not small, costs O(1) expected. It is not safe for
// concurrent use; the store that owns a Map guards it.
package ordered

const maxLevel = 24

type node[V any] struct {
	key  string
	val  V
	next []*node[V]
}

// tailFrom is the number of keys from which a Map keeps its tail.
const tailFrom = 256

// Map is a sorted map. The zero value is an empty map ready to use.
type Map[V any] struct {
	head  node[V]
	level int
	n     int
	seed  uint64
	// tail is, once the map has held tailFrom keys, the last node of each
	// level (&head for an empty level). A key greater than every other is
	// then inserted without a search: the commonest insertion in sharesim,
	// whose keys begin with a creation time. The many small maps do
	// without it.
	tail *[maxLevel]*node[V]
}

func (m *Map[V]) init() {
	if m.head.next == nil {
		m.head.next = make([]*node[V], maxLevel)
		m.level = 1
		m.seed = 0x9e3779b97f4a7c15
	}
}

// randomLevel draws a level with P(level > k) = 4^-k, from a private
// xorshift generator so that the shape is deterministic for a given sequence
// of insertions.
func (m *Map[V]) randomLevel() int {
	m.seed ^= m.seed << 13
	m.seed ^= m.seed >> 7
	m.seed ^= m.seed << 17
	lvl, r := 1, m.seed
	for lvl < maxLevel && r&3 == 0 {
		lvl++
		r >>= 2
	}
	return lvl
}

// Len returns the number of keys.
func (m *Map[V]) Len() int { return m.n }

// findPrev fills prev with, at each level, the last node whose key is < key.
func (m *Map[V]) findPrev(key string, prev *[maxLevel]*node[V]) *node[V] {
	x := &m.head
	for i := m.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
		prev[i] = x
	}
	return x.next[0]
}

// newNode allocates a node and its forward pointers together: one
// allocation for the levels that nearly every node has (P(level > 4) = 1/256).
func newNode[V any](lvl int) *node[V] {
	switch lvl {
	case 1:
		x := &struct {
			n node[V]
			a [1]*node[V]
		}{}
		x.n.next = x.a[:]
		return &x.n
	case 2:
		x := &struct {
			n node[V]
			a [2]*node[V]
		}{}
		x.n.next = x.a[:]
		return &x.n
	case 3, 4:
		x := &struct {
			n node[V]
			a [4]*node[V]
		}{}
		x.n.next = x.a[:lvl]
		return &x.n
	}
	return &node[V]{next: make([]*node[V], lvl)}
}

// Get returns the value stored under key.
func (m *Map[V]) Get(key string) (V, bool) {
	var zero V
	if m.n == 0 {
		return zero, false
	}
	x := &m.head
	for i := m.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
	}
	if x = x.next[0]; x != nil && x.key == key {
		return x.val, true
	}
	return zero, false
}

// Set stores v under key, replacing any previous value.
func (m *Map[V]) Set(key string, v V) {
	p, _ := m.Upsert(key)
	*p = v
}

// Upsert returns a pointer to the value stored under key, first storing the
// zero value there when key is absent (added reports that). The pointer is
// valid until key is deleted; it lets a caller update a value in place with
// one search, and keep values in the map rather than behind pointers.
func (m *Map[V]) Upsert(key string) (v *V, added bool) {
	m.init()
	var prev [maxLevel]*node[V]
	if m.tail != nil && key > m.tail[0].key {
		prev = *m.tail
	} else if x := m.findPrev(key, &prev); x != nil && x.key == key {
		return &x.val, false
	}
	lvl := m.randomLevel()
	if lvl > m.level {
		for i := m.level; i < lvl; i++ {
			prev[i] = &m.head
		}
		m.level = lvl
	}
	x := newNode[V](lvl)
	x.key = key
	for i := range lvl {
		x.next[i] = prev[i].next[i]
		prev[i].next[i] = x
	}
	m.n++
	if m.tail != nil {
		for i := range lvl {
			if x.next[i] == nil {
				m.tail[i] = x
			}
		}
	} else if m.n >= tailFrom {
		m.buildTail()
	}
	return &x.val, true
}

// buildTail finds the last node of each level, from the top level down.
func (m *Map[V]) buildTail() {
	m.tail = new([maxLevel]*node[V])
	x := &m.head
	for i := maxLevel - 1; i >= 0; i-- {
		for x.next[i] != nil {
			x = x.next[i]
		}
		m.tail[i] = x
	}
}

// Delete removes key and reports whether it was present.
func (m *Map[V]) Delete(key string) bool {
	if m.n == 0 {
		return false
	}
	var prev [maxLevel]*node[V]
	x := m.findPrev(key, &prev)
	if x == nil || x.key != key {
		return false
	}
	for i := range x.next {
		prev[i].next[i] = x.next[i]
		if m.tail != nil && m.tail[i] == x {
			m.tail[i] = prev[i]
		}
	}
	for m.level > 1 && m.head.next[m.level-1] == nil {
		m.level--
	}
	m.n--
	return true
}

// Ascend calls fn for each key strictly greater than after (every key when
// after is ""), in ascending order, until fn returns false.
func (m *Map[V]) Ascend(after string, fn func(key string, v V) bool) {
	if m.n == 0 {
		return
	}
	x := &m.head
	for i := m.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key <= after {
			x = x.next[i]
		}
	}
	for x = x.next[0]; x != nil; x = x.next[0] {
		if !fn(x.key, x.val) {
			return
		}
	}
}

// All calls fn for every key in ascending order until fn returns false.
func (m *Map[V]) All(fn func(key string, v V) bool) { m.Ascend("", fn) }
