// Package fakeauth0 is a fake of a tenant's own Auth0 domain, limited to
// what send-phone-message Actions and Hooks call on it: a Management API
// token by the client credentials grant, then reading a user and updating
// the user's metadata (to record the last SMS sent, a counter, a
// preference). With it, code that uses the auth0 SDK, or plain HTTP to
// the Management API, runs offline and fails where Auth0 would refuse.
//
//	fake, err := fakeauth0.New(fakeauth0.Config{
//		Domain:  "acme.eu.auth0.com",
//		Clients: []fakeauth0.Client{{ID: "m2m", Secret: "s3cr3t"}},
//	})
//
// It answers on *.auth0.com and *.REGION.auth0.com (Hosts) and on the
// custom domains of its Config; it is not a message provider, so its
// journal entries name no destination.
//
// # Endpoints
//
//	POST  /oauth/token          client_credentials grant (JSON or form body)
//	GET   /api/v2/users/{id}    a user (fields, include_fields)
//	PATCH /api/v2/users/{id}    update a user; metadata merged
//
// Anything else is 404 {"statusCode":404,"error":"Not Found","message":
// "Not Found"}. Every answer is JSON.
//
// # Facts relied on, and where they come from
//
// Token requests (Authentication API reference, "Client Credentials Flow",
// https://auth0.com/docs/api/authentication#client-credentials-flow, and
// https://auth0.com/docs/secure/tokens/access-tokens/get-access-tokens):
// the body carries grant_type=client_credentials, client_id,
// client_secret and audience, as JSON or as a form (node-auth0 3.x posts
// JSON, 4.x a form: src/auth/OAuthAuthenticator.js at v3.7.2,
// src/auth/base-auth-api.ts at v4.37.1); the client may also authenticate
// with HTTP Basic (client_secret_basic). A grant answers 200 with
// access_token (a JWT), scope (space separated), expires_in (86400 by
// default for the Management API) and token_type Bearer. The Management
// API's audience is https://DOMAIN/api/v2/ of the tenant's Auth0 domain,
// never of its custom domain (node-auth0 issue #292; Auth0's custom
// domains docs).
//
// Token errors carry {"error","error_description"}: 401 access_denied
// "Unauthorized" for an unknown client or a wrong secret, without saying
// which (node-auth0 issues #582 and #682); 403 access_denied "Service not
// enabled within domain: AUD" for an API of another domain (node-auth0
// issue #292, terraform-provider-auth0 issue #951) and "Service not found:
// AUD" for an API that exists nowhere (auth0/lock issue #842); 403
// access_denied "No audience parameter was provided, and no default
// audience has been configured" without an audience; 403
// unauthorized_client "Grant type 'X' not allowed for the client." with
// error_uri for a grant the client may not use (ruby-auth0 issue #190);
// 403 access_denied "Client is not authorized to access ..." for a client
// with no client grant on the API, and "Client has not been granted
// scopes: ..." for scopes beyond the grant (Auth0's client grant docs);
// 400 invalid_request "Missing required parameter: grant_type".
//
// Management API (reference pages "Get a User" and "Update a User",
// https://auth0.com/docs/api/management/v2/users/get-users-by-id and
// .../patch-users-by-id; "Manage Metadata with the Management API",
// https://auth0.com/docs/manage-users/user-accounts/metadata/manage-metadata-api):
// calls carry "Authorization: Bearer TOKEN"; reading a user needs one of
// read:users, read:current_user, read:user_idp_tokens and updating one of
// update:users, update:users_app_metadata (metadata only),
// update:current_user_metadata; otherwise 403 with errorCode
// insufficient_scope and the message "Insufficient scope, expected any of:
// " and the list (raster-foundry issue #2030 quotes the body). Errors
// carry {"statusCode","error","message"} and often "errorCode": 404
// "The user does not exist." with errorCode inexistent_user; 401
// "Missing authentication" without a token, "Invalid token" for one that
// does not verify, "Expired token received for JSON Web Token validation",
// "Bad audience: AUD" (go-auth0 issue #22 shows the 401 Invalid token);
// 400 errorCode invalid_body "Payload validation error: ..." for a body
// the schema refuses (an attribute that cannot be updated, a wrong type,
// an empty object); 429 errorCode too_many_requests when rate limited.
// The user id in the path is URL-encoded (node-auth0 encodes it:
// src/Auth0RestClient.js at v3.7.2, users-manager.ts at v4.37.1).
//
// Update semantics, from "Update a User": attributes given replace the
// stored ones and null unsets one; user_metadata and app_metadata are
// merged instead, at the first level only, so a nested object is replaced
// whole; a metadata key set to null is deleted, and patching a metadata
// object with {} removes it entirely. The attributes that may be updated
// at the root are those the reference lists (app_metadata, blocked,
// email, email_verified, family_name, given_name, name, nickname,
// password, phone_number, phone_verified, picture, username,
// user_metadata, verify_email, and the connection and client_id that
// steer an update); password and the verify_ flags are never shown back.
//
// # What is the fake's own
//
// Tokens are HS256 JWTs signed with a key derived from the Config (Auth0
// signs RS256 with the tenant's key): the same scenario issues the same
// tokens on every run, and only this tenant's tokens verify. A request to
// an auth0.com host that is not the configured Domain gets 404 errorCode
// inexistent_tenant naming the tenant's domains, so a typo in a domain
// secret shows. The zero Config accepts any client with a non-empty
// secret and holds the Auth0 runner's example user (auth0|test12345), the
// user of hookemu's default payload. Faults (destination "*") answer in
// the shape of the API the path belongs to; their delay ends with the
// request. Check validates a request (an update included) without
// applying it.
package fakeauth0
