package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.path;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.governance.model.service.HotlineTicket;

/** HOT: 政务服务便民热线 / the 12345 service hotline. */
final class HotlineRules {
    private HotlineRules() {}

    static List<Rule> all() {
        return List.of(hotlineOneNumber(), hotlineTimeliness());
    }

    /**
     * 政务服务便民热线归并到12345 / Service hotlines merged into 12345 (《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》（国办发〔2020〕53号）二 / Guiding
     * Opinions on optimising local government service hotlines (国办发〔2020〕53号), §2).
     */
    static Rule hotlineOneNumber() {
        RuleDescriptor d = RuleTexts.describe("HOT-ONE-NUMBER", RuleGroup.HOTLINE, Severity.WARNING,
                LegalSources.HOTLINE_OPINIONS.cite("二", "§2", Confidence.B),
                ParameterSpec.of("mergeDeadlineYear", "2021", "年底", "end of year", true));
        return Rule.of(d, (r, ctx, out) -> {
            int year = ctx.parameter(d, "mergeDeadlineYear").intValueExact();
            List<HotlineTicket> after = r.hotlineTickets().stream().filter(t -> t.receivedOn().getYear() > year)
                    .collect(Collectors.toList());
            if (after.isEmpty()) {
                out.notApplicable("/hotlineTickets");
                return;
            }
            List<HotlineTicket> other = after.stream().filter(t -> !t.channel().equals("12345"))
                    .collect(Collectors.toList());
            if (other.isEmpty()) {
                out.pass("/hotlineTickets", out.recordSubject(), Evidence.of("tickets", after.size()));
            } else {
                out.fail("/hotlineTickets", out.recordSubject(), Evidence.of("count", other.size())
                        .and("channels", other.stream().map(HotlineTicket::channel).distinct().sorted()
                        .collect(Collectors.joining(", "))));
            }
        });
    }

    /**
     * 热线工单在期限内办结 / Hotline tickets closed by their deadline
     * (《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》（国办发〔2020〕53号）三（接得更快、分得更准、办得更实；办理时限由地方规定） / Guiding Opinions on optimising local
     * government service hotlines (国办发〔2020〕53号), §3 (local handling limits)).
     */
    static Rule hotlineTimeliness() {
        RuleDescriptor d = RuleTexts.describe("HOT-TIMELINESS", RuleGroup.HOTLINE, RuleScope.HOTLINE_TICKET,
                Severity.WARNING, LegalSources.HOTLINE_OPINIONS.cite("三（接得更快、分得更准、办得更实；办理时限由地方规定）",
                        "§3 (local handling limits)", Confidence.B));
        return Rule.of(d, (r, ctx, out) -> {
            out.each("/hotlineTickets", r.hotlineTickets(), t -> t.dueOn().isPresent(), (i, t) -> {
                LocalDate due = t.dueOn().get();
                Timeliness state = Timeliness.of(t.closedOn(), due, ctx.asOf());
                if ((state == Timeliness.ON_TIME || state == Timeliness.PENDING) && out.passOnlyCounted()) {
                    // a stream that only counts passes: no path, subject or evidence to make for it
                    return;
                }
                SubjectRef s = SubjectRef.of(HotlineTicket.class, t.id());
                String at = path("hotlineTickets", i, "closedOn");
                switch (state) {
                    case ON_TIME -> out.pass(at, s, Evidence.of("ticketId", t.id()));
                    case LATE -> out.fail(at, s, Evidence.of("ticketId", t.id()).and("due", due)
                            .and("state", ActState.CLOSED_LATE).and("closedOn", t.closedOn().get()));
                    case OVERDUE -> out.fail(at, s, Evidence.of("ticketId", t.id()).and("due", due)
                            .and("state", ActState.STILL_OPEN).and("asOf", ctx.asOf()));
                    case PENDING -> out.pass(at, s, Evidence.of("ticketId", t.id()).and("due", due));
                }
            });
        });
    }
}
