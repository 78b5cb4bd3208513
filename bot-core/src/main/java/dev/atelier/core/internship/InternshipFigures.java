package dev.atelier.core.internship;

import dev.atelier.core.message.Text;
import java.util.List;

/**
 * Port: lines other features add to an internship's line in {@code status} (such as its
 * questions), so that this package depends on none of them.
 */
public interface InternshipFigures {

    InternshipFigures NONE = (communityId, internship) -> List.of();

    List<Text> linesFor(String communityId, Internship internship);
}
