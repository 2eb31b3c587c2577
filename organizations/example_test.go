package organizations_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/organizations/types"
	"github.com/sharesim/sharesim/share"
)

func ExampleClient_CreateOrganizationalUnit() {
	ctx := context.Background()
	store := share.NewStore(nil)
	mgmt := organizations.New(store, "111111111111")
	if _, err := mgmt.CreateOrganization(ctx, nil); err != nil {
		panic(err)
	}
	roots, _ := mgmt.ListRoots(ctx, nil)

	ou, _ := mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{
		ParentId: roots.Roots[0].Id, Name: new("prod")})
	fmt.Println(*ou.OrganizationalUnit.Name)

	_, err := mgmt.CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{
		ParentId: roots.Roots[0].Id, Name: new("prod")})
	var dup *types.DuplicateOrganizationalUnitException
	fmt.Println(errors.As(err, &dup), dup.ErrorMessage())
	// Output:
	// prod
	// true An OU with the same name already exists.
}

func ExampleClient_DeclineHandshake() {
	ctx := context.Background()
	store := share.NewStore(nil)
	mgmt := organizations.New(store, "111111111111")
	invited := organizations.New(store, "222222222222")
	if _, err := mgmt.CreateOrganization(ctx, nil); err != nil {
		panic(err)
	}
	inv, _ := mgmt.InviteAccountToOrganization(ctx, &organizations.InviteAccountToOrganizationInput{
		Target: &types.HandshakeParty{Id: new("222222222222"), Type: types.HandshakePartyTypeAccount}})

	// The invited account finds the invitation and declines it.
	mine, _ := invited.ListHandshakesForAccount(ctx, nil)
	out, _ := invited.DeclineHandshake(ctx, &organizations.DeclineHandshakeInput{HandshakeId: mine.Handshakes[0].Id})
	fmt.Println(out.Handshake.State)

	// The management account sees the answer and can no longer cancel.
	sent, _ := mgmt.ListHandshakesForOrganization(ctx, nil)
	fmt.Println(*sent.Handshakes[0].Id == *inv.Handshake.Id, sent.Handshakes[0].State)
	_, err := mgmt.CancelHandshake(ctx, &organizations.CancelHandshakeInput{HandshakeId: inv.Handshake.Id})
	var bad *types.InvalidHandshakeTransitionException
	fmt.Println(errors.As(err, &bad))
	// Output:
	// DECLINED
	// true DECLINED
	// true
}
