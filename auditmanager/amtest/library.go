package amtest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sharesim/sharesim/auditmanager"
	"github.com/sharesim/sharesim/auditmanager/types"
	"github.com/sharesim/sharesim/share"
)

func testRegistration(t *testing.T, mk HarnessMaker) {
	t.Run("registered by default", func(t *testing.T) {
		h := mk(t, nil)
		out, err := h.Client(sender, region).GetAccountStatus(ctx, nil)
		require.NoError(t, err)
		assert.Equal(t, types.AccountStatusActive, out.Status)
	})
	t.Run("world that requires registration", func(t *testing.T) {
		h := mk(t, &share.Options{AuditManager: share.AMOptions{RequireRegistration: true}})
		c := h.Client(sender, region)
		out, err := c.GetAccountStatus(ctx, nil)
		require.NoError(t, err)
		assert.Equal(t, types.AccountStatusInactive, out.Status)

		_, err = c.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeStandard})
		wantErr(t, err, "AccessDeniedException", 403, msgNotRegistered)
		_, err = c.CreateControl(ctx, &auditmanager.CreateControlInput{
			Name: p("x"), ControlMappingSources: []types.CreateControlMappingSource{manualSource()},
		})
		wantErr(t, err, "AccessDeniedException", 403, msgNotRegistered)

		reg, err := c.RegisterAccount(ctx, &auditmanager.RegisterAccountInput{KmsKey: p("DEFAULT")})
		require.NoError(t, err)
		assert.Equal(t, types.AccountStatusActive, reg.Status)
		_, err = c.RegisterAccount(ctx, nil)
		require.NoError(t, err, "registering again is harmless")
		out, err = c.GetAccountStatus(ctx, nil)
		require.NoError(t, err)
		assert.Equal(t, types.AccountStatusActive, out.Status)
		createControl(t, c, "after registering")

		other, err := h.Client(sender, region2).GetAccountStatus(ctx, nil)
		require.NoError(t, err)
		assert.Equal(t, types.AccountStatusInactive, other.Status, "registration is per region")

		dereg, err := c.DeregisterAccount(ctx, nil)
		require.NoError(t, err)
		assert.Equal(t, types.AccountStatusInactive, dereg.Status)
		_, err = c.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeCustom})
		wantErr(t, err, "AccessDeniedException", 403, msgNotRegistered)
		_, err = c.RegisterAccount(ctx, nil)
		require.NoError(t, err)
		assert.Len(t, customControls(t, c), 1, "deregistering keeps the data")
	})
	t.Run("register validates its members", func(t *testing.T) {
		h := mk(t, nil)
		_, err := h.Client(sender, region).RegisterAccount(ctx, &auditmanager.RegisterAccountInput{DelegatedAdminAccount: p("12")})
		wantValidation(t, err, "1 validation error detected: Value '12' at 'delegatedAdminAccount' failed to satisfy constraint: Member must have length greater than or equal to 12")
	})
}

