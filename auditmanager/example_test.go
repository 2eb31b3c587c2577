package auditmanager_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/clock"
)

// A sender shares a custom framework; the recipient accepts it and finds an
// independent copy in its own framework library.
func Example() {
	ctx := context.Background()
	w := sharesim.New(&sharesim.Options{Clock: clock.NewFake(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))})
	sender := w.AuditManager("111111111111", "us-east-1")
	recipient := w.AuditManager("222222222222", "eu-west-1")
	str := func(s string) *string { return &s }

	ctl, _ := sender.CreateControl(ctx, &auditmanager.CreateControlInput{
		Name: str("Quarterly access review"),
		ControlMappingSources: []types.CreateControlMappingSource{{
			SourceName: str("Manual evidence"), SourceType: types.SourceTypeManual,
			SourceSetUpOption: types.SourceSetUpOptionProceduralControlsMapping,
		}},
	})
	fw, _ := sender.CreateAssessmentFramework(ctx, &auditmanager.CreateAssessmentFrameworkInput{
		Name: str("Payments"),
		ControlSets: []types.CreateAssessmentFrameworkControlSet{{
			Name: str("Access"), Controls: []types.CreateAssessmentFrameworkControl{{Id: ctl.Control.Id}},
		}},
	})
	req, _ := sender.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
		FrameworkId: fw.Framework.Id, DestinationAccount: str("222222222222"), DestinationRegion: str("eu-west-1"),
	})
	fmt.Println("sent:", req.AssessmentFrameworkShareRequest.Status)

	w.Advance(100 * 24 * time.Hour)
	in, _ := recipient.ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{
		RequestType: types.ShareRequestTypeReceived,
	})
	fmt.Println("received after 100 days:", in.AssessmentFrameworkShareRequests[0].Status)

	acc, _ := recipient.UpdateAssessmentFrameworkShare(ctx, &auditmanager.UpdateAssessmentFrameworkShareInput{
		RequestId: req.AssessmentFrameworkShareRequest.Id, RequestType: types.ShareRequestTypeReceived,
		Action: types.ShareRequestActionAccept,
	})
	fmt.Println("accepted:", acc.AssessmentFrameworkShareRequest.Status)

	copies, _ := recipient.ListAssessmentFrameworks(ctx, &auditmanager.ListAssessmentFrameworksInput{FrameworkType: types.FrameworkTypeCustom})
	c := copies.FrameworkMetadataList[0]
	fmt.Println("copy:", *c.Name, "controls:", c.ControlsCount, "new id:", *c.Id != *fw.Framework.Id)

	_, err := sender.UpdateAssessmentFrameworkShare(ctx, &auditmanager.UpdateAssessmentFrameworkShareInput{
		RequestId: req.AssessmentFrameworkShareRequest.Id, RequestType: types.ShareRequestTypeSent,
		Action: types.ShareRequestActionRevoke,
	})
	var ae interface {
		ErrorCode() string
		HTTPStatusCode() int
	}
	if errors.As(err, &ae) {
		fmt.Println("revoke after sharing:", ae.ErrorCode(), ae.HTTPStatusCode())
	}
	// Output:
	// sent: ACTIVE
	// received after 100 days: EXPIRING
	// accepted: REPLICATING
	// copy: Payments controls: 1 new id: true
	// revoke after sharing: ValidationException 400
}
