package fi.turvaverkko.areas;

import java.util.List;

/** A boundary file could not be imported; nothing of the import was saved. Each problem names the feature and what is wrong. */
public class AreaImportFailed extends RuntimeException {

    private final String dataset;
    private final List<String> problems;

    public AreaImportFailed(String dataset, List<String> problems) {
        super("Area data set '" + dataset + "' was not imported, nothing was changed: " + String.join("; ", problems));
        this.dataset = dataset;
        this.problems = List.copyOf(problems);
    }

    public String dataset() {
        return dataset;
    }

    public List<String> problems() {
        return problems;
    }
}
