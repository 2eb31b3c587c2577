package amtest

import (
	"encoding/base64"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/share"
)

func testShareAccepted(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	s, r := h.Client(sender, region), h.Client(recipient, region2)
	f := createFramework(t, s, "Payments")
	t0 := h.Now(t)

	req := start(t, s, *f.Id, recipient, region2)
	assert.Regexp(t, uuidRE, *req.Id)
	assert.Equal(t, types.ShareRequestStatusActive, req.Status)
	assert.Equal(t, *f.Id, *req.FrameworkId)
	assert.Equal(t, "Payments", *req.FrameworkName)
	assert.Equal(t, "The Payments framework", *req.FrameworkDescription)
	assert.Equal(t, "Internal", *req.ComplianceType)
	assert.Equal(t, sender, *req.SourceAccount)
	assert.Equal(t, recipient, *req.DestinationAccount)
	assert.Equal(t, region2, *req.DestinationRegion)
	assert.Equal(t, "please review", *req.Comment)
	assert.Equal(t, int32(1), *req.StandardControlsCount)
	assert.Equal(t, int32(2), *req.CustomControlsCount, "distinct custom controls")
	assert.True(t, t0.Equal(*req.CreationTime))
	assert.True(t, t0.Equal(*req.LastUpdated))
	assert.True(t, t0.Add(120*day).Equal(*req.ExpirationTime), "expires after 120 days")

	// Both sides see it; nobody else does.
	assert.Equal(t, types.ShareRequestStatusActive, statusOf(t, s, sent, *req.Id))
	got := find(t, r, received, *req.Id)
	require.NotNil(t, got)
	assert.Equal(t, req, *got)
	assert.Empty(t, list(t, h.Client(recipient, region), received), "received only in the destination region")
	assert.Empty(t, list(t, s, received))
	assert.Empty(t, list(t, r, sent))

	// The last 30 days are EXPIRING, on both sides.
	h.Advance(t, 90*day-time.Second)
	assert.Equal(t, types.ShareRequestStatusActive, statusOf(t, r, received, *req.Id))
	h.Advance(t, time.Second)
	assert.Equal(t, types.ShareRequestStatusExpiring, statusOf(t, s, sent, *req.Id))
	exp := find(t, r, received, *req.Id)
	assert.Equal(t, types.ShareRequestStatusExpiring, exp.Status)
	assert.True(t, t0.Add(90*day).Equal(*exp.LastUpdated), "a lazy transition is stamped with its due time")

	// Accept: REPLICATING, then SHARED with an independent copy.
	h.Advance(t, day)
	acc, err := update(r, *req.Id, received, accept)
	require.NoError(t, err)
	assert.Equal(t, types.ShareRequestStatusReplicating, acc.Status)
	assert.True(t, h.Now(t).Equal(*acc.LastUpdated))
	assert.Equal(t, types.ShareRequestStatusShared, statusOf(t, r, received, *req.Id))
	assert.Equal(t, types.ShareRequestStatusShared, statusOf(t, s, sent, *req.Id))

	copies := customFrameworks(t, r)
	require.Len(t, copies, 1)
	cp := copies[0]
	assert.NotEqual(t, *f.Id, *cp.Id, "the copy has a new ID")
	assert.Equal(t, "Payments", *cp.Name)
	assert.Equal(t, "arn:aws:auditmanager:"+region2+":"+recipient+":assessmentFramework/"+*cp.Id, *cp.Arn)
	full, err := r.GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: cp.Id})
	require.NoError(t, err)
	fw := full.Framework
	assert.Equal(t, sender, *fw.CreatedBy)
	assert.Nil(t, fw.Tags, "tags are not replicated")
	require.Len(t, fw.ControlSets, 2)
	assert.Equal(t, "Access", *fw.ControlSets[0].Id)
	assert.Equal(t, "Logging", *fw.ControlSets[1].Name)
	ctlA, ctlB, std := fw.ControlSets[0].Controls[0], fw.ControlSets[0].Controls[1], fw.ControlSets[0].Controls[2]
	assert.NotEqual(t, *f.ControlSets[0].Controls[0].Id, *ctlA.Id, "custom controls are copied to new IDs")
	assert.Equal(t, "Payments control A", *ctlA.Name)
	assert.Equal(t, *ctlA.Id, *fw.ControlSets[1].Controls[0].Id, "one control used twice is copied once")
	assert.Equal(t, *f.ControlSets[0].Controls[2].Id, *std.Id, "standard controls keep their IDs")
	assert.Len(t, customControls(t, r), 2, "copied controls join the recipient's library")
	full2, err := r.GetControl(ctx, &auditmanager.GetControlInput{ControlId: ctlB.Id})
	require.NoError(t, err)
	assert.Equal(t, "arn:aws:auditmanager:"+region2+":"+recipient+":control/"+*ctlB.Id, *full2.Control.Arn)
	require.Len(t, full2.Control.ControlMappingSources, 1)
	assert.Equal(t, "Manual evidence", *full2.Control.ControlMappingSources[0].SourceName)
	assert.Equal(t, types.ControlTypeCustom, full2.Control.Type)
	assert.Nil(t, full2.Control.Tags, "control tags are not replicated either")
	origB, err := s.GetControl(ctx, &auditmanager.GetControlInput{ControlId: f.ControlSets[0].Controls[1].Id})
	require.NoError(t, err)
	assert.NotEqual(t, *origB.Control.ControlMappingSources[0].SourceId, *full2.Control.ControlMappingSources[0].SourceId,
		"copied controls get new source IDs")
	assert.True(t, h.Now(t).Equal(*fw.CreatedAt), "the copy is created when the accept settles")
	assert.True(t, h.Now(t).Equal(*fw.LastUpdatedAt))

	// Edits to the original do not reach the copy.
	_, err = s.UpdateControl(ctx, &auditmanager.UpdateControlInput{
		ControlId: origB.Control.Id, Name: p("renamed by the sender"),
		ControlMappingSources: origB.Control.ControlMappingSources,
	})
	require.NoError(t, err)
	_, err = s.UpdateAssessmentFramework(ctx, &auditmanager.UpdateAssessmentFrameworkInput{
		FrameworkId: f.Id, Name: p("Payments v2"),
		ControlSets: []types.UpdateAssessmentFrameworkControlSet{{Name: p("Only"), Controls: controls(*std.Id)}},
	})
	require.NoError(t, err)
	full, err = r.GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: cp.Id})
	require.NoError(t, err)
	assert.Equal(t, *fw, *full.Framework, "the copy is independent of the original")

	// The sender can no longer revoke; deleting either view keeps the copy.
	_, err = update(s, *req.Id, sent, revoke)
	wantValidation(t, err, "You can only revoke a share request with a status of ACTIVE or EXPIRING.")
	_, err = update(r, *req.Id, received, accept)
	wantValidation(t, err, "You can only accept or decline a share request with a status of ACTIVE or EXPIRING.")
	require.NoError(t, del(s, *req.Id, sent))
	assert.Nil(t, find(t, s, sent, *req.Id))
	assert.Equal(t, types.ShareRequestStatusShared, statusOf(t, r, received, *req.Id), "the other side's view remains")
	_, err = s.DeleteAssessmentFramework(ctx, &auditmanager.DeleteAssessmentFrameworkInput{FrameworkId: f.Id})
	require.NoError(t, err)
	require.NoError(t, del(r, *req.Id, received))
	assert.Empty(t, list(t, r, received))
	assert.Len(t, customFrameworks(t, r), 1, "the copy outlives the request and the original")
	wantNotFound(t, del(r, *req.Id, received), "ASSESSMENT_FRAMEWORK_SHARE_REQUEST", *req.Id)
	_, err = r.DeleteAssessmentFramework(ctx, &auditmanager.DeleteAssessmentFrameworkInput{FrameworkId: cp.Id})
	require.NoError(t, err)
	assert.Len(t, customControls(t, r), 2, "deleting the copy leaves its copied controls")
}

