package org.careloop.cases.family;

/** How much support a family member is likely to need after the death; drives the bereavement plan. */
public enum BereavementRisk {
    LOW, MODERATE, HIGH
}
