package auditmanager

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/share"
)

// TestToException walks every error the Audit Manager domain returns and
// checks the exception, status and message it becomes.
func TestToException(t *testing.T) {
	e := func(kind error, entity, id, reason string) error {
		return &share.Error{Op: "Op", Kind: kind, Entity: entity, ID: id, Reason: reason}
	}
	const id = "0f8fad5b-d9cb-469f-a165-70867728950e"
	cases := []struct {
		err    error
		code   string
		status int
		msg    string
	}{
		{e(share.ErrAccessDenied, share.EntityAccount, "111111111111", share.AMReasonNotRegistered), "AccessDeniedException", 403, msgNotRegistered},
		{e(share.ErrNotFound, share.EntityAMFramework, id, ""), "ResourceNotFoundException", 404, "The ASSESSMENT_FRAMEWORK " + id + " can't be found."},
		{e(share.ErrNotFound, share.EntityAMControl, id, ""), "ResourceNotFoundException", 404, "The CONTROL " + id + " can't be found."},
		{e(share.ErrNotFound, share.EntityAMShareRequest, id, ""), "ResourceNotFoundException", 404, "The ASSESSMENT_FRAMEWORK_SHARE_REQUEST " + id + " can't be found."},
		{e(share.ErrLimitExceeded, "", "", share.AMReasonThrottled), "ThrottlingException", 429, "Rate exceeded."},
		{e(share.ErrLimitExceeded, share.EntityAMFramework, "", share.AMReasonCustomFrameworks), "ServiceQuotaExceededException", 402, msgQuota},
		{e(share.ErrLimitExceeded, share.EntityAMControl, "", share.AMReasonCustomControls), "ServiceQuotaExceededException", 402, msgQuota},
		{e(share.ErrLimitExceeded, share.EntityAMFramework, "", share.AMReasonControlsPerFramework), "ServiceQuotaExceededException", 402, msgQuota},
		{e(share.ErrLimitExceeded, share.EntityAMShareRequest, "", share.AMReasonActiveRecipients), "ServiceQuotaExceededException", 402, msgQuota},
		{e(share.ErrInvalidToken, share.EntityToken, "", ""), "ValidationException", 400, "The nextToken is not valid."},
		{e(share.ErrInvalidArgument, share.EntityAMFramework, id, share.AMReasonStandardNotShareable), "ValidationException", 400, "Only custom frameworks can be shared."},
		{e(share.ErrInvalidArgument, share.EntityAMFramework, id, share.AMReasonStandardFrameworkUpdate), "ValidationException", 400, "Standard frameworks can't be updated."},
		{e(share.ErrInvalidArgument, share.EntityAMFramework, id, share.AMReasonStandardFrameworkDelete), "ValidationException", 400, "Standard frameworks can't be deleted."},
		{e(share.ErrInvalidArgument, share.EntityAMControl, id, share.AMReasonStandardControlUpdate), "ValidationException", 400, "Standard controls can't be updated."},
		{e(share.ErrInvalidArgument, share.EntityAMControl, id, share.AMReasonStandardControlDelete), "ValidationException", 400, "Standard controls can't be deleted."},
		{e(share.ErrInvalidArgument, share.EntityAMShareRequest, "sa-east-1", share.AMReasonUnsupportedRegion), "ValidationException", 400, "sa-east-1 is not a supported Audit Manager Region."},
		{e(share.ErrInvalidArgument, share.EntityAMShareRequest, "111111111111", share.AMReasonSelfShare), "ValidationException", 400, "You can't share a framework with your own account in the same Region."},
		{e(share.ErrInvalidTransition, share.EntityAMShareRequest, id, share.AMReasonReplicating), "ValidationException", 400, "The share request " + id + " is being replicated. Try again later."},
		{e(share.ErrInvalidArgument, share.EntityAMShareRequest, "ACCEPT", share.AMReasonSentOnlyRevoke), "ValidationException", 400, "The action ACCEPT isn't valid for a SENT share request."},
		{e(share.ErrInvalidArgument, share.EntityAMShareRequest, "REVOKE", share.AMReasonReceivedOnlyAnswer), "ValidationException", 400, "The action REVOKE isn't valid for a RECEIVED share request."},
		{e(share.ErrInvalidTransition, share.EntityAMShareRequest, id, share.AMReasonNotRevocable), "ValidationException", 400, "You can only revoke a share request with a status of ACTIVE or EXPIRING."},
		{e(share.ErrInvalidTransition, share.EntityAMShareRequest, id, share.AMReasonNotAnswerable), "ValidationException", 400, "You can only accept or decline a share request with a status of ACTIVE or EXPIRING."},
		{e(share.ErrInvalidTransition, share.EntityAMShareRequest, "SHARED", share.AMReasonDeleteBlocked), "ValidationException", 400, "You can't delete a share request with a status of SHARED."},
		{e(share.ErrInvalidArgument, share.EntityAMControlSet, "S", share.AMReasonDuplicateControlSet), "ValidationException", 400, "Control set names must be unique within a framework."},
		{e(share.ErrInvalidArgument, share.EntityAMControlSet, "S", share.AMReasonUnknownControlSet), "ValidationException", 400, "The control set S isn't in this framework."},
		{e(share.ErrInvalidArgument, share.EntityAMControl, "Core_Control", share.AMReasonUnsupportedSourceType), "ValidationException", 400, "sourceType Core_Control is not supported."},
		{e(share.ErrInvalidArgument, share.EntityAMControl, "MANUAL", share.AMReasonSourceSetUpMismatch), "ValidationException", 400, "sourceType MANUAL doesn't match its sourceSetUpOption."},
		{e(share.ErrInvalidArgument, share.EntityAMControl, "AWS_Config", share.AMReasonSourceKeywordRequired), "ValidationException", 400, "sourceKeyword is required when sourceType is AWS_Config."},
		// Anything the facade does not know is a server fault.
		{errors.New("boom"), "InternalServerException", 500, "Internal error"},
		{e(share.ErrConflict, "", "", ""), "InternalServerException", 500, "Internal error"},
		{e(share.ErrInvalidArgument, "", "", "no-such-reason"), "InternalServerException", 500, "Internal error"},
	}
	// Every reason ruleMessages knows is exercised above.
	covered := map[string]bool{}
	for _, c := range cases {
		var se *share.Error
		if errors.As(c.err, &se) {
			covered[se.Reason] = true
		}
	}
	for reason := range ruleMessages {
		assert.True(t, covered[reason], "reason %s is not covered", reason)
	}
	for _, c := range cases {
		t.Run(c.err.Error(), func(t *testing.T) {
			got := toException(c.err)
			var ae interface {
				ErrorCode() string
				ErrorMessage() string
				HTTPStatusCode() int
			}
			if assert.True(t, errors.As(got, &ae)) {
				assert.Equal(t, c.code, ae.ErrorCode())
				assert.Equal(t, c.status, ae.HTTPStatusCode())
				assert.Equal(t, c.msg, ae.ErrorMessage())
			}
			if v, ok := got.(*types.ValidationException); ok && c.code == "ValidationException" {
				assert.Equal(t, types.ValidationExceptionReasonOther, v.Reason)
			}
		})
	}
	assert.Nil(t, toException(nil))
}
