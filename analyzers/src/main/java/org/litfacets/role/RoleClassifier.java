package org.litfacets.role;

import java.util.List;
import java.util.Objects;
import org.litfacets.article.Role;

/**
 * Assigns a role to every sentence of an unstructured abstract: per-sentence probabilities from the
 * {@link RoleModel}, then the most probable role sequence under the role-transition scores
 * (Viterbi), which enforces the usual order BACKGROUND → OBJECTIVE → METHODS → RESULTS →
 * CONCLUSIONS without hard rules. Thread-safe.
 */
public final class RoleClassifier {

  private static final double FLOOR = 1e-9;

  private final RoleModel model;

  public RoleClassifier(RoleModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * One role per sentence, in order; {@code sentences} are the abstract's sentences in reading
   * order.
   */
  public List<Role> classify(List<String> sentences) {
    if (sentences.isEmpty()) {
      return List.of();
    }
    List<String[]> features = RoleFeatures.of(sentences);
    int n = sentences.size();
    int k = RoleModel.ROLES;
    double[][] score = new double[n][k];
    int[][] back = new int[n][k];
    for (int i = 0; i < n; i++) {
      double[] p = model.probabilities(features.get(i));
      for (int r = 0; r < k; r++) {
        double emit = Math.log(Math.max(p[r], FLOOR));
        if (i == 0) {
          score[0][r] = emit + model.start(r);
          continue;
        }
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int q = 0; q < k; q++) {
          double s = score[i - 1][q] + model.transition(q, r);
          if (s > best) {
            best = s;
            arg = q;
          }
        }
        score[i][r] = best + emit;
        back[i][r] = arg;
      }
    }
    int last = 0;
    for (int r = 1; r < k; r++) {
      if (score[n - 1][r] > score[n - 1][last]) {
        last = r;
      }
    }
    Role[] path = new Role[n];
    for (int i = n - 1; i >= 0; i--) {
      path[i] = Role.values()[last];
      last = back[i][last];
    }
    return List.of(path);
  }
}
