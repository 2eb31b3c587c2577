// Command sharesim serves a sharesim world over the AWS wire protocol: RAM,
// Well-Architected, Audit Manager and Organizations on one address, plus the
// /_sharesim/ admin endpoints.
//
// Usage:
//
//	sharesim [-addr 127.0.0.1:8080] [-start-time 2026-03-01T12:00:00Z]
//	         [-default-account 123456789012] [-propagation-delay 0s] [-seed 0]
//	         [-options '{"Organizations":{"MaxAccounts":5}}']
//
// With -start-time the world runs on a manual clock that moves only through
// POST /_sharesim/clock/advance; without it, time follows the wall clock and
// advances add to it. -options takes the plain-data fields of share.Options
// as JSON.
//
// Once it accepts connections it prints "listening on http://ADDR" to
// stdout. It logs one line per request to stderr and shuts down gracefully
// on SIGINT or SIGTERM: requests in flight get 5 seconds to finish, then the
// remaining connections are closed, and it exits 0. A second signal during
// that grace period ends the process at once.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/awshttp"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/share"
)

// limits bound what one client can hold: slow or stalled clients are cut off
// instead of pinning a connection forever.
type limits struct {
	readHeader time.Duration // to read a request's headers
	read       time.Duration // to read a whole request, body included
	write      time.Duration // from the end of the headers to the end of the response
	idle       time.Duration // a kept-alive connection waiting for its next request
	grace      time.Duration // requests in flight at shutdown
}

// serverLimits are the limits cmd/sharesim runs with; tests shorten them.
var serverLimits = limits{
	readHeader: 10 * time.Second,
	read:       60 * time.Second,
	write:      60 * time.Second,
	idle:       120 * time.Second,
	grace:      5 * time.Second,
}

func newServer(h http.Handler, l limits) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: l.readHeader,
		ReadTimeout:       l.read,
		WriteTimeout:      l.write,
		IdleTimeout:       l.idle,
		MaxHeaderBytes:    64 << 10,
	}
}

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "sharesim:", err)
		os.Exit(1)
	}
}

// run serves until ctx is done or a termination signal arrives.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	// Catch the signals before announcing the address: a script may send
	// SIGINT as soon as it reads the line.
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	fs := flag.NewFlagSet("sharesim", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address; port 0 picks a free port")
	start := fs.String("start-time", "", "RFC3339 instant a manual clock starts at; empty follows wall time")
	account := fs.String("default-account", awshttp.DefaultAccount, "caller of requests whose access key is not a 12-digit account ID")
	delay := fs.Duration("propagation-delay", 0, "how long asynchronous transitions take to settle")
	seed := fs.Uint64("seed", 0, "seed for deterministic identifiers; 0 means random")
	optsJSON := fs.String("options", "", `share.Options as JSON, e.g. {"Organizations":{"MaxAccounts":5}}; flags win`)
	if err := fs.Parse(args); err != nil {
		return err
	}

	opts := &share.Options{}
	if *optsJSON != "" {
		dec := json.NewDecoder(strings.NewReader(*optsJSON))
		dec.DisallowUnknownFields()
		if err := dec.Decode(opts); err != nil {
			return fmt.Errorf("-options: %w", err)
		}
	}
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "default-account":
			opts.DefaultAccount = *account
		case "propagation-delay":
			opts.PropagationDelay = *delay
		}
	})
	if opts.DefaultAccount == "" {
		opts.DefaultAccount = *account
	}
	if *start != "" {
		t, err := time.Parse(time.RFC3339, *start)
		if err != nil {
			return fmt.Errorf("-start-time: %w", err)
		}
		opts.Clock = clock.NewFake(t.UTC())
	} else {
		opts.Clock = clock.NewOffset(clock.Real())
	}
	if *seed != 0 {
		opts.IDs = share.SeededIDs(*seed)
	}
	world := sharesim.New(opts)

	logger := log.New(stderr, "", log.LstdFlags|log.LUTC)
	handler := awshttp.New(world, &awshttp.Options{
		DefaultAccount: opts.DefaultAccount,
		Log: func(e awshttp.Entry) {
			line := fmt.Sprintf("%s %s service=%s op=%s account=%s status=%d duration=%s",
				e.Method, e.Path, e.Service, e.Operation, e.Account, e.Status, e.Duration)
			if e.Err != "" {
				line += " error=" + strconv.Quote(e.Err)
			}
			if e.Stack != "" {
				line += "\n" + e.Stack
			}
			logger.Print(line)
		},
	})

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	lim := serverLimits
	srv := newServer(handler, lim)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintf(stdout, "sharesim listening on http://%s\n", ln.Addr())
	if f, ok := stdout.(interface{ Sync() error }); ok {
		_ = f.Sync()
	}

	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	stop() // a second signal now ends the process the default way
	shutdown, cancel := context.WithTimeout(context.Background(), lim.grace)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		// The grace period is over: cut the connections still open.
		_ = srv.Close()
		logger.Printf("shut down; requests still running after %s were cut off", lim.grace)
	} else {
		logger.Print("shut down")
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
