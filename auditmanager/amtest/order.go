package amtest

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/share"
)

// gatedCall is one operation behind the registration gate, called once with
// valid input and once with input that fails field validation.
type gatedCall struct {
	op       string
	valid    func(c API) error
	invalid  func(c API) error
	badField string // the A1 message the invalid call gets
}

func a1(value, member, constraint string) string {
	return "1 validation error detected: Value '" + value + "' at '" + member + "' failed to satisfy constraint: " + constraint
}

func gatedCalls() []gatedCall {
	const id = "00000000-0000-4000-8000-000000000000"
	idTooShort := func(member string) string {
		return a1("x", member, "Member must have length greater than or equal to 36")
	}
	manual := []types.CreateControlMappingSource{manualSource()}
	sources := []types.ControlMappingSource{{
		SourceName: p("Manual evidence"), SourceSetUpOption: types.SourceSetUpOptionProceduralControlsMapping, SourceType: types.SourceTypeManual,
	}}
	nullAt := func(member string) string { return a1("null", member, "Member must not be null") }
	return []gatedCall{
		{"DeregisterAccount",
			func(c API) error { _, err := c.DeregisterAccount(ctx, nil); return err },
			nil, ""},
		{"CreateControl",
			func(c API) error {
				_, err := c.CreateControl(ctx, &auditmanager.CreateControlInput{Name: p("n"), ControlMappingSources: manual})
				return err
			},
			func(c API) error {
				_, err := c.CreateControl(ctx, &auditmanager.CreateControlInput{ControlMappingSources: manual})
				return err
			}, nullAt("name")},
		{"GetControl",
			func(c API) error {
				_, err := c.GetControl(ctx, &auditmanager.GetControlInput{ControlId: p(id)})
				return err
			},
			func(c API) error {
				_, err := c.GetControl(ctx, &auditmanager.GetControlInput{ControlId: p("x")})
				return err
			},
			idTooShort("controlId")},
		{"ListControls",
			func(c API) error {
				_, err := c.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeCustom})
				return err
			},
			func(c API) error { _, err := c.ListControls(ctx, &auditmanager.ListControlsInput{}); return err },
			nullAt("controlType")},
		{"UpdateControl",
			func(c API) error {
				_, err := c.UpdateControl(ctx, &auditmanager.UpdateControlInput{ControlId: p(id), Name: p("n"), ControlMappingSources: sources})
				return err
			},
			func(c API) error {
				_, err := c.UpdateControl(ctx, &auditmanager.UpdateControlInput{ControlId: p(id), Name: p("n")})
				return err
			}, nullAt("controlMappingSources")},
		{"DeleteControl",
			func(c API) error {
				_, err := c.DeleteControl(ctx, &auditmanager.DeleteControlInput{ControlId: p(id)})
				return err
			},
			func(c API) error {
				_, err := c.DeleteControl(ctx, &auditmanager.DeleteControlInput{ControlId: p("x")})
				return err
			},
			idTooShort("controlId")},
		{"CreateAssessmentFramework",
			func(c API) error {
				_, err := c.CreateAssessmentFramework(ctx, &auditmanager.CreateAssessmentFrameworkInput{
					Name: p("n"), ControlSets: []types.CreateAssessmentFrameworkControlSet{{Name: p("S"), Controls: controls(id)}},
				})
				return err
			},
			func(c API) error {
				_, err := c.CreateAssessmentFramework(ctx, &auditmanager.CreateAssessmentFrameworkInput{Name: p("n")})
				return err
			}, nullAt("controlSets")},
		{"GetAssessmentFramework",
			func(c API) error {
				_, err := c.GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: p(id)})
				return err
			},
			func(c API) error {
				_, err := c.GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: p("x")})
				return err
			}, idTooShort("frameworkId")},
		{"ListAssessmentFrameworks",
			func(c API) error {
				_, err := c.ListAssessmentFrameworks(ctx, &auditmanager.ListAssessmentFrameworksInput{FrameworkType: types.FrameworkTypeCustom})
				return err
			},
			func(c API) error {
				_, err := c.ListAssessmentFrameworks(ctx, &auditmanager.ListAssessmentFrameworksInput{FrameworkType: "Core"})
				return err
			}, a1("Core", "frameworkType", "Member must satisfy enum value set: [Standard, Custom]")},
		{"UpdateAssessmentFramework",
			func(c API) error {
				_, err := c.UpdateAssessmentFramework(ctx, &auditmanager.UpdateAssessmentFrameworkInput{
					FrameworkId: p(id), Name: p("n"), ControlSets: []types.UpdateAssessmentFrameworkControlSet{{Name: p("S"), Controls: controls(id)}},
				})
				return err
			},
			func(c API) error {
				_, err := c.UpdateAssessmentFramework(ctx, &auditmanager.UpdateAssessmentFrameworkInput{
					FrameworkId: p(id), ControlSets: []types.UpdateAssessmentFrameworkControlSet{{Name: p("S"), Controls: controls(id)}},
				})
				return err
			}, nullAt("name")},
		{"DeleteAssessmentFramework",
			func(c API) error {
				_, err := c.DeleteAssessmentFramework(ctx, &auditmanager.DeleteAssessmentFrameworkInput{FrameworkId: p(id)})
				return err
			},
			func(c API) error {
				_, err := c.DeleteAssessmentFramework(ctx, &auditmanager.DeleteAssessmentFrameworkInput{FrameworkId: p("x")})
				return err
			}, idTooShort("frameworkId")},
		{"StartAssessmentFrameworkShare",
			func(c API) error {
				_, err := c.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
					FrameworkId: p(id), DestinationAccount: p(recipient), DestinationRegion: p(region),
				})
				return err
			},
			func(c API) error {
				_, err := c.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
					FrameworkId: p(id), DestinationAccount: p(recipient),
				})
				return err
			}, nullAt("destinationRegion")},
		{"ListAssessmentFrameworkShareRequests",
			func(c API) error {
				_, err := c.ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{RequestType: sent})
				return err
			},
			func(c API) error {
				_, err := c.ListAssessmentFrameworkShareRequests(ctx, &auditmanager.ListAssessmentFrameworkShareRequestsInput{})
				return err
			}, nullAt("requestType")},
		{"UpdateAssessmentFrameworkShare",
			func(c API) error { _, err := update(c, id, received, accept); return err },
			func(c API) error { _, err := update(c, id, received, ""); return err },
			nullAt("action")},
		{"DeleteAssessmentFrameworkShare",
			func(c API) error { return del(c, id, sent) },
			func(c API) error { return del(c, id, "") },
			nullAt("requestType")},
	}
}

