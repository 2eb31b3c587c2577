// Package wiretest implements share/sharetest.World over the wire: the
// organization arrangements go through an Organizations API (the wire client
// or a real SDK client), time through the /_sharesim/ admin endpoints. The
// conformance harnesses of awshttp and internal/sdktest build on it.
package wiretest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/organizations/types"
	"github.com/sharesim/sharesim/share/sharetest"
)

// OrgsAPI is the slice of the Organizations API the world arrangements use.
type OrgsAPI interface {
	CreateOrganization(context.Context, *organizations.CreateOrganizationInput) (*organizations.CreateOrganizationOutput, error)
	ListRoots(context.Context, *organizations.ListRootsInput) (*organizations.ListRootsOutput, error)
	CreateOrganizationalUnit(context.Context, *organizations.CreateOrganizationalUnitInput) (*organizations.CreateOrganizationalUnitOutput, error)
	InviteAccountToOrganization(context.Context, *organizations.InviteAccountToOrganizationInput) (*organizations.InviteAccountToOrganizationOutput, error)
	AcceptHandshake(context.Context, *organizations.AcceptHandshakeInput) (*organizations.AcceptHandshakeOutput, error)
	MoveAccount(context.Context, *organizations.MoveAccountInput) (*organizations.MoveAccountOutput, error)
	ListParents(context.Context, *organizations.ListParentsInput) (*organizations.ListParentsOutput, error)
	RemoveAccountFromOrganization(context.Context, *organizations.RemoveAccountFromOrganizationInput) (*organizations.RemoveAccountFromOrganizationOutput, error)
	EnableAWSServiceAccess(context.Context, *organizations.EnableAWSServiceAccessInput) (*organizations.EnableAWSServiceAccessOutput, error)
	DisableAWSServiceAccess(context.Context, *organizations.DisableAWSServiceAccessInput) (*organizations.DisableAWSServiceAccessOutput, error)
}

// World implements sharetest.World against a sharesim endpoint.
type World struct {
	// Orgs returns an Organizations API acting as account.
	Orgs func(account string) OrgsAPI
	// HTTP reaches the endpoint; nil means http.DefaultClient.
	HTTP *http.Client
	// Endpoint is the base URL of the endpoint.
	Endpoint string
}

var _ sharetest.World = (*World)(nil)

var ctx = context.Background()

func must(t testing.TB, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("wiretest: %s: %v", what, err)
	}
}

func str(s string) *string { return &s }

// CreateOrganization implements sharetest.World.
func (w *World) CreateOrganization(t testing.TB, management string) (string, string) {
	t.Helper()
	o := w.Orgs(management)
	out, err := o.CreateOrganization(ctx, &organizations.CreateOrganizationInput{FeatureSet: types.OrganizationFeatureSetAll})
	must(t, "CreateOrganization", err)
	return *out.Organization.Id, w.root(t, management)
}

func (w *World) root(t testing.TB, management string) string {
	t.Helper()
	roots, err := w.Orgs(management).ListRoots(ctx, &organizations.ListRootsInput{})
	must(t, "ListRoots", err)
	if len(roots.Roots) != 1 {
		t.Fatalf("wiretest: ListRoots returned %d roots", len(roots.Roots))
	}
	return *roots.Roots[0].Id
}

// CreateOU implements sharetest.World.
func (w *World) CreateOU(t testing.TB, management, parentID, name string) string {
	t.Helper()
	out, err := w.Orgs(management).CreateOrganizationalUnit(ctx, &organizations.CreateOrganizationalUnitInput{
		ParentId: str(parentID), Name: str(name)})
	must(t, "CreateOrganizationalUnit", err)
	return *out.OrganizationalUnit.Id
}

