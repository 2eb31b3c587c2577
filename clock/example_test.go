package clock_test

import (
	"fmt"
	"time"

	"github.com/sharesim/sharesim/clock"
)

func ExampleFake() {
	c := clock.NewFake(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	expires := c.Now().Add(7 * 24 * time.Hour)

	c.Advance(6 * 24 * time.Hour)
	fmt.Println("expired after 6 days:", !c.Now().Before(expires))
	c.Advance(24 * time.Hour)
	fmt.Println("expired after 7 days:", !c.Now().Before(expires))
	// Output:
	// expired after 6 days: false
	// expired after 7 days: true
}
