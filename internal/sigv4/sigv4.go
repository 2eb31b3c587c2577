// Package sigv4 reads the credential scope of an AWS Signature Version 4
// request. It never verifies signatures: sharesim trusts every caller and
// uses the scope only to learn the access key, region and service.
package sigv4

import (
	"net/http"
	"strings"
)

// Scope is the credential of a signed request:
// <AccessKeyID>/<date>/<Region>/<Service>/aws4_request.
type Scope struct {
	AccessKeyID string
	Date        string
	Region      string
	Service     string
}

// FromRequest returns the credential scope of r, from the Authorization
// header or, for presigned requests, the X-Amz-Credential query parameter.
// It reports false if r carries neither or the credential is malformed.
func FromRequest(r *http.Request) (Scope, bool) {
	if auth := r.Header.Get("Authorization"); auth != "" {
		return FromAuthorization(auth)
	}
	if cred := r.URL.Query().Get("X-Amz-Credential"); cred != "" {
		return Parse(cred)
	}
	return Scope{}, false
}

// FromAuthorization parses an "AWS4-HMAC-SHA256 Credential=..., ..." header.
func FromAuthorization(auth string) (Scope, bool) {
	alg, rest, ok := strings.Cut(strings.TrimSpace(auth), " ")
	if !ok || alg != "AWS4-HMAC-SHA256" {
		return Scope{}, false
	}
	for part := range strings.SplitSeq(rest, ",") {
		key, val, ok := strings.Cut(strings.TrimSpace(part), "=")
		if ok && key == "Credential" {
			return Parse(val)
		}
	}
	return Scope{}, false
}

// Parse parses a credential "<AccessKeyID>/<date>/<region>/<service>/aws4_request".
func Parse(cred string) (Scope, bool) {
	parts := strings.Split(cred, "/")
	if len(parts) != 5 || parts[4] != "aws4_request" || parts[0] == "" {
		return Scope{}, false
	}
	return Scope{AccessKeyID: parts[0], Date: parts[1], Region: parts[2], Service: parts[3]}, true
}

// Authorization returns an Authorization header carrying the scope, with a
// placeholder signature: enough for a server that reads the scope and does
// not verify signatures, such as sharesim.
func (s Scope) Authorization() string {
	return "AWS4-HMAC-SHA256 Credential=" + s.AccessKeyID + "/" + s.Date + "/" + s.Region + "/" + s.Service +
		"/aws4_request, SignedHeaders=host, Signature=0000000000000000000000000000000000000000000000000000000000000000"
}
