package awshttp

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wireCase is one request and the AWS error it must get.
type wireCase struct {
	name, method, target, scope, body string
	headers                           []string
	status                            int
	code, msgKey, msg                 string
	extra                             map[string]any
}

func (c wireCase) check(t *testing.T, rep reply) {
	t.Helper()
	assert.Equal(t, c.status, rep.status, rep.raw)
	assert.Equal(t, c.code, rep.header.Get("X-Amzn-ErrorType"))
	want := map[string]any{"__type": c.code, c.msgKey: c.msg}
	for k, v := range c.extra {
		want[k] = v
	}
	assert.Equal(t, want, rep.body)
	assert.Regexp(t, uuidV4, rep.header.Get("x-amzn-RequestId"))
}

func TestBodiesThatAreNotOneUTF8JSONObjectAreRejected(t *testing.T) {
	h, _ := newFakeHandler()
	ramParse := func(name, body string) wireCase {
		return wireCase{name: name, method: "POST", target: "/createresourceshare", scope: "1/us-east-1/ram", body: body,
			status: 400, code: "InvalidParameterException", msgKey: "message", msg: "The request body could not be parsed."}
	}
	cases := []wireCase{
		ramParse("invalid UTF-8 in a string", "{\"name\":\"\xff\xfe\"}"),
		ramParse("a stray closing brace", `{"name":"s"}}`),
		ramParse("a stray closing bracket", `{"name":"s"}]`),
		ramParse("two objects", `{"name":"s"} {"name":"t"}`),
		ramParse("deeper than any input", `{"tags":`+strings.Repeat("[", 100000)+`}`),
		ramParse("an integer out of range", `{"principals":["a"],"allowExternalPrincipals":1e400}`),
		ramParse("null body", `null`),
		{name: "WA invalid UTF-8", method: "PUT", target: "/importLens", scope: "1/us-east-1/wellarchitected",
			body: "{\"JSONString\":\"\xc3\"}", status: 400, code: "ValidationException", msgKey: "Message",
			msg: "[Validation] The request body could not be parsed.", extra: map[string]any{"Reason": "CANNOT_PARSE"}},
		{name: "AM trailing data", method: "GET", target: "/assessmentFrameworkShareRequests?requestType=SENT",
			scope: "1/us-east-1/auditmanager", body: `{}}`, status: 400, code: "ValidationException", msgKey: "message",
			msg: "The request body could not be parsed.", extra: map[string]any{"reason": "cannotParse"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.check(t, send(t, h, c.method, c.target, c.scope, c.body, c.headers...)) })
	}
}

func TestBodySizeLimits(t *testing.T) {
	h, _ := newFakeHandler()
	over := func(n int) string { return `{"name":"` + strings.Repeat("x", n) + `"}` }
	cases := []wireCase{
		{name: "RAM over 1 MiB", method: "POST", target: "/createresourceshare", scope: "1/us-east-1/ram",
			body: over(MaxBodyBytes), status: 400, code: "InvalidParameterException", msgKey: "message",
			msg: "The request body is larger than 1 MiB."},
		{name: "AM over 1 MiB", method: "GET", target: "/assessmentFrameworkShareRequests?requestType=SENT",
			scope: "1/us-east-1/auditmanager", body: over(MaxBodyBytes), status: 400, code: "ValidationException",
			msgKey: "message", msg: "The request body is larger than 1 MiB.", extra: map[string]any{"reason": "other"}},
		{name: "WA ImportLens over its limit", method: "PUT", target: "/importLens", scope: "1/us-east-1/wellarchitected",
			body: over(MaxImportLensBodyBytes), status: 400, code: "ValidationException", msgKey: "Message",
			msg: "[Validation] The request body is larger than 4 MiB.", extra: map[string]any{"Reason": "OTHER"}},
		// organizations.md §4: the message is always the same.
		{name: "Orgs over 1 MiB", method: "POST", target: "/", scope: "1/us-east-1/organizations", headers: []string{"X-Amz-Target", "AWSOrganizationsV20161128.DescribeOrganization"},
			body: over(MaxBodyBytes), status: 400, code: "InvalidInputException", msgKey: "Message",
			msg: "You specified an invalid value.", extra: map[string]any{"Reason": "MAX_LENGTH_EXCEEDED"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.check(t, send(t, h, c.method, c.target, c.scope, c.body, c.headers...)) })
	}

	t.Run("exactly 1 MiB is accepted", func(t *testing.T) {
		body := over(MaxBodyBytes - len(over(0)))
		require.Len(t, body, MaxBodyBytes)
		rep := send(t, h, "POST", "/createresourceshare", "111111111111/us-east-1/ram", body)
		assert.Equal(t, 200, rep.status)
	})

	t.Run("ImportLens takes 500000 characters however they are escaped", func(t *testing.T) {
		// Every character escaped as \uXXXX, as Python's json.dumps does
		// for non-ASCII text: 3 MB on the wire.
		body := `{"JSONString":"` + strings.Repeat(`\u00e9`, 500000) + `"}`
		require.Greater(t, len(body), 2*MaxBodyBytes)
		rep := send(t, h, "PUT", "/importLens", "111111111111/us-east-1/wellarchitected", body)
		require.Equal(t, 200, rep.status, "%.200s", rep.raw)
		assert.Equal(t, float64(500000), rep.body["Characters"])
	})

	t.Run("a declared length over the limit is refused unread", func(t *testing.T) {
		req, err := http.NewRequest("POST", "/createresourceshare", io.NopCloser(strings.NewReader(`{}`)))
		require.NoError(t, err)
		req.ContentLength = MaxBodyBytes + 1
		rec := &recorder{header: http.Header{}}
		h.ServeHTTP(rec, req)
		assert.Equal(t, 400, rec.code)
		assert.Contains(t, rec.body.String(), "The request body is larger than 1 MiB.")
	})

	t.Run("a body of unknown length is read", func(t *testing.T) {
		req, err := http.NewRequest("POST", "http://sharesim.local/createresourceshare",
			io.NopCloser(bytes.NewBufferString(`{"name":"chunked"}`))) // no length: sent chunked
		require.NoError(t, err)
		require.Equal(t, int64(0), req.ContentLength)
		resp, err := h.Client().Do(req)
		require.NoError(t, err)
		raw, _ := io.ReadAll(resp.Body)
		assert.Equal(t, 200, resp.StatusCode)
		assert.Contains(t, string(raw), `"name":"chunked"`)
	})
}

