package sdktest

import (
	"bytes"
	"io"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	sdkauditmanager "github.com/aws/aws-sdk-go-v2/service/auditmanager"
	sdkorganizations "github.com/aws/aws-sdk-go-v2/service/organizations"
	sdkram "github.com/aws/aws-sdk-go-v2/service/ram"
	sdkwellarchitected "github.com/aws/aws-sdk-go-v2/service/wellarchitected"
	"github.com/aws/smithy-go/middleware"

	"github.com/sharesim/sharesim/internal/wiretest"
)

// Door reaches one sharesim endpoint with real SDK clients.
type Door struct {
	// HTTP sends the requests: the handler's in-memory client, or a
	// plain client for a started cmd/sharesim.
	HTTP *http.Client
	// Endpoint is the base URL every client is pointed at.
	Endpoint string
}

// Config returns an aws.Config that calls the endpoint as account in
// region: the account is the access key ID. Retries are off, so that a
// failing call fails at once, and the SDK's client-side check of required
// members is removed, so that the suites see the server's own answer to a
// missing member (as a raw HTTP caller or the CLI's --cli-input-json would).
func (d Door) Config(account, region string) aws.Config {
	return aws.Config{
		Region:       region,
		Credentials:  credentials.NewStaticCredentialsProvider(account, "sharesim-secret", ""),
		HTTPClient:   ownBodies{d.HTTP},
		BaseEndpoint: aws.String(d.Endpoint),
		Retryer:      func() aws.Retryer { return aws.NopRetryer{} },
		APIOptions:   []func(*middleware.Stack) error{withoutInputValidation},
	}
}

// ownBodies gives the transport a request body of its own. smithy-go closes
// the request body as soon as the response headers arrive, while net/http's
// transport may still be reading that body to confirm its end: when the
// server answers first (a fast local server does), the transport sees the
// closed body, drops the connection, and the SDK fails reading a response
// that arrived whole ("use of closed network connection"; a packet capture
// shows the full response, then the client's reset). Buffering the small
// request bodies of these APIs takes the transport out of that race.
type ownBodies struct{ c *http.Client }

// Do implements aws.HTTPClient.
func (o ownBodies) Do(req *http.Request) (*http.Response, error) {
	if req.Body != nil && req.Body != http.NoBody {
		raw, err := io.ReadAll(req.Body)
		_ = req.Body.Close()
		if err != nil {
			return nil, err
		}
		req.Body = io.NopCloser(bytes.NewReader(raw))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(raw)), nil }
	}
	return o.c.Do(req)
}

// withoutInputValidation removes the SDK's required-member check.
func withoutInputValidation(stack *middleware.Stack) error {
	_, _ = stack.Initialize.Remove("OperationInputValidation")
	return nil
}

// World returns sharetest.World over the SDK's Organizations client and
// the admin endpoints.
func (d Door) World() *wiretest.World {
	return &wiretest.World{HTTP: d.HTTP, Endpoint: d.Endpoint,
		Orgs: func(account string) wiretest.OrgsAPI { return d.Organizations(account) }}
}

// RAM returns a RAM client with the facade's method set.
func (d Door) RAM(account, region string) ramAdapter {
	return ramAdapter{sdkram.NewFromConfig(d.Config(account, region))}
}

// WellArchitected returns a Well-Architected client with the facade's method set.
func (d Door) WellArchitected(account, region string) wellarchitectedAdapter {
	return wellarchitectedAdapter{sdkwellarchitected.NewFromConfig(d.Config(account, region))}
}

// AuditManager returns an Audit Manager client with the facade's method set.
func (d Door) AuditManager(account, region string) auditmanagerAdapter {
	return auditmanagerAdapter{sdkauditmanager.NewFromConfig(d.Config(account, region))}
}

// Organizations returns an Organizations client with the facade's method set.
func (d Door) Organizations(account string) organizationsAdapter {
	return organizationsAdapter{sdkorganizations.NewFromConfig(d.Config(account, "us-east-1"))}
}
