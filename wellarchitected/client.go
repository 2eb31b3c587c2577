// Package wellarchitected is the AWS Well-Architected Tool facade: a client whose methods mirror the
// aws-sdk-go-v2 wellarchitected client, backed by a sharesim world.
//
// Build one with [New], or through sharesim.World.WellArchitected. It covers the sharing side of
// the service (lens, workload, profile and review-template shares, share invitations, organization
// sharing) and just enough lenses, workloads, profiles and review templates to share.
//
// # Client request tokens
//
// Like the SDK, the client fills in a missing ClientRequestToken with a random one, so a nil
// token never fails. [Client.Strict] returns a client that does not, for the wire layer, where a
// raw request without a token is a ValidationException.
//
// # Errors
//
// Every error is one of the exceptions of package [types], with the ErrorCode, ErrorMessage and
// HTTPStatusCode AWS uses.
//
// All methods are safe for concurrent use.
package wellarchitected

import (
	"crypto/rand"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected/types"
)

// Client calls AWS Well-Architected Tool as one account in one region.
type Client struct {
	store  *share.Store
	caller share.Caller
	strict bool
}

// New returns a client acting as account in region against store.
func New(store *share.Store, account, region string) *Client {
	return &Client{store: store, caller: share.Caller{Account: account, Region: region}}
}

// Strict returns a copy of c that leaves a missing ClientRequestToken
// missing, so the call fails with a ValidationException as a raw HTTP request
// without one does.
func (c *Client) Strict() *Client {
	cp := *c
	cp.strict = true
	return &cp
}

// token fills in a missing client request token, as the SDK does, unless
// the client is strict.
func (c *Client) token(t **string) {
	if *t == nil && !c.strict {
		s := rand.Text()
		*t = &s
	}
}

// requestToken is the domain's view of a token: the token, and a canonical
// rendering of the input without it.
func requestToken(token *string, inputWithoutToken any) share.WARequestToken {
	return share.WARequestToken{Token: deref(token), Fingerprint: share.Fingerprint(inputWithoutToken)}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func ptr[T any](v T) *T { return &v }

// optString returns nil for "", else a pointer.
func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func optTags(t share.Tags) map[string]string {
	if len(t) == 0 {
		return nil
	}
	return map[string]string(t.Clone())
}

// page returns the domain page request of a listing.
func page(next *string, max *int32) share.PageRequest {
	n := 50
	if max != nil {
		n = int(*max)
	}
	return share.PageRequest{Token: deref(next), Limit: n}
}

// throttle fails the call when the world's WellArchitected.Throttle says so.
func (c *Client) throttle(op string) error {
	if t := c.store.Options().WellArchitected.Throttle; t != nil && t(c.caller, op) {
		return &types.ThrottlingException{Message: ptr("[Throttling] Rate exceeded"), ServiceCode: ptr(ServiceCode)}
	}
	return nil
}
