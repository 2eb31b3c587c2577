package wireclient

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/sharesim/sharesim/internal/awsmodel"
)

// TestFacadeExceptionsMatchTheModel checks every exception type of every
// facade against its service model: the shape exists and the facade reports
// the model's HTTP status. The wire layer writes the model's status, so a
// mismatch would make a facade disagree with itself across front doors.
func TestFacadeExceptionsMatchTheModel(t *testing.T) {
	for svc, excs := range map[*awsmodel.Service]map[string]func() error{
		awsmodel.RAM:             ramExceptions,
		awsmodel.WellArchitected: wellarchitectedExceptions,
		awsmodel.AuditManager:    auditmanagerExceptions,
		awsmodel.Organizations:   organizationsExceptions,
	} {
		for code, mk := range excs {
			status, ok := svc.Errors[code]
			if !assert.True(t, ok, "%s exception %s is not in the model", svc.ID, code) {
				continue
			}
			exc := mk()
			if e, ok := exc.(interface{ ErrorCode() string }); assert.True(t, ok) {
				assert.Equal(t, code, e.ErrorCode(), "%s %T", svc.ID, exc)
			}
			if e, ok := exc.(interface{ HTTPStatusCode() int }); assert.True(t, ok, "%s %s has no HTTPStatusCode", svc.ID, code) {
				assert.Equal(t, status, e.HTTPStatusCode(), "%s %s", svc.ID, code)
			}
		}
	}
}

func TestEscapeLabel(t *testing.T) {
	assert.Equal(t, "arn%3Aaws%3Awellarchitected%3Aus-east-1%3A111122223333%3Areview-template%2Fab_c.d~e",
		escapeLabel("arn:aws:wellarchitected:us-east-1:111122223333:review-template/ab_c.d~e"))
	assert.Equal(t, "a%20b%2B%25", escapeLabel("a b+%"))
}
