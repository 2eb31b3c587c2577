package ram_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/ramtest"
	"github.com/sharesim/sharesim/ram/types"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// TestStressPermissions runs owners that create customer-managed
// permissions, versions and shares using them, and replace associations,
// alongside recipients that read the shares' permissions, all at once; then
// it checks every owner's permissions, versions and associations through the
// API and the store's invariants. Run it with -race.
func TestStressPermissions(t *testing.T) {
	const owners, perOwner = 4, 8
	store, _ := sharetest.NewStore(&share.Options{RAM: share.RAMOptions{MaxCustomerManagedPermissionsPerType: perOwner}})
	ctx := context.Background()
	owner := func(i int) string { return fmt.Sprintf("1000000000%02d", i) }
	const reader = "200000000000"
	template := `{"Action":["codebuild:BatchGetProjects"]}`

	var mu sync.Mutex
	shares := map[string][]string{} // owner -> share ARNs
	var wg sync.WaitGroup
	for o := range owners {
		wg.Go(func() {
			c := ram.New(store, owner(o), ramtest.Region)
			for i := range perOwner {
				name := fmt.Sprintf("P%d", i)
				out, err := c.CreatePermission(ctx, &ram.CreatePermissionInput{Name: &name, ResourceType: ptr("codebuild:Project"), PolicyTemplate: &template})
				if !assert.NoError(t, err) {
					return
				}
				perm := *out.Permission.Arn
				s, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: ptr("s"), Principals: []string{reader},
					ResourceArns: []string{ramtest.Project(owner(o), name)}, PermissionArns: []string{perm}})
				if !assert.NoError(t, err) {
					return
				}
				mu.Lock()
				shares[owner(o)] = append(shares[owner(o)], *s.ResourceShare.ResourceShareArn)
				mu.Unlock()
				_, err = c.CreatePermissionVersion(ctx, &ram.CreatePermissionVersionInput{PermissionArn: &perm, PolicyTemplate: ptr(`{"Action":"codebuild:StartBuild"}`)})
				assert.NoError(t, err)
				_, err = c.ReplacePermissionAssociations(ctx, &ram.ReplacePermissionAssociationsInput{FromPermissionArn: &perm, ToPermissionArn: &perm})
				assert.NoError(t, err)
				_, err = c.ListPermissions(ctx, &ram.ListPermissionsInput{PermissionType: types.PermissionTypeFilterCustomerManaged, MaxResults: ptr(int32(3))})
				assert.NoError(t, err)
			}
		})
	}
	wg.Go(func() {
		c := ram.New(store, reader, ramtest.Region)
		for range owners * perOwner {
			out, err := c.GetResourceShareInvitations(ctx, &ram.GetResourceShareInvitationsInput{})
			if !assert.NoError(t, err) {
				return
			}
			for _, inv := range out.ResourceShareInvitations {
				if inv.Status == types.ResourceShareInvitationStatusPending {
					_, err := c.ListPendingInvitationResources(ctx, &ram.ListPendingInvitationResourcesInput{ResourceShareInvitationArn: inv.ResourceShareInvitationArn})
					assert.NoError(t, err)
				}
			}
			_, err = c.ListPermissions(ctx, &ram.ListPermissionsInput{MaxResults: ptr(int32(11))})
			assert.NoError(t, err)
		}
	})
	wg.Wait()
	require.False(t, t.Failed())

	for o := range owners {
		c := ram.New(store, owner(o), ramtest.Region)
		perms := pages(t, func(tok *string) ([]types.ResourceSharePermissionSummary, *string, error) {
			out, err := c.ListPermissions(ctx, &ram.ListPermissionsInput{PermissionType: types.PermissionTypeFilterCustomerManaged, MaxResults: ptr(int32(3)), NextToken: tok})
			if err != nil {
				return nil, nil, err
			}
			return out.Permissions, out.NextToken, nil
		})
		require.Len(t, perms, perOwner)
		for _, p := range perms {
			assert.Equal(t, "2", *p.Version, "each permission has its second version as default")
		}
		assocs := pages(t, func(tok *string) ([]types.AssociatedPermission, *string, error) {
			out, err := c.ListPermissionAssociations(ctx, &ram.ListPermissionAssociationsInput{MaxResults: ptr(int32(5)), NextToken: tok})
			if err != nil {
				return nil, nil, err
			}
			return out.Permissions, out.NextToken, nil
		})
		var arns []string
		for _, a := range assocs {
			assert.Equal(t, "2", *a.PermissionVersion, "every share was moved to version 2")
			arns = append(arns, *a.ResourceShareArn)
		}
		assert.ElementsMatch(t, shares[owner(o)], arns)
	}
	require.NoError(t, store.RAMCheck())
}
