package organizations_test

import (
	"testing"

	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/organizations/orgtest"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

type harness struct {
	sharetest.StoreWorld
}

func (h harness) Client(account string) orgtest.API { return organizations.New(h.Store, account) }

func newHarness(t *testing.T, opts *share.Options) orgtest.Harness {
	s, c := sharetest.NewStore(opts)
	return harness{sharetest.StoreWorld{Store: s, Clock: c}}
}

func TestConformance(t *testing.T) { orgtest.Run(t, newHarness) }
