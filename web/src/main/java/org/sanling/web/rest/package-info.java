/**
 * The REST API under {@code /api/v1} (docs/api.md; every operation in the OpenAPI document served at
 * {@code /openapi}): the application, the mapping of every failure to an {@code application/problem+json}
 * document in the caller's language, and CSRF protection of browser writes. Resources live in their feature's package.
 */
package org.sanling.web.rest;
