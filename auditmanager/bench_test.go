package auditmanager_test

import (
	"fmt"
	"testing"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/share"
	"github.com/sharesim/sharesim/share/sharetest"
)

// benchWorld is a sender with frameworks of three controls each (two
// custom, one standard).
func benchWorld(b *testing.B, frameworks int) (*share.Store, *auditmanager.Client, []string) {
	b.Helper()
	store, _ := sharetest.NewStore(&share.Options{AuditManager: share.AMOptions{MaxCustomFrameworks: frameworks}})
	s := auditmanager.New(store, senderAcct, usEast1)
	stdOut, err := s.ListControls(bg, &auditmanager.ListControlsInput{ControlType: types.ControlTypeStandard, MaxResults: p(int32(1))})
	if err != nil {
		b.Fatal(err)
	}
	var ids []string
	for i := range frameworks {
		var set []types.CreateAssessmentFrameworkControl
		for j := range 2 {
			ctl, err := s.CreateControl(bg, &auditmanager.CreateControlInput{
				Name: p(fmt.Sprintf("control %d.%d", i, j)), ControlMappingSources: []types.CreateControlMappingSource{{
					SourceName: p("Manual"), SourceSetUpOption: types.SourceSetUpOptionProceduralControlsMapping, SourceType: types.SourceTypeManual,
				}},
			})
			if err != nil {
				b.Fatal(err)
			}
			set = append(set, types.CreateAssessmentFrameworkControl{Id: ctl.Control.Id})
		}
		set = append(set, types.CreateAssessmentFrameworkControl{Id: stdOut.ControlMetadataList[0].Id})
		fw, err := s.CreateAssessmentFramework(bg, &auditmanager.CreateAssessmentFrameworkInput{
			Name: p(fmt.Sprintf("framework %d", i)), ControlSets: []types.CreateAssessmentFrameworkControlSet{{Name: p("S"), Controls: set}},
		})
		if err != nil {
			b.Fatal(err)
		}
		ids = append(ids, *fw.Framework.Id)
	}
	return store, s, ids
}

func account(i int) string { return fmt.Sprintf("%012d", 200000000000+i) }

// BenchmarkStartAssessmentFrameworkShare measures sending new requests (a
// fresh framework and destination each time) and resending one.
func BenchmarkStartAssessmentFrameworkShare(b *testing.B) {
	b.Run("new", func(b *testing.B) {
		const frameworks, dests = 100, 99
		regions := share.AMRegions
		routes := frameworks * dests * len(regions)
		var (
			s   *auditmanager.Client
			ids []string
		)
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if i%routes == 0 {
				b.StopTimer()
				_, s, ids = benchWorld(b, frameworks)
				b.StartTimer()
			}
			r := i % routes
			_, err := s.StartAssessmentFrameworkShare(bg, &auditmanager.StartAssessmentFrameworkShareInput{
				FrameworkId: &ids[r%frameworks], DestinationAccount: p(account(r / frameworks % dests)),
				DestinationRegion: &regions[r/(frameworks*dests)],
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("resend", func(b *testing.B) {
		_, s, ids := benchWorld(b, 1)
		in := &auditmanager.StartAssessmentFrameworkShareInput{FrameworkId: &ids[0], DestinationAccount: p(recipientAcct), DestinationRegion: p(usEast1)}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.StartAssessmentFrameworkShare(bg, in); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkListAssessmentFrameworkShareRequests measures one page of 100
// sent requests, and a page from the middle, as the listing grows: a page
// costs O(page + log n), so n=10000 should cost about what n=100 does.
func BenchmarkListAssessmentFrameworkShareRequests(b *testing.B) {
	for _, n := range []int{100, 10000} {
		_, s, ids := benchWorld(b, 100)
		for i := range n {
			_, err := s.StartAssessmentFrameworkShare(bg, &auditmanager.StartAssessmentFrameworkShareInput{
				FrameworkId: &ids[i%100], DestinationAccount: p(account(i / 100)), DestinationRegion: p("eu-west-1"),
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		first := &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: types.ShareRequestTypeSent, MaxResults: p(int32(100))}
		b.Run(fmt.Sprintf("first-page/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.ListAssessmentFrameworkShareRequests(bg, first); err != nil {
					b.Fatal(err)
				}
			}
		})
		if n <= 100 {
			continue // one page; no middle
		}
		mid := *first
		for range n / 200 {
			out, err := s.ListAssessmentFrameworkShareRequests(bg, &mid)
			if err != nil {
				b.Fatal(err)
			}
			mid.NextToken = out.NextToken
		}
		b.Run(fmt.Sprintf("middle-page/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.ListAssessmentFrameworkShareRequests(bg, &mid); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
