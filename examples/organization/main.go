// Command organization tells the story every sharing scenario starts from: a
// management account creates an organization, invites two accounts, places
// them in an OU, turns on trusted access for RAM, and an external account
// stays outside. It prints what each account sees.
//
//	go run ./examples/organization
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
	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/organizations/types"
	"github.com/sharesim/sharesim/share"
)

const (
	management = "111111111111"
	dev        = "222222222222"
	prod       = "333333333333"
	external   = "444444444444"
)

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(out io.Writer) error {
	ctx := context.Background()
	start := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	w := sharesim.New(&sharesim.Options{Clock: clock.NewFake(start), IDs: share.SeededIDs(42)})
	mgmt := w.Organizations(management)

	org, err := mgmt.CreateOrganization(ctx, &organizations.CreateOrganizationInput{FeatureSet: types.OrganizationFeatureSetAll})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%s created organization %s (feature set %s)\n", management, *org.Organization.Id, org.Organization.FeatureSet)

	roots, err := mgmt.ListRoots(ctx, nil)
	if err != nil {
		return err
	}
	root := *roots.Roots[0].Id
	ou, err := mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{ParentId: &root, Name: new("workloads")})
	if err != nil {
		return err
	}
	ouID := *ou.OrganizationalUnit.Id
	fmt.Fprintf(out, "created OU %q %s under root %s\n", "workloads", ouID, root)

	for _, acct := range []string{dev, prod} {
		hs, err := mgmt.InviteAccountToOrganization(ctx, &organizations.InviteAccountToOrganizationInput{
			Target: &types.HandshakeParty{Id: new(acct), Type: types.HandshakePartyTypeAccount}})
		if err != nil {
			return err
		}
		if _, err := w.Organizations(acct).AcceptHandshake(ctx, &organizations.AcceptHandshakeInput{HandshakeId: hs.Handshake.Id}); err != nil {
			return err
		}
		if _, err := mgmt.MoveAccount(ctx, &organizations.MoveAccountInput{AccountId: new(acct), SourceParentId: &root, DestinationParentId: &ouID}); err != nil {
			return err
		}
		fmt.Fprintf(out, "%s accepted the invitation and moved into %s\n", acct, ouID)
	}

	if _, err := mgmt.EnableAWSServiceAccess(ctx, &organizations.EnableAWSServiceAccessInput{ServicePrincipal: new("ram.amazonaws.com")}); err != nil {
		return err
	}
	fmt.Fprintln(out, "trusted access enabled for ram.amazonaws.com")

	accounts, err := mgmt.ListAccounts(ctx, nil)
	if err != nil {
		return err
	}
	fmt.Fprintln(out, "\nmembers, as the management account lists them:")
	for _, a := range accounts.Accounts {
		fmt.Fprintf(out, "  %s  %-8s  %s\n", *a.Id, a.JoinedMethod, a.Paths[0])
	}

	fmt.Fprintln(out, "\nwhat each account sees of its organization:")
	for _, acct := range []string{management, dev, prod, external} {
		o, err := w.Organizations(acct).DescribeOrganization(ctx, nil)
		var notInUse *types.AWSOrganizationsNotInUseException
		switch {
		case errors.As(err, &notInUse):
			fmt.Fprintf(out, "  %s  %s: %s\n", acct, notInUse.ErrorCode(), notInUse.ErrorMessage())
		case err != nil:
			return err
		default:
			fmt.Fprintf(out, "  %s  member of %s, managed by %s\n", acct, *o.Organization.Id, *o.Organization.MasterAccountId)
		}
	}

	_, err = w.Organizations(dev).ListAccounts(ctx, nil)
	var denied *types.AccessDeniedException
	if errors.As(err, &denied) {
		fmt.Fprintf(out, "\n%s may not list accounts: %s (HTTP %d)\n", dev, denied.ErrorCode(), denied.HTTPStatusCode())
	}
	return nil
}
