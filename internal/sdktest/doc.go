// Package sdktest runs every facade's conformance suite through real
// aws-sdk-go-v2 clients: in process, through the handler's in-memory
// transport, and against a started cmd/sharesim. It also drives the AWS CLI
// against cmd/sharesim. It is a nested module so that the library does not
// depend on the AWS SDK.
package sdktest
