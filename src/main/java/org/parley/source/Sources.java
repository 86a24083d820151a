package org.parley.source;

import java.util.List;

import org.parley.common.Batch;
import org.parley.common.DomainEntity;
import org.parley.common.GlobalId;

/** The batched `sources` field every fact type exposes: one statement for all the facts of a level. */
public final class Sources {

    private Sources() {
    }

    public static <P extends DomainEntity> List<List<SourceDocument>> of(List<P> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        String type = GlobalId.typeName(subjects.get(0).getClass());
        List<Citation> citations = Citation.ofSubjects(type, Batch.ids(subjects));
        List<List<Citation>> aligned = Batch.toMany(subjects, citations, c -> c.subjectId);
        return aligned.stream().map(cs -> cs.stream().map(c -> c.source).toList()).toList();
    }
}
