package org.litfacets.challenge;

import java.util.List;
import java.util.Random;

/**
 * Binary logistic regression over sparse feature vectors, fitted by AdaGrad stochastic gradient
 * descent with L2 regularisation. Small and dependency-free; the training sets here have about a
 * thousand sentences.
 */
final class LogisticRegression {

  final float[] weights;
  float bias;

  LogisticRegression(float[] weights, float bias) {
    this.weights = weights;
    this.bias = bias;
  }

  static LogisticRegression fit(
      List<FeatureVector> x, boolean[] y, int dimensions, double l2, int epochs, long seed) {
    float[] w = new float[dimensions];
    double[] g2 = new double[dimensions];
    double bias = 0;
    double biasG2 = 0;
    double rate = 0.5;
    int[] order = new int[x.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int n : order) {
        FeatureVector v = x.get(n);
        double p = sigmoid(dot(w, (float) bias, v));
        double error = p - (y[n] ? 1 : 0);
        for (int k = 0; k < v.index().length; k++) {
          int f = v.index()[k];
          double g = error * v.value()[k] + l2 * w[f];
          g2[f] += g * g;
          w[f] -= (float) (rate * g / (Math.sqrt(g2[f]) + 1e-8));
        }
        biasG2 += error * error;
        bias -= rate * error / (Math.sqrt(biasG2) + 1e-8);
      }
    }
    return new LogisticRegression(w, (float) bias);
  }

  double probability(FeatureVector v) {
    return sigmoid(dot(weights, bias, v));
  }

  private static double dot(float[] w, float bias, FeatureVector v) {
    double s = bias;
    int[] index = v.index();
    float[] value = v.value();
    for (int k = 0; k < index.length; k++) {
      s += w[index[k]] * value[k];
    }
    return s;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
