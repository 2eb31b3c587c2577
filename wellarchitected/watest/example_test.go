package watest_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
	"github.com/sharesim/sharesim/wellarchitected"
	"github.com/sharesim/sharesim/wellarchitected/watest"
)

// inProcess is a harness over in-process clients: a store on a fake clock
// arranged through sharetest.StoreWorld.
type inProcess struct{ sharetest.StoreWorld }

func (h inProcess) Client(account, region string) watest.API {
	return wellarchitected.New(h.Store, account, region)
}

func newInProcess(t *testing.T, opts *share.Options) watest.Harness {
	store, clk := sharetest.NewStore(opts)
	return inProcess{sharetest.StoreWorld{Store: store, Clock: clk}}
}

// A front door runs the suite with a HarnessMaker:
//
//	func TestConformance(t *testing.T) { watest.Run(t, newInProcess) }
//
// Here the harness serves one call by hand.
func Example() {
	var mk watest.HarnessMaker = newInProcess
	h := mk(&testing.T{}, nil)
	out, err := h.Client("111111111111", "us-east-1").GetGlobalSettings(context.Background(), nil)
	fmt.Println(out.OrganizationSharingStatus, err)
	// Output:
	// DISABLED <nil>
}
