package org.forcetotaliser.calc;

import org.forcetotaliser.model.Uncertain;

/**
 * An input written as a range, named by its path in the project file (for example
 * {@code benefits.fewer-burglaries.attribution} or {@code costs.coordinator.profile.per_year}).
 * Immutable.
 */
public record RangedInput(String path, Uncertain range) {}
