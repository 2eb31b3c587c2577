package proptest

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// fatal records what Fatalf reports instead of failing.
type fatal struct {
	testing.TB
	report string
}

func (f *fatal) Helper()      {}
func (f *fatal) Name() string { return "TestProperties/seeds/seed=3" }
func (f *fatal) Fatalf(format string, args ...any) {
	f.report = fmt.Sprintf(format, args...)
}

func TestTrailReport(t *testing.T) {
	tr := Trail{Seed: 3}
	for tr.Step = 1; tr.Step <= 10; tr.Step++ {
		tr.Record(fmt.Sprintf("step %d", tr.Step))
	}
	tr.Step = 11
	f := &fatal{}
	tr.Fatalf(f, "CreateShare {}", "a failed call changed %s", "a view")
	assert.Equal(t, "seed 3, step 11: a failed call changed a view\ncall: CreateShare {}\nlast calls:\n"+
		"  step 3\n  step 4\n  step 5\n  step 6\n  step 7\n  step 8\n  step 9\n  step 10\n"+
		"replay: go test -run '^TestProperties/seeds/seed=3$'", f.report)
}
