package auditmanager_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

const (
	senderAcct    = "111111111111"
	recipientAcct = "222222222222"
	managerAcct   = "999999999999"
	usEast1       = "us-east-1"
	day           = 24 * time.Hour
	delay         = time.Minute
)

var bg = context.Background()

func p[T any](v T) *T { return &v }

// tableWorld is a sender with one framework and a recipient, with a
// propagation delay so that REPLICATING can be observed.
type tableWorld struct {
	w         sharetest.StoreWorld
	s, r      *auditmanager.Client
	framework string
}

func newTableWorld(t *testing.T) *tableWorld {
	store, clk := sharetest.NewStore(&share.Options{PropagationDelay: delay})
	tw := &tableWorld{
		w: sharetest.StoreWorld{Store: store, Clock: clk},
		s: auditmanager.New(store, senderAcct, usEast1),
	}
	ctl, err := tw.s.CreateControl(bg, &auditmanager.CreateControlInput{
		Name: p("C"), ControlMappingSources: []types.CreateControlMappingSource{{
			SourceName: p("Manual"), SourceSetUpOption: types.SourceSetUpOptionProceduralControlsMapping, SourceType: types.SourceTypeManual,
		}},
	})
	require.NoError(t, err)
	fw, err := tw.s.CreateAssessmentFramework(bg, &auditmanager.CreateAssessmentFrameworkInput{
		Name: p("F"), ControlSets: []types.CreateAssessmentFrameworkControlSet{{
			Name: p("S"), Controls: []types.CreateAssessmentFrameworkControl{{Id: ctl.Control.Id}},
		}},
	})
	require.NoError(t, err)
	tw.framework = *fw.Framework.Id
	return tw
}

// arrange sends a request and drives it into status, returning its ID.
func (tw *tableWorld) arrange(t *testing.T, status types.ShareRequestStatus) string {
	dest := recipientAcct
	if status == types.ShareRequestStatusFailed {
		tw.w.CreateOrganization(t, managerAcct)
		dest = managerAcct
	}
	tw.r = auditmanager.New(tw.w.Store, dest, usEast1)
	out, err := tw.s.StartAssessmentFrameworkShare(bg, &auditmanager.StartAssessmentFrameworkShareInput{
		FrameworkId: &tw.framework, DestinationAccount: &dest, DestinationRegion: p(usEast1),
	})
	require.NoError(t, err)
	id := *out.AssessmentFrameworkShareRequest.Id
	tw.w.Advance(t, delay) // the send settles
	act := func(c *auditmanager.Client, side types.ShareRequestType, a types.ShareRequestAction) {
		_, err := c.UpdateAssessmentFrameworkShare(bg, &auditmanager.UpdateAssessmentFrameworkShareInput{RequestId: &id, RequestType: side, Action: a})
		require.NoError(t, err)
	}
	switch status {
	case types.ShareRequestStatusExpiring:
		tw.w.Advance(t, 91*day)
	case types.ShareRequestStatusExpired:
		tw.w.Advance(t, 121*day)
	case types.ShareRequestStatusReplicating:
		act(tw.r, types.ShareRequestTypeReceived, types.ShareRequestActionAccept)
	case types.ShareRequestStatusShared:
		act(tw.r, types.ShareRequestTypeReceived, types.ShareRequestActionAccept)
		tw.w.Advance(t, delay)
	case types.ShareRequestStatusDeclined:
		act(tw.r, types.ShareRequestTypeReceived, types.ShareRequestActionDecline)
	case types.ShareRequestStatusRevoked:
		act(tw.s, types.ShareRequestTypeSent, types.ShareRequestActionRevoke)
	}
	require.Equal(t, status, tw.status(t, tw.s, types.ShareRequestTypeSent, id), "arranging %s", status)
	return id
}

// status is the request's status in a view, or "" when it is not there.
func (tw *tableWorld) status(t *testing.T, c *auditmanager.Client, side types.ShareRequestType, id string) types.ShareRequestStatus {
	out, err := c.ListAssessmentFrameworkShareRequests(bg, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: side})
	require.NoError(t, err)
	for _, r := range out.AssessmentFrameworkShareRequests {
		if *r.Id == id {
			return r.Status
		}
	}
	return ""
}

// The events of the table: an action from a side, a delete from a side, a
// resend, or the clock passing the expiry.
const (
	acceptReceived  = "ACCEPT as RECEIVED"
	declineReceived = "DECLINE as RECEIVED"
	revokeReceived  = "REVOKE as RECEIVED"
	acceptSent      = "ACCEPT as SENT"
	declineSent     = "DECLINE as SENT"
	revokeSent      = "REVOKE as SENT"
	deleteSent      = "DELETE as SENT"
	deleteReceived  = "DELETE as RECEIVED"
	resend          = "RESEND"
	clock121d       = "CLOCK +121d"
)

var events = []string{acceptReceived, declineReceived, revokeReceived, acceptSent, declineSent, revokeSent, deleteSent, deleteReceived, resend, clock121d}

