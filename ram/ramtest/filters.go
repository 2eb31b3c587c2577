package ramtest

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/types"
)

func init() {
	add("GetResourceShares/FiltersFollowChanges", testFiltersFollowChanges)
	add("GetResourceShares/TagFiltersPaged", testTagFiltersPaged)
	add("GetResourceShareAssociations/PrincipalFilterFollowsChanges", testPrincipalFilterFollowsChanges)
	add("ListPermissionAssociations/PermissionFilterFollowsChanges", testPermissionFilterFollowsChanges)
	add("GetResourceShareInvitations/Filters", testInvitationFilters)
}

// testFiltersFollowChanges: the name and tag filters of GetResourceShares
// see renames, retags, untags and purges at once (ram.md §A4: name is exact,
// tag filters are ORed, an empty tagValues matches any value).
func testFiltersFollowChanges(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	c := h.Client(Owner, Region)
	names := func(in *ram.GetResourceSharesInput) []string {
		t.Helper()
		in.ResourceOwner = self
		out, err := c.GetResourceShares(ctx, in)
		require.NoError(t, err)
		var n []string
		for _, s := range out.ResourceShares {
			n = append(n, *s.Name)
		}
		return n
	}
	tag := func(k string, v ...string) []types.TagFilter { return []types.TagFilter{{TagKey: p(k), TagValues: v}} }
	create := func(name string, tags ...types.Tag) *string {
		// Shares created at one instant list in ID order, which differs
		// between front doors; a second apart, in creation order.
		h.Advance(t, time.Second)
		out, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p(name), Tags: tags})
		require.NoError(t, err)
		return out.ResourceShare.ResourceShareArn
	}
	a := create("a", types.Tag{Key: p("env"), Value: p("prod")})
	b := create("b", types.Tag{Key: p("env"), Value: p("dev")}, types.Tag{Key: p("team"), Value: p("net")})
	create("a")

	assert.Equal(t, []string{"a", "a"}, names(&ram.GetResourceSharesInput{Name: p("a")}), "names are not unique")
	assert.Empty(t, names(&ram.GetResourceSharesInput{Name: p("A")}), "the name filter is case-sensitive")
	_, err := c.UpdateResourceShare(ctx, &ram.UpdateResourceShareInput{ResourceShareArn: a, Name: p("renamed")})
	require.NoError(t, err)
	assert.Equal(t, []string{"a"}, names(&ram.GetResourceSharesInput{Name: p("a")}))
	assert.Equal(t, []string{"renamed"}, names(&ram.GetResourceSharesInput{Name: p("renamed")}))

	assert.Equal(t, []string{"renamed", "b"}, names(&ram.GetResourceSharesInput{TagFilters: tag("env", "prod", "dev")}))
	assert.Equal(t, []string{"renamed", "b"}, names(&ram.GetResourceSharesInput{TagFilters: append(tag("env", "prod"), tag("team")...)}), "filters are ORed")
	_, err = c.TagResource(ctx, &ram.TagResourceInput{ResourceShareArn: a, Tags: []types.Tag{{Key: p("env"), Value: p("dev")}}})
	require.NoError(t, err)
	assert.Empty(t, names(&ram.GetResourceSharesInput{TagFilters: tag("env", "prod")}), "a retagged value leaves the old value's filter")
	assert.Equal(t, []string{"renamed", "b"}, names(&ram.GetResourceSharesInput{TagFilters: tag("env", "dev")}))
	_, err = c.UntagResource(ctx, &ram.UntagResourceInput{ResourceShareArn: b, TagKeys: []string{"env"}})
	require.NoError(t, err)
	assert.Equal(t, []string{"renamed"}, names(&ram.GetResourceSharesInput{TagFilters: tag("env")}))
	assert.Equal(t, []string{"b"}, names(&ram.GetResourceSharesInput{TagFilters: tag("team", "net")}))
	assert.Equal(t, []string{"renamed"}, names(&ram.GetResourceSharesInput{Name: p("renamed"), TagFilters: tag("env", "dev")}), "name and tag filters are ANDed")
	assert.Empty(t, names(&ram.GetResourceSharesInput{Name: p("b"), TagFilters: tag("env")}))

	_, err = c.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: a})
	require.NoError(t, err)
	assert.Equal(t, []string{"renamed"}, names(&ram.GetResourceSharesInput{Name: p("renamed")}), "a deleted share stays listed until purged")
	h.Advance(t, 2*time.Hour)
	assert.Empty(t, names(&ram.GetResourceSharesInput{Name: p("renamed")}))
	assert.Empty(t, names(&ram.GetResourceSharesInput{TagFilters: tag("env")}))
}