// TestEveryErrorPathNamesItsType covers the routing errors of each service
// with the service's message member, including the ones the other tests
// leave to RAM.
func TestEveryErrorPathNamesItsType(t *testing.T) {
	h, _ := newFakeHandler()
	cases := []wireCase{
		{name: "AM no route", method: "GET", target: "/nothing", scope: "1/us-east-1/auditmanager",
			status: 404, code: "UnknownOperationException", msgKey: "message", msg: "Unknown operation GET /nothing"},
		{name: "AM wrong method", method: "DELETE", target: "/assessmentFrameworkShareRequests",
			scope: "1/us-east-1/auditmanager", status: 405, code: "UnknownOperationException", msgKey: "message",
			msg: "Method DELETE is not allowed on /assessmentFrameworkShareRequests"},
		{name: "WA wrong method", method: "DELETE", target: "/importLens", scope: "1/us-east-1/wellarchitected",
			status: 405, code: "UnknownOperationException", msgKey: "Message", msg: "Method DELETE is not allowed on /importLens"},
		{name: "a literal segment is case-sensitive", method: "POST", target: "/CreateResourceShare",
			scope: "1/us-east-1/ram", status: 404, code: "UnknownOperationException", msgKey: "message",
			msg: "Unknown operation POST /CreateResourceShare"},
		{name: "a trailing slash is significant", method: "POST", target: "/createresourceshare/",
			scope: "1/us-east-1/ram", status: 404, code: "UnknownOperationException", msgKey: "message",
			msg: "Unknown operation POST /createresourceshare/"},
		{name: "an empty label matches no route", method: "GET", target: "/profiles/", scope: "1/us-east-1/wellarchitected",
			status: 404, code: "UnknownOperationException", msgKey: "Message", msg: "Unknown operation GET /profiles/"},
		{name: "WA 501", method: "GET", target: "/workloads/w1", scope: "1/us-east-1/wellarchitected",
			status: 501, code: "NotImplementedException", msgKey: "Message", msg: "sharesim does not implement WellArchitected.GetWorkload"},
		{name: "AM 501", method: "GET", target: "/controls/c1", scope: "1/us-east-1/auditmanager",
			status: 501, code: "NotImplementedException", msgKey: "message", msg: "sharesim does not implement AuditManager.GetControl"},
		{name: "Orgs GET", method: "GET", target: "/", scope: "1/us-east-1/organizations",
			headers: []string{"X-Amz-Target", "AWSOrganizationsV20161128.DescribeOrganization"},
			status:  405, code: "UnknownOperationException", msgKey: "Message", msg: "Method GET is not allowed on /"},
		{name: "a bad query escape", method: "GET", target: "/profileSummaries?MaxResults=%zz",
			scope: "1/us-east-1/wellarchitected", status: 400, code: "ValidationException", msgKey: "Message",
			msg: "[Validation] The query string could not be parsed.", extra: map[string]any{"Reason": "CANNOT_PARSE"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.check(t, send(t, h, c.method, c.target, c.scope, c.body, c.headers...)) })
	}
}

