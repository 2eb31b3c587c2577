package ramtest

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/types"
	"github.com/sharesim/sharesim/share"
)

func init() {
	add("Permissions/DefaultPermissionBothSides", testDefaultPermission)
	add("Permissions/CustomerManagedLifecycle", testCustomerManaged)
	add("Permissions/ListPermissions", testListPermissions)
	add("Permissions/AssociateDisassociate", testSharePermission)
	add("Permissions/ReplacePermissionAssociations", testReplace)
	add("Permissions/Tags", testPermissionTags)
	add("Errors/Permissions", testPermissionErrors)
	add("Errors/PermissionQuotas", testPermissionQuotas)
	add("ListResourceTypes", testResourceTypes)
	add("ListPendingInvitationResources", testPendingResources)
	add("ListSourceAssociations", testSources)
	add("PromoteCreatedFromPolicy", testPromote)
}

// Project is a CodeBuild project ARN: a type that supports customer-managed
// permissions and may be shared outside the organization.
func Project(account, name string) string {
	return "arn:aws:codebuild:" + Region + ":" + account + ":project/" + name
}

const (
	tgwDefault     = "arn:aws:ram::aws:permission/AWSRAMDefaultPermissionTransitGateway"
	projectDefault = "arn:aws:ram::aws:permission/AWSRAMDefaultPermissionCodeBuildProject"
	glueDBReadOnly = "arn:aws:ram::aws:permission/AWSRAMDefaultPermissionGlueDatabase"
	glueDBWrite    = "arn:aws:ram::aws:permission/AWSRAMPermissionGlueDatabaseReadWrite"
	readTemplate   = `{"Effect":"Allow","Action":["codebuild:BatchGetProjects","codebuild:ListBuildsForProject"]}`
)

func cmpARN(account, name string) string {
	return "arn:aws:ram:" + Region + ":" + account + ":permission/" + name
}

func (a actor) createPermission(name, typ, template string) *types.ResourceSharePermissionSummary {
	a.t.Helper()
	out, err := a.api.CreatePermission(ctx, &ram.CreatePermissionInput{Name: p(name), ResourceType: p(typ), PolicyTemplate: p(template)})
	require.NoError(a.t, err)
	return out.Permission
}

// sharePermissions lists the permissions of a share by resource type, as
// "arn@version".
func (a actor) sharePermissions(shareARN string) map[string]string {
	a.t.Helper()
	out, err := a.api.ListResourceSharePermissions(ctx, &ram.ListResourceSharePermissionsInput{ResourceShareArn: p(shareARN)})
	require.NoError(a.t, err)
	m := map[string]string{}
	for _, s := range out.Permissions {
		assert.Equal(a.t, "ASSOCIATED", *s.Status)
		m[*s.ResourceType] = *s.Arn + "@" + *s.Version
	}
	return m
}

type statement struct {
	Principal any                       `json:"Principal"`
	Action    []string                  `json:"Action"`
	Resource  string                    `json:"Resource"`
	Condition map[string]map[string]any `json:"Condition"`
}

func (a actor) statements(resource string) []statement {
	a.t.Helper()
	out, err := a.api.GetResourcePolicies(ctx, &ram.GetResourcePoliciesInput{ResourceArns: []string{resource}})
	require.NoError(a.t, err)
	require.Len(a.t, out.Policies, 1)
	var doc struct{ Statement []statement }
	require.NoError(a.t, json.Unmarshal([]byte(out.Policies[0]), &doc))
	return doc.Statement
}

// sharedWithRecipient shares resources with Recipient, an external account,
// which accepts.
func sharedWithRecipient(t *testing.T, h Harness, resources, permissions []string) string {
	t.Helper()
	out, err := h.Client(Owner, Region).CreateResourceShare(ctx, &ram.CreateResourceShareInput{
		Name: p("s"), ResourceArns: resources, Principals: []string{Recipient}, PermissionArns: permissions})
	require.NoError(t, err)
	rec := as(t, h, Recipient)
	_, err = rec.accept(*rec.onlyInvitation().ResourceShareInvitationArn)
	require.NoError(t, err)
	return *out.ResourceShare.ResourceShareArn
}

