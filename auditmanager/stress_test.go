package auditmanager_test

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// TestConcurrentSharing runs senders, recipients and the clock at once (run
// it with -race). Afterwards each recipient holds exactly one copy per
// SHARED request, and every refused call was a state-rule ValidationException.
func TestConcurrentSharing(t *testing.T) {
	const senders, recipients, rounds = 6, 4, 30
	store, clk := sharetest.NewStore(&share.Options{PropagationDelay: time.Hour})
	var wg, sending sync.WaitGroup
	sendersDone := make(chan struct{})
	errs := make(chan error, 1024)
	refused := func(err error) {
		var ae interface{ ErrorCode() string }
		if err != nil && (!errors.As(err, &ae) || ae.ErrorCode() != "ValidationException") {
			select {
			case errs <- err:
			default:
			}
		}
	}
	for i := range senders {
		sending.Go(func() {
			s := auditmanager.New(store, fmt.Sprintf("1000000000%02d", i), usEast1)
			ctl, err := s.CreateControl(bg, &auditmanager.CreateControlInput{
				Name: p("C"), ControlMappingSources: []types.CreateControlMappingSource{{
					SourceName: p("M"), SourceSetUpOption: types.SourceSetUpOptionProceduralControlsMapping, SourceType: types.SourceTypeManual,
				}},
			})
			if err != nil {
				errs <- err
				return
			}
			for round := range rounds {
				fw, err := s.CreateAssessmentFramework(bg, &auditmanager.CreateAssessmentFrameworkInput{
					Name: p(fmt.Sprintf("F%d", round)), ControlSets: []types.CreateAssessmentFrameworkControlSet{{
						Name: p("S"), Controls: []types.CreateAssessmentFrameworkControl{{Id: ctl.Control.Id}},
					}},
				})
				if err != nil {
					errs <- err
					return
				}
				for r := range recipients {
					_, err := s.StartAssessmentFrameworkShare(bg, &auditmanager.StartAssessmentFrameworkShareInput{
						FrameworkId: fw.Framework.Id, DestinationAccount: p(fmt.Sprintf("2000000000%02d", r)), DestinationRegion: p(usEast1),
					})
					refused(err)
				}
				out, err := s.ListAssessmentFrameworkShareRequests(bg, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: types.ShareRequestTypeSent})
				refused(err)
				if err == nil && len(out.AssessmentFrameworkShareRequests) > 0 && round%5 == 0 {
					_, err = s.UpdateAssessmentFrameworkShare(bg, &auditmanager.UpdateAssessmentFrameworkShareInput{
						RequestId: out.AssessmentFrameworkShareRequests[0].Id, RequestType: types.ShareRequestTypeSent, Action: types.ShareRequestActionRevoke,
					})
					refused(err)
				}
			}
		})
	}
	go func() { sending.Wait(); close(sendersDone) }()
	for r := range recipients {
		wg.Go(func() {
			c := auditmanager.New(store, fmt.Sprintf("2000000000%02d", r), usEast1)
			// Answer until the senders are done, then once more.
			for n, last := 0, false; !last; n++ {
				select {
				case <-sendersDone:
					last = true
				default:
				}
				out, err := c.ListAssessmentFrameworkShareRequests(bg, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: types.ShareRequestTypeReceived, MaxResults: p(int32(20))})
				refused(err)
				if err != nil {
					continue
				}
				for i, req := range out.AssessmentFrameworkShareRequests {
					action := types.ShareRequestActionAccept
					if (i+n)%3 == 0 {
						action = types.ShareRequestActionDecline
					}
					_, err := c.UpdateAssessmentFrameworkShare(bg, &auditmanager.UpdateAssessmentFrameworkShareInput{RequestId: req.Id, RequestType: types.ShareRequestTypeReceived, Action: action})
					refused(err)
				}
			}
		})
	}
	wg.Go(func() {
		for range rounds {
			clk.Advance(3 * 24 * time.Hour)
			store.Settle()
		}
	})
	wg.Wait()
	sending.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("unexpected error: %v", err)
	}

	clk.Advance(time.Hour) // let every replication settle
	total := 0
	for r := range recipients {
		c := auditmanager.New(store, fmt.Sprintf("2000000000%02d", r), usEast1)
		out, err := c.ListAssessmentFrameworkShareRequests(bg, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: types.ShareRequestTypeReceived})
		require.NoError(t, err)
		shared := 0
		for _, req := range out.AssessmentFrameworkShareRequests {
			assert.Contains(t, types.ShareRequestStatus("").Values(), req.Status)
			assert.NotEqual(t, types.ShareRequestStatusReplicating, req.Status, "everything settled")
			if req.Status == types.ShareRequestStatusShared {
				shared++
			}
		}
		fws, err := c.ListAssessmentFrameworks(bg, &auditmanager.ListAssessmentFrameworksInput{FrameworkType: types.FrameworkTypeCustom})
		require.NoError(t, err)
		assert.Len(t, fws.FrameworkMetadataList, shared, "one copy per SHARED request for recipient %d", r)
		total += shared
	}
	assert.Positive(t, total, "the run shared something")
}