// testTagFiltersPaged pages shares selected by several ORed tag filters:
// each share once, in creation order, across pages.
func testTagFiltersPaged(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	c := h.Client(Owner, Region)
	var want []string
	for i := range 9 {
		var tags []types.Tag
		if i%3 != 2 {
			tags = append(tags, types.Tag{Key: p("x"), Value: p("1")})
		}
		if i%2 == 0 {
			tags = append(tags, types.Tag{Key: p("y"), Value: p("")})
		}
		out, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("s"), Tags: tags})
		require.NoError(t, err)
		if len(tags) > 0 {
			want = append(want, *out.ResourceShare.ResourceShareArn)
		}
		h.Advance(t, time.Second)
	}
	var got []string
	in := &ram.GetResourceSharesInput{ResourceOwner: self, MaxResults: p(int32(2)),
		TagFilters: []types.TagFilter{{TagKey: p("x"), TagValues: []string{"1", "2"}}, {TagKey: p("y")}}}
	for {
		out, err := c.GetResourceShares(ctx, in)
		require.NoError(t, err)
		require.NotEmpty(t, out.ResourceShares, "no empty page")
		for _, s := range out.ResourceShares {
			got = append(got, *s.ResourceShareArn)
		}
		if out.NextToken == nil {
			break
		}
		in.NextToken = out.NextToken
	}
	assert.Equal(t, want, got)
}

// testPrincipalFilterFollowsChanges: GetResourceShareAssociations'
// principal filter, by account, organization ARN or bare organization or
// OU ID, finds associations in every status and forgets purged shares.
func testPrincipalFilterFollowsChanges(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	orgID, rootID := orgWithSharing(t, h)
	ouID := h.CreateOU(t, Owner, rootID, "apps")
	owner := as(t, h, Owner)
	// A second apart, so that listings order the shares by creation time
	// whatever IDs the front door generates.
	s1 := owner.create("one", []string{TGW(Owner, "1")}, []string{Member, OrgARN(Owner, orgID)})
	h.Advance(t, time.Second)
	s2 := owner.create("two", []string{TGW(Owner, "2")}, []string{OUARN(Owner, orgID, ouID), Recipient})
	h.Advance(t, time.Second)
	owner.create("three", []string{TGW(Owner, "3")}, nil)
	type row struct{ share, entity string }
	list := func(principal string) []row {
		t.Helper()
		out, err := owner.api.GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: prin, Principal: &principal})
		require.NoError(t, err)
		var r []row
		for _, a := range out.ResourceShareAssociations {
			r = append(r, row{*a.ResourceShareName, *a.AssociatedEntity})
		}
		return r
	}
	assert.Equal(t, []row{{"one", Member}}, list(Member))
	assert.Equal(t, []row{{"one", OrgARN(Owner, orgID)}}, list(orgID))
	assert.Equal(t, []row{{"one", OrgARN(Owner, orgID)}}, list(OrgARN(Owner, orgID)))
	assert.Equal(t, []row{{"two", OUARN(Owner, orgID, ouID)}}, list(ouID))
	assert.Empty(t, list(Third))

	_, err := owner.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: s1.ResourceShareArn, Principals: []string{Member}})
	require.NoError(t, err)
	_, err = owner.api.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: s2.ResourceShareArn, Principals: []string{Member}})
	require.NoError(t, err)
	out, err := owner.api.GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: prin, Principal: p(Member),
		AssociationStatus: types.ResourceShareAssociationStatusDisassociated})
	require.NoError(t, err)
	require.Len(t, out.ResourceShareAssociations, 1, "a disassociated principal is still found")
	assert.Equal(t, "one", *out.ResourceShareAssociations[0].ResourceShareName)
	assert.Equal(t, []row{{"one", Member}, {"two", Member}}, list(Member))

	// ListPrincipals and ListResources filter on principals that are
	// ASSOCIATED now.
	lp, err := owner.api.ListPrincipals(ctx, &ram.ListPrincipalsInput{ResourceOwner: self, Principals: []string{Member, OrgARN(Owner, orgID), Recipient}})
	require.NoError(t, err)
	var principals []row
	for _, x := range lp.Principals {
		principals = append(principals, row{*x.ResourceShareArn, *x.Id})
	}
	assert.Equal(t, []row{{*s1.ResourceShareArn, OrgARN(Owner, orgID)}, {*s2.ResourceShareArn, Member}}, principals)
	lr, err := owner.api.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: self, Principal: p(OrgARN(Owner, orgID))})
	require.NoError(t, err)
	require.Len(t, lr.Resources, 1)
	assert.Equal(t, TGW(Owner, "1"), *lr.Resources[0].Arn)
	lr, err = owner.api.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: self, Principal: p(Recipient)})
	require.NoError(t, err)
	assert.Empty(t, lr.Resources, "a principal behind a pending invitation has no resources")

	_, err = owner.api.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: s1.ResourceShareArn})
	require.NoError(t, err)
	assert.Equal(t, []row{{"one", Member}, {"two", Member}}, list(Member), "until it is purged, a deleted share's associations are listed")
	h.Advance(t, 2*time.Hour)
	assert.Equal(t, []row{{"two", Member}}, list(Member))
	assert.Empty(t, list(orgID))
}

