package org.fazhi.governance.rules;

/**
 * 行为状态 / How late an act with a deadline was, or that it is still not done: the {@code {state}} of a
 * timeliness rule's failure message.
 *
 * <p>Filled into the Chinese template in Chinese and into the English one in English; the evidence records the
 * constant's name. Placeholders in a wording are filled from the finding's other evidence values.
 */
enum ActState implements Labelled {
    /** was filed only on {filed} */
    FILED_LATE,
    /** is still unfiled on {asOf} */
    STILL_UNFILED,
    /** decided on {decidedOn} */
    DECIDED_LATE,
    /** is still undecided on {asOf} */
    STILL_UNDECIDED,
    /** was served on {servedOn} */
    SERVED_LATE,
    /** is still unserved on {asOf} */
    STILL_UNSERVED,
    /** was signed only on {signedOn}, too late to be published in time */
    SIGNED_TOO_LATE,
    /** was published on {publishedOn} */
    REPORT_PUBLISHED_LATE,
    /** has no publication on record by {asOf} */
    NO_PUBLICATION_RECORD,
    /** reached the next level only on {reportedUpwardOn} */
    REPORTED_UPWARD_LATE,
    /** has no record of being reported upward */
    NOT_REPORTED_UPWARD,
    /** was answered or published on {completedOn} */
    ANSWERED_OR_PUBLISHED_LATE,
    /** is still unanswered on {asOf} */
    STILL_NOT_ANSWERED_OR_PUBLISHED,
    /** was answered on {repliedOn} */
    ANSWERED_LATE,
    /** is still unanswered on {asOf} */
    STILL_UNANSWERED,
    /** closed on {closedOn} */
    CLOSED_LATE,
    /** is still open on {asOf} */
    STILL_OPEN,
    /** was published on {published} */
    DECISION_PUBLISHED_LATE,
    /** is still unpublished on {asOf} */
    STILL_UNPUBLISHED;
}
