package proptest

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTallyReport(t *testing.T) {
	var tally Tally
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			tally.Add("CreateShare", OK)
			tally.Add("CreateShare", "ValidationException")
		})
	}
	wg.Wait()
	tally.Add("DeleteShare", "ResourceNotFoundException")
	tally.Add("(token)", "replayed")
	report := tally.Report()
	lines := strings.Split(report, "\n")
	assert.Equal(t, "2 operations called, 1 of them successfully; 2 distinct (operation, exception) pairs:", lines[0])
	assert.Len(t, lines, 5, "a line a pair, the test's own events included")
	assert.Equal(t, []string{"(token)", "replayed", "1"}, strings.Fields(lines[1]))
	assert.Equal(t, []string{"CreateShare", "ValidationException", "4"}, strings.Fields(lines[2]))
	assert.Equal(t, []string{"CreateShare", "ok", "4"}, strings.Fields(lines[3]))
}

func TestSizeFromEnvironment(t *testing.T) {
	t.Setenv("SHARESIM_PROPERTY_SEEDS", "7")
	t.Setenv("SHARESIM_PROPERTY_STEPS", "not a number")
	seeds, steps := Size(20, 300)
	assert.Equal(t, 7, seeds)
	if testing.Short() {
		assert.Equal(t, 100, steps)
	} else {
		assert.Equal(t, 300, steps, "a value that is not a positive number keeps the default")
	}
}
