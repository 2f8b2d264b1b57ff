package org.litfacets.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleTest {

  @ParameterizedTest
  @CsvSource({
    "INTRODUCTION, BACKGROUND",
    "AIMS, OBJECTIVE",
    "DISCUSSION, CONCLUSIONS",
    "Background and aims:, OBJECTIVE",
    "BACKGROUND/PURPOSE, OBJECTIVE",
    "RATIONALE AND OBJECTIVES, OBJECTIVE",
    "MATERIALS AND METHODS, METHODS",
    "MAIN OUTCOME MEASURES, METHODS",
    "MAIN OUTCOMES AND MEASURES, METHODS",
    "MEASUREMENTS AND MAIN RESULTS, RESULTS",
    "Measurements and results, RESULTS",
    "PRINCIPAL FINDINGS, RESULTS",
    "SUMMARY OF BACKGROUND DATA, BACKGROUND",
    "DATA SYNTHESIS, RESULTS",
    "OBJECT, OBJECTIVE",
    "STUDY DESIGN, METHODS",
    "Conclusion, CONCLUSIONS",
    "PURPOSES, OBJECTIVE",
    "CASE REPORT, METHODS"
  })
  void mapsHeadingsToRoles(String label, Role expected) {
    assertThat(Role.ofLabel(label)).contains(expected);
  }

  @Test
  void headingsJoiningPartsOfDifferentRolesAreMixed() {
    assertThat(Role.isMixed("METHODS AND RESULTS")).isTrue();
    assertThat(Role.isMixed("METHODOLOGY/PRINCIPAL FINDINGS")).isTrue();
    assertThat(Role.isMixed("Measurements and main results")).isTrue();
    assertThat(Role.isMixed("DESIGN, SETTING, AND PARTICIPANTS")).isFalse();
    assertThat(Role.isMixed("BACKGROUND AND AIMS")).isFalse();
    assertThat(Role.isMixed("MAIN OUTCOME MEASURES")).isFalse();
    assertThat(Role.isMixed(null)).isFalse();
  }

  @Test
  void headingsWithoutRoleMapToNone() {
    assertThat(Role.ofLabel("UNLABELLED")).isEmpty();
    assertThat(Role.ofLabel("TRIAL REGISTRATION")).isEmpty();
    assertThat(Role.ofLabel(", FSAII")).isEmpty();
    assertThat(Role.ofLabel(null)).isEmpty();
  }

  @Test
  void nlmCategoryWinsOverLabelAndUnassignedMeansNone() {
    assertThat(Role.ofSection("RESULTS", "Findings and discussion")).contains(Role.RESULTS);
    assertThat(Role.ofSection("UNASSIGNED", "Methods")).isEmpty();
    assertThat(Role.ofSection(null, "Aims")).contains(Role.OBJECTIVE);
    assertThat(Role.ofSection("", "Introduction")).contains(Role.BACKGROUND);
  }
}
