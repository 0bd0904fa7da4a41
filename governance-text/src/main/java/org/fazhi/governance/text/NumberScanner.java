package org.fazhi.governance.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.fazhi.governance.model.figure.FigureNotation;
import org.fazhi.governance.model.figure.FigureQualifier;
import org.fazhi.governance.model.figure.FigureUnit;

/**
 * 数字识别 / Finds the numbers of a sentence that are figures: a number in digits or Chinese numerals with
 * its qualifier and measure word ("30 余场次", "超700人次", "两次", "5万余份", "97.56%", "百分之百"), and
 * nothing that is not one: years (2023年), dates, quarters and ordinals (第三季度), plans (十四五, 八五),
 * hotline names (12345 诉求), document numbers (〔2018〕118号), ranges (3至5次), phone numbers, slogans in
 * quotation marks and set phrases (一岗双责, 一次也不跑, 两个维护). Stateless.
 */
final class NumberScanner {
    /** A number that is a figure, in compact-text offsets. */
    static final class Token {
        int start;
        int end;
        int numStart;
        int numEnd;
        BigDecimal value;
        FigureUnit unit;
        FigureQualifier qualifier = FigureQualifier.EXACT;
        FigureNotation notation;
        String measure;
        /** How many figures the token states: 2 for 双百 (two rates of 100 %). */
        int figures = 1;
    }

    /** Measure words, longest first; the unit each implies (COUNT unless listed). */
    private static final String[] MEASURES = {"平方公里", "个百分点", "万元", "亿元", "人次", "场次", "户次", "件次", "批次", "学时", "课时", "小时",
        "%", "个", "名", "人", "次", "场", "件", "项", "条", "份", "张", "幅", "起", "户", "家", "所", "支", "座", "辆", "台", "处", "套", "期",
        "篇", "部", "本", "元", "天", "类", "批", "间", "块", "位", "轮", "宗", "笔", "册", "只", "架", "栋", "门", "节", "堂", "年"};

    /** Measure words that, followed by these, are durations or other words, not counts. */
    private static final String[][] NOT_AFTER = {{"个", "月"}, {"个", "工作日"}, {"个", "小时"}, {"个", "星期"}, {"个", "季度"}, {"条", "例"},
        {"处", "罚"}, {"处", "理"}, {"处", "置"}, {"部", "署"}, {"部", "分"}, {"期", "间"}, {"本", "级"}, {"名", "单"}, {"人", "员"}, {"次", "日"},
        {"次", "年"}, {"家", "庭"}, {"台", "账"}, {"门", "类"}, {"起", "草"}, {"起", "来"}, {"项", "目"}, {"节", "日"}, {"位", "于"}};

    /** Set phrases with numerals that state no figure. */
    private static final String[] SET_PHRASES = {"一次也不", "跑一次", "一次办", "一件事", "一岗双责", "一把手", "一次性", "一站式", "一张网", "一张图",
        "一盘棋", "一条龙", "一揽子", "三重一大", "两代表一委员", "三项制度", "一村一", "一网通", "一窗", "一门式", "一线", "一号", "一码", "一键",
        "两学一做", "一证", "一批", "一起研究", "一起抓", "两个维护", "两个确立", "四个意识", "四个自信", "两个务必", "五位一体", "四个全面",
        "三个代表", "两个结合", "一个中心", "一体", "一些", "一项重要", "一系列", "一定", "一致", "一同", "一道", "同一", "统一", "唯一", "之一",
        "一周", "一月", "一年", "一次次", "一件件", "一桩桩", "一名名", "一场场", "两委", "一规一", "一事一议", "一案一", "一户一", "一人一",
        "一格一", "一街一", "一镇一", "一乡一", "一社区一", "一日一", "一月一", "一周一", "一季一", "一年一", "三会一课", "两新", "三治",
        "四下基层", "一核多元", "双百工程", "百日", "千万工程", "百千万"};

    private static final String[] BEFORE_QUALIFIERS = {"将近", "接近", "大约", "不超过", "超过", "多达", "不到", "不足", "约", "近", "超", "逾"};

    private NumberScanner() {}

