// Package auditmanager is the AWS Audit Manager facade: a client whose
// methods mirror the aws-sdk-go-v2 auditmanager client, backed by a sharesim
// world. It covers custom-framework sharing over the share request's
// 120-day lifecycle, the controls and frameworks underneath, and account
// registration.
//
// Build one with [New], or through sharesim.World.AuditManager. Each method
// validates its input as the service does, calls the domain in package
// share, and answers with the service's output shape or exception (see
// package types).
//
// All methods are safe for concurrent use.
package auditmanager

import (
	"context"
	"time"

	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/share"
)

// Client calls AWS Audit Manager as one account in one region.
type Client struct {
	store  *share.Store
	caller share.Caller
}

// New returns a client acting as account in region against store.
func New(store *share.Store, account, region string) *Client {
	return &Client{store: store, caller: share.Caller{Account: account, Region: region}}
}

// defaultPageSize is the page size when maxResults is not given.
const defaultPageSize = 1000

func pageRequest(token *string, maxResults *int32) share.PageRequest {
	req := share.PageRequest{Limit: defaultPageSize}
	if token != nil {
		req.Token = *token
	}
	if maxResults != nil {
		req.Limit = int(*maxResults)
	}
	return req
}

func nextToken(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func optional(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// nonEmpty is nil for "", so empty optional members are left out.
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// --- registration ---

// GetAccountStatusInput is the input of GetAccountStatus.
type GetAccountStatusInput struct{}

// GetAccountStatusOutput is the output of GetAccountStatus.
type GetAccountStatusOutput struct {
	Status types.AccountStatus `json:"status,omitempty"`
}

// GetAccountStatus reports whether Audit Manager is registered for the
// caller in its region. It never fails.
func (c *Client) GetAccountStatus(ctx context.Context, in *GetAccountStatusInput) (*GetAccountStatusOutput, error) {
	if c.store.AMAccountStatus(c.caller) {
		return &GetAccountStatusOutput{Status: types.AccountStatusActive}, nil
	}
	return &GetAccountStatusOutput{Status: types.AccountStatusInactive}, nil
}

// RegisterAccountInput is the input of RegisterAccount. Both members are
// checked and otherwise ignored.
type RegisterAccountInput struct {
	KmsKey                *string `json:"kmsKey,omitempty"`
	DelegatedAdminAccount *string `json:"delegatedAdminAccount,omitempty"`
}

// RegisterAccountOutput is the output of RegisterAccount.
type RegisterAccountOutput struct {
	Status types.AccountStatus `json:"status,omitempty"`
}

// RegisterAccount registers Audit Manager for the caller in its region.
func (c *Client) RegisterAccount(ctx context.Context, in *RegisterAccountInput) (*RegisterAccountOutput, error) {
	if in == nil {
		in = &RegisterAccountInput{}
	}
	var v validator
	v.str("kmsKey", in.KmsKey, false, 7, 2048, &patKMSKey)
	v.str("delegatedAdminAccount", in.DelegatedAdminAccount, false, 12, 12, &patAccount)
	if err := v.result(); err != nil {
		return nil, err
	}
	if err := c.store.AMRegisterAccount(c.caller); err != nil {
		return nil, toException(err)
	}
	return &RegisterAccountOutput{Status: types.AccountStatusActive}, nil
}

// DeregisterAccountInput is the input of DeregisterAccount.
type DeregisterAccountInput struct{}

// DeregisterAccountOutput is the output of DeregisterAccount.
type DeregisterAccountOutput struct {
	Status types.AccountStatus `json:"status,omitempty"`
}

// DeregisterAccount deregisters Audit Manager for the caller in its region;
// its data is kept.
func (c *Client) DeregisterAccount(ctx context.Context, in *DeregisterAccountInput) (*DeregisterAccountOutput, error) {
	if err := c.store.AMDeregisterAccount(c.caller); err != nil {
		return nil, toException(err)
	}
	return &DeregisterAccountOutput{Status: types.AccountStatusInactive}, nil
}