// testRegistrationGate checks that every operation but GetAccountStatus and
// RegisterAccount refuses an unregistered caller with AccessDeniedException,
// and that field validation comes first.
func testRegistrationGate(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{AuditManager: share.AMOptions{RequireRegistration: true}})
	c := h.Client(third, region)
	for _, call := range gatedCalls() {
		t.Run(call.op, func(t *testing.T) {
			wantErr(t, call.valid(c), "AccessDeniedException", 403, msgNotRegistered)
			if call.invalid != nil {
				wantValidation(t, call.invalid(c), call.badField)
			}
		})
	}
	out, err := c.GetAccountStatus(ctx, nil)
	require.NoError(t, err)
	assert.Equal(t, types.AccountStatusInactive, out.Status, "refused calls register nothing")
}

// testValidationOrder checks the order of the checks after registration:
// existence, then type and state rules, then quotas.
func testValidationOrder(t *testing.T, mk HarnessMaker) {
	const missing = "00000000-0000-4000-8000-000000000000"
	t.Run("start: existence, standard, region, self, quota", func(t *testing.T) {
		h := mk(t, &share.Options{AuditManager: share.AMOptions{MaxActiveShareRecipients: 1}})
		s := h.Client(sender, region)
		f := createFramework(t, s, "F")
		std := standardFrameworkID(t, s)
		st := func(id, acct, reg string) error {
			_, err := s.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
				FrameworkId: p(id), DestinationAccount: p(acct), DestinationRegion: p(reg),
			})
			return err
		}
		wantNotFound(t, st(missing, sender, "sa-east-1"), "ASSESSMENT_FRAMEWORK", missing)
		wantValidation(t, st(std, sender, region), "Only custom frameworks can be shared.")
		wantValidation(t, st(std, recipient, "sa-east-1"), "Only custom frameworks can be shared.")
		wantValidation(t, st(*f.Id, sender, "sa-east-1"), "sa-east-1 is not a supported Audit Manager Region.")
		start(t, s, *f.Id, recipient, region) // the one recipient the quota allows
		wantValidation(t, st(*f.Id, third, "sa-east-1"), "sa-east-1 is not a supported Audit Manager Region.")
		wantValidation(t, st(*f.Id, sender, region), "You can't share a framework with your own account in the same Region.")
		wantErr(t, st(*f.Id, third, region), "ServiceQuotaExceededException", 402, msgQuota)
		assert.Len(t, list(t, s, sent), 1, "failed calls create nothing")
	})
	t.Run("frameworks: existence, rules, quotas", func(t *testing.T) {
		h := mk(t, &share.Options{AuditManager: share.AMOptions{MaxCustomFrameworks: 1, MaxControlsPerFramework: 1}})
		c := h.Client(sender, region)
		a := createControl(t, c, "A")
		std := standardControlIDs(t, c)[0]
		mkFw := func(sets ...types.CreateAssessmentFrameworkControlSet) error {
			_, err := c.CreateAssessmentFramework(ctx, &auditmanager.CreateAssessmentFrameworkInput{Name: p("F"), ControlSets: sets})
			return err
		}
		set := func(name string, ids ...string) types.CreateAssessmentFrameworkControlSet {
			return types.CreateAssessmentFrameworkControlSet{Name: p(name), Controls: controls(ids...)}
		}
		wantNotFound(t, mkFw(set("S", *a.Id), set("S", missing)), "CONTROL", missing)
		wantValidation(t, mkFw(set("S", *a.Id), set("S", std)), "Control set names must be unique within a framework.")
		wantErr(t, mkFw(set("S", *a.Id), set("T", std)), "ServiceQuotaExceededException", 402, msgQuota)
		require.NoError(t, mkFw(set("S", *a.Id)))
		wantValidation(t, mkFw(set("S", *a.Id), set("S", *a.Id)), "Control set names must be unique within a framework.")
		wantErr(t, mkFw(set("S", *a.Id)), "ServiceQuotaExceededException", 402, msgQuota)
	})
	t.Run("controls: rules before quota", func(t *testing.T) {
		h := mk(t, &share.Options{AuditManager: share.AMOptions{MaxCustomControls: 1}})
		c := h.Client(sender, region)
		createControl(t, c, "the only one")
		_, err := c.CreateControl(ctx, &auditmanager.CreateControlInput{Name: p("n"), ControlMappingSources: []types.CreateControlMappingSource{{
			SourceName: p("s"), SourceSetUpOption: types.SourceSetUpOptionSystemControlsMapping, SourceType: types.SourceTypeCoreControl,
		}}})
		wantValidation(t, err, "sourceType Core_Control is not supported.")
		_, err = c.CreateControl(ctx, &auditmanager.CreateControlInput{Name: p("n"), ControlMappingSources: []types.CreateControlMappingSource{manualSource()}})
		wantErr(t, err, "ServiceQuotaExceededException", 402, msgQuota)
	})
	t.Run("accept: state before quota", func(t *testing.T) {
		h := mk(t, &share.Options{AuditManager: share.AMOptions{MaxCustomFrameworks: 1}})
		s, r := h.Client(sender, region), h.Client(recipient, region)
		f := createFramework(t, s, "F")
		createFramework(t, r, "Mine") // the recipient is at its quota
		req := start(t, s, *f.Id, recipient, region)
		_, err := update(r, *req.Id, received, accept)
		wantErr(t, err, "ServiceQuotaExceededException", 402, msgQuota)
		h.Advance(t, 120*day)
		_, err = update(r, *req.Id, received, accept)
		wantValidation(t, err, "You can only accept or decline a share request with a status of ACTIVE or EXPIRING.")
	})
}