func testDefaultPermission(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := as(t, h, Owner), as(t, h, Recipient)
	arn := sharedWithRecipient(t, h, []string{TGW(Owner, "1")}, nil)

	out, err := own.api.ListResourceSharePermissions(ctx, &ram.ListResourceSharePermissionsInput{ResourceShareArn: p(arn)})
	require.NoError(t, err)
	require.Len(t, out.Permissions, 1)
	s := out.Permissions[0]
	assert.Equal(t, tgwDefault, *s.Arn)
	assert.Equal(t, "AWSRAMDefaultPermissionTransitGateway", *s.Name)
	assert.Equal(t, "ec2:TransitGateway", *s.ResourceType)
	assert.Equal(t, "1", *s.Version)
	assert.True(t, *s.DefaultVersion)
	assert.True(t, *s.IsResourceTypeDefault)
	assert.Equal(t, types.PermissionTypeAwsManaged, s.PermissionType)
	assert.Equal(t, types.PermissionFeatureSetStandard, s.FeatureSet)
	assert.Equal(t, "ASSOCIATED", *s.Status)

	// The recipient sees the same permission; an account that sees nothing
	// is told the share does not exist.
	assert.Equal(t, map[string]string{"ec2:TransitGateway": tgwDefault + "@1"}, rec.sharePermissions(arn))
	_, err = h.Client(Third, Region).ListResourceSharePermissions(ctx, &ram.ListResourceSharePermissionsInput{ResourceShareArn: p(arn)})
	requireError(t, err, "UnknownResourceException", "ResourceShare "+arn+" could not be found.")

	// The default permission's actions make the policy.
	st := own.statements(TGW(Owner, "1"))
	require.Len(t, st, 1)
	assert.Equal(t, []string{"ec2:UseSharedResource"}, st[0].Action)

	// GetPermission returns the template.
	g, err := rec.api.GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p(tgwDefault)})
	require.NoError(t, err)
	assert.JSONEq(t, `{"Effect":"Allow","Action":["ec2:UseSharedResource"]}`, *g.Permission.Permission)
	assert.Equal(t, types.PermissionStatusAttachable, g.Permission.Status)
	sameTime(t, time.Date(2022, 6, 30, 0, 0, 0, 0, time.UTC), *g.Permission.CreationTime)
	sub, err := rec.api.GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p("arn:aws:ram::aws:permission/AWSRAMDefaultPermissionSubnet")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"Effect":"Allow","Action":["ec2:RunInstances","ec2:CreateNetworkInterface","ec2:DescribeSubnets"]}`, *sub.Permission.Permission)
}

func testCustomerManaged(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := as(t, h, Owner), as(t, h, Recipient)
	template := `{"Effect":"allow","Action":["codebuild:BatchGetProjects"],"Condition":{"Bool":{"aws:SecureTransport":"true"}}}`
	created, err := own.api.CreatePermission(ctx, &ram.CreatePermissionInput{Name: p("ReadProjects"), ResourceType: p("codebuild:Project"),
		PolicyTemplate: p(template), Tags: []types.Tag{{Key: p("team"), Value: p("ci")}}})
	require.NoError(t, err)
	cmp := cmpARN(Owner, "ReadProjects")
	c := created.Permission
	assert.Equal(t, cmp, *c.Arn)
	assert.Equal(t, "1", *c.Version)
	assert.True(t, *c.DefaultVersion)
	assert.False(t, *c.IsResourceTypeDefault)
	assert.Equal(t, types.PermissionTypeCustomerManaged, c.PermissionType)
	assert.Equal(t, types.PermissionFeatureSetStandard, c.FeatureSet)
	assert.Equal(t, "ATTACHABLE", *c.Status)
	sameTime(t, h.Now(t), *c.CreationTime)

	// A share uses it in place of the default, on both sides, and the
	// policy carries its actions and its condition.
	arn := sharedWithRecipient(t, h, []string{Project(Owner, "app")}, []string{cmp})
	assert.Equal(t, map[string]string{"codebuild:Project": cmp + "@1"}, own.sharePermissions(arn))
	assert.Equal(t, map[string]string{"codebuild:Project": cmp + "@1"}, rec.sharePermissions(arn))
	st := own.statements(Project(Owner, "app"))
	require.Len(t, st, 1)
	assert.Equal(t, []string{"codebuild:BatchGetProjects"}, st[0].Action)
	assert.Equal(t, map[string]map[string]any{"Bool": {"aws:SecureTransport": "true"}}, st[0].Condition)

	// The recipient cannot read the owner's permission.
	_, err = rec.api.GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p(cmp)})
	requireError(t, err, "UnknownResourceException", "Permission "+cmp+" could not be found.")

	// A new version becomes the default; the share keeps version 1.
	h.Advance(t, time.Minute)
	v2, err := own.api.CreatePermissionVersion(ctx, &ram.CreatePermissionVersionInput{PermissionArn: p(cmp), PolicyTemplate: p(readTemplate)})
	require.NoError(t, err)
	assert.Equal(t, "2", *v2.Permission.Version)
	assert.True(t, *v2.Permission.DefaultVersion)
	assert.JSONEq(t, readTemplate, *v2.Permission.Permission)
	assert.Equal(t, map[string]string{"codebuild:Project": cmp + "@1"}, own.sharePermissions(arn))
	lrp, err := own.api.ListResourceSharePermissions(ctx, &ram.ListResourceSharePermissionsInput{ResourceShareArn: p(arn)})
	require.NoError(t, err)
	assert.False(t, *lrp.Permissions[0].DefaultVersion, "the share's version is no longer the default")
	assert.Equal(t, []string{"codebuild:BatchGetProjects"}, own.statements(Project(Owner, "app"))[0].Action)

	versions, err := own.api.ListPermissionVersions(ctx, &ram.ListPermissionVersionsInput{PermissionArn: p(cmp)})
	require.NoError(t, err)
	require.Len(t, versions.Permissions, 2)
	assert.Equal(t, "1", *versions.Permissions[0].Version)
	assert.False(t, *versions.Permissions[0].DefaultVersion)
	assert.Equal(t, "2", *versions.Permissions[1].Version)
	assert.True(t, *versions.Permissions[1].DefaultVersion)

	g, err := own.api.GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p(cmp), PermissionVersion: p(int32(1))})
	require.NoError(t, err)
	assert.Equal(t, "1", *g.Permission.Version)
	assert.False(t, *g.Permission.DefaultVersion)
	assert.Equal(t, []types.Tag{{Key: p("team"), Value: p("ci")}}, g.Permission.Tags)

	// Version 1 is in use: it cannot be deleted, nor can the permission.
	_, err = own.api.DeletePermissionVersion(ctx, &ram.DeletePermissionVersionInput{PermissionArn: p(cmp), PermissionVersion: p(int32(1))})
	requireError(t, err, "OperationNotPermittedException", "Version 1 of permission "+cmp+" is associated with one or more resource shares.")
	_, err = own.api.DeletePermission(ctx, &ram.DeletePermissionInput{PermissionArn: p(cmp)})
	requireError(t, err, "OperationNotPermittedException", "The permission "+cmp+" is associated with one or more resource shares.")

	// SetDefaultPermissionVersion back to 1 leaves the share alone.
	_, err = own.api.SetDefaultPermissionVersion(ctx, &ram.SetDefaultPermissionVersionInput{PermissionArn: p(cmp), PermissionVersion: p(int32(1))})
	require.NoError(t, err)
	g, err = own.api.GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p(cmp)})
	require.NoError(t, err)
	assert.Equal(t, "1", *g.Permission.Version)
	_, err = own.api.SetDefaultPermissionVersion(ctx, &ram.SetDefaultPermissionVersionInput{PermissionArn: p(cmp), PermissionVersion: p(int32(2))})
	require.NoError(t, err)

	// Upgrading the share to the default version changes the policy at once.
	_, err = own.api.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: p(arn), PermissionArn: p(cmp), Replace: p(true)})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"codebuild:Project": cmp + "@2"}, rec.sharePermissions(arn))
	st = own.statements(Project(Owner, "app"))
	assert.Equal(t, []string{"codebuild:BatchGetProjects", "codebuild:ListBuildsForProject"}, st[0].Action)
	assert.Nil(t, st[0].Condition)

	// Version 1 is free now.
	d, err := own.api.DeletePermissionVersion(ctx, &ram.DeletePermissionVersionInput{PermissionArn: p(cmp), PermissionVersion: p(int32(1))})
	require.NoError(t, err)
	assert.True(t, *d.ReturnValue)
	assert.Equal(t, types.PermissionStatusAttachable, d.PermissionStatus)
	versions, err = own.api.ListPermissionVersions(ctx, &ram.ListPermissionVersionsInput{PermissionArn: p(cmp)})
	require.NoError(t, err)
	require.Len(t, versions.Permissions, 1)
	// The share's version 2 is the permission's only one, and its default.
	for _, in := range []*ram.ListPermissionAssociationsInput{
		{PermissionVersion: p(int32(2))},
		{PermissionArn: p(cmp), PermissionVersion: p(int32(2)), DefaultVersion: p(true)},
	} {
		la, err := own.api.ListPermissionAssociations(ctx, in)
		require.NoError(t, err)
		require.Len(t, la.Permissions, 1)
		assert.Equal(t, arn, *la.Permissions[0].ResourceShareArn)
	}
	la, err := own.api.ListPermissionAssociations(ctx, &ram.ListPermissionAssociationsInput{PermissionArn: p(cmp), DefaultVersion: p(false)})
	require.NoError(t, err)
	assert.Empty(t, la.Permissions)

	// Back to the AWS-managed default; then the permission can go.
	_, err = own.api.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: p(arn), PermissionArn: p(projectDefault), Replace: p(true)})
	require.NoError(t, err)
	del, err := own.api.DeletePermission(ctx, &ram.DeletePermissionInput{PermissionArn: p(cmp), ClientToken: p("del-1")})
	require.NoError(t, err)
	assert.Equal(t, types.PermissionStatusDeleted, del.PermissionStatus)
	assert.Equal(t, "del-1", *del.ClientToken)
	again, err := own.api.DeletePermission(ctx, &ram.DeletePermissionInput{PermissionArn: p(cmp), ClientToken: p("del-1")})
	require.NoError(t, err, "a replay returns the stored answer")
	assert.Equal(t, types.PermissionStatusDeleted, again.PermissionStatus)
	_, err = own.api.GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p(cmp)})
	requireError(t, err, "UnknownResourceException", "Permission "+cmp+" could not be found.")
	_, err = own.api.DeletePermission(ctx, &ram.DeletePermissionInput{PermissionArn: p(cmp)})
	requireError(t, err, "UnknownResourceException", "Permission "+cmp+" could not be found.")
	// The name is free again.
	own.createPermission("ReadProjects", "codebuild:Project", readTemplate)
}

func testListPermissions(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := as(t, h, Owner)
	own.createPermission("B", "codebuild:Project", readTemplate)
	own.createPermission("A", "imagebuilder:Image", `{"Action":"imagebuilder:GetImage"}`)
	as(t, h, Recipient).createPermission("Theirs", "codebuild:Project", readTemplate)

	all := func(in *ram.ListPermissionsInput) []string {
		t.Helper()
		var arns []string
		for {
			out, err := own.api.ListPermissions(ctx, in)
			require.NoError(t, err)
			for _, s := range out.Permissions {
				arns = append(arns, *s.Arn)
			}
			if out.NextToken == nil {
				return arns
			}
			in.NextToken = out.NextToken
		}
	}
	every := all(&ram.ListPermissionsInput{})
	assert.Len(t, every, 43+2+2, "the catalogue (one per type, two extras) and the caller's two")
	assert.Equal(t, []string{cmpARN(Owner, "B"), cmpARN(Owner, "A")}, every[len(every)-2:], "customer-managed last, by resource type")
	assert.Equal(t, every, all(&ram.ListPermissionsInput{MaxResults: p(int32(7))}), "pages add up to the whole list")
	assert.Equal(t, []string{cmpARN(Owner, "B"), cmpARN(Owner, "A")}, all(&ram.ListPermissionsInput{PermissionType: types.PermissionTypeFilterCustomerManaged}))
	assert.Equal(t, every[:45], all(&ram.ListPermissionsInput{PermissionType: "AWS"}))
	assert.Equal(t, []string{glueDBReadOnly, glueDBWrite}, all(&ram.ListPermissionsInput{ResourceType: p("GLUE:database")}),
		"resourceType is case-insensitive")
	assert.Equal(t, []string{projectDefault, cmpARN(Owner, "B")}, all(&ram.ListPermissionsInput{ResourceType: p("codebuild:Project")}))

	out, err := own.api.ListPermissions(ctx, &ram.ListPermissionsInput{ResourceType: p("glue:Database")})
	require.NoError(t, err)
	assert.True(t, *out.Permissions[0].IsResourceTypeDefault)
	assert.False(t, *out.Permissions[1].IsResourceTypeDefault)
	assert.Equal(t, "ATTACHABLE", *out.Permissions[1].Status)
}

func testSharePermission(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := as(t, h, Owner)
	db := "arn:aws:glue:" + Region + ":" + Owner + ":database/sales"
	s := own.create("s", []string{db}, nil)
	arn := *s.ResourceShareArn
	assert.Equal(t, map[string]string{"glue:Database": glueDBReadOnly + "@1"}, own.sharePermissions(arn))

	assoc := func(perm string, replace *bool, version *int32) error {
		_, err := own.api.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{
			ResourceShareArn: p(arn), PermissionArn: p(perm), Replace: replace, PermissionVersion: version})
		return err
	}
	err := assoc(glueDBWrite, nil, nil)
	requireError(t, err, "InvalidParameterException", "The resource share already has a permission for resource type glue:Database. Set replace to true to replace it.")
	err = assoc(glueDBReadOnly, p(false), nil) // even the permission already attached
	requireError(t, err, "InvalidParameterException", "The resource share already has a permission for resource type glue:Database. Set replace to true to replace it.")
	require.NoError(t, assoc(glueDBReadOnly, p(true), nil), "replacing a permission with itself")
	err = assoc(glueDBWrite, p(true), p(int32(2)))
	requireError(t, err, "InvalidParameterException", "You can specify only the default version of the permission.")
	before := own.shares(self)[0].LastUpdatedTime
	h.Advance(t, time.Minute)
	require.NoError(t, assoc(glueDBWrite, p(true), p(int32(1))))
	assert.Equal(t, map[string]string{"glue:Database": glueDBWrite + "@1"}, own.sharePermissions(arn))
	assert.True(t, own.shares(self)[0].LastUpdatedTime.After(*before), "attaching bumps lastUpdatedTime")

	// GetResourceShares filters by the attached permission.
	out, err := own.api.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, PermissionArn: p(glueDBWrite)})
	require.NoError(t, err)
	assert.Len(t, out.ResourceShares, 1)
	out, err = own.api.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, PermissionArn: p(glueDBReadOnly)})
	require.NoError(t, err)
	assert.Empty(t, out.ResourceShares)

	// A permission for a type the share does not hold yet may be attached;
	// a resource of that type added later keeps it.
	require.NoError(t, assoc(projectDefault, nil, nil))
	dis := func(perm string) error {
		_, err := own.api.DisassociateResourceSharePermission(ctx, &ram.DisassociateResourceSharePermissionInput{ResourceShareArn: p(arn), PermissionArn: p(perm)})
		return err
	}
	err = dis(glueDBWrite)
	requireError(t, err, "InvalidStateTransitionException", "You can't remove the permission for resource type glue:Database while the resource share contains resources of that type.")
	err = dis(glueDBReadOnly)
	requireError(t, err, "InvalidParameterException", "The permission "+glueDBReadOnly+" is not associated with the resource share.")
	require.NoError(t, dis(projectDefault))
	assert.Equal(t, map[string]string{"glue:Database": glueDBWrite + "@1"}, own.sharePermissions(arn))

	// Once the resource is gone, its permission can be detached.
	_, err = own.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: p(arn), ResourceArns: []string{db}})
	require.NoError(t, err)
	require.NoError(t, dis(glueDBWrite))
	assert.Empty(t, own.sharePermissions(arn))

	// ListPermissionAssociations: one item per share and attached permission.
	other := own.create("t", []string{TGW(Owner, "1")}, nil)
	la, err := own.api.ListPermissionAssociations(ctx, &ram.ListPermissionAssociationsInput{})
	require.NoError(t, err)
	require.Len(t, la.Permissions, 1)
	a := la.Permissions[0]
	assert.Equal(t, tgwDefault, *a.Arn)
	assert.Equal(t, *other.ResourceShareArn, *a.ResourceShareArn)
	assert.Equal(t, "1", *a.PermissionVersion)
	assert.True(t, *a.DefaultVersion)
	assert.Equal(t, "ASSOCIATED", *a.Status)
	assert.Equal(t, types.PermissionFeatureSetStandard, a.FeatureSet)
	for _, in := range []*ram.ListPermissionAssociationsInput{
		{PermissionArn: p(glueDBWrite)},
		{ResourceType: p("glue:Database")},
		{AssociationStatus: types.ResourceShareAssociationStatusFailed},
		{DefaultVersion: p(false)},
		{FeatureSet: types.PermissionFeatureSetCreatedFromPolicy},
		{PermissionArn: p("arn:aws:ram::aws:permission/NoSuchPermission")},
	} {
		la, err := own.api.ListPermissionAssociations(ctx, in)
		require.NoError(t, err)
		assert.Empty(t, la.Permissions)
	}
	la, err = own.api.ListPermissionAssociations(ctx, &ram.ListPermissionAssociationsInput{ResourceType: p("EC2:transitgateway"), DefaultVersion: p(true)})
	require.NoError(t, err)
	assert.Len(t, la.Permissions, 1)
	la, err = h.Client(Recipient, Region).ListPermissionAssociations(ctx, &ram.ListPermissionAssociationsInput{})
	require.NoError(t, err)
	assert.Empty(t, la.Permissions, "only the caller's own shares")

	// A deleted share is not listed.
	_, err = own.api.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: other.ResourceShareArn})
	require.NoError(t, err)
	la, err = own.api.ListPermissionAssociations(ctx, &ram.ListPermissionAssociationsInput{})
	require.NoError(t, err)
	assert.Empty(t, la.Permissions)
	err = func() error {
		_, err := own.api.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: other.ResourceShareArn, PermissionArn: p(tgwDefault)})
		return err
	}()
	requireError(t, err, "UnknownResourceException", "ResourceShare "+*other.ResourceShareArn+" could not be found.")
}

func testReplace(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := as(t, h, Owner)
	cmp := cmpARN(Owner, "Read")
	own.createPermission("Read", "codebuild:Project", readTemplate)
	var arns []string
	for _, name := range []string{"a", "b"} {
		out, err := own.api.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p(name),
			ResourceArns: []string{Project(Owner, name)}, PermissionArns: []string{cmp}})
		require.NoError(t, err)
		arns = append(arns, *out.ResourceShare.ResourceShareArn)
	}
	untouched := own.create("c", []string{Project(Owner, "c")}, nil)
	_, err := own.api.CreatePermissionVersion(ctx, &ram.CreatePermissionVersionInput{PermissionArn: p(cmp), PolicyTemplate: p(`{"Action":"codebuild:BatchGetProjects"}`)})
	require.NoError(t, err)

	// from = to upgrades every share on version 1 to the default.
	out, err := own.api.ReplacePermissionAssociations(ctx, &ram.ReplacePermissionAssociationsInput{
		FromPermissionArn: p(cmp), FromPermissionVersion: p(int32(1)), ToPermissionArn: p(cmp), ClientToken: p("r1")})
	require.NoError(t, err)
	w := out.ReplacePermissionAssociationsWork
	assert.Equal(t, types.ReplacePermissionAssociationsWorkStatusInProgress, w.Status)
	assert.Equal(t, "1", *w.FromPermissionVersion)
	assert.Equal(t, "2", *w.ToPermissionVersion)
	assert.Equal(t, "r1", *out.ClientToken)
	for _, arn := range arns {
		assert.Equal(t, map[string]string{"codebuild:Project": cmp + "@2"}, own.sharePermissions(arn))
	}
	assert.Equal(t, map[string]string{"codebuild:Project": projectDefault + "@1"}, own.sharePermissions(*untouched.ResourceShareArn))
	onV2, err := own.api.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, PermissionArn: p(cmp), PermissionVersion: p(int32(2))})
	require.NoError(t, err)
	assert.Len(t, onV2.ResourceShares, 2)

	works, err := own.api.ListReplacePermissionAssociationsWork(ctx, &ram.ListReplacePermissionAssociationsWorkInput{})
	require.NoError(t, err)
	require.Len(t, works.ReplacePermissionAssociationsWorks, 1)
	assert.Equal(t, *w.Id, *works.ReplacePermissionAssociationsWorks[0].Id)
	assert.Equal(t, types.ReplacePermissionAssociationsWorkStatusCompleted, works.ReplacePermissionAssociationsWorks[0].Status)

	// Every share on the customer-managed permission back to AWS's.
	_, err = own.api.ReplacePermissionAssociations(ctx, &ram.ReplacePermissionAssociationsInput{FromPermissionArn: p(cmp), ToPermissionArn: p(projectDefault)})
	require.NoError(t, err)
	for _, arn := range arns {
		assert.Equal(t, map[string]string{"codebuild:Project": projectDefault + "@1"}, own.sharePermissions(arn))
	}
	works, err = own.api.ListReplacePermissionAssociationsWork(ctx, &ram.ListReplacePermissionAssociationsWorkInput{WorkIds: []string{*w.Id}})
	require.NoError(t, err)
	assert.Len(t, works.ReplacePermissionAssociationsWorks, 1)
	works, err = own.api.ListReplacePermissionAssociationsWork(ctx, &ram.ListReplacePermissionAssociationsWorkInput{Status: types.ReplacePermissionAssociationsWorkStatusCompleted, MaxResults: p(int32(1))})
	require.NoError(t, err)
	assert.Len(t, works.ReplacePermissionAssociationsWorks, 1)
	require.NotNil(t, works.NextToken)
	works, err = own.api.ListReplacePermissionAssociationsWork(ctx, &ram.ListReplacePermissionAssociationsWorkInput{Status: types.ReplacePermissionAssociationsWorkStatusCompleted, NextToken: works.NextToken})
	require.NoError(t, err)
	assert.Len(t, works.ReplacePermissionAssociationsWorks, 1)
	works, err = h.Client(Recipient, Region).ListReplacePermissionAssociationsWork(ctx, &ram.ListReplacePermissionAssociationsWorkInput{})
	require.NoError(t, err)
	assert.Empty(t, works.ReplacePermissionAssociationsWorks, "work belongs to the account that started it")

	// Different resource types are refused; work records age out after 7 days.
	_, err = own.api.ReplacePermissionAssociations(ctx, &ram.ReplacePermissionAssociationsInput{FromPermissionArn: p(cmp), ToPermissionArn: p(tgwDefault)})
	requireError(t, err, "InvalidParameterException", "The permissions "+cmp+" and "+tgwDefault+" apply to different resource types.")
	h.Advance(t, 7*24*time.Hour)
	works, err = own.api.ListReplacePermissionAssociationsWork(ctx, &ram.ListReplacePermissionAssociationsWorkInput{})
	require.NoError(t, err)
	assert.Empty(t, works.ReplacePermissionAssociationsWorks)
}

func testPermissionTags(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := as(t, h, Owner)
	cmp := cmpARN(Owner, "Read")
	own.createPermission("Read", "codebuild:Project", readTemplate)
	_, err := own.api.TagResource(ctx, &ram.TagResourceInput{ResourceArn: p(cmp), Tags: []types.Tag{{Key: p("a"), Value: p("1")}, {Key: p("b"), Value: p("2")}}})
	require.NoError(t, err)
	_, err = own.api.UntagResource(ctx, &ram.UntagResourceInput{ResourceArn: p(cmp), TagKeys: []string{"a"}})
	require.NoError(t, err)
	g, err := own.api.GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p(cmp)})
	require.NoError(t, err)
	assert.Equal(t, []types.Tag{{Key: p("b"), Value: p("2")}}, g.Permission.Tags)

	_, err = own.api.TagResource(ctx, &ram.TagResourceInput{ResourceArn: p(tgwDefault), Tags: []types.Tag{{Key: p("a"), Value: p("1")}}})
	requireError(t, err, "InvalidParameterException", "You can't tag an AWS managed permission.")
	rec := h.Client(Recipient, Region)
	_, err = rec.TagResource(ctx, &ram.TagResourceInput{ResourceArn: p(cmp), Tags: []types.Tag{{Key: p("a"), Value: p("1")}}})
	requireError(t, err, "ResourceArnNotFoundException", "The specified resource ARN "+cmp+" was not found. Verify the ARN and try again.")
	_, err = rec.UntagResource(ctx, &ram.UntagResourceInput{ResourceArn: p(cmp), TagKeys: []string{"b"}})
	requireError(t, err, "UnknownResourceException", "Permission "+cmp+" could not be found.")
	_, err = own.api.TagResource(ctx, &ram.TagResourceInput{ResourceArn: p(cmp), Tags: []types.Tag{{Key: p("aws:x"), Value: p("1")}}})
	requireError(t, err, "TagPolicyViolationException", "The tag key aws:x is a reserved word and can't be used.")
}

func testPermissionErrors(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := as(t, h, Owner)
	c := own.api
	cmp := cmpARN(Owner, "Read")
	own.createPermission("Read", "codebuild:Project", readTemplate)
	s := own.create("s", []string{Project(Owner, "x")}, nil)
	shareARN := *s.ResourceShareArn
	create := func(name, typ, template string, tags ...types.Tag) func() error {
		return func() error {
			_, err := c.CreatePermission(ctx, &ram.CreatePermissionInput{Name: p(name), ResourceType: p(typ), PolicyTemplate: p(template), Tags: tags})
			return err
		}
	}
	version := func(arn, template string) func() error {
		return func() error {
			_, err := c.CreatePermissionVersion(ctx, &ram.CreatePermissionVersionInput{PermissionArn: p(arn), PolicyTemplate: p(template)})
			return err
		}
	}
	malformed := func(reason string) string { return "The policy template is not valid: " + reason + "." }
	const m25 = "The specified permission ARN is not valid. Verify the ARN and try again."
	cases := []struct {
		name      string
		call      func() error
		code, msg string
		status    int
	}{
		{"bad name", create("has space", "codebuild:Project", readTemplate), "InvalidParameterException", "The permission name has space is not valid.", 400},
		{"name too long", create(strings.Repeat("n", 37), "codebuild:Project", readTemplate), "InvalidParameterException", "The permission name " + strings.Repeat("n", 37) + " is not valid.", 400},
		{"type is case-sensitive", create("X", "codebuild:project", readTemplate), "InvalidParameterException", "Invalid resource type: codebuild:project", 400},
		{"unknown type", create("X", "s3:Bucket", readTemplate), "InvalidParameterException", "Invalid resource type: s3:Bucket", 400},
		{"type without CMPs", create("X", "ec2:Subnet", `{"Action":"ec2:RunInstances"}`), "InvalidParameterException", "The resource type ec2:Subnet doesn't support customer managed permissions.", 400},
		{"template not JSON", create("X", "codebuild:Project", "nope"), "MalformedPolicyTemplateException", malformed("the template must be a JSON object"), 400},
		{"template with Resource", create("X", "codebuild:Project", `{"Action":"codebuild:X","Resource":"*"}`), "MalformedPolicyTemplateException", malformed("the template must not contain Resource or Principal"), 400},
		{"template with another key", create("X", "codebuild:Project", `{"Action":"codebuild:X","Sid":"s"}`), "MalformedPolicyTemplateException", malformed("the element Sid is not allowed"), 400},
		{"Deny", create("X", "codebuild:Project", `{"Effect":"Deny","Action":"codebuild:X"}`), "MalformedPolicyTemplateException", malformed("Effect must be Allow"), 400},
		{"no Action", create("X", "codebuild:Project", `{"Effect":"Allow"}`), "MalformedPolicyTemplateException", malformed("Action must be an action or a non-empty list of actions"), 400},
		{"empty Action", create("X", "codebuild:Project", `{"Action":[]}`), "MalformedPolicyTemplateException", malformed("Action must be an action or a non-empty list of actions"), 400},
		{"another service's action", create("X", "codebuild:Project", `{"Action":["codebuild:X","ec2:RunInstances"]}`), "InvalidPolicyException", "The action ec2:RunInstances is not supported by resource type codebuild:Project.", 400},
		{"reserved tag", create("X", "codebuild:Project", readTemplate, types.Tag{Key: p("aws:k"), Value: p("v")}), "InvalidParameterException", "The tag key aws:k is a reserved word and can't be used.", 400},
		{"name taken", create("Read", "codebuild:Project", readTemplate), "PermissionAlreadyExistsException", "A permission with the name Read already exists in this Region.", http.StatusConflict},
		{"version of an AWS-managed permission", version(tgwDefault, `{"Action":"ec2:X"}`), "InvalidParameterException", "You can't create versions of an AWS managed permission.", 400},
		{"version with a bad template", version(cmp, `{"Action":"ec2:X"}`), "InvalidPolicyException", "The action ec2:X is not supported by resource type codebuild:Project.", 400},
		{"version of a malformed ARN", version("arn:aws:ram::aws:perm/X", readTemplate), "MalformedArnException", m25, 400},
		{"version of an unknown permission", version(cmpARN(Owner, "Nope"), readTemplate), "UnknownResourceException", "Permission " + cmpARN(Owner, "Nope") + " could not be found.", 400},
		{"version of another account's permission", version(cmpARN(Recipient, "Read"), readTemplate), "UnknownResourceException", "Permission " + cmpARN(Recipient, "Read") + " could not be found.", 400},
		{"get an unknown version", func() error {
			_, err := c.GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p(cmp), PermissionVersion: p(int32(9))})
			return err
		}, "UnknownResourceException", "Permission " + cmp + " version 9 could not be found.", 400},
		{"get a malformed ARN", func() error {
			_, err := c.GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p("x")})
			return err
		}, "MalformedArnException", m25, 400},
		{"get another region's permission", func() error {
			_, err := h.Client(Owner, "eu-west-1").GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p(cmp)})
			return err
		}, "UnknownResourceException", "Permission " + cmp + " could not be found.", 400},
		{"delete an AWS-managed permission", func() error {
			_, err := c.DeletePermission(ctx, &ram.DeletePermissionInput{PermissionArn: p(tgwDefault)})
			return err
		}, "OperationNotPermittedException", "You can't delete an AWS managed permission.", 400},
		{"delete an AWS-managed version", func() error {
			_, err := c.DeletePermissionVersion(ctx, &ram.DeletePermissionVersionInput{PermissionArn: p(tgwDefault), PermissionVersion: p(int32(1))})
			return err
		}, "OperationNotPermittedException", "You can't delete an AWS managed permission.", 400},
		{"delete a missing version", func() error {
			_, err := c.DeletePermissionVersion(ctx, &ram.DeletePermissionVersionInput{PermissionArn: p(cmp), PermissionVersion: p(int32(4))})
			return err
		}, "InvalidParameterException", "Version 4 of permission " + cmp + " does not exist.", 400},
		{"delete the only version", func() error {
			_, err := c.DeletePermissionVersion(ctx, &ram.DeletePermissionVersionInput{PermissionArn: p(cmp), PermissionVersion: p(int32(1))})
			return err
		}, "InvalidParameterException", "You can't delete the only version of a permission.", 400},
		{"set the default of an AWS-managed permission", func() error {
			_, err := c.SetDefaultPermissionVersion(ctx, &ram.SetDefaultPermissionVersionInput{PermissionArn: p(tgwDefault), PermissionVersion: p(int32(1))})
			return err
		}, "InvalidParameterException", "You can't change the default version of an AWS managed permission.", 400},
		{"set a missing default", func() error {
			_, err := c.SetDefaultPermissionVersion(ctx, &ram.SetDefaultPermissionVersionInput{PermissionArn: p(cmp), PermissionVersion: p(int32(3))})
			return err
		}, "InvalidParameterException", "Version 3 of permission " + cmp + " does not exist.", 400},
		{"bad permissionType", func() error {
			_, err := c.ListPermissions(ctx, &ram.ListPermissionsInput{PermissionType: "MINE"})
			return err
		}, "InvalidParameterException", "MINE is not a valid scope. Must be one of: ALL, AWS, LOCAL.", 400},
		{"ListPermissions unknown type", func() error {
			_, err := c.ListPermissions(ctx, &ram.ListPermissionsInput{ResourceType: p("s3:Bucket")})
			return err
		}, "InvalidParameterException", "Invalid resource type: s3:Bucket", 400},
		{"attach a permission of another account", func() error {
			_, err := c.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: p(shareARN), PermissionArn: p(cmpARN(Recipient, "Read"))})
			return err
		}, "UnknownResourceException", "Permission " + cmpARN(Recipient, "Read") + " could not be found.", 400},
		{"attach to a malformed share ARN", func() error {
			_, err := c.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: p(badShareARN), PermissionArn: p(cmp)})
			return err
		}, "MalformedArnException", "The specified resource share ARN is not valid. Verify the ARN and try again.", 400},
		{"attach to another account's share", func() error {
			_, err := h.Client(Recipient, Region).AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: p(shareARN), PermissionArn: p(projectDefault)})
			return err
		}, "UnknownResourceException", "ResourceShare " + shareARN + " could not be found.", 400},
		{"detach a malformed permission ARN", func() error {
			_, err := c.DisassociateResourceSharePermission(ctx, &ram.DisassociateResourceSharePermissionInput{ResourceShareArn: p(shareARN), PermissionArn: p("arn:aws:ram::aws:x")})
			return err
		}, "MalformedArnException", m25, 400},
		{"create a share with an unknown permission", func() error {
			_, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("x"), ResourceArns: []string{Project(Owner, "y")}, PermissionArns: []string{cmpARN(Owner, "Nope")}})
			return err
		}, "UnknownResourceException", "Permission " + cmpARN(Owner, "Nope") + " could not be found.", 400},
		{"bad feature set", func() error {
			_, err := c.ListPermissionAssociations(ctx, &ram.ListPermissionAssociationsInput{FeatureSet: "FANCY"})
			return err
		}, "InvalidParameterException", "FANCY is not a valid feature set.", 400},
		{"ListPermissionAssociations malformed ARN", func() error {
			_, err := c.ListPermissionAssociations(ctx, &ram.ListPermissionAssociationsInput{PermissionArn: p("x")})
			return err
		}, "MalformedArnException", m25, 400},
		{"bad work status", func() error {
			_, err := c.ListReplacePermissionAssociationsWork(ctx, &ram.ListReplacePermissionAssociationsWorkInput{Status: "DONE"})
			return err
		}, "InvalidParameterException", "DONE is not a valid status.", 400},
		{"replace from an unknown permission", func() error {
			_, err := c.ReplacePermissionAssociations(ctx, &ram.ReplacePermissionAssociationsInput{FromPermissionArn: p(cmpARN(Owner, "Nope")), ToPermissionArn: p(cmp)})
			return err
		}, "UnknownResourceException", "Permission " + cmpARN(Owner, "Nope") + " could not be found.", 400},
		{"ListPermissionVersions maxResults", func() error {
			_, err := c.ListPermissionVersions(ctx, &ram.ListPermissionVersionsInput{PermissionArn: p(cmp), MaxResults: p(int32(0))})
			return err
		}, "InvalidParameterException", "The value 0 for maxResults is not valid. Specify a value between 1 and 500.", 400},
		{"ListPermissions foreign token", func() error {
			out, err := c.ListPermissions(ctx, &ram.ListPermissionsInput{MaxResults: p(int32(1))})
			require.NoError(t, err)
			_, err = c.ListPermissions(ctx, &ram.ListPermissionsInput{MaxResults: p(int32(1)), PermissionType: types.PermissionTypeFilterAwsManaged, NextToken: out.NextToken})
			return err
		}, "InvalidNextTokenException", "The specified value for nextToken is not valid.", 400},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { requireErrorStatus(t, tc.call(), tc.code, tc.msg, tc.status) })
	}

	// Missing members: the service's exception, or the client's refusal.
	for name, call := range map[string]func(t *testing.T){
		"DeletePermission": func(t *testing.T) {
			_, err := c.DeletePermission(ctx, &ram.DeletePermissionInput{})
			requireMissing(t, h, err, "MalformedArnException", m25)
		},
		"CreatePermission": func(t *testing.T) {
			_, err := c.CreatePermission(ctx, &ram.CreatePermissionInput{Name: p("X"), ResourceType: p("codebuild:Project")})
			requireMissing(t, h, err, "InvalidParameterException", "Missing required parameter: policyTemplate.")
		},
		"DeletePermissionVersion": func(t *testing.T) {
			_, err := c.DeletePermissionVersion(ctx, &ram.DeletePermissionVersionInput{PermissionArn: p(cmp)})
			requireMissing(t, h, err, "InvalidParameterException", "Missing required parameter: permissionVersion.")
		},
		"PromotePermissionCreatedFromPolicy": func(t *testing.T) {
			_, err := c.PromotePermissionCreatedFromPolicy(ctx, &ram.PromotePermissionCreatedFromPolicyInput{PermissionArn: p(cmp)})
			requireMissing(t, h, err, "MissingRequiredParameterException", "Missing required parameter: name.")
		},
		"PromoteResourceShareCreatedFromPolicy": func(t *testing.T) {
			_, err := c.PromoteResourceShareCreatedFromPolicy(ctx, &ram.PromoteResourceShareCreatedFromPolicyInput{})
			requireMissing(t, h, err, "MissingRequiredParameterException", "Missing required parameter: resourceShareArn.")
		},
		"ListPendingInvitationResources": func(t *testing.T) {
			_, err := c.ListPendingInvitationResources(ctx, &ram.ListPendingInvitationResourcesInput{})
			requireMissing(t, h, err, "MissingRequiredParameterException", "Missing required parameter: resourceShareInvitationArn.")
		},
		"AssociateResourceSharePermission": func(t *testing.T) {
			_, err := c.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: p(shareARN)})
			requireMissing(t, h, err, "InvalidParameterException", "Missing required parameter: permissionArn.")
		},
	} {
		t.Run("missing/"+name, call)
	}

	// Client tokens: a reuse with other parameters is refused with the
	// exception each operation models.
	_, err := c.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: p(shareARN), PermissionArn: p(cmp), Replace: p(true), ClientToken: p("t1")})
	require.NoError(t, err)
	_, err = c.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: p(shareARN), PermissionArn: p(projectDefault), Replace: p(true), ClientToken: p("t1")})
	requireError(t, err, "InvalidClientTokenException", "The client token t1 was already used with different parameters.")
	_, err = c.CreatePermissionVersion(ctx, &ram.CreatePermissionVersionInput{PermissionArn: p(cmp), PolicyTemplate: p(readTemplate), ClientToken: p("t2")})
	require.NoError(t, err)
	_, err = c.CreatePermissionVersion(ctx, &ram.CreatePermissionVersionInput{PermissionArn: p(cmp), PolicyTemplate: p(`{"Action":"codebuild:Other"}`), ClientToken: p("t2")})
	requireError(t, err, "IdempotentParameterMismatchException", "The client token t2 was already used with different parameters.")
	_, err = c.CreatePermission(ctx, &ram.CreatePermissionInput{Name: p("X"), ResourceType: p("codebuild:Project"), PolicyTemplate: p(readTemplate), ClientToken: p(strings.Repeat("t", 65))})
	requireError(t, err, "InvalidClientTokenException", "The client token "+strings.Repeat("t", 65)+" is not valid.")
	_, err = c.PromotePermissionCreatedFromPolicy(ctx, &ram.PromotePermissionCreatedFromPolicyInput{PermissionArn: p(cmp), Name: p("Y"), ClientToken: p(strings.Repeat("t", 65))})
	requireError(t, err, "InvalidParameterException", "The client token "+strings.Repeat("t", 65)+" is not valid.")

	// Version 2 is the default: it cannot go.
	_, err = c.DeletePermissionVersion(ctx, &ram.DeletePermissionVersionInput{PermissionArn: p(cmp), PermissionVersion: p(int32(2))})
	requireError(t, err, "InvalidParameterException", "You can't delete the default version of a permission.")

	// Failed calls changed nothing: still two versions, no permission X.
	versions, err := c.ListPermissionVersions(ctx, &ram.ListPermissionVersionsInput{PermissionArn: p(cmp)})
	require.NoError(t, err)
	assert.Len(t, versions.Permissions, 2)
	_, err = c.GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p(cmpARN(Owner, "X"))})
	requireError(t, err, "UnknownResourceException", "")
}

func testPermissionQuotas(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{RAM: share.RAMOptions{MaxCustomerManagedPermissions: 3, MaxCustomerManagedPermissionsPerType: 2, MaxPermissionVersions: 2}})
	own := as(t, h, Owner)
	own.createPermission("P1", "codebuild:Project", readTemplate)
	own.createPermission("P2", "codebuild:Project", readTemplate)
	_, err := own.api.CreatePermission(ctx, &ram.CreatePermissionInput{Name: p("P3"), ResourceType: p("codebuild:Project"), PolicyTemplate: p(readTemplate)})
	requireError(t, err, "PermissionLimitExceededException", "The request would exceed the limit of 2 customer managed permissions.")
	own.createPermission("I1", "imagebuilder:Image", `{"Action":"imagebuilder:GetImage"}`)
	_, err = own.api.CreatePermission(ctx, &ram.CreatePermissionInput{Name: p("I2"), ResourceType: p("imagebuilder:Image"), PolicyTemplate: p(`{"Action":"imagebuilder:GetImage"}`)})
	requireError(t, err, "PermissionLimitExceededException", "The request would exceed the limit of 3 customer managed permissions.")
	// Quotas are per account.
	as(t, h, Recipient).createPermission("P3", "codebuild:Project", readTemplate)

	_, err = own.api.CreatePermissionVersion(ctx, &ram.CreatePermissionVersionInput{PermissionArn: p(cmpARN(Owner, "P1")), PolicyTemplate: p(readTemplate)})
	require.NoError(t, err)
	_, err = own.api.CreatePermissionVersion(ctx, &ram.CreatePermissionVersionInput{PermissionArn: p(cmpARN(Owner, "P1")), PolicyTemplate: p(readTemplate)})
	requireError(t, err, "PermissionVersionsLimitExceededException", "The permission "+cmpARN(Owner, "P1")+" already has the maximum of 2 versions.")

	// Deleting frees a slot.
	_, err = own.api.DeletePermission(ctx, &ram.DeletePermissionInput{PermissionArn: p(cmpARN(Owner, "P2"))})
	require.NoError(t, err)
	own.createPermission("P3", "codebuild:Project", readTemplate)
}

func testResourceTypes(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	c := h.Client(Recipient, Region)
	out, err := c.ListResourceTypes(ctx, &ram.ListResourceTypesInput{})
	require.NoError(t, err)
	require.Len(t, out.ResourceTypes, 43)
	var names []string
	for _, rt := range out.ResourceTypes {
		names = append(names, *rt.ResourceType)
		service, _, _ := strings.Cut(*rt.ResourceType, ":")
		assert.Equal(t, service, *rt.ServiceName)
	}
	assert.IsIncreasing(t, names)
	assert.Contains(t, names, "ec2:Subnet")

	global, err := c.ListResourceTypes(ctx, &ram.ListResourceTypesInput{ResourceRegionScope: types.ResourceRegionScopeFilterGlobal})
	require.NoError(t, err)
	require.Len(t, global.ResourceTypes, 1)
	assert.Equal(t, "networkmanager:CoreNetwork", *global.ResourceTypes[0].ResourceType)
	assert.Equal(t, types.ResourceRegionScopeGlobal, global.ResourceTypes[0].ResourceRegionScope)
	regional, err := c.ListResourceTypes(ctx, &ram.ListResourceTypesInput{ResourceRegionScope: types.ResourceRegionScopeFilterRegional})
	require.NoError(t, err)
	assert.Len(t, regional.ResourceTypes, 42)

	var paged []string
	in := &ram.ListResourceTypesInput{MaxResults: p(int32(10))}
	for {
		out, err := c.ListResourceTypes(ctx, in)
		require.NoError(t, err)
		for _, rt := range out.ResourceTypes {
			paged = append(paged, *rt.ResourceType)
		}
		if out.NextToken == nil {
			break
		}
		in.NextToken = out.NextToken
	}
	assert.Equal(t, names, paged)

	_, err = c.ListResourceTypes(ctx, &ram.ListResourceTypesInput{ResourceRegionScope: "PLANET"})
	requireError(t, err, "InvalidParameterException", "PLANET is not a valid resource region scope value. Specify a valid value and try again.")
}

func testPendingResources(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own, rec := as(t, h, Owner), as(t, h, Recipient)
	s := own.create("s", []string{TGW(Owner, "2"), TGW(Owner, "1")}, []string{Recipient})
	inv := *rec.onlyInvitation().ResourceShareInvitationArn
	list := func(api API, in *ram.ListPendingInvitationResourcesInput) ([]string, error) {
		out, err := api.ListPendingInvitationResources(ctx, in)
		if err != nil {
			return nil, err
		}
		var arns []string
		for _, r := range out.Resources {
			assert.Equal(t, types.ResourceStatusAvailable, r.Status)
			assert.Equal(t, *s.ResourceShareArn, *r.ResourceShareArn)
			arns = append(arns, *r.Arn)
		}
		return arns, nil
	}
	got, err := list(rec.api, &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: p(inv)})
	require.NoError(t, err)
	assert.Equal(t, []string{TGW(Owner, "1"), TGW(Owner, "2")}, got, "the share's resources, by ARN, before accepting")
	page1, err := rec.api.ListPendingInvitationResources(ctx, &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: p(inv), MaxResults: p(int32(1))})
	require.NoError(t, err)
	require.Len(t, page1.Resources, 1)
	got, err = list(rec.api, &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: p(inv), NextToken: page1.NextToken, MaxResults: p(int32(1))})
	require.NoError(t, err)
	assert.Equal(t, []string{TGW(Owner, "2")}, got)
	got, err = list(rec.api, &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: p(inv), ResourceRegionScope: types.ResourceRegionScopeFilterGlobal})
	require.NoError(t, err)
	assert.Empty(t, got)

	// Only the receiver may look.
	_, err = own.api.ListPendingInvitationResources(ctx, &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: p(inv)})
	requireError(t, err, "ResourceShareInvitationArnNotFoundException", "ResourceShareInvitation "+inv+" could not be found.")
	_, err = rec.api.ListPendingInvitationResources(ctx, &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: p("arn:aws:ram:us-east-1:111111111111:invitation/x")})
	requireError(t, err, "MalformedArnException", "The specified resource share invitation ARN is not valid. Verify the ARN and try again.")
	_, err = rec.api.ListPendingInvitationResources(ctx, &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: p(inv), ResourceRegionScope: "X"})
	requireError(t, err, "InvalidParameterException", "X is not a valid resource region scope value. Specify a valid value and try again.")

	// Accepted, rejected and expired invitations.
	_, err = rec.accept(inv)
	require.NoError(t, err)
	_, err = rec.api.ListPendingInvitationResources(ctx, &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: p(inv)})
	requireError(t, err, "InvalidParameterException", "The invitation "+inv+" is not pending.")

	third := as(t, h, Third)
	_, err = own.api.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Third}})
	require.NoError(t, err)
	inv3 := *third.onlyInvitation().ResourceShareInvitationArn
	_, err = third.reject(inv3)
	require.NoError(t, err)
	_, err = third.api.ListPendingInvitationResources(ctx, &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: p(inv3)})
	requireError(t, err, "ResourceShareInvitationAlreadyRejectedException", "The invitation "+inv3+" has already been rejected.")

	member := as(t, h, Member)
	_, err = own.api.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: s.ResourceShareArn, Principals: []string{Member}})
	require.NoError(t, err)
	inv4 := *member.onlyInvitation().ResourceShareInvitationArn
	h.Advance(t, 7*24*time.Hour)
	_, err = member.api.ListPendingInvitationResources(ctx, &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: p(inv4)})
	requireError(t, err, "ResourceShareInvitationExpiredException", "The invitation "+inv4+" has expired.")
}

func testSources(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := as(t, h, Owner)
	out, err := own.api.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: p("svc"), ResourceArns: []string{Project(Owner, "p")},
		Principals: []string{"codebuild.amazonaws.com"}, Sources: []string{Recipient, "o-abcdefghij"}})
	require.NoError(t, err)
	arn := *out.ResourceShare.ResourceShareArn
	list := func(in *ram.ListSourceAssociationsInput) map[string]types.AssociatedSource {
		t.Helper()
		out, err := own.api.ListSourceAssociations(ctx, in)
		require.NoError(t, err)
		m := map[string]types.AssociatedSource{}
		for _, s := range out.SourceAssociations {
			assert.Equal(t, arn, *s.ResourceShareArn)
			m[*s.SourceId] = s
		}
		return m
	}
	all := list(&ram.ListSourceAssociationsInput{})
	require.Len(t, all, 2)
	assert.Equal(t, "ACCOUNT", *all[Recipient].SourceType)
	assert.Equal(t, "ORGANIZATION_ID", *all["o-abcdefghij"].SourceType)
	assert.Equal(t, "ASSOCIATED", *all[Recipient].Status)
	sameTime(t, h.Now(t), *all[Recipient].CreationTime)

	// The sources restrict the service principal in the policy.
	st := own.statements(Project(Owner, "p"))
	require.Len(t, st, 1)
	assert.Equal(t, map[string]any{"aws:SourceAccount": []any{Recipient}, "aws:SourceOrgID": []any{"o-abcdefghij"}}, st[0].Condition["StringEquals"])

	_, err = own.api.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: p(arn), Sources: []string{"arn:aws:codebuild:us-east-1:222222222222:project/x"}})
	require.NoError(t, err)
	_, err = own.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: p(arn), Sources: []string{Recipient}})
	require.NoError(t, err)
	all = list(&ram.ListSourceAssociationsInput{})
	require.Len(t, all, 3)
	assert.Equal(t, "DISASSOCIATED", *all[Recipient].Status)
	assert.Equal(t, "ARN", *all["arn:aws:codebuild:us-east-1:222222222222:project/x"].SourceType)
	assert.Len(t, list(&ram.ListSourceAssociationsInput{AssociationStatus: types.ResourceShareAssociationStatusAssociated}), 2)
	// Removing a source again changes nothing (ram.md §A6); one never
	// associated is unknown.
	_, err = own.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: p(arn), Sources: []string{Recipient}})
	require.NoError(t, err)
	assert.Equal(t, all[Recipient], list(&ram.ListSourceAssociationsInput{SourceId: p(Recipient)})[Recipient])
	_, err = own.api.DisassociateResourceShare(ctx, &ram.DisassociateResourceShareInput{ResourceShareArn: p(arn), Sources: []string{Third}})
	requireError(t, err, "UnknownResourceException", Third+" could not be found in resource share "+arn+".")
	assert.Len(t, list(&ram.ListSourceAssociationsInput{SourceType: p("ARN")}), 1)
	assert.Len(t, list(&ram.ListSourceAssociationsInput{SourceId: p("o-abcdefghij"), ResourceShareArns: []string{arn}}), 1)
	st = own.statements(Project(Owner, "p"))
	assert.Equal(t, map[string]any{"aws:SourceOrgID": []any{"o-abcdefghij"}}, st[0].Condition["StringEquals"])

	// Another account sees none of them; errors.
	rout, err := h.Client(Recipient, Region).ListSourceAssociations(ctx, &ram.ListSourceAssociationsInput{})
	require.NoError(t, err)
	assert.Empty(t, rout.SourceAssociations)
	_, err = h.Client(Recipient, Region).ListSourceAssociations(ctx, &ram.ListSourceAssociationsInput{ResourceShareArns: []string{arn}})
	requireError(t, err, "UnknownResourceException", "ResourceShare "+arn+" could not be found.")
	_, err = own.api.ListSourceAssociations(ctx, &ram.ListSourceAssociationsInput{ResourceShareArns: []string{badShareARN}})
	requireError(t, err, "MalformedArnException", "The specified resource share ARN is not valid. Verify the ARN and try again.")
	_, err = own.api.ListSourceAssociations(ctx, &ram.ListSourceAssociationsInput{AssociationStatus: "GONE"})
	requireError(t, err, "InvalidParameterException", "GONE is not a valid association status.")

	// Deleting the share ends every source association.
	_, err = own.api.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: p(arn)})
	require.NoError(t, err)
	assert.Len(t, list(&ram.ListSourceAssociationsInput{AssociationStatus: types.ResourceShareAssociationStatusDisassociated}), 3)
}

func testPromote(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	own := as(t, h, Owner)
	c := own.api
	standard := own.create("standard", []string{Project(Owner, "s")}, nil)
	cmp := cmpARN(Owner, "Read")
	own.createPermission("Read", "codebuild:Project", readTemplate)

	// Refusals that need no CREATED_FROM_POLICY object.
	_, err := c.PromoteResourceShareCreatedFromPolicy(ctx, &ram.PromoteResourceShareCreatedFromPolicyInput{ResourceShareArn: standard.ResourceShareArn})
	requireError(t, err, "InvalidStateTransitionException", "The resource share "+*standard.ResourceShareArn+" is not a CREATED_FROM_POLICY resource share.")
	_, err = c.PromoteResourceShareCreatedFromPolicy(ctx, &ram.PromoteResourceShareCreatedFromPolicyInput{ResourceShareArn: p(badShareARN)})
	requireError(t, err, "MalformedArnException", "The specified resource share ARN is not valid. Verify the ARN and try again.")
	_, err = c.PromotePermissionCreatedFromPolicy(ctx, &ram.PromotePermissionCreatedFromPolicyInput{PermissionArn: p(cmp), Name: p("Copy")})
	requireError(t, err, "InvalidParameterException", "The permission "+cmp+" was not created from a policy.")
	_, err = c.PromotePermissionCreatedFromPolicy(ctx, &ram.PromotePermissionCreatedFromPolicyInput{PermissionArn: p(tgwDefault), Name: p("Copy")})
	requireError(t, err, "InvalidParameterException", "The permission "+tgwDefault+" was not created from a policy.")

	seeder, ok := h.(PolicyShareSeeder)
	if !ok {
		return
	}
	template := `{"Effect":"Allow","Action":["codebuild:BatchGetProjects","codebuild:StartBuild"]}`
	arn, perms := seeder.SeedShareCreatedFromPolicy(t, Owner, Region, "from-policy", []string{Project(Owner, "p")}, []string{Recipient}, template)
	require.Len(t, perms, 1)
	fromPolicy := perms[0]
	shares := func() map[string]types.ResourceShare {
		m := map[string]types.ResourceShare{}
		for _, s := range own.shares(self) {
			m[*s.ResourceShareArn] = s
		}
		return m
	}
	assert.Equal(t, types.ResourceShareFeatureSetCreatedFromPolicy, shares()[arn].FeatureSet)
	g, err := c.GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p(fromPolicy)})
	require.NoError(t, err)
	assert.Equal(t, types.PermissionFeatureSetCreatedFromPolicy, g.Permission.FeatureSet)
	assert.Equal(t, types.PermissionStatusUnattachable, g.Permission.Status)

	// The share cannot be changed before it is promoted, and its permission
	// cannot be attached elsewhere.
	const refusal = "You can't modify a resource share that was created from a resource-based policy. Promote it first."
	_, err = c.UpdateResourceShare(ctx, &ram.UpdateResourceShareInput{ResourceShareArn: p(arn), Name: p("x")})
	requireError(t, err, "OperationNotPermittedException", refusal)
	_, err = c.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: p(arn), Principals: []string{Third}})
	requireError(t, err, "OperationNotPermittedException", refusal)
	_, err = c.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: p(arn), PermissionArn: p(cmp), Replace: p(true)})
	requireError(t, err, "OperationNotPermittedException", refusal)
	_, err = c.AssociateResourceSharePermission(ctx, &ram.AssociateResourceSharePermissionInput{ResourceShareArn: standard.ResourceShareArn, PermissionArn: p(fromPolicy), Replace: p(true)})
	requireError(t, err, "InvalidParameterException", "The permission "+fromPolicy+" can't be attached.")
	// ReplacePermissionAssociations passes it over: it keeps its permission.
	_, err = c.ReplacePermissionAssociations(ctx, &ram.ReplacePermissionAssociationsInput{FromPermissionArn: p(fromPolicy), ToPermissionArn: p(cmp)})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"codebuild:Project": fromPolicy + "@1"}, own.sharePermissions(arn))

	// No managed permission has the same template yet.
	_, err = c.PromoteResourceShareCreatedFromPolicy(ctx, &ram.PromoteResourceShareCreatedFromPolicyInput{ResourceShareArn: p(arn)})
	requireError(t, err, "UnmatchedPolicyPermissionException", "No managed permission matches the permission of resource share "+arn+".")

	// Promoting the permission makes one; the original stays.
	pp, err := c.PromotePermissionCreatedFromPolicy(ctx, &ram.PromotePermissionCreatedFromPolicyInput{PermissionArn: p(fromPolicy), Name: p("BuildAndRead")})
	require.NoError(t, err)
	promoted := cmpARN(Owner, "BuildAndRead")
	assert.Equal(t, promoted, *pp.Permission.Arn)
	assert.Equal(t, types.PermissionFeatureSetStandard, pp.Permission.FeatureSet)
	assert.Equal(t, "ATTACHABLE", *pp.Permission.Status)
	g, err = c.GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p(promoted)})
	require.NoError(t, err)
	assert.JSONEq(t, template, *g.Permission.Permission)
	_, err = c.GetPermission(ctx, &ram.GetPermissionInput{PermissionArn: p(fromPolicy)})
	require.NoError(t, err)
	_, err = c.PromotePermissionCreatedFromPolicy(ctx, &ram.PromotePermissionCreatedFromPolicyInput{PermissionArn: p(fromPolicy), Name: p("Read")})
	requireError(t, err, "InvalidParameterException", "A permission with the name Read already exists in this Region.")

	// Now the share can be promoted: it uses the matching permission and
	// becomes STANDARD.
	out, err := c.PromoteResourceShareCreatedFromPolicy(ctx, &ram.PromoteResourceShareCreatedFromPolicyInput{ResourceShareArn: p(arn)})
	require.NoError(t, err)
	assert.True(t, *out.ReturnValue)
	assert.Equal(t, types.ResourceShareFeatureSetStandard, shares()[arn].FeatureSet)
	assert.Equal(t, map[string]string{"codebuild:Project": promoted + "@1"}, own.sharePermissions(arn))
	_, err = c.UpdateResourceShare(ctx, &ram.UpdateResourceShareInput{ResourceShareArn: p(arn), Name: p("promoted")})
	require.NoError(t, err)
	_, err = c.PromoteResourceShareCreatedFromPolicy(ctx, &ram.PromoteResourceShareCreatedFromPolicyInput{ResourceShareArn: p(arn)})
	requireError(t, err, "InvalidStateTransitionException", "The resource share "+arn+" is not a CREATED_FROM_POLICY resource share.")
}
