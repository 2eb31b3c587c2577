package awshttp

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/clock"
)

func TestAdminClock(t *testing.T) {
	h, w := newFakeHandler()
	rep := send(t, h, "GET", "/_sharesim/clock", "", "")
	require.Equal(t, 200, rep.status)
	assert.Equal(t, "application/json", rep.header.Get("Content-Type"))
	assert.Regexp(t, uuidV4, rep.header.Get("x-amzn-RequestId"))
	assert.Equal(t, map[string]any{"now": "2026-03-01T12:00:00Z"}, rep.body)

	rep = send(t, h, "POST", "/_sharesim/clock/advance?duration=168h0m0s", "", "")
	require.Equal(t, 200, rep.status)
	assert.Equal(t, map[string]any{"now": "2026-03-08T12:00:00Z"}, rep.body)
	rep = send(t, h, "POST", "/_sharesim/clock/advance?duration=0s", "", "")
	assert.Equal(t, map[string]any{"now": "2026-03-08T12:00:00Z"}, rep.body, "0s changes nothing")
	assert.Equal(t, fakeStart.Add(168*time.Hour), w.clock.Now())

	for _, bad := range []string{"", "soon", "-1h"} {
		rep = send(t, h, "POST", "/_sharesim/clock/advance?duration="+bad, "", "")
		assert.Equal(t, 400, rep.status, bad)
		assert.Equal(t, map[string]any{"message": "invalid duration " + bad}, rep.body)
	}
	// Past 2262 Unix nanoseconds overflow: refused.
	rep = send(t, h, "POST", "/_sharesim/clock/advance?duration=2562047h", "", "")
	assert.Equal(t, 400, rep.status)
	assert.Equal(t, map[string]any{"message": "invalid duration 2562047h: the clock would pass 2262-04-11T23:47:16Z, the last instant sharesim keeps"}, rep.body)
	assert.Equal(t, fakeStart.Add(168*time.Hour), w.clock.Now(), "a rejected advance moves nothing")
}

// TestAdminResetResetsTheWorld: the endpoint hands the reset to the world,
// which empties itself and rewinds its clock in one step (tested with a real
// World in the sharesim package).
func TestAdminResetResetsTheWorld(t *testing.T) {
	h, w := newFakeHandler()
	send(t, h, "POST", "/_sharesim/clock/advance?duration=1h", "", "")
	rep := send(t, h, "POST", "/_sharesim/reset", "", "")
	require.Equal(t, 200, rep.status)
	assert.Equal(t, map[string]any{}, rep.body)
	assert.Equal(t, 1, w.resets)
}

func TestAdminRejectsAdvanceOnAClockThatCannotMove(t *testing.T) {
	h := New(&fakeWorld{clock: clock.Func(func() time.Time { return fakeStart })}, nil)
	rep := send(t, h, "POST", "/_sharesim/clock/advance?duration=1h", "", "")
	assert.Equal(t, 400, rep.status)
}

func TestUnknownAdminEndpoints(t *testing.T) {
	h, _ := newFakeHandler()
	for _, c := range [][2]string{{"GET", "/_sharesim/nothing"}, {"GET", "/_sharesim/reset"}, {"POST", "/_sharesim/clock"}} {
		rep := send(t, h, c[0], c[1], "111111111111/us-east-1/ram", "")
		assert.Equal(t, 404, rep.status, c)
		assert.Equal(t, map[string]any{"message": "unknown admin endpoint"}, rep.body)
	}
}
