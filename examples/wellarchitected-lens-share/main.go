// Command wellarchitected-lens-share tells a story with the Well-Architected
// Tool: an owner imports and publishes a custom lens, shares it with an
// account and with an organizational unit, the recipients see it, and an
// invitation nobody answers expires after seven days.
//
//	go run ./examples/wellarchitected-lens-share
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
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

const (
	owner     = "111111111111" // owns the lens; manages the organization
	reviewer  = "222222222222" // in the Reviewers OU
	finance   = "333333333333" // in the organization, outside the OU
	partner   = "444444444444" // outside the organization; accepts
	forgetful = "555555555555" // outside the organization; never answers
	region    = "us-east-1"
)

const lensJSON = `{"schemaVersion":"2021-11-01","name":"Data Retention","description":"Checks how long data is kept.",
 "pillars":[{"id":"retention","name":"Retention","questions":[{"id":"retention_policy","title":"Do you have a retention policy?",
   "choices":[{"id":"policy_yes","title":"Yes, enforced automatically","improvementPlan":{"displayText":"Automate retention."}},
              {"id":"policy_no","title":"None of these"}],
   "riskRules":[{"condition":"policy_yes","risk":"NO_RISK"},{"condition":"default","risk":"HIGH_RISK"}]}]}]}`

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func ptr[T any](v T) *T { return &v }

// run tells the story on w, writing the narration to out.
func run(out io.Writer) error {
	ctx := context.Background()
	say := func(format string, args ...any) { fmt.Fprintf(out, format+"\n", args...) }
	w := sharesim.New(&sharesim.Options{
		Clock: clock.NewFake(time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)),
		IDs:   share.SeededIDs(42),
		// Organization shares take a minute to settle from ASSOCIATING to ASSOCIATED.
		PropagationDelay: time.Minute,
	})
	wa := func(account string) *wellarchitected.Client { return w.WellArchitected(account, region) }

	// 1. The owner imports and publishes a custom lens.
	imp, err := wa(owner).ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: ptr(lensJSON)})
	if err != nil {
		return err
	}
	lens := *imp.LensArn
	say("owner imported a draft lens (%s)", imp.Status)
	_, err = wa(owner).CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: &lens, SharedWith: ptr(partner)})
	say("sharing the draft fails: %s", message(err))
	if _, err := wa(owner).CreateLensVersion(ctx, &wellarchitected.CreateLensVersionInput{LensAlias: &lens, LensVersion: ptr("1.0"), IsMajorVersion: ptr(true)}); err != nil {
		return err
	}
	say("owner published version 1.0")

	// 2. An organization: the reviewer sits in the Reviewers OU, finance at the root.
	store := w.Store()
	org, err := store.CreateOrganization(owner, share.FeatureSetAll)
	if err != nil {
		return err
	}
	roots, _, err := store.ListRoots(owner, share.PageRequest{Limit: 1})
	if err != nil {
		return err
	}
	ou, err := store.CreateOrganizationalUnit(owner, roots[0].ID, "Reviewers")
	if err != nil {
		return err
	}
	for _, a := range []string{reviewer, finance} {
		if _, err := store.AdmitAccount(owner, a); err != nil {
			return err
		}
	}
	if err := store.MoveAccount(owner, reviewer, roots[0].ID, ou.ID); err != nil {
		return err
	}
	say("organization %s: %s in OU Reviewers, %s at the root", org.ID, reviewer, finance)

	// 3. Sharing with an OU needs organization sharing, which only the
	// management account can turn on.
	_, err = wa(owner).CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: &lens, SharedWith: &ou.ID})
	say("sharing with the OU before enabling organization sharing: %s", message(err))
	_, err = wa(finance).UpdateGlobalSettings(ctx, &wellarchitected.UpdateGlobalSettingsInput{OrganizationSharingStatus: types.OrganizationSharingStatusEnabled})
	say("finance tries to enable it: %s", message(err))
	if _, err := wa(owner).UpdateGlobalSettings(ctx, &wellarchitected.UpdateGlobalSettingsInput{OrganizationSharingStatus: types.OrganizationSharingStatusEnabled}); err != nil {
		return err
	}
	say("owner enabled organization sharing")

	// 4. Share with the OU and with two outside accounts.
	for _, with := range []string{ou.ID, partner, forgetful} {
		if _, err := wa(owner).CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: &lens, SharedWith: ptr(with)}); err != nil {
			return err
		}
		w.Advance(time.Second)
	}
	say("owner shared the lens with %s, %s and %s", ou.ID, partner, forgetful)
	if err := listShares(ctx, say, wa(owner), lens); err != nil {
		return err
	}

	w.Advance(time.Minute)
	say("a minute later the OU share has settled:")
	if err := listShares(ctx, say, wa(owner), lens); err != nil {
		return err
	}
	inv, err := wa(reviewer).ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{})
	if err != nil {
		return err
	}
	say("reviewer has %d invitations: organization shares need none", len(inv.ShareInvitationSummaries))

	// 5. The partner accepts its invitation.
	inv, err = wa(partner).ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{})
	if err != nil {
		return err
	}
	for _, i := range inv.ShareInvitationSummaries {
		say("partner has an invitation from %s for lens %q (%s)", *i.SharedBy, *i.LensName, i.PermissionType)
		if _, err := wa(partner).UpdateShareInvitation(ctx, &wellarchitected.UpdateShareInvitationInput{
			ShareInvitationId: i.ShareInvitationId, ShareInvitationAction: types.ShareInvitationActionAccept,
		}); err != nil {
			return err
		}
		say("partner accepted")
	}

	// 6. Every side lists what it sees.
	for _, a := range []struct{ name, account string }{{"reviewer", reviewer}, {"finance", finance}, {"partner", partner}, {"forgetful", forgetful}} {
		l, err := wa(a.account).ListLenses(ctx, &wellarchitected.ListLensesInput{LensType: types.LensTypeCustomShared})
		if err != nil {
			return err
		}
		names := []string{}
		for _, s := range l.LensSummaries {
			names = append(names, fmt.Sprintf("%s %s", *s.LensName, *s.LensVersion))
		}
		say("%-9s sees shared lenses %v", a.name, names)
	}
	if err := listShares(ctx, say, wa(owner), lens); err != nil {
		return err
	}

	// 7. A week passes; the unanswered invitation expires.
	w.Advance(7 * 24 * time.Hour)
	say("seven days later...")
	pending, err := wa(forgetful).ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{})
	if err != nil {
		return err
	}
	say("forgetful has %d pending invitations", len(pending.ShareInvitationSummaries))
	if err := listShares(ctx, say, wa(owner), lens); err != nil {
		return err
	}
	return nil
}

func listShares(ctx context.Context, say func(string, ...any), c *wellarchitected.Client, lens string) error {
	out, err := c.ListLensShares(ctx, &wellarchitected.ListLensSharesInput{LensAlias: &lens})
	if err != nil {
		return err
	}
	for _, s := range out.LensShareSummaries {
		say("  owner's view: shared with %-28s %s", *s.SharedWith, s.Status)
	}
	return nil
}

// message renders an AWS error as code, HTTP status and message.
func message(err error) string {
	var ae interface {
		ErrorCode() string
		ErrorMessage() string
		HTTPStatusCode() int
	}
	if errors.As(err, &ae) {
		return fmt.Sprintf("%s (%d) %s", ae.ErrorCode(), ae.HTTPStatusCode(), ae.ErrorMessage())
	}
	return fmt.Sprint(err)
}
