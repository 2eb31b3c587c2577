package sdktest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sharesim/sharesim"
	"github.com/sharesim/sharesim/awshttp"
	"github.com/sharesim/sharesim/clock"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// inProcess returns a door to a fresh world on a fake clock at
// sharetest.Start, served through the handler's in-memory transport.
func inProcess(opts *share.Options) Door {
	var o share.Options
	if opts != nil {
		o = *opts
	}
	o.Clock, o.IDs = clock.NewFake(sharetest.Start), share.SeededIDs(1)
	return Door{HTTP: sharesim.New(&o).HTTPClient(), Endpoint: "http://sharesim.local"}
}

// binary is the cmd/sharesim built once for the package's tests.
var binary struct {
	once sync.Once
	path string
	err  error
}

func sharesimBinary(t testing.TB) string {
	binary.once.Do(func() {
		dir, err := os.MkdirTemp("", "sharesim-bin")
		if err != nil {
			binary.err = err
			return
		}
		binary.path = filepath.Join(dir, "sharesim")
		cmd := exec.Command("go", "build", "-o", binary.path, "./cmd/sharesim")
		cmd.Dir = "../.."
		if out, err := cmd.CombinedOutput(); err != nil {
			binary.err = fmt.Errorf("go build ./cmd/sharesim: %v\n%s", err, out)
		}
	})
	if binary.err != nil {
		t.Fatal(binary.err)
	}
	return binary.path
}

// server is one started cmd/sharesim.
type server struct {
	cmd      *exec.Cmd
	endpoint string
	log      *os.File
}

// started returns a door to a cmd/sharesim started for the test, on a
// manual clock at sharetest.Start, configured with opts; the test's cleanup
// stops it with SIGINT and checks that it exits cleanly. Each scenario gets a
// fresh process, so identifiers are as deterministic as in process. Options
// that hold
// Go functions (test hooks such as a throttle) cannot cross a command line:
// for those the world is served by the same handler on a loopback listener
// inside the test process.
func started(t testing.TB, opts *share.Options) Door {
	t.Helper()
	optsJSON := ""
	if opts != nil {
		fields, ok := optionsJSON(reflect.ValueOf(*opts))
		if !ok {
			return loopback(t, opts)
		}
		raw, err := json.Marshal(fields)
		if err != nil {
			t.Fatal(err)
		}
		optsJSON = string(raw)
	}
	s := startServer(t, optsJSON)
	t.Cleanup(func() {
		if err := s.stop(); err != nil {
			t.Error(err)
		}
	})
	return Door{HTTP: &http.Client{Timeout: 30 * time.Second}, Endpoint: s.endpoint}
}

// optionsJSON renders the plain-data fields of an options struct for the
// -options flag. It reports false if a function field is set.
func optionsJSON(v reflect.Value) (map[string]any, bool) {
	out := map[string]any{}
	for i := range v.NumField() {
		f, fv := v.Type().Field(i), v.Field(i)
		if !f.IsExported() {
			continue
		}
		switch fv.Kind() {
		case reflect.Func:
			if !fv.IsNil() {
				return nil, false
			}
		case reflect.Interface:
			// Clock and IDs: the command line sets them.
		case reflect.Struct:
			sub, ok := optionsJSON(fv)
			if !ok {
				return nil, false
			}
			if len(sub) > 0 {
				out[f.Name] = sub
			}
		default:
			if !fv.IsZero() {
				out[f.Name] = fv.Interface()
			}
		}
	}
	return out, true
}

// loopback serves a fresh world configured with opts on a loopback listener
// in the test process, for options cmd/sharesim cannot take.
func loopback(t testing.TB, opts *share.Options) Door {
	o := *opts
	o.Clock, o.IDs = clock.NewFake(sharetest.Start), share.SeededIDs(1)
	srv := httptest.NewServer(awshttp.New(sharesim.New(&o), nil))
	t.Cleanup(srv.Close)
	return Door{HTTP: srv.Client(), Endpoint: srv.URL}
}

// startServer runs the binary and waits for its "listening on" line.
func startServer(t testing.TB, optsJSON string) *server {
	t.Helper()
	args := []string{"-addr", "127.0.0.1:0", "-start-time", sharetest.Start.Format(time.RFC3339), "-seed", "1"}
	if optsJSON != "" {
		args = append(args, "-options", optsJSON)
	}
	logFile, err := os.CreateTemp("", "sharesim-log")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(sharesimBinary(t), args...)
	cmd.Stderr = logFile
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if _, addr, ok := strings.Cut(sc.Text(), "listening on "); ok {
				lines <- addr
			}
		}
		close(lines)
	}()
	select {
	case addr, ok := <-lines:
		if !ok {
			t.Fatalf("cmd/sharesim exited before listening; see %s", logFile.Name())
		}
		return &server{cmd: cmd, endpoint: addr, log: logFile}
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("cmd/sharesim did not print its listening line")
	}
	return nil
}

// stop sends SIGINT and waits for a clean exit.
func (s *server) stop() error {
	defer func() {
		s.log.Close()
		os.Remove(s.log.Name())
	}()
	_ = s.cmd.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			log, _ := os.ReadFile(s.log.Name())
			return fmt.Errorf("cmd/sharesim exit: %v\n%s", err, log)
		}
		return nil
	case <-time.After(10 * time.Second):
		_ = s.cmd.Process.Kill()
		return fmt.Errorf("cmd/sharesim did not stop on SIGINT")
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binary.path != "" {
		os.RemoveAll(filepath.Dir(binary.path))
	}
	os.Exit(code)
}
