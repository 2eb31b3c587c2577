package auditmanager_test

import (
	"testing"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/auditmanager/amtest"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// inProcess is the harness for the facade called directly.
type inProcess struct {
	sharetest.StoreWorld
}

func (h inProcess) Client(account, region string) amtest.API {
	return auditmanager.New(h.Store, account, region)
}

func newInProcess(t *testing.T, opts *share.Options) amtest.Harness {
	s, c := sharetest.NewStore(opts)
	return inProcess{sharetest.StoreWorld{Store: s, Clock: c}}
}

func TestConformance(t *testing.T) { amtest.Run(t, newInProcess) }
