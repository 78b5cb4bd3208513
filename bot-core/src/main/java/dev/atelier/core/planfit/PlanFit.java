package dev.atelier.core.planfit;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a plan fits: worked in due-date order, every milestone's work, with all the work due before it,
 * must fit in the intern's time from now to the end of its due day. When it does not, the first date
 * that fails, what it needs, what there is, and the earliest due dates that would fit.
 */
public final class PlanFit {

    /** No fitting date is looked for further than this after a due date. */
    private static final int HORIZON_DAYS = 730;

    private PlanFit() {}

    /** One milestone to fit: its number, label, due date and estimated minutes. */
    public record Step(long number, String label, LocalDate due, long minutes) {}

    /** A milestone that should move to {@code fits} for the plan to fit. */
    public record Move(Step step, LocalDate fits) {}

    /**
     * A plan that does not fit: {@code steps} (due by {@code by}) need {@code needed} minutes, the intern
     * has {@code available}; {@code moves} is a plan that fits, empty when none does within two years.
     */
    public record Misfit(List<Step> steps, LocalDate by, long needed, long available, List<Move> moves) {

        /** The plain sentence; {@code has} is "you have" for the intern, "alice has" for the mentor. */
        public Text text(String has, int weeklyHours, String zone) {
            String names = steps.stream().map(Step::label).collect(Collectors.joining(", "));
            Text.Builder text = Text.builder()
                    .plain("⚠️ ")
                    .bold("The plan does not fit:")
                    .plain(" " + names + (steps.size() == 1 ? " needs " : " need ") + Estimates.hours(needed)
                            + " by " + by + " (week of " + by.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            + "); " + has + " " + Estimates.hours(available) + " until then (" + weeklyHours
                            + " h a week, time zone " + zone + ", working hours, quiet hours and days away counted).");
            if (moves.isEmpty()) {
                return text.plain(" Nothing within two years fits: declare more hours (")
                        .command(CommandHint.of("profile set").named("hours", ""))
                        .plain(").")
                        .build();
            }
            text.plain(" It fits with ");
            boolean first = true;
            for (Move m : moves) {
                text.plain((first ? "" : ", ") + "M" + m.step().number() + " due " + m.fits() + " (")
                        .command(CommandHint.of("milestone edit")
                                .with("milestone", m.step().number())
                                .named("due", m.fits()))
                        .plain(")");
                first = false;
            }
            return text.plain(".").build();
        }
    }

    public static Optional<Misfit> check(List<Step> steps, WorkWeek week, ZonedDateTime now) {
        List<Step> ordered = steps.stream()
                .filter(s -> s.due() != null && s.minutes() > 0)
                .sorted(Comparator.comparing(Step::due).thenComparing(Step::number))
                .toList();
        long needed = 0;
        for (int k = 0; k < ordered.size(); k++) {
            Step step = ordered.get(k);
            needed += step.minutes();
            boolean lastOfDay =
                    k + 1 == ordered.size() || !ordered.get(k + 1).due().equals(step.due());
            long available = week.minutesUntil(step.due(), now);
            if (lastOfDay && needed > available) {
                return Optional.of(new Misfit(
                        ordered.subList(0, k + 1), step.due(), needed, available, moves(ordered, week, now)));
            }
        }
        return Optional.empty();
    }

    private static List<Move> moves(List<Step> ordered, WorkWeek week, ZonedDateTime now) {
        List<Move> moves = new ArrayList<>();
        long needed = 0;
        LocalDate day = now.toLocalDate();
        long available = week.minutesOn(day, now);
        LocalDate last = ordered.get(ordered.size() - 1).due().plusDays(HORIZON_DAYS);
        for (Step step : ordered) {
            needed += step.minutes();
            while (available < needed || day.isBefore(step.due())) {
                day = day.plusDays(1);
                if (day.isAfter(last)) {
                    return List.of();
                }
                available += week.minutesOn(day, now);
            }
            if (day.isAfter(step.due())) {
                moves.add(new Move(step, day));
            }
        }
        return moves;
    }
}
