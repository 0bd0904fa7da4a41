package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Violation;
import org.fazhi.governance.model.base.InvalidRecordException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 错误输入目录 / The catalogue of bad input: each kind gets one exception type, {@link InvalidRecordException},
 * whose first violation has the exact JSON path, code, and Chinese and English message.
 */
class BadInputCatalogueTest {
    private static final String UNIT = "\"unit\":{\"name\":\"国宝乡\",\"level\":\"TOWNSHIP\",\"grassrootsUnits\":[{\"id\":\"v1\",\"name\":\"佛岭村\",\"kind\":\"VILLAGE\"}]}";

    private static String rec(String more) {
        return "{" + UNIT + ",\"year\":2023" + (more.isEmpty() ? "" : "," + more) + "}";
    }

    private static final String PERSON = "\"people\":[{\"id\":\"p1\",\"name\":\"王五\"}]";
    private static final String POWER = "\"powerList\":[{\"id\":\"pw1\",\"name\":\"处罚\",\"category\":\"PENALTY\",\"responsibleBody\":\"执法队\"}]";
    private static final String OFFICER = "\"enforcementOfficers\":[{\"id\":\"o1\",\"personId\":\"p1\"}]";

    static Stream<Arguments> catalogue() {
        return Stream.of(
                Arguments.of("01 malformed JSON", "{\"unit\": }", "/unit", "json.malformed", "JSON 格式错误（第 1 行，第 10 列）", "Malformed JSON (line 1, column 10)"),
                Arguments.of("02 empty file", "", "", "json.empty", "输入为空，不是 JSON 文档", "Input is empty, not a JSON document"),
                Arguments.of("03 whitespace only", "  \n\t ", "", "json.empty", "输入为空，不是 JSON 文档", "Input is empty, not a JSON document"),
                Arguments.of("04 trailing content", rec("") + " {}", "", "json.trailing", "文档结束后还有多余内容", "Extra content after the end of the document"),
                Arguments.of("05 duplicate key", "{\"year\":2023,\"year\":2024," + UNIT + "}", "/year", "json.duplicateKey",
                        "JSON 中的键“year”重复（第 1 行，第 20 列）", "Duplicate key 'year' in the JSON (line 1, column 20)"),
                Arguments.of("06 text for a whole number", rec("").replace("\"year\":2023", "\"year\":\"2023\""), "/year", "json.wrongType",
                        "类型错误：此处应为整数", "Wrong type: expected a whole number here"),
                Arguments.of("07 number for text", rec("").replace("\"name\":\"国宝乡\"", "\"name\":123"), "/unit/name", "json.wrongType",
                        "类型错误：此处应为文本", "Wrong type: expected text here"),
                Arguments.of("08 object for a list", rec("\"grids\":{}"), "/grids", "json.wrongType", "类型错误：此处应为列表", "Wrong type: expected a list here"),
                Arguments.of("09 fraction for a whole number", rec("").replace("\"year\":2023", "\"year\":2023.5"), "/year", "json.wrongType",
                        "类型错误：此处应为整数", "Wrong type: expected a whole number here"),
                Arguments.of("10 missing required field", rec("").replace(",\"level\":\"TOWNSHIP\"", ""), "/unit/level", "json.missing",
                        "缺少必填字段“level”", "Missing required property 'level'"),
                Arguments.of("11 missing nested required field", rec("\"grids\":[{\"id\":\"g\",\"name\":\"G\"}]"), "/grids/0/level", "json.missing",
                        "缺少必填字段“level”", "Missing required property 'level'"),
                Arguments.of("12 null for a required field", rec("").replace("\"name\":\"国宝乡\"", "\"name\":null"), "/unit/name", "json.missing",
                        "缺少必填字段“name”", "Missing required property 'name'"),
                Arguments.of("13 unknown field", rec("\"mayor\":\"x\""), "/mayor", "json.unknownProperty", "未知字段“mayor”", "Unknown property 'mayor'"),
                Arguments.of("14 unknown enum code", rec("").replace("TOWNSHIP", "COUNTY"), "/unit/level", "json.unknownEnum",
                        "未知的代码“COUNTY”，允许的值为 [TOWNSHIP, TOWN, SUBDISTRICT]", "Unknown code 'COUNTY'; allowed values are [TOWNSHIP, TOWN, SUBDISTRICT]"),
                Arguments.of("15 number for an enum", rec("").replace("\"TOWNSHIP\"", "0"), "/unit/level", "json.unknownEnum",
                        "未知的代码“0”，允许的值为 [TOWNSHIP, TOWN, SUBDISTRICT]", "Unknown code '0'; allowed values are [TOWNSHIP, TOWN, SUBDISTRICT]"),
                Arguments.of("16 empty string for an enum", rec("").replace("\"TOWNSHIP\"", "\"\""), "/unit/level", "json.unknownEnum",
                        "未知的代码“”，允许的值为 [TOWNSHIP, TOWN, SUBDISTRICT]", "Unknown code ''; allowed values are [TOWNSHIP, TOWN, SUBDISTRICT]"),
                Arguments.of("17 credit code check character", rec("").replace("\"level\"", "\"creditCode\":\"91350100M000100Y44\",\"level\""), "/unit/creditCode",
                        "identifier.checkCharacter", "统一社会信用代码校验码错误", "Unified social credit code check character is wrong"),
                Arguments.of("18 resident id check digit", rec("\"people\":[{\"id\":\"p1\",\"name\":\"王五\",\"residentId\":\"350526199001011234\"}]"),
                        "/people/0/residentId", "identifier.checkCharacter", "居民身份证号码校验码错误", "Resident identity number check digit is wrong"),
                Arguments.of("19 division code province", rec("").replace("\"level\"", "\"code\":\"990526108\",\"level\""), "/unit/code",
                        "identifier.province", "行政区划代码前两位99不是省级行政区代码", "Division code prefix 99 is not a province-level code"),
                Arguments.of("20 impossible date", rec("\"patrols\":[{\"patrolledOn\":\"2023-02-30\",\"kind\":\"SECURITY_PATROL\"}]"), "/patrols/0/patrolledOn",
                        "json.wrongType", "类型错误：此处应为日期（yyyy-MM-dd）", "Wrong type: expected a date (yyyy-MM-dd) here"),
                Arguments.of("21 date in the wrong format", rec("\"patrols\":[{\"patrolledOn\":\"2023/05/01\",\"kind\":\"SECURITY_PATROL\"}]"), "/patrols/0/patrolledOn",
                        "json.wrongType", "类型错误：此处应为日期（yyyy-MM-dd）", "Wrong type: expected a date (yyyy-MM-dd) here"),
                Arguments.of("22 negative count", rec("\"declaredFigures\":[{\"key\":\"grid.level1Count\",\"value\":-8,\"unit\":\"COUNT\",\"quote\":\"q\"}]"),
                        "/declaredFigures/0/value", "constraint.DecimalMin", "必须大于或等于0", "must be greater than or equal to 0"),
                Arguments.of("23 percentage over 100", rec("\"declaredFigures\":[{\"key\":\"hotline.satisfactionRate\",\"value\":101,\"unit\":\"PERCENT\",\"quote\":\"q\"}]"),
                        "/declaredFigures/0/value", "fazhi.figure.percentOver100", "百分比不得大于 100（实际为 101）", "a percentage must not exceed 100 (was 101)"),
                Arguments.of("24 count that is not whole", rec("\"declaredFigures\":[{\"key\":\"grid.level1Count\",\"value\":8.5,\"unit\":\"COUNT\",\"quote\":\"q\"}]"),
                        "/declaredFigures/0/value", "fazhi.figure.countNotWhole", "数量必须为整数（实际为 8.5）", "a count must be a whole number (was 8.5)"),
                Arguments.of("25 part greater than total", rec("\"collectiveMeetings\":[{\"id\":\"m\",\"heldOn\":\"2023-03-01\",\"body\":\"PARTY_COMMITTEE_MEETING\","
                        + "\"category\":\"LARGE_FUND_OPERATION\",\"subject\":\"s\",\"expectedMembers\":7,\"presentMembers\":9,\"leaderSpokeLast\":true}]"),
                        "/collectiveMeetings/0/presentMembers", "fazhi.part.exceedsTotal", "presentMembers（9）不得大于 expectedMembers（7）",
                        "presentMembers (9) must not exceed expectedMembers (7)"),
                Arguments.of("26 dates out of order", rec("\"hotlineTickets\":[{\"id\":\"t\",\"channel\":\"12345\",\"receivedOn\":\"2023-05-02\",\"closedOn\":\"2023-05-01\"}]"),
                        "/hotlineTickets/0/closedOn", "fazhi.dates.order", "closedOn（2023-05-01）不得早于 receivedOn（2023-05-02）",
                        "closedOn (2023-05-01) must not be before receivedOn (2023-05-02)"),
                Arguments.of("27 certificate valid until before valid from", rec(PERSON + ",\"enforcementOfficers\":[{\"id\":\"o1\",\"personId\":\"p1\",\"certificates\":[{\"number\":\"1\","
                        + "\"issuer\":\"省政府\",\"validFrom\":\"2023-01-01\",\"validUntil\":\"2022-12-31\",\"status\":\"VALID\"}]}]"),
                        "/enforcementOfficers/0/certificates/0/validUntil", "fazhi.dates.order", "validUntil（2022-12-31）不得早于 validFrom（2023-01-01）",
                        "validUntil (2022-12-31) must not be before validFrom (2023-01-01)"),
                // a sits one level below b, so the first violation in path order is the cycle itself, not a level gap
                Arguments.of("28 grid cycle", rec("\"grids\":[{\"id\":\"a\",\"name\":\"A\",\"level\":2,\"parentId\":\"b\"},{\"id\":\"b\",\"name\":\"B\",\"level\":1,\"parentId\":\"a\"}]"),
                        "/grids/0/parentId", "fazhi.grid.cycle", "网格“a”成为自己的上级：网格层级存在循环", "grid 'a' is its own ancestor: the grid hierarchy has a cycle"),
                Arguments.of("29 grid orphan", rec("\"grids\":[{\"id\":\"a\",\"name\":\"A\",\"level\":2,\"parentId\":\"none\"}]"), "/grids/0/parentId",
                        "fazhi.reference.missing", "引用的“none”在 grids 中不存在", "refers to 'none', which is not in grids"),
                Arguments.of("30 duplicate ids", rec(PERSON.replace("]", ",{\"id\":\"p1\",\"name\":\"赵六\"}]")), "/people/1/id", "fazhi.id.duplicate",
                        "标识“p1”重复（首次出现在 /people/0）", "duplicate id 'p1' (first used at /people/0)"),
                Arguments.of("31 reference to a missing officer", rec(PERSON + "," + POWER + ",\"enforcementCases\":[{\"id\":\"c\",\"kind\":\"PENALTY\",\"powerItemId\":\"pw1\","
                        + "\"filedOn\":\"2023-03-01\",\"officers\":[{\"officerId\":\"ghost\",\"certificateShown\":true}]}]"),
                        "/enforcementCases/0/officers/0/officerId", "fazhi.reference.missing", "引用的“ghost”在 enforcementOfficers 中不存在",
                        "refers to 'ghost', which is not in enforcementOfficers"),
                Arguments.of("32 reference to a missing power item", rec(PERSON + "," + OFFICER + ",\"enforcementCases\":[{\"id\":\"c\",\"kind\":\"PENALTY\","
                        + "\"powerItemId\":\"pw9\",\"filedOn\":\"2023-03-01\"}]"), "/enforcementCases/0/powerItemId", "fazhi.reference.missing",
                        "引用的“pw9”在 powerList 中不存在", "refers to 'pw9', which is not in powerList"),
                Arguments.of("33 huge number", rec("").replace("\"year\":2023", "\"year\":99999999999"), "/year", "json.outOfRange",
                        "数值超出此字段允许的范围", "Number out of range for this field"),
                Arguments.of("34 number longer than the limit", rec("").replace("\"year\":2023", "\"year\":" + "9".repeat(60)), "/year", "json.limit",
                        "数字超过 40 个字符的上限（第 1 行，第 117 列）", "Number longer than the limit of 40 characters (line 1, column 117)"),
                Arguments.of("35 blank text", rec("").replace("\"name\":\"国宝乡\"", "\"name\":\"  \""), "/unit/name", "constraint.NotBlank", "不能为空", "must not be blank"),
                Arguments.of("36 phone number with letters", rec("\"people\":[{\"id\":\"p1\",\"name\":\"王五\",\"phone\":\"138ABCD5678\"}]"), "/people/0/phone",
                        "identifier.character", "电话号码第4位字符不合法", "Phone number has an illegal character at position 4"),
                Arguments.of("37 year out of range", rec("").replace("\"year\":2023", "\"year\":1999"), "/year", "constraint.Min",
                        "最小不能小于2000", "must be greater than or equal to 2000"),
                Arguments.of("38 village code outside the township", rec("").replace("\"level\":\"TOWNSHIP\",", "\"level\":\"TOWNSHIP\",\"code\":\"350526108\",")
                        .replace("\"kind\":\"VILLAGE\"", "\"kind\":\"VILLAGE\",\"code\":\"350526109201\""), "/unit/grassrootsUnits/0/code",
                        "fazhi.division.notWithin", "区划代码 350526109201 不在本单位区划 350526108 之内", "division code 350526109201 does not lie within the unit's code 350526108"),
                Arguments.of("39 deeply nested arrays where an object belongs", "{\"unit\":" + "[".repeat(200) + "]".repeat(200) + "}", "/unit", "json.wrongType",
                        "类型错误：此处应为对象（GovernmentUnit）", "Wrong type: expected an object (GovernmentUnit) here"),
                Arguments.of("40 string longer than the limit", rec("").replace("国宝乡", "x".repeat(GovernanceJson.MAX_STRING_LENGTH + 1)), "/unit/name", "json.limit",
                        "字符串超过 1000000 个字符的上限（第 1 行，第 17 列）", "String longer than the limit of 1000000 characters (line 1, column 17)"),
                Arguments.of("41 null as the whole document", "null", "", "json.null",
                        "JSON 值为 null，此处应为一个对象（RuleOfLawRecord）", "The JSON value is null; an object (RuleOfLawRecord) is expected"),
                Arguments.of("42 null inside a list", rec("\"people\":[{\"id\":\"p1\",\"name\":\"王五\"},null]"), "/people/1", "json.null",
                        "不允许为 null", "Must not be null"),
                Arguments.of("43 duplicate key inside a list element", rec("\"people\":[{\"id\":\"p1\",\"name\":\"王五\",\"name\":\"赵六\"}]"),
                        "/people/0/name", "json.duplicateKey", "JSON 中的键“name”重复（第 1 行，第 172 列）", "Duplicate key 'name' in the JSON (line 1, column 172)"),
                Arguments.of("44 huge exponent", figure("1e999999999", "COUNT"), "/declaredFigures/0/value", "json.numberOutOfBounds",
                        "数字超出允许范围：整数部分最多 18 位，小数部分最多 10 位（实际为 1e999999999）",
                        "Number out of bounds: at most 18 digits before the decimal point and 10 after it (was 1e999999999)"),
                Arguments.of("45 tiny negative exponent", figure("1e-999999999", "PERCENT"), "/declaredFigures/0/value", "json.numberOutOfBounds",
                        "数字超出允许范围：整数部分最多 18 位，小数部分最多 10 位（实际为 1e-999999999）",
                        "Number out of bounds: at most 18 digits before the decimal point and 10 after it (was 1e-999999999)"),
                Arguments.of("46 exponent beyond any BigDecimal", figure("1e9999999999", "COUNT"), "/declaredFigures/0/value", "json.numberOutOfBounds",
                        "数字超出允许范围：整数部分最多 18 位，小数部分最多 10 位（实际为 1e9999999999）",
                        "Number out of bounds: at most 18 digits before the decimal point and 10 after it (was 1e9999999999)"),
                Arguments.of("47 zero with a huge negative exponent", figure("0e-999999999", "COUNT"), "/declaredFigures/0/value", "json.numberOutOfBounds",
                        "数字超出允许范围：整数部分最多 18 位，小数部分最多 10 位（实际为 0e-999999999）",
                        "Number out of bounds: at most 18 digits before the decimal point and 10 after it (was 0e-999999999)"),
                Arguments.of("48 nineteen integer digits", figure("1000000000000000000", "COUNT"), "/declaredFigures/0/value", "json.numberOutOfBounds",
                        "数字超出允许范围：整数部分最多 18 位，小数部分最多 10 位（实际为 1000000000000000000）",
                        "Number out of bounds: at most 18 digits before the decimal point and 10 after it (was 1000000000000000000)"),
                Arguments.of("49 eleven decimal places", figure("97.00000000001", "PERCENT"), "/declaredFigures/0/value", "json.numberOutOfBounds",
                        "数字超出允许范围：整数部分最多 18 位，小数部分最多 10 位（实际为 97.00000000001）",
                        "Number out of bounds: at most 18 digits before the decimal point and 10 after it (was 97.00000000001)"),
                Arguments.of("50 date in year 999999999", rec("\"patrols\":[{\"patrolledOn\":\"+999999999-12-31\",\"kind\":\"SECURITY_PATROL\"}]"),
                        "/patrols/0/patrolledOn", "json.dateOutOfRange", "日期须在 1949-01-01 至 2100-12-31 之间（实际为 +999999999-12-31）",
                        "A date must lie between 1949-01-01 and 2100-12-31 (was +999999999-12-31)"),
                Arguments.of("51 date before 1949", rec("\"hotlineTickets\":[{\"id\":\"t\",\"channel\":\"12345\",\"receivedOn\":\"1948-12-31\"}]"),
                        "/hotlineTickets/0/receivedOn", "json.dateOutOfRange", "日期须在 1949-01-01 至 2100-12-31 之间（实际为 1948-12-31）",
                        "A date must lie between 1949-01-01 and 2100-12-31 (was 1948-12-31)"),
                Arguments.of("52 optional date after 2100", rec("\"hotlineTickets\":[{\"id\":\"t\",\"channel\":\"12345\",\"receivedOn\":\"2023-01-01\",\"closedOn\":\"2101-01-01\"}]"),
                        "/hotlineTickets/0/closedOn", "json.dateOutOfRange", "日期须在 1949-01-01 至 2100-12-31 之间（实际为 2101-01-01）",
                        "A date must lie between 1949-01-01 and 2100-12-31 (was 2101-01-01)"),
                Arguments.of("53 duplicate element of a set", rec("\"guidingPrinciples\":[\"PARTY_LEADERSHIP\",\"PEOPLE_CENTERED\",\"PARTY_LEADERSHIP\"]"),
                        "/guidingPrinciples/2", "json.duplicateElement", "元素“PARTY_LEADERSHIP”重复（与第 0 项相同）：集合中每个元素只能出现一次",
                        "Duplicate element 'PARTY_LEADERSHIP' (same as item 0): a set holds each element once"),
                Arguments.of("54 lone surrogate in a name", rec("").replace("国宝乡", "国\\ud800乡"), "/unit/name", "json.surrogate",
                        "文本第 2 个字符是不成对的代理项（U+D800），不是有效的 Unicode 字符", "Text has an unpaired surrogate (U+D800) at character 2; it is not valid Unicode"),
                Arguments.of("55 identity number typed into a code field", rec("").replace("\"TOWNSHIP\"", "\"350526199001011234\""), "/unit/level", "json.unknownEnum",
                        "未知的代码“35**************34”，允许的值为 [TOWNSHIP, TOWN, SUBDISTRICT]", "Unknown code '35**************34'; allowed values are [TOWNSHIP, TOWN, SUBDISTRICT]"),
                Arguments.of("56 phone number used as a duplicate person id", rec("\"people\":[{\"id\":\"13812345678\",\"name\":\"王五\"},{\"id\":\"13812345678\",\"name\":\"赵六\"}]"),
                        "/people/1/id", "fazhi.id.duplicate", "标识“138******78”重复（首次出现在 /people/0）", "duplicate id '138******78' (first used at /people/0)"),
                Arguments.of("57 phone number as a dangling person reference", rec("\"responsibilities\":[{\"personId\":\"0595-23456789\",\"post\":\"GOVERNMENT_HEAD\",\"role\":\"FIRST_RESPONSIBLE_PERSON\"}]"),
                        "/responsibilities/0/personId", "fazhi.reference.missing", "引用的“059********89”在 people 中不存在", "refers to '059********89', which is not in people"),
                Arguments.of("58 text where a decimal belongs", figure("\"12\"", "COUNT"), "/declaredFigures/0/value", "json.wrongType",
                        "类型错误：此处应为数字", "Wrong type: expected a number here"),
                Arguments.of("59 text where true or false belongs", rec("\"leadingGroups\":[{\"id\":\"g\",\"kind\":\"RULE_OF_LAW\",\"name\":\"组\","
                        + "\"ledByPrincipalLeaders\":\"yes\"}]"), "/leadingGroups/0/ledByPrincipalLeaders", "json.wrongType",
                        "类型错误：此处应为true 或 false", "Wrong type: expected true or false here"),
                Arguments.of("60 text where a set belongs", rec("\"guidingPrinciples\":\"PARTY_LEADERSHIP\""), "/guidingPrinciples", "json.wrongType",
                        "类型错误：此处应为列表", "Wrong type: expected a list here"),
                Arguments.of("61 lone low surrogate first", rec("").replace("国宝乡", "\\udc00国宝乡"), "/unit/name", "json.surrogate",
                        "文本第 1 个字符是不成对的代理项（U+DC00），不是有效的 Unicode 字符", "Text has an unpaired surrogate (U+DC00) at character 1; it is not valid Unicode"),
                Arguments.of("62 nesting over the limit inside a set", rec("\"guidingPrinciples\":" + "[".repeat(70) + "]".repeat(70)),
                        "/guidingPrinciples" + "/0".repeat(GovernanceJson.MAX_NESTING_DEPTH), "json.limit",
                        "嵌套超过 64 层的上限（第 1 行，第 212 列）", "Nesting deeper than the limit of 64 levels (line 1, column 212)"),
                Arguments.of("63 property name over the limit", "{\"unit\":{\"" + "k".repeat(50_001) + "\":1}}", "/unit", "json.limit",
                        "此对象中有字段名超过长度上限（第 1 行，第 9 列）", "A property name in this object is longer than the limit (line 1, column 9)"));
    }

