package ram_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/ramtest"
	"github.com/sharesim/sharesim/ram/types"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// pages collects every item of a paginated listing, failing on a repeated
// token.
func pages[T any](t *testing.T, call func(token *string) ([]T, *string, error)) []T {
	t.Helper()
	var all []T
	var tok *string
	seen := map[string]bool{}
	for {
		items, next, err := call(tok)
		require.NoError(t, err)
		all = append(all, items...)
		if next == nil {
			return all
		}
		require.False(t, seen[*next], "token repeated")
		seen[*next] = true
		tok = next
	}
}

// TestStress hammers one store from many accounts at once (creating,
// associating, accepting and listing) and then checks that nothing was lost
// or duplicated, through the API and through the store's own invariants.
// Run it with -race.
func TestStress(t *testing.T) {
	const owners, recipients, perOwner = 6, 4, 40
	store, _ := sharetest.NewStore(&share.Options{RAM: share.RAMOptions{MaxPendingInvitationsPerSharingAccount: 1 << 20}})
	ctx := context.Background()
	owner := func(i int) string { return fmt.Sprintf("1000000000%02d", i) }
	recipient := func(i int) string { return fmt.Sprintf("2000000000%02d", i) }

	var mu sync.Mutex
	created := map[string][]string{}   // owner -> share ARNs
	addressed := map[string][]string{} // recipient -> share ARNs
	var wg, rwg sync.WaitGroup
	var done atomic.Bool
	for o := range owners {
		wg.Go(func() {
			c := ram.New(store, owner(o), ramtest.Region)
			for i := range perOwner {
				to := recipient((o + i) % recipients)
				out, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: ptr("s"),
					ResourceArns: []string{ramtest.TGW(owner(o), fmt.Sprint(i))}, Principals: []string{to}})
				if !assert.NoError(t, err) {
					return
				}
				arn := *out.ResourceShare.ResourceShareArn
				_, err = c.AssociateResourceShare(ctx, &ram.AssociateResourceShareInput{ResourceShareArn: &arn,
					ResourceArns: []string{ramtest.Mesh(owner(o), fmt.Sprint(i))}})
				assert.NoError(t, err)
				mu.Lock()
				created[owner(o)] = append(created[owner(o)], arn)
				addressed[to] = append(addressed[to], arn)
				mu.Unlock()
				_, err = c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: types.ResourceOwnerSelf, MaxResults: ptr(int32(5))})
				assert.NoError(t, err)
			}
		})
	}
	for r := range recipients {
		rwg.Go(func() {
			c := ram.New(store, recipient(r), ramtest.Region)
			for {
				last := done.Load()
				out, err := c.GetResourceShareInvitations(ctx, &ram.GetResourceShareInvitationsInput{})
				if !assert.NoError(t, err) {
					return
				}
				for _, inv := range out.ResourceShareInvitations {
					if inv.Status == types.ResourceShareInvitationStatusPending {
						_, err := c.AcceptResourceShareInvitation(ctx, &ram.AcceptResourceShareInvitationInput{ResourceShareInvitationArn: inv.ResourceShareInvitationArn})
						assert.NoError(t, err)
					}
				}
				_, err = c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: types.ResourceOwnerOtherAccounts, MaxResults: ptr(int32(7))})
				assert.NoError(t, err)
				if last {
					return
				}
			}
		})
	}
	wg.Wait()
	done.Store(true)
	rwg.Wait()
	require.False(t, t.Failed())

	for o := range owners {
		c := ram.New(store, owner(o), ramtest.Region)
		got := pages(t, func(tok *string) ([]types.ResourceShare, *string, error) {
			out, err := c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: types.ResourceOwnerSelf, MaxResults: ptr(int32(7)), NextToken: tok})
			if err != nil {
				return nil, nil, err
			}
			return out.ResourceShares, out.NextToken, nil
		})
		var arns []string
		for _, s := range got {
			arns = append(arns, *s.ResourceShareArn)
		}
		assert.Len(t, arns, perOwner)
		assert.ElementsMatch(t, created[owner(o)], arns, "owner %s: no lost or duplicated share", owner(o))
		assocs := pages(t, func(tok *string) ([]types.ResourceShareAssociation, *string, error) {
			out, err := c.GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: types.ResourceShareAssociationTypeResource, MaxResults: ptr(int32(9)), NextToken: tok})
			if err != nil {
				return nil, nil, err
			}
			return out.ResourceShareAssociations, out.NextToken, nil
		})
		assert.Len(t, assocs, 2*perOwner, "two resource associations per share")
	}
	for r := range recipients {
		c := ram.New(store, recipient(r), ramtest.Region)
		invs := pages(t, func(tok *string) ([]types.ResourceShareInvitation, *string, error) {
			out, err := c.GetResourceShareInvitations(ctx, &ram.GetResourceShareInvitationsInput{MaxResults: ptr(int32(6)), NextToken: tok})
			if err != nil {
				return nil, nil, err
			}
			return out.ResourceShareInvitations, out.NextToken, nil
		})
		var invShares []string
		for _, inv := range invs {
			assert.Equal(t, types.ResourceShareInvitationStatusAccepted, inv.Status)
			invShares = append(invShares, *inv.ResourceShareArn)
		}
		assert.ElementsMatch(t, addressed[recipient(r)], invShares, "one invitation per share, none lost or duplicated")
		shares := pages(t, func(tok *string) ([]types.ResourceShare, *string, error) {
			out, err := c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: types.ResourceOwnerOtherAccounts, MaxResults: ptr(int32(8)), NextToken: tok})
			if err != nil {
				return nil, nil, err
			}
			return out.ResourceShares, out.NextToken, nil
		})
		var arns []string
		for _, s := range shares {
			arns = append(arns, *s.ResourceShareArn)
		}
		assert.ElementsMatch(t, addressed[recipient(r)], arns)
		resources := pages(t, func(tok *string) ([]types.Resource, *string, error) {
			out, err := c.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: types.ResourceOwnerOtherAccounts, MaxResults: ptr(int32(5)), NextToken: tok})
			if err != nil {
				return nil, nil, err
			}
			return out.Resources, out.NextToken, nil
		})
		assert.Len(t, resources, 2*len(addressed[recipient(r)]))
	}
	require.NoError(t, store.RAMCheck())
}

func ptr[T any](v T) *T { return &v }
