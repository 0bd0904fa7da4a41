package org.fazhi.governance.indicators;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** docs/indicators.md is generated from the indicator catalog and must match it. */
class IndicatorCatalogDocumentTest {
    @Test
    void docs_indicators_md_matches_the_catalog() throws IOException {
        org.fazhi.governance.rules.DocsSync.assertInSync("indicators.md", IndicatorCatalogDocument.markdown());
    }
}
