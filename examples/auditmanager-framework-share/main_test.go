package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStory runs the story and checks the lifecycle it tells: ACTIVE for 89
// days, EXPIRING on day 90, REPLICATING then SHARED after the accept, an
// independent copy, and a second request that expires unanswered.
func TestStory(t *testing.T) {
	var out strings.Builder
	run(&out)
	got := out.String()
	for _, want := range []string{
		"[2026-03-01] recipient sees it as ACTIVE",
		"[2026-05-29] 89 days later the recipient still sees ACTIVE",
		"[2026-05-30] one more day: EXPIRING (30 days left)",
		"[2026-05-30] recipient accepted: REPLICATING",
		"[2026-05-30] the replication settles: the recipient now sees SHARED",
		"the sender tries to revoke: ValidationException (HTTP 400): You can only revoke a share request with a status of ACTIVE or EXPIRING.",
		"the recipient's copy \"Card payments\" is still there",
		"[2026-09-27] 120 days pass unanswered: the partner sees EXPIRED",
	} {
		assert.Contains(t, got, want)
	}
}