func testShareExpires(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	s, r := h.Client(sender, region), h.Client(recipient, region)
	f := createFramework(t, s, "Old")
	req := start(t, s, *f.Id, recipient, region)
	wantValidation(t, del(s, *req.Id, sent), "You can't delete a share request with a status of ACTIVE.")
	h.Advance(t, 100*day)
	wantValidation(t, del(r, *req.Id, received), "You can't delete a share request with a status of EXPIRING.")
	h.Advance(t, 20*day)
	for _, v := range []struct {
		c    API
		side types.ShareRequestType
	}{{s, sent}, {r, received}} {
		got := find(t, v.c, v.side, *req.Id)
		require.NotNil(t, got)
		assert.Equal(t, types.ShareRequestStatusExpired, got.Status)
		assert.True(t, req.ExpirationTime.Equal(*got.LastUpdated), "stamped with the expiry")
	}
	_, err := update(r, *req.Id, received, accept)
	wantValidation(t, err, "You can only accept or decline a share request with a status of ACTIVE or EXPIRING.")
	_, err = update(s, *req.Id, sent, revoke)
	wantValidation(t, err, "You can only revoke a share request with a status of ACTIVE or EXPIRING.")
	assert.Empty(t, customFrameworks(t, r))
	require.NoError(t, del(r, *req.Id, received))
	require.NoError(t, del(s, *req.Id, sent))
	assert.Empty(t, list(t, s, sent))
}

