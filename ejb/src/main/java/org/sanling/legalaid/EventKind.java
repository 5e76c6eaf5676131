package org.sanling.legalaid;

/** The kinds of legal-aid event. */
public enum EventKind {
    /** 法律服务扫街: staff go door to door through the area. */
    STREET_SWEEP,
    /** 普法宣传摆摊: a stand with information and advice. */
    INFO_BOOTH,
    /** 法律咨询日: a day of consultations at a fixed place. */
    CONSULTATION_DAY
}
