/**
 * Who is calling: one Jakarta Security authentication mechanism for people (form login kept in the
 * HTTP session) and API clients (bearer tokens), the identity store over the portal's accounts, CSRF
 * protection of REST writes made with a login session, and security headers on every response.
 */
package org.sanling.web.security;
