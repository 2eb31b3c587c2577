package sdktest

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sharesim/sharesim/share/sharetest"
)

// cli runs the AWS CLI against a started cmd/sharesim as one account.
type cli struct {
	t        *testing.T
	endpoint string
	home     string
}

func newCLI(t *testing.T) cli {
	t.Helper()
	if _, err := exec.LookPath("aws"); err != nil {
		t.Fatal("the AWS CLI is not installed (pip install awscli): ", err)
	}
	d := started(t, nil)
	return cli{t: t, endpoint: d.Endpoint, home: t.TempDir()}
}

// run runs `aws <args> --endpoint-url ... --output json` as account and
// returns the decoded JSON output, or fails the test.
func (c cli) run(account string, args ...string) map[string]any {
	c.t.Helper()
	stdout, stderr, err := c.exec(account, args...)
	if err != nil {
		c.t.Fatalf("aws %s as %s: %v\n%s", strings.Join(args, " "), account, err, stderr)
	}
	out := map[string]any{}
	if len(bytes.TrimSpace(stdout)) > 0 {
		if err := json.Unmarshal(stdout, &out); err != nil {
			c.t.Fatalf("aws %s: output is not JSON: %v\n%s", strings.Join(args, " "), err, stdout)
		}
	}
	return out
}

// fails runs a command that must fail with the AWS error code; it returns
// the CLI's error text.
func (c cli) fails(code, account string, args ...string) string {
	c.t.Helper()
	_, stderr, err := c.exec(account, args...)
	if err == nil {
		c.t.Fatalf("aws %s as %s succeeded; want %s", strings.Join(args, " "), account, code)
	}
	if !strings.Contains(string(stderr), "("+code+")") {
		c.t.Fatalf("aws %s: want error %s, got:\n%s", strings.Join(args, " "), code, stderr)
	}
	return string(stderr)
}

func (c cli) exec(account string, args ...string) ([]byte, []byte, error) {
	cmd := exec.Command("aws", append(args, "--endpoint-url", c.endpoint, "--output", "json")...)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "AWS_") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env,
		"HOME="+c.home,
		"AWS_CONFIG_FILE="+filepath.Join(c.home, "config"),
		"AWS_SHARED_CREDENTIALS_FILE="+filepath.Join(c.home, "credentials"),
		"AWS_ACCESS_KEY_ID="+account,
		"AWS_SECRET_ACCESS_KEY=sharesim-secret",
		"AWS_DEFAULT_REGION=us-east-1",
		"AWS_REGION=us-east-1",
		"AWS_MAX_ATTEMPTS=1",
		"AWS_RETRY_MODE=standard",
		"AWS_PAGER=",
	)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return stdout.Bytes(), stderr.Bytes(), err
}

func get(t *testing.T, v any, path ...string) any {
	t.Helper()
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("no %s in %v", p, v)
		}
		v = m[p]
	}
	return v
}

func list(t *testing.T, v any, path ...string) []map[string]any {
	t.Helper()
	raw, ok := get(t, v, path...).([]any)
	if !ok {
		t.Fatalf("%v is not a list in %v", path, v)
	}
	out := make([]map[string]any, len(raw))
	for i, e := range raw {
		out[i] = e.(map[string]any)
	}
	return out
}

func want(t *testing.T, what string, got, expected any) {
	t.Helper()
	if got != expected {
		t.Fatalf("%s = %v, want %v", what, got, expected)
	}
}

const (
	cliManagement = "111111111111"
	cliMember     = "222222222222"
	cliOutsider   = "333333333333"
)

// TestCLIOrganizationsCrossAccount drives `aws organizations` through an
// invitation: the management account invites, the member accepts, and each
// side sees the result.
func TestCLIOrganizationsCrossAccount(t *testing.T) {
	c := newCLI(t)
	org := c.run(cliManagement, "organizations", "create-organization", "--feature-set", "ALL")
	orgID := get(t, org, "Organization", "Id").(string)
	if got := get(t, org, "Organization", "MasterAccountId"); got != cliManagement {
		t.Fatalf("MasterAccountId = %v", got)
	}

	c.fails("AWSOrganizationsNotInUseException", cliMember, "organizations", "describe-organization")

	inv := c.run(cliManagement, "organizations", "invite-account-to-organization",
		"--target", "Id="+cliMember+",Type=ACCOUNT")
	hsID := get(t, inv, "Handshake", "Id").(string)
	if state := get(t, inv, "Handshake", "State"); state != "OPEN" {
		t.Fatalf("handshake state = %v", state)
	}
	c.fails("HandshakeNotFoundException", cliOutsider, "organizations", "accept-handshake", "--handshake-id", hsID)

	acc := c.run(cliMember, "organizations", "accept-handshake", "--handshake-id", hsID)
	if state := get(t, acc, "Handshake", "State"); state != "ACCEPTED" {
		t.Fatalf("accepted handshake state = %v", state)
	}

	seen := c.run(cliMember, "organizations", "describe-organization")
	if got := get(t, seen, "Organization", "Id"); got != orgID {
		t.Fatalf("member sees organization %v, want %s", got, orgID)
	}
	accounts := c.run(cliManagement, "organizations", "list-accounts")
	var ids []string
	for _, a := range get(t, accounts, "Accounts").([]any) {
		ids = append(ids, a.(map[string]any)["Id"].(string))
	}
	if strings.Join(ids, ",") != cliManagement+","+cliMember && strings.Join(ids, ",") != cliMember+","+cliManagement {
		t.Fatalf("management lists accounts %v", ids)
	}
	wantInstant(t, "JoinedTimestamp", get(t, accounts, "Accounts").([]any)[0].(map[string]any)["JoinedTimestamp"], sharetest.Start)
	c.fails("AccessDeniedException", cliMember, "organizations", "list-accounts")
}

// wantInstant checks a timestamp the CLI printed. AWS CLI v1 prints the wire
// value, epoch seconds; v2 renders it as ISO 8601. Either way it must be the
// instant the server sent.
func wantInstant(t *testing.T, name string, got any, at time.Time) {
	t.Helper()
	var when time.Time
	switch v := got.(type) {
	case float64:
		sec, frac := math.Modf(v)
		when = time.Unix(int64(sec), int64(math.Round(frac*1e3))*int64(time.Millisecond))
	case string:
		var err error
		if when, err = time.Parse(time.RFC3339Nano, v); err != nil {
			t.Fatalf("%s %q is neither epoch seconds nor ISO 8601: %v", name, v, err)
		}
	default:
		t.Fatalf("%s is %T %v, not a timestamp", name, got, got)
	}
	if !when.Equal(at) {
		t.Fatalf("%s = %v, want %v", name, when.UTC(), at)
	}
}
