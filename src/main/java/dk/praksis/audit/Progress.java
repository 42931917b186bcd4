package dk.praksis.audit;

/**
 * Told how a run advances, so a terminal can show it. The run itself never prints: whether and how
 * progress is shown is the command line's decision.
 */
public interface Progress {

    /** Shows nothing: for tests, pipes and redirected output. */
    Progress SILENT = new Progress() {
        @Override
        public void caseScored() {
        }

        @Override
        public void writing() {
        }

        @Override
        public void finished() {
        }
    };

    /** One more case has been read and scored. */
    void caseScored();

    /** Every case is scored; the outputs are being written. */
    void writing();

    /** The run has ended, successfully or not. */
    void finished();
}
