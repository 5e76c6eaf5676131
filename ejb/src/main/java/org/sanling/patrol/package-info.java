/**
 * Grid patrols (网格巡查 · 事在格中办): a handler walks their grid ({@link org.sanling.patrol.Patrol}, with when it
 * started and ended) and logs the events met on the way ({@link org.sanling.patrol.PatrolEvent}). Each event is a
 * submission filed through {@link org.sanling.supervision.SubmissionService}: handled on the spot it is resolved at
 * once (现场处置 on its timeline, counted as 处置事件), otherwise it waits in the grid's queue like any other.
 * <p>
 * {@link org.sanling.patrol.PatrolService} holds who may record and read patrols: handlers record in their own
 * grid, those who govern an area read the patrols inside it. Recording is idempotent by the client's UUID, as the
 * phone page sends its patrols through the offline outbox.
 */
package org.sanling.patrol;