// testFailedUpdatesChangeNothing checks that refused updates leave controls
// and frameworks as they were.
func testFailedUpdatesChangeNothing(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{AuditManager: share.AMOptions{MaxControlsPerFramework: 4}})
	c := h.Client(sender, region)
	ctl := createControl(t, c, "Keep me")
	_, err := c.UpdateControl(ctx, &auditmanager.UpdateControlInput{
		ControlId: ctl.Id, Name: p("Renamed"), ControlMappingSources: []types.ControlMappingSource{{
			SourceName: p("s"), SourceSetUpOption: types.SourceSetUpOptionProceduralControlsMapping, SourceType: types.SourceTypeCommonControl,
		}},
	})
	wantValidation(t, err, "sourceType Common_Control is not supported.")
	got, err := c.GetControl(ctx, &auditmanager.GetControlInput{ControlId: ctl.Id})
	require.NoError(t, err)
	assert.Equal(t, ctl, *got.Control, "a refused UpdateControl changes nothing")

	f := createFramework(t, c, "Keep")
	h.Advance(t, day)
	a := *f.ControlSets[0].Controls[0].Id
	_, err = c.UpdateAssessmentFramework(ctx, &auditmanager.UpdateAssessmentFrameworkInput{
		FrameworkId: f.Id, Name: p("Renamed"),
		ControlSets: []types.UpdateAssessmentFrameworkControlSet{{Name: p("S"), Controls: controls(a, a, a, a, a)}},
	})
	wantErr(t, err, "ServiceQuotaExceededException", 402, msgQuota)
	_, err = c.UpdateAssessmentFramework(ctx, &auditmanager.UpdateAssessmentFrameworkInput{
		FrameworkId: f.Id, Name: p("Renamed"),
		ControlSets: []types.UpdateAssessmentFrameworkControlSet{{Name: p("S"), Controls: controls(a)}, {Name: p("S"), Controls: controls(a)}},
	})
	wantValidation(t, err, "Control set names must be unique within a framework.")
	fw, err := c.GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: f.Id})
	require.NoError(t, err)
	assert.Equal(t, f, *fw.Framework, "a refused UpdateAssessmentFramework changes nothing")
}

func standardFrameworkID(t *testing.T, c API) string {
	t.Helper()
	out, err := c.ListAssessmentFrameworks(ctx, &auditmanager.ListAssessmentFrameworksInput{FrameworkType: types.FrameworkTypeStandard})
	require.NoError(t, err)
	require.NotEmpty(t, out.FrameworkMetadataList)
	return *out.FrameworkMetadataList[0].Id
}
