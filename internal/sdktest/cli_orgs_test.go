package sdktest

import (
	"testing"
)

// TestCLIOrganizationsHandshakeLifecycle drives `aws organizations` through
// the rest of an invitation's life: the invited account declines one, the
// management account cancels another, each party sees the result from its
// side, the other party and third accounts are refused, and the listings
// page and filter as the CLI asks.
func TestCLIOrganizationsHandshakeLifecycle(t *testing.T) {
	c := newCLI(t)
	c.run(cliManagement, "organizations", "create-organization", "--feature-set", "ALL")
	invite := func(account string) string {
		out := c.run(cliManagement, "organizations", "invite-account-to-organization", "--target", "Id="+account+",Type=ACCOUNT")
		return get(t, out, "Handshake", "Id").(string)
	}
	toMember, toOutsider := invite(cliMember), invite(cliOutsider)

	mine := list(t, c.run(cliMember, "organizations", "list-handshakes-for-account"), "Handshakes")
	if len(mine) != 1 || mine[0]["Id"] != toMember || mine[0]["State"] != "OPEN" {
		t.Fatalf("the member lists %v, want %s OPEN", mine, toMember)
	}
	want(t, "described state", get(t, c.run(cliMember, "organizations", "describe-handshake", "--handshake-id", toMember), "Handshake", "State"), "OPEN")
	c.fails("HandshakeNotFoundException", cliOutsider, "organizations", "describe-handshake", "--handshake-id", toMember)
	c.fails("AccessDeniedException", cliManagement, "organizations", "decline-handshake", "--handshake-id", toMember)

	declined := c.run(cliMember, "organizations", "decline-handshake", "--handshake-id", toMember)
	want(t, "declined state", get(t, declined, "Handshake", "State"), "DECLINED")
	c.fails("HandshakeAlreadyInStateException", cliMember, "organizations", "decline-handshake", "--handshake-id", toMember)
	c.fails("InvalidHandshakeTransitionException", cliMember, "organizations", "accept-handshake", "--handshake-id", toMember)
	c.fails("InvalidHandshakeTransitionException", cliManagement, "organizations", "cancel-handshake", "--handshake-id", toMember)

	c.fails("AccessDeniedException", cliOutsider, "organizations", "cancel-handshake", "--handshake-id", toOutsider)
	canceled := c.run(cliManagement, "organizations", "cancel-handshake", "--handshake-id", toOutsider)
	want(t, "canceled state", get(t, canceled, "Handshake", "State"), "CANCELED")
	want(t, "the outsider's view", get(t, c.run(cliOutsider, "organizations", "describe-handshake", "--handshake-id", toOutsider), "Handshake", "State"), "CANCELED")
	c.fails("InvalidHandshakeTransitionException", cliOutsider, "organizations", "accept-handshake", "--handshake-id", toOutsider)

	// One item a page: the CLI follows NextToken to the end.
	sent := list(t, c.run(cliManagement, "organizations", "list-handshakes-for-organization",
		"--filter", "ActionType=INVITE", "--page-size", "1"), "Handshakes")
	if len(sent) != 2 {
		t.Fatalf("the management account lists %v, want two handshakes", sent)
	}
	got := map[any]any{sent[0]["Id"]: sent[0]["State"], sent[1]["Id"]: sent[1]["State"]}
	want(t, "listed state of "+toMember, got[toMember], "DECLINED")
	want(t, "listed state of "+toOutsider, got[toOutsider], "CANCELED")
	if none := list(t, c.run(cliManagement, "organizations", "list-handshakes-for-organization",
		"--filter", "ActionType=ENABLE_ALL_FEATURES"), "Handshakes"); len(none) != 0 {
		t.Fatalf("ENABLE_ALL_FEATURES lists %v", none)
	}
	c.fails("AWSOrganizationsNotInUseException", cliMember, "organizations", "list-handshakes-for-organization") // it declined: standalone
	c.fails("InvalidInputException", cliManagement, "organizations", "list-handshakes-for-organization",
		"--filter", "ActionType=INVITE,ParentHandshakeId="+toMember)
	c.fails("InvalidInputException", cliMember, "organizations", "describe-handshake", "--handshake-id", "h-NOT-AN-ID")
}
