package org.fazhi.governance.model.grid;

import org.fazhi.governance.model.base.Bilingual;

/** 视频监控项目 / Video surveillance programme. */
public enum CameraProgramme implements Bilingual {
    /** 公共区域平安监控 / public-area safety cameras. */
    PUBLIC_AREA_SAFETY("公共区域平安监控", "public-area safety cameras"),
    /** 平安家园“爱心眼” / caring-eye home-safety cameras. */
    CARING_EYE("平安家园“爱心眼”", "caring-eye home-safety cameras"),
    /** 派出所辖区监控点位 / police-station area points. */
    POLICE_STATION_AREA("派出所辖区监控点位", "police-station area points"),
    /** 景区监控 / scenic-area cameras. */
    SCENIC_AREA("景区监控", "scenic-area cameras");

    private final String zh;
    private final String en;

    CameraProgramme(String zh, String en) {
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