func testStandardCatalog(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	c := h.Client(sender, region)
	out, err := c.ListAssessmentFrameworks(ctx, &auditmanager.ListAssessmentFrameworksInput{FrameworkType: types.FrameworkTypeStandard})
	require.NoError(t, err)
	var names []string
	for _, f := range out.FrameworkMetadataList {
		names = append(names, *f.Name)
		assert.Regexp(t, uuidRE, *f.Id, "standard IDs are UUIDs too")
		assert.Equal(t, types.FrameworkTypeStandard, f.Type)
		assert.Equal(t, int32(1), f.ControlSetsCount)
		assert.Equal(t, int32(2), f.ControlsCount)
	}
	assert.ElementsMatch(t, []string{
		"AWS Audit Manager Sample Framework", "Essential Eight", "CIS Controls v7.1, IG1",
		"AWS Foundational Security Best Practices",
	}, names)

	std := out.FrameworkMetadataList[0]
	got, err := c.GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: std.Id})
	require.NoError(t, err)
	f := got.Framework
	assert.Equal(t, "arn:aws:auditmanager:us-east-1::assessmentFramework/"+*std.Id, *f.Arn, "standard ARNs have no account")
	require.Len(t, f.ControlSets, 1)
	assert.Equal(t, *f.ControlSets[0].Name, *f.ControlSets[0].Id, "a control set's id is its name")
	ctl := f.ControlSets[0].Controls[0]
	assert.Equal(t, types.ControlTypeStandard, ctl.Type)
	assert.True(t, strings.HasPrefix(*ctl.Arn, "arn:aws:auditmanager:us-east-1::control/"))
	assert.Nil(t, ctl.ControlMappingSources, "frameworks return partial controls")

	other, err := h.Client(recipient, region2).GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: std.Id})
	require.NoError(t, err, "standard frameworks are everywhere, with the same IDs")
	assert.Equal(t, "arn:aws:auditmanager:eu-west-1::assessmentFramework/"+*std.Id, *other.Framework.Arn)

	again, err := mk(t, nil).Client(third, region).ListAssessmentFrameworks(ctx, &auditmanager.ListAssessmentFrameworksInput{FrameworkType: types.FrameworkTypeStandard})
	require.NoError(t, err)
	require.Len(t, again.FrameworkMetadataList, len(out.FrameworkMetadataList))
	for i, f := range again.FrameworkMetadataList {
		assert.Equal(t, *out.FrameworkMetadataList[i].Id, *f.Id, "standard IDs are the same in every world")
	}
	full, err := c.GetControl(ctx, &auditmanager.GetControlInput{ControlId: ctl.Id})
	require.NoError(t, err)
	require.Len(t, full.Control.ControlMappingSources, 1)
	assert.Equal(t, types.SourceTypeManual, full.Control.ControlMappingSources[0].SourceType)
	assert.Regexp(t, uuidRE, *full.Control.ControlMappingSources[0].SourceId)

	ctls, err := c.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeStandard})
	require.NoError(t, err)
	assert.Len(t, ctls.ControlMetadataList, 8)
	for _, m := range ctls.ControlMetadataList {
		assert.Regexp(t, uuidRE, *m.Id)
	}
	byCatalog, err := c.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeStandard, ControlCatalogId: p("UNCATEGORIZED")})
	require.NoError(t, err)
	assert.Equal(t, ctls.ControlMetadataList, byCatalog.ControlMetadataList, "controlCatalogId is accepted and ignored")
	core, err := c.ListControls(ctx, &auditmanager.ListControlsInput{ControlType: types.ControlTypeCore})
	require.NoError(t, err)
	assert.NotNil(t, core.ControlMetadataList)
	assert.Empty(t, core.ControlMetadataList)
	assert.Empty(t, customFrameworks(t, c))

	_, err = c.DeleteAssessmentFramework(ctx, &auditmanager.DeleteAssessmentFrameworkInput{FrameworkId: std.Id})
	wantValidation(t, err, "Standard frameworks can't be deleted.")
	_, err = c.UpdateAssessmentFramework(ctx, &auditmanager.UpdateAssessmentFrameworkInput{
		FrameworkId: std.Id, Name: p("mine"),
		ControlSets: []types.UpdateAssessmentFrameworkControlSet{{Name: p("s"), Controls: controls(*ctl.Id)}},
	})
	wantValidation(t, err, "Standard frameworks can't be updated.")
	// An unknown control is reported before the rule (auditmanager.md §0).
	const unknown = "00000000-0000-4000-8000-000000000000"
	_, err = c.UpdateAssessmentFramework(ctx, &auditmanager.UpdateAssessmentFrameworkInput{
		FrameworkId: std.Id, Name: p("mine"),
		ControlSets: []types.UpdateAssessmentFrameworkControlSet{{Name: p("s"), Controls: controls(unknown)}},
	})
	wantNotFound(t, err, "CONTROL", unknown)
	_, err = c.DeleteControl(ctx, &auditmanager.DeleteControlInput{ControlId: ctl.Id})
	wantValidation(t, err, "Standard controls can't be deleted.")
	_, err = c.StartAssessmentFrameworkShare(ctx, &auditmanager.StartAssessmentFrameworkShareInput{
		FrameworkId: std.Id, DestinationAccount: p(recipient), DestinationRegion: p(region),
	})
	wantValidation(t, err, "Only custom frameworks can be shared.")
}

