// Command ram-cross-account tells, step by step, how AWS Resource Access
// Manager shares resources across accounts, run against sharesim in memory:
// sharing inside an organization (no invitation), with an external account
// (invitation, accept, both views), a rejection, an expiry after seven days
// on a fake clock, an account joining an OU that was already shared with,
// a disassociation, a customer-managed permission with two versions, and a
// deletion followed by the purge two hours later.
//
//	go run ./examples/ram-cross-account
package main

import (
	"context"
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/types"
	"github.com/sharesim/sharesim/share"
)

const (
	management = "111111111111" // owns the resources and the organization
	member     = "444444444444" // a member of the organization
	newcomer   = "666666666666" // joins the organization later
	partner    = "222222222222" // an external account that accepts
	skeptic    = "333333333333" // an external account that rejects
	sleeper    = "555555555555" // an external account that never answers
	region     = "us-east-1"
)

var ctx = context.Background()

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		log.Fatal(err)
	}
	return v
}

func p[T any](v T) *T { return &v }

func step(format string, args ...any) { fmt.Printf("\n== "+format+"\n", args...) }

func say(format string, args ...any) { fmt.Printf("   "+format+"\n", args...) }

func run() error {
	start := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	w := sharesim.New(&sharesim.Options{Clock: clock.NewFake(start), IDs: share.SeededIDs(7)})
	owner := w.RAM(management, region)

	step("The management account builds its organization and turns on RAM sharing")
	org := must(w.Store().CreateOrganization(management, share.FeatureSetAll))
	roots, _ := must2(w.Store().ListRoots(management, share.PageRequest{Limit: 1}))
	root := roots[0].ID
	ou := must(w.Store().CreateOrganizationalUnit(management, root, "workloads"))
	must(w.Store().AdmitAccount(management, member))
	must(owner.EnableSharingWithAwsOrganization(ctx, nil))
	say("organization %s, OU %s (%s), member %s", org.ID, ou.ID, ou.Name, member)

	step("Sharing a subnet with a member: no invitation, access at once")
	subnet := "arn:aws:ec2:us-east-1:111111111111:subnet/subnet-0abc"
	internal := must(owner.CreateResourceShare(ctx, &ram.CreateResourceShareInput{
		Name: p("shared-subnets"), ResourceArns: []string{subnet}, Principals: []string{member},
	})).ResourceShare
	say("owner created %s: %s", *internal.Name, internal.Status)
	invs := must(w.RAM(member, region).GetResourceShareInvitations(ctx, nil)).ResourceShareInvitations
	say("member's invitations: %d", len(invs))
	say("member sees: %v", resourcesOf(w.RAM(member, region)))

	step("Sharing a transit gateway with external accounts: invitations")
	tgw := "arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-0def"
	external := must(owner.CreateResourceShare(ctx, &ram.CreateResourceShareInput{
		Name: p("transit"), ResourceArns: []string{tgw}, Principals: []string{partner, skeptic, sleeper},
	})).ResourceShare
	for _, a := range principalsOf(owner, *external.ResourceShareArn) {
		say("owner sees %s %s (external=%v)", *a.AssociatedEntity, a.Status, *a.External)
	}
	say("partner sees before accepting: %v", resourcesOf(w.RAM(partner, region)))

	step("The partner accepts; both sides see the share")
	pc := w.RAM(partner, region)
	inv := must(pc.GetResourceShareInvitations(ctx, nil)).ResourceShareInvitations[0]
	say("partner's invitation from %s: %s", *inv.SenderAccountId, inv.Status)
	acc := must(pc.AcceptResourceShareInvitation(ctx, &ram.AcceptResourceShareInvitationInput{ResourceShareInvitationArn: inv.ResourceShareInvitationArn}))
	say("accepted: %s", acc.ResourceShareInvitation.Status)
	say("partner sees: %v", resourcesOf(pc))
	for _, pr := range must(pc.ListPrincipals(ctx, &ram.ListPrincipalsInput{ResourceOwner: types.ResourceOwnerOtherAccounts})).Principals {
		say("partner's view of who shares with it: %s (external=%v)", *pr.Id, *pr.External)
	}
	for _, pr := range must(owner.ListPrincipals(ctx, &ram.ListPrincipalsInput{ResourceOwner: types.ResourceOwnerSelf})).Principals {
		say("owner's view of its principals: %s in %s", *pr.Id, shortARN(*pr.ResourceShareArn))
	}

	step("The skeptic rejects")
	sc := w.RAM(skeptic, region)
	sinv := must(sc.GetResourceShareInvitations(ctx, nil)).ResourceShareInvitations[0]
	must(sc.RejectResourceShareInvitation(ctx, &ram.RejectResourceShareInvitationInput{ResourceShareInvitationArn: sinv.ResourceShareInvitationArn}))
	a := principalsOf(owner, *external.ResourceShareArn)[skeptic]
	say("owner sees %s %s: %s", skeptic, a.Status, *a.StatusMessage)

	step("Seven days pass; the sleeper's invitation expires")
	w.Advance(7 * 24 * time.Hour)
	zc := w.RAM(sleeper, region)
	zinv := must(zc.GetResourceShareInvitations(ctx, nil)).ResourceShareInvitations[0]
	say("sleeper's invitation: %s", zinv.Status)
	_, err := zc.AcceptResourceShareInvitation(ctx, &ram.AcceptResourceShareInvitationInput{ResourceShareInvitationArn: zinv.ResourceShareInvitationArn})
	var ae interface{ ErrorCode() string }
	if asErr(err, &ae) {
		say("accepting now fails: %s", ae.ErrorCode())
	}
	a = principalsOf(owner, *external.ResourceShareArn)[sleeper]
	say("owner sees %s %s: %s", sleeper, a.Status, *a.StatusMessage)

	step("Sharing with an OU reaches accounts that join it later")
	ouARN := "arn:aws:organizations::" + management + ":ou/" + org.ID + "/" + ou.ID
	must(owner.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: internal.ResourceShareArn, Principals: []string{ouARN}}))
	nc := w.RAM(newcomer, region)
	say("newcomer sees before joining: %v", resourcesOf(nc))
	must(w.Store().AdmitAccount(management, newcomer))
	must0(w.Store().MoveAccount(management, newcomer, root, ou.ID))
	say("newcomer sees after joining %s: %v", ou.Name, resourcesOf(nc))

	step("GetResourcePolicies: the policy RAM keeps for the subnet")
	pol := must(owner.GetResourcePolicies(ctx, &ram.GetResourcePoliciesInput{ResourceArns: []string{subnet}}))
	say("%s", pol.Policies[0])

	step("Disassociating the member ends its direct access")
	out := must(owner.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: internal.ResourceShareArn, Principals: []string{member}}))
	say("disassociate returns %s; the next read shows %s", out.ResourceShareAssociations[0].Status, principalsOf(owner, *internal.ResourceShareArn)[member].Status)
	say("member sees: %v", resourcesOf(w.RAM(member, region)))

	step("A customer-managed permission: the partner may read build projects, not start builds")
	readOnly := must(owner.CreatePermission(ctx, &ram.CreatePermissionInput{
		Name: p("ReadBuildProjects"), ResourceType: p("codebuild:Project"),
		PolicyTemplate: p(`{"Effect":"Allow","Action":["codebuild:BatchGetProjects"],"Condition":{"Bool":{"aws:SecureTransport":"true"}}}`),
	})).Permission
	say("owner created %s version %s (%s)", *readOnly.Name, *readOnly.Version, readOnly.PermissionType)
	project := "arn:aws:codebuild:us-east-1:111111111111:project/app"
	must(owner.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: external.ResourceShareArn, ResourceArns: []string{project}}))
	must(owner.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: external.ResourceShareArn, PermissionArn: readOnly.Arn, Replace: p(true)}))
	for _, perm := range must(pc.ListResourceSharePermissions(ctx, &ram.ListResourceSharePermissionsInput{ResourceShareArn: external.ResourceShareArn})).Permissions {
		say("partner sees permission %s v%s for %s", *perm.Name, *perm.Version, *perm.ResourceType)
	}
	pol = must(owner.GetResourcePolicies(ctx, &ram.GetResourcePoliciesInput{ResourceArns: []string{project}}))
	say("policy of the project: %s", pol.Policies[0])
	v2 := must(owner.CreatePermissionVersion(ctx, &ram.CreatePermissionVersionInput{PermissionArn: readOnly.Arn,
		PolicyTemplate: p(`{"Effect":"Allow","Action":["codebuild:BatchGetProjects","codebuild:StartBuild"]}`)})).Permission
	say("version %s is now the default; the share keeps %s", *v2.Version, sharePermissionVersion(owner, *external.ResourceShareArn, "codebuild:Project"))
	must(owner.ReplacePermissionAssociations(ctx, &ram.ReplacePermissionAssociationsInput{FromPermissionArn: readOnly.Arn, ToPermissionArn: readOnly.Arn}))
	say("after ReplacePermissionAssociations the share uses version %s", sharePermissionVersion(owner, *external.ResourceShareArn, "codebuild:Project"))
	_, err = owner.DeletePermission(ctx, &ram.DeletePermissionInput{PermissionArn: readOnly.Arn})
	if asErr(err, &ae) {
		say("deleting the permission while a share uses it: %s", ae.ErrorCode())
	}

	step("Deleting the transit share; it is purged two hours later")
	must(owner.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: external.ResourceShareArn}))
	say("owner sees it as %s; partner sees: %v", shareStatus(owner, *external.ResourceShareArn), resourcesOf(pc))
	w.Advance(2 * time.Hour)
	_, err = owner.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: types.ResourceOwnerSelf, ResourceShareArns: []string{*external.ResourceShareArn}})
	if asErr(err, &ae) {
		say("two hours later: %s", ae.ErrorCode())
	}
	return nil
}

