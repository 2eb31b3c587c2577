package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a bytes.Buffer safe for the server's and the test's
// goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServesLogsAndShutsDown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	stdoutR, stdoutW := io.Pipe()
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"-addr", "127.0.0.1:0", "-start-time", "2026-03-01T12:00:00Z",
			"-options", `{"Organizations":{"MaxAccounts":5}}`}, stdoutW, &stderr)
		stdoutW.Close()
	}()

	line, err := bufio.NewReader(stdoutR).ReadString('\n')
	require.NoError(t, err)
	_, addr, ok := strings.Cut(strings.TrimSpace(line), "listening on ")
	require.True(t, ok, line)
	require.True(t, strings.HasPrefix(addr, "http://127.0.0.1:"), addr)
	go func() { _, _ = io.Copy(io.Discard, stdoutR) }()

	resp, err := http.Get(addr + "/_sharesim/clock")
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.JSONEq(t, `{"now":"2026-03-01T12:00:00Z"}`, string(body))

	req, _ := http.NewRequest("POST", addr+"/", strings.NewReader("{}"))
	req.Header.Set("X-Amz-Target", "AWSOrganizationsV20161128.DescribeOrganization")
	req.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=111111111111/20260301/us-east-1/organizations/aws4_request, SignedHeaders=host, Signature=0")
	resp, err = http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 400, resp.StatusCode)
	assert.Equal(t, "AWSOrganizationsNotInUseException", resp.Header.Get("X-Amzn-ErrorType"))

	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not shut down")
	}
	log := stderr.String()
	assert.Contains(t, log, "GET /_sharesim/clock service=admin op=Clock account= status=200")
	assert.Contains(t, log, "POST / service=Organizations op=DescribeOrganization account=111111111111 status=400")
	assert.Equal(t, 3, strings.Count(log, "\n"), "one line per request, then the shutdown line:\n%s", log)
}

func TestRejectsBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-start-time", "yesterday"},
		{"-options", `{"NoSuchOption":1}`},
		{"-addr", "not an address"},
	} {
		err := run(context.Background(), args, io.Discard, io.Discard)
		assert.Error(t, err, args)
	}
}
