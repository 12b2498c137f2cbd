// Package deploy reads the artifacts teams deploy send-phone-message code
// from, so hookemu verifies what Auth0 will run rather than a loose file:
//
//   - an auth0-deploy-cli (a0deploy) directory, a tenant.yaml, or one of
//     its actions/NAME.json or hooks/NAME.json files, with keyword
//     replacement done as a0deploy does it;
//   - a Terraform file or folder (auth0_action, auth0_hook,
//     auth0_trigger_action(s), auth0_phone_provider), parsed with
//     hashicorp/hcl/v2 and evaluated with file(), var, local and path;
//   - Management API JSON (GET /api/v2/actions/actions/{id}, the list
//     endpoint, or GET /api/v2/hooks), the deployed version by default.
//
// Every format becomes one Artifact: its Entries (each Action or Hook with
// its code after replacement, runtime, trigger and version, declared
// dependencies and secret names), the trigger bindings and the phone
// provider when the artifact holds them. Secret values are never part of
// an export; where one is given (Terraform value, tenant.yaml keyword) it
// is kept for the run and never shown.
//
// A Terraform configuration may come from a stranger's pull request, so
// reading one is bounded: parsing (nesting, operators, for expressions
// nested in for expressions, in tfbounds.go), every value evaluation
// builds (tfvalues.go), and the evaluation as a whole, whose time, heap
// growth and function calls have a budget past which Load returns
// ErrTooCostly (tfbudget.go).
//
// The facts about each format and their sources are in
// ../shared/reference/deploy-formats.md's sources: auth0-deploy-cli
// v8.43.0 and terraform-provider-auth0 v1.55.0 (paths given where each
// reader uses them).
package deploy
