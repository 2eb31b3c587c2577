package share

import (
	"slices"
	"strings"
	"time"
)

// RAMResourceType is one entry of RAM's resource-type registry (ram.md §C.8):
// which ARNs it covers and how it may be shared. The registry is data:
// embedding code adds types through [RAMOptions.ResourceTypes].
type RAMResourceType struct {
	// Type is the canonical name, e.g. "ec2:Subnet".
	Type string
	// Service and Token select the ARNs of this type: the ARN's service
	// field, and the resource part (leading "/" removed) cut at the first
	// "/" or ":".
	Service, Token string
	// Global types are shared from us-east-1 only and report resource
	// region scope GLOBAL.
	Global bool
	// IAM reports whether the type may be shared with IAM roles and users.
	IAM bool
	// OrgOnly types may be shared only inside the owner's organization.
	OrgOnly bool
	// CustomerPermissions reports whether customer-managed permissions apply.
	CustomerPermissions bool
	// LongExpiry puts the type in the 7-day invitation expiry group.
	LongExpiry bool
	// NoLeave types cannot be left by a recipient.
	NoLeave bool
	// DefaultPermission is the name of the default AWS-managed permission.
	DefaultPermission string
	// Actions are the default permission's actions; nil means the
	// placeholder "<service>:UseSharedResource".
	Actions []string
}

// RAMPermission is one version of a permission: an AWS-managed permission of
// the catalogue (ram.md §C.9) or a version of a customer-managed one (B6).
// A version never changes once created.
type RAMPermission struct {
	ARN          string
	Name         string
	ResourceType string
	Version      int
	// IsDefault reports whether the permission is its resource type's
	// default (isResourceTypeDefault).
	IsDefault bool
	Actions   []string
	// Condition is the template's Condition element; nil when absent.
	Condition map[string]any
	// Template is the policy template, as canonical JSON.
	Template string
	// Customer reports a customer-managed permission.
	Customer bool
	// CreatedAt is when the version was created.
	CreatedAt time.Time
}

// ramAWSPermissionTime is the creation time of every AWS-managed permission
// (ram.md §C.9).
var ramAWSPermissionTime = time.Date(2022, 6, 30, 0, 0, 0, 0, time.UTC)

// ramPermissionARNPrefix starts the ARN of every AWS-managed permission.
const ramPermissionARNPrefix = "arn:aws:ram::aws:permission/"

