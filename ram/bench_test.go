package ram_test

import (
	"context"
	"fmt"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/ramtest"
	"github.com/sharesim/sharesim/ram/types"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// Benchmarks run in process through the facade. Sizes are the number of
// shares already stored; the stores are built once per size and reused.

var benchSizes = []int{1_000, 100_000, 1_000_000}

const benchOwner, benchMember = "111111111111", "444444444444"

// benchStore returns a store whose owner owns n shares, each with one
// resource and one principal (an organization member or the organization:
// no invitation), built through the domain to keep set-up short.
func benchStore(b testing.TB, n int) (*share.Store, *clock.Fake) {
	b.Helper()
	s, clk := sharetest.NewStore(&share.Options{RAM: share.RAMOptions{MaxSharesPerRegion: 1 << 30,
		MaxResourceAssociationsPerRegion: 1 << 30, MaxPrincipalAssociationsPerRegion: 1 << 30}})
	w := sharetest.StoreWorld{Store: s}
	org, root := w.CreateOrganization(b, benchOwner)
	w.Admit(b, benchOwner, benchMember, root)
	w.EnableServiceAccess(b, benchOwner, share.RAMServicePrincipal)
	c := share.Caller{Account: benchOwner, Region: ramtest.Region}
	// Every other share goes to the member's account, the rest to the whole
	// organization, so that the member's view merges two indexes.
	principals := [][]string{{benchMember}, {ramtest.OrgARN(benchOwner, org)}}
	for i := range n {
		clk.Advance(time.Millisecond)
		_, err := s.CreateResourceShare(c, share.RAMCreateInput{Name: "bench", Principals: principals[i%2],
			ResourceARNs: []string{ramtest.TGW(benchOwner, strconv.Itoa(i))}})
		if err != nil {
			b.Fatal(err)
		}
	}
	s.Settle()
	return s, clk
}

func sizeName(n int) string {
	switch {
	case n >= 1_000_000:
		return fmt.Sprintf("stored=%dM", n/1_000_000)
	case n >= 1_000:
		return fmt.Sprintf("stored=%dk", n/1_000)
	}
	return fmt.Sprintf("stored=%d", n)
}

// BenchmarkStored measures, on top of n stored shares (one store per size,
// released before the next is built so that sizes do not share a heap):
//   - CreateResourceShare: a share with one resource and one organization
//     member;
//   - GetResourceSharesPage: pages of 100 of the owner's shares, following
//     nextToken through the listing;
//   - GetResourceSharesSamePage: one page of 100 from the middle, again and
//     again;
//   - ListResourcesRecipient: pages of 100 of the resources shared with the
//     member (half through its account, half through its organization),
//     following nextToken;
//   - FullGC: the time of a full garbage collection with the store alive.
func BenchmarkStored(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(sizeName(n), func(b *testing.B) {
			s, clk := benchStore(b, n)
			runtime.GC()
			ctx := context.Background()
			created := 0 // shares the create benchmark made, which runs more than once
			b.Run("CreateResourceShare", func(b *testing.B) {
				// The resource ARNs are built before the timer starts: the
				// figure is the call's, not the benchmark's string building.
				// The input is reused, as the client does not keep it.
				c := ram.New(s, benchOwner, ramtest.Region)
				arns := make([]string, b.N)
				for i := range arns {
					arns[i] = ramtest.TGW(benchOwner, "new"+strconv.Itoa(created+i))
				}
				created += b.N
				in := &ram.CreateResourceShareInput{Name: ptr("new"), Principals: []string{benchMember}, ResourceArns: make([]string, 1)}
				b.ReportAllocs()
				b.ResetTimer()
				for i := range b.N {
					clk.Advance(time.Millisecond) // each call at its own instant, as in a real run
					in.ResourceArns[0] = arns[i]
					if _, err := c.CreateResourceShare(ctx, in); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("GetResourceSharesPage", func(b *testing.B) {
				c := ram.New(s, benchOwner, ramtest.Region)
				var tok *string
				b.ReportAllocs()
				for b.Loop() {
					out, err := c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: types.ResourceOwnerSelf,
						MaxResults: ptr(int32(100)), NextToken: tok})
					if err != nil || len(out.ResourceShares) == 0 {
						b.Fatal(err)
					}
					tok = out.NextToken
				}
			})
			b.Run("GetResourceSharesSamePage", func(b *testing.B) {
				// The page of 100 in the middle of the listing, read again and
				// again: the search cost without the cache misses of walking
				// a large heap.
				c := ram.New(s, benchOwner, ramtest.Region)
				var tok *string
				for range n / 2 / 500 {
					out, err := c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: types.ResourceOwnerSelf, NextToken: tok})
					if err != nil {
						b.Fatal(err)
					}
					tok = out.NextToken
				}
				b.ReportAllocs()
				for b.Loop() {
					out, err := c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: types.ResourceOwnerSelf,
						MaxResults: ptr(int32(100)), NextToken: tok})
					if err != nil || len(out.ResourceShares) != 100 {
						b.Fatal(err)
					}
				}
			})
			b.Run("ListResourcesRecipient", func(b *testing.B) {
				c := ram.New(s, benchMember, ramtest.Region)
				var tok *string
				b.ReportAllocs()
				for b.Loop() {
					out, err := c.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: types.ResourceOwnerOtherAccounts,
						MaxResults: ptr(int32(100)), NextToken: tok})
					if err != nil || len(out.Resources) == 0 {
						b.Fatal(err)
					}
					tok = out.NextToken
				}
			})
			b.Run("FullGC", func(b *testing.B) {
				// One measurement, whatever -benchtime says: the wall time of
				// a full collection of a heap holding the store, which every
				// collection cycle of a program holding it pays again.
				const runs = 3
				start := time.Now()
				for range runs {
					runtime.GC()
				}
				b.ReportMetric(float64(time.Since(start).Microseconds())/1000/runs, "ms/GC")
				b.ReportMetric(0, "ns/op")
			})
			runtime.KeepAlive(s)
		})
		runtime.GC()
	}
}

