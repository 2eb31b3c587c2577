package awshttp_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/internal/wireclient"
	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/organizations/types"
	"github.com/sharesim/sharesim/ram"
)

// TestOrganizationsIsGlobalAndRAMIsRegional: an organization created with
// one signing region is the one seen from every region (wire.md §3), while a
// RAM share lives in the region it was created in.
func TestOrganizationsIsGlobalAndRAMIsRegional(t *testing.T) {
	ctx := context.Background()
	d := newDoor(nil)
	const owner = "111111111111"
	created, err := (&wireclient.Organizations{Conn: d.conn(owner, "us-east-1")}).CreateOrganization(ctx,
		&organizations.CreateOrganizationInput{FeatureSet: types.OrganizationFeatureSetAll})
	require.NoError(t, err)
	for _, region := range []string{"eu-west-1", "ap-southeast-2", "us-gov-west-1"} {
		got, err := (&wireclient.Organizations{Conn: d.conn(owner, region)}).DescribeOrganization(ctx, nil)
		require.NoError(t, err, region)
		assert.Equal(t, *created.Organization.Id, *got.Organization.Id, region)
	}

	name := "regional"
	inEU := &wireclient.RAM{Conn: d.conn(owner, "eu-west-1")}
	_, err = inEU.CreateResourceShare(ctx, &ram.CreateResourceShareInput{Name: &name})
	require.NoError(t, err)
	for region, want := range map[string]int{"eu-west-1": 1, "us-east-1": 0} {
		out, err := (&wireclient.RAM{Conn: d.conn(owner, region)}).GetResourceShares(ctx,
			&ram.GetResourceSharesInput{ResourceOwner: "SELF"})
		require.NoError(t, err)
		assert.Len(t, out.ResourceShares, want, region)
	}
}
