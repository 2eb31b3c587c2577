package wellarchitected

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/share/sharetest"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

const smallestLens = `{"schemaVersion":"2021-11-01","name":"NAME","description":"Checks policy ABC.",
 "pillars":[{"id":"pillar_one","name":"Pillar one","questions":[{"id":"question_one","title":"Do you follow ABC?",
   "choices":[{"id":"choice_yes","title":"Yes","improvementPlan":{"displayText":"Adopt ABC."}},
              {"id":"choice_no","title":"None of these"}],
   "riskRules":[{"condition":"choice_yes","risk":"NO_RISK"},{"condition":"default","risk":"HIGH_RISK"}]}]}]}`

func lensDocument(name string) string { return strings.Replace(smallestLens, "NAME", name, 1) }

// ExportLens (spec §3.6) hands the owner its stored JSON, from both sides of
// a share.
func TestExportLens(t *testing.T) {
	store, _ := sharetest.NewStore(nil)
	ctx := context.Background()
	own, rec := New(store, "111111111111", "us-east-1"), New(store, "222222222222", "us-east-1")
	imp, err := own.ImportLens(ctx, &ImportLensInput{JSONString: ptr(lensDocument("v1"))})
	require.NoError(t, err)
	arn := *imp.LensArn
	export := func(c *Client, version *string) (string, error) {
		out, err := c.ExportLens(ctx, &ExportLensInput{LensAlias: ptr(arn), LensVersion: version})
		if err != nil {
			return "", err
		}
		return *out.LensJSON, nil
	}

	// The draft while nothing is published, then the latest version.
	got, err := export(own, nil)
	require.NoError(t, err)
	assert.Equal(t, lensDocument("v1"), got)
	_, err = own.CreateLensVersion(ctx, &CreateLensVersionInput{LensAlias: ptr(arn), LensVersion: ptr("1")})
	require.NoError(t, err)
	_, err = own.ImportLens(ctx, &ImportLensInput{JSONString: ptr(lensDocument("v2")), LensAlias: ptr(arn)})
	require.NoError(t, err)
	got, err = export(own, nil)
	require.NoError(t, err)
	assert.Equal(t, lensDocument("v1"), got, "the latest published version, not the draft")
	_, err = own.CreateLensVersion(ctx, &CreateLensVersionInput{LensAlias: ptr(arn), LensVersion: ptr("2")})
	require.NoError(t, err)
	got, err = export(own, ptr("1"))
	require.NoError(t, err)
	assert.Equal(t, lensDocument("v1"), got)
	_, err = export(own, ptr("3"))
	assertException(t, err, "ResourceNotFoundException", "[ResourceNotFound] No lens with alias "+arn)

	// A recipient sees the lens but may not export it; anyone else cannot see it.
	sh, err := own.CreateLensShare(ctx, &CreateLensShareInput{LensAlias: ptr(arn), SharedWith: ptr("222222222222")})
	require.NoError(t, err)
	require.NotNil(t, sh.ShareId)
	invs, err := rec.ListShareInvitations(ctx, nil)
	require.NoError(t, err)
	require.Len(t, invs.ShareInvitationSummaries, 1)
	_, err = rec.UpdateShareInvitation(ctx, &UpdateShareInvitationInput{ShareInvitationId: invs.ShareInvitationSummaries[0].ShareInvitationId, ShareInvitationAction: types.ShareInvitationActionAccept})
	require.NoError(t, err)
	_, err = export(rec, nil)
	assertException(t, err, "AccessDeniedException", "[AccessDenied] Only the owner of the lens can export it")
	_, err = export(New(store, "333333333333", "us-east-1"), nil)
	assertException(t, err, "ResourceNotFoundException", "[ResourceNotFound] No lens with alias "+arn)

	_, err = own.ExportLens(ctx, &ExportLensInput{LensAlias: ptr("wellarchitected")})
	assertException(t, err, "ValidationException", "[Validation] AWS official lenses can't be exported")
	_, err = own.ExportLens(ctx, nil)
	assertException(t, err, "ValidationException", "[Validation] LensAlias is required")
}

func assertException(t *testing.T, err error, code, msg string) {
	t.Helper()
	var ex exception
	require.ErrorAs(t, err, &ex)
	assert.Equal(t, code, ex.ErrorCode())
	assert.Equal(t, msg, ex.ErrorMessage())
}
