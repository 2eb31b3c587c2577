package sdktest

import (
	"testing"

	"github.com/sharesim/sharesim/share/sharetest"
)

// TestCLIRAMCrossAccount: the owner shares with an external account, the
// recipient accepts the invitation through `aws ram`, and both sides see the
// share.
func TestCLIRAMCrossAccount(t *testing.T) {
	c := newCLI(t)
	created := c.run(cliManagement, "ram", "create-resource-share", "--name", "cli-share",
		"--principals", cliMember, "--allow-external-principals")
	shareArn := get(t, created, "resourceShare", "resourceShareArn").(string)
	want(t, "status", get(t, created, "resourceShare", "status"), "ACTIVE")
	wantInstant(t, "creationTime", get(t, created, "resourceShare", "creationTime"), sharetest.Start)

	invs := list(t, c.run(cliMember, "ram", "get-resource-share-invitations"), "resourceShareInvitations")
	if len(invs) != 1 {
		t.Fatalf("recipient sees %d invitations", len(invs))
	}
	want(t, "invitation share", invs[0]["resourceShareArn"], shareArn)
	want(t, "invitation sender", invs[0]["senderAccountId"], cliManagement)
	want(t, "invitation status", invs[0]["status"], "PENDING")
	invArn := invs[0]["resourceShareInvitationArn"].(string)

	c.fails("ResourceShareInvitationArnNotFoundException", cliOutsider, "ram", "accept-resource-share-invitation",
		"--resource-share-invitation-arn", invArn)
	acc := c.run(cliMember, "ram", "accept-resource-share-invitation", "--resource-share-invitation-arn", invArn)
	want(t, "accepted status", get(t, acc, "resourceShareInvitation", "status"), "ACCEPTED")
	c.fails("ResourceShareInvitationAlreadyAcceptedException", cliMember, "ram", "accept-resource-share-invitation",
		"--resource-share-invitation-arn", invArn)

	shared := list(t, c.run(cliMember, "ram", "get-resource-shares", "--resource-owner", "OTHER-ACCOUNTS"), "resourceShares")
	if len(shared) != 1 || shared[0]["resourceShareArn"] != shareArn {
		t.Fatalf("recipient sees shares %v", shared)
	}
	assocs := list(t, c.run(cliManagement, "ram", "get-resource-share-associations", "--association-type", "PRINCIPAL",
		"--resource-share-arns", shareArn), "resourceShareAssociations")
	if len(assocs) != 1 || assocs[0]["associatedEntity"] != cliMember || assocs[0]["status"] != "ASSOCIATED" {
		t.Fatalf("owner sees associations %v", assocs)
	}
}
