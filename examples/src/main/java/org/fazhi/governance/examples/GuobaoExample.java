package org.fazhi.governance.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.fazhi.governance.model.DeclaredFigure;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.InvalidRecordException;
import org.fazhi.governance.model.RuleOfLawRecord;

/**
 * 国宝乡 2023 年示例 / The Guobao 2023 example: loads the township's record, validates it and prints
 * it as JSON with a summary.
 */
public final class GuobaoExample {
    /** Classpath location of the Guobao 2023 record. */
    public static final String RESOURCE = "/guobao-2023.json";

    private GuobaoExample() {}

    /**
     * Loads and validates the bundled Guobao 2023 record.
     *
     * @return the record
     * @throws InvalidRecordException if the bundled file is not a valid record
     */
    public static RuleOfLawRecord load() {
        try (InputStream in = GuobaoExample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return GovernanceJson.readRecord(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        RuleOfLawRecord record = load();
        System.out.println(GovernanceJson.write(record));
        System.out.println();
        System.out.printf("%s %d 年法治政府建设记录 / rule-of-law record: valid%n", record.unit().name(), record.year());
        System.out.printf("  村（社区） villages: %d, 片区 areas: %d, 声明数字 declared figures: %d%n",
                record.unit().grassrootsUnits().size(), record.unit().areas().size(), record.declaredFigures().size());
        for (DeclaredFigure f : record.declaredFigures()) {
            System.out.printf("  %-40s %8s %-8s %s%n", f.key(), f.value().toPlainString() + (f.approximate() ? "+" : ""),
                    f.unit().zh(), f.quote());
        }
    }
}
