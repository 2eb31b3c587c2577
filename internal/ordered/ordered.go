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
	// slab, once the map has held slabFrom keys, allocates its nodes.
	slab *slab[V]
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

// Nodes come in three classes by the room they have for forward pointers:
// 1, 2 and 4 levels (P(level > 4) = 1/256; such nodes are allocated alone).
type (
	node1[V any] struct {
		n node[V]
		a [1]*node[V]
	}
	node2[V any] struct {
		n node[V]
		a [2]*node[V]
	}
	node4[V any] struct {
		n node[V]
		a [4]*node[V]
	}
)

// slabFrom is the number of keys from which a Map allocates its nodes in
// chunks; the many small maps allocate each node alone.
const slabFrom = 32

// maxChunk is the number of nodes of the largest chunk.
const maxChunk = 128

// slab hands out a map's nodes from chunks that double in size up to
// maxChunk nodes, so that a large map is a few hundred objects rather than
// one per key (less for the garbage collector to mark, one allocation per
// chunk rather than per key) and keys inserted in order sit side by side in
// memory. A deleted node is cleared and reused by the next insertion of its
// class.
type slab[V any] struct {
	c1   []node1[V]
	c2   []node2[V]
	c4   []node4[V]
	free [3][]*node[V] // deleted nodes of each class
	size [3]int        // nodes in the class's next chunk
}

// class returns the class of a node with room for c levels.
func class(c int) int {
	switch c {
	case 1:
		return 0
	case 2:
		return 1
	}
	return 2
}

// newNode returns an empty node of level lvl, with its forward pointers
// allocated with it when lvl ≤ 4.
func (m *Map[V]) newNode(lvl int) *node[V] {
	if lvl > 4 {
		return &node[V]{next: make([]*node[V], lvl)}
	}
	sl := m.slab
	if sl == nil {
		switch lvl {
		case 1:
			x := &node1[V]{}
			x.n.next = x.a[:]
			return &x.n
		case 2:
			x := &node2[V]{}
			x.n.next = x.a[:]
			return &x.n
		}
		x := &node4[V]{}
		x.n.next = x.a[:lvl]
		return &x.n
	}
	c := class(lvl)
	if f := sl.free[c]; len(f) > 0 {
		x := f[len(f)-1]
		sl.free[c] = f[:len(f)-1]
		x.next = x.next[:lvl]
		clear(x.next)
		return x
	}
	grow := func() int {
		sl.size[c] = min(max(2*sl.size[c], 4), maxChunk)
		return sl.size[c]
	}
	switch c {
	case 0:
		if len(sl.c1) == 0 {
			sl.c1 = make([]node1[V], grow())
		}
		x := &sl.c1[0]
		sl.c1 = sl.c1[1:]
		x.n.next = x.a[:]
		return &x.n
	case 1:
		if len(sl.c2) == 0 {
			sl.c2 = make([]node2[V], grow())
		}
		x := &sl.c2[0]
		sl.c2 = sl.c2[1:]
		x.n.next = x.a[:]
		return &x.n
	}
	if len(sl.c4) == 0 {
		sl.c4 = make([]node4[V], grow())
	}
	x := &sl.c4[0]
	sl.c4 = sl.c4[1:]
	x.n.next = x.a[:lvl]
	return &x.n
}

// freeNode clears the key and value of a node unlinked by Delete, so that
// it holds on to nothing, and keeps it for reuse when the map has a slab. Its
// forward pointers are left as they were: a walk that stands on the node
// when fn deletes it goes on from there.
func (m *Map[V]) freeNode(x *node[V]) {
	var zero V
	x.key, x.val = "", zero
	if m.slab == nil || cap(x.next) > 4 {
		return
	}
	c := class(cap(x.next))
	m.slab.free[c] = append(m.slab.free[c], x)
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
	x := m.newNode(lvl)
	x.key = key
	for i := range lvl {
		x.next[i] = prev[i].next[i]
		prev[i].next[i] = x
	}
	m.n++
	if m.slab == nil && m.n >= slabFrom {
		m.slab = &slab[V]{}
	}
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
	m.freeNode(x)
	m.n--
	return true
}

// Ascend calls fn for each key strictly greater than after (every key when
// after is ""), in ascending order, until fn returns false. fn may delete
// the key it is given, and no other.
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
