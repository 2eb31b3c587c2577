package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

// TestStory runs the story and checks its key lines.
func TestStory(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	runErr := run()
	w.Close()
	os.Stdout = stdout
	out := <-done
	if runErr != nil {
		t.Fatal(runErr)
	}
	for _, want := range []string{
		"member's invitations: 0",
		"partner sees before accepting: []",
		"partner sees: [ec2:TransitGateway tgw-0def]",
		"owner sees 333333333333 DISASSOCIATED: The invitation was rejected by the receiving account.",
		"accepting now fails: ResourceShareInvitationExpiredException",
		"newcomer sees after joining workloads: [ec2:Subnet subnet-0abc]",
		"partner sees permission ReadBuildProjects v1 for codebuild:Project",
		`"Action":["codebuild:BatchGetProjects"],"Resource":"arn:aws:codebuild:us-east-1:111111111111:project/app","Condition":{"Bool":{"aws:SecureTransport":"true"}}`,
		"version 2 is now the default; the share keeps 1",
		"after ReplacePermissionAssociations the share uses version 2",
		"deleting the permission while a share uses it: OperationNotPermittedException",
		"owner sees it as DELETED; partner sees: []",
		"two hours later: UnknownResourceException",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("story lacks %q", want)
		}
	}
}
