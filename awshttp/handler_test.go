package awshttp

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/internal/sigv4"
)

type reply struct {
	status int
	header http.Header
	body   map[string]any
	raw    string
}

// send sends a request through the in-memory transport. scope, if not
// empty, is "<akid>/<region>/<service>".
func send(t *testing.T, h *Handler, method, target, scope, body string, headers ...string) reply {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, "http://sharesim.local"+target, rd)
	require.NoError(t, err)
	if scope != "" {
		parts := strings.Split(scope, "/")
		req.Header.Set("Authorization", sigv4.Scope{AccessKeyID: parts[0], Date: "20260301",
			Region: parts[1], Service: parts[2]}.Authorization())
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := h.Client().Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	rep := reply{status: resp.StatusCode, header: resp.Header, raw: string(raw)}
	if len(raw) > 0 {
		require.NoError(t, json.Unmarshal(raw, &rep.body), "body %s", raw)
	}
	return rep
}

var uuidV4 = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

func TestRESTJSONDecodesBodyAndEncodesOutput(t *testing.T) {
	h, _ := newFakeHandler()
	rep := send(t, h, "POST", "/createresourceshare", "111111111111/eu-west-1/ram",
		`{"name":"s1","allowExternalPrincipals":false,"principals":["222222222222"],"tags":[{"key":"k","value":"v"}],"unknownMember":1}`)
	require.Equal(t, 200, rep.status, rep.raw)
	assert.Equal(t, "application/json", rep.header.Get("Content-Type"))
	assert.Regexp(t, uuidV4, rep.header.Get("x-amzn-RequestId"))
	assert.JSONEq(t, `{"resourceShare":{"name":"s1","owningAccountId":"111111111111","region":"eu-west-1",
		"creationTime":1772366400.302,"allowExternalPrincipals":false,"principals":["222222222222"],
		"tags":[{"key":"k","value":"v"}]}}`, rep.raw)
	assert.NotContains(t, rep.raw, "null", "absent members are omitted, never null")
	assert.Contains(t, rep.raw, `"creationTime":1772366400.302`, "timestamps are epoch seconds with milliseconds")
}

func TestCallerAccountAndRegion(t *testing.T) {
	h, _ := newFakeHandler()
	cases := []struct {
		name, scope, wantAccount, wantRegion string
		headers                              []string
	}{
		{"12-digit key is the account", "333333333333/ap-southeast-2/ram", "333333333333", "ap-southeast-2", nil},
		{"other key is the default account", "AKIDEXAMPLE/us-west-2/ram", DefaultAccount, "us-west-2", nil},
		{"moto header overrides the key", "333333333333/us-east-1/ram", "444444444444", "us-east-1",
			[]string{"x-moto-account-id", "444444444444"}},
		{"no credentials", "", DefaultAccount, DefaultRegion, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := send(t, h, "POST", "/createresourceshare", c.scope, `{"name":"s"}`, c.headers...)
			require.Equal(t, 200, rep.status, rep.raw)
			share := rep.body["resourceShare"].(map[string]any)
			assert.Equal(t, c.wantAccount, share["owningAccountId"])
			assert.Equal(t, c.wantRegion, share["region"])
		})
	}
}

func TestAccountsMapIsConsultedFirst(t *testing.T) {
	h, _ := newFakeHandler()
	h.opts.Accounts = map[string]string{"AKIDALICE": "555555555555"}
	rep := send(t, h, "POST", "/createresourceshare", "AKIDALICE/us-east-1/ram", `{"name":"s"}`)
	require.Equal(t, 200, rep.status, rep.raw)
	assert.Equal(t, "555555555555", rep.body["resourceShare"].(map[string]any)["owningAccountId"])
}

func TestInvalidRegionGetsTheServiceValidationError(t *testing.T) {
	h, _ := newFakeHandler()
	cases := []struct {
		scope, target, method, body, code, msgKey string
		extra                                     map[string]any
		headers                                   []string
	}{
		{"111111111111/mars/ram", "/createresourceshare", "POST", `{}`, "InvalidParameterException", "message", nil, nil},
		{"111111111111/Mars-1/wellarchitected", "/profileSummaries", "GET", ``, "ValidationException", "Message",
			map[string]any{"Reason": "OTHER"}, nil},
		{"111111111111/x/auditmanager", "/assessmentFrameworkShareRequests?requestType=SENT", "GET", ``, "ValidationException", "message",
			map[string]any{"reason": "other"}, nil},
		{"111111111111/US-EAST-1/organizations", "/", "POST", `{}`, "InvalidInputException", "Message",
			map[string]any{"Reason": "INVALID_PATTERN"},
			[]string{"X-Amz-Target", "AWSOrganizationsV20161128.DescribeOrganization"}},
	}
	for _, c := range cases {
		rep := send(t, h, c.method, c.target, c.scope, c.body, c.headers...)
		region := strings.Split(c.scope, "/")[1]
		assert.Equal(t, 400, rep.status, rep.raw)
		assert.Equal(t, c.code, rep.header.Get("X-Amzn-ErrorType"))
		assert.Equal(t, c.code, rep.body["__type"])
		assert.Equal(t, "The region "+region+" is not valid.", rep.body[c.msgKey])
		for k, v := range c.extra {
			assert.Equal(t, v, rep.body[k])
		}
	}
}

