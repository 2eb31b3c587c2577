package awsconfig_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/organizations"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/awsconfig"
)

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// closeCounter is a request body that fails reads once it is closed, as
// smithy-go's request bodies do.
type closeCounter struct {
	r      io.Reader
	closed bool
}

func (c *closeCounter) Read(p []byte) (int, error) {
	if c.closed {
		return 0, io.ErrClosedPipe
	}
	return c.r.Read(p)
}

func (c *closeCounter) Close() error { c.closed = true; return nil }

// TestBufferedBodiesOutliveTheCallersClose: the transport still reads the
// whole body after the caller has closed the one it passed in.
func TestBufferedBodiesOutliveTheCallersClose(t *testing.T) {
	orig := &closeCounter{r: strings.NewReader(`{"a":1}`)}
	var got string
	transport := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		if err := orig.Close(); err != nil { // the SDK closing its body early
			t.Fatal(err)
		}
		raw, err := io.ReadAll(r.Body)
		if err != nil {
			t.Fatalf("transport could not read the body: %v", err)
		}
		got = string(raw)
		again, _ := r.GetBody()
		if b, _ := io.ReadAll(again); string(b) != got {
			t.Fatalf("GetBody gave %q, want %q", b, got)
		}
		return &http.Response{StatusCode: 200, Body: http.NoBody, Request: r}, nil
	})
	req, err := http.NewRequest(http.MethodPost, "http://example.invalid/", orig)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := (awsconfig.BufferedBodies{Client: &http.Client{Transport: transport}}).Do(req); err != nil {
		t.Fatal(err)
	}
	if got != `{"a":1}` {
		t.Fatalf("transport read %q", got)
	}
}

// TestForEndpoint drives a real Organizations client through ForEndpoint against a
// world served on a loopback listener.
func TestForEndpoint(t *testing.T) {
	w := sharesim.New(nil)
	srv := httptest.NewServer(w.Handler())
	defer srv.Close()
	client := organizations.NewFromConfig(awsconfig.ForEndpoint(srv.URL, "111111111111", "us-east-1"))
	ctx := context.Background()
	if _, err := client.CreateOrganization(ctx, &organizations.CreateOrganizationInput{}); err != nil {
		t.Fatal(err)
	}
	for range 20 {
		out, err := client.DescribeOrganization(ctx, &organizations.DescribeOrganizationInput{})
		if err != nil {
			t.Fatal(err)
		}
		if *out.Organization.MasterAccountId != "111111111111" {
			t.Fatalf("management account %s", *out.Organization.MasterAccountId)
		}
	}
}
