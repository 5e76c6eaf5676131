/**
 * The disputes register (矛盾纠纷排查化解): disputes found by screening (排查) or turned from a dispute submission,
 * a referred consultation or a patrol, with their parties, risk level, mediator, mediation sessions, agreement
 * or referral, and the return visit (回访) thirty days after; the heart of 枫桥经验 and of 零上访.
 * <p>
 * {@link org.sanling.dispute.DisputeWorkflow} holds the way a dispute goes (screened → assigned → mediating →
 * resolved, or failed → referred; then follow-up → closed) and who may take each step,
 * {@link org.sanling.dispute.DisputeScope} who may see and file disputes of an area, and
 * {@link org.sanling.dispute.DisputeService} applies both with a timeline step and an audit record in the
 * transaction of every change. {@link org.sanling.dispute.DisputeWatch} and its two jobs remind mediators of
 * return visits due and escalate high-risk disputes left open to their street's leaders, each once.
 */
package org.sanling.dispute;
