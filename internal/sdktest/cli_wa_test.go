package sdktest

import "testing"

// TestCLIWellArchitectedCrossAccount: the owner shares a workload, the
// recipient accepts through `aws wellarchitected`, and both sides see it.
func TestCLIWellArchitectedCrossAccount(t *testing.T) {
	c := newCLI(t)
	wl := c.run(cliManagement, "wellarchitected", "create-workload", "--workload-name", "cli-workload",
		"--description", "A workload shared from the CLI", "--environment", "PRODUCTION", "--aws-regions", "us-east-1",
		"--review-owner", "owner@example.com", "--lenses", "wellarchitected")
	workloadID := get(t, wl, "WorkloadId").(string)

	share := c.run(cliManagement, "wellarchitected", "create-workload-share", "--workload-id", workloadID,
		"--shared-with", cliMember, "--permission-type", "READONLY")
	shareID := get(t, share, "ShareId").(string)

	invs := list(t, c.run(cliMember, "wellarchitected", "list-share-invitations"), "ShareInvitationSummaries")
	if len(invs) != 1 {
		t.Fatalf("recipient sees %d invitations", len(invs))
	}
	want(t, "invitation workload", invs[0]["WorkloadId"], workloadID)
	want(t, "invitation owner", invs[0]["SharedBy"], cliManagement)
	invID := invs[0]["ShareInvitationId"].(string)

	upd := c.run(cliMember, "wellarchitected", "update-share-invitation", "--share-invitation-id", invID,
		"--share-invitation-action", "ACCEPT")
	want(t, "invitation id", get(t, upd, "ShareInvitation", "ShareInvitationId"), invID)

	shares := list(t, c.run(cliManagement, "wellarchitected", "list-workload-shares", "--workload-id", workloadID),
		"WorkloadShareSummaries")
	if len(shares) != 1 || shares[0]["ShareId"] != shareID || shares[0]["Status"] != "ACCEPTED" {
		t.Fatalf("owner sees shares %v", shares)
	}
	got := c.run(cliMember, "wellarchitected", "get-workload", "--workload-id", workloadID)
	want(t, "shared workload name", get(t, got, "Workload", "WorkloadName"), "cli-workload")
	c.fails("ResourceNotFoundException", cliOutsider, "wellarchitected", "get-workload", "--workload-id", workloadID)
}
