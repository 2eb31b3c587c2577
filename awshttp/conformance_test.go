package awshttp_test

import (
	"testing"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/awshttp"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/internal/wireclient"
	"github.com/sharesim/sharesim/internal/wiretest"
	"github.com/sharesim/sharesim/organizations/orgtest"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

const endpoint = "http://sharesim.local"

// door is a fresh world behind the handler, reached through the in-memory
// transport by the wire clients.
type door struct {
	*wiretest.World
	handler *awshttp.Handler
}

func newDoor(opts *share.Options) door {
	var o share.Options
	if opts != nil {
		o = *opts
	}
	o.Clock, o.IDs = clock.NewFake(sharetest.Start), share.SeededIDs(1)
	h := awshttp.New(sharesim.New(&o), nil)
	d := door{handler: h}
	d.World = &wiretest.World{HTTP: h.Client(), Endpoint: endpoint,
		Orgs: func(account string) wiretest.OrgsAPI {
			return &wireclient.Organizations{Conn: d.conn(account, "us-east-1")}
		}}
	return d
}

func (d door) conn(account, region string) wireclient.Conn {
	return wireclient.Conn{HTTP: d.handler.Client(), Endpoint: endpoint, Account: account, Region: region}
}

type orgHarness struct{ door }

func (h orgHarness) Client(account string) orgtest.API {
	return &wireclient.Organizations{Conn: h.conn(account, "us-east-1")}
}

func TestOrganizationsConformanceOverTheWire(t *testing.T) {
	orgtest.Run(t, func(t *testing.T, opts *share.Options) orgtest.Harness { return orgHarness{newDoor(opts)} })
}
