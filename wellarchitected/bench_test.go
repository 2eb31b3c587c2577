package wellarchitected_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
	"github.com/sharesim/sharesim/wellarchitected"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

const benchRegion = "us-east-1"

func benchAccount(i int) string { return fmt.Sprintf("%012d", 100000000000+i) }

func benchStore(b *testing.B) *share.Store {
	b.Helper()
	store, _ := sharetest.NewStore(&share.Options{WellArchitected: share.WAOptions{
		MaxSharesPerWorkload: 1 << 30, MaxSharesPerLens: 1 << 30, MaxWorkloads: 1 << 30,
	}})
	return store
}

func benchWorkload(b *testing.B, c *wellarchitected.Client, name string) string {
	b.Helper()
	out, err := c.CreateWorkload(context.Background(), &wellarchitected.CreateWorkloadInput{
		WorkloadName: &name, Description: ptr("benchmark"), Environment: types.WorkloadEnvironmentProduction,
		AwsRegions: []string{benchRegion}, ReviewOwner: ptr("owner@example.com"), Lenses: []string{"wellarchitected"},
	})
	if err != nil {
		b.Fatal(err)
	}
	return *out.WorkloadId
}

func ptr[T any](v T) *T { return &v }

// BenchmarkCreateWorkloadShare measures sharing one workload with ever more
// accounts (each share is a new invitation).
func BenchmarkCreateWorkloadShare(b *testing.B) {
	store := benchStore(b)
	owner := wellarchitected.New(store, benchAccount(0), benchRegion)
	id := benchWorkload(b, owner, "shared-widely")
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := owner.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{
			WorkloadId: &id, SharedWith: ptr(benchAccount(i + 1)), PermissionType: types.PermissionTypeReadonly,
		}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCreateLensShare measures sharing one published lens.
func BenchmarkCreateLensShare(b *testing.B) {
	store := benchStore(b)
	owner := wellarchitected.New(store, benchAccount(0), benchRegion)
	ctx := context.Background()
	imp, err := owner.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: ptr(exampleLens)})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := owner.CreateLensVersion(ctx, &wellarchitected.CreateLensVersionInput{LensAlias: imp.LensArn, LensVersion: ptr("1")}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := owner.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: imp.LensArn, SharedWith: ptr(benchAccount(i + 1))}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListShareInvitations measures the first page (50) of one
// recipient's pending invitations, as the inbox grows: the cost should
// depend on the page, not on n.
func BenchmarkListShareInvitations(b *testing.B) {
	for _, n := range []int{100, 10000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			store := benchStore(b)
			ctx := context.Background()
			recipient := benchAccount(999999)
			for i := 0; i < n; i++ {
				owner := wellarchitected.New(store, benchAccount(i/500), benchRegion)
				id := benchWorkload(b, owner, fmt.Sprintf("workload-%d", i))
				if _, err := owner.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: &id, SharedWith: &recipient, PermissionType: types.PermissionTypeReadonly}); err != nil {
					b.Fatal(err)
				}
			}
			c := wellarchitected.New(store, recipient, benchRegion)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				out, err := c.ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{MaxResults: ptr(int32(50))})
				if err != nil || len(out.ShareInvitationSummaries) != 50 {
					b.Fatal(err, len(out.ShareInvitationSummaries))
				}
			}
		})
	}
}

