package org.litfacets.entity;

import org.litfacets.sentence.Span;

/** A definition "long form (short form)" found in a text: both as spans of that text. */
public record Abbreviation(Span longForm, Span shortForm) {}