func testDeclineAndRevoke(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	s, r := h.Client(sender, region), h.Client(recipient, region)
	f := createFramework(t, s, "F")
	one := start(t, s, *f.Id, recipient, region)
	out, err := update(r, *one.Id, received, decline)
	require.NoError(t, err)
	assert.Equal(t, types.ShareRequestStatusDeclined, out.Status)
	assert.Equal(t, types.ShareRequestStatusDeclined, statusOf(t, s, sent, *one.Id))
	_, err = update(s, *one.Id, sent, revoke)
	wantValidation(t, err, "You can only revoke a share request with a status of ACTIVE or EXPIRING.")

	two := start(t, s, *f.Id, recipient, region)
	assert.NotEqual(t, *one.Id, *two.Id, "sending after a decline makes a new request")
	out, err = update(s, *two.Id, sent, revoke)
	require.NoError(t, err)
	assert.Equal(t, types.ShareRequestStatusRevoked, out.Status)
	assert.Equal(t, types.ShareRequestStatusRevoked, statusOf(t, r, received, *two.Id))
	_, err = update(r, *two.Id, received, accept)
	wantValidation(t, err, "You can only accept or decline a share request with a status of ACTIVE or EXPIRING.")
	assert.Empty(t, customFrameworks(t, r))
	require.NoError(t, del(r, *two.Id, received))
	require.NoError(t, del(s, *one.Id, sent))
}

func testSidesAndViews(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	s, r := h.Client(sender, region), h.Client(recipient, region)
	f := createFramework(t, s, "F")
	req := start(t, s, *f.Id, recipient, region)

	_, err := update(s, *req.Id, sent, accept)
	wantValidation(t, err, "The action ACCEPT isn't valid for a SENT share request.")
	_, err = update(s, *req.Id, sent, decline)
	wantValidation(t, err, "The action DECLINE isn't valid for a SENT share request.")
	_, err = update(r, *req.Id, received, revoke)
	wantValidation(t, err, "The action REVOKE isn't valid for a RECEIVED share request.")
	_, err = update(s, *req.Id, received, accept)
	wantNotFound(t, err, "ASSESSMENT_FRAMEWORK_SHARE_REQUEST", *req.Id)
	_, err = update(r, *req.Id, sent, revoke)
	wantNotFound(t, err, "ASSESSMENT_FRAMEWORK_SHARE_REQUEST", *req.Id)
	_, err = update(h.Client(third, region), *req.Id, received, accept)
	wantNotFound(t, err, "ASSESSMENT_FRAMEWORK_SHARE_REQUEST", *req.Id)
	_, err = update(h.Client(recipient, region2), *req.Id, received, accept)
	wantNotFound(t, err, "ASSESSMENT_FRAMEWORK_SHARE_REQUEST", *req.Id)
	_, err = update(r, *req.Id, received, "MAYBE")
	wantValidation(t, err, "1 validation error detected: Value 'MAYBE' at 'action' failed to satisfy constraint: Member must satisfy enum value set: [ACCEPT, DECLINE, REVOKE]")
	_, err = r.DeleteAssessmentFrameworkShare(ctx, &auditmanager.DeleteAssessmentFrameworkShareInput{RequestId: req.Id})
	wantValidation(t, err, "1 validation error detected: Value 'null' at 'requestType' failed to satisfy constraint: Member must not be null")
	assert.Equal(t, types.ShareRequestStatusActive, statusOf(t, r, received, *req.Id), "refused calls change nothing")
}

func testReplicationDelay(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{PropagationDelay: time.Minute})
	s, r := h.Client(sender, region), h.Client(recipient, region)
	f := createFramework(t, s, "F")
	req := start(t, s, *f.Id, recipient, region)
	h.Advance(t, time.Minute)
	_, err := update(r, *req.Id, received, accept)
	require.NoError(t, err)
	accepted := h.Now(t)
	h.Advance(t, 30*time.Second)
	assert.Equal(t, types.ShareRequestStatusReplicating, statusOf(t, s, sent, *req.Id))
	assert.Empty(t, customFrameworks(t, r), "no copy while replicating")
	_, err = s.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
		FrameworkId: f.Id, DestinationAccount: p(recipient), DestinationRegion: p(region),
	})
	wantValidation(t, err, "The share request "+*req.Id+" is being replicated. Try again later.")
	wantValidation(t, del(r, *req.Id, received), "You can't delete a share request with a status of REPLICATING.")
	_, err = update(s, *req.Id, sent, revoke)
	wantValidation(t, err, "You can only revoke a share request with a status of ACTIVE or EXPIRING.")
	h.Advance(t, 30*time.Second)
	got := find(t, r, received, *req.Id)
	assert.Equal(t, types.ShareRequestStatusShared, got.Status)
	assert.True(t, accepted.Add(time.Minute).Equal(*got.LastUpdated), "settles at accept + delay")
	assert.Len(t, customFrameworks(t, r), 1)
}

