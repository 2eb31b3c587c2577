// Command auditmanager-framework-share tells, step by step, the story of an
// Audit Manager custom framework shared between two accounts in a sharesim
// world: controls and a framework are created, the framework is shared,
// the request turns EXPIRING as the clock moves, the recipient accepts it
// and finds its own copy, and a second request is left to expire.
//
//	go run ./examples/auditmanager-framework-share
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"time"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/share"
)

const (
	senderAccount    = "111111111111"
	recipientAccount = "222222222222"
	partnerAccount   = "333333333333"
	day              = 24 * time.Hour
)

func main() { run(os.Stdout) }

// run tells the story to out.
func run(out io.Writer) {
	ctx := context.Background()
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	w := sharesim.New(&sharesim.Options{Clock: clock.NewFake(start), IDs: share.SeededIDs(5)})
	sender := w.AuditManager(senderAccount, "us-east-1")
	recipient := w.AuditManager(recipientAccount, "eu-west-1")
	partner := w.AuditManager(partnerAccount, "us-east-1")
	say := func(format string, args ...any) {
		fmt.Fprintf(out, "[%s] %s\n", w.Clock().Now().Format("2006-01-02"), fmt.Sprintf(format, args...))
	}

	// 1. Controls and a framework.
	review := must(sender.CreateControl(ctx, &auditmanager.CreateControlInput{
		Name: str("Quarterly access review"), Description: str("Owners review who can reach card data."),
		ControlMappingSources: []types.CreateControlMappingSource{{
			SourceName: str("Signed review"), SourceType: types.SourceTypeManual,
			SourceSetUpOption: types.SourceSetUpOptionProceduralControlsMapping,
		}},
	})).Control
	trail := must(sender.CreateControl(ctx, &auditmanager.CreateControlInput{
		Name: str("CloudTrail is on"),
		ControlMappingSources: []types.CreateControlMappingSource{{
			SourceName: str("Trail status"), SourceType: types.SourceTypeAwsConfig,
			SourceSetUpOption: types.SourceSetUpOptionSystemControlsMapping,
			SourceKeyword: &types.SourceKeyword{
				KeywordInputType: types.KeywordInputTypeSelectFromList, KeywordValue: str("CLOUD_TRAIL_ENABLED"),
			},
		}},
	})).Control
	say("sender %s created controls %q and %q", senderAccount, *review.Name, *trail.Name)

	standard := must(sender.ListControls(ctx, &auditmanager.ListControlsInput{
		ControlType: types.ControlTypeStandard, MaxResults: i32(1),
	})).ControlMetadataList[0]
	fw := must(sender.CreateAssessmentFramework(ctx, &auditmanager.CreateAssessmentFrameworkInput{
		Name: str("Card payments"), Description: str("Our PCI-flavoured checklist"), ComplianceType: str("Internal"),
		ControlSets: []types.CreateAssessmentFrameworkControlSet{
			{Name: str("Access"), Controls: ids(*review.Id, *standard.Id)},
			{Name: str("Logging"), Controls: ids(*trail.Id)},
		},
	})).Framework
	say("sender created framework %q (%s) with %d control sets, built on its custom controls and the standard %q",
		*fw.Name, *fw.Id, len(fw.ControlSets), *standard.Name)

	// 2. Share it.
	req := must(sender.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
		FrameworkId: fw.Id, DestinationAccount: str(recipientAccount), DestinationRegion: str("eu-west-1"),
		Comment: str("Please adopt this for the EU team"),
	})).AssessmentFrameworkShareRequest
	say("sender shared it with %s in eu-west-1: request %s is %s, expires %s (%d custom, %d standard controls)",
		recipientAccount, *req.Id, req.Status, req.ExpirationTime.Format("2006-01-02"),
		*req.CustomControlsCount, *req.StandardControlsCount)
	say("recipient sees it as %s", receivedStatus(ctx, recipient, *req.Id))

	// 3. Time passes: the last 30 days of the 120 are EXPIRING.
	w.Advance(89 * day)
	say("89 days later the recipient still sees %s", receivedStatus(ctx, recipient, *req.Id))
	w.Advance(day)
	say("one more day: %s (30 days left)", receivedStatus(ctx, recipient, *req.Id))

	// 4. Accept: REPLICATING, then SHARED with a copy.
	acc := must(recipient.UpdateAssessmentFrameworkShare(ctx, &auditmanager.UpdateAssessmentFrameworkShareInput{
		RequestId: req.Id, RequestType: types.ShareRequestTypeReceived, Action: types.ShareRequestActionAccept,
	})).AssessmentFrameworkShareRequest
	say("recipient accepted: %s", acc.Status)
	say("the replication settles: the recipient now sees %s", receivedStatus(ctx, recipient, *req.Id))

	// 5. The copy.
	mine := must(recipient.ListAssessmentFrameworks(ctx, &auditmanager.ListAssessmentFrameworksInput{
		FrameworkType: types.FrameworkTypeCustom,
	})).FrameworkMetadataList
	cp := must(recipient.GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: mine[0].Id})).Framework
	say("recipient's custom frameworks: %q, id %s (the original is %s), created by %s", *cp.Name, *cp.Id, *fw.Id, *cp.CreatedBy)
	for _, set := range cp.ControlSets {
		for _, c := range set.Controls {
			say("  %-8s %-28s %-8s %s", *set.Name, *c.Name, c.Type, *c.Id)
		}
	}
	_, err := sender.UpdateAssessmentFrameworkShare(ctx, &auditmanager.UpdateAssessmentFrameworkShareInput{
		RequestId: req.Id, RequestType: types.ShareRequestTypeSent, Action: types.ShareRequestActionRevoke,
	})
	say("the sender tries to revoke: %s", describe(err))
	must(sender.DeleteAssessmentFramework(ctx, &auditmanager.DeleteAssessmentFrameworkInput{FrameworkId: fw.Id}))
	still := must(recipient.GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: cp.Id}))
	say("the sender deletes its original; the recipient's copy %q is still there", *still.Framework.Name)

	// 6. A second request nobody answers.
	other := must(sender.CreateAssessmentFramework(ctx, &auditmanager.CreateAssessmentFrameworkInput{
		Name:        str("Vendor onboarding"),
		ControlSets: []types.CreateAssessmentFrameworkControlSet{{Name: str("Due diligence"), Controls: ids(*review.Id)}},
	})).Framework
	second := must(sender.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
		FrameworkId: other.Id, DestinationAccount: str(partnerAccount), DestinationRegion: str("us-east-1"),
	})).AssessmentFrameworkShareRequest
	say("sender shares %q with %s: %s until %s", *other.Name, partnerAccount, second.Status, second.ExpirationTime.Format("2006-01-02"))
	w.Advance(120 * day)
	say("120 days pass unanswered: the partner sees %s", receivedStatus(ctx, partner, *second.Id))
	_, err = partner.UpdateAssessmentFrameworkShare(ctx, &auditmanager.UpdateAssessmentFrameworkShareInput{
		RequestId: second.Id, RequestType: types.ShareRequestTypeReceived, Action: types.ShareRequestActionAccept,
	})
	say("the partner tries to accept anyway: %s", describe(err))
	must(sender.DeleteAssessmentFrameworkShare(ctx, &auditmanager.DeleteAssessmentFrameworkShareInput{
		RequestId: second.Id, RequestType: types.ShareRequestTypeSent,
	}))
	sent := must(sender.ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{
		RequestType: types.ShareRequestTypeSent,
	})).AssessmentFrameworkShareRequests
	say("the sender clears the expired request from its list; %d sent request left (%s)", len(sent), sent[0].Status)
}

func receivedStatus(ctx context.Context, c *auditmanager.Client, id string) types.ShareRequestStatus {
	out := must(c.ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{
		RequestType: types.ShareRequestTypeReceived,
	}))
	for _, r := range out.AssessmentFrameworkShareRequests {
		if *r.Id == id {
			return r.Status
		}
	}
	return "(not listed)"
}

func describe(err error) string {
	var ae interface {
		ErrorCode() string
		ErrorMessage() string
		HTTPStatusCode() int
	}
	if errors.As(err, &ae) {
		return fmt.Sprintf("%s (HTTP %d): %s", ae.ErrorCode(), ae.HTTPStatusCode(), ae.ErrorMessage())
	}
	return fmt.Sprint(err)
}

func must[T any](v T, err error) T {
	if err != nil {
		log.Fatal(err)
	}
	return v
}

func str(s string) *string { return &s }
func i32(n int32) *int32   { return &n }

func ids(list ...string) []types.CreateAssessmentFrameworkControl {
	out := make([]types.CreateAssessmentFrameworkControl, len(list))
	for i := range list {
		out[i] = types.CreateAssessmentFrameworkControl{Id: &list[i]}
	}
	return out
}
