/**
 * Supervisor submissions (社情民意 / 诉求): feedback, complaints, hazards, disputes and opinions filed by
 * supervisors (and by handlers or volunteers on a citizen's behalf), and their way through the
 * workflow: submitted → accepted or rejected → dispatched to a grid's handler → in progress → resolved
 * → closed by the submitter's confirmation, or reopened.
 * <p>
 * {@link org.sanling.supervision.SubmissionWorkflow} holds the rules of that way (which action, from which
 * state, by whom), {@link org.sanling.supervision.DeadlinePolicy} the deadlines, and
 * {@link org.sanling.supervision.SubmissionService} applies them with scope checks, a timeline entry, an
 * audit record and a search-outbox row in the same transaction as every change.
 */
package org.sanling.supervision;
