package org.fazhi.governance.rules;

/**
 * 问题 / What is wrong with a subject, as the {@code {problem}} of a rule's failure message.
 *
 * <p>Filled into the Chinese template in Chinese and into the English one in English; the evidence records the
 * constant's name. Placeholders in a wording are filled from the finding's other evidence values.
 */
enum Problem implements Labelled {
    /** holds no valid certificate on {asOf} */
    HOLDS_NO_VALID_CERTIFICATE,
    /** has a certificate expiring on {validUntil} (within {warn} days) */
    CERTIFICATE_EXPIRING_SOON,
    /** yet mediation goes on */
    MEDIATION_GOES_ON,
    /** got no written acceptance notice within {notice} days (by {noticeBy}) */
    NO_ACCEPTANCE_NOTICE_IN_TIME,
    /** was extended by {extensionDays} days, more than {maxExt} */
    EXTENDED_TOO_LONG,
    /** was not concluded by {concludeBy} */
    NOT_CONCLUDED,
    /** does not state the liability for a false commitment */
    LIABILITY_NOT_STATED,
    /** accepted {commitmentsAccepted} commitments and verified none */
    COMMITMENTS_NOT_VERIFIED,
    /** was discussed without a legality review */
    DISCUSSED_WITHOUT_LEGALITY_REVIEW,
    /** was discussed although the legality review did not find it lawful */
    DISCUSSED_ALTHOUGH_FOUND_UNLAWFUL,
    /** was not decided collectively at a meeting */
    NOT_DECIDED_COLLECTIVELY_AT_MEETING,
    /** was discussed without the head speaking last (or it was not recorded) */
    HEAD_DID_NOT_SPEAK_LAST,
    /** sets no validity period */
    SETS_NO_VALIDITY_PERIOD,
    /** is valid until {validUntil}, more than {years} years */
    VALID_TOO_LONG,
    /** was decided by circulating papers instead of a meeting */
    DECIDED_BY_CIRCULATION,
    /** was decided without the principal leader speaking last */
    LEADER_DID_NOT_SPEAK_LAST,
    /** {presentMembers} of {expectedMembers} members present, fewer than two thirds ({needPresent}) */
    FEWER_THAN_TWO_THIRDS_PRESENT,
    /** {votesInFavour} in favour is not more than half of the {expectedMembers} members */
    NO_MAJORITY_IN_FAVOUR,
    /** was not published when the case was decided */
    NOT_PUBLISHED_WHEN_DECIDED,
    /** has no collective discussion on record */
    NO_COLLECTIVE_DISCUSSION_RECORD,
    /** was decided without legal review */
    DECIDED_WITHOUT_LEGAL_REVIEW,
    /** was decided although the review did not pass */
    DECIDED_ALTHOUGH_REVIEW_FAILED,
    /**
     * the numerator '{numeratorQuote}' over the base '{baseQuote}' gives {numerator}/{count} = {actual}, not
     * {percent}% at the precision written
     */
    PERCENT_DISAGREES_WITH_NUMERATOR,
    /** was not reported to the presidium */
    NOT_REPORTED_TO_PRESIDIUM,
    /** was not made public */
    NOT_MADE_PUBLIC,
    /** was not published */
    NOT_PUBLISHED,
    /** was discussed ({heldOn}) only after the decision */
    DISCUSSED_ONLY_AFTER_DECISION,
    /** was reviewed ({reviewedOn}) after the decision ({decidedOn}) */
    REVIEWED_AFTER_DECISION,
    /** finished its legality review ({reviewedOn}) no earlier than the discussion ({discussed}) */
    REVIEW_NOT_FINISHED_BEFORE_DISCUSSION;
}
