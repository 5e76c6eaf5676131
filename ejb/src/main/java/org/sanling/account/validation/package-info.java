/**
 * Constraints on account fields, composed once and used by every record that carries such a field, so
 * registration, appointment and profile changes enforce the same rules with the same messages.
 */
package org.sanling.account.validation;