func TestQueryMembersBindAndDecode(t *testing.T) {
	h, _ := newFakeHandler()
	arn := "arn:aws:ram:us-east-1:111111111111:resource-share/7ab63972-b505-7e2a-420d-6f5d3EXAMPLE"
	rep := send(t, h, "DELETE", "/deleteresourceshare?resourceShareArn=arn%3Aaws%3Aram%3Aus-east-1%3A111111111111%3Aresource-share%2F7ab63972-b505-7e2a-420d-6f5d3EXAMPLE&clientToken=tok", "111111111111/us-east-1/ram", "")
	require.Equal(t, 200, rep.status, rep.raw)
	assert.Equal(t, map[string]any{"returnValue": true, "clientToken": "tok", "arn": arn}, rep.body)

	rep = send(t, h, "GET", "/profileSummaries?ProfileOwnerType=SHARED&MaxResults=1", "111111111111/us-east-1/wellarchitected", "")
	require.Equal(t, 200, rep.status, rep.raw)
	assert.Equal(t, map[string]any{"ProfileSummaries": []any{"SHARED"}, "NextToken": "next"}, rep.body)
}

func TestEncodedARNsInPathLabelsRoute(t *testing.T) {
	h, _ := newFakeHandler()
	arn := "arn:aws:wellarchitected:us-east-1:111122223333:review-template/0123456789abcdef0123456789abcdef"
	path := "/templates/shares/arn%3Aaws%3Awellarchitected%3Aus-east-1%3A111122223333%3Areview-template%2F0123456789abcdef0123456789abcdef/share-1?ClientRequestToken=abc"
	rep := send(t, h, "DELETE", path, "111122223333/us-east-1/wellarchitected", "")
	require.Equal(t, 200, rep.status, rep.raw)
	assert.Equal(t, map[string]any{"TemplateArn": arn, "ShareId": "share-1", "ClientRequestToken": "abc"}, rep.body)
}

func TestEmptyTopLevelListIsPresent(t *testing.T) {
	h, _ := newFakeHandler()
	rep := send(t, h, "POST", "/getresourceshares", "111111111111/us-east-1/ram", "")
	require.Equal(t, 200, rep.status, rep.raw)
	assert.JSONEq(t, `{"resourceShares":[]}`, rep.raw)
}

func TestUnparsableRequestsGetTheServiceValidationError(t *testing.T) {
	h, _ := newFakeHandler()
	cases := []struct {
		name, method, target, scope, body string
		headers                           []string
		code, msgKey, msg                 string
		extra                             map[string]any
	}{
		{"RAM malformed JSON", "POST", "/createresourceshare", "1/us-east-1/ram", `{"name":`, nil,
			"InvalidParameterException", "message", "The request body could not be parsed.", nil},
		{"RAM wrong member type", "POST", "/createresourceshare", "1/us-east-1/ram", `{"principals":"x"}`, nil,
			"InvalidParameterException", "message", "The request body could not be parsed.", nil},
		{"RAM body not an object", "POST", "/createresourceshare", "1/us-east-1/ram", `[1]`, nil,
			"InvalidParameterException", "message", "The request body could not be parsed.", nil},
		// Operations that model no InvalidParameterException get the
		// exception they use instead (ram.md §C.16).
		{"RAM Accept wrong member type", "POST", "/acceptresourceshareinvitation", "1/us-east-1/ram", `{"resourceShareInvitationArn":5}`, nil,
			"MalformedArnException", "message", "The specified resource share invitation ARN is not valid. Verify the ARN and try again.", nil},
		{"RAM Reject malformed JSON", "POST", "/rejectresourceshareinvitation", "1/us-east-1/ram", `not json`, nil,
			"MalformedArnException", "message", "The specified resource share invitation ARN is not valid. Verify the ARN and try again.", nil},
		{"RAM Enable body not an object", "POST", "/enablesharingwithawsorganization", "1/us-east-1/ram", `[1]`, nil,
			"OperationNotPermittedException", "message", "The request body could not be parsed.", nil},
		// Every Well-Architected message starts with its short form
		// (wellarchitected.md §0.1).
		{"WA bad query integer", "GET", "/profileSummaries?MaxResults=ten", "1/us-east-1/wellarchitected", ``, nil,
			"ValidationException", "Message", "[Validation] The value ten for parameter MaxResults is not valid.", map[string]any{"Reason": "CANNOT_PARSE"}},
		{"AM malformed JSON", "GET", "/assessmentFrameworkShareRequests", "1/us-east-1/auditmanager", `{`, nil,
			"ValidationException", "message", "The request body could not be parsed.", map[string]any{"reason": "cannotParse"}},
		{"Orgs malformed JSON", "POST", "/", "1/us-east-1/organizations", `nope`,
			[]string{"X-Amz-Target", "AWSOrganizationsV20161128.DescribeOrganization"},
			"InvalidInputException", "Message", "You specified an invalid value.", map[string]any{"Reason": "INPUT_REQUIRED"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := send(t, h, c.method, c.target, c.scope, c.body, c.headers...)
			assert.Equal(t, 400, rep.status, rep.raw)
			assert.Equal(t, c.code, rep.header.Get("X-Amzn-ErrorType"))
			assert.Equal(t, c.code, rep.body["__type"])
			assert.Equal(t, c.msg, rep.body[c.msgKey])
			for k, v := range c.extra {
				assert.Equal(t, v, rep.body[k])
			}
		})
	}
}

