package ram_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/types"
	"github.com/sharesim/sharesim/share"
)

// An owner shares a transit gateway with an account outside its
// organization; the recipient sees nothing until it accepts the invitation.
func Example() {
	ctx := context.Background()
	clk := clock.NewFake(time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC))
	store := share.NewStore(&share.Options{Clock: clk})
	owner := ram.New(store, "111111111111", "us-east-1")
	partner := ram.New(store, "222222222222", "us-east-1")

	created, _ := owner.CreateResourceShare(ctx, &ram.CreateResourceShareInput{
		Name:         aws("network"),
		ResourceArns: []string{"arn:aws:ec2:us-east-1:111111111111:transit-gateway/tgw-0123"},
		Principals:   []string{"222222222222"},
	})
	fmt.Println("share:", created.ResourceShare.Status)

	invs, _ := partner.GetResourceShareInvitations(ctx, &ram.GetResourceShareInvitationsInput{})
	inv := invs.ResourceShareInvitations[0]
	fmt.Println("invitation:", inv.Status, "from", *inv.SenderAccountId)

	shared, _ := partner.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: types.ResourceOwnerOtherAccounts})
	fmt.Println("visible before accepting:", len(shared.ResourceShares))

	_, _ = partner.AcceptResourceShareInvitation(ctx, &ram.AcceptResourceShareInvitationInput{ResourceShareInvitationArn: inv.ResourceShareInvitationArn})
	res, _ := partner.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: types.ResourceOwnerOtherAccounts})
	fmt.Println("visible after accepting:", *res.Resources[0].Type)

	// Invitations expire on the world's clock: 7 days for transit gateways.
	_, _ = owner.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{
		ResourceShareArn: created.ResourceShare.ResourceShareArn, Principals: []string{"333333333333"}})
	clk.Advance(7 * 24 * time.Hour)
	late := ram.New(store, "333333333333", "us-east-1")
	invs, _ = late.GetResourceShareInvitations(ctx, &ram.GetResourceShareInvitationsInput{})
	_, err := late.AcceptResourceShareInvitation(ctx, &ram.AcceptResourceShareInvitationInput{
		ResourceShareInvitationArn: invs.ResourceShareInvitations[0].ResourceShareInvitationArn})
	var expired *types.ResourceShareInvitationExpiredException
	fmt.Println("accepting after 7 days:", errors.As(err, &expired), expired.ErrorCode())
	// Output:
	// share: ACTIVE
	// invitation: PENDING from 111111111111
	// visible before accepting: 0
	// visible after accepting: ec2:TransitGateway
	// accepting after 7 days: true ResourceShareInvitationExpiredException
}

// Errors are the AWS exceptions, with the exact code, message and HTTP
// status.
func ExampleClient_GetResourceShares_errors() {
	c := ram.New(share.NewStore(nil), "111111111111", "us-east-1")
	_, err := c.GetResourceShares(context.Background(), &ram.GetResourceSharesInput{
		ResourceOwner: types.ResourceOwnerSelf, MaxResults: aws(int32(1000)),
	})
	var e interface {
		ErrorCode() string
		ErrorMessage() string
		HTTPStatusCode() int
	}
	if errors.As(err, &e) {
		fmt.Println(e.ErrorCode(), e.HTTPStatusCode())
		fmt.Println(e.ErrorMessage())
	}
	// Output:
	// InvalidParameterException 400
	// The value 1000 for maxResults is not valid. Specify a value between 1 and 500.
}

// Embedding code decides which resources exist and who owns them.
func ExampleClient_AssociateResourceShare_resolver() {
	ctx := context.Background()
	known := map[string]string{"arn:aws:ec2:us-east-1:111111111111:prefix-list/pl-1": "111111111111"}
	store := share.NewStore(&share.Options{RAM: share.RAMOptions{
		Resolver: share.RAMResolverFunc(func(r share.RAMResource) (string, bool) {
			owner, ok := known[r.ARN]
			return owner, ok
		}),
	}})
	c := ram.New(store, "111111111111", "us-east-1")
	s, _ := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: aws("prefix-lists"), ResourceArns: []string{
		"arn:aws:ec2:us-east-1:111111111111:prefix-list/pl-1",
		"arn:aws:ec2:us-east-1:111111111111:prefix-list/pl-2",
	}})
	out, _ := c.GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{
		AssociationType: types.ResourceShareAssociationTypeResource, ResourceShareArns: []string{*s.ResourceShare.ResourceShareArn}})
	for _, a := range out.ResourceShareAssociations {
		fmt.Println(*a.AssociatedEntity, a.Status)
	}
	// Output:
	// arn:aws:ec2:us-east-1:111111111111:prefix-list/pl-1 ASSOCIATED
	// arn:aws:ec2:us-east-1:111111111111:prefix-list/pl-2 FAILED
}

func aws[T any](v T) *T { return &v }

// A customer-managed permission limits what a share grants: its actions,
// and its template's Condition, make the resource policy. A new version
// becomes the default, but shares keep the version they use until the owner
// moves them.
func ExampleClient_CreatePermission() {
	ctx := context.Background()
	store := share.NewStore(&share.Options{Clock: clock.NewFake(time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC))})
	owner := ram.New(store, "111111111111", "us-east-1")
	project := "arn:aws:codebuild:us-east-1:111111111111:project/app"

	perm, _ := owner.CreatePermission(ctx, &ram.CreatePermissionInput{
		Name: aws("ReadProjects"), ResourceType: aws("codebuild:Project"),
		PolicyTemplate: aws(`{"Effect":"Allow","Action":"codebuild:BatchGetProjects"}`),
	})
	fmt.Println(*perm.Permission.Arn, "version", *perm.Permission.Version)

	created, _ := owner.CreateResourceShare(ctx, &ram.CreateResourceShareInput{
		Name: aws("builds"), ResourceArns: []string{project}, Principals: []string{"111111111111"},
		PermissionArns: []string{*perm.Permission.Arn},
	})
	pol, _ := owner.GetResourcePolicies(ctx, &ram.GetResourcePoliciesInput{ResourceArns: []string{project}})
	fmt.Println(pol.Policies[0])

	_, _ = owner.CreatePermissionVersion(ctx, &ram.CreatePermissionVersionInput{PermissionArn: perm.Permission.Arn,
		PolicyTemplate: aws(`{"Effect":"Allow","Action":["codebuild:BatchGetProjects","codebuild:StartBuild"]}`)})
	attached, _ := owner.ListResourceSharePermissions(ctx, &ram.ListResourceSharePermissionsInput{ResourceShareArn: created.ResourceShare.ResourceShareArn})
	fmt.Println("share uses version", *attached.Permissions[0].Version, "default:", *attached.Permissions[0].DefaultVersion)

	_, err := owner.CreatePermission(ctx, &ram.CreatePermissionInput{Name: aws("ReadProjects"),
		ResourceType: aws("codebuild:Project"), PolicyTemplate: aws(`{"Action":"codebuild:BatchGetProjects"}`)})
	var exists *types.PermissionAlreadyExistsException
	fmt.Println(errors.As(err, &exists), exists.HTTPStatusCode(), exists.ErrorMessage())
	// Output:
	// arn:aws:ram:us-east-1:111111111111:permission/ReadProjects version 1
	// {"Version":"2008-10-17","Statement":[{"Sid":"RamStatement1","Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111111111111:root"]},"Action":["codebuild:BatchGetProjects"],"Resource":"arn:aws:codebuild:us-east-1:111111111111:project/app"}]}
	// share uses version 1 default: false
	// true 409 A permission with the name ReadProjects already exists in this Region.
}