// testPermissionFilterFollowsChanges: the permission filters of
// ListPermissionAssociations and GetResourceShares, and DeletePermission's
// in-use check, follow a customer-managed permission as it is attached,
// replaced and detached.
func testPermissionFilterFollowsChanges(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner := as(t, h, Owner)
	perm := *owner.createPermission("Read", "codebuild:Project", readTemplate).Arn
	a, err := owner.api.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("a"), ResourceArns: []string{Project(Owner, "1")}, PermissionArns: []string{perm}})
	require.NoError(t, err)
	h.Advance(t, time.Second)
	b := owner.create("b", []string{Project(Owner, "2")}, nil)
	associated := func(arn string) []string {
		t.Helper()
		out, err := owner.api.ListPermissionAssociations(ctx, &ram.ListPermissionAssociationsInput{PermissionArn: &arn})
		require.NoError(t, err)
		var shares []string
		for _, x := range out.Permissions {
			shares = append(shares, *x.ResourceShareArn)
		}
		gs, err := owner.api.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, PermissionArn: &arn})
		require.NoError(t, err)
		var listed []string
		for _, x := range gs.ResourceShares {
			listed = append(listed, *x.ResourceShareArn)
		}
		assert.Equal(t, shares, listed, "ListPermissionAssociations and GetResourceShares agree")
		return shares
	}
	A, B := *a.ResourceShare.ResourceShareArn, *b.ResourceShareArn
	assert.Equal(t, []string{A}, associated(perm))
	assert.Equal(t, []string{B}, associated(projectDefault))

	_, err = owner.api.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: &B, PermissionArn: &perm, Replace: p(true)})
	require.NoError(t, err)
	assert.Equal(t, []string{A, B}, associated(perm))
	assert.Empty(t, associated(projectDefault))
	_, err = owner.api.DeletePermission(ctx, &ram.DeletePermissionInput{PermissionArn: &perm})
	requireError(t, err, "OperationNotPermittedException", "The permission "+perm+" is associated with one or more resource shares.")

	_, err = owner.api.ReplacePermissionAssociations(ctx, &ram.ReplacePermissionAssociationsInput{FromPermissionArn: &perm, ToPermissionArn: p(projectDefault)})
	require.NoError(t, err)
	assert.Empty(t, associated(perm))
	assert.Equal(t, []string{A, B}, associated(projectDefault))

	_, err = owner.api.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: &A, PermissionArn: &perm, Replace: p(true)})
	require.NoError(t, err)
	_, err = owner.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: &A, ResourceArns: []string{Project(Owner, "1")}})
	require.NoError(t, err)
	_, err = owner.api.DisassociateResourceSharePermission(ctx, &ram.DisassociateResourceSharePermissionInput{ResourceShareArn: &A, PermissionArn: &perm})
	require.NoError(t, err)
	assert.Empty(t, associated(perm))
	_, err = owner.api.DeletePermission(ctx, &ram.DeletePermissionInput{PermissionArn: &perm})
	require.NoError(t, err, "a permission no share uses can be deleted")
}

// testInvitationFilters: explicit invitation ARNs and share ARNs are ANDed,
// the result keeps invitation order (timestamp, then ARN) and pages.
func testInvitationFilters(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	owner, rcpt := as(t, h, Owner), as(t, h, Recipient)
	var shares []string
	for i := range 3 {
		shares = append(shares, *owner.create("s"+string(rune('0'+i)), []string{TGW(Owner, string(rune('0'+i)))}, []string{Recipient}).ResourceShareArn)
		h.Advance(t, time.Second)
	}
	all := rcpt.invitations()
	require.Len(t, all, 3)
	list := func(in *ram.GetResourceShareInvitationsInput) []string {
		t.Helper()
		var got []string
		in.MaxResults = p(int32(1))
		for {
			out, err := rcpt.api.GetResourceShareInvitations(ctx, in)
			require.NoError(t, err)
			for _, i := range out.ResourceShareInvitations {
				got = append(got, *i.ResourceShareArn)
			}
			if out.NextToken == nil {
				return got
			}
			in.NextToken = out.NextToken
		}
	}
	arns := []string{*all[2].ResourceShareInvitationArn, *all[0].ResourceShareInvitationArn, *all[2].ResourceShareInvitationArn}
	assert.Equal(t, []string{shares[0], shares[2]}, list(&ram.GetResourceShareInvitationsInput{ResourceShareInvitationArns: arns}))
	assert.Equal(t, []string{shares[2]}, list(&ram.GetResourceShareInvitationsInput{ResourceShareInvitationArns: arns, ResourceShareArns: []string{shares[2], shares[1]}}))
	assert.Equal(t, []string{shares[1]}, list(&ram.GetResourceShareInvitationsInput{ResourceShareArns: []string{shares[1]}}))
	_, err := owner.api.GetResourceShareInvitations(ctx, &ram.GetResourceShareInvitationsInput{ResourceShareInvitationArns: arns[:1]})
	requireError(t, err, "ResourceShareInvitationArnNotFoundException", "ResourceShareInvitation "+arns[0]+" could not be found.")
}
