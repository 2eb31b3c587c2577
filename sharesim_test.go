package sharesim_test

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/organizations/types"
)

var start = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func TestResetRewindsToTheWorldsStart(t *testing.T) {
	ctx := context.Background()
	c := clock.NewFake(start)
	w := sharesim.New(&sharesim.Options{Clock: c})
	_, err := w.Organizations("111111111111").CreateOrganization(ctx, nil)
	require.NoError(t, err)
	assert.Equal(t, start.Add(5*time.Hour), w.Advance(5*time.Hour))

	// A handler made after the advance still resets to the world's start.
	h := w.HTTPClient()
	req, err := http.NewRequest(http.MethodPost, "http://sharesim.local/_sharesim/reset", nil)
	require.NoError(t, err)
	resp, err := h.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)

	assert.Equal(t, start, c.Now())
	_, err = w.Organizations("111111111111").DescribeOrganization(ctx, nil)
	var notInUse *types.AWSOrganizationsNotInUseException
	assert.True(t, errors.As(err, &notInUse), "the organization is gone: %v", err)
}

func TestResetDropsAnOffsetClocksAdvances(t *testing.T) {
	base := clock.NewFake(start)
	w := sharesim.New(&sharesim.Options{Clock: clock.NewOffset(base)})
	w.Advance(time.Hour)
	base.Advance(time.Minute)
	w.Reset()
	assert.Equal(t, start.Add(time.Minute), w.Clock().Now(), "wall time keeps flowing; the advance is gone")
}

func TestAdvanceNeedsAControllableClock(t *testing.T) {
	w := sharesim.New(nil)
	assert.Panics(t, func() { w.Advance(time.Second) })
}
