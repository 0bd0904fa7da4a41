package org.fazhi.governance.rules;

import org.fazhi.governance.model.Bilingual;

/**
 * 问题 / What is wrong with a subject, as the {@code {problem}} of a rule's failure message.
 *
 * <p>Filled into the Chinese template in Chinese and into the English one in English; the evidence records the
 * constant's name. Placeholders in a wording are filled from the finding's other evidence values.
 */
enum Problem implements Bilingual {
    /** holds no valid certificate on {asOf} */
    HOLDS_NO_VALID_CERTIFICATE("在 {asOf} 没有有效的执法证件",
            "holds no valid certificate on {asOf}"),
    /** has a certificate expiring on {validUntil} (within {warn} days) */
    CERTIFICATE_EXPIRING_SOON("的执法证件将于 {validUntil} 到期（{warn} 日内）",
            "has a certificate expiring on {validUntil} (within {warn} days)"),
    /** yet mediation goes on */
    MEDIATION_GOES_ON("仍在调解",
            "yet mediation goes on"),
    /** got no written acceptance notice within {notice} days (by {noticeBy}) */
    NO_ACCEPTANCE_NOTICE_IN_TIME("未在收到后 {notice} 日内（{noticeBy} 前）书面告知是否受理",
            "got no written acceptance notice within {notice} days (by {noticeBy})"),
    /** was extended by {extensionDays} days, more than {maxExt} */
    EXTENDED_TOO_LONG("延长 {extensionDays} 日，超过 {maxExt} 日",
            "was extended by {extensionDays} days, more than {maxExt}"),
    /** was not concluded by {concludeBy} */
    NOT_CONCLUDED("未在期限（{concludeBy}）内办结",
            "was not concluded by {concludeBy}"),
    /** does not state the liability for a false commitment */
    LIABILITY_NOT_STATED("未书面告知虚假承诺的法律责任",
            "does not state the liability for a false commitment"),
    /** accepted {commitmentsAccepted} commitments and verified none */
    COMMITMENTS_NOT_VERIFIED("接受承诺 {commitmentsAccepted} 件，未开展事中事后核查",
            "accepted {commitmentsAccepted} commitments and verified none"),
    /** was discussed without a legality review */
    DISCUSSED_WITHOUT_LEGALITY_REVIEW("未经合法性审查即提交集体讨论",
            "was discussed without a legality review"),
    /** was discussed although the legality review did not find it lawful */
    DISCUSSED_ALTHOUGH_FOUND_UNLAWFUL("的合法性审查未认定合法却提交讨论",
            "was discussed although the legality review did not find it lawful"),
    /** was not decided collectively at a meeting */
    NOT_DECIDED_COLLECTIVELY_AT_MEETING("没有经决策机关会议集体讨论决定",
            "was not decided collectively at a meeting"),
    /** was discussed without the head speaking last (or it was not recorded) */
    HEAD_DID_NOT_SPEAK_LAST("的集体讨论中行政首长未最后发表意见（或未记录）",
            "was discussed without the head speaking last (or it was not recorded)"),
    /** sets no validity period */
    SETS_NO_VALIDITY_PERIOD("没有规定有效期",
            "sets no validity period"),
    /** is valid until {validUntil}, more than {years} years */
    VALID_TOO_LONG("的有效期（至 {validUntil}）超过 {years} 年",
            "is valid until {validUntil}, more than {years} years"),
    /** was decided by circulating papers instead of a meeting */
    DECIDED_BY_CIRCULATION("以传阅会签代替会议决定",
            "was decided by circulating papers instead of a meeting"),
    /** was decided without the principal leader speaking last */
    LEADER_DID_NOT_SPEAK_LAST("主要负责人未末位表态",
            "was decided without the principal leader speaking last"),
    /** {presentMembers} of {expectedMembers} members present, fewer than two thirds ({needPresent}) */
    FEWER_THAN_TWO_THIRDS_PRESENT("应到 {expectedMembers} 人，实到 {presentMembers} 人，不足三分之二（{needPresent} 人）",
            "{presentMembers} of {expectedMembers} members present, fewer than two thirds ({needPresent})"),
    /** {votesInFavour} in favour is not more than half of the {expectedMembers} members */
    NO_MAJORITY_IN_FAVOUR("同意 {votesInFavour} 人，未超过应到会成员 {expectedMembers} 人的半数",
            "{votesInFavour} in favour is not more than half of the {expectedMembers} members"),
    /** was not published when the case was decided */
    NOT_PUBLISHED_WHEN_DECIDED("在执法时尚未公布",
            "was not published when the case was decided"),
    /** has no collective discussion on record */
    NO_COLLECTIVE_DISCUSSION_RECORD("没有负责人集体讨论记录",
            "has no collective discussion on record"),
    /** was decided without legal review */
    DECIDED_WITHOUT_LEGAL_REVIEW("未经法制审核即作出决定",
            "was decided without legal review"),
    /** was decided although the review did not pass */
    DECIDED_ALTHOUGH_REVIEW_FAILED("法制审核未通过仍作出决定",
            "was decided although the review did not pass"),
    /** the numerator '{numeratorQuote}' over the base '{baseQuote}' gives {numerator}/{count} = {actual}, not {percent}% at the precision written */
    PERCENT_DISAGREES_WITH_NUMERATOR("分子“{numeratorQuote}”与分母“{baseQuote}”得 {numerator}/{count} = {actual}，按原文精度不等于 {percent}%",
            "the numerator '{numeratorQuote}' over the base '{baseQuote}' gives {numerator}/{count} = {actual}, not {percent}% at the precision written"),
    /** was not reported to the presidium */
    NOT_REPORTED_TO_PRESIDIUM("未向人大主席团报告",
            "was not reported to the presidium"),
    /** was not made public */
    NOT_MADE_PUBLIC("未向社会公开",
            "was not made public"),
    /** was not published */
    NOT_PUBLISHED("未向社会公开",
            "was not published");

    private final String zh;
    private final String en;

    Problem(String zh, String en) {
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