func testControls(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	c := h.Client(sender, region)
	now := h.Now(t)
	out, err := c.CreateControl(ctx, &auditmanager.CreateControlInput{
		Name: p("Encrypt data at rest"), Description: p("All stores are encrypted"),
		ActionPlanTitle: p("Encrypt"), ControlMappingSources: []types.CreateControlMappingSource{
			manualSource(),
			{
				SourceName: p("Config rule"), SourceSetUpOption: types.SourceSetUpOptionSystemControlsMapping,
				SourceType: types.SourceTypeAwsConfig, SourceFrequency: types.SourceFrequencyDaily,
				SourceKeyword: &types.SourceKeyword{KeywordInputType: types.KeywordInputTypeSelectFromList, KeywordValue: p("S3_BUCKET_SSE")},
			},
		},
		Tags: map[string]string{"team": "audit"},
	})
	require.NoError(t, err)
	ctl := out.Control
	assert.Regexp(t, uuidRE, *ctl.Id)
	assert.Equal(t, "arn:aws:auditmanager:us-east-1:"+sender+":control/"+*ctl.Id, *ctl.Arn)
	assert.Equal(t, types.ControlTypeCustom, ctl.Type)
	assert.Equal(t, sender, *ctl.CreatedBy)
	assert.Equal(t, sender, *ctl.LastUpdatedBy)
	assert.True(t, now.Equal(*ctl.CreatedAt))
	assert.Equal(t, types.ControlStateActive, ctl.State)
	require.Len(t, ctl.ControlMappingSources, 2)
	assert.Regexp(t, uuidRE, *ctl.ControlMappingSources[0].SourceId)
	assert.Equal(t, "S3_BUCKET_SSE", *ctl.ControlMappingSources[1].SourceKeyword.KeywordValue)
	assert.Equal(t, map[string]string{"team": "audit"}, ctl.Tags)

	got, err := c.GetControl(ctx, &auditmanager.GetControlInput{ControlId: ctl.Id})
	require.NoError(t, err)
	assert.Equal(t, ctl, got.Control)

	_, err = h.Client(recipient, region).GetControl(ctx, &auditmanager.GetControlInput{ControlId: ctl.Id})
	wantNotFound(t, err, "CONTROL", *ctl.Id)
	_, err = h.Client(sender, region2).GetControl(ctx, &auditmanager.GetControlInput{ControlId: ctl.Id})
	wantNotFound(t, err, "CONTROL", *ctl.Id)

	h.Advance(t, day)
	kept := ctl.ControlMappingSources[0]
	upd, err := c.UpdateControl(ctx, &auditmanager.UpdateControlInput{
		ControlId: ctl.Id, Name: p("Encrypt everything"),
		ControlMappingSources: []types.ControlMappingSource{kept, {
			SourceName: p("Another manual"), SourceSetUpOption: types.SourceSetUpOptionProceduralControlsMapping,
			SourceType: types.SourceTypeManual,
		}},
	})
	require.NoError(t, err)
	assert.Equal(t, "Encrypt everything", *upd.Control.Name)
	assert.Nil(t, upd.Control.Description, "update replaces the texts")
	require.Len(t, upd.Control.ControlMappingSources, 2)
	assert.Equal(t, *kept.SourceId, *upd.Control.ControlMappingSources[0].SourceId, "a given sourceId is kept")
	assert.Regexp(t, uuidRE, *upd.Control.ControlMappingSources[1].SourceId)
	assert.True(t, h.Now(t).Equal(*upd.Control.LastUpdatedAt))
	assert.True(t, now.Equal(*upd.Control.CreatedAt))
	assert.Equal(t, map[string]string{"team": "audit"}, upd.Control.Tags, "tags stay")
	twice, err := c.UpdateControl(ctx, &auditmanager.UpdateControlInput{
		ControlId: ctl.Id, Name: p("Encrypt everything"), ControlMappingSources: []types.ControlMappingSource{kept, kept},
	})
	require.NoError(t, err)
	require.Len(t, twice.Control.ControlMappingSources, 2)
	assert.Equal(t, *kept.SourceId, *twice.Control.ControlMappingSources[0].SourceId)
	assert.NotEqual(t, *kept.SourceId, *twice.Control.ControlMappingSources[1].SourceId, "source IDs stay unique")
	stdID := standardControlIDs(t, c)[0]
	_, err = c.UpdateControl(ctx, &auditmanager.UpdateControlInput{
		ControlId: p(stdID), Name: p("mine"), ControlMappingSources: []types.ControlMappingSource{kept},
	})
	wantValidation(t, err, "Standard controls can't be updated.")
	_, err = h.Client(recipient, region).UpdateControl(ctx, &auditmanager.UpdateControlInput{
		ControlId: ctl.Id, Name: p("theirs"), ControlMappingSources: []types.ControlMappingSource{kept},
	})
	wantNotFound(t, err, "CONTROL", *ctl.Id)

	second := createControl(t, c, "Second")
	listed := customControls(t, c)
	require.Len(t, listed, 2)
	assert.Equal(t, *ctl.Id, *listed[0].Id, "listed by creation")
	assert.Equal(t, *second.Id, *listed[1].Id)

	_, err = c.DeleteControl(ctx, &auditmanager.DeleteControlInput{ControlId: ctl.Id})
	require.NoError(t, err)
	_, err = c.GetControl(ctx, &auditmanager.GetControlInput{ControlId: ctl.Id})
	wantNotFound(t, err, "CONTROL", *ctl.Id)
	_, err = c.DeleteControl(ctx, &auditmanager.DeleteControlInput{ControlId: ctl.Id})
	wantNotFound(t, err, "CONTROL", *ctl.Id)
	assert.Len(t, customControls(t, c), 1)
}

