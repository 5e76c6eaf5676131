/**
 * The audit trail: who changed what, and when. Every service that changes a submission, a sign-up, an
 * account or an area records it here, in the same transaction as the change.
 */
package org.sanling.audit;