// BenchmarkAcceptResourceShareInvitation accepts invitations of an external
// account, one per share.
func BenchmarkAcceptResourceShareInvitation(b *testing.B) {
	s, _ := sharetest.NewStore(&share.Options{RAM: share.RAMOptions{MaxPendingInvitationsPerSharingAccount: 1 << 30, MaxSharesPerRegion: 1 << 30,
		MaxResourceAssociationsPerRegion: 1 << 30, MaxPrincipalAssociationsPerRegion: 1 << 30}})
	owner := share.Caller{Account: benchOwner, Region: ramtest.Region}
	const recipient = "222222222222"
	c := ram.New(s, recipient, ramtest.Region)
	ctx := context.Background()
	var arns []string
	next := func() string {
		if len(arns) == 0 {
			b.StopTimer()
			var shares []string
			for i := range 1000 {
				r, err := s.CreateResourceShare(owner, share.RAMCreateInput{Name: "b", Principals: []string{recipient},
					ResourceARNs: []string{ramtest.TGW(benchOwner, strconv.Itoa(i))}})
				if err != nil {
					b.Fatal(err)
				}
				shares = append(shares, r.Share.ARN)
			}
			// The new shares' invitations only: listing every invitation
			// ever received would make the set-up quadratic.
			invs, _, err := s.GetResourceShareInvitations(share.Caller{Account: recipient, Region: ramtest.Region},
				share.RAMInvitationQuery{ShareARNs: shares, Page: share.PageRequest{Limit: 1 << 30}})
			if err != nil {
				b.Fatal(err)
			}
			for _, inv := range invs {
				if inv.Status.String() == "PENDING" {
					arns = append(arns, inv.ARN)
				}
			}
			b.StartTimer()
		}
		a := arns[0]
		arns = arns[1:]
		return a
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.AcceptResourceShareInvitation(ctx, &ram.AcceptResourceShareInvitationInput{ResourceShareInvitationArn: ptr(next())}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHeapPerShare reports the live heap per stored share with one
// principal and one resource, in B/share.
func BenchmarkHeapPerShare(b *testing.B) {
	const n = 100_000
	for range 1 { // one measurement, whatever -benchtime says; ns/op is the build time
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		s, _ := benchStore(b, n)
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "B/share")
		runtime.KeepAlive(s)
	}
	b.ReportMetric(0, "ns/op")
}

// BenchmarkPermissions measures the permission operations:
//   - GetResourcePolicies/{AWSManaged,CustomerManaged}: the policy of one
//     resource shared with one member, under the default AWS-managed
//     permission and under a customer-managed one whose template carries a
//     Condition (merged into the statement);
//   - ListPermissionsPage: pages of 100 of the catalogue and 1,500
//     customer-managed permissions, following nextToken;
//   - CreateDeletePermission: a create and a delete;
//   - ListPermissionAssociationsPage: pages of 100 over 10,000 shares.
func BenchmarkPermissions(b *testing.B) {
	ctx := context.Background()
	policy := func(b *testing.B, perms []string) {
		s, _ := benchStore(b, 0)
		c := ram.New(s, benchOwner, ramtest.Region)
		if len(perms) > 0 {
			_, err := c.CreatePermission(ctx, &ram.CreatePermissionInput{Name: ptr("Read"), ResourceType: ptr("codebuild:Project"),
				PolicyTemplate: ptr(`{"Action":["codebuild:BatchGetProjects"],"Condition":{"Bool":{"aws:SecureTransport":"true"}}}`)})
			if err != nil {
				b.Fatal(err)
			}
		}
		project := ramtest.Project(benchOwner, "p")
		if _, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: ptr("s"), ResourceArns: []string{project},
			Principals: []string{benchMember}, PermissionArns: perms}); err != nil {
			b.Fatal(err)
		}
		in := &ram.GetResourcePoliciesInput{ResourceArns: []string{project}}
		b.ReportAllocs()
		for b.Loop() {
			if out, err := c.GetResourcePolicies(ctx, in); err != nil || len(out.Policies) != 1 {
				b.Fatal(err)
			}
		}
	}
	b.Run("GetResourcePolicies/AWSManaged", func(b *testing.B) { policy(b, nil) })
	b.Run("GetResourcePolicies/CustomerManaged", func(b *testing.B) {
		policy(b, []string{"arn:aws:ram:" + ramtest.Region + ":" + benchOwner + ":permission/Read"})
	})
	b.Run("ListPermissionsPage", func(b *testing.B) {
		s, _ := sharetest.NewStore(&share.Options{RAM: share.RAMOptions{MaxCustomerManagedPermissionsPerType: 1500}})
		for i := range 1500 {
			_, err := s.CreateRAMPermission(share.Caller{Account: benchOwner, Region: ramtest.Region}, share.RAMCreatePermissionInput{
				Name: "P" + strconv.Itoa(i), ResourceType: "codebuild:Project", Template: `{"Action":"codebuild:BatchGetProjects"}`})
			if err != nil {
				b.Fatal(err)
			}
		}
		c := ram.New(s, benchOwner, ramtest.Region)
		var tok *string
		b.ReportAllocs()
		for b.Loop() {
			out, err := c.ListPermissions(ctx, &ram.ListPermissionsInput{MaxResults: ptr(int32(100)), NextToken: tok})
			if err != nil || len(out.Permissions) == 0 {
				b.Fatal(err)
			}
			tok = out.NextToken
		}
	})
	b.Run("CreateDeletePermission", func(b *testing.B) {
		s, _ := sharetest.NewStore(nil)
		c := ram.New(s, benchOwner, ramtest.Region)
		create := &ram.CreatePermissionInput{Name: ptr("P"), ResourceType: ptr("codebuild:Project"), PolicyTemplate: ptr(`{"Action":"codebuild:BatchGetProjects"}`)}
		del := &ram.DeletePermissionInput{PermissionArn: ptr("arn:aws:ram:" + ramtest.Region + ":" + benchOwner + ":permission/P")}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.CreatePermission(ctx, create); err != nil {
				b.Fatal(err)
			}
			if _, err := c.DeletePermission(ctx, del); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ListPermissionAssociationsPage", func(b *testing.B) {
		s, _ := benchStore(b, 10_000)
		c := ram.New(s, benchOwner, ramtest.Region)
		var tok *string
		b.ReportAllocs()
		for b.Loop() {
			out, err := c.ListPermissionAssociations(ctx, &ram.ListPermissionAssociationsInput{MaxResults: ptr(int32(100)), NextToken: tok})
			if err != nil || len(out.Permissions) == 0 {
				b.Fatal(err)
			}
			tok = out.NextToken
		}
	})
}

