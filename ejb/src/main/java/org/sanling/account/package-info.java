/**
 * People and their access: accounts with roles and a home area, password login (guessing is throttled in
 * the web layer), bearer tokens for API clients, self-registration of volunteers, disabling an
 * account, one-time password reset codes, and a security stamp that ends sessions and tokens when the
 * password changes or the account is disabled. Supervisors, handlers and leaders are appointed by a leader or an
 * admin. Two-factor login is in {@link org.sanling.account.mfa}.
 */
package org.sanling.account;
