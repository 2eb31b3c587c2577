package sharesim

import (
	"net/http"

	"github.com/sharesim/sharesim/awshttp"
)

var _ awshttp.World = (*World)(nil)

// Handler returns an http.Handler that serves the world over the AWS wire
// protocol (RAM, Well-Architected, Audit Manager and Organizations) and the
// /_sharesim/ admin endpoints; see package awshttp. Use awshttp.New for
// options such as a request log. The clock's reading when the handler is
// built is the instant its POST /_sharesim/reset moves a manual clock back
// to, so build it before advancing the clock.
func (w *World) Handler() *awshttp.Handler { return awshttp.New(w, nil) }

// HTTPClient returns an *http.Client that serves every request with the
// world's handler in process, without a socket. Give it to an AWS SDK client
// together with any BaseEndpoint, e.g. "http://sharesim.local".
func (w *World) HTTPClient() *http.Client { return w.Handler().Client() }
