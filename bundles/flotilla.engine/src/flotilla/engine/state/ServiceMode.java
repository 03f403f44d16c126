package flotilla.engine.state;

public enum ServiceMode {
    REPLICATED("replicated"), GLOBAL("global"), REPLICATED_JOB("replicated job"), GLOBAL_JOB("global job");

    private final String dockerName;

    ServiceMode(String dockerName) {
        this.dockerName = dockerName;
    }

    /** As the MODE column of `docker service ls` prints it. */
    public String dockerName() {
        return dockerName;
    }

    public boolean isGlobal() {
        return this == GLOBAL || this == GLOBAL_JOB;
    }

    public boolean isJob() {
        return this == REPLICATED_JOB || this == GLOBAL_JOB;
    }
}
