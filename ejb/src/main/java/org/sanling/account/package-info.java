/**
 * People and their access: accounts with roles and a home area, password login with lockout kept in
 * the database (so it holds across nodes and restarts), bearer tokens for API clients, and
 * self-registration of volunteers. Supervisors, handlers and leaders are appointed by a leader or an
 * admin. Two-factor login is in {@link org.sanling.account.mfa}.
 */
package org.sanling.account;
