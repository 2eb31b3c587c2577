package types

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/internal/awsjson"
)

// TestFrameworkCountsAreAlwaysSent: a ListAssessmentFrameworks item carries
// its counts even when they are zero (auditmanager.md §4.3), as a framework
// whose only control was deleted has none.
func TestFrameworkCountsAreAlwaysSent(t *testing.T) {
	b, err := awsjson.Marshal(AssessmentFrameworkMetadata{ControlSetsCount: 1})
	require.NoError(t, err)
	assert.JSONEq(t, `{"controlsCount":0,"controlSetsCount":1}`, string(b))
}