// ramBuiltinTypes is the registry of ram.md §C.8, in its order. Columns:
// type, service, token, global, IAM, org-only, CMP, 7-day expiry, permission.
var ramBuiltinTypes = []RAMResourceType{
	{"appmesh:Mesh", "appmesh", "mesh", false, true, false, false, false, false, "AWSRAMDefaultPermissionAppMesh", nil},
	{"rds:Cluster", "rds", "cluster", false, false, false, false, true, false, "AWSRAMDefaultPermissionRDSCluster", nil},
	{"acm-pca:CertificateAuthority", "acm-pca", "certificate-authority", false, true, false, false, false, false, "AWSRAMDefaultPermissionCertificateAuthority", nil},
	{"codebuild:Project", "codebuild", "project", false, true, false, true, false, false, "AWSRAMDefaultPermissionCodeBuildProject", nil},
	{"codebuild:ReportGroup", "codebuild", "report-group", false, true, false, true, false, false, "AWSRAMDefaultPermissionCodeBuildReportGroup", nil},
	{"ec2:CapacityReservation", "ec2", "capacity-reservation", false, false, false, false, true, false, "AWSRAMDefaultPermissionCapacityReservation", nil},
	{"ec2:DedicatedHost", "ec2", "dedicated-host", false, false, false, false, true, false, "AWSRAMDefaultPermissionDedicatedHost", nil},
	{"ec2:PlacementGroup", "ec2", "placement-group", false, true, false, false, false, false, "AWSRAMDefaultPermissionPlacementGroup", nil},
	{"imagebuilder:Component", "imagebuilder", "component", false, true, false, true, false, false, "AWSRAMDefaultPermissionImageBuilderComponent", nil},
	{"imagebuilder:ContainerRecipe", "imagebuilder", "container-recipe", false, true, false, true, false, false, "AWSRAMDefaultPermissionImageBuilderContainerRecipe", nil},
	{"imagebuilder:Image", "imagebuilder", "image", false, true, false, true, false, false, "AWSRAMDefaultPermissionImageBuilderImage", nil},
	{"imagebuilder:ImageRecipe", "imagebuilder", "image-recipe", false, true, false, true, false, false, "AWSRAMDefaultPermissionImageBuilderImageRecipe", nil},
	{"glue:Catalog", "glue", "catalog", false, false, false, false, false, false, "AWSRAMDefaultPermissionGlueCatalog", nil},
	{"glue:Database", "glue", "database", false, false, false, false, false, false, "AWSRAMDefaultPermissionGlueDatabase", nil},
	{"glue:Table", "glue", "table", false, false, false, false, false, false, "AWSRAMDefaultPermissionGlueTable", nil},
	{"license-manager:LicenseConfiguration", "license-manager", "license-configuration", false, false, false, false, true, false, "AWSRAMDefaultPermissionLicenseConfiguration", nil},
	{"network-firewall:FirewallPolicy", "network-firewall", "firewall-policy", false, true, false, false, false, false, "AWSRAMDefaultPermissionNetworkFirewallPolicy", nil},
	{"network-firewall:StatefulRuleGroup", "network-firewall", "stateful-rulegroup", false, true, false, false, false, false, "AWSRAMDefaultPermissionNetworkFirewallStatefulRuleGroup", nil},
	{"network-firewall:StatelessRuleGroup", "network-firewall", "stateless-rulegroup", false, true, false, false, false, false, "AWSRAMDefaultPermissionNetworkFirewallStatelessRuleGroup", nil},
	{"outposts:Outpost", "outposts", "outpost", false, false, true, true, true, false, "AWSRAMDefaultPermissionOutpostsOutpost", nil},
	{"outposts:Site", "outposts", "site", false, false, false, false, true, false, "AWSRAMDefaultPermissionSite", nil},
	{"ec2:LocalGatewayRouteTable", "ec2", "local-gateway-route-table", false, false, true, false, true, false, "AWSRAMDefaultPermissionLocalGateway", nil},
	{"s3-outposts:Outpost", "s3-outposts", "outpost", false, false, true, true, false, false, "AWSRAMDefaultPermissionOutpost", nil},
	{"resource-groups:Group", "resource-groups", "group", false, false, false, false, false, false, "AWSRAMDefaultPermissionResourceGroup", nil},
	{"route53resolver:FirewallRuleGroup", "route53resolver", "firewall-rule-group", false, true, false, false, false, false, "AWSRAMDefaultPermissionFirewallRuleGroup", nil},
	{"route53resolver:ResolverRule", "route53resolver", "resolver-rule", false, false, false, false, true, false, "AWSRAMDefaultPermissionResolverRule", nil},
	{"route53resolver:ResolverQueryLogConfig", "route53resolver", "resolver-query-log-config", false, true, false, true, false, false, "AWSRAMDefaultPermissionResolverQueryLogConfig", nil},
	{"sagemaker:LineageGroup", "sagemaker", "lineage-group", false, true, false, true, false, false, "AWSRAMDefaultPermissionLineageGroup", nil},
	{"sagemaker:Pipeline", "sagemaker", "pipeline", false, true, false, true, false, false, "AWSRAMDefaultPermissionPipeline", nil},
	{"servicecatalog:Application", "servicecatalog", "applications", false, false, true, true, false, false, "AWSRAMDefaultPermissionApplication", nil},
	{"servicecatalog:AttributeGroup", "servicecatalog", "attribute-groups", false, false, true, true, false, false, "AWSRAMDefaultPermissionAttributeGroup", nil},
	{"ssm-contacts:Contact", "ssm-contacts", "contact", false, true, false, true, false, false, "AWSRAMDefaultPermissionContact", nil},
	{"ssm-incidents:ResponsePlan", "ssm-incidents", "response-plan", false, true, false, true, false, false, "AWSRAMDefaultPermissionResponsePlan", nil},
	{"refactor-spaces:Environment", "refactor-spaces", "environment", false, true, false, true, false, false, "AWSRAMDefaultPermissionEnvironment", nil},
	{"ec2:CoipPool", "ec2", "coip-pool", false, false, true, false, true, false, "AWSRAMDefaultPermissionCoipPool", nil},
	{"ec2:IpamPool", "ec2", "ipam-pool", false, true, false, true, false, false, "AWSRAMDefaultPermissionIpamPool", nil},
	{"ec2:IpamResourceDiscovery", "ec2", "ipam-resource-discovery", false, false, false, false, false, false, "AWSRAMDefaultPermissionIpamResourceDiscovery", nil},
	{"ec2:PrefixList", "ec2", "prefix-list", false, false, false, false, true, false, "AWSRAMDefaultPermissionPrefixList", nil},
	{"ec2:Subnet", "ec2", "subnet", false, false, true, false, true, false, "AWSRAMDefaultPermissionSubnet",
		[]string{"ec2:RunInstances", "ec2:CreateNetworkInterface", "ec2:DescribeSubnets"}},
	{"ec2:TrafficMirrorTarget", "ec2", "traffic-mirror-target", false, false, false, false, true, false, "AWSRAMDefaultPermissionTrafficMirror", nil},
	{"ec2:TransitGateway", "ec2", "transit-gateway", false, false, false, false, true, false, "AWSRAMDefaultPermissionTransitGateway", nil},
	{"ec2:TransitGatewayMulticastDomain", "ec2", "transit-gateway-multicast-domain", false, false, false, false, true, false, "AWSRAMDefaultPermissionTransitGatewayMulticastDomain", nil},
	{"networkmanager:CoreNetwork", "networkmanager", "core-network", true, true, false, false, false, false, "AWSRAMDefaultPermissionsNetworkManagerCoreNetwork", nil},
}

