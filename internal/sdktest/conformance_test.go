package sdktest

import (
	"testing"

	"github.com/sharesim/sharesim/internal/wiretest"
	"github.com/sharesim/sharesim/organizations/orgtest"
	"github.com/sharesim/sharesim/share"
)

// The front doors every suite runs through with real SDK clients.
var doors = []struct {
	name string
	open func(t testing.TB, opts *share.Options) Door
}{
	{"InProcess", func(_ testing.TB, opts *share.Options) Door { return inProcess(opts) }},
	{"Endpoint", started},
}

type orgHarness struct {
	*wiretest.World
	door Door
}

func (h orgHarness) Client(account string) orgtest.API { return h.door.Organizations(account) }

func TestOrganizationsConformance(t *testing.T) {
	for _, d := range doors {
		t.Run(d.name, func(t *testing.T) {
			orgtest.Run(t, func(t *testing.T, opts *share.Options) orgtest.Harness {
				door := d.open(t, opts)
				return orgHarness{door.World(), door}
			})
		})
	}
}
