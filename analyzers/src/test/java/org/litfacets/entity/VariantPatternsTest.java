package org.litfacets.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariantPatternsTest {

  /** The whole text is one variant with this tmVar-style id. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "rs1801133; RS#:1801133",
        "p.V600E; p|SUB|V|600|E",
        "V600E; p|SUB|V|600|E",
        "p.Val600Glu; p|SUB|V|600|E",
        "Pro75 Ala; p|SUB|P|75|A",
        "Arg 1306 Trp; p|SUB|R|1306|W",
        "Glu 272 to stop; p|SUB|E|272|X",
        "E873stop; p|SUB|E|873|X",
        "Y355X; p|SUB|Y|355|X",
        "p.N102DfsX4; p|FS|N|102|D|4",
        "p.Pro184ArgfsX19; p|FS|P|184|R|19",
        "P686fs; p|FS|P|686||",
        "157delMTTTVP; p|DEL|157|MTTTVP",
        "leucine 269 to phenylalanine; p|SUB|L|269|F",
        "arginine 555-to-tryptophan; p|SUB|R|555|W",
        "arginine to tryptophan at codon 198; p|SUB|R|198|W",
        "c.1799T>A; c|SUB|T|1799|A",
        "643C>T; c|SUB|C|643|T",
        "-3170G>A; c|SUB|G|-3170|A",
        "c.310 G>T; c|SUB|G|310|T",
        "c.2406C-->A; c|SUB|C|2406|A",
        "-1082(G/A); c|SUB|G|-1082|A",
        "IVS8 -2A>G; c|SUB|A|IVS8-2|G",
        "IVS16+1G>A; c|SUB|G|IVS16+1|A",
        "g.3318-34C>T; g|SUB|C|3318-34|T",
        "C35322T; c|SUB|C|35322|T",
        "C-1228T; c|SUB|C|-1228|T",
        "c.5382insC; c|INS|5382|C",
        "c.35delG; c|DEL|35|G",
        "657del5; c|DEL|657|5",
        "c.1181_1186+20del26; c|DEL|1181_1186+20|26",
        "c.899-1142del; c|DEL|899_1142|",
        "2238-9del AG; c|DEL|2238_2239|AG",
        "C to T at 33468; c|SUB|C|33468|T",
        "96 bp insertion; c|INS||96",
        "19-base pair deletion; c|DEL||19",
        "12-nucleotide insertion/deletion (indel); c|INDEL||12",
        "20 bp insertion/deletion; c|INDEL||20",
        "ins/del 6 bp; c|INDEL||6",
        "Rs702553; RS#:702553",
        "arginine 150 proline; p|SUB|R|150|P",
        "glycine-594-valine; p|SUB|G|594|V",
        "methionine-->valine substitution at codon 404; p|SUB|M|404|V",
        "arginine (CGA) by a stop (TGA) at amino-acid 469; p|SUB|R|469|X",
        "valine (Val) to alanine (Ala) substitution at amino acid 16; p|SUB|V|16|A",
        "arginine at amino acid position 229 by glycine; p|SUB|R|229|G",
        "glutamate by glycine; p|SUB|E||G",
        "glutamic acid to a stop codon; p|SUB|E||X",
        "cytosine to guanine transversion at nucleotide 1451; c|SUB|C|1451|G",
        "T to A transition at the nucleotide position +387; c|SUB|T|387|A",
        "T deletion at 5063; c|DEL|5063|T",
        "nucleotide T insertion at 7916 and 7917; c|INS|7916_7917|T",
        "G to C at codon 158; c|SUB|G|CODON158|C",
        "A was replaced by a G in codon 38; c|SUB|A|CODON38|G",
        "c.855 +1G>C; c|SUB|G|855+1|C",
        "899dupC; c|DUP|899|C|",
        "c.429_452dup; c|DUP|429_452||",
        "p.Phe508del; p|DEL|508|F",
        "F508del; p|DEL|508|F",
        "delF508; p|DEL|508|F",
        "p.G204_K247del; p|DEL|204_247|",
        "Val624-Val625del; p|DEL|624_625|VV",
        "DD32 deletion; c|DEL||32",
        "Delta30-4995; c|DEL|4995|30",
        "del642T; c|DEL|642|T",
        "dup24bp; c|DUP||24|",
        "-511CC; c|Allele|CC|-511",
        "IVS9+459 GG; c|Allele|GG|IVS9+459",
        "-3279 AC+AA; c|Allele|AC|-3279",
        "-3279, A/C; c|SUB|A|-3279|C",
      })
  void normalisesAWholeMention(String text, String id) {
    assertThat(VariantPatterns.find(text))
        .extracting(Mention::start, Mention::end, Mention::id)
        .contains(org.assertj.core.groups.Tuple.tuple(0, text.length(), id));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "the A53 line",
        "we deleted 35 of them",
        "ratio 3/2",
        "the 251A/A genotype",
        "in 1999 +2A>G",
        "a to c at 5",
        "Delta12-PGJ2",
        "the delta9 desaturase",
        "stored at -80C until use",
        "kept at +4 C overnight",
        "the serotonin-1A receptor",
        "a G to A transition at the 5 end of intron 7",
        "C to T in 5 patients",
      })
  void leavesLookalikesAlone(String text) {
    assertThat(VariantPatterns.find(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void findsVariantsWithTheirSpansInText() {
    String text = "Carriers of Arg 1306 Trp (c.3916C>T) and of A53T differed.";
    List<Mention> found = VariantPatterns.find(text);
    assertThat(found)
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Arg 1306 Trp", 12, "p|SUB|R|1306|W"),
            org.assertj.core.groups.Tuple.tuple("c.3916C>T", 26, "c|SUB|C|3916|T"),
            org.assertj.core.groups.Tuple.tuple("A53T", 44, "p|SUB|A|53|T"));
  }

  /** Only neighbouring positions make an insertion's range; others end the change. */
  @org.junit.jupiter.api.Test
  void joinsOnlyNeighbouringPositionsOfAnInsertion() {
    String text = "A T insertion at 20 and 25 cases, and T deletion at 5063 and substitution.";
    assertThat(VariantPatterns.find(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("T insertion at 20", 2, "c|INS|20|T"),
            org.assertj.core.groups.Tuple.tuple("T deletion at 5063", 38, "c|DEL|5063|T"));
  }

  @org.junit.jupiter.api.Test
  void writesASubstitutionInItsCommonForms() {
    assertThat(VariantPatterns.writtenForms("p|SUB|R|127|H"))
        .containsExactlyInAnyOrder("R127H", "p.R127H", "Arg127His", "p.Arg127His");
    assertThat(VariantPatterns.writtenForms("p|SUB|E|873|X"))
        .contains("E873X", "Glu873Ter", "Glu873Stop");
    assertThat(VariantPatterns.writtenForms("c|SUB|C|677|T"))
        .containsExactlyInAnyOrder(
            "C677T", "677C>T", "c.677C>T", "p.C677T", "Cys677Thr", "p.Cys677Thr");
    assertThat(VariantPatterns.writtenForms("c|DEL|35|G")).isEmpty();
  }

  /**
   * Parentheses around a change are not part of it; a change glued to its gene is (a protein change
   * after a lower-case letter, a signed DNA position after any letter or digit).
   */
  @org.junit.jupiter.api.Test
  void findsVariantsInsideParenthesesAndGluedToTheirGene() {
    String text = "Both (Ala569Val), KrasG12D and FOXP3-924 A/G differed from rDEN4Delta30.";
    assertThat(VariantPatterns.find(text))
        .extracting(Mention::text, Mention::start, Mention::end, Mention::id)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Ala569Val", 6, 15, "p|SUB|A|569|V"),
            org.assertj.core.groups.Tuple.tuple("G12D", 22, 26, "p|SUB|G|12|D"),
            org.assertj.core.groups.Tuple.tuple("-924 A/G", 36, 44, "c|SUB|A|-924|G"),
            org.assertj.core.groups.Tuple.tuple("Delta30", 64, 71, "c|DEL||30"));
  }
}
