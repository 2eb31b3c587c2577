package sigv4

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFromRequest(t *testing.T) {
	cases := []struct {
		name, auth, url string
		want            Scope
		ok              bool
	}{
		{"header", "AWS4-HMAC-SHA256 Credential=111111111111/20260301/eu-west-1/ram/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc",
			"http://x/", Scope{"111111111111", "20260301", "eu-west-1", "ram"}, true},
		{"header without spaces after commas", "AWS4-HMAC-SHA256 SignedHeaders=host,Credential=AKID/20260301/us-east-1/wellarchitected/aws4_request,Signature=abc",
			"http://x/", Scope{"AKID", "20260301", "us-east-1", "wellarchitected"}, true},
		{"presigned", "", "http://x/?X-Amz-Credential=222222222222%2F20260301%2Fus-west-2%2Fauditmanager%2Faws4_request",
			Scope{"222222222222", "20260301", "us-west-2", "auditmanager"}, true},
		{"unsigned", "", "http://x/", Scope{}, false},
		{"other algorithm", "AWS AKID:sig", "http://x/", Scope{}, false},
		{"short credential", "AWS4-HMAC-SHA256 Credential=AKID/20260301/us-east-1, Signature=x", "http://x/", Scope{}, false},
		{"wrong terminator", "AWS4-HMAC-SHA256 Credential=AKID/20260301/us-east-1/ram/aws5_request", "http://x/", Scope{}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, _ := http.NewRequest("GET", c.url, nil)
			if c.auth != "" {
				r.Header.Set("Authorization", c.auth)
			}
			got, ok := FromRequest(r)
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestAuthorizationRoundTrips(t *testing.T) {
	s := Scope{"111111111111", "20260301", "us-east-1", "organizations"}
	got, ok := FromAuthorization(s.Authorization())
	assert.True(t, ok)
	assert.Equal(t, s, got)
}