// outcome is what an event leads to: the status the sender then sees (""
// when the event removed the caller's view, newRequest when a resend made a
// new request), or the error message.
type outcome struct {
	to  types.ShareRequestStatus
	err string
}

const (
	gone       types.ShareRequestStatus = "(view removed)"
	newRequest types.ShareRequestStatus = "(new request, old one unchanged)"
	notFound                            = "(not in the caller's view)"

	errWrongSentAccept  = "The action ACCEPT isn't valid for a SENT share request."
	errWrongSentDecline = "The action DECLINE isn't valid for a SENT share request."
	errWrongReceived    = "The action REVOKE isn't valid for a RECEIVED share request."
	errNotAnswerable    = "You can only accept or decline a share request with a status of ACTIVE or EXPIRING."
	errNotRevocable     = "You can only revoke a share request with a status of ACTIVE or EXPIRING."
	errReplicating      = "The share request %s is being replicated. Try again later."
)

func to(s types.ShareRequestStatus) outcome { return outcome{to: s} }
func fails(msg string) outcome              { return outcome{err: msg} }
func blocked(s types.ShareRequestStatus) outcome {
	return fails("You can't delete a share request with a status of " + string(s) + ".")
}

const (
	active      = types.ShareRequestStatusActive
	expiring    = types.ShareRequestStatusExpiring
	replicating = types.ShareRequestStatusReplicating
	shared      = types.ShareRequestStatusShared
	declined    = types.ShareRequestStatusDeclined
	revoked     = types.ShareRequestStatusRevoked
	expired     = types.ShareRequestStatusExpired
	failed      = types.ShareRequestStatusFailed
)

// TestShareRequestTransitionTable drives a request into every status and
// applies every event from every side: the exhaustive (status, action,
// side, time) table of the share-request machine.
func TestShareRequestTransitionTable(t *testing.T) {
	table := map[types.ShareRequestStatus]map[string]outcome{
		active: {
			acceptReceived: to(replicating), declineReceived: to(declined), revokeReceived: fails(errWrongReceived),
			acceptSent: fails(errWrongSentAccept), declineSent: fails(errWrongSentDecline), revokeSent: to(revoked),
			deleteSent: blocked(active), deleteReceived: blocked(active), resend: to(active), clock121d: to(expired),
		},
		expiring: {
			acceptReceived: to(replicating), declineReceived: to(declined), revokeReceived: fails(errWrongReceived),
			acceptSent: fails(errWrongSentAccept), declineSent: fails(errWrongSentDecline), revokeSent: to(revoked),
			deleteSent: blocked(expiring), deleteReceived: blocked(expiring), resend: to(active), clock121d: to(expired),
		},
		replicating: {
			acceptReceived: fails(errNotAnswerable), declineReceived: fails(errNotAnswerable), revokeReceived: fails(errWrongReceived),
			acceptSent: fails(errWrongSentAccept), declineSent: fails(errWrongSentDecline), revokeSent: fails(errNotRevocable),
			deleteSent: blocked(replicating), deleteReceived: blocked(replicating), resend: fails(errReplicating), clock121d: to(shared),
		},
		shared: {
			acceptReceived: fails(errNotAnswerable), declineReceived: fails(errNotAnswerable), revokeReceived: fails(errWrongReceived),
			acceptSent: fails(errWrongSentAccept), declineSent: fails(errWrongSentDecline), revokeSent: fails(errNotRevocable),
			deleteSent: to(gone), deleteReceived: to(gone), resend: to(active), clock121d: to(shared),
		},
		declined: {
			acceptReceived: fails(errNotAnswerable), declineReceived: fails(errNotAnswerable), revokeReceived: fails(errWrongReceived),
			acceptSent: fails(errWrongSentAccept), declineSent: fails(errWrongSentDecline), revokeSent: fails(errNotRevocable),
			deleteSent: to(gone), deleteReceived: to(gone), resend: to(newRequest), clock121d: to(declined),
		},
		revoked: {
			acceptReceived: fails(errNotAnswerable), declineReceived: fails(errNotAnswerable), revokeReceived: fails(errWrongReceived),
			acceptSent: fails(errWrongSentAccept), declineSent: fails(errWrongSentDecline), revokeSent: fails(errNotRevocable),
			deleteSent: to(gone), deleteReceived: to(gone), resend: to(newRequest), clock121d: to(revoked),
		},
		expired: {
			acceptReceived: fails(errNotAnswerable), declineReceived: fails(errNotAnswerable), revokeReceived: fails(errWrongReceived),
			acceptSent: fails(errWrongSentAccept), declineSent: fails(errWrongSentDecline), revokeSent: fails(errNotRevocable),
			deleteSent: to(gone), deleteReceived: to(gone), resend: to(newRequest), clock121d: to(expired),
		},
		failed: { // the recipient never sees a FAILED request
			acceptReceived: fails(notFound), declineReceived: fails(notFound), revokeReceived: fails(notFound),
			acceptSent: fails(errWrongSentAccept), declineSent: fails(errWrongSentDecline), revokeSent: fails(errNotRevocable),
			deleteSent: to(gone), deleteReceived: fails(notFound), resend: to(newRequest), clock121d: to(failed),
		},
	}
	require.Len(t, table, len(types.ShareRequestStatus("").Values()), "the table covers every status")
	for _, from := range types.ShareRequestStatus("").Values() {
		require.Len(t, table[from], len(events), "row %s covers every event", from)
		for _, ev := range events {
			want := table[from][ev]
			t.Run(fmt.Sprintf("%s/%s", from, ev), func(t *testing.T) {
				tw := newTableWorld(t)
				id := tw.arrange(t, from)
				err := tw.apply(t, ev, id)
				if want.err != "" {
					msg := want.err
					if want.err == errReplicating {
						msg = fmt.Sprintf(errReplicating, id)
					}
					if want.err == notFound {
						msg = "The ASSESSMENT_FRAMEWORK_SHARE_REQUEST " + id + " can't be found."
					}
					var ae interface {
						ErrorMessage() string
						HTTPStatusCode() int
					}
					require.True(t, errors.As(err, &ae), "want an API error, got %v", err)
					assert.Equal(t, msg, ae.ErrorMessage())
					assert.Equal(t, from, tw.status(t, tw.s, types.ShareRequestTypeSent, id), "a refused event changes nothing")
					return
				}
				require.NoError(t, err)
				switch want.to {
				case gone:
					side, other, otherSide := types.ShareRequestTypeSent, tw.r, types.ShareRequestTypeReceived
					c := tw.s
					if ev == deleteReceived {
						c, side, other, otherSide = tw.r, types.ShareRequestTypeReceived, tw.s, types.ShareRequestTypeSent
					}
					assert.Equal(t, types.ShareRequestStatus(""), tw.status(t, c, side, id), "the caller's view is gone")
					if from != failed {
						assert.Equal(t, from, tw.status(t, other, otherSide, id), "the other view remains")
					}
				case newRequest:
					out, err := tw.s.ListAssessmentFrameworkShareRequests(bg, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: types.ShareRequestTypeSent})
					require.NoError(t, err)
					require.Len(t, out.AssessmentFrameworkShareRequests, 2)
					assert.Equal(t, from, tw.status(t, tw.s, types.ShareRequestTypeSent, id), "the old request is unchanged")
				default:
					assert.Equal(t, want.to, tw.status(t, tw.s, types.ShareRequestTypeSent, id), "the sender's view")
					if from != failed {
						assert.Equal(t, want.to, tw.status(t, tw.r, types.ShareRequestTypeReceived, id), "the recipient's view")
					}
				}
			})
		}
	}
}