    private static String figure(String value, String unit) {
        return rec("\"declaredFigures\":[{\"key\":\"grid.level1Count\",\"value\":" + value + ",\"unit\":\"" + unit + "\",\"quote\":\"q\"}]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void each_kind_of_bad_input_gets_a_path_named_bilingual_error(String kind, String json, String path, String code, String zh, String en) {
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class,
                () -> GovernanceJson.readRecord(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as(kind + ": expected InvalidRecordException").isNotNull();
        Violation v = e.violations().get(0);
        assertThat(v.path()).as(kind + " path").isEqualTo(path);
        assertThat(v.code()).as(kind + " code").isEqualTo(code);
        assertThat(v.zh()).as(kind + " zh").isEqualTo(zh);
        assertThat(v.en()).as(kind + " en").isEqualTo(en);
    }

    @Test
    void a_document_over_the_size_limit_is_refused_before_it_is_parsed(@TempDir Path dir) throws IOException {
        byte[] big = new byte[GovernanceJson.MAX_DOCUMENT_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        Violation fromBytes = catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(big)).violations().get(0);
        assertThat(fromBytes).isEqualTo(Violation.of("", "json.limit", "文档有 33554433 字节，超过 33554432 字节的上限",
                "Document of 33554433 bytes is larger than the limit of 33554432 bytes"));
        Path file = Files.write(dir.resolve("big.json"), big);
        assertThat(catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(file)).violations()).containsExactly(fromBytes);
        assertThat(GovernanceJson.newMapper().getFactory().streamReadConstraints().getMaxDocumentLength())
                .isEqualTo(GovernanceJson.MAX_DOCUMENT_BYTES);
    }

    @Test
    void an_endless_stream_is_read_only_one_byte_past_the_limit() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                served[0] += len;
                return len;
            }
        };
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(endless));
        assertThat(e.violations()).extracting(Violation::code).containsExactly("json.limit");
        assertThat(served[0]).isEqualTo(GovernanceJson.MAX_DOCUMENT_BYTES + 1L);
    }

    @Test
    void non_utf8_bytes_are_refused() {
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class,
                () -> GovernanceJson.readRecord(new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1', '}'}));
        assertThat(e.violations()).extracting(Violation::code).containsExactly("json.encoding");
    }

    @Test
    void every_violation_is_reported_not_just_the_first() {
        String json = rec("\"declaredFigures\":[{\"key\":\"hotline.satisfactionRate\",\"value\":101,\"unit\":\"PERCENT\",\"quote\":\" \"}],"
                + "\"grids\":[{\"id\":\"a\",\"name\":\"A\",\"level\":2,\"parentId\":\"none\"}]").replace("\"year\":2023", "\"year\":1999");
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(json));
        assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("/declaredFigures/0/quote", "/declaredFigures/0/value", "/grids/0/parentId", "/year");
    }

    @Test
    void the_mapper_uses_no_polymorphic_typing_and_no_class_names_from_input() throws Exception {
        var mapper = GovernanceJson.newMapper();
        assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
        assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
        for (Class<?> c : List.of(RuleOfLawRecord.class, Person.class, DeclaredFigure.class, GovernmentUnit.class)) {
            assertThat(c.getAnnotation(com.fasterxml.jackson.annotation.JsonTypeInfo.class)).as(c.getSimpleName()).isNull();
        }
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class,
                () -> GovernanceJson.readRecord(rec("\"@class\":\"java.lang.ProcessBuilder\"")));
        assertThat(e.violations().get(0).code()).isEqualTo("json.unknownProperty");
    }
}
