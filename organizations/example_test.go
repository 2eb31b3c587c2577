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
