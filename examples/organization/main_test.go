package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStory runs the story and checks what it tells: three members in join
// order, two of them in the OU, and the external account outside.
func TestStory(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run(&out))
	got := out.String()
	assert.Regexp(t, `(?m)^  111111111111  INVITED   o-[a-z0-9]{10}/r-[a-z0-9]{4}/111111111111/$`, got)
	assert.Regexp(t, `(?m)^  222222222222  INVITED   o-[a-z0-9]{10}/r-[a-z0-9]{4}/ou-[a-z0-9]{4}-[a-z0-9]{8}/222222222222/$`, got)
	assert.Regexp(t, `(?m)^  333333333333  INVITED   o-[a-z0-9]{10}/r-[a-z0-9]{4}/ou-[a-z0-9]{4}-[a-z0-9]{8}/333333333333/$`, got)
	assert.Equal(t, 1, strings.Count(got, "  222222222222  INVITED"), "each member is listed once")
	assert.Contains(t, got, "444444444444  AWSOrganizationsNotInUseException: Your account is not a member of an organization.")
	assert.Contains(t, got, "222222222222 may not list accounts: AccessDeniedException (HTTP 400)")
}
