package org.fazhi.governance.rules;

import java.time.LocalDate;

/**
 * 法律文件 / The legal documents of the rule catalog ({@code RULES.md} §1), as citation factories.
 *
 * <p>Each method returns a citation of one article of one document with the catalog's confidence
 * grade. Hosts writing their own rules can cite the same documents.
 */
public enum LegalSources {
    /** 《中华人民共和国行政处罚法》 / Administrative Penalty Law of the PRC (2021 revision). */
    ADMINISTRATIVE_PENALTY_LAW("中华人民共和国行政处罚法", "Administrative Penalty Law of the PRC (2021 revision)", null,
            "全国人民代表大会常务委员会", "2021-07-15"),
    /** 《中华人民共和国行政强制法》 / Administrative Compulsion Law of the PRC. */
    ADMINISTRATIVE_COMPULSION_LAW("中华人民共和国行政强制法", "Administrative Compulsion Law of the PRC", null, "全国人民代表大会常务委员会",
            "2012-01-01"),
    /**
     * 《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）；三项制度指导意见 / General Office of the State Council:
     * Guiding Opinions on the three enforcement systems.
     */
    THREE_ENFORCEMENT_SYSTEMS_OPINIONS("国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见",
            "General Office of the State Council: Guiding Opinions on the three enforcement systems", "国办发〔2018〕118号",
            "国务院办公厅", "2018-12-05"),
    /**
     * 《法治政府建设实施纲要（2021－2025年）》（中发〔2021〕33号） / Implementation Outline for Building a Rule-of-Law Government
     * (2021-2025).
     */
    RULE_OF_LAW_GOVERNMENT_OUTLINE_2021("法治政府建设实施纲要（2021－2025年）",
            "Implementation Outline for Building a Rule-of-Law Government (2021-2025)",
            "中发〔2021〕33号", "中共中央、国务院", "2021-08-11"),
    /**
     * 《关于实行国家机关“谁执法谁普法”普法责任制的意见》（中办发〔2017〕31号）；权责清单 and township list practice (纲要 §三, local implementing plans) /
     * Opinions on the 'who enforces, educates' legal-education responsibility system.
     */
    LEGAL_EDUCATION_RESPONSIBILITY_OPINIONS("关于实行国家机关“谁执法谁普法”普法责任制的意见",
            "Opinions on the 'who enforces, educates' legal-education responsibility system",
            "中办发〔2017〕31号", "中共中央办公厅、国务院办公厅", "2017-05-17"),
    /**
     * 《中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021－2025年）》；八五普法规划 / Eighth Five-Year Plan for Legal Publicity and Education
     * (2021-2025).
     */
    EIGHTH_LEGAL_EDUCATION_PLAN("中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021－2025年）",
            "Eighth Five-Year Plan for Legal Publicity and Education (2021-2025)", null, "中央宣传部、司法部", "2021-06-15"),
    /**
     * 《关于加强公共安全视频监控建设联网应用工作的若干意见》（发改高技〔2015〕996号）；雪亮工程意见 / Opinions on public-security video surveillance networking
     * (Sharp Eyes).
     */
    VIDEO_SURVEILLANCE_OPINIONS("关于加强公共安全视频监控建设联网应用工作的若干意见",
            "Opinions on public-security video surveillance networking (Sharp Eyes)",
            "发改高技〔2015〕996号", "国家发展改革委等9部门", "2015-05-06"),
    /**
     * 《重大行政决策程序暂行条例》（国务院令第713号） / Interim Regulations on Major Administrative Decision Procedures (applied by
     * reference to townships, Art. 42).
     */
    MAJOR_DECISION_REGULATIONS("重大行政决策程序暂行条例",
            "Interim Regulations on Major Administrative Decision Procedures (applied by reference to townships, "
            + "Art. 42)",
            "国务院令第713号", "国务院", "2019-09-01"),
    /**
     * 《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号） / Notice on drafting and supervising administrative normative
     * documents.
     */
    NORMATIVE_DOCUMENT_NOTICE("国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知",
            "Notice on drafting and supervising administrative normative documents",
            "国办发〔2018〕37号", "国务院办公厅", "2018-05-16"),
    /**
     * 《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号） / Guiding Opinions on legality review of normative documents.
     */
    NORMATIVE_DOCUMENT_REVIEW_OPINIONS("国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见",
            "Guiding Opinions on legality review of normative documents",
            "国办发〔2018〕115号", "国务院办公厅", "2018-12-04"),
    /** 《市县法治政府建设示范指标体系（2021年版）》 / Demonstration indicator system for city and county rule-of-law government (2021). */
    DEMONSTRATION_INDICATORS_2021("市县法治政府建设示范指标体系（2021年版）",
            "Demonstration indicator system for city and county rule-of-law government (2021)",
            null, "中央全面依法治国委员会办公室", "2021-01-01"),
    /** 《国务院关于加强法治政府建设的意见》（国发〔2010〕33号） / State Council Opinions on strengthening rule-of-law government. */
    RULE_OF_LAW_GOVERNMENT_OPINIONS_2010("国务院关于加强法治政府建设的意见",
            "State Council Opinions on strengthening rule-of-law government", "国发〔2010〕33号", "国务院", "2010-10-10"),
    /** 《党政领导干部选拔任用工作条例》 / Regulations on selecting and appointing Party and government leaders (2019). */
    LEADER_APPOINTMENT_REGULATIONS("党政领导干部选拔任用工作条例",
            "Regulations on selecting and appointing Party and government leaders (2019)", null, "中共中央", "2019-03-03"),
    /** 《干部教育培训工作条例》 / Regulations on Cadre Education and Training (2023 revision). */
    CADRE_TRAINING_REGULATIONS("干部教育培训工作条例", "Regulations on Cadre Education and Training (2023 revision)", null,
            "中共中央", "2023-09-01"),
    /**
     * 《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》；地方各级人民代表大会和地方各级人民政府组织法（2022） / Organic Law of Local People's Congresses and
     * Governments (2022).
     */
    LOCAL_ORGANIC_LAW("中华人民共和国地方各级人民代表大会和地方各级人民政府组织法",
            "Organic Law of Local People's Congresses and Governments (2022)",
            null, "全国人民代表大会", "2022-03-12"),
    /** 《中华人民共和国政府信息公开条例》（国务院令第711号） / Regulations on Open Government Information (2019 revision). */
    OPEN_GOVERNMENT_INFORMATION_REGULATIONS("中华人民共和国政府信息公开条例",
            "Regulations on Open Government Information (2019 revision)", "国务院令第711号", "国务院", "2019-05-15"),
    /**
     * 《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》；代表法（2015文本，2023年适用） / Deputies Law of the NPC and local people's congresses
     * (2015 text).
     */
    DEPUTIES_LAW("中华人民共和国全国人民代表大会和地方各级人民代表大会代表法", "Deputies Law of the NPC and local people's congresses (2015 text)",
            null, "全国人民代表大会常务委员会", "2015-08-29"),
    /**
     * 《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》（国办发〔2020〕53号） / Guiding Opinions on optimising local government service
     * hotlines.
     */
    HOTLINE_OPINIONS("国务院办公厅关于进一步优化地方政务服务便民热线的指导意见", "Guiding Opinions on optimising local government service hotlines",
            "国办发〔2020〕53号", "国务院办公厅", "2020-12-28"),
    /** 《乡村“法律明白人”培养工作规范（试行）》 / Work standard for training rural legally literate villagers (trial). */
    LEGALLY_LITERATE_VILLAGERS_STANDARD("乡村“法律明白人”培养工作规范（试行）",
            "Work standard for training rural legally literate villagers (trial)", null,
            "中宣部、司法部、民政部、农业农村部、国家乡村振兴局、全国普法办", "2021-11-08"),
    /** 《关于推行法律顾问制度和公职律师公司律师制度的意见》 / Opinions on legal advisers and public-sector lawyers. */
    LEGAL_ADVISER_OPINIONS("关于推行法律顾问制度和公职律师公司律师制度的意见", "Opinions on legal advisers and public-sector lawyers", null,
            "中共中央办公厅、国务院办公厅", "2016-06-16"),
    /** 《中华人民共和国村民委员会组织法》 / Organic Law of Villagers' Committees. */
    VILLAGERS_COMMITTEE_LAW("中华人民共和国村民委员会组织法", "Organic Law of Villagers' Committees", null, "全国人民代表大会常务委员会",
            "2018-12-29"),
    /** 《中华人民共和国人民调解法》 / People's Mediation Law. */
    PEOPLES_MEDIATION_LAW("中华人民共和国人民调解法", "People's Mediation Law", null, "全国人民代表大会常务委员会", "2011-01-01"),
    /** 《信访工作条例》 / Regulations on Petition Work. */
    PETITION_REGULATIONS("信访工作条例", "Regulations on Petition Work", null, "中共中央、国务院", "2022-05-01"),
    /**
     * 《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号） / Guiding Opinions on the notification-and-commitment
     * system.
     */
    NOTIFICATION_COMMITMENT_OPINIONS("国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见",
            "Guiding Opinions on the notification-and-commitment system",
            "国办发〔2020〕42号", "国务院办公厅", "2020-11-10"),
    /** 《中华人民共和国行政诉讼法》 / Administrative Litigation Law. */
    ADMINISTRATIVE_LITIGATION_LAW("中华人民共和国行政诉讼法", "Administrative Litigation Law", null, "全国人民代表大会常务委员会", "2017-07-01"),
    /** 《中华人民共和国统计法》 / Statistics Law of the PRC. */
    STATISTICS_LAW("中华人民共和国统计法", "Statistics Law of the PRC", null, "全国人民代表大会常务委员会", "2010-01-01"),
    /**
     * 《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号） / Provisions on Inspecting Rule-of-Law Government Building and the Fulfilment
     * of Responsibilities.
     */
    RULE_OF_LAW_INSPECTION_PROVISIONS("法治政府建设与责任落实督察工作规定",
            "Provisions on Inspecting Rule-of-Law Government Building and the Fulfilment of Responsibilities",
            "厅字〔2019〕28号", "中共中央办公厅、国务院办公厅", "2019-04-15"),
    /** 《全国民主法治示范村（社区）建设指导标准》 / Guiding standard for national democracy-and-rule-of-law model villages (communities). */
    MODEL_VILLAGE_STANDARD("全国民主法治示范村（社区）建设指导标准",
            "Guiding standard for national democracy-and-rule-of-law model villages (communities)", null, "司法部、民政部",
            null),
    /** Local practice without a verified national source (grids, patrols, 评理室, 综治中心). */
    LOCAL("地方实践（未找到全国性规定）", "Local practice (no national rule found)", null, "地方", null);

    private final String document;
    private final String documentEn;
    private final String number;
    private final String issuingBody;
    private final String effectiveFrom;

    LegalSources(String document, String documentEn, String number, String issuingBody, String effectiveFrom) {
        this.document = document;
        this.documentEn = documentEn;
        this.number = number;
        this.issuingBody = issuingBody;
        this.effectiveFrom = effectiveFrom;
    }

    /**
     * A citation of an article of this document.
     *
     * @param articleZh the article in Chinese, e.g. 第四十二条第一款
     * @param articleEn the article in English, e.g. Art. 42 ¶1
     * @param confidence the catalog's confidence grade
     * @return the citation
     */
    public LegalCitation cite(String articleZh, String articleEn, Confidence confidence) {
        LegalCitation.Builder b = LegalCitation.builder().document(document).documentEn(documentEn)
                .issuingBody(issuingBody)
                .confidence(confidence).article(articleZh).articleEn(articleEn);
        if (number != null) {
            b.number(number);
        }
        if (effectiveFrom != null) {
            b.effectiveFrom(LocalDate.parse(effectiveFrom));
        }
        return b.build();
    }
}