func TestFacadeExceptionsGoThroughTheErrorWriter(t *testing.T) {
	h, _ := newFakeHandler()
	rep := send(t, h, "POST", "/createresourceshare", "111111111111/us-east-1/ram", `{"name":"exists"}`)
	assert.Equal(t, 400, rep.status)
	assert.Equal(t, "ResourceShareLimitExceededException", rep.header.Get("X-Amzn-ErrorType"))
	assert.Equal(t, map[string]any{"__type": "ResourceShareLimitExceededException", "message": "too many"}, rep.body)
	assert.Regexp(t, uuidV4, rep.header.Get("x-amzn-RequestId"))

	rep = send(t, h, "GET", "/profiles/arn%3Aaws%3Awellarchitected%3Aus-east-1%3A111111111111%3Aprofile%2Fp1", "111111111111/us-east-1/wellarchitected", "")
	assert.Equal(t, 404, rep.status, "the model's status for WA ResourceNotFoundException")
	assert.Equal(t, "ResourceNotFoundException", rep.header.Get("X-Amzn-ErrorType"))
	assert.Equal(t, map[string]any{"__type": "ResourceNotFoundException",
		"Message":      "No profile arn:aws:wellarchitected:us-east-1:111111111111:profile/p1",
		"ResourceId":   "arn:aws:wellarchitected:us-east-1:111111111111:profile/p1",
		"ResourceType": "PROFILE"}, rep.body)
}

func TestOrganizationsSpeaksAWSJSON11(t *testing.T) {
	h, _ := newFakeHandler()
	target := []string{"X-Amz-Target", "AWSOrganizationsV20161128.DescribeOrganization",
		"Content-Type", "application/x-amz-json-1.1"}
	rep := send(t, h, "POST", "/", "111111111111/us-east-1/organizations", "", target...)
	require.Equal(t, 200, rep.status, rep.raw)
	assert.Equal(t, "application/x-amz-json-1.1", rep.header.Get("Content-Type"))
	assert.JSONEq(t, `{"Organization":{"Id":"o-abcdefghij","MasterAccountId":"111111111111","FeatureSet":"ALL","AvailablePolicyIDs":[]}}`, rep.raw)

	rep = send(t, h, "POST", "/", "999999999999/us-east-1/organizations", "{}", target...)
	assert.Equal(t, 400, rep.status)
	assert.Equal(t, "AWSOrganizationsNotInUseException", rep.header.Get("X-Amzn-ErrorType"))
	assert.Equal(t, map[string]any{"__type": "AWSOrganizationsNotInUseException",
		"Message": "Your account is not a member of an organization."}, rep.body)

	// Without a credential scope the target header alone selects Organizations.
	rep = send(t, h, "POST", "/", "", "{}", target...)
	require.Equal(t, 200, rep.status, rep.raw)
	assert.Equal(t, DefaultAccount, rep.body["Organization"].(map[string]any)["MasterAccountId"])
}

