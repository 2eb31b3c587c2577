// Package sortset is a sorted set of elements that carry their own string
// key, compact enough to index every stored object several times: the
// indexes behind sharesim's filtered listings.
//
// A Set is a B+ tree whose leaves hold the elements themselves, up to
// maxItems each, in key order; an inner node holds up to maxKids children and
// the keys that separate them. Elements are pointers in practice, so a set
// whose elements arrive in key order (its leaves then fill up) costs about 9
// bytes an element, where a node of an [ordered.Map] costs some 60: it
// stores the key and the forward pointers besides the value.
//
// Insert, Delete and Has cost O(log n); Ascend costs O(log n + k) for k
// elements. Inserting an element greater than every other, the commonest
// insertion in sharesim (keys begin with a creation time), costs O(1)
// amortized. Elements of a set have distinct keys, and an element's key must
// not change while the element is in a set.
//
// The zero value is an empty set ready to use. A Set is not safe for
// concurrent use; the store that owns it guards it.
//
// [ordered.Map]: github.com/sharesim/sharesim/internal/ordered
package sortset

import (
	"slices"
	"sort"
)

// Keyed is an element of a Set: comparable, and carrying its key.
type Keyed interface {
	comparable
	SortKey() string
}

const (
	maxItems = 64           // elements of a leaf
	maxKids  = 64           // children of an inner node
	minFill  = maxItems / 4 // a node smaller than this merges with a neighbour that has room
)

// Set is a sorted set. The zero value is an empty set ready to use.
type Set[T Keyed] struct {
	root *node[T]
	last *node[T] // the rightmost leaf, where an element greater than every other goes
	n    int
}

// node is a leaf (kids == nil) or an inner node.
type node[T Keyed] struct {
	items []T        // a leaf's elements, in key order
	kids  []*node[T] // an inner node's children, in key order
	// keys[i] separates kids[i], whose keys are less, from kids[i+1], whose
	// keys are greater or equal.
	keys []string
}

func (n *node[T]) size() int {
	if n.kids == nil {
		return len(n.items)
	}
	return len(n.kids)
}

// search returns the index of the first element of leaf n whose key is not
// less than k, and whether its key is k.
func (n *node[T]) search(k string) (int, bool) {
	i := sort.Search(len(n.items), func(i int) bool { return n.items[i].SortKey() >= k })
	return i, i < len(n.items) && n.items[i].SortKey() == k
}

// child returns the index of the child of inner node n whose keys may
// include k: the number of separators not greater than k.
func (n *node[T]) child(k string) int {
	return sort.Search(len(n.keys), func(i int) bool { return n.keys[i] > k })
}

// room returns s with room for one more element, growing its capacity by
// doubling up to limit: slices stay within their node's bound.
func room[E any](s []E, limit int) []E {
	if len(s) < cap(s) {
		return s
	}
	t := make([]E, len(s), min(max(2*cap(s), 2), limit))
	copy(t, s)
	return t
}

// Len returns the number of elements.
func (s *Set[T]) Len() int { return s.n }

// Has reports whether v is in the set.
func (s *Set[T]) Has(v T) bool {
	n := s.root
	if n == nil {
		return false
	}
	k := v.SortKey()
	for n.kids != nil {
		n = n.kids[n.child(k)]
	}
	i, ok := n.search(k)
	return ok && n.items[i] == v
}

// Find returns the element with key k, nil for none. The pointer lets a
// caller update the element in place, but for its key; it is valid until
// the next Insert or Delete.
func (s *Set[T]) Find(k string) *T {
	n := s.root
	if n == nil {
		return nil
	}
	for n.kids != nil {
		n = n.kids[n.child(k)]
	}
	if i, ok := n.search(k); ok {
		return &n.items[i]
	}
	return nil
}

// Insert adds v and reports whether it was absent.
func (s *Set[T]) Insert(v T) bool {
	k := v.SortKey()
	if l := s.last; l != nil && len(l.items) > 0 && len(l.items) < maxItems && l.items[len(l.items)-1].SortKey() < k {
		l.items = append(room(l.items, maxItems), v)
		s.n++
		return true
	}
	if s.root == nil {
		s.root = &node[T]{}
		s.last = s.root
	}
	added, right, sep := s.insert(s.root, k, v, true)
	if right != nil {
		kids := make([]*node[T], 2, 4)
		kids[0], kids[1] = s.root, right
		s.root = &node[T]{kids: kids, keys: append(make([]string, 0, 3), sep)}
	}
	if added {
		s.n++
	}
	return added
}

