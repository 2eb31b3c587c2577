package awshttp_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/internal/sigv4"
	"github.com/sharesim/sharesim/internal/wireclient"
	"github.com/sharesim/sharesim/organizations"
	"github.com/sharesim/sharesim/organizations/types"
)

// TestConcurrentCallersThroughTheTransport has many accounts create and
// read their organizations at once through one handler; run it with -race.
func TestConcurrentCallersThroughTheTransport(t *testing.T) {
	d := newDoor(nil)
	const callers = 16
	var wg sync.WaitGroup
	ids := make([]string, callers)
	errs := make([]error, callers)
	for i := range callers {
		wg.Go(func() {
			c := &wireclient.Organizations{Conn: d.conn(fmt.Sprintf("%012d", 100000000000+i), "us-east-1")}
			out, err := c.CreateOrganization(context.Background(), &organizations.CreateOrganizationInput{FeatureSet: types.OrganizationFeatureSetAll})
			if err != nil {
				errs[i] = err
				return
			}
			for range 20 {
				got, err := c.DescribeOrganization(context.Background(), nil)
				if err != nil {
					errs[i] = err
					return
				}
				if *got.Organization.Id != *out.Organization.Id {
					errs[i] = fmt.Errorf("caller %d sees organization %s, created %s", i, *got.Organization.Id, *out.Organization.Id)
					return
				}
			}
			ids[i] = *out.Organization.Id
		})
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	seen := map[string]bool{}
	for _, id := range ids {
		assert.False(t, seen[id], "organization %s created twice", id)
		seen[id] = true
	}
}

// TestConcurrentMixedTraffic sends every service, the admin endpoints and
// malformed requests at one handler from many goroutines at once (run it
// with -race). No response may be a server fault, every error names its
// type in the header and the body, and no two responses share a request ID.
func TestConcurrentMixedTraffic(t *testing.T) {
	d := newDoor(nil)
	client := d.handler.Client()
	type call struct{ method, path, service, target, body string }
	calls := []call{
		{"POST", "/createresourceshare", "ram", "", `{"name":"s","principals":["222222222222"]}`},
		{"POST", "/getresourceshares", "ram", "", `{"resourceOwner":"SELF"}`},
		{"POST", "/getresourceshareinvitations", "ram", "", ``},
		{"POST", "/createresourceshare", "ram", "", "{\"name\":\"\xff\"}"},
		{"GET", "/profileSummaries?MaxResults=5", "wellarchitected", "", ``},
		{"GET", "/assessmentFrameworkShareRequests?requestType=SENT", "auditmanager", "", ``},
		{"POST", "/", "organizations", "AWSOrganizationsV20161128.CreateOrganization", `{"FeatureSet":"ALL"}`},
		{"POST", "/", "organizations", "AWSOrganizationsV20161128.DescribeOrganization", `{`},
		{"GET", "/_sharesim/clock", "", "", ``},
		{"POST", "/_sharesim/clock/advance?duration=1m", "", "", ``},
		{"POST", "/_sharesim/reset", "", "", ``},
		{"GET", "/nothing", "", "", ``},
	}
	const workers, rounds = 8, 30
	var mu sync.Mutex
	ids := map[string]bool{}
	var wg sync.WaitGroup
	errs := make(chan error, workers*rounds*len(calls))
	for w := range workers {
		wg.Go(func() {
			account := fmt.Sprintf("%012d", 100000000000+w)
			for r := range rounds {
				c := calls[(w+r)%len(calls)]
				req, _ := http.NewRequest(c.method, "http://sharesim.local"+c.path, strings.NewReader(c.body))
				if c.service != "" {
					req.Header.Set("Authorization", sigv4.Scope{AccessKeyID: account, Date: "20260301",
						Region: "us-east-1", Service: c.service}.Authorization())
				}
				if c.target != "" {
					req.Header.Set("X-Amz-Target", c.target)
				}
				resp, err := client.Do(req)
				if err != nil {
					errs <- err
					continue
				}
				raw, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				id := resp.Header.Get("x-amzn-RequestId")
				mu.Lock()
				dup := ids[id]
				ids[id] = true
				mu.Unlock()
				var doc map[string]any
				switch {
				case dup || id == "":
					errs <- fmt.Errorf("%s %s: request ID %q missing or repeated", c.method, c.path, id)
				case resp.StatusCode >= 500:
					errs <- fmt.Errorf("%s %s: HTTP %d %s", c.method, c.path, resp.StatusCode, raw)
				case json.Unmarshal(raw, &doc) != nil:
					errs <- fmt.Errorf("%s %s: body is no JSON object: %s", c.method, c.path, raw)
				case resp.StatusCode != 200 && c.service != "" && doc["__type"] != resp.Header.Get("X-Amzn-ErrorType"):
					errs <- fmt.Errorf("%s %s: error type header %q, body %s", c.method, c.path,
						resp.Header.Get("X-Amzn-ErrorType"), raw)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	assert.Len(t, ids, workers*rounds)
}
