package wellarchitected_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/share/sharetest"
	"github.com/sharesim/sharesim/wellarchitected"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// TestConcurrentSharing hammers one world from many goroutines: owners
// create and share workloads while recipients list and answer invitations
// and list what they see. Run it with -race. At the end every accepted share
// is visible to its recipient and every rejected one is not.
func TestConcurrentSharing(t *testing.T) {
	store, _ := sharetest.NewStore(nil)
	ctx := context.Background()
	const owners, recipients, perOwner = 4, 4, 10
	acct := func(i int) string { return fmt.Sprintf("%012d", 400000000000+i) }

	var wg sync.WaitGroup
	for o := range owners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := wellarchitected.New(store, acct(o), "us-east-1")
			for w := range perOwner {
				out, err := c.CreateWorkload(ctx, &wellarchitected.CreateWorkloadInput{
					WorkloadName: ptr(fmt.Sprintf("workload %d-%d", o, w)), Description: ptr("stress"), Environment: types.WorkloadEnvironmentProduction,
					AwsRegions: []string{"us-east-1"}, ReviewOwner: ptr("owner@example.com"), Lenses: []string{"wellarchitected"},
				})
				if !assert.NoError(t, err) {
					return
				}
				for r := range recipients {
					_, err := c.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{
						WorkloadId: out.WorkloadId, SharedWith: ptr(acct(100 + r)), PermissionType: types.PermissionTypeReadonly,
					})
					assert.NoError(t, err)
				}
			}
		}()
	}
	accepted := make([]map[string]bool, recipients) // per recipient: workload IDs accepted
	for r := range recipients {
		accepted[r] = map[string]bool{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := wellarchitected.New(store, acct(100+r), "us-east-1")
			answered := 0
			for answered < owners*perOwner {
				inv, err := c.ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{})
				if !assert.NoError(t, err) {
					return
				}
				for _, i := range inv.ShareInvitationSummaries {
					action := types.ShareInvitationActionAccept
					if answered%3 == 0 {
						action = types.ShareInvitationActionReject
					}
					_, err := c.UpdateShareInvitation(ctx, &wellarchitected.UpdateShareInvitationInput{ShareInvitationId: i.ShareInvitationId, ShareInvitationAction: action})
					if !assert.NoError(t, err) {
						return
					}
					if action == types.ShareInvitationActionAccept {
						accepted[r][*i.WorkloadId] = true
					}
					answered++
				}
				_, err = c.ListWorkloads(ctx, &wellarchitected.ListWorkloadsInput{})
				assert.NoError(t, err)
			}
		}()
	}
	wg.Wait()

	for r := range recipients {
		c := wellarchitected.New(store, acct(100+r), "us-east-1")
		seen := map[string]bool{}
		in := &wellarchitected.ListWorkloadsInput{MaxResults: ptr(int32(7))}
		for {
			out, err := c.ListWorkloads(ctx, in)
			require.NoError(t, err)
			for _, w := range out.WorkloadSummaries {
				require.False(t, seen[*w.WorkloadId], "listed twice")
				seen[*w.WorkloadId] = true
			}
			if out.NextToken == nil {
				break
			}
			in.NextToken = out.NextToken
		}
		assert.Equal(t, accepted[r], seen, "recipient %d sees exactly what it accepted", r)
	}
}