func testResend(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	s, r := h.Client(sender, region), h.Client(recipient, region)
	f := createFramework(t, s, "F")
	first := start(t, s, *f.Id, recipient, region)
	h.Advance(t, 100*day)
	assert.Equal(t, types.ShareRequestStatusExpiring, statusOf(t, r, received, *first.Id))

	_, err := s.UpdateAssessmentFramework(ctx, &auditmanager.UpdateAssessmentFrameworkInput{
		FrameworkId: f.Id, Name: p("F renamed"), Description: p("new"),
		ControlSets: []types.UpdateAssessmentFrameworkControlSet{{Name: p("Only"), Controls: controls(*f.ControlSets[0].Controls[2].Id)}},
	})
	require.NoError(t, err)
	assert.Equal(t, "F", *find(t, r, received, *first.Id).FrameworkName, "a pending request keeps its snapshot")

	out, err := s.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
		FrameworkId: f.Id, DestinationAccount: p(recipient), DestinationRegion: p(region),
	})
	require.NoError(t, err)
	again := out.AssessmentFrameworkShareRequest
	assert.Equal(t, *first.Id, *again.Id, "a resend updates the same request")
	assert.Equal(t, types.ShareRequestStatusActive, again.Status)
	assert.True(t, h.Now(t).Add(120*day).Equal(*again.ExpirationTime), "a fresh 120 days")
	assert.True(t, first.CreationTime.Equal(*again.CreationTime))
	assert.True(t, h.Now(t).Equal(*again.LastUpdated))
	assert.Equal(t, "F renamed", *again.FrameworkName, "a resend refreshes the snapshot")
	assert.Equal(t, int32(0), *again.CustomControlsCount)
	assert.Equal(t, "please review", *again.Comment, "the comment is kept when none is given")
	assert.Len(t, list(t, s, sent), 1)
	h.Advance(t, time.Hour)
	out, err = s.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
		FrameworkId: f.Id, DestinationAccount: p(recipient), DestinationRegion: p(region), Comment: p("second look"),
	})
	require.NoError(t, err)
	assert.Equal(t, *first.Id, *out.AssessmentFrameworkShareRequest.Id)
	assert.Equal(t, "second look", *find(t, r, received, *first.Id).Comment, "a given comment replaces the old one")

	// Accept, then resend a SHARED request: ACTIVE again, and a second accept
	// makes a second copy.
	_, err = update(r, *first.Id, received, accept)
	require.NoError(t, err)
	require.NoError(t, del(r, *first.Id, received))
	third := start(t, s, *f.Id, recipient, region)
	assert.Equal(t, *first.Id, *third.Id)
	assert.Equal(t, types.ShareRequestStatusActive, third.Status)
	assert.Equal(t, types.ShareRequestStatusActive, statusOf(t, r, received, *first.Id), "the resend reaches the recipient again")
	_, err = update(r, *first.Id, received, accept)
	require.NoError(t, err)
	assert.Len(t, customFrameworks(t, r), 2, "re-accepting makes another copy")

	// To another region of the sender's own account: a separate request.
	own := start(t, s, *f.Id, sender, region2)
	assert.NotEqual(t, *first.Id, *own.Id)
	assert.Equal(t, types.ShareRequestStatusActive, statusOf(t, h.Client(sender, region2), received, *own.Id))
}

func testFailedUnregistered(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{AuditManager: share.AMOptions{RequireRegistration: true}})
	s, r := h.Client(sender, region), h.Client(recipient, region)
	_, err := s.RegisterAccount(ctx, nil)
	require.NoError(t, err)
	f := createFramework(t, s, "F")
	req := start(t, s, *f.Id, recipient, region)
	assert.Equal(t, types.ShareRequestStatusActive, req.Status, "the send answers ACTIVE")
	got := find(t, s, sent, *req.Id)
	assert.Equal(t, types.ShareRequestStatusFailed, got.Status, "and fails once the send settles")

	_, err = r.RegisterAccount(ctx, nil)
	require.NoError(t, err)
	assert.Empty(t, list(t, r, received), "a FAILED request never reaches the recipient")
	_, err = update(r, *req.Id, received, accept)
	wantNotFound(t, err, "ASSESSMENT_FRAMEWORK_SHARE_REQUEST", *req.Id)
	_, err = update(s, *req.Id, sent, revoke)
	wantValidation(t, err, "You can only revoke a share request with a status of ACTIVE or EXPIRING.")

	again := start(t, s, *f.Id, recipient, region)
	assert.NotEqual(t, *req.Id, *again.Id, "sending after FAILED makes a new request")
	assert.Equal(t, types.ShareRequestStatusActive, statusOf(t, r, received, *again.Id))
	require.NoError(t, del(s, *req.Id, sent))
}

