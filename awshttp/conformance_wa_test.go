package awshttp_test

import (
	"testing"

	"github.com/sharesim/sharesim/internal/wireclient"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/wellarchitected/watest"
)

type waHarness struct{ door }

func (h waHarness) Client(account, region string) watest.API {
	return &wireclient.WellArchitected{Conn: h.conn(account, region)}
}

func TestWellArchitectedConformanceOverTheWire(t *testing.T) {
	watest.Run(t, func(t *testing.T, opts *share.Options) watest.Harness { return waHarness{newDoor(opts)} })
}
