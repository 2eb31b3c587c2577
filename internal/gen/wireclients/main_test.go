package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedFilesAreCurrent fails when a facade gained or lost an
// operation or exception since the wire clients and SDK adapters were last
// generated. Fix it with: go generate ./internal/wireclient
func TestGeneratedFilesAreCurrent(t *testing.T) {
	files, err := generate("../../..")
	if err != nil {
		t.Fatal(err)
	}
	for dir, set := range map[string]map[string][]byte{"../../wireclient": files.wire, "../../sdktest": files.sdk} {
		for name, want := range set {
			got, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("%s is stale; run go generate ./internal/wireclient", filepath.Join(dir, name))
			}
		}
	}
}