func testFailedManagement(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	s := h.Client(sender, region)
	h.CreateOrganization(t, recipient)
	f := createFramework(t, s, "F")
	req := start(t, s, *f.Id, recipient, region)
	assert.Equal(t, types.ShareRequestStatusFailed, statusOf(t, s, sent, *req.Id))
	assert.Empty(t, list(t, h.Client(recipient, region), received))
	member := "444444444444"
	_, root3 := h.CreateOrganization(t, "555555555555")
	h.Admit(t, "555555555555", member, root3)
	ok := start(t, s, *f.Id, member, region)
	assert.Equal(t, types.ShareRequestStatusActive, statusOf(t, s, sent, *ok.Id), "members can receive")
}

func testStartValidation(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{AuditManager: share.AMOptions{RequireRegistration: true}})
	s := h.Client(sender, region)
	_, err := s.RegisterAccount(ctx, nil)
	require.NoError(t, err)
	f := createFramework(t, s, "F")
	st := func(id, acct, reg string, comment *string) error {
		_, err := s.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
			FrameworkId: p(id), DestinationAccount: p(acct), DestinationRegion: p(reg), Comment: comment,
		})
		return err
	}
	wantValidation(t, st(*f.Id, "12345678901a", region, nil),
		"1 validation error detected: Value '12345678901a' at 'destinationAccount' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9]{12}$")
	wantValidation(t, st(*f.Id, recipient, "us-gov-west-1", nil),
		"1 validation error detected: Value 'us-gov-west-1' at 'destinationRegion' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z]{2}-[a-z]+-[0-9]{1}$")
	wantValidation(t, st(*f.Id, recipient, region, p(strings.Repeat("x", 501))),
		"1 validation error detected: Value '"+strings.Repeat("x", 501)+"' at 'comment' failed to satisfy constraint: Member must have length less than or equal to 500")
	_, err = s.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{FrameworkId: f.Id, DestinationRegion: p(region)})
	wantValidation(t, err, "1 validation error detected: Value 'null' at 'destinationAccount' failed to satisfy constraint: Member must not be null")
	wantValidation(t, st(*f.Id, recipient, "sa-east-1", nil), "sa-east-1 is not a supported Audit Manager Region.")
	wantValidation(t, st(*f.Id, sender, region, nil), "You can't share a framework with your own account in the same Region.")
	missing := "00000000-0000-4000-8000-000000000000"
	wantNotFound(t, st(missing, recipient, region, nil), "ASSESSMENT_FRAMEWORK", missing)
	_, err = h.Client(sender, region2).RegisterAccount(ctx, nil)
	require.NoError(t, err)
	theirs := createFramework(t, h.Client(sender, region2), "elsewhere")
	wantNotFound(t, st(*theirs.Id, recipient, region, nil), "ASSESSMENT_FRAMEWORK", *theirs.Id)
	require.NoError(t, st(*f.Id, recipient, region, p(strings.Repeat("x", 500))))
	assert.Len(t, list(t, s, sent), 1, "failed calls create nothing")
}

var tokenRE = regexp.MustCompile(`^[A-Za-z0-9+\/=]*$`)

