package org.fazhi.governance.cli;

import java.util.concurrent.Callable;
import org.fazhi.governance.report.RecordSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code fazhi schema}: the JSON Schema of a record. */
@Command(mixinStandardHelpOptions = true, name = "schema", description = {"输出记录的 JSON Schema。", "Prints the JSON Schema (draft 2020-12) of a record."})
class SchemaCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // exactly the text of docs/record.schema.json, which ends without a newline
        spec.commandLine().getOut().print(RecordSchema.generate());
        spec.commandLine().getOut().flush();
        return Fazhi.OK;
    }
}
