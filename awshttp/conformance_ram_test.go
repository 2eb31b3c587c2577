package awshttp_test

import (
	"testing"

	"github.com/sharesim/sharesim/internal/wireclient"
	"github.com/sharesim/sharesim/ram/ramtest"
	"github.com/sharesim/sharesim/share"
)

type ramHarness struct{ door }

func (h ramHarness) Client(account, region string) ramtest.API {
	return &wireclient.RAM{Conn: h.conn(account, region)}
}

func TestRAMConformanceOverTheWire(t *testing.T) {
	ramtest.Run(t, func(t *testing.T, opts *share.Options) ramtest.Harness { return ramHarness{newDoor(opts)} })
}
