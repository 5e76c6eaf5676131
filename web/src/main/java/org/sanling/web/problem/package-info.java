/**
 * Problem documents ({@code application/problem+json}, RFC 9457) with texts in the caller's language: written by
 * the REST API's exception mappers and by the security filters that answer before any resource runs, so it sits
 * below both ({@code rest} maps security's failures; {@code security} writes problems without knowing {@code rest}).
 */
package org.sanling.web.problem;
