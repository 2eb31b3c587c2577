package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"syscall"
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

// startRun runs the command with args on a free port and returns its
// address, a channel for run's result, and the stderr log.
func startRun(t *testing.T, ctx context.Context, args ...string) (string, <-chan error, *syncBuffer) {
	t.Helper()
	stdoutR, stdoutW := io.Pipe()
	stderr := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"-addr", "127.0.0.1:0", "-start-time", "2026-03-01T12:00:00Z"}, args...),
			stdoutW, stderr)
		stdoutW.Close()
	}()
	line, err := bufio.NewReader(stdoutR).ReadString('\n')
	require.NoError(t, err)
	go func() { _, _ = io.Copy(io.Discard, stdoutR) }()
	_, addr, ok := strings.Cut(strings.TrimSpace(line), "listening on http://")
	require.True(t, ok, line)
	return addr, done, stderr
}

func waitRun(t *testing.T, done <-chan error) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not stop")
		return nil
	}
}

// withLimits runs the test with short server limits.
func withLimits(t *testing.T, l limits) {
	saved := serverLimits
	serverLimits = l
	t.Cleanup(func() { serverLimits = saved })
}

// TestSlowClientsAreCutOff: a client that never finishes its headers, or
// its body, loses its connection after the read limits; the server keeps
// serving others.
func TestSlowClientsAreCutOff(t *testing.T) {
	withLimits(t, limits{readHeader: 200 * time.Millisecond, read: 400 * time.Millisecond,
		write: time.Second, idle: time.Second, grace: time.Second})
	ctx, cancel := context.WithCancel(context.Background())
	addr, done, _ := startRun(t, ctx)

	for name, partial := range map[string]string{
		"headers never end": "POST /createresourceshare HTTP/1.1\r\nHost: x\r\n",
		"body never ends":   "POST /createresourceshare HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"name\":",
	} {
		t.Run(name, func(t *testing.T) {
			conn, err := net.Dial("tcp", addr)
			require.NoError(t, err)
			defer conn.Close()
			_, err = conn.Write([]byte(partial))
			require.NoError(t, err)
			require.NoError(t, conn.SetReadDeadline(time.Now().Add(5*time.Second)))
			began := time.Now()
			_, err = io.ReadAll(conn) // returns once the server closes the connection
			require.NoError(t, err, "the server kept the connection past the read limit")
			assert.Less(t, time.Since(began), 5*time.Second)
		})
	}

	resp, err := http.Get("http://" + addr + "/_sharesim/clock")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode, "other clients are still served")
	cancel()
	require.NoError(t, waitRun(t, done))
}

// TestShutdownLetsRequestsInFlightFinish: a request whose body is still
// arriving when the signal comes is answered, and run returns nil.
func TestShutdownLetsRequestsInFlightFinish(t *testing.T) {
	withLimits(t, limits{readHeader: 5 * time.Second, read: 5 * time.Second, write: 5 * time.Second,
		idle: 5 * time.Second, grace: 5 * time.Second})
	ctx, cancel := context.WithCancel(context.Background())
	addr, done, stderr := startRun(t, ctx)

	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	body := `{"FeatureSet":"ALL"}`
	_, err = fmt.Fprintf(conn, "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: AWSOrganizationsV20161128.CreateOrganization\r\n"+
		"Authorization: AWS4-HMAC-SHA256 Credential=111111111111/20260301/us-east-1/organizations/aws4_request, SignedHeaders=host, Signature=0\r\n"+
		"Content-Length: %d\r\n\r\n%s", len(body), body[:5])
	require.NoError(t, err)
	// Let the server start reading the request, then ask it to stop.
	time.Sleep(100 * time.Millisecond)
	cancel()
	time.Sleep(100 * time.Millisecond)
	_, err = conn.Write([]byte(body[5:]))
	require.NoError(t, err)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode, "%s", raw)
	assert.Contains(t, string(raw), `"MasterAccountId":"111111111111"`)
	require.NoError(t, waitRun(t, done))
	assert.Contains(t, stderr.String(), "shut down\n")
}

// TestShutdownCutsOffWhatOutlastsTheGracePeriod: a request still unfinished
// when the grace period ends is cut off, and the process still exits 0.
func TestShutdownCutsOffWhatOutlastsTheGracePeriod(t *testing.T) {
	withLimits(t, limits{readHeader: 5 * time.Second, read: 5 * time.Second, write: 5 * time.Second,
		idle: 5 * time.Second, grace: 200 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	addr, done, stderr := startRun(t, ctx)
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	_, err = conn.Write([]byte("POST /createresourceshare HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"))
	require.NoError(t, err)
	time.Sleep(100 * time.Millisecond)
	cancel()
	require.NoError(t, waitRun(t, done))
	assert.Contains(t, stderr.String(), "requests still running after 200ms were cut off")
}

// TestSIGTERMShutsDown sends the process a real SIGTERM while run serves.
func TestSIGTERMShutsDown(t *testing.T) {
	_, done, stderr := startRun(t, context.Background())
	require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGTERM))
	require.NoError(t, waitRun(t, done))
	assert.Contains(t, stderr.String(), "shut down")
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
