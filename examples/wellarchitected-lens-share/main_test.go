package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStory runs the story and checks the turns it narrates.
func TestStory(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run(&out))
	story := out.String()
	for _, line := range []string{
		"must be published before it can be shared",
		"[Validation] Organization sharing is not enabled",
		"AccessDeniedException (403)",
		"reviewer has 0 invitations: organization shares need none",
		"partner accepted",
		"reviewer  sees shared lenses [Data Retention 1.0]",
		"finance   sees shared lenses []",
		"partner   sees shared lenses [Data Retention 1.0]",
		"forgetful has 0 pending invitations",
	} {
		assert.Contains(t, story, line)
	}
	after := story[strings.Index(story, "seven days later"):]
	assert.Contains(t, after, "555555555555                 EXPIRED")
	assert.Contains(t, after, "444444444444                 ACCEPTED")
	assert.Contains(t, after, "ASSOCIATED")
}
