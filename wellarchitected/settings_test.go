package wellarchitected

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// An organization with consolidated billing only cannot turn on
// organization sharing, and the refused call changes nothing, the discovery
// setting sent with it included (spec §3.20).
func TestOrganizationSharingNeedsAllFeatures(t *testing.T) {
	store, _ := sharetest.NewStore(nil)
	_, err := store.CreateOrganization("111111111111", share.FeatureSetConsolidatedBilling)
	require.NoError(t, err)
	c := New(store, "111111111111", "us-east-1")
	ctx := context.Background()

	_, err = c.UpdateGlobalSettings(ctx, &UpdateGlobalSettingsInput{
		OrganizationSharingStatus:  types.OrganizationSharingStatusEnabled,
		DiscoveryIntegrationStatus: types.DiscoveryIntegrationStatusEnabled,
	})
	var v *types.ValidationException
	require.ErrorAs(t, err, &v)
	assert.Equal(t, "[Validation] Your organization must have all features enabled", v.ErrorMessage())
	assert.Equal(t, types.ValidationExceptionReasonFieldValidationFailed, v.Reason)
	assert.Equal(t, 400, v.HTTPStatusCode())

	g, err := c.GetGlobalSettings(ctx, nil)
	require.NoError(t, err)
	assert.Equal(t, types.OrganizationSharingStatusDisabled, g.OrganizationSharingStatus)
	assert.Equal(t, types.DiscoveryIntegrationStatusDisabled, g.DiscoveryIntegrationStatus)

	// An empty update is a no-op.
	_, err = c.UpdateGlobalSettings(ctx, &UpdateGlobalSettingsInput{})
	require.NoError(t, err)
}
