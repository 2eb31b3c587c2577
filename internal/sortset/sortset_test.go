package sortset

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type item struct{ k string }

func (i *item) SortKey() string { return i.k }

func keys(s *Set[*item], after string) []string {
	var out []string
	s.Ascend(after, func(v *item) bool { out = append(out, v.k); return true })
	return out
}

// check verifies the tree's shape: separators bound their children, nodes
// respect their sizes, leaves are at one depth, last is the rightmost leaf,
// and n counts the elements.
func check(t *testing.T, s *Set[*item]) {
	t.Helper()
	if s.root == nil {
		require.Zero(t, s.n)
		require.Nil(t, s.last)
		return
	}
	depth, count := -1, 0
	var walk func(n *node[*item], lo, hi string, d int)
	walk = func(n *node[*item], lo, hi string, d int) {
		if n.kids == nil {
			if depth < 0 {
				depth = d
			}
			require.Equal(t, depth, d, "leaves at one depth")
			require.LessOrEqual(t, len(n.items), maxItems)
			require.True(t, n == s.root || len(n.items) > 0, "no empty leaf below the root")
			for i, v := range n.items {
				require.True(t, lo == "" || v.k >= lo, "key %q below its bound %q", v.k, lo)
				require.True(t, hi == "" || v.k < hi, "key %q above its bound %q", v.k, hi)
				require.True(t, i == 0 || n.items[i-1].k < v.k, "leaf in order")
			}
			count += len(n.items)
			return
		}
		require.Len(t, n.keys, len(n.kids)-1)
		require.LessOrEqual(t, len(n.kids), maxKids)
		require.True(t, n == s.root || len(n.kids) > 0)
		for i, kid := range n.kids {
			l, h := lo, hi
			if i > 0 {
				l = n.keys[i-1]
			}
			if i < len(n.keys) {
				h = n.keys[i]
			}
			walk(kid, l, h, d+1)
		}
	}
	walk(s.root, "", "", 0)
	require.Equal(t, s.n, count)
	l := s.root
	for l.kids != nil {
		l = l.kids[len(l.kids)-1]
	}
	require.Same(t, l, s.last)
}

// TestAgainstAReferenceSet performs random inserts and deletes, in random
// order, in key order and in reverse, and checks the set against a sorted
// slice after each batch.
func TestAgainstAReferenceSet(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	items := map[string]*item{}
	get := func(i int) *item {
		k := fmt.Sprintf("k%06d", i)
		if items[k] == nil {
			items[k] = &item{k}
		}
		return items[k]
	}
	for _, mode := range []string{"random", "ascending", "descending", "clustered"} {
		t.Run(mode, func(t *testing.T) {
			var s Set[*item]
			ref := map[*item]bool{}
			next := 0
			pick := func() *item {
				switch mode {
				case "ascending":
					next++
					return get(next)
				case "descending":
					next++
					return get(100000 - next)
				case "clustered":
					return get(r.IntN(50)*1000 + r.IntN(200))
				}
				return get(r.IntN(20000))
			}
			for round := range 40 {
				for range 1000 {
					v := pick()
					if r.IntN(3) == 0 && len(ref) > 0 {
						// Delete something present, or v.
						for w := range ref {
							v = w
							break
						}
						require.Equal(t, ref[v], s.Delete(v))
						delete(ref, v)
						continue
					}
					require.Equal(t, !ref[v], s.Insert(v))
					ref[v] = true
				}
				if round == 30 {
					// Empty most of it, to exercise merges.
					for v := range ref {
						if r.IntN(10) != 0 {
							require.True(t, s.Delete(v))
							delete(ref, v)
						}
					}
				}
				check(t, &s)
				want := make([]string, 0, len(ref))
				for v := range ref {
					want = append(want, v.k)
					require.True(t, s.Has(v))
				}
				slices.Sort(want)
				require.Equal(t, len(want), s.Len())
				got := keys(&s, "")
				if len(want) == 0 {
					require.Empty(t, got)
					continue
				}
				require.Equal(t, want, got)
				mid := want[len(want)/2]
				require.Equal(t, want[len(want)/2+1:], keys(&s, mid), "Ascend starts strictly after the key")
				require.Equal(t, want[len(want)/2+1:], keys(&s, mid+"\x00"), "a key that is not stored works as a bound")
			}
			for v := range ref {
				require.True(t, s.Delete(v))
			}
			check(t, &s)
			assert.Zero(t, s.Len())
			assert.Empty(t, keys(&s, ""))
		})
	}
}

