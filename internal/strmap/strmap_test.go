package strmap

import (
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// check asserts that m holds exactly ref, through Get and All.
func check(t *testing.T, m *Map[int], ref map[string]int) {
	t.Helper()
	require.Equal(t, len(ref), m.Len())
	for k, v := range ref {
		got, ok := m.Get(k)
		require.True(t, ok, k)
		require.Equal(t, v, got, k)
	}
	seen := map[string]int{}
	for k, v := range m.All() {
		seen[k] = v
	}
	require.Equal(t, ref, seen)
}

// TestAgainstAReferenceMap performs random Set, Delete and Upsert on a Map
// and a Go map and checks that they agree, with each hash of forEachHash.
func TestAgainstAReferenceMap(t *testing.T) {
	forEachHash(t, func(t *testing.T) {
		var m Map[int]
		ref := map[string]int{}
		r := rand.New(rand.NewPCG(1, 2))
		for i := range 20000 {
			randomOp(t, &m, ref, r, i, 2000)
			if i%1000 == 0 {
				check(t, &m, ref)
			}
		}
		check(t, &m, ref)
		assert.LessOrEqual(t, int(m.top), 2000, "deleted entries are reused")
	})
}

// TestIncrementalGrowth lets the map grow through many doublings while
// keys are set, upserted and deleted, and checks it against a Go map in the
// middle of each move from the old table to the new, and after the moves.
func TestIncrementalGrowth(t *testing.T) {
	forEachHash(t, func(t *testing.T) {
		var m Map[int]
		ref := map[string]int{}
		r := rand.New(rand.NewPCG(3, 4))
		var checked []int // the sizes of the old tables checked mid-move
		for i := range 8000 {
			// The key space grows with i, so the map does too, with
			// deletes and updates all along.
			randomOp(t, &m, ref, r, i, 16+i/2)
			if m.old != nil && m.moved >= len(m.old)/2 && !slices.Contains(checked, len(m.old)) {
				checked = append(checked, len(m.old))
				check(t, &m, ref)
			}
		}
		check(t, &m, ref)
		assert.Equal(t, []int{16, 32, 64, 128, 256, 512, 1024, 2048}, checked, "a check in the middle of each move")
		for m.old != nil { // finish the move
			k := fmt.Sprintf("extra%d", m.top)
			m.Set(k, 1)
			ref[k] = 1
		}
		check(t, &m, ref)
	})
}

// forEachHash runs f with the real hash; with a hash of 8 values, so that
// keys collide and form long runs of the index; and with 8 values at the
// end of the table, so that runs wrap around it.
func forEachHash(t *testing.T, f func(t *testing.T)) {
	hashes := map[string]func(maphash.Seed, string) uint64{
		"real":     maphash.String,
		"narrow":   func(seed maphash.Seed, s string) uint64 { return maphash.String(seed, s) % 8 },
		"wrapping": func(seed maphash.Seed, s string) uint64 { return maphash.String(seed, s)%8 | 0xfffffff8 },
	}
	for name, hash := range hashes {
		t.Run(name, func(t *testing.T) {
			hashString = hash
			t.Cleanup(func() { hashString = maphash.String })
			f(t)
		})
	}
}

// randomOp performs a random Set, Delete or Upsert of one of keys keys on
// m and ref, and checks that they agree on its result.
func randomOp(t *testing.T, m *Map[int], ref map[string]int, r *rand.Rand, i, keys int) {
	t.Helper()
	k := fmt.Sprintf("k%d", r.IntN(keys))
	switch r.IntN(4) {
	case 0:
		m.Set(k, i)
		ref[k] = i
	case 1, 2:
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

func TestEmptyMap(t *testing.T) {
	var m Map[string]
	_, ok := m.Get("x")
	assert.False(t, ok)
	assert.False(t, m.Delete("x"))
	for range m.All() {
		t.Fatal("an empty map has no entries")
	}
}

// TestAllIsInsertionOrder checks the order of All, and that a loop over it
// stops at break and may delete the key it is given.
func TestAllIsInsertionOrder(t *testing.T) {
	var m Map[int]
	var want []string
	for i := range 3 * chunkSize {
		k := fmt.Sprintf("%d", 3*chunkSize-i)
		m.Set(k, i)
		want = append(want, k)
	}
	var got []string
	for k := range m.All() {
		got = append(got, k)
	}
	assert.Equal(t, want, got)

	n := 0
	for range m.All() {
		if n++; n == 5 {
			break
		}
	}
	assert.Equal(t, 5, n)

	for k := range m.All() {
		require.True(t, m.Delete(k))
	}
	assert.Zero(t, m.Len())
	_, ok := m.Get(want[0])
	assert.False(t, ok)
}