func testControlValidation(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	c := h.Client(sender, region)
	create := func(in *auditmanager.CreateControlInput) error {
		_, err := c.CreateControl(ctx, in)
		return err
	}
	src := []types.CreateControlMappingSource{manualSource()}
	wantValidation(t, create(&auditmanager.CreateControlInput{ControlMappingSources: src}),
		"1 validation error detected: Value 'null' at 'name' failed to satisfy constraint: Member must not be null")
	wantValidation(t, create(&auditmanager.CreateControlInput{Name: p(`a\b`), ControlMappingSources: src}),
		`1 validation error detected: Value 'a\b' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[^\\]*$`)
	wantValidation(t, create(&auditmanager.CreateControlInput{Name: p("n")}),
		"1 validation error detected: Value 'null' at 'controlMappingSources' failed to satisfy constraint: Member must not be null")
	wantValidation(t, create(&auditmanager.CreateControlInput{Name: p("n"), ControlMappingSources: src, Tags: map[string]string{"aws:x": "y"}}),
		"1 validation error detected: Value 'aws:x' at 'tags.key' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(?!aws:)[a-zA-Z+-=._:/]+$")
	wantValidation(t, create(&auditmanager.CreateControlInput{Name: p("n"), ControlMappingSources: []types.CreateControlMappingSource{{
		SourceName: p("s"), SourceSetUpOption: types.SourceSetUpOptionSystemControlsMapping, SourceType: "Bogus",
	}}}), "1 validation error detected: Value 'Bogus' at 'controlMappingSources.1.member.sourceType' failed to satisfy constraint: Member must satisfy enum value set: [AWS_Cloudtrail, AWS_Config, AWS_Security_Hub, AWS_API_Call, MANUAL, Common_Control, Core_Control]")
	wantValidation(t, create(&auditmanager.CreateControlInput{Name: p("n"), ControlMappingSources: []types.CreateControlMappingSource{{
		SourceName: p("s"), SourceSetUpOption: types.SourceSetUpOptionSystemControlsMapping, SourceType: types.SourceTypeCommonControl,
	}}}), "sourceType Common_Control is not supported.")
	wantValidation(t, create(&auditmanager.CreateControlInput{Name: p("n"), ControlMappingSources: []types.CreateControlMappingSource{{
		SourceName: p("s"), SourceSetUpOption: types.SourceSetUpOptionSystemControlsMapping, SourceType: types.SourceTypeManual,
	}}}), "sourceType MANUAL doesn't match its sourceSetUpOption.")
	wantValidation(t, create(&auditmanager.CreateControlInput{Name: p("n"), ControlMappingSources: []types.CreateControlMappingSource{{
		SourceName: p("s"), SourceSetUpOption: types.SourceSetUpOptionSystemControlsMapping, SourceType: types.SourceTypeAwsApiCall,
	}}}), "sourceKeyword is required when sourceType is AWS_API_Call.")
	_, err := c.GetControl(ctx, &auditmanager.GetControlInput{ControlId: p("not-a-uuid")})
	wantValidation(t, err, "1 validation error detected: Value 'not-a-uuid' at 'controlId' failed to satisfy constraint: Member must have length greater than or equal to 36")
	_, err = c.ListControls(ctx, &auditmanager.ListControlsInput{})
	wantValidation(t, err, "1 validation error detected: Value 'null' at 'controlType' failed to satisfy constraint: Member must not be null")
	assert.Empty(t, customControls(t, c), "failed calls create nothing")
}

