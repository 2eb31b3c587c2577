package sdktest

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// boto3Result is what testdata/boto3_ram_cross_account.py prints.
type boto3Result struct {
	Created        struct{ Arn, Owner, Status, CreationTime string }
	Invitations    []struct{ Arn, ShareArn, Sender, Receiver, Status string }
	OutsiderAccept *boto3Error
	Accepted       string
	AcceptAgain    *boto3Error
	MemberSees     []string
	OwnerSees      []struct{ Entity, Status string }
}

// boto3Error is a botocore ClientError as the script reports it.
type boto3Error struct {
	Code, Message, RequestID string
	Status                   int
}

// runPython runs a script under testdata with python3 and returns its
// stdout. Without python3 or boto3 it skips the test locally and fails it
// when CI is set, so that CI never passes without the boto3 check.
func runPython(t *testing.T, script string, args ...string) []byte {
	t.Helper()
	missing := func(why string) {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s; CI is set, so the boto3 smoke test must run (install python3 and boto3)", why)
		}
		t.Skipf("%s; install boto3 (pip install boto3) to run the boto3 smoke test", why)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		missing("python3 is not installed")
	}
	cmd := exec.Command(python, append([]string{"testdata/" + script}, args...)...)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "AWS_") {
			env = append(env, kv)
		}
	}
	// The scripts import testdata/sharesim_boto3.py: PYTHONDONTWRITEBYTECODE
	// keeps python3 from leaving a __pycache__ in the source tree.
	home := t.TempDir()
	cmd.Env = append(env, "HOME="+home, "AWS_CONFIG_FILE="+home+"/config",
		"AWS_SHARED_CREDENTIALS_FILE="+home+"/credentials", "AWS_EC2_METADATA_DISABLED=true",
		"PYTHONDONTWRITEBYTECODE=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 3 {
		missing(strings.TrimSpace(stderr.String()))
	}
	require.NoError(t, err, "python3 %s:\n%s", script, stderr.String())
	return stdout.Bytes()
}

// runBoto3 starts cmd/sharesim, runs the boto3 script under testdata against
// it as cliManagement, cliMember and cliOutsider, logs the boto3 and botocore
// versions the script reports, and returns the JSON document it printed
// decoded into a T.
func runBoto3[T any](t *testing.T, script string) T {
	t.Helper()
	d := started(t, nil)
	raw := runPython(t, script, d.Endpoint, cliManagement, cliMember, cliOutsider)
	var versions struct{ Boto3, Botocore string }
	require.NoError(t, json.Unmarshal(raw, &versions), "%s", raw)
	t.Logf("boto3 %s, botocore %s", versions.Boto3, versions.Botocore)
	var got T
	require.NoError(t, json.Unmarshal(raw, &got), "%s", raw)
	return got
}

// TestBoto3RAMCrossAccount drives a started cmd/sharesim with boto3: the
// owner shares with an external account, an outsider cannot accept the
// invitation, the recipient accepts it, and both sides see the result. The
// errors are checked as botocore parses them.
func TestBoto3RAMCrossAccount(t *testing.T) {
	got := runBoto3[boto3Result](t, "boto3_ram_cross_account.py")

	assert.Regexp(t, `^arn:aws:ram:us-east-1:`+cliManagement+`:resource-share/[0-9a-f-]{36}$`, got.Created.Arn)
	assert.Equal(t, cliManagement, got.Created.Owner)
	assert.Equal(t, "ACTIVE", got.Created.Status)
	assert.Equal(t, "2026-03-01T12:00:00+00:00", got.Created.CreationTime, "botocore parses epoch seconds")

	require.Len(t, got.Invitations, 1)
	inv := got.Invitations[0]
	assert.Equal(t, got.Created.Arn, inv.ShareArn)
	assert.Equal(t, cliManagement, inv.Sender)
	assert.Equal(t, cliMember, inv.Receiver)
	assert.Equal(t, "PENDING", inv.Status)

	requestID := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	require.NotNil(t, got.OutsiderAccept, "an outsider accepted the member's invitation")
	assert.Equal(t, "ResourceShareInvitationArnNotFoundException", got.OutsiderAccept.Code)
	assert.Equal(t, "ResourceShareInvitation "+inv.Arn+" could not be found.", got.OutsiderAccept.Message)
	assert.Equal(t, 400, got.OutsiderAccept.Status)
	assert.Regexp(t, requestID, got.OutsiderAccept.RequestID, "botocore reads x-amzn-RequestId")

	assert.Equal(t, "ACCEPTED", got.Accepted)
	require.NotNil(t, got.AcceptAgain, "a second accept succeeded")
	assert.Equal(t, "ResourceShareInvitationAlreadyAcceptedException", got.AcceptAgain.Code)
	assert.Equal(t, 400, got.AcceptAgain.Status)

	assert.Equal(t, []string{got.Created.Arn}, got.MemberSees)
	require.Len(t, got.OwnerSees, 1)
	assert.Equal(t, cliMember, got.OwnerSees[0].Entity)
	assert.Equal(t, "ASSOCIATED", got.OwnerSees[0].Status)
}
