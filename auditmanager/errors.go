package auditmanager

import (
	"errors"
	"fmt"
	"strings"

	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/share"
)

// Messages the service answers with: the first two are the model's shape
// descriptions used verbatim (auditmanager.md A2, A4); "Rate exceeded." and
// the token message are sharesim's wording.
const (
	msgNotRegistered = "Your account isn't registered with Audit Manager. Check the delegated administrator setup on the Audit Manager settings page, and try again."
	msgQuota         = "You've reached your account quota for this resource type. To perform the requested action, delete some existing resources or request a quota increase from the Service Quotas console."
	msgThrottled     = "Rate exceeded."
	msgBadToken      = "The nextToken is not valid."
	msgInternal      = "Internal error"
)

// resourceTypes names, per domain entity, the resourceType of a
// ResourceNotFoundException.
var resourceTypes = map[string]string{
	share.EntityAMFramework:    "ASSESSMENT_FRAMEWORK",
	share.EntityAMControl:      "CONTROL",
	share.EntityAMShareRequest: "ASSESSMENT_FRAMEWORK_SHARE_REQUEST",
}

// ruleMessages words, per domain reason, the ValidationException (reason
// other) a business rule raises; %s is the error's ID. The revoke, answer and
// delete texts are auditmanager.md's (§6.5, §6.7); the spec leaves the others
// to us, so they are sharesim's wording, kept stable because tests assert them.
var ruleMessages = map[string]string{
	share.AMReasonStandardNotShareable:    "Only custom frameworks can be shared.",
	share.AMReasonStandardFrameworkUpdate: "Standard frameworks can't be updated.",
	share.AMReasonStandardFrameworkDelete: "Standard frameworks can't be deleted.",
	share.AMReasonStandardControlUpdate:   "Standard controls can't be updated.",
	share.AMReasonStandardControlDelete:   "Standard controls can't be deleted.",
	share.AMReasonUnsupportedRegion:       "%s is not a supported Audit Manager Region.",
	share.AMReasonSelfShare:               "You can't share a framework with your own account in the same Region.",
	share.AMReasonReplicating:             "The share request %s is being replicated. Try again later.",
	share.AMReasonSentOnlyRevoke:          "The action %s isn't valid for a SENT share request.",
	share.AMReasonReceivedOnlyAnswer:      "The action %s isn't valid for a RECEIVED share request.",
	share.AMReasonNotRevocable:            "You can only revoke a share request with a status of ACTIVE or EXPIRING.",
	share.AMReasonNotAnswerable:           "You can only accept or decline a share request with a status of ACTIVE or EXPIRING.",
	share.AMReasonDeleteBlocked:           "You can't delete a share request with a status of %s.",
	share.AMReasonDuplicateControlSet:     "Control set names must be unique within a framework.",
	share.AMReasonUnknownControlSet:       "The control set %s isn't in this framework.",
	share.AMReasonUnsupportedSourceType:   "sourceType %s is not supported.",
	share.AMReasonSourceSetUpMismatch:     "sourceType %s doesn't match its sourceSetUpOption.",
	share.AMReasonSourceKeywordRequired:   "sourceKeyword is required when sourceType is %s.",
}

// toException maps a domain error to the exception Audit Manager answers
// with. It is the facade's only mapping; an error it does not know becomes
// an InternalServerException.
func toException(err error) error {
	if err == nil {
		return nil
	}
	var e *share.Error
	if !errors.As(err, &e) {
		return &types.InternalServerException{Message: ptr(msgInternal)}
	}
	switch {
	case errors.Is(err, share.ErrAccessDenied) && e.Reason == share.AMReasonNotRegistered:
		return &types.AccessDeniedException{Message: ptr(msgNotRegistered)}
	case errors.Is(err, share.ErrNotFound):
		if rt, ok := resourceTypes[e.Entity]; ok {
			return &types.ResourceNotFoundException{
				Message:    ptr(fmt.Sprintf("The %s %s can't be found.", rt, e.ID)),
				ResourceId: ptr(e.ID), ResourceType: ptr(rt),
			}
		}
	case errors.Is(err, share.ErrLimitExceeded):
		if e.Reason == share.AMReasonThrottled {
			return &types.ThrottlingException{Message: ptr(msgThrottled)}
		}
		return &types.ServiceQuotaExceededException{Message: ptr(msgQuota)}
	case errors.Is(err, share.ErrInvalidToken):
		return otherValidation(msgBadToken)
	case errors.Is(err, share.ErrInvalidArgument), errors.Is(err, share.ErrInvalidTransition):
		if m, ok := ruleMessages[e.Reason]; ok {
			if strings.Contains(m, "%s") {
				m = fmt.Sprintf(m, e.ID)
			}
			return otherValidation(m)
		}
	}
	return &types.InternalServerException{Message: ptr(msgInternal)}
}

func otherValidation(msg string) *types.ValidationException {
	return &types.ValidationException{Message: ptr(msg), Reason: types.ValidationExceptionReasonOther}
}

func ptr[T any](v T) *T { return &v }