func testFrameworks(t *testing.T, mk HarnessMaker) {
	h := mk(t, nil)
	c := h.Client(sender, region)
	f := createFramework(t, c, "Payments")
	assert.Regexp(t, uuidRE, *f.Id)
	assert.Equal(t, "arn:aws:auditmanager:us-east-1:"+sender+":assessmentFramework/"+*f.Id, *f.Arn)
	assert.Equal(t, types.FrameworkTypeCustom, f.Type)
	assert.Equal(t, "Internal", *f.ComplianceType)
	assert.Equal(t, sender, *f.CreatedBy)
	assert.Equal(t, map[string]string{"team": "audit"}, f.Tags)
	require.Len(t, f.ControlSets, 2)
	assert.Equal(t, "Access", *f.ControlSets[0].Id)
	require.Len(t, f.ControlSets[0].Controls, 3)
	assert.Equal(t, "Payments control A", *f.ControlSets[0].Controls[0].Name)
	assert.Nil(t, f.ControlSets[0].Controls[0].ControlMappingSources, "partial controls")
	assert.Nil(t, f.ControlSets[0].Controls[0].Tags, "partial controls")

	got, err := c.GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: f.Id})
	require.NoError(t, err)
	assert.Equal(t, f, *got.Framework)

	meta := customFrameworks(t, c)
	require.Len(t, meta, 1)
	assert.Equal(t, int32(2), meta[0].ControlSetsCount)
	assert.Equal(t, int32(4), meta[0].ControlsCount)
	assert.Equal(t, "The Payments framework", *meta[0].Description)
	assert.Empty(t, customFrameworks(t, h.Client(recipient, region)), "frameworks are per account")

	h.Advance(t, day)
	a := *f.ControlSets[0].Controls[0].Id
	_, err = c.UpdateAssessmentFramework(ctx, &auditmanager.UpdateAssessmentFrameworkInput{
		FrameworkId: f.Id, Name: p("x"),
		ControlSets: []types.UpdateAssessmentFrameworkControlSet{{Id: p("Nope"), Name: p("Nope"), Controls: controls(a)}},
	})
	wantValidation(t, err, "The control set Nope isn't in this framework.")
	missing := "00000000-0000-4000-8000-000000000000"
	_, err = c.UpdateAssessmentFramework(ctx, &auditmanager.UpdateAssessmentFrameworkInput{
		FrameworkId: p(missing), Name: p("x"),
		ControlSets: []types.UpdateAssessmentFrameworkControlSet{{Name: p("S"), Controls: controls(a)}},
	})
	wantNotFound(t, err, "ASSESSMENT_FRAMEWORK", missing)
	up, err := c.UpdateAssessmentFramework(ctx, &auditmanager.UpdateAssessmentFrameworkInput{
		FrameworkId: f.Id, Name: p("Payments v2"),
		ControlSets: []types.UpdateAssessmentFrameworkControlSet{{Id: p("Access"), Name: p("Access control"), Controls: controls(a)}},
	})
	require.NoError(t, err)
	assert.Equal(t, "Payments v2", *up.Framework.Name)
	assert.Nil(t, up.Framework.Description, "update replaces the description")
	require.Len(t, up.Framework.ControlSets, 1)
	assert.True(t, h.Now(t).Equal(*up.Framework.LastUpdatedAt))
	assert.True(t, f.CreatedAt.Equal(*up.Framework.CreatedAt))

	_, err = c.DeleteControl(ctx, &auditmanager.DeleteControlInput{ControlId: p(a)})
	require.NoError(t, err)
	got, err = c.GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: f.Id})
	require.NoError(t, err)
	assert.Empty(t, got.Framework.ControlSets[0].Controls, "deleting a control takes it out of frameworks")

	_, err = c.DeleteAssessmentFramework(ctx, &auditmanager.DeleteAssessmentFrameworkInput{FrameworkId: f.Id})
	require.NoError(t, err)
	_, err = c.GetAssessmentFramework(ctx, &auditmanager.GetAssessmentFrameworkInput{FrameworkId: f.Id})
	wantNotFound(t, err, "ASSESSMENT_FRAMEWORK", *f.Id)
	assert.Empty(t, customFrameworks(t, c))
}

