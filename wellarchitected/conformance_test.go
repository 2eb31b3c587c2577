package wellarchitected_test

import (
	"testing"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
	"github.com/sharesim/sharesim/wellarchitected"
	"github.com/sharesim/sharesim/wellarchitected/watest"
)

// harness runs the conformance suite against in-process clients.
type harness struct {
	sharetest.StoreWorld
}

func (h harness) Client(account, region string) watest.API {
	return wellarchitected.New(h.Store, account, region)
}

func newHarness(t *testing.T, opts *share.Options) watest.Harness {
	store, clk := sharetest.NewStore(opts)
	return harness{sharetest.StoreWorld{Store: store, Clock: clk}}
}

func TestConformance(t *testing.T) { watest.Run(t, newHarness) }