// BenchmarkFilteredByResource lists, among 10,000 shares of the owner, the
// associations, principals and resources of one resource: the filter is
// answered from the resource index, not by walking every share.
func BenchmarkFilteredByResource(b *testing.B) {
	ctx := context.Background()
	s, _ := benchStore(b, 10_000)
	c := ram.New(s, benchOwner, ramtest.Region)
	arn := ramtest.TGW(benchOwner, "5000")
	b.Run("GetResourceShareAssociations", func(b *testing.B) {
		in := &ram.GetResourceShareAssociationsInput{AssociationType: types.ResourceShareAssociationTypeResource, ResourceArn: &arn}
		b.ReportAllocs()
		for b.Loop() {
			if out, err := c.GetResourceShareAssociations(ctx, in); err != nil || len(out.ResourceShareAssociations) != 1 {
				b.Fatal(err)
			}
		}
	})
	b.Run("ListPrincipals", func(b *testing.B) {
		in := &ram.ListPrincipalsInput{ResourceOwner: types.ResourceOwnerSelf, ResourceArn: &arn}
		b.ReportAllocs()
		for b.Loop() {
			if out, err := c.ListPrincipals(ctx, in); err != nil || len(out.Principals) != 1 {
				b.Fatal(err)
			}
		}
	})
	b.Run("ListResources", func(b *testing.B) {
		in := &ram.ListResourcesInput{ResourceOwner: types.ResourceOwnerSelf, ResourceArns: []string{arn}}
		b.ReportAllocs()
		for b.Loop() {
			if out, err := c.ListResources(ctx, in); err != nil || len(out.Resources) != 1 {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkFilteredByIndex lists, among 10,000 shares of the owner, the one
// share with a given name, the one with a given tag, and the associations
// of the one share with a given principal: each filter is answered from an
// index of the owner's shares, not by walking every share.
func BenchmarkFilteredByIndex(b *testing.B) {
	ctx := context.Background()
	s, _ := benchStore(b, 10_000)
	c := ram.New(s, benchOwner, ramtest.Region)
	if _, err := c.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: ptr("needle"), Principals: []string{"555555555555"},
		Tags: []types.Tag{{Key: ptr("k"), Value: ptr("v")}}}); err != nil {
		b.Fatal(err)
	}
	run := func(name string, call func() int) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if n := call(); n != 1 {
					b.Fatalf("%d items", n)
				}
			}
		})
	}
	run("GetResourceShares/Name", func() int {
		out, _ := c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: types.ResourceOwnerSelf, Name: ptr("needle")})
		return len(out.ResourceShares)
	})
	run("GetResourceShares/Tag", func() int {
		out, _ := c.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: types.ResourceOwnerSelf,
			TagFilters: []types.TagFilter{{TagKey: ptr("k"), TagValues: []string{"v"}}}})
		return len(out.ResourceShares)
	})
	run("GetResourceShareAssociations/Principal", func() int {
		out, _ := c.GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: types.ResourceShareAssociationTypePrincipal,
			Principal: ptr("555555555555")})
		return len(out.ResourceShareAssociations)
	})
}

