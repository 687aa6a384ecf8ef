package org.forcetotaliser.model;

import java.math.BigDecimal;

/** A Cambridge Crime Harm Index subgroup: harm per offence in days (median used). Immutable. */
public record CchiSubgroup(
    String key,
    String label,
    BigDecimal medianDays,
    BigDecimal meanDays,
    BigDecimal minDays,
    BigDecimal maxDays) {}
