// Package awsconfig hands aws-sdk-go-v2 users a ready aws.Config that talks
// to sharesim, so pointing unmodified SDK code at a simulated world is one
// line:
//
//	ram := ram.NewFromConfig(awsconfig.ForWorld(w, "111111111111", "us-east-1"))
//
// It is a separate module so that the sharesim library itself does not
// depend on the AWS SDK.
package awsconfig

import (
	"bytes"
	"io"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"

	"github.com/sharesim/sharesim"
)

// InProcessEndpoint is the base endpoint of configs built by [ForWorld]. No
// request leaves the process, so any URL would do.
const InProcessEndpoint = "http://sharesim.local"

// ForWorld returns a config whose clients call world in process, without a
// socket, as account in region. The account travels as the access key ID,
// which is how sharesim tells callers apart.
func ForWorld(world *sharesim.World, account, region string) aws.Config {
	cfg := ForEndpoint(InProcessEndpoint, account, region)
	cfg.HTTPClient = world.HTTPClient()
	return cfg
}

// ForEndpoint returns a config whose clients call a sharesim endpoint, such
// as a started cmd/sharesim at "http://127.0.0.1:8080", as account in
// region. Its HTTP client hands the transport request bodies of its own; see
// [BufferedBodies].
func ForEndpoint(endpoint, account, region string) aws.Config {
	return aws.Config{
		Region:       region,
		Credentials:  credentials.NewStaticCredentialsProvider(account, "sharesim", ""),
		BaseEndpoint: aws.String(endpoint),
		HTTPClient:   BufferedBodies{Client: http.DefaultClient},
	}
}

// BufferedBodies is an aws.HTTPClient that reads each request body into
// memory before sending it. smithy-go closes a request body as soon as the
// response headers arrive, while net/http's transport may still be reading
// that body to confirm its end; against a fast local endpoint the server
// can answer first, and the transport then drops the connection under a
// response that arrived whole, which the SDK reports as "deserialization
// failed ... use of closed network connection". The request bodies of these
// APIs are small, so buffering them costs nothing that matters.
type BufferedBodies struct {
	// Client sends the requests; nil means http.DefaultClient.
	Client *http.Client
}

// Do sends req with a body the transport owns.
func (b BufferedBodies) Do(req *http.Request) (*http.Response, error) {
	c := b.Client
	if c == nil {
		c = http.DefaultClient
	}
	if req.Body != nil && req.Body != http.NoBody {
		raw, err := io.ReadAll(req.Body)
		_ = req.Body.Close()
		if err != nil {
			return nil, err
		}
		req.Body = io.NopCloser(bytes.NewReader(raw))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(raw)), nil }
	}
	return c.Do(req)
}
