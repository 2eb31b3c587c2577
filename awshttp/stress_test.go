package awshttp_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/internal/wireclient"
	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/organizations/types"
)

// TestConcurrentCallersThroughTheTransport has many accounts create and
// read their organizations at once through one handler; run it with -race.
func TestConcurrentCallersThroughTheTransport(t *testing.T) {
	d := newDoor(nil)
	const callers = 16
	var wg sync.WaitGroup
	ids := make([]string, callers)
	errs := make([]error, callers)
	for i := range callers {
		wg.Go(func() {
			c := &wireclient.Organizations{Conn: d.conn(fmt.Sprintf("%012d", 100000000000+i), "us-east-1")}
			out, err := c.CreateOrganization(context.Background(), &organizations.CreateOrganizationInput{FeatureSet: types.OrganizationFeatureSetAll})
			if err != nil {
				errs[i] = err
				return
			}
			for range 20 {
				got, err := c.DescribeOrganization(context.Background(), nil)
				if err != nil {
					errs[i] = err
					return
				}
				if *got.Organization.Id != *out.Organization.Id {
					errs[i] = fmt.Errorf("caller %d sees organization %s, created %s", i, *got.Organization.Id, *out.Organization.Id)
					return
				}
			}
			ids[i] = *out.Organization.Id
		})
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	seen := map[string]bool{}
	for _, id := range ids {
		assert.False(t, seen[id], "organization %s created twice", id)
		seen[id] = true
	}
}
