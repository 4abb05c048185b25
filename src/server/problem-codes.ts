import type { DraftProblem } from '../draft/index.js';
import type { CaseErrorCode } from '../model/index.js';

/**
 * Every `code` an API problem answer can carry, with the statuses it comes with. This is the catalogue's
 * typed half: `HttpProblem` takes only these codes, so a new one cannot be thrown without being added here;
 * docs/api.md (Problem codes) says for each what it means and what to do, and a test fails when a code
 * of this list is missing there or a status differs.
 */
export const problemCodes = {
  // The request itself
  malformed_json: [400],
  invalid_utf8: [400],
  invalid_request: [400],
  bad_request: [400, 405, 406, 413, 415],
  forbidden_key: [400],
  too_deep: [400],
  bad_content_length: [400],
  body_too_large: [413],
  unsupported_media_type: [415],
  // Who is asking
  unauthenticated: [401],
  bad_token: [401],
  bad_credentials: [401],
  bad_link: [401],
  wrong_password: [403],
  weak_password: [400],
  no_password: [400],
  csrf_failed: [403],
  forbidden: [403],
  rate_limited: [429],
  // What is asked about
  not_found: [404],
  id_taken: [409],
  process_exists: [409],
  bad_user: [400, 409],
  bad_membership: [400],
  unknown_party: [400],
  party_mismatch: [400],
  bad_archive: [400],
  invalid_case: [422],
  invalid_manifest: [422],
  bad_multipart: [400],
  no_document: [400],
  unreadable_document: [415, 422],
  in_use: [409],
  base_not_listed: [400],
  invalid_package: [400],
  no_estimates: [400],
  ambiguous_package: [400],
  no_package: [422],
  // Versions
  bad_if_match: [400],
  if_match_required: [428],
  stale_version: [412],
  // Heavy work (src/jobs)
  busy: [503],
  time_limit: [422],
  memory_limit: [422],
  cancelled: [503],
  // The server's own failure
  internal_error: [500],
} as const satisfies Record<string, readonly number[]>;

/**
 * A problem answer's stable, snake_case `code`: one of the API's own (above), or a mistake in a case
 * document passed on as it is (docs/errors.md), or in a draft request (docs/draft.md).
 */
export type ProblemCode = keyof typeof problemCodes | CaseErrorCode | DraftProblem['code'];