func must2[A, B any](a A, b B, err error) (A, B) {
	if err != nil {
		log.Fatal(err)
	}
	return a, b
}

func must0(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

func asErr(err error, target *interface{ ErrorCode() string }) bool {
	e, ok := err.(interface{ ErrorCode() string })
	if ok {
		*target = e
	}
	return ok
}

func resourcesOf(c *ram.Client) []string {
	out := must(c.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: types.ResourceOwnerOtherAccounts}))
	names := []string{}
	for _, r := range out.Resources {
		names = append(names, *r.Type+" "+(*r.Arn)[strings.LastIndexByte(*r.Arn, '/')+1:])
	}
	return names
}

func principalsOf(c *ram.Client, shareARN string) map[string]types.ResourceShareAssociation {
	out := must(c.GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{
		AssociationType: types.ResourceShareAssociationTypePrincipal, ResourceShareArns: []string{shareARN}}))
	m := map[string]types.ResourceShareAssociation{}
	for _, a := range out.ResourceShareAssociations {
		m[*a.AssociatedEntity] = a
	}
	return m
}

func shareStatus(c *ram.Client, arn string) types.ResourceShareStatus {
	out := must(c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: types.ResourceOwnerSelf, ResourceShareArns: []string{arn}}))
	return out.ResourceShares[0].Status
}

func shortARN(arn string) string { return "…" + arn[len(arn)-8:] }

func sharePermissionVersion(c *ram.Client, shareARN, resourceType string) string {
	for _, perm := range must(c.ListResourceSharePermissions(ctx, &ram.ListResourceSharePermissionsInput{ResourceShareArn: &shareARN})).Permissions {
		if *perm.ResourceType == resourceType {
			return *perm.Version
		}
	}
	return "none"
}
