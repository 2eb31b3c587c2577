package awshttp_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/internal/sigv4"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// FuzzHandler sends arbitrary methods, paths, targets, scopes and bodies to
// a real world's handler. No input may panic (a recovered panic would answer
// 500) or go unanswered: every response carries a request ID, and every
// failure is a 4xx (or 501) AWS error with X-Amzn-ErrorType and a JSON body
// naming the same type.
func FuzzHandler(f *testing.F) {
	f.Add(uint8(0), "/createresourceshare", "", uint8(0), []byte(`{"name":"s"}`))
	f.Add(uint8(1), "/", "AWSOrganizationsV20161128.CreateOrganization", uint8(3), []byte(`{"FeatureSet":"ALL"}`))
	f.Add(uint8(1), "/", "AWSOrganizationsV20161128.DescribeOrganization", uint8(3), []byte(`{`))
	f.Add(uint8(2), "/templates/shares/arn%3Aaws%3Awellarchitected%3Aus-east-1%3A1%3Areview-template%2Fx/s?ClientRequestToken=a", "", uint8(1), []byte(nil))
	f.Add(uint8(3), "/profileSummaries?MaxResults=ten", "", uint8(1), []byte(nil))
	f.Add(uint8(0), "/assessmentFrameworkShareRequests?requestType=SENT", "", uint8(2), []byte(nil))
	f.Add(uint8(1), "/_sharesim/clock/advance?duration=1h", "", uint8(4), []byte(nil))
	f.Add(uint8(4), "/%zz/%2F", "x", uint8(5), []byte(`[]`))

	methods := []string{"POST", "POST", "DELETE", "GET", "PUT", "PATCH"}
	services := []string{"ram", "wellarchitected", "auditmanager", "organizations", "", "s3"}
	w := sharesim.New(&share.Options{Clock: clock.NewFake(sharetest.Start), IDs: share.SeededIDs(1)})
	client := w.HTTPClient()

	f.Fuzz(func(t *testing.T, m uint8, path, target string, svc uint8, body []byte) {
		if !strings.HasPrefix(path, "/") {
			path = "/" + path
		}
		req, err := http.NewRequest(methods[int(m)%len(methods)], "http://sharesim.local"+path, bytes.NewReader(body))
		if err != nil {
			return // not a URL an HTTP client could send
		}
		if target != "" {
			req.Header.Set("X-Amz-Target", target)
		}
		if s := services[int(svc)%len(services)]; s != "" {
			req.Header.Set("Authorization", sigv4.Scope{AccessKeyID: "111111111111", Date: "20260301",
				Region: "us-east-1", Service: s}.Authorization())
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatalf("no response: %v", err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.Header.Get("x-amzn-RequestId") == "" {
			t.Fatal("response without a request ID")
		}
		var doc map[string]any
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatalf("HTTP %d body is not a JSON object: %q", resp.StatusCode, raw)
		}
		if resp.StatusCode == http.StatusOK {
			return
		}
		if resp.StatusCode >= 500 && resp.StatusCode != http.StatusNotImplemented {
			t.Fatalf("HTTP %d for %s %s: %s", resp.StatusCode, req.Method, path, raw)
		}
		if strings.HasPrefix(req.URL.EscapedPath(), "/_sharesim/") {
			return // admin errors are {"message": ...}
		}
		code := resp.Header.Get("X-Amzn-ErrorType")
		if code == "" || doc["__type"] != code {
			t.Fatalf("HTTP %d error without a matching type: header %q body %s", resp.StatusCode, code, raw)
		}
	})
}
