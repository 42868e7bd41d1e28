package org.stepahead.domain.program;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jmolecules.ddd.types.Entity;
import org.stepahead.domain.shared.Numbers;
import org.stepahead.domain.shared.Texts;

/**
 * Entity: a target indicator (целевой показатель) — a number with a unit, a baseline, a target and the values
 * measured over time; knows whether higher or lower is better.
 */
public final class Indicator implements Entity<Program, IndicatorId> {

    private final IndicatorId id;
    private String name;
    private String unit;
    private BigDecimal baseline;
    private BigDecimal target;
    private IndicatorDirection direction;
    private final List<Measurement> measurements;

    Indicator(Snapshot s) {
        this.id = Texts.present(s.id(), "indicatorId");
        this.name = Texts.required(s.name(), "indicator.name");
        this.unit = Texts.optional(s.unit());
        this.baseline = Numbers.canonical(s.baseline());
        this.target = Numbers.canonical(s.target());
        this.direction = Texts.present(s.direction(), "indicator.direction");
        requireTargetInDirection(name, baseline, target, direction);
        this.measurements = new ArrayList<>(Texts.listOf(s.measurements(), "indicator.measurements"));
        this.measurements.sort(Comparator.comparing(Measurement::measuredOn));
    }

    Snapshot snapshot() {
        return new Snapshot(id, name, unit, baseline, target, direction, List.copyOf(measurements));
    }

    void revise(String name, String unit, BigDecimal baseline, BigDecimal target, IndicatorDirection direction) {
        String checkedName = Texts.required(name, "indicator.name");
        requireTargetInDirection(checkedName, baseline, target, Texts.present(direction, "indicator.direction"));
        this.name = checkedName;
        this.unit = Texts.optional(unit);
        this.baseline = Numbers.canonical(baseline);
        this.target = Numbers.canonical(target);
        this.direction = direction;
    }

    private static void requireTargetInDirection(
            String name, BigDecimal baseline, BigDecimal target, IndicatorDirection direction) {
        if (baseline == null || target == null) {
            return;
        }
        int cmp = target.compareTo(baseline);
        if (direction == IndicatorDirection.HIGHER_IS_BETTER ? cmp < 0 : cmp > 0) {
            throw new org.stepahead.domain.shared.DomainRuleViolation(
                    "indicator.targetAgainstDirection", name, direction);
        }
    }

    void record(Measurement measurement) {
        measurements.add(measurement);
        measurements.sort(Comparator.comparing(Measurement::measuredOn));
    }

    /**
     * Progress from the baseline towards the target, by the latest measurement; empty when nothing was measured or
     * the indicator has no target. With no baseline, progress is measured from zero.
     */
    public Optional<Progress> progress() {
        if (measurements.isEmpty() || target == null) {
            return Optional.empty();
        }
        BigDecimal latest = measurements.get(measurements.size() - 1).value();
        BigDecimal start = baseline == null ? BigDecimal.ZERO : baseline;
        boolean achieved = direction == IndicatorDirection.HIGHER_IS_BETTER
                ? latest.compareTo(target) >= 0
                : latest.compareTo(target) <= 0;
        BigDecimal span = target.subtract(start);
        BigDecimal share;
        if (span.signum() == 0) {
            share = achieved ? BigDecimal.ONE : BigDecimal.ZERO;
        } else {
            share = latest.subtract(start).divide(span, new MathContext(10, RoundingMode.HALF_EVEN));
        }
        return Optional.of(new Progress(latest, share.setScale(4, RoundingMode.HALF_EVEN), achieved));
    }

    @Override
    public IndicatorId getId() {
        return id;
    }

    /** What the indicator counts. */
    public String name() {
        return name;
    }

    /** The unit of its values, or null. */
    public String unit() {
        return unit;
    }

    /** The value before the program, or null when unknown (progress then counts from zero). */
    public BigDecimal baseline() {
        return baseline;
    }

    /** The value the program aims at, or null (then there is no progress to compute). */
    public BigDecimal target() {
        return target;
    }

    /** Whether higher or lower values are better. */
    public IndicatorDirection direction() {
        return direction;
    }

    /** The values measured so far, oldest first (a copy). */
    public List<Measurement> measurements() {
        return List.copyOf(measurements);
    }

    /** An indicator's full state, for storing and rebuilding. */
    public record Snapshot(
            IndicatorId id,
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            IndicatorDirection direction,
            List<Measurement> measurements) {}
}
