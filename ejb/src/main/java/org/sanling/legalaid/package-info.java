/**
 * Legal-aid street events (法律服务扫街, 普法宣传摆摊, 法律咨询日): leaders schedule events whose staff
 * (lawyers, mediators, volunteers) sign up through a volunteer campaign of the event's own, so capacity,
 * overlap and service hours follow the volunteer rules; staff log consultations fast, idempotently by
 * client UUID; a referral becomes a dispute submission (矛盾纠纷) in the supervision workflow.
 */
package org.sanling.legalaid;
