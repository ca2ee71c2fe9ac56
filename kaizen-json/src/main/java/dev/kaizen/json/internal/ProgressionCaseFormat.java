package dev.kaizen.json.internal;

import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.ProgressionCase;
import java.util.EnumSet;
import java.util.Set;

/**
 * The JSON format of a progression case, DOMAIN.md §6: {@code {"kind": "progression-case",
 * "candidate", "targetLevel", "expertise", "framework": {a framework document}, "evidence": [kaizen
 * and a3 documents]}}. The framework and every evidence record are whole documents with their own
 * {@code kind} (and optional {@code version}), read and written by their own formats, so bad input
 * inside them is reported with its full path ({@code $.evidence[1].goal.baseline}).
 */
public final class ProgressionCaseFormat implements DocumentFormat<ProgressionCase> {
  private static final Set<DocumentKind> FRAMEWORK = EnumSet.of(DocumentKind.FRAMEWORK);
  private static final Set<DocumentKind> EVIDENCE =
      EnumSet.of(DocumentKind.KAIZEN, DocumentKind.A3);

  @Override
  public DocumentKind kind() {
    return DocumentKind.PROGRESSION_CASE;
  }

  @Override
  public Class<ProgressionCase> type() {
    return ProgressionCase.class;
  }

  @Override
  public ProgressionCase read(Fields f) {
    return ProgressionCase.builder()
        .candidate(f.string("candidate"))
        .targetLevel(f.string("targetLevel"))
        .expertise(f.number("expertise"))
        .framework((Framework) Documents.read(f.required("framework"), FRAMEWORK))
        .evidence(f.array("evidence", node -> Documents.read(node, EVIDENCE)))
        .build();
  }

  @Override
  public void write(Out out, ProgressionCase c) {
    out.string("candidate", c.candidate())
        .string("targetLevel", c.targetLevel())
        .number("expertise", c.expertise());
    out.generator().writeName("framework");
    Documents.write(out, c.framework());
    out.generator().writeName("evidence");
    out.generator().writeStartArray();
    for (Document record : c.evidence()) {
      Documents.write(out, record);
    }
    out.generator().writeEndArray();
  }
}