func testFrameworkRules(t *testing.T, mk HarnessMaker) {
	h := mk(t, &share.Options{AuditManager: share.AMOptions{MaxCustomFrameworks: 1, MaxControlsPerFramework: 3}})
	c := h.Client(sender, region)
	a := createControl(t, c, "A")
	mkFw := func(sets ...types.CreateAssessmentFrameworkControlSet) error {
		_, err := c.CreateAssessmentFramework(ctx, &auditmanager.CreateAssessmentFrameworkInput{Name: p("F"), ControlSets: sets})
		return err
	}
	set := func(name string, ids ...string) types.CreateAssessmentFrameworkControlSet {
		return types.CreateAssessmentFrameworkControlSet{Name: p(name), Controls: controls(ids...)}
	}
	wantValidation(t, mkFw(set("S", *a.Id), set("S", *a.Id)), "Control set names must be unique within a framework.")
	wantValidation(t, mkFw(set("has_underscore", *a.Id)),
		`1 validation error detected: Value 'has_underscore' at 'controlSets.1.member.name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[^\\\_]*$`)
	wantValidation(t, mkFw(types.CreateAssessmentFrameworkControlSet{Name: p("S"), Controls: []types.CreateAssessmentFrameworkControl{}}),
		"1 validation error detected: Value '[]' at 'controlSets.1.member.controls' failed to satisfy constraint: Member must have length greater than or equal to 1")
	missing := "00000000-0000-4000-8000-000000000000"
	wantNotFound(t, mkFw(set("S", missing)), "CONTROL", missing)
	other := createControl(t, h.Client(recipient, region), "theirs")
	wantNotFound(t, mkFw(set("S", *other.Id)), "CONTROL", *other.Id)
	wantErr(t, mkFw(set("S", *a.Id, *a.Id), set("T", *a.Id, *a.Id)), "ServiceQuotaExceededException", 402, msgQuota)
	assert.Empty(t, customFrameworks(t, c), "failed calls create nothing")
	require.NoError(t, mkFw(set("S", *a.Id)))
	wantErr(t, mkFw(set("S", *a.Id)), "ServiceQuotaExceededException", 402, msgQuota)
}
