package sdktest

import (
	"testing"

	"github.com/sharesim/sharesim/auditmanager/amtest"
	"github.com/sharesim/sharesim/internal/wiretest"
	"github.com/sharesim/sharesim/share"
)

type amHarness struct {
	*wiretest.World
	door Door
}

func (h amHarness) Client(account, region string) amtest.API {
	return h.door.AuditManager(account, region)
}

func TestAuditManagerConformance(t *testing.T) {
	for _, d := range doors {
		t.Run(d.name, func(t *testing.T) {
			amtest.Run(t, func(t *testing.T, opts *share.Options) amtest.Harness {
				door := d.open(t, opts)
				return amHarness{door.World(), door}
			})
		})
	}
}
