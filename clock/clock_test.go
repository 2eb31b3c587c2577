package clock_test

import (
	"math"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/sharesim/sharesim/clock"
)

var start = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func TestFakeMovesOnlyWhenTold(t *testing.T) {
	f := clock.NewFake(start)
	assert.Equal(t, start, f.Now())
	assert.Equal(t, start, f.Now(), "a fake must not move by itself")

	got := f.Advance(168 * time.Hour)
	assert.Equal(t, start.Add(168*time.Hour), got)
	assert.Equal(t, got, f.Now())

	f.Set(start.Add(-time.Hour))
	assert.Equal(t, start.Add(-time.Hour), f.Now())
}

func TestFakeIsSafeForConcurrentUse(t *testing.T) {
	f := clock.NewFake(start)
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			f.Advance(time.Second)
			_ = f.Now()
		})
	}
	wg.Wait()
	assert.Equal(t, start.Add(50*time.Second), f.Now())
}

func TestFuncAdaptsAFunction(t *testing.T) {
	c := clock.Func(func() time.Time { return start })
	assert.Equal(t, start, c.Now())
}

func TestRealFollowsTheWallClock(t *testing.T) {
	before := time.Now()
	got := clock.Real().Now()
	assert.False(t, got.Before(before))
}

func TestOffsetAddsAdvancesToItsBase(t *testing.T) {
	base := clock.NewFake(start)
	o := clock.NewOffset(base)
	assert.Equal(t, start, o.Now())
	assert.Equal(t, start.Add(2*time.Hour), o.Advance(2*time.Hour))
	base.Advance(time.Minute)
	assert.Equal(t, start.Add(2*time.Hour+time.Minute), o.Now(), "the base keeps flowing under the offset")
	o.Reset()
	assert.Equal(t, start.Add(time.Minute), o.Now())
}

// TestOffsetDoesNotWrapAround: advances past the largest duration stop
// there, so a further advance never moves the clock back.
func TestOffsetDoesNotWrapAround(t *testing.T) {
	o := clock.NewOffset(clock.NewFake(start))
	far := o.Advance(math.MaxInt64)
	assert.False(t, o.Advance(time.Hour).Before(far))
	o.Reset()
	near := o.Advance(math.MinInt64)
	assert.False(t, o.Advance(-time.Hour).After(near))
}
