package org.fazhi.governance.rules;

import org.fazhi.governance.model.Bilingual;

/**
 * 行为状态 / How late an act with a deadline was, or that it is still not done: the {@code {state}} of a
 * timeliness rule's failure message.
 *
 * <p>Filled into the Chinese template in Chinese and into the English one in English; the evidence records the
 * constant's name. Placeholders in a wording are filled from the finding's other evidence values.
 */
enum ActState implements Bilingual {
    /** was filed only on {filed} */
    FILED_LATE("{filed} 才报送备案",
            "was filed only on {filed}"),
    /** is still unfiled on {asOf} */
    STILL_UNFILED("至 {asOf} 仍未报送备案",
            "is still unfiled on {asOf}"),
    /** decided on {decidedOn} */
    DECIDED_LATE("{decidedOn} 才作出决定",
            "decided on {decidedOn}"),
    /** is still undecided on {asOf} */
    STILL_UNDECIDED("至 {asOf} 仍未作出决定",
            "is still undecided on {asOf}"),
    /** was served on {servedOn} */
    SERVED_LATE("{servedOn} 才送达",
            "was served on {servedOn}"),
    /** is still unserved on {asOf} */
    STILL_UNSERVED("至 {asOf} 仍未送达",
            "is still unserved on {asOf}"),
    /** was signed only on {signedOn}, too late to be published in time */
    SIGNED_TOO_LATE("于 {signedOn} 才签发，不可能按期公开",
            "was signed only on {signedOn}, too late to be published in time"),
    /** was published on {publishedOn} */
    REPORT_PUBLISHED_LATE("于 {publishedOn} 才公开",
            "was published on {publishedOn}"),
    /** has no publication on record by {asOf} */
    NO_PUBLICATION_RECORD("至 {asOf} 没有公开记录",
            "has no publication on record by {asOf}"),
    /** reached the next level only on {reportedUpwardOn} */
    REPORTED_UPWARD_LATE("于 {reportedUpwardOn} 才报送上级",
            "reached the next level only on {reportedUpwardOn}"),
    /** has no record of being reported upward */
    NOT_REPORTED_UPWARD("没有报送上级的记录",
            "has no record of being reported upward"),
    /** was answered or published on {completedOn} */
    ANSWERED_OR_PUBLISHED_LATE("{completedOn} 才公开或答复",
            "was answered or published on {completedOn}"),
    /** is still unanswered on {asOf} */
    STILL_NOT_ANSWERED_OR_PUBLISHED("至 {asOf} 仍未公开或答复",
            "is still unanswered on {asOf}"),
    /** was answered on {repliedOn} */
    ANSWERED_LATE("{repliedOn} 才答复",
            "was answered on {repliedOn}"),
    /** is still unanswered on {asOf} */
    STILL_UNANSWERED("至 {asOf} 仍未答复",
            "is still unanswered on {asOf}"),
    /** closed on {closedOn} */
    CLOSED_LATE("于 {closedOn} 才办结",
            "closed on {closedOn}"),
    /** is still open on {asOf} */
    STILL_OPEN("至 {asOf} 仍未办结",
            "is still open on {asOf}"),
    /** was published on {published} */
    DECISION_PUBLISHED_LATE("{published} 才公开",
            "was published on {published}"),
    /** is still unpublished on {asOf} */
    STILL_UNPUBLISHED("至 {asOf} 仍未公开",
            "is still unpublished on {asOf}");

    private final String zh;
    private final String en;

    ActState(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
