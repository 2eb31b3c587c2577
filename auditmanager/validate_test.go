package auditmanager_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// TestExceptionMembers checks the members beyond the message: a field
// failure names the member and constraint in fields with reason
// fieldValidationFailed, a rule failure has reason other and no fields, and
// a missing resource carries its ID and type.
func TestExceptionMembers(t *testing.T) {
	store, _ := sharetest.NewStore(nil)
	c := auditmanager.New(store, senderAcct, usEast1)

	_, err := c.CreateControl(bg, &auditmanager.CreateControlInput{
		Name: p("n"), ControlMappingSources: []types.CreateControlMappingSource{{
			SourceName: p("s"), SourceSetUpOption: types.SourceSetUpOptionProceduralControlsMapping, SourceType: types.SourceTypeManual,
			SourceKeyword: &types.SourceKeyword{KeywordValue: p("bad!")},
		}},
	})
	var ve *types.ValidationException
	require.True(t, errors.As(err, &ve), "got %v", err)
	assert.Equal(t, types.ValidationExceptionReasonFieldValidationFailed, ve.Reason)
	const member = "controlMappingSources.1.member.sourceKeyword.keywordValue"
	const constraint = `Member must satisfy regular expression pattern: ^[a-zA-Z_0-9-\s().:\/]+$`
	assert.Equal(t, "1 validation error detected: Value 'bad!' at '"+member+"' failed to satisfy constraint: "+constraint, *ve.Message)
	require.Len(t, ve.Fields, 1)
	assert.Equal(t, member, *ve.Fields[0].Name)
	assert.Equal(t, constraint, *ve.Fields[0].Message)

	std := share.AMStandardFrameworkIDs()[0]
	_, err = c.StartAssessmentFrameworkShare(bg, &auditmanager.StartAssessmentFrameworkShareInput{
		FrameworkId: &std, DestinationAccount: p(recipientAcct), DestinationRegion: p(usEast1),
	})
	require.True(t, errors.As(err, &ve), "got %v", err)
	assert.Equal(t, types.ValidationExceptionReasonOther, ve.Reason)
	assert.Empty(t, ve.Fields)

	const missing = "00000000-0000-4000-8000-000000000000"
	_, err = c.GetAssessmentFramework(bg, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: p(missing)})
	var nf *types.ResourceNotFoundException
	require.True(t, errors.As(err, &nf), "got %v", err)
	assert.Equal(t, missing, *nf.ResourceId)
	assert.Equal(t, "ASSESSMENT_FRAMEWORK", *nf.ResourceType)
}