func (tw *tableWorld) apply(t *testing.T, ev, id string) error {
	upd := func(c *auditmanager.Client, side types.ShareRequestType, a types.ShareRequestAction) error {
		_, err := c.UpdateAssessmentFrameworkShare(bg, &auditmanager.UpdateAssessmentFrameworkShareInput{RequestId: &id, RequestType: side, Action: a})
		return err
	}
	del := func(c *auditmanager.Client, side types.ShareRequestType) error {
		_, err := c.DeleteAssessmentFrameworkShare(bg, &auditmanager.DeleteAssessmentFrameworkShareInput{RequestId: &id, RequestType: side})
		return err
	}
	switch ev {
	case acceptReceived:
		return upd(tw.r, types.ShareRequestTypeReceived, types.ShareRequestActionAccept)
	case declineReceived:
		return upd(tw.r, types.ShareRequestTypeReceived, types.ShareRequestActionDecline)
	case revokeReceived:
		return upd(tw.r, types.ShareRequestTypeReceived, types.ShareRequestActionRevoke)
	case acceptSent:
		return upd(tw.s, types.ShareRequestTypeSent, types.ShareRequestActionAccept)
	case declineSent:
		return upd(tw.s, types.ShareRequestTypeSent, types.ShareRequestActionDecline)
	case revokeSent:
		return upd(tw.s, types.ShareRequestTypeSent, types.ShareRequestActionRevoke)
	case deleteSent:
		return del(tw.s, types.ShareRequestTypeSent)
	case deleteReceived:
		return del(tw.r, types.ShareRequestTypeReceived)
	case resend:
		dest := *tw.destination()
		_, err := tw.s.StartAssessmentFrameworkShare(bg, &auditmanager.StartAssessmentFrameworkShareInput{
			FrameworkId: &tw.framework, DestinationAccount: &dest, DestinationRegion: p(usEast1),
		})
		return err
	case clock121d:
		tw.w.Advance(t, 121*day)
		return nil
	}
	return fmt.Errorf("unknown event %q", ev)
}

func (tw *tableWorld) destination() *string {
	out, _ := tw.s.ListAssessmentFrameworkShareRequests(bg, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: types.ShareRequestTypeSent})
	return out.AssessmentFrameworkShareRequests[0].DestinationAccount
}
