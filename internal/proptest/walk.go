package proptest

import (
	"fmt"
	"maps"
	"slices"
)

// Walk pages through one listing a page per step while other calls change
// the world in between, and checks what pagination promises (DESIGN.md,
// Pagination): a next token holds a position in a stable order, so the
// walk returns no item twice, and every item listed throughout. An item
// whose sort key changes (a workload updated, where workloads are listed by
// UpdatedAt) may move past the walk or back: the walk may return it twice,
// or not at all.
type Walk struct {
	page  func(next *string, max *int32) ([]string, *string, error)
	next  *string
	pages int
	seen  map[string]int    // times each item was returned
	alive map[string]string // items listed with the same sort key since the start
	moved map[string]bool   // items whose sort key changed

	got    []string // the page fetched last
	gotErr error
	gotTok *string
}

// NewWalk starts a walk: page fetches the page a next token names (nil: the
// first), of at most max items, and returns their IDs and the next token;
// listed is what the listing shows now, every item's ID with its sort key
// ("" in a listing whose items never move).
func NewWalk(page func(next *string, max *int32) ([]string, *string, error), listed map[string]string) *Walk {
	return &Walk{page: page, seen: map[string]int{}, alive: listed, moved: map[string]bool{}}
}

// Pages returns the number of pages the walk has taken.
func (k *Walk) Pages() int { return k.pages }

// Next returns the next token the walk's next page continues from: nil
// before the first page. A test shows it in the input of the call that
// fetches the page.
func (k *Walk) Next() *string { return k.next }

// Observe narrows the items the walk must return to those the listing,
// read in full, still shows with the same sort key.
func (k *Walk) Observe(listed map[string]string) {
	for id, key := range k.alive {
		if nk, ok := listed[id]; !ok || nk != key {
			delete(k.alive, id)
			if ok {
				k.moved[id] = true
			}
		}
	}
}

// Fetch fetches the walk's next page, of at most max items, for Check, and
// returns its items.
func (k *Walk) Fetch(max *int32) ([]string, error) {
	k.got, k.gotTok, k.gotErr = k.page(k.next, max)
	return k.got, k.gotErr
}

// Check takes the page Fetch fetched. It reports whether that was the last
// page, and an error when the fetch failed, which a next token the listing
// issued must not, when the page returns an item the walk returned before,
// or when the walk is over without an item listed throughout.
func (k *Walk) Check() (done bool, err error) {
	if k.gotErr != nil {
		return false, fmt.Errorf("a next token the listing issued is refused: %w", k.gotErr)
	}
	k.pages++
	for _, id := range k.got {
		if k.seen[id]++; k.seen[id] > 1 && !k.moved[id] {
			return false, fmt.Errorf("the walk returned %s twice", id)
		}
	}
	k.next = k.gotTok
	if k.next != nil {
		return false, nil
	}
	for _, id := range slices.Sorted(maps.Keys(k.alive)) {
		if k.seen[id] == 0 {
			return true, fmt.Errorf("the walk skipped %s, which was listed throughout", id)
		}
	}
	return true, nil
}