func testPagination(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	s := h.Client(sender, region)
	f := createFramework(t, s, "F")
	var ids []string
	for i := range 5 {
		req := start(t, s, *f.Id, "99999999999"+string(rune('0'+i)), region)
		ids = append(ids, *req.Id)
		h.Advance(t, time.Second)
	}
	var got []string
	in := &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: sent, MaxResults: p(int32(2))}
	pages := 0
	for {
		out, err := s.ListAssessmentFrameworkShareRequests(ctx, in)
		require.NoError(t, err)
		pages++
		for _, r := range out.AssessmentFrameworkShareRequests {
			got = append(got, *r.Id)
		}
		if out.NextToken == nil {
			break
		}
		assert.Regexp(t, tokenRE, *out.NextToken, "tokens are standard base64")
		_, err = base64.StdEncoding.DecodeString(*out.NextToken)
		assert.NoError(t, err)
		_, err = s.ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: received, NextToken: out.NextToken})
		wantValidation(t, err, "The nextToken is not valid.")
		_, err = h.Client(recipient, region).ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: sent, NextToken: out.NextToken})
		wantValidation(t, err, "The nextToken is not valid.")
		in.NextToken = out.NextToken
	}
	assert.Equal(t, ids, got, "every request once, by creation")
	assert.Equal(t, 3, pages)

	_, err := s.ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: sent, MaxResults: p(int32(0))})
	wantValidation(t, err, "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1")
	_, err = s.ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: sent, MaxResults: p(int32(1001))})
	wantValidation(t, err, "1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000")
	_, err = s.ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: sent, NextToken: p("bm90IGEgdG9rZW4=")})
	wantValidation(t, err, "The nextToken is not valid.")
	_, err = s.ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: sent, NextToken: p("not_base64!")})
	wantValidation(t, err, "1 validation error detected: Value 'not_base64!' at 'nextToken' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[A-Za-z0-9+\\/=]*$")
	_, err = s.ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: "BOTH"})
	wantValidation(t, err, "1 validation error detected: Value 'BOTH' at 'requestType' failed to satisfy constraint: Member must satisfy enum value set: [SENT, RECEIVED]")

	// A token from one listing is refused by another.
	ctls, err := s.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeStandard, MaxResults: p(int32(1))})
	require.NoError(t, err)
	require.NotNil(t, ctls.NextToken)
	_, err = s.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeCustom, NextToken: ctls.NextToken})
	wantValidation(t, err, "The nextToken is not valid.")
	_, err = s.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeCore, NextToken: ctls.NextToken})
	wantValidation(t, err, "The nextToken is not valid.")
	_, err = s.ListAssessmentFrameworks(ctx, &auditmanager.ListAssessmentFrameworksInput{FrameworkType: types.FrameworkTypeStandard, NextToken: ctls.NextToken})
	wantValidation(t, err, "The nextToken is not valid.")

	fw, err := s.ListAssessmentFrameworks(ctx, &auditmanager.ListAssessmentFrameworksInput{FrameworkType: types.FrameworkTypeStandard, MaxResults: p(int32(3))})
	require.NoError(t, err)
	require.NotNil(t, fw.NextToken)
	rest, err := s.ListAssessmentFrameworks(ctx, &auditmanager.ListAssessmentFrameworksInput{FrameworkType: types.FrameworkTypeStandard, NextToken: fw.NextToken})
	require.NoError(t, err)
	assert.Len(t, rest.FrameworkMetadataList, 1)
	assert.Nil(t, rest.NextToken, "the last page has no token")
}

// testDefaultPageSize checks that a listing without maxResults returns pages
// of 1000.
func testDefaultPageSize(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{AuditManager: share.AMOptions{MaxCustomControls: 1001}})
	c := h.Client(sender, region)
	for i := range 1001 {
		_, err := c.CreateControl(ctx, &auditmanager.CreateControlInput{
			Name: p(fmt.Sprint("control ", i)), ControlMappingSources: []types.CreateControlMappingSource{manualSource()},
		})
		require.NoError(t, err)
	}
	first, err := c.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeCustom})
	require.NoError(t, err)
	assert.Len(t, first.ControlMetadataList, 1000)
	require.NotNil(t, first.NextToken)
	rest, err := c.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeCustom, NextToken: first.NextToken})
	require.NoError(t, err)
	assert.Len(t, rest.ControlMetadataList, 1)
	assert.Nil(t, rest.NextToken)
}

