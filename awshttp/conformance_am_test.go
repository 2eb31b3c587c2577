package awshttp_test

import (
	"testing"

	"github.com/sharesim/sharesim/auditmanager/amtest"
	"github.com/sharesim/sharesim/internal/wireclient"
	"github.com/sharesim/sharesim/share"
)

type amHarness struct{ door }

func (h amHarness) Client(account, region string) amtest.API {
	return &wireclient.AuditManager{Conn: h.conn(account, region)}
}

func TestAuditManagerConformanceOverTheWire(t *testing.T) {
	amtest.Run(t, func(t *testing.T, opts *share.Options) amtest.Harness { return amHarness{newDoor(opts)} })
}