// BenchmarkSparseFilters lists, on top of n stored shares of the owner (each
// with a transit gateway, shared with the member or its organization), a
// page of a filter that matches one share or two: each filter is answered
// from an index, so that the page costs the same whatever n. The needles:
//   - a deleted share (its principal association DISASSOCIATED);
//   - a share named "needle" with a mesh (another type, under another
//     AWS-managed permission), a transit gateway of another account
//     (FAILED), the member and a service principal with a source;
//   - a share of another member of the organization, shared with the
//     member.
func BenchmarkSparseFilters(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{1_000, 100_000} {
		b.Run(sizeName(n), func(b *testing.B) {
			s, _ := benchStore(b, n)
			const owner2 = "555555555555"
			w := sharetest.StoreWorld{Store: s}
			orgs, _, err := s.ListRoots(benchOwner, share.PageRequest{Limit: 1})
			if err != nil {
				b.Fatal(err)
			}
			w.Admit(b, benchOwner, owner2, orgs[0].ID)
			own := ram.New(s, benchOwner, ramtest.Region)
			member := ram.New(s, benchMember, ramtest.Region)
			mesh := ramtest.Mesh(benchOwner, "needle")
			meshPerm := "arn:aws:ram::aws:permission/AWSRAMDefaultPermissionAppMesh"
			create := func(c *ram.Client, in *ram.CreateResourceShareInput) string {
				out, err := c.CreateResourceShare(ctx, in)
				if err != nil {
					b.Fatal(err)
				}
				return *out.ResourceShare.ResourceShareArn
			}
			gone := create(own, &ram.CreateResourceShareInput{Name: ptr("gone"), Principals: []string{benchMember},
				ResourceArns: []string{ramtest.TGW(benchOwner, "gone")}})
			if _, err := own.DeleteResourceShare(ctx, &ram.DeleteResourceShareInput{ResourceShareArn: &gone}); err != nil {
				b.Fatal(err)
			}
			create(own, &ram.CreateResourceShareInput{Name: ptr("needle"), ResourceArns: []string{mesh, ramtest.TGW(owner2, "theirs")},
				Principals: []string{benchMember, "elasticmapreduce.amazonaws.com"}, Sources: []string{"444444444444"}})
			create(ram.New(s, owner2, ramtest.Region), &ram.CreateResourceShareInput{Name: ptr("theirs"), Principals: []string{benchMember},
				ResourceArns: []string{ramtest.TGW(owner2, "1")}})
			s.Settle()
			self, other := types.ResourceOwnerSelf, types.ResourceOwnerOtherAccounts
			cases := []struct {
				name string
				want int
				call func() (int, error)
			}{
				{"GetResourceShares/SELF/Status=DELETED", 1, func() (int, error) {
					out, err := own.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, ResourceShareStatus: types.ResourceShareStatusDeleted})
					return len(out.ResourceShares), err
				}},
				{"GetResourceShares/OTHER/Name", 1, func() (int, error) {
					out, err := member.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: other, Name: ptr("needle")})
					return len(out.ResourceShares), err
				}},
				{"GetResourceShares/SELF/AWSManagedPermission", 1, func() (int, error) {
					out, err := own.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: self, PermissionArn: &meshPerm})
					return len(out.ResourceShares), err
				}},
				{"GetResourceShares/OTHER/AWSManagedPermission", 1, func() (int, error) {
					out, err := member.GetResourceShares(ctx, &ram.GetResourceSharesInput{ResourceOwner: other, PermissionArn: &meshPerm})
					return len(out.ResourceShares), err
				}},
				{"ListPermissionAssociations/AWSManagedPermission", 1, func() (int, error) {
					out, err := own.ListPermissionAssociations(ctx, &ram.ListPermissionAssociationsInput{PermissionArn: &meshPerm})
					return len(out.Permissions), err
				}},
				{"ListPermissionAssociations/ResourceType", 1, func() (int, error) {
					out, err := own.ListPermissionAssociations(ctx, &ram.ListPermissionAssociationsInput{ResourceType: ptr("appmesh:Mesh")})
					return len(out.Permissions), err
				}},
				{"ListResources/SELF/ResourceType", 1, func() (int, error) {
					out, err := own.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: self, ResourceType: ptr("appmesh:Mesh")})
					return len(out.Resources), err
				}},
				{"ListResources/OTHER/ResourceType", 1, func() (int, error) {
					out, err := member.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: other, ResourceType: ptr("appmesh:Mesh")})
					return len(out.Resources), err
				}},
				{"ListResources/OTHER/Principal", 1, func() (int, error) {
					out, err := member.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: other, Principal: ptr(owner2)})
					return len(out.Resources), err
				}},
				{"ListResources/OTHER/ResourceArn", 1, func() (int, error) {
					out, err := member.ListResources(ctx, &ram.ListResourcesInput{ResourceOwner: other, ResourceArns: []string{mesh}})
					return len(out.Resources), err
				}},
				{"ListPrincipals/SELF/ResourceType", 2, func() (int, error) {
					out, err := own.ListPrincipals(ctx, &ram.ListPrincipalsInput{ResourceOwner: self, ResourceType: ptr("appmesh:Mesh")})
					return len(out.Principals), err
				}},
				{"ListPrincipals/OTHER/ResourceType", 1, func() (int, error) {
					out, err := member.ListPrincipals(ctx, &ram.ListPrincipalsInput{ResourceOwner: other, ResourceType: ptr("appmesh:Mesh")})
					return len(out.Principals), err
				}},
				{"ListSourceAssociations/SourceId", 1, func() (int, error) {
					out, err := own.ListSourceAssociations(ctx, &ram.ListSourceAssociationsInput{SourceId: ptr("444444444444")})
					return len(out.SourceAssociations), err
				}},
				{"GetResourceShareAssociations/Status=FAILED", 1, func() (int, error) {
					out, err := own.GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: types.ResourceShareAssociationTypeResource,
						AssociationStatus: types.ResourceShareAssociationStatusFailed})
					return len(out.ResourceShareAssociations), err
				}},
				{"GetResourceShareAssociations/Status=DISASSOCIATED", 1, func() (int, error) {
					out, err := own.GetResourceShareAssociations(ctx, &ram.GetResourceShareAssociationsInput{AssociationType: types.ResourceShareAssociationTypePrincipal,
						AssociationStatus: types.ResourceShareAssociationStatusDisassociated})
					return len(out.ResourceShareAssociations), err
				}},
			}
			for _, c := range cases {
				b.Run(c.name, func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						if got, err := c.call(); err != nil || got != c.want {
							b.Fatalf("%d items, want %d: %v", got, c.want, err)
						}
					}
				})
			}
			runtime.KeepAlive(s)
		})
		runtime.GC()
	}
}