func testQuotas(t *testing.T, mk HarnessMaker) {
	t.Run("active recipients", func(t *testing.T) {
		h := mk(t, &share.Options{AuditManager: share.AMOptions{MaxActiveShareRecipients: 2}})
		s := h.Client(sender, region)
		f := createFramework(t, s, "F")
		g := createFramework(t, s, "G")
		a := start(t, s, *f.Id, recipient, region)
		start(t, s, *f.Id, third, region)
		gReq := start(t, s, *g.Id, recipient, region) // not a new recipient
		_, err := s.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
			FrameworkId: f.Id, DestinationAccount: p("444444444444"), DestinationRegion: p(region),
		})
		wantErr(t, err, "ServiceQuotaExceededException", 402, msgQuota)
		start(t, s, *f.Id, recipient, region) // a resend is fine
		_, err = update(s, *a.Id, sent, revoke)
		require.NoError(t, err)
		_, err = s.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
			FrameworkId: f.Id, DestinationAccount: p("444444444444"), DestinationRegion: p(region),
		})
		wantErr(t, err, "ServiceQuotaExceededException", 402, msgQuota) // G is still open to the recipient
		_, err = update(h.Client(recipient, region), *gReq.Id, received, decline)
		require.NoError(t, err)
		start(t, s, *f.Id, "444444444444", region) // a recipient with only finished requests no longer counts
		h.Advance(t, 120*day)
		start(t, s, *f.Id, "555555555555", region) // nor does one whose requests expired
	})
	t.Run("a request deleted from both views stops counting", func(t *testing.T) {
		h := mk(t, &share.Options{AuditManager: share.AMOptions{MaxActiveShareRecipients: 1}})
		s, r := h.Client(sender, region), h.Client(recipient, region)
		f := createFramework(t, s, "F")
		req := start(t, s, *f.Id, recipient, region)
		_, err := update(r, *req.Id, received, accept)
		require.NoError(t, err)
		h.Advance(t, time.Minute)
		require.Equal(t, types.ShareRequestStatusShared, statusOf(t, s, sent, *req.Id))
		toThird := func() error {
			_, err := s.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
				FrameworkId: f.Id, DestinationAccount: p(third), DestinationRegion: p(region),
			})
			return err
		}
		require.NoError(t, del(s, *req.Id, sent))
		wantErr(t, toThird(), "ServiceQuotaExceededException", 402, msgQuota) // still SHARED in the recipient's view
		require.NoError(t, del(r, *req.Id, received))
		require.NoError(t, toThird(), "a request gone from both views no longer exists, nor counts")
	})
	t.Run("accept counts the copy", func(t *testing.T) {
		h := mk(t, &share.Options{AuditManager: share.AMOptions{MaxCustomFrameworks: 1}})
		s, r := h.Client(sender, region), h.Client(recipient, region)
		f := createFramework(t, s, "F")
		createFramework(t, r, "Mine")
		req := start(t, s, *f.Id, recipient, region)
		_, err := update(r, *req.Id, received, accept)
		wantErr(t, err, "ServiceQuotaExceededException", 402, msgQuota)
		assert.Equal(t, types.ShareRequestStatusActive, statusOf(t, r, received, *req.Id))
		mine := customFrameworks(t, r)
		_, err = r.DeleteAssessmentFramework(ctx, &auditmanager.DeleteAssessmentFrameworkInput{FrameworkId: mine[0].Id})
		require.NoError(t, err)
		_, err = update(r, *req.Id, received, accept)
		require.NoError(t, err)
		assert.Len(t, customFrameworks(t, r), 1)
		_, err = r.CreateAssessmentFramework(ctx, &auditmanager.CreateAssessmentFrameworkInput{
			Name: p("more"), ControlSets: []types.CreateAssessmentFrameworkControlSet{{Name: p("s"), Controls: controls(standardControlIDs(t, r)[0])}},
		})
		wantErr(t, err, "ServiceQuotaExceededException", 402, msgQuota)
	})
	t.Run("custom controls", func(t *testing.T) {
		h := mk(t, &share.Options{AuditManager: share.AMOptions{MaxCustomControls: 2}})
		s, r := h.Client(sender, region), h.Client(recipient, region)
		f := createFramework(t, s, "F") // two custom controls
		_, err := s.CreateControl(ctx, &auditmanager.CreateControlInput{
			Name: p("third"), ControlMappingSources: []types.CreateControlMappingSource{manualSource()},
		})
		wantErr(t, err, "ServiceQuotaExceededException", 402, msgQuota)
		createControl(t, r, "one of the recipient's")
		req := start(t, s, *f.Id, recipient, region)
		_, err = update(r, *req.Id, received, accept)
		wantErr(t, err, "ServiceQuotaExceededException", 402, msgQuota)
	})
}

func testThrottling(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{AuditManager: share.AMOptions{Throttle: func(op string, c share.Caller) bool {
		return op == "ListAssessmentFrameworkShareRequests" && c.Account == recipient
	}}})
	_, err := h.Client(recipient, region).ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: received})
	wantErr(t, err, "ThrottlingException", 429, "Rate exceeded.")
	assert.Empty(t, list(t, h.Client(sender, region), sent))

	all := mk(t, &share.Options{AuditManager: share.AMOptions{Throttle: func(string, share.Caller) bool { return true }}})
	c := all.Client(sender, region)
	_, err = c.RegisterAccount(ctx, nil)
	wantErr(t, err, "ThrottlingException", 429, "Rate exceeded.")
	_, err = c.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeStandard})
	wantErr(t, err, "ThrottlingException", 429, "Rate exceeded.")
	out, err := c.GetAccountStatus(ctx, nil)
	require.NoError(t, err, "GetAccountStatus never fails")
	assert.Equal(t, types.AccountStatusActive, out.Status)
}