func TestPresignedCredentialSelectsServiceAccountAndRegion(t *testing.T) {
	h, _ := newFakeHandler()
	cred := "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=333333333333%2F20260301%2Feu-central-1%2Fram%2Faws4_request" +
		"&X-Amz-SignedHeaders=host&X-Amz-Signature=00"
	rep := send(t, h, "POST", "/createresourceshare?"+cred, "", `{"name":"presigned"}`)
	require.Equal(t, 200, rep.status, rep.raw)
	share := rep.body["resourceShare"].(map[string]any)
	assert.Equal(t, "333333333333", share["owningAccountId"])
	assert.Equal(t, "eu-central-1", share["region"])

	// The scope names the service even where the path alone would not.
	rep = send(t, h, "POST", "/?"+strings.ReplaceAll(cred, "%2Fram%2F", "%2Fs3%2F"), "", "")
	assert.Equal(t, 400, rep.status)
	assert.Equal(t, "Unknown service s3", rep.body["message"])
}

func TestCallerIdentityEdgeCases(t *testing.T) {
	h, _ := newFakeHandler()
	h.opts.Accounts = map[string]string{"AKIDMAPPED": "666666666666", "444444444444": "777777777777"}
	cases := []struct {
		name, scope, wantAccount string
		headers                  []string
	}{
		{"the map wins over a 12-digit key", "444444444444/us-east-1/ram", "777777777777", nil},
		{"an 11-digit key is no account", "12345678901/us-east-1/ram", DefaultAccount, nil},
		{"a 13-digit key is no account", "1234567890123/us-east-1/ram", DefaultAccount, nil},
		{"a malformed moto header is ignored", "AKIDMAPPED/us-east-1/ram", "666666666666",
			[]string{"x-moto-account-id", "12345"}},
		{"the moto header wins over the map", "AKIDMAPPED/us-east-1/ram", "888888888888",
			[]string{"x-moto-account-id", "888888888888"}},
		{"the moto header names an unsigned caller", "", "999999999999",
			[]string{"x-moto-account-id", "999999999999"}},
		{"another signature scheme counts as unsigned", "", DefaultAccount,
			[]string{"Authorization", "AWS AKIDEXAMPLE:signature"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := send(t, h, "POST", "/createresourceshare", c.scope, `{"name":"s"}`, c.headers...)
			require.Equal(t, 200, rep.status, rep.raw)
			assert.Equal(t, c.wantAccount, rep.body["resourceShare"].(map[string]any)["owningAccountId"])
		})
	}
}

func TestEveryResponseCarriesItsOwnRequestID(t *testing.T) {
	h, _ := newFakeHandler()
	seen := map[string]bool{}
	for _, c := range [][3]string{
		{"GET", "/_sharesim/clock", ""},
		{"GET", "/_sharesim/nothing", ""},
		{"POST", "/_sharesim/clock/advance?duration=soon", ""},
		{"POST", "/_sharesim/reset", ""},
		{"POST", "/createresourceshare", "1/us-east-1/ram"},
		{"GET", "/nothing", ""},
		{"POST", "/", "1/us-east-1/s3"},
	} {
		rep := send(t, h, c[0], c[1], c[2], "")
		id := rep.header.Get("x-amzn-RequestId")
		assert.Regexp(t, uuidV4, id, c)
		assert.False(t, seen[id], "request ID %s repeated", id)
		seen[id] = true
	}
}

func TestAdminPathsAreMatchedEscaped(t *testing.T) {
	h, w := newFakeHandler()
	rep := send(t, h, "POST", "/_sharesim/clock%2Fadvance?duration=1h", "", "")
	assert.Equal(t, 404, rep.status)
	assert.Equal(t, map[string]any{"message": "unknown admin endpoint"}, rep.body)
	assert.Equal(t, fakeStart, w.clock.Now(), "the clock did not move")
}

func TestMembersBoundToThePathOrQueryCannotComeThroughTheBody(t *testing.T) {
	h, _ := newFakeHandler()
	path := "/templates/shares/arn%3Aaws%3Awellarchitected%3Aus-east-1%3A111122223333%3Areview-template%2Fabc/share-1"
	rep := send(t, h, "DELETE", path, "111122223333/us-east-1/wellarchitected",
		`{"ClientRequestToken":"from-body","ShareId":"body-share"}`)
	require.Equal(t, 200, rep.status, rep.raw)
	assert.Equal(t, map[string]any{"TemplateArn": "arn:aws:wellarchitected:us-east-1:111122223333:review-template/abc",
		"ShareId": "share-1"}, rep.body, "the label wins, and a query member absent from the query stays absent")
}