func TestEmptySet(t *testing.T) {
	var s Set[*item]
	v := &item{"x"}
	assert.False(t, s.Has(v))
	assert.False(t, s.Delete(v))
	assert.Empty(t, keys(&s, ""))
	assert.True(t, s.Insert(v))
	assert.False(t, s.Insert(v), "present already")
	assert.False(t, s.Delete(&item{"x"}), "another element with the same key is not in the set")
	assert.True(t, s.Delete(v))
	check(t, &s)
}

func TestAscendStopsEarly(t *testing.T) {
	var s Set[*item]
	for i := range 1000 {
		s.Insert(&item{fmt.Sprintf("%04d", i)})
	}
	var seen int
	s.All(func(*item) bool { seen++; return seen < 3 })
	assert.Equal(t, 3, seen)
}

// TestCompactInKeyOrder: elements inserted in key order fill their leaves,
// so that a set costs about a pointer and a bit per element.
func TestCompactInKeyOrder(t *testing.T) {
	const n = 100_000
	items := make([]item, n)
	for i := range items {
		items[i].k = fmt.Sprintf("%012d", i)
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	s := &Set[*item]{}
	for i := range items {
		s.Insert(&items[i])
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	per := float64(after.HeapAlloc-before.HeapAlloc) / n
	t.Logf("%.1f B/element", per)
	assert.Less(t, per, 11.0)
	runtime.KeepAlive(s)
	check(t, s)
}

func BenchmarkInsertAppend(b *testing.B) {
	var s Set[*item]
	for i := 0; b.Loop(); i++ {
		s.Insert(&item{fmt.Sprintf("%012d", i)})
	}
}

func BenchmarkInsertDeleteMiddle(b *testing.B) {
	var s Set[*item]
	for i := range 100_000 {
		s.Insert(&item{fmt.Sprintf("%012d", 2*i)})
	}
	v := &item{fmt.Sprintf("%012d", 100_001)}
	for b.Loop() {
		s.Insert(v)
		s.Delete(v)
	}
}

func BenchmarkAscendPage(b *testing.B) {
	var s Set[*item]
	for i := range 100_000 {
		s.Insert(&item{fmt.Sprintf("%012d", i)})
	}
	after := fmt.Sprintf("%012d", 50_000)
	for b.Loop() {
		n := 0
		s.Ascend(after, func(*item) bool { n++; return n < 100 })
	}
}

// counted is an element held by value, with a count beside its key.
type counted struct {
	k string
	n int
}

func (c counted) SortKey() string { return c.k }

// TestFindUpdatesInPlace stores elements by value, finds them by key across
// several leaves, updates their counts in place and deletes by the found
// value.
func TestFindUpdatesInPlace(t *testing.T) {
	var s Set[counted]
	assert.Nil(t, s.Find("x"), "an empty set finds nothing")
	const n = 5 * maxItems
	for i := range n {
		require.True(t, s.Insert(counted{k: fmt.Sprintf("k%04d", i)}))
	}
	for i := range n {
		c := s.Find(fmt.Sprintf("k%04d", i))
		require.NotNil(t, c)
		c.n += i
	}
	assert.Nil(t, s.Find("k"), "a key between others is not found")
	assert.Nil(t, s.Find("z"))
	var got []int
	s.All(func(c counted) bool { got = append(got, c.n); return true })
	require.Len(t, got, n)
	for i, v := range got {
		require.Equal(t, i, v, "the update stayed with its element")
	}
	c := s.Find("k0007")
	assert.False(t, s.Delete(counted{k: "k0007"}), "a value that differs is not deleted")
	assert.True(t, s.Delete(*c))
	assert.Nil(t, s.Find("k0007"))
	assert.Equal(t, n-1, s.Len())
}
