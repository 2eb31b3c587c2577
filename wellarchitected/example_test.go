package wellarchitected_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// exampleLens is the smallest lens document ImportLens accepts.
const exampleLens = `{"schemaVersion":"2021-11-01","name":"Policy ABC","description":"Checks policy ABC.",
 "pillars":[{"id":"pillar_one","name":"Pillar one","questions":[{"id":"question_one","title":"Do you follow ABC?",
   "choices":[{"id":"choice_yes","title":"Yes","improvementPlan":{"displayText":"Adopt ABC."}},
              {"id":"choice_no","title":"None of these"}],
   "riskRules":[{"condition":"choice_yes","risk":"NO_RISK"},{"condition":"default","risk":"HIGH_RISK"}]}]}]}`

// An owner publishes a custom lens and shares it; the recipient accepts the
// invitation and sees the lens.
func Example() {
	ctx := context.Background()
	store := share.NewStore(&share.Options{Clock: clock.NewFake(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))})
	owner := wellarchitected.New(store, "111111111111", "us-east-1")
	recipient := wellarchitected.New(store, "222222222222", "us-east-1")

	imp, _ := owner.ImportLens(ctx, &wellarchitected.ImportLensInput{JSONString: ptr(exampleLens)})
	owner.CreateLensVersion(ctx, &wellarchitected.CreateLensVersionInput{LensAlias: imp.LensArn, LensVersion: ptr("1.0")})
	owner.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{LensAlias: imp.LensArn, SharedWith: ptr("222222222222")})

	inv, _ := recipient.ListShareInvitations(ctx, &wellarchitected.ListShareInvitationsInput{})
	fmt.Println("invitation for:", *inv.ShareInvitationSummaries[0].LensName)
	recipient.UpdateShareInvitation(ctx, &wellarchitected.UpdateShareInvitationInput{
		ShareInvitationId:     inv.ShareInvitationSummaries[0].ShareInvitationId,
		ShareInvitationAction: types.ShareInvitationActionAccept,
	})

	lenses, _ := recipient.ListLenses(ctx, &wellarchitected.ListLensesInput{LensType: types.LensTypeCustomShared})
	for _, l := range lenses.LensSummaries {
		fmt.Println("shared lens:", *l.LensName, *l.LensVersion, "owned by", *l.Owner)
	}
	// Output:
	// invitation for: Policy ABC
	// shared lens: Policy ABC 1.0 owned by 111111111111
}

// Errors carry the AWS error code, message and HTTP status.
func ExampleClient_CreateLensShare_official() {
	store := share.NewStore(nil)
	owner := wellarchitected.New(store, "111111111111", "us-east-1")
	_, err := owner.CreateLensShare(context.Background(), &wellarchitected.CreateLensShareInput{
		LensAlias: ptr("wellarchitected"), SharedWith: ptr("222222222222"),
	})
	var ve *types.ValidationException
	if errors.As(err, &ve) {
		fmt.Println(ve.ErrorCode(), ve.HTTPStatusCode(), ve.ErrorMessage())
	}
	// Output:
	// ValidationException 400 [Validation] AWS official lenses can't be shared
}