// Admit implements sharetest.World: management invites the account, the
// account accepts, and management moves it from the root to parentID.
func (w *World) Admit(t testing.TB, management, account, parentID string) {
	t.Helper()
	inv, err := w.Orgs(management).InviteAccountToOrganization(ctx, &organizations.InviteAccountToOrganizationInput{
		Target: &types.HandshakeParty{Id: str(account), Type: types.HandshakePartyTypeAccount}})
	must(t, "InviteAccountToOrganization", err)
	_, err = w.Orgs(account).AcceptHandshake(ctx, &organizations.AcceptHandshakeInput{HandshakeId: inv.Handshake.Id})
	must(t, "AcceptHandshake", err)
	parents, err := w.Orgs(management).ListParents(ctx, &organizations.ListParentsInput{ChildId: str(account)})
	must(t, "ListParents", err)
	if len(parents.Parents) != 1 {
		t.Fatalf("wiretest: %s has %d parents", account, len(parents.Parents))
	}
	if from := *parents.Parents[0].Id; from != parentID {
		w.Move(t, management, account, from, parentID)
	}
}

// Move implements sharetest.World.
func (w *World) Move(t testing.TB, management, account, from, to string) {
	t.Helper()
	_, err := w.Orgs(management).MoveAccount(ctx, &organizations.MoveAccountInput{
		AccountId: str(account), SourceParentId: str(from), DestinationParentId: str(to)})
	must(t, "MoveAccount", err)
}

// Remove implements sharetest.World.
func (w *World) Remove(t testing.TB, management, account string) {
	t.Helper()
	_, err := w.Orgs(management).RemoveAccountFromOrganization(ctx, &organizations.RemoveAccountFromOrganizationInput{
		AccountId: str(account)})
	must(t, "RemoveAccountFromOrganization", err)
}

// EnableServiceAccess implements sharetest.World.
func (w *World) EnableServiceAccess(t testing.TB, management, principal string) {
	t.Helper()
	_, err := w.Orgs(management).EnableAWSServiceAccess(ctx, &organizations.EnableAWSServiceAccessInput{
		ServicePrincipal: str(principal)})
	must(t, "EnableAWSServiceAccess", err)
}

// DisableServiceAccess implements sharetest.World.
func (w *World) DisableServiceAccess(t testing.TB, management, principal string) {
	t.Helper()
	_, err := w.Orgs(management).DisableAWSServiceAccess(ctx, &organizations.DisableAWSServiceAccessInput{
		ServicePrincipal: str(principal)})
	must(t, "DisableAWSServiceAccess", err)
}

// Advance implements sharetest.World through POST /_sharesim/clock/advance.
func (w *World) Advance(t testing.TB, d time.Duration) time.Time {
	t.Helper()
	return w.clock(t, http.MethodPost, "/_sharesim/clock/advance?duration="+d.String())
}

// Now implements sharetest.World through GET /_sharesim/clock.
func (w *World) Now(t testing.TB) time.Time {
	t.Helper()
	return w.clock(t, http.MethodGet, "/_sharesim/clock")
}

// Reset empties the world through POST /_sharesim/reset.
func (w *World) Reset(t testing.TB) {
	t.Helper()
	w.admin(t, http.MethodPost, "/_sharesim/reset")
}

func (w *World) clock(t testing.TB, method, path string) time.Time {
	t.Helper()
	var body struct{ Now string }
	must(t, path, json.Unmarshal(w.admin(t, method, path), &body))
	now, err := time.Parse(time.RFC3339Nano, body.Now)
	must(t, path, err)
	return now
}

func (w *World) admin(t testing.TB, method, path string) []byte {
	t.Helper()
	hc := w.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	req, err := http.NewRequest(method, strings.TrimSuffix(w.Endpoint, "/")+path, nil)
	must(t, path, err)
	resp, err := hc.Do(req)
	must(t, path, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	must(t, path, err)
	if resp.StatusCode != http.StatusOK {
		must(t, path, fmt.Errorf("HTTP %d: %s", resp.StatusCode, raw))
	}
	return raw
}
