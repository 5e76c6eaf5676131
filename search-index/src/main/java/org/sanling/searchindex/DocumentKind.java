package org.sanling.searchindex;

/** What a searchable document stands for in the portal. */
public enum DocumentKind {
    /** A citizen's submission (complaint, request, suggestion) handled by the portal. */
    SUBMISSION,
    /** A legal-aid consultation recorded at an event. */
    CONSULTATION,
    /** A legal-aid event (street sweep, info booth, consultation day). */
    EVENT,
    /** A dispute in the disputes register (矛盾纠纷), screened, mediated and resolved or referred. */
    DISPUTE
}
