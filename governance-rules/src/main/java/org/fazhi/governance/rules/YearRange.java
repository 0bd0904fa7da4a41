package org.fazhi.governance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 年度区间 / Consecutive years, first to last inclusive: how messages name the years a working-day
 * calendar covers or lacks ("2019—2026 年" / "2019–2026").
 */
record YearRange(int first, int last) {
    /** Ascending distinct years as ranges of consecutive years: 2018, 2021, 2022 gives 2018 and 2021–2022. */
    static List<YearRange> of(Iterable<Integer> ascendingYears) {
        List<YearRange> out = new ArrayList<>();
        for (int year : ascendingYears) {
            if (!out.isEmpty() && out.get(out.size() - 1).last == year - 1) {
                out.set(out.size() - 1, new YearRange(out.get(out.size() - 1).first, year));
            } else {
                out.add(new YearRange(year, year));
            }
        }
        return out;
    }

    /** The ranges in Chinese, e.g. {@code 2018 年、2027—2030 年}; {@code 无} when there are none. */
    static String zh(List<YearRange> ranges) {
        return ranges.isEmpty() ? "无"
                : ranges.stream().map(r -> r.first == r.last ? r.first + " 年" : r.first + "—" + r.last + " 年")
                .collect(Collectors.joining("、"));
    }

    /** The ranges in English, e.g. {@code 2018, 2027–2030}; {@code none} when there are none. */
    static String en(List<YearRange> ranges) {
        return ranges.isEmpty() ? "none"
                : ranges.stream().map(r -> r.first == r.last ? String.valueOf(r.first) : r.first + "–" + r.last)
                .collect(Collectors.joining(", "));
    }
}