// ramExtraPermissions are the non-default AWS-managed permissions shipped so
// that tests can attach one (ram.md §C.8).
var ramExtraPermissions = []struct{ name, typ string }{
	{"AWSRAMPermissionGlueDatabaseReadWrite", "glue:Database"},
	{"AWSRAMPermissionGlueTableReadWrite", "glue:Table"},
}

// ramRegistry is the resource-type registry and permission catalogue of one
// store. It is built once by RAMOptions.withDefaults and read-only after.
type ramRegistry struct {
	byToken map[string]*RAMResourceType // service + ":" + token
	byName  map[string]*RAMResourceType // lower-cased Type
	perms   map[string]*RAMPermission   // by ARN
	dflt    map[*RAMResourceType]*RAMPermission
	// families are the AWS-managed permissions as permissions with one
	// version, by ARN; sorted lists them by resource type, then name.
	families map[string]*ramPerm
	sorted   []*ramPerm
	// types lists the registry by type name.
	types []*RAMResourceType
}

func newRAMRegistry(extra []RAMResourceType) *ramRegistry {
	r := &ramRegistry{
		byToken: map[string]*RAMResourceType{}, byName: map[string]*RAMResourceType{},
		perms: map[string]*RAMPermission{}, dflt: map[*RAMResourceType]*RAMPermission{},
		families: map[string]*ramPerm{},
	}
	add := func(t RAMResourceType) {
		t.Actions = append([]string(nil), t.Actions...)
		if len(t.Actions) == 0 {
			t.Actions = []string{t.Type[:strings.IndexByte(t.Type, ':')] + ":UseSharedResource"}
		}
		rt := &t
		r.byToken[t.Service+":"+t.Token] = rt
		r.byName[strings.ToLower(t.Type)] = rt
		p := &RAMPermission{ARN: ramPermissionARNPrefix + t.DefaultPermission, Name: t.DefaultPermission,
			ResourceType: t.Type, Version: 1, IsDefault: true, Actions: t.Actions,
			Template: ramTemplate(t.Actions, nil), CreatedAt: ramAWSPermissionTime}
		r.perms[p.ARN] = p
		r.dflt[rt] = p
	}
	for _, t := range ramBuiltinTypes {
		add(t)
	}
	for _, t := range extra {
		if t.Type != "" && strings.Contains(t.Type, ":") && t.Service != "" && t.Token != "" && t.DefaultPermission != "" {
			add(t)
		}
	}
	for _, e := range ramExtraPermissions {
		rt := r.byName[strings.ToLower(e.typ)]
		p := &RAMPermission{ARN: ramPermissionARNPrefix + e.name, Name: e.name, ResourceType: rt.Type,
			Version: 1, Actions: rt.Actions, Template: ramTemplate(rt.Actions, nil), CreatedAt: ramAWSPermissionTime}
		r.perms[p.ARN] = p
	}
	seen := map[*RAMResourceType]bool{}
	for _, t := range r.byName {
		if !seen[t] {
			seen[t] = true
			r.types = append(r.types, t)
		}
	}
	slices.SortFunc(r.types, func(a, b *RAMResourceType) int { return strings.Compare(a.Type, b.Type) })
	for arn, p := range r.perms {
		t := r.byName[strings.ToLower(p.ResourceType)]
		f := &ramPerm{key: p.ResourceType + "\x00" + p.Name, arn: arn, name: p.Name, rtype: t,
			versions: []*RAMPermission{p}, dflt: 1, status: RAMPermissionAttachable,
			created: ramAWSPermissionTime, updated: ramAWSPermissionTime}
		r.families[arn] = f
		r.sorted = append(r.sorted, f)
	}
	slices.SortFunc(r.sorted, func(a, b *ramPerm) int { return strings.Compare(a.key, b.key) })
	return r
}

