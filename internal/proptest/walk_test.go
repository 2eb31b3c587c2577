package proptest

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pages returns a listing that answers the given pages in turn, each with
// a next token but the last.
func pages(ps ...[]string) func(next *string, max *int32) ([]string, *string, error) {
	i := 0
	return func(*string, *int32) ([]string, *string, error) {
		p := ps[i]
		i++
		if i == len(ps) {
			return p, nil, nil
		}
		tok := "token"
		return p, &tok, nil
	}
}

// walk takes every page of k, calling between before each; it returns the
// first problem Check finds.
func walk(t *testing.T, k *Walk, between func(page int)) error {
	t.Helper()
	for page := 0; ; page++ {
		between(page)
		if _, err := k.Fetch(new(int32)); err != nil {
			t.Fatalf("Fetch: %v", err)
		}
		if done, err := k.Check(); err != nil || done {
			return err
		}
	}
}

func listed(ids ...string) map[string]string {
	m := map[string]string{}
	for _, id := range ids {
		m[id] = ""
	}
	return m
}

func nothing(int) {}

func TestWalkPassesAStableListing(t *testing.T) {
	k := NewWalk(pages([]string{"a"}, []string{"b"}, []string{"c"}), listed("a", "b", "c"))
	require.NoError(t, walk(t, k, nothing))
	assert.Equal(t, 3, k.Pages())
}

func TestWalkCatchesAnItemReturnedTwice(t *testing.T) {
	k := NewWalk(pages([]string{"a"}, []string{"a", "b"}), listed("a", "b"))
	assert.EqualError(t, walk(t, k, nothing), "the walk returned a twice")
}

func TestWalkCatchesAnItemSkipped(t *testing.T) {
	k := NewWalk(pages([]string{"a"}, []string{"c"}), listed("a", "b", "c"))
	assert.EqualError(t, walk(t, k, nothing), "the walk skipped b, which was listed throughout")
}

func TestWalkExcusesAnItemNotListedThroughout(t *testing.T) {
	k := NewWalk(pages([]string{"a"}, []string{"c"}), listed("a", "b", "c"))
	require.NoError(t, walk(t, k, func(page int) {
		if page == 1 {
			k.Observe(listed("a", "c")) // b is gone for a while
		}
	}))
}

func TestWalkExcusesAnItemThatMoved(t *testing.T) {
	k := NewWalk(pages([]string{"a"}, []string{"b"}, []string{"a"}), map[string]string{"a": "1", "b": "2", "c": "3"})
	err := walk(t, k, func(page int) {
		if page == 1 {
			// a is updated and moves behind the walk, c moves before it.
			k.Observe(map[string]string{"b": "2", "a": "4", "c": "0"})
		}
	})
	require.NoError(t, err)
}

func TestWalkReportsARefusedToken(t *testing.T) {
	refused := errors.New("InvalidNextTokenException")
	k := NewWalk(func(*string, *int32) ([]string, *string, error) { return nil, nil, refused }, listed())
	_, err := k.Fetch(new(int32))
	require.ErrorIs(t, err, refused)
	_, err = k.Check()
	assert.ErrorIs(t, err, refused)
	assert.ErrorContains(t, err, "a next token the listing issued is refused")
}

func TestWalkNextIsTheTokenOfTheLastPageChecked(t *testing.T) {
	k := NewWalk(pages([]string{"a"}, []string{"b"}), listed("a", "b"))
	assert.Nil(t, k.Next(), "before the first page")
	_, err := k.Fetch(new(int32))
	require.NoError(t, err)
	assert.Nil(t, k.Next(), "a page fetched but not checked")
	done, err := k.Check()
	require.NoError(t, err)
	require.False(t, done)
	require.NotNil(t, k.Next())
	assert.Equal(t, "token", *k.Next())
	_, err = k.Fetch(new(int32))
	require.NoError(t, err)
	done, err = k.Check()
	require.NoError(t, err)
	assert.True(t, done)
	assert.Nil(t, k.Next(), "after the last page")
}
