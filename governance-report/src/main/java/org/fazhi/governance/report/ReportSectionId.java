package org.fazhi.governance.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 报告章节编号 / The sections of 主要工作完成情况 in report order, each with the stable id that the JSON report
 * and the HTML anchors use (e.g. {@code services-and-hotline}).
 */
public enum ReportSectionId {
    /** 基本情况 / Profile. */
    PROFILE("profile"),
    /** （一）坚持五大基本原则 / The five guiding principles. */
    PRINCIPLES("principles"),
    /** （二）明确工作责任落实 / Responsibilities and coordination. */
    RESPONSIBILITY("responsibility"),
    /** （三）扎实开展“放管服”工作 / Streamlined services and the hotline. */
    SERVICES_AND_HOTLINE("services-and-hotline"),
    /** （四）推进重大问题依法决策，严格依法行政文明执法 / Lawful decisions and enforcement. */
    DECISIONS_AND_ENFORCEMENT("decisions-and-enforcement"),
    /** （五）积极推动政务公开工作 / Government openness. */
    OPENNESS("openness"),
    /** （六）推进法治文化建设 / Legal culture and publicity. */
    LEGAL_CULTURE("legal-culture"),
    /** （七）强化应急管理能力 / Emergency management and public safety. */
    SAFETY("safety"),
    /** （八）践行“枫桥经验” / The Fengqiao approach to disputes. */
    DISPUTES("disputes");

    private final String id;

    ReportSectionId(String id) {
        this.id = id;
    }

    /** The stable id, as the JSON report writes it. */
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The section with a stable id.
     *
     * @param id e.g. {@code services-and-hotline}
     * @return the section
     * @throws IllegalArgumentException if no section has that id
     */
    @JsonCreator
    public static ReportSectionId of(String id) {
        for (ReportSectionId s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no report section '" + id + "' / 没有报告章节“" + id + "”");
    }
}
