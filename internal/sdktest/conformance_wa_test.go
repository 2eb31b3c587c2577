package sdktest

import (
	"testing"

	"github.com/sharesim/sharesim/internal/wiretest"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected/watest"
)

type waHarness struct {
	*wiretest.World
	door Door
}

func (h waHarness) Client(account, region string) watest.API {
	return h.door.WellArchitected(account, region)
}

func TestWellArchitectedConformance(t *testing.T) {
	for _, d := range doors {
		t.Run(d.name, func(t *testing.T) {
			watest.Run(t, func(t *testing.T, opts *share.Options) watest.Harness {
				door := d.open(t, opts)
				return waHarness{door.World(), door}
			})
		})
	}
}
