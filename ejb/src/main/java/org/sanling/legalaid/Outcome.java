package org.sanling.legalaid;

/** How a consultation ended. */
public enum Outcome {
    /** 当场解答 */
    ANSWERED,
    /** 转办: became a dispute submission */
    REFERRED
}
