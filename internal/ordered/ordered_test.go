package ordered

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func keys[V any](m *Map[V], after string) []string {
	var out []string
	m.Ascend(after, func(k string, _ V) bool { out = append(out, k); return true })
	return out
}

// TestAgainstAReferenceMap performs random operations (Set, Delete, and
// updates in place through Upsert) on a Map and a plain Go map and checks that they always agree, including ordered walks.
func TestAgainstAReferenceMap(t *testing.T) {
	var m Map[int]
	ref := map[string]int{}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20000 {
		k := fmt.Sprintf("k%04d", r.IntN(3000))
		switch r.IntN(4) {
		case 0, 1:
			m.Set(k, i)
			ref[k] = i
		case 2:
			_, had := ref[k]
			assert.Equal(t, had, m.Delete(k))
			delete(ref, k)
		case 3:
			v, had := ref[k]
			p, added := m.Upsert(k)
			assert.Equal(t, !had, added)
			assert.Equal(t, v, *p, "Upsert points at the stored value, zero when added")
			*p += i
			ref[k] = v + i
		}
	}
	require.Equal(t, len(ref), m.Len())
	want := make([]string, 0, len(ref))
	for k, v := range ref {
		want = append(want, k)
		got, ok := m.Get(k)
		require.True(t, ok)
		require.Equal(t, v, got)
	}
	slices.Sort(want)
	assert.Equal(t, want, keys(&m, ""))
	mid := want[len(want)/2]
	assert.Equal(t, want[len(want)/2+1:], keys(&m, mid), "Ascend starts strictly after the key")
	assert.Equal(t, want[len(want)/2+1:], keys(&m, mid+"\x00"), "a key that is not stored works as a bound")
}

func TestEmptyMap(t *testing.T) {
	var m Map[string]
	_, ok := m.Get("x")
	assert.False(t, ok)
	assert.False(t, m.Delete("x"))
	assert.Empty(t, keys(&m, ""))
}

func TestAscendStopsEarly(t *testing.T) {
	var m Map[int]
	for i := range 10 {
		m.Set(fmt.Sprint(i), i)
	}
	var seen int
	m.All(func(string, int) bool { seen++; return seen < 3 })
	assert.Equal(t, 3, seen)
}

func BenchmarkSetAppend(b *testing.B) {
	var m Map[int]
	for i := 0; b.Loop(); i++ {
		m.Set(fmt.Sprintf("%012d", i), i)
	}
}

// checkTail asserts that a map's tail, once kept, names the last node of
// every level.
func checkTail[V any](t *testing.T, m *Map[V]) {
	t.Helper()
	if m.tail == nil {
		require.Less(t, m.n, tailFrom, "a map of tailFrom keys keeps its tail")
		return
	}
	for i := range maxLevel {
		last := &m.head
		for last.next[i] != nil {
			last = last.next[i]
		}
		require.Same(t, last, m.tail[i], "level %d", i)
	}
}

// TestAppendsAgainstAReferenceMap grows a map mostly by appending keys
// greater than every other, as sharesim's time-ordered indexes do, while
// deleting the last, first and random keys, and checks it against a plain
// Go map and its tail after every operation.
func TestAppendsAgainstAReferenceMap(t *testing.T) {
	var m Map[int]
	ref := map[string]int{}
	var live []string
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 6000 {
		switch op := r.IntN(10); {
		case op < 6 || len(live) == 0:
			k := fmt.Sprintf("k%06d", i)
			p, added := m.Upsert(k)
			require.True(t, added)
			*p = i
			ref[k] = i
			live = append(live, k)
		case op == 6: // the last key
			k := live[len(live)-1]
			require.True(t, m.Delete(k))
			delete(ref, k)
			live = live[:len(live)-1]
		case op == 7: // the first key
			require.True(t, m.Delete(live[0]))
			delete(ref, live[0])
			live = live[1:]
		case op == 8: // any key
			j := r.IntN(len(live))
			require.True(t, m.Delete(live[j]))
			delete(ref, live[j])
			live = slices.Delete(live, j, j+1)
		default: // a key right after any key, inserted in the middle
			k := live[r.IntN(len(live))] + "a"
			m.Set(k, i)
			if _, had := ref[k]; !had {
				j, _ := slices.BinarySearch(live, k)
				live = slices.Insert(live, j, k)
			}
			ref[k] = i
		}
		checkTail(t, &m)
		require.Equal(t, len(ref), m.Len())
	}
	require.NotNil(t, m.tail)
	assert.Equal(t, live, keys(&m, ""))
	for k, v := range ref {
		got, ok := m.Get(k)
		require.True(t, ok)
		require.Equal(t, v, got)
	}
	for _, k := range live {
		require.True(t, m.Delete(k))
		checkTail(t, &m)
	}
	assert.Zero(t, m.Len())
	m.Set("z", 1)
	checkTail(t, &m)
	assert.Equal(t, []string{"z"}, keys(&m, ""))
}

// TestSlabReusesDeletedNodes checks that a map large enough to allocate its
// nodes in chunks clears a deleted node, so that it holds on to no value,
// and reuses it for a later key instead of allocating.
func TestSlabReusesDeletedNodes(t *testing.T) {
	var m Map[*int]
	for i := range 2 * slabFrom {
		v := i
		m.Set(fmt.Sprintf("k%03d", i), &v)
	}
	require.NotNil(t, m.slab)
	var deleted *node[*int]
	for x := m.head.next[0]; x != nil; x = x.next[0] {
		if x.key == "k010" {
			deleted = x
		}
	}
	require.True(t, m.Delete("k010"))
	assert.Empty(t, deleted.key, "a deleted node drops its key")
	assert.Nil(t, deleted.val, "a deleted node drops its value")
	c := class(cap(deleted.next))
	require.Contains(t, m.slab.free[c], deleted)

	// Insert keys until one of the deleted node's class is drawn.
	for i := 0; len(m.slab.free[c]) > 0; i++ {
		v := -i
		m.Set(fmt.Sprintf("n%03d", i), &v)
	}
	var reused bool
	for x := m.head.next[0]; x != nil; x = x.next[0] {
		reused = reused || x == deleted
	}
	assert.True(t, reused, "the deleted node is linked again under a new key")
	v, ok := m.Get("k011")
	require.True(t, ok)
	assert.Equal(t, 11, *v)
}

// TestAscendSurvivesDeletingTheCurrentKey deletes every key from inside
// the walk that visits it, in a map with and without a slab.
func TestAscendSurvivesDeletingTheCurrentKey(t *testing.T) {
	for _, n := range []int{slabFrom / 2, 4 * slabFrom} {
		var m Map[int]
		for i := range n {
			m.Set(fmt.Sprintf("k%03d", i), i)
		}
		var seen []int
		m.All(func(k string, v int) bool {
			seen = append(seen, v)
			require.True(t, m.Delete(k))
			return true
		})
		assert.Len(t, seen, n)
		assert.True(t, slices.IsSorted(seen))
		assert.Zero(t, m.Len())
	}
}
