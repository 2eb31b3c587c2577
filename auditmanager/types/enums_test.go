package types

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func names[E ~string](vs []E) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// TestEnumsMatchModel checks every enum against the values the service
// model lists for it, in the model's order.
func TestEnumsMatchModel(t *testing.T) {
	cases := []struct {
		name      string
		got, want []string
	}{
		{"AccountStatus", names(AccountStatus("").Values()), []string{"ACTIVE", "INACTIVE", "PENDING_ACTIVATION"}},
		{"ShareRequestStatus", names(ShareRequestStatus("").Values()), []string{"ACTIVE", "REPLICATING", "SHARED", "EXPIRING", "FAILED", "EXPIRED", "DECLINED", "REVOKED"}},
		{"ShareRequestType", names(ShareRequestType("").Values()), []string{"SENT", "RECEIVED"}},
		{"ShareRequestAction", names(ShareRequestAction("").Values()), []string{"ACCEPT", "DECLINE", "REVOKE"}},
		{"ControlType", names(ControlType("").Values()), []string{"Standard", "Custom", "Core"}},
		{"ControlState", names(ControlState("").Values()), []string{"ACTIVE", "END_OF_SUPPORT"}},
		{"FrameworkType", names(FrameworkType("").Values()), []string{"Standard", "Custom"}},
		{"SourceSetUpOption", names(SourceSetUpOption("").Values()), []string{"System_Controls_Mapping", "Procedural_Controls_Mapping"}},
		{"SourceType", names(SourceType("").Values()), []string{"AWS_Cloudtrail", "AWS_Config", "AWS_Security_Hub", "AWS_API_Call", "MANUAL", "Common_Control", "Core_Control"}},
		{"SourceFrequency", names(SourceFrequency("").Values()), []string{"DAILY", "WEEKLY", "MONTHLY"}},
		{"KeywordInputType", names(KeywordInputType("").Values()), []string{"SELECT_FROM_LIST", "UPLOAD_FILE", "INPUT_TEXT"}},
		{"ValidationExceptionReason", names(ValidationExceptionReason("").Values()), []string{"unknownOperation", "cannotParse", "fieldValidationFailed", "other"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, c.got, c.name)
	}
}
