// Package watest is the Well-Architected Tool conformance suite: scenarios,
// acting as owner and as recipient, that every front door of the
// wellarchitected facade must pass (the in-process client, the HTTP handler,
// and real aws-sdk-go-v2 clients).
//
// A front door supplies a [HarnessMaker]; [Run] builds a fresh harness per
// scenario. Scenarios arrange organizations only through [sharetest.World],
// move time only with Advance, and check errors only through ErrorCode,
// ErrorMessage and HTTPStatusCode, so SDK errors pass as well as ours.
package watest

import (
	"context"
	"testing"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
	"github.com/sharesim/sharesim/wellarchitected"
)

// API is the method set of [*wellarchitected.Client] a front door must
// serve: every operation but ExportLens, which is optional in the spec and
// tested in process only.
type API interface {
	CreateLensShare(ctx context.Context, in *wellarchitected.CreateLensShareInput) (*wellarchitected.CreateLensShareOutput, error)
	CreateLensVersion(ctx context.Context, in *wellarchitected.CreateLensVersionInput) (*wellarchitected.CreateLensVersionOutput, error)
	CreateProfile(ctx context.Context, in *wellarchitected.CreateProfileInput) (*wellarchitected.CreateProfileOutput, error)
	CreateProfileShare(ctx context.Context, in *wellarchitected.CreateProfileShareInput) (*wellarchitected.CreateProfileShareOutput, error)
	CreateReviewTemplate(ctx context.Context, in *wellarchitected.CreateReviewTemplateInput) (*wellarchitected.CreateReviewTemplateOutput, error)
	CreateTemplateShare(ctx context.Context, in *wellarchitected.CreateTemplateShareInput) (*wellarchitected.CreateTemplateShareOutput, error)
	CreateWorkload(ctx context.Context, in *wellarchitected.CreateWorkloadInput) (*wellarchitected.CreateWorkloadOutput, error)
	CreateWorkloadShare(ctx context.Context, in *wellarchitected.CreateWorkloadShareInput) (*wellarchitected.CreateWorkloadShareOutput, error)
	DeleteLens(ctx context.Context, in *wellarchitected.DeleteLensInput) (*wellarchitected.DeleteLensOutput, error)
	DeleteLensShare(ctx context.Context, in *wellarchitected.DeleteLensShareInput) (*wellarchitected.DeleteLensShareOutput, error)
	DeleteProfile(ctx context.Context, in *wellarchitected.DeleteProfileInput) (*wellarchitected.DeleteProfileOutput, error)
	DeleteProfileShare(ctx context.Context, in *wellarchitected.DeleteProfileShareInput) (*wellarchitected.DeleteProfileShareOutput, error)
	DeleteReviewTemplate(ctx context.Context, in *wellarchitected.DeleteReviewTemplateInput) (*wellarchitected.DeleteReviewTemplateOutput, error)
	DeleteTemplateShare(ctx context.Context, in *wellarchitected.DeleteTemplateShareInput) (*wellarchitected.DeleteTemplateShareOutput, error)
	DeleteWorkload(ctx context.Context, in *wellarchitected.DeleteWorkloadInput) (*wellarchitected.DeleteWorkloadOutput, error)
	DeleteWorkloadShare(ctx context.Context, in *wellarchitected.DeleteWorkloadShareInput) (*wellarchitected.DeleteWorkloadShareOutput, error)
	GetGlobalSettings(ctx context.Context, in *wellarchitected.GetGlobalSettingsInput) (*wellarchitected.GetGlobalSettingsOutput, error)
	GetLens(ctx context.Context, in *wellarchitected.GetLensInput) (*wellarchitected.GetLensOutput, error)
	GetProfile(ctx context.Context, in *wellarchitected.GetProfileInput) (*wellarchitected.GetProfileOutput, error)
	GetReviewTemplate(ctx context.Context, in *wellarchitected.GetReviewTemplateInput) (*wellarchitected.GetReviewTemplateOutput, error)
	GetWorkload(ctx context.Context, in *wellarchitected.GetWorkloadInput) (*wellarchitected.GetWorkloadOutput, error)
	ImportLens(ctx context.Context, in *wellarchitected.ImportLensInput) (*wellarchitected.ImportLensOutput, error)
	ListLensShares(ctx context.Context, in *wellarchitected.ListLensSharesInput) (*wellarchitected.ListLensSharesOutput, error)
	ListLenses(ctx context.Context, in *wellarchitected.ListLensesInput) (*wellarchitected.ListLensesOutput, error)
	ListProfileShares(ctx context.Context, in *wellarchitected.ListProfileSharesInput) (*wellarchitected.ListProfileSharesOutput, error)
	ListProfiles(ctx context.Context, in *wellarchitected.ListProfilesInput) (*wellarchitected.ListProfilesOutput, error)
	ListReviewTemplates(ctx context.Context, in *wellarchitected.ListReviewTemplatesInput) (*wellarchitected.ListReviewTemplatesOutput, error)
	ListShareInvitations(ctx context.Context, in *wellarchitected.ListShareInvitationsInput) (*wellarchitected.ListShareInvitationsOutput, error)
	ListTemplateShares(ctx context.Context, in *wellarchitected.ListTemplateSharesInput) (*wellarchitected.ListTemplateSharesOutput, error)
	ListWorkloadShares(ctx context.Context, in *wellarchitected.ListWorkloadSharesInput) (*wellarchitected.ListWorkloadSharesOutput, error)
	ListWorkloads(ctx context.Context, in *wellarchitected.ListWorkloadsInput) (*wellarchitected.ListWorkloadsOutput, error)
	UpdateGlobalSettings(ctx context.Context, in *wellarchitected.UpdateGlobalSettingsInput) (*wellarchitected.UpdateGlobalSettingsOutput, error)
	UpdateShareInvitation(ctx context.Context, in *wellarchitected.UpdateShareInvitationInput) (*wellarchitected.UpdateShareInvitationOutput, error)
	UpdateWorkload(ctx context.Context, in *wellarchitected.UpdateWorkloadInput) (*wellarchitected.UpdateWorkloadOutput, error)
	UpdateWorkloadShare(ctx context.Context, in *wellarchitected.UpdateWorkloadShareInput) (*wellarchitected.UpdateWorkloadShareOutput, error)
}

var _ API = (*wellarchitected.Client)(nil)

// Harness is one world under test: organizations and time, and a client per
// (account, region).
type Harness interface {
	sharetest.World
	// Client returns an API acting as account in region.
	Client(account, region string) API
}

// HarnessMaker builds a fresh, empty world with the given options (nil means
// defaults). The harness must honour the Well-Architected quotas and the
// propagation delay in opts.
type HarnessMaker func(t *testing.T, opts *share.Options) Harness

// Run runs every scenario against worlds built by mk.
func Run(t *testing.T, mk HarnessMaker) {
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) { sc.run(t, mk) })
	}
}