    static List<Token> scan(String s, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            Token t = null;
            if (c >= '0' && c <= '9' && (i == from || !isDigitish(s.charAt(i - 1)))) {
                t = digits(s, i, from, to);
            } else if (s.startsWith("百分之", i) && i + 3 < to) {
                t = percentWords(s, i, to);
            } else if (s.startsWith("双百", i) && !s.startsWith("双百工程", i)) {
                t = new Token();
                t.start = i;
                t.numStart = i;
                t.numEnd = i + 2;
                t.end = i + 2;
                t.value = BigDecimal.valueOf(100);
                t.unit = FigureUnit.PERCENT;
                t.notation = FigureNotation.WORDS;
                t.measure = "双百";
                t.figures = 2;
            } else if (ChineseNumbers.isNumeralChar(c) && (i == from || !ChineseNumbers.isNumeralChar(s.charAt(i - 1)))) {
                t = words(s, i, from, to);
            }
            if (t != null && !excluded(s, t, from, to)) {
                out.add(t);
                i = t.end;
            } else if (t != null) {
                i = Math.max(i + 1, t.numEnd);
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean isDigitish(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == ',' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static Token digits(String s, int i, int from, int to) {
        int j = i;
        StringBuilder num = new StringBuilder();
        boolean point = false;
        while (j < to) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                num.append(c);
                j++;
            } else if (c == ',' && j + 3 < to + 1 && isThreeDigits(s, j + 1, to)) {
                j++;
            } else if (c == '.' && !point && j + 1 < to && Character.isDigit(s.charAt(j + 1))) {
                point = true;
                num.append('.');
                j++;
            } else {
                break;
            }
        }
        if (j < to && ((s.charAt(j) >= 'A' && s.charAt(j) <= 'Z') || (s.charAt(j) >= 'a' && s.charAt(j) <= 'z'))) {
            return reject(i, j);
        }
        if (!point && num.length() >= 8) {
            return reject(i, j); // phone and account numbers, codes
        }
        Token t = new Token();
        t.start = i;
        t.numStart = i;
        t.numEnd = j;
        t.notation = FigureNotation.DIGITS;
        BigDecimal written = new BigDecimal(num.toString());
        char scale = 0;
        if (j < to && (s.charAt(j) == '万' || s.charAt(j) == '亿') && !s.startsWith("万元", j) && !s.startsWith("亿元", j)) {
            scale = s.charAt(j);
            j++;
        }
        t.value = ChineseNumbers.scale(written, scale);
        return measure(s, t, j, to);
    }

    private static boolean isThreeDigits(String s, int k, int to) {
        if (k + 3 > to) {
            return false;
        }
        for (int m = k; m < k + 3; m++) {
            if (!Character.isDigit(s.charAt(m))) {
                return false;
            }
        }
        return k + 3 == to || !Character.isDigit(s.charAt(k + 3));
    }

    private static Token reject(int i, int j) {
        Token t = new Token();
        t.start = i;
        t.numStart = i;
        t.numEnd = j;
        t.end = j;
        t.measure = null;
        return t;
    }

    private static Token words(String s, int i, int from, int to) {
        int j = i;
        while (j < to && j - i < 12 && ChineseNumbers.isNumeralChar(s.charAt(j))) {
            j++;
        }
        String run = s.substring(i, j);
        // a run may end in a measure-like numeral use: 一千二百 is fine, but 万 after a run is scaling
        OptionalLong v = ChineseNumbers.parse(run);
        if (v.isEmpty()) {
            return reject(i, j);
        }
        Token t = new Token();
        t.start = i;
        t.numStart = i;
        t.numEnd = j;
        t.notation = FigureNotation.WORDS;
        t.value = BigDecimal.valueOf(v.getAsLong());
        return measure(s, t, j, to);
    }

    private static Token percentWords(String s, int i, int to) {
        int j = i + 3;
        int k = j;
        while (k < to && k - j < 6 && ChineseNumbers.isNumeralChar(s.charAt(k))) {
            k++;
        }
        String run = s.substring(j, k);
        OptionalLong v = run.equals("百") ? OptionalLong.of(100) : ChineseNumbers.parse(run);
        if (run.isEmpty() || v.isEmpty() || v.getAsLong() > 100) {
            return null;
        }
        Token t = new Token();
        t.start = i;
        t.numStart = i;
        t.numEnd = k;
        t.end = k;
        t.value = BigDecimal.valueOf(v.getAsLong());
        t.unit = FigureUnit.PERCENT;
        t.notation = FigureNotation.WORDS;
        t.measure = "百分之";
        return t;
    }

    /** Reads the qualifier and measure word after a number; a number with neither measure nor % is no figure. */
    private static Token measure(String s, Token t, int j, int to) {
        if (j < to && (s.charAt(j) == '余' || s.charAt(j) == '多')) {
            t.qualifier = FigureQualifier.AT_LEAST;
            j++;
        }
        String m = null;
        for (String cand : MEASURES) {
            if (s.startsWith(cand, j) && j + cand.length() <= to) {
                m = cand;
                break;
            }
        }
        if (m == null || m.equals("个百分点")) {
            t.end = j;
            t.measure = null;
            return t;
        }
        for (String[] pair : NOT_AFTER) {
            if (pair[0].equals(m) && s.startsWith(pair[1], j + m.length())) {
                t.end = j;
                t.measure = null;
                return t;
            }
        }
        if (m.equals("年") && !(t.start >= 2 && s.startsWith("连续", t.start - 2)) ) {
            t.end = j;
            t.measure = null;
            return t;
        }
        t.measure = m;
        t.unit = unitOf(m);
        if (m.equals("亿元")) {
            t.value = ChineseNumbers.scale(t.value, '亿');
        }
        j += m.length();
        if (t.qualifier == FigureQualifier.EXACT && j < to && s.charAt(j) == '余' && t.unit != FigureUnit.PERCENT) {
            t.qualifier = FigureQualifier.AT_LEAST;
            j++;
        }
        for (String tail : new String[] {"以上", "左右", "以下", "以内", "有余"}) {
            if (s.startsWith(tail, j) && j + tail.length() <= to) {
                t.qualifier = tail.equals("左右") ? FigureQualifier.ABOUT
                        : tail.equals("以下") || tail.equals("以内") ? FigureQualifier.AT_MOST : FigureQualifier.AT_LEAST;
                j += tail.length();
                break;
            }
        }
        t.end = j;
        return t;
    }

    private static FigureUnit unitOf(String m) {
        switch (m) {
            case "%": return FigureUnit.PERCENT;
            case "人次": case "户次": case "件次": return FigureUnit.PERSON_TIMES;
            case "万元": return FigureUnit.TEN_THOUSAND_YUAN;
            case "亿元": case "元": return FigureUnit.YUAN;
            case "平方公里": return FigureUnit.SQUARE_KILOMETRES;
            case "学时": case "课时": return FigureUnit.CLASS_HOURS;
            case "小时": return FigureUnit.HOURS;
            case "天": return FigureUnit.DAYS;
            default: return FigureUnit.COUNT;
        }
    }

    /** Whether a token is no figure: no measure word, an ordinal, a range, inside quotes, a set phrase. */
    private static boolean excluded(String s, Token t, int from, int to) {
        if (t.measure == null) {
            return true;
        }
        char before = t.start > from ? s.charAt(t.start - 1) : '\n';
        if (before == '第' || before == '数' || before == '几' || before == '若' || before == '上' || before == '逐') {
            return true;
        }
        if (isRangeMark(before) && t.start - 2 >= from && isNumberChar(s.charAt(t.start - 2))) {
            return true;
        }
        if (t.numEnd < to && isRangeMark(s.charAt(t.numEnd)) && t.numEnd + 1 < to && isNumberChar(s.charAt(t.numEnd + 1))) {
            return true;
        }
        if (t.notation == FigureNotation.WORDS && t.figures == 1 && insideQuotes(s, t.start, from)) {
            return true;
        }
        for (String p : SET_PHRASES) {
            for (int k = Math.max(from, t.numStart - p.length() + 1); k < t.end; k++) {
                if (s.startsWith(p, k)) {
                    return true;
                }
            }
        }
        // the qualifier written before the number
        for (String q : BEFORE_QUALIFIERS) {
            if (t.start - q.length() >= from && s.startsWith(q, t.start - q.length())) {
                t.qualifier = q.equals("不超过") || q.equals("不到") || q.equals("不足") ? FigureQualifier.AT_MOST
                        : q.equals("超过") || q.equals("超") || q.equals("逾") || q.equals("多达") ? FigureQualifier.AT_LEAST
                        : FigureQualifier.ABOUT;
                t.start -= q.length();
                break;
            }
        }
        return false;
    }

    private static boolean isRangeMark(char c) {
        return c == '-' || c == '—' || c == '－' || c == '~' || c == '～' || c == '至' || c == '到' || c == '–';
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || ChineseNumbers.isNumeralChar(c);
    }

    private static boolean insideQuotes(String s, int at, int from) {
        int open = 0;
        int book = 0;
        for (int k = from; k < at; k++) {
            char c = s.charAt(k);
            if (c == '“' || c == '「') {
                open++;
            } else if ((c == '”' || c == '」') && open > 0) {
                open--;
            } else if (c == '《') {
                book++;
            } else if (c == '》' && book > 0) {
                book--;
            }
        }
        return open > 0 || book > 0;
    }
}
