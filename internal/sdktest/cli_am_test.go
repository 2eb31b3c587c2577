package sdktest

import "testing"

// TestCLIAuditManagerCrossAccount: the sender shares a custom framework,
// the recipient accepts through `aws auditmanager` and finds its copy.
func TestCLIAuditManagerCrossAccount(t *testing.T) {
	c := newCLI(t)
	c.run(cliManagement, "auditmanager", "register-account")
	c.run(cliMember, "auditmanager", "register-account")
	status := c.run(cliMember, "auditmanager", "get-account-status")
	want(t, "recipient status", get(t, status, "status"), "ACTIVE")

	ctl := c.run(cliManagement, "auditmanager", "create-control", "--name", "cli-control",
		"--control-mapping-sources", "sourceName=Manual evidence,sourceSetUpOption=Procedural_Controls_Mapping,sourceType=MANUAL")
	controlID := get(t, ctl, "control", "id").(string)
	fw := c.run(cliManagement, "auditmanager", "create-assessment-framework", "--name", "cli-framework",
		"--control-sets", `[{"name":"Access","controls":[{"id":"`+controlID+`"}]}]`)
	frameworkID := get(t, fw, "framework", "id").(string)

	sent := c.run(cliManagement, "auditmanager", "start-assessment-framework-share", "--framework-id", frameworkID,
		"--destination-account", cliMember, "--destination-region", "us-east-1")
	requestID := get(t, sent, "assessmentFrameworkShareRequest", "id").(string)
	want(t, "sent status", get(t, sent, "assessmentFrameworkShareRequest", "status"), "ACTIVE")

	received := list(t, c.run(cliMember, "auditmanager", "list-assessment-framework-share-requests",
		"--request-type", "RECEIVED"), "assessmentFrameworkShareRequests")
	if len(received) != 1 || received[0]["id"] != requestID {
		t.Fatalf("recipient sees requests %v", received)
	}
	c.fails("ResourceNotFoundException", cliOutsider, "auditmanager", "update-assessment-framework-share",
		"--request-id", requestID, "--request-type", "RECEIVED", "--action", "ACCEPT")
	acc := c.run(cliMember, "auditmanager", "update-assessment-framework-share", "--request-id", requestID,
		"--request-type", "RECEIVED", "--action", "ACCEPT")
	want(t, "accepted status", get(t, acc, "assessmentFrameworkShareRequest", "status"), "REPLICATING")

	// Replication settles by the next call; the sender sees the request shared.
	sentList := list(t, c.run(cliManagement, "auditmanager", "list-assessment-framework-share-requests",
		"--request-type", "SENT"), "assessmentFrameworkShareRequests")
	if len(sentList) != 1 || sentList[0]["status"] != "SHARED" {
		t.Fatalf("sender sees requests %v", sentList)
	}

	frameworks := list(t, c.run(cliMember, "auditmanager", "list-assessment-frameworks", "--framework-type", "Custom"),
		"frameworkMetadataList")
	if len(frameworks) != 1 || frameworks[0]["name"] != "cli-framework" {
		t.Fatalf("recipient sees custom frameworks %v", frameworks)
	}
}
