package proptest

import (
	"errors"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// numbered returns a listing of n pages; a page's items are given by items.
func numbered(n int, items func(page int) []int) func(next *string) ([]int, *string, error) {
	return func(next *string) ([]int, *string, error) {
		page := 0
		if next != nil {
			page, _ = strconv.Atoi(*next)
		}
		if page+1 == n {
			return items(page), nil, nil
		}
		tok := strconv.Itoa(page + 1)
		return items(page), &tok, nil
	}
}

func TestAllFollowsEveryToken(t *testing.T) {
	var r Reads
	got, err := All(&r, "List", numbered(3, func(p int) []int { return []int{2 * p, 2*p + 1} }))
	require.NoError(t, err)
	assert.Equal(t, []int{0, 1, 2, 3, 4, 5}, got)
	assert.Equal(t, []string{"1", "2"}, r.Tokens)
	assert.Empty(t, r.Problems)
}

func TestAllRecordsBrokenPages(t *testing.T) {
	var r Reads
	got, err := All(&r, "List", numbered(3, func(p int) []int {
		if p == 1 {
			return nil
		}
		return []int{p}
	}))
	require.NoError(t, err)
	assert.Equal(t, []int{0, 2}, got, "an empty page does not end the listing")
	assert.Equal(t, []string{"List: an empty page after a next token"}, r.Problems)

	r = Reads{}
	got, err = All(&r, "Endless", numbered(1000, func(p int) []int { return []int{p} }))
	require.NoError(t, err)
	assert.Len(t, got, 102)
	assert.Equal(t, []string{"Endless: endless pages"}, r.Problems)
}

func TestAllStopsAtAnError(t *testing.T) {
	var r Reads
	refused := errors.New("AccessDeniedException")
	got, err := All(&r, "List", func(next *string) ([]int, *string, error) {
		if next != nil {
			return nil, nil, refused
		}
		tok := "1"
		return []int{1}, &tok, nil
	})
	assert.ErrorIs(t, err, refused)
	assert.Equal(t, []int{1}, got)
	assert.Empty(t, r.Problems, "the caller decides what an error means")
}

func TestDiff(t *testing.T) {
	type view struct {
		Shares []string
		Count  int
	}
	a := &view{Shares: []string{"s1", "s2"}, Count: 2}
	assert.Empty(t, Diff(a, &view{Shares: []string{"s1", "s2"}, Count: 2}))
	diff := Diff(a, &view{Shares: []string{"s1", "s3"}, Count: 2})
	assert.Contains(t, diff, "before:\n")
	assert.Contains(t, diff, `  "s2"`)
	assert.Contains(t, diff, "\nafter:\n")
	assert.Contains(t, diff, `  "s3"`)
	assert.NotEmpty(t, Diff(map[string]int(nil), map[string]int{}), "values that differ though they render alike")
}
