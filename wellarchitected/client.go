// Package wellarchitected is the AWS Well-Architected Tool facade: a client whose methods mirror the
// aws-sdk-go-v2 wellarchitected client, backed by a sharesim world.
//
// Build one with [New], or through sharesim.World.WellArchitected.
//
// All methods are safe for concurrent use.
package wellarchitected

import "github.com/sharesim/sharesim/share"

// Client calls AWS Well-Architected Tool as one account in one region.
type Client struct {
	store  *share.Store
	caller share.Caller
}

// New returns a client acting as account in region against store.
func New(store *share.Store, account, region string) *Client {
	return &Client{store: store, caller: share.Caller{Account: account, Region: region}}
}
