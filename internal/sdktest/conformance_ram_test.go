package sdktest

import (
	"testing"

	"github.com/sharesim/sharesim/internal/wiretest"
	"github.com/sharesim/sharesim/ram/ramtest"
	"github.com/sharesim/sharesim/share"
)

type ramHarness struct {
	*wiretest.World
	door Door
}

func (h ramHarness) Client(account, region string) ramtest.API {
	return h.door.RAM(account, region)
}

func TestRAMConformance(t *testing.T) {
	for _, d := range doors {
		t.Run(d.name, func(t *testing.T) {
			ramtest.Run(t, func(t *testing.T, opts *share.Options) ramtest.Harness {
				door := d.open(t, opts)
				return ramHarness{door.World(), door}
			})
		})
	}
}
