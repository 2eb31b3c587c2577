package ram_test

import (
	"testing"

	"github.com/sharesim/sharesim/ram"
	"github.com/sharesim/sharesim/ram/ramtest"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// harness runs the conformance suite in process, on a store and fake clock.
type harness struct {
	sharetest.StoreWorld
}

func (h harness) Client(account, region string) ramtest.API { return ram.New(h.Store, account, region) }

// SeedShareCreatedFromPolicy implements ramtest.PolicyShareSeeder.
func (h harness) SeedShareCreatedFromPolicy(t *testing.T, account, region, name string, resources, principals []string, template string) (string, []string) {
	t.Helper()
	arn, perms, err := h.Store.SeedRAMShareCreatedFromPolicy(share.Caller{Account: account, Region: region},
		share.RAMPolicyShareInput{Name: name, ResourceARNs: resources, Principals: principals, Template: template})
	if err != nil {
		t.Fatal(err)
	}
	return arn, perms
}

func newHarness(t *testing.T, opts *share.Options) ramtest.Harness {
	s, c := sharetest.NewStore(opts)
	t.Cleanup(func() {
		if err := s.RAMCheck(); err != nil {
			t.Errorf("store invariants after the scenario: %v", err)
		}
	})
	return harness{sharetest.StoreWorld{Store: s, Clock: c}}
}

func TestConformance(t *testing.T) { ramtest.Run(t, newHarness) }