// BenchmarkListShareInvitationsByType measures the first page (50) of one
// recipient's profile invitations while n workload invitations share its
// inbox: filtering by type pages a per-type index, so the cost should not
// depend on n.
func BenchmarkListShareInvitationsByType(b *testing.B) {
	for _, n := range []int{100, 10000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			store := benchStore(b)
			ctx := context.Background()
			recipient := benchAccount(999999)
			for i := 0; i < n; i++ {
				owner := wellarchitected.New(store, benchAccount(i/500), benchRegion)
				id := benchWorkload(b, owner, fmt.Sprintf("workload-%d", i))
				if _, err := owner.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: &id, SharedWith: &recipient, PermissionType: types.PermissionTypeReadonly}); err != nil {
					b.Fatal(err)
				}
			}
			owner := wellarchitected.New(store, benchAccount(0), benchRegion)
			for i := 0; i < 50; i++ {
				p, err := owner.CreateProfile(ctx, &wellarchitected.CreateProfileInput{ProfileName: ptr(fmt.Sprintf("profile-%d", i)),
					ProfileDescription: ptr("benchmark"), ProfileQuestions: []types.ProfileQuestionUpdate{}})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := owner.CreateProfileShare(ctx, &wellarchitected.CreateProfileShareInput{ProfileArn: p.ProfileArn, SharedWith: &recipient}); err != nil {
					b.Fatal(err)
				}
			}
			c := wellarchitected.New(store, recipient, benchRegion)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				out, err := c.ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{ShareResourceType: types.ShareResourceTypeProfile, MaxResults: ptr(int32(50))})
				if err != nil || len(out.ShareInvitationSummaries) != 50 {
					b.Fatal(err, len(out.ShareInvitationSummaries))
				}
			}
		})
	}
}

// BenchmarkListWorkloadShares measures the first page (50) of one
// workload's shares as their number grows.
func BenchmarkListWorkloadShares(b *testing.B) {
	for _, n := range []int{100, 10000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			store := benchStore(b)
			ctx := context.Background()
			owner := wellarchitected.New(store, benchAccount(0), benchRegion)
			id := benchWorkload(b, owner, "shared-widely")
			for i := 0; i < n; i++ {
				if _, err := owner.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: &id, SharedWith: ptr(benchAccount(i + 1)), PermissionType: types.PermissionTypeReadonly}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				out, err := owner.ListWorkloadShares(ctx, &wellarchitected.ListWorkloadSharesInput{WorkloadId: &id, MaxResults: ptr(int32(50))})
				if err != nil || len(out.WorkloadShareSummaries) != 50 {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkListWorkloads measures the first page (50) of ListWorkloads, for
// an owner of n workloads and for a recipient of n accepted shares.
func BenchmarkListWorkloads(b *testing.B) {
	for _, n := range []int{100, 1000} {
		store := benchStore(b)
		ctx := context.Background()
		owner := wellarchitected.New(store, benchAccount(0), benchRegion)
		recipient := wellarchitected.New(store, benchAccount(1), benchRegion)
		for i := 0; i < n; i++ {
			id := benchWorkload(b, owner, fmt.Sprintf("workload-%d", i))
			if _, err := owner.CreateWorkloadShare(ctx, &wellarchitected.CreateWorkloadShareInput{WorkloadId: &id, SharedWith: ptr(benchAccount(1)), PermissionType: types.PermissionTypeReadonly}); err != nil {
				b.Fatal(err)
			}
		}
		inv, err := recipient.ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{})
		for err == nil && len(inv.ShareInvitationSummaries) > 0 {
			for _, i := range inv.ShareInvitationSummaries {
				if _, err := recipient.UpdateShareInvitation(ctx, &wellarchitected.UpdateShareInvitationInput{ShareInvitationId: i.ShareInvitationId, ShareInvitationAction: types.ShareInvitationActionAccept}); err != nil {
					b.Fatal(err)
				}
			}
			inv, err = recipient.ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{})
		}
		if err != nil {
			b.Fatal(err)
		}
		for _, side := range []struct {
			name string
			c    *wellarchitected.Client
		}{{"owner", owner}, {"recipient", recipient}} {
			b.Run(fmt.Sprintf("%s/n=%d", side.name, n), func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					out, err := side.c.ListWorkloads(ctx, &wellarchitected.ListWorkloadsInput{MaxResults: ptr(int32(50))})
					if err != nil || len(out.WorkloadSummaries) != 50 {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
