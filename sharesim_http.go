package sharesim

import (
	"net/http"

	"github.com/sharesim/sharesim/awshttp"
)

var _ awshttp.World = (*World)(nil)

// Handler returns an http.Handler that serves the world over the AWS wire
// protocol (RAM, Well-Architected, Audit Manager and Organizations) and the
// /_sharesim/ admin endpoints; see package awshttp. Use awshttp.New for
// options such as a request log. Its POST /_sharesim/reset is
// [World.Reset]: a fake clock goes back to the world's start.
func (w *World) Handler() *awshttp.Handler { return awshttp.New(w, nil) }

// HTTPClient returns an *http.Client that serves every request with the
// world's handler in process, without a socket. Give it to an AWS SDK client
// together with any BaseEndpoint, e.g. "http://sharesim.local".
func (w *World) HTTPClient() *http.Client { return w.Handler().Client() }
