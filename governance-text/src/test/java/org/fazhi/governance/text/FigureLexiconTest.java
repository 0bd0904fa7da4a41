package org.fazhi.governance.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.figure.FigureCatalog;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.model.figure.FigureSection;
import org.fazhi.governance.model.figure.FigureUnit;
import org.junit.jupiter.api.Test;

class FigureLexiconTest {
    @Test
    void standard_namesOnlyConceptsOfTheStandardCatalog() {
        FigureLexicon lexicon = FigureLexicon.standard();
        assertThat(lexicon.entries()).hasSizeGreaterThan(150);
        assertThat(lexicon.requireKnown(FigureCatalog.standard())).isSameAs(lexicon);
        assertThat(lexicon.entries()).allSatisfy(e -> assertThat(FigureCatalog.standard().find(e.concept())).isPresent());
    }

    @Test
    void extend_hostConceptAndPhrase_classifiesTheHostsFigure() {
        FigureConcept drones = FigureConcept.builder().id("zhejiang.droneFlights").zh("无人机巡查架次").en("drone patrol flights")
                .unit(FigureUnit.COUNT).section(FigureSection.SAFETY).counts("无人机巡查架次", "drone patrol flights")
                .source("省平台指标", "provincial platform indicator").build();
        FigureCatalog catalog = FigureCatalog.standard().extend(List.of(drones));
        FigureExtractor host = FigureExtractor.of(catalog, FigureLexicon.standard().extend(List.of(FigureLexicon.Entry.of("zhejiang.droneFlights", "无人机巡查"))));
        ReportText text = ReportText.plain("x.txt", ReportFormat.TEXT, "全年开展无人机巡查120次。");
        assertThat(host.extract(text).figures()).singleElement().satisfies(f -> assertThat(f.key()).isEqualTo("zhejiang.droneFlights"));
        assertThat(FigureExtractor.standard().extract(text).figures()).singleElement().satisfies(f -> assertThat(f.classified()).isFalse());
    }

    @Test
    void inContext_phraseCountsOnlyWhereTheSentenceSaysSo() {
        FigureExtractor x = FigureExtractor.of(FigureCatalog.standard(),
                FigureLexicon.of(List.of(FigureLexicon.Entry.of("hotline.satisfactionRate", "满意率").inContext("热线"))));
        assertThat(x.extract(ReportText.plain("a.txt", ReportFormat.TEXT, "热线工单满意率98%。")).classified()).hasSize(1);
        assertThat(x.extract(ReportText.plain("b.txt", ReportFormat.TEXT, "群众满意率98%。")).classified()).isEmpty();
    }

    @Test
    void of_unknownConcept_isRejectedWithSuggestions() {
        FigureLexicon bad = FigureLexicon.of(List.of(FigureLexicon.Entry.of("hotline.ticketHandled", "工单")));
        assertThatThrownBy(() -> FigureExtractor.of(FigureCatalog.standard(), bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hotline.ticketsHandled").hasMessageContaining("未登记的数字键");
    }

    @Test
    void readEntries_badDocument_namesEveryProblemByJsonPath() {
        String json = "{\"entries\": [{\"concept\": \"a.b\", \"phrases\": [\"x\"], \"colour\": 1},"
                + " {\"concept\": \"c.d\"}, {\"concept\": \"e.f\", \"pattern\": \"(\", \"value\": 1}, 7]}";
        assertThatThrownBy(() -> FigureLexicon.readEntries(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.violations()).extracting(v -> v.path())
                        .containsExactly("/entries/0/colour", "/entries/1", "/entries/2/pattern", "/entries/2", "/entries/3"));
        assertThatThrownBy(() -> FigureLexicon.readEntries(new ByteArrayInputStream("[".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidRecordException.class);
    }

    @Test
    void legalityReviewCategories_areClassified_soTheirSumIsAuditedAgainstTheTotal() {
        // A new user's trial: "规范性文件9件" after "合法性审查22件，其中" stayed unclassified, so 15 + 9 > 22 went unseen.
        ReportText text = ReportText.plain("r.txt", ReportFormat.TEXT, "2024年示例街道全年开展合法性审查22件，其中合同15件、规范性文件9件。");
        TextExtraction x = FigureExtractor.standard().extract(text);
        assertThat(x.classified()).extracting(f -> f.key()).contains("legalityReview.total", "legalityReview.contracts",
                "legalityReview.normativeDocuments");
        TextAuditResult audit = TextAudit.run(x, "示例街道", 2024, java.time.LocalDate.of(2024, 12, 31));
        assertThat(audit.failures()).extracting(f -> f.finding().ruleId()).containsExactly("FIG-PART-TOTAL");
    }
}
