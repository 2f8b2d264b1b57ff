package org.litfacets.challenge;

/** A sparse feature vector: parallel arrays of feature indexes and values. */
record FeatureVector(int[] index, float[] value) {

  FeatureVector {
    if (index.length != value.length) {
      throw new IllegalArgumentException("index and value arrays differ in length");
    }
  }
}