// insert adds v under n, which is the rightmost node of its level when
// rightmost is set. When n splits, it returns its new right sibling and the
// least key of that sibling.
func (s *Set[T]) insert(n *node[T], k string, v T, rightmost bool) (bool, *node[T], string) {
	if n.kids == nil {
		i, found := n.search(k)
		if found {
			return false, nil, ""
		}
		if len(n.items) < maxItems {
			n.items = slices.Insert(room(n.items, maxItems), i, v)
			return true, nil, ""
		}
		var right *node[T]
		if rightmost && i == len(n.items) {
			// Keys arrive in order: keep this leaf full and start the next.
			right = &node[T]{items: append(make([]T, 0, maxItems), v)}
		} else {
			half := len(n.items) / 2
			right = &node[T]{items: make([]T, len(n.items)-half, maxItems)}
			copy(right.items, n.items[half:])
			clear(n.items[half:])
			n.items = n.items[:half]
			if i <= half {
				n.items = slices.Insert(n.items, i, v)
			} else {
				right.items = slices.Insert(right.items, i-half, v)
			}
		}
		if rightmost {
			s.last = right
		}
		return true, right, right.items[0].SortKey()
	}
	i := n.child(k)
	added, r, sep := s.insert(n.kids[i], k, v, rightmost && i == len(n.kids)-1)
	if r == nil {
		return added, nil, ""
	}
	if len(n.kids) < maxKids {
		n.kids = slices.Insert(room(n.kids, maxKids), i+1, r)
		n.keys = slices.Insert(room(n.keys, maxKids-1), i, sep)
		return added, nil, ""
	}
	var right *node[T]
	var up string
	if rightmost && i == len(n.kids)-1 {
		right, up = &node[T]{kids: append(make([]*node[T], 0, maxKids), r), keys: make([]string, 0, maxKids-1)}, sep
	} else {
		// Split around the middle, then place r and sep on their side.
		kids := slices.Insert(slices.Clone(n.kids), i+1, r)
		keys := slices.Insert(slices.Clone(n.keys), i, sep)
		half := len(kids) / 2
		right = &node[T]{kids: append(make([]*node[T], 0, maxKids), kids[half:]...), keys: append(make([]string, 0, maxKids-1), keys[half:]...)}
		up = keys[half-1]
		clear(n.kids[half:])
		clear(n.keys[half-1:])
		n.kids = append(n.kids[:0], kids[:half]...)
		n.keys = append(n.keys[:0], keys[:half-1]...)
	}
	return added, right, up
}

// Delete removes v and reports whether it was present.
func (s *Set[T]) Delete(v T) bool {
	if s.root == nil || !s.delete(s.root, v.SortKey(), v) {
		return false
	}
	s.n--
	if s.n == 0 {
		s.root, s.last = nil, nil
		return true
	}
	for s.root.kids != nil && len(s.root.kids) == 1 {
		s.root = s.root.kids[0]
	}
	l := s.root
	for l.kids != nil {
		l = l.kids[len(l.kids)-1]
	}
	s.last = l
	return true
}

func (s *Set[T]) delete(n *node[T], k string, v T) bool {
	if n.kids == nil {
		i, found := n.search(k)
		if !found || n.items[i] != v {
			return false
		}
		n.items = slices.Delete(n.items, i, i+1)
		return true
	}
	i := n.child(k)
	if !s.delete(n.kids[i], k, v) {
		return false
	}
	if n.kids[i].size() < minFill && len(n.kids) > 1 {
		n.merge(i)
	}
	return true
}

// merge joins child i of n, which has become small, with a neighbour when
// the two fit in one node.
func (n *node[T]) merge(i int) {
	j := max(i-1, 0) // kids[j+1] goes into kids[j]
	a, b := n.kids[j], n.kids[j+1]
	if a.kids == nil {
		if len(a.items)+len(b.items) > maxItems {
			return
		}
		if cap(a.items) < len(a.items)+len(b.items) {
			a.items = append(make([]T, 0, maxItems), a.items...)
		}
		a.items = append(a.items, b.items...)
	} else {
		if len(a.kids)+len(b.kids) > maxKids {
			return
		}
		if cap(a.kids) < len(a.kids)+len(b.kids) {
			a.kids = append(make([]*node[T], 0, maxKids), a.kids...)
			a.keys = append(make([]string, 0, maxKids-1), a.keys...)
		}
		a.kids = append(a.kids, b.kids...)
		a.keys = append(append(a.keys, n.keys[j]), b.keys...)
	}
	n.kids = slices.Delete(n.kids, j+1, j+2)
	n.keys = slices.Delete(n.keys, j, j+1)
}

// Ascend calls fn for each element whose key is greater than after (every
// element when after is ""), in key order, until fn returns false. fn must
// not modify the set.
func (s *Set[T]) Ascend(after string, fn func(v T) bool) {
	if s.root != nil {
		s.root.ascend(after, after == "", fn)
	}
}

// All calls fn for every element in key order until fn returns false.
func (s *Set[T]) All(fn func(v T) bool) { s.Ascend("", fn) }

func (n *node[T]) ascend(after string, all bool, fn func(T) bool) bool {
	if n.kids == nil {
		i := 0
		if !all {
			i = sort.Search(len(n.items), func(i int) bool { return n.items[i].SortKey() > after })
		}
		for _, v := range n.items[i:] {
			if !fn(v) {
				return false
			}
		}
		return true
	}
	i := 0
	if !all {
		i = n.child(after)
	}
	for j := i; j < len(n.kids); j++ {
		if !n.kids[j].ascend(after, all || j > i, fn) {
			return false
		}
	}
	return true
}
