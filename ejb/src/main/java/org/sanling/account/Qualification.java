package org.sanling.account;

/** A professional qualification an admin records on an account; some places need one. */
public enum Qualification {
    /** 律师 */
    LAWYER,
    /** 调解员 */
    MEDIATOR
}
