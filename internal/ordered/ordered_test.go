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
