package org.litfacets.pubtator3;

import java.util.Comparator;
import java.util.List;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.article.Article;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityRelation;

/**
 * PubTator's text format, as {@code publications/export/pubtator} returns it: per article {@code
 * PMID|t|title}, {@code PMID|a|abstract}, one line per entity mention {@code PMID start end text
 * Type identifier} (offsets in the title, a space and the abstract, tab-separated), one line per
 * relation {@code PMID Type identifier identifier} (BioRED's relation types, as in the BioRED
 * files), then a blank line.
 */
public final class PubtatorText {
  private PubtatorText() {}

  public static String write(List<AnnotatedArticle> articles) {
    StringBuilder out = new StringBuilder();
    for (AnnotatedArticle annotated : articles) {
      Article a = annotated.article();
      String pmid = a.pmid();
      String text = oneLine(a.analysisText());
      out.append(pmid)
          .append("|t|")
          .append(oneLine(a.title() == null ? "" : a.title()))
          .append('\n');
      out.append(pmid).append("|a|").append(oneLine(a.abstractText())).append('\n');
      for (EntityMention m :
          annotated.mentions().stream()
              .sorted(Comparator.comparingInt(EntityMention::start))
              .toList()) {
        out.append(
                String.join(
                    "\t",
                    pmid,
                    Integer.toString(m.start()),
                    Integer.toString(m.end()),
                    text.substring(m.start(), m.end()),
                    m.type().pubtatorName(),
                    PubtatorIds.identifier(m.type(), m.id())))
            .append('\n');
      }
      for (EntityRelation r : annotated.relations()) {
        out.append(
                String.join(
                    "\t",
                    pmid,
                    r.relationType(),
                    PubtatorIds.identifier(r.type1(), r.id1()),
                    PubtatorIds.identifier(r.type2(), r.id2())))
            .append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * The format is line- and tab-based; the readers already flatten whitespace, and replacing any
   * left one for one keeps every offset valid.
   */
  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }
}
