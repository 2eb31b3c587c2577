// Package organizations is the AWS Organizations facade: a client whose
// methods mirror the aws-sdk-go-v2 organizations client, backed by a sharesim
// world. It covers the slice of Organizations that sharing depends on.
//
// Organizations state is global: a client is bound to an account only.
//
// All methods are safe for concurrent use.
package organizations

import "github.com/sharesim/sharesim/share"

// Client calls AWS Organizations as one account.
type Client struct {
	store   *share.Store
	account string
}

// New returns a client acting as account against store.
func New(store *share.Store, account string) *Client {
	return &Client{store: store, account: account}
}