func testReplicationFails(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{PropagationDelay: time.Minute})
	s, r := h.Client(sender, region), h.Client(recipient, region)
	f := createFramework(t, s, "F")
	req := start(t, s, *f.Id, recipient, region)
	h.Advance(t, time.Minute)
	_, err := update(r, *req.Id, received, accept)
	require.NoError(t, err)
	_, err = r.DeregisterAccount(ctx, nil)
	require.NoError(t, err)
	h.Advance(t, time.Minute)
	assert.Equal(t, types.ShareRequestStatusFailed, statusOf(t, s, sent, *req.Id), "replication fails for a recipient that left")
	_, err = r.RegisterAccount(ctx, nil)
	require.NoError(t, err)
	assert.Empty(t, customFrameworks(t, r), "no copy")
	assert.Nil(t, find(t, r, received, *req.Id), "a FAILED request is not received")
	require.NoError(t, del(s, *req.Id, sent))
}

func testAcceptAfterOriginalDeleted(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	s, r := h.Client(sender, region), h.Client(recipient, region)
	f := createFramework(t, s, "Gone soon")
	req := start(t, s, *f.Id, recipient, region)
	for _, set := range f.ControlSets {
		for _, c := range set.Controls {
			if c.Type == types.ControlTypeCustom {
				_, _ = s.DeleteControl(ctx, &auditmanager.DeleteControlInput{ControlId: c.Id})
			}
		}
	}
	_, err := s.DeleteAssessmentFramework(ctx, &auditmanager.DeleteAssessmentFrameworkInput{FrameworkId: f.Id})
	require.NoError(t, err)
	assert.Equal(t, types.ShareRequestStatusActive, statusOf(t, r, received, *req.Id), "deleting the original leaves the request")
	_, err = update(r, *req.Id, received, accept)
	require.NoError(t, err)
	copies := customFrameworks(t, r)
	require.Len(t, copies, 1, "the copy is made from the snapshot")
	assert.Equal(t, "Gone soon", *copies[0].Name)
	assert.Equal(t, int32(4), copies[0].ControlsCount)
	assert.Len(t, customControls(t, r), 2, "the snapshot kept the custom controls")
	_, err = s.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
		FrameworkId: f.Id, DestinationAccount: p(recipient), DestinationRegion: p(region),
	})
	wantNotFound(t, err, "ASSESSMENT_FRAMEWORK", *f.Id)
}

// testSendCheckDelay checks that the send check settles at creation plus the
// propagation delay, stamped with that time, and runs again on a resend.
func testSendCheckDelay(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{PropagationDelay: time.Minute, AuditManager: share.AMOptions{RequireRegistration: true}})
	s, r := h.Client(sender, region), h.Client(recipient, region)
	for _, c := range []API{s, r} {
		_, err := c.RegisterAccount(ctx, nil)
		require.NoError(t, err)
	}
	f := createFramework(t, s, "F")

	// Delivered: the request is still ACTIVE after the check; accept it.
	ok := start(t, s, *f.Id, recipient, region)
	h.Advance(t, time.Minute)
	assert.Equal(t, types.ShareRequestStatusActive, statusOf(t, s, sent, *ok.Id))
	_, err := update(r, *ok.Id, received, accept)
	require.NoError(t, err)
	h.Advance(t, time.Minute)
	assert.Equal(t, types.ShareRequestStatusShared, statusOf(t, r, received, *ok.Id))

	// Not delivered: ACTIVE until the check settles, then FAILED at T0+D.
	other := "444444444444"
	bad := start(t, s, *f.Id, other, region)
	h.Advance(t, 30*time.Second)
	assert.Equal(t, types.ShareRequestStatusActive, statusOf(t, s, sent, *bad.Id))
	h.Advance(t, 30*time.Second)
	got := find(t, s, sent, *bad.Id)
	require.NotNil(t, got)
	assert.Equal(t, types.ShareRequestStatusFailed, got.Status)
	assert.True(t, bad.CreationTime.Add(time.Minute).Equal(*got.LastUpdated), "stamped when the check settled")

	// A resend of the SHARED request checks again: the recipient has left.
	_, err = r.DeregisterAccount(ctx, nil)
	require.NoError(t, err)
	again := start(t, s, *f.Id, recipient, region)
	assert.Equal(t, *ok.Id, *again.Id)
	assert.Equal(t, types.ShareRequestStatusActive, again.Status)
	h.Advance(t, time.Minute)
	assert.Equal(t, types.ShareRequestStatusFailed, statusOf(t, s, sent, *ok.Id), "the resend's send check fails")
}
