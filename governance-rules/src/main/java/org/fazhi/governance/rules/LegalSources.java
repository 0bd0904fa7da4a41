package org.fazhi.governance.rules;

import java.time.LocalDate;

/**
 * 法律文件 / The legal documents of the rule catalog ({@code RULES.md} §1), as citation factories.
 *
 * <p>Each method returns a citation of one article of one document with the catalog's confidence
 * grade. Hosts writing their own rules can cite the same documents.
 */
public enum LegalSources {
    /** 中华人民共和国行政处罚法（2021修订）. */
    XZCF("中华人民共和国行政处罚法", "Administrative Penalty Law of the PRC (2021 revision)", null, "全国人民代表大会常务委员会", "2021-07-15"),
    /** 中华人民共和国行政强制法. */
    XZQZ("中华人民共和国行政强制法", "Administrative Compulsion Law of the PRC", null, "全国人民代表大会常务委员会", "2012-01-01"),
    /** 三项制度指导意见. */
    SXZD("国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见",
            "General Office of the State Council: Guiding Opinions on the three enforcement systems", "国办发〔2018〕118号", "国务院办公厅", "2018-12-05"),
    /** 法治政府建设实施纲要（2021－2025年）. */
    GY2125("法治政府建设实施纲要（2021－2025年）", "Implementation Outline for Building a Rule-of-Law Government (2021-2025)",
            "中发〔2021〕33号", "中共中央、国务院", "2021-08-11"),
    /** 权责清单 and township list practice (纲要 §三, local implementing plans). */
    PFZR("关于实行国家机关“谁执法谁普法”普法责任制的意见", "Opinions on the 'who enforces, educates' legal-education responsibility system",
            "中办发〔2017〕31号", "中共中央办公厅、国务院办公厅", "2017-05-17"),
    /** 八五普法规划. */
    BWPF("中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021－2025年）",
            "Eighth Five-Year Plan for Legal Publicity and Education (2021-2025)", null, "中央宣传部、司法部", "2021-06-15"),
    /** 雪亮工程意见. */
    XLGC("关于加强公共安全视频监控建设联网应用工作的若干意见", "Opinions on public-security video surveillance networking (Sharp Eyes)",
            "发改高技〔2015〕996号", "国家发展改革委等9部门", "2015-05-06"),
    /** 中华人民共和国统计法（统计资料真实、准确、完整）. */
    TJF("中华人民共和国统计法", "Statistics Law of the PRC", null, "全国人民代表大会常务委员会", "2010-01-01"),
    /** 法治政府建设与责任落实督察工作规定. */
    DCGD("法治政府建设与责任落实督察工作规定", "Provisions on Inspecting Rule-of-Law Government Building and the Fulfilment of Responsibilities",
            "厅字〔2019〕28号", "中共中央办公厅、国务院办公厅", "2019-04-15"),
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
        LegalCitation.Builder b = LegalCitation.builder().document(document).documentEn(documentEn).issuingBody(issuingBody)
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