func TestUnknownOperations(t *testing.T) {
	h, _ := newFakeHandler()
	cases := []struct {
		name, method, target, scope string
		headers                     []string
		status                      int
		msgKey, msg                 string
	}{
		{"no route", "GET", "/nothing", "1/us-east-1/ram", nil, 404, "message", "Unknown operation GET /nothing"},
		{"no route, unsigned", "GET", "/nothing", "", nil, 404, "message", "Unknown operation GET /nothing"},
		{"wrong method", "GET", "/createresourceshare", "1/us-east-1/ram", nil, 405, "message",
			"Method GET is not allowed on /createresourceshare"},
		{"WA no route", "GET", "/nothing", "1/us-east-1/wellarchitected", nil, 404, "Message", "Unknown operation GET /nothing"},
		{"unknown target", "POST", "/", "1/us-east-1/organizations",
			[]string{"X-Amz-Target", "AWSOrganizationsV20161128.Fly"}, 400, "Message",
			"Unrecognized operation AWSOrganizationsV20161128.Fly"},
		{"wrong target prefix", "POST", "/", "1/us-east-1/organizations",
			[]string{"X-Amz-Target", "Other.DescribeOrganization"}, 400, "Message",
			"Unrecognized operation Other.DescribeOrganization"},
		{"unknown service", "POST", "/", "1/us-east-1/s3", nil, 400, "message", "Unknown service s3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := send(t, h, c.method, c.target, c.scope, "", c.headers...)
			assert.Equal(t, c.status, rep.status)
			assert.Equal(t, "UnknownOperationException", rep.header.Get("X-Amzn-ErrorType"))
			assert.Equal(t, map[string]any{"__type": "UnknownOperationException", c.msgKey: c.msg}, rep.body)
			assert.Regexp(t, uuidV4, rep.header.Get("x-amzn-RequestId"))
		})
	}
}

func TestOperationsTheFacadeLacksAnswer501(t *testing.T) {
	h, _ := newFakeHandler()
	rep := send(t, h, "POST", "/listresourcetypes", "1/us-east-1/ram", "")
	assert.Equal(t, 501, rep.status)
	assert.Equal(t, "NotImplementedException", rep.header.Get("X-Amzn-ErrorType"))
	assert.Equal(t, map[string]any{"__type": "NotImplementedException",
		"message": "sharesim does not implement RAM.ListResourceTypes"}, rep.body)

	rep = send(t, h, "POST", "/", "1/us-east-1/organizations", "",
		"X-Amz-Target", "AWSOrganizationsV20161128.CreatePolicy")
	assert.Equal(t, 501, rep.status)
	assert.Equal(t, map[string]any{"__type": "NotImplementedException",
		"Message": "sharesim does not implement Organizations.CreatePolicy"}, rep.body)
}

func TestServerFaultsBecomeTheServiceInternalError(t *testing.T) {
	h, _ := newFakeHandler()
	var logged []Entry
	h.opts.Log = func(e Entry) { logged = append(logged, e) }
	for _, name := range []string{"boom", "plain"} {
		rep := send(t, h, "POST", "/createresourceshare", "1/us-east-1/ram", `{"name":"`+name+`"}`)
		assert.Equal(t, 500, rep.status)
		assert.Equal(t, "ServerInternalException", rep.header.Get("X-Amzn-ErrorType"))
		assert.Equal(t, map[string]any{"__type": "ServerInternalException", "message": "Internal error"}, rep.body)
	}
	require.Len(t, logged, 2)
	assert.Equal(t, "panic: facade bug", logged[0].Err, "the log, not the response, tells what broke")
	assert.Contains(t, logged[0].Stack, "fake_test.go", "and where: the stack of the panic")
	assert.Empty(t, logged[1].Stack, "an error that is not a panic has no stack")
	assert.Equal(t, "an unmapped error", logged[1].Err)
	assert.Equal(t, Entry{Method: "POST", Path: "/createresourceshare", Service: "RAM", Operation: "CreateResourceShare",
		Account: DefaultAccount, Region: "us-east-1", Status: 500, RequestID: logged[1].RequestID,
		Duration: logged[1].Duration, Err: "an unmapped error"}, logged[1])
}

func TestOversizedBodyIsRejected(t *testing.T) {
	h, _ := newFakeHandler()
	big := `{"name":"` + strings.Repeat("x", MaxBodyBytes) + `"}`
	rep := send(t, h, "POST", "/createresourceshare", "1/us-east-1/ram", big)
	assert.Equal(t, 400, rep.status)
	assert.Equal(t, "InvalidParameterException", rep.body["__type"])
}

func TestTransportHonoursACanceledContext(t *testing.T) {
	h, _ := newFakeHandler()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://x/_sharesim/clock", nil)
	_, err := h.Client().Do(req)
	assert.ErrorIs(t, err, context.Canceled)
}

// TestServerFaultsAre500: each service's server fault has status 500 in the
// tables the error writer reads, including Organizations' ServiceException,
// which the model marks a fault without a status (wire.md §7).
func TestServerFaultsAre500(t *testing.T) {
	_, w := newFakeHandler()
	for _, f := range facades(w) {
		assert.Equal(t, 500, f.model.Errors[f.vocab.internal], "%s %s", f.model.ID, f.vocab.internal)
	}
}
