package org.fazhi.governance.model.legal;

import org.fazhi.governance.model.base.Bilingual;

/** 法律服务与治理场所类别 / Kind of legal-service or governance venue. */
public enum VenueKind implements Bilingual {
    /** 公共法律服务工作站 / public legal service station. */
    PUBLIC_LEGAL_SERVICE_STATION("公共法律服务工作站", "public legal service station"),
    /** 巡回法庭 / circuit court. */
    CIRCUIT_COURT("巡回法庭", "circuit court"),
    /** 调解室 / mediation room. */
    MEDIATION_ROOM("调解室", "mediation room"),
    /** 邻里议事厅 / neighbourhood council hall. */
    NEIGHBOURHOOD_COUNCIL_HALL("邻里议事厅", "neighbourhood council hall"),
    /** 矛盾纠纷多元化解中心 / dispute resolution centre. */
    DISPUTE_RESOLUTION_CENTRE("矛盾纠纷多元化解中心", "dispute resolution centre"),
    /** 便民服务中心 / convenience service centre. */
    CONVENIENCE_SERVICE_CENTRE("便民服务中心", "convenience service centre"),
    /** 应急管理办公室 / emergency management office. */
    EMERGENCY_MANAGEMENT_OFFICE("应急管理办公室", "emergency management office"),
    /** 依法治乡（镇）办 / rule-of-law office. */
    RULE_OF_LAW_OFFICE("依法治乡（镇）办", "rule-of-law office");

    private final String zh;
    private final String en;

    VenueKind(String zh, String en) {
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