// resolve finds the type of a parsed resource ARN.
func (r *ramRegistry) resolve(a ARN) *RAMResourceType {
	res := strings.TrimPrefix(a.Resource, "/")
	if i := strings.IndexAny(res, "/:"); i >= 0 {
		res = res[:i]
	}
	return r.byToken[a.Service+":"+res]
}

// RAMResourceTypeNamed returns the registry entry for a type name, compared
// case-insensitively.
func (s *Store) RAMResourceTypeNamed(name string) (RAMResourceType, bool) {
	t, ok := s.opts.RAM.registry.byName[strings.ToLower(name)]
	if !ok {
		return RAMResourceType{}, false
	}
	v := *t
	v.Actions = slices.Clone(t.Actions)
	return v, true
}

// RAMPermissionByARN returns the AWS-managed permission with the given ARN.
func (s *Store) RAMPermissionByARN(arn string) (RAMPermission, bool) {
	p, ok := s.opts.RAM.registry.perms[arn]
	if !ok {
		return RAMPermission{}, false
	}
	v := *p
	v.Actions = slices.Clone(p.Actions)
	v.Condition = cloneJSONObject(p.Condition)
	return v, true
}

// cloneJSONObject deep-copies a decoded JSON object, so that a copy handed
// out shares nothing with the store.
func cloneJSONObject(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = cloneJSON(v)
	}
	return out
}

func cloneJSON(v any) any {
	switch v := v.(type) {
	case map[string]any:
		return cloneJSONObject(v)
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = cloneJSON(e)
		}
		return out
	}
	return v
}
