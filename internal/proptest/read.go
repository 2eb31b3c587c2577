package proptest

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// Reads collects what reading a world's listings to their end shows
// besides the items: the next tokens the listings issued, for a test to
// reuse, and the problems, reads that went wrong.
type Reads struct {
	Tokens   []string
	Problems []string
}

// Problemf records a problem.
func (r *Reads) Problemf(format string, args ...any) {
	r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
}

// All returns every item of the listing what, following each next token:
// fetch reads the page a next token names (nil: the first). It records the
// next tokens, and as problems a page that is empty though a next token
// named it and a listing of more than a hundred pages, which it cuts
// short. It stops at an error, which it returns with the items before.
func All[T any](r *Reads, what string, fetch func(next *string) ([]T, *string, error)) ([]T, error) {
	all := []T{}
	var next *string
	for i := 0; ; i++ {
		items, nt, err := fetch(next)
		if err != nil {
			return all, err
		}
		if next != nil && len(items) == 0 {
			r.Problemf("%s: an empty page after a next token", what)
		}
		all = append(all, items...)
		if nt == nil {
			return all, nil
		}
		if i > 100 {
			r.Problemf("%s: endless pages", what)
			return all, nil
		}
		r.Tokens = append(r.Tokens, *nt)
		next = nt
	}
}

// Diff returns "" when before and after are deeply equal, and otherwise
// where their indented JSON renderings first differ: a few lines of each
// around the place. Comparing the values is the same test as comparing
// their renderings, and cheaper.
func Diff(before, after any) string {
	if reflect.DeepEqual(before, after) {
		return ""
	}
	jb, _ := json.MarshalIndent(before, "", " ")
	ja, _ := json.MarshalIndent(after, "", " ")
	lb, la := strings.Split(string(jb), "\n"), strings.Split(string(ja), "\n")
	i := 0
	for i < len(lb) && i < len(la) && lb[i] == la[i] {
		i++
	}
	lo := max(0, i-4)
	cut := func(l []string) string { return strings.Join(l[lo:min(len(l), i+6)], "\n") }
	return "before:\n" + cut(lb) + "\nafter:\n" + cut(la)
}

// JSON renders v as compact JSON, for reports and comparisons, or as a Go
// value when it has no JSON rendering.
func JSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%#v", v)
	}
	return string(b)
}
